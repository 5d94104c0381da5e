//! `FamilyMap`: the persons and ties of one family's network, held in a petgraph
//! `StableGraph` and addressed by Kring's own stable ids.
//!
//! Only `command.rs` changes a map (through `Edit`), so every change can be undone.

use super::{Person, PersonId, Tie, TieId};
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
pub struct FamilyMap {
    pub(super) title: String,
    pub(super) graph: StableDiGraph<Person, Tie>,
    pub(super) persons: HashMap<PersonId, NodeIndex>,
    pub(super) ties: HashMap<TieId, EdgeIndex>,
    /// Ids are never reused, not even after a delete, so an id in an old snapshot or an
    /// undo step always means the same person.
    pub(super) next_person: u32,
    pub(super) next_tie: u32,
    /// Likewise for meetings, snapshots and perspectives: a deleted meeting's id is not
    /// given to the next one (an undo step or a printout may still name it).
    pub(super) next_meeting: u32,
    pub(super) next_snapshot: u32,
    pub(super) next_perspective: u32,
    pub(super) extras: super::Extras,
}

impl FamilyMap {
    pub fn new(title: impl Into<String>) -> FamilyMap {
        FamilyMap { title: title.into(), next_person: 1, next_tie: 1, ..FamilyMap::default() }
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    /// The id the next added person should get.
    pub fn next_person_id(&self) -> PersonId {
        PersonId(self.next_person.max(1))
    }

    pub fn next_tie_id(&self) -> TieId {
        TieId(self.next_tie.max(1))
    }

    pub fn next_meeting_id(&self) -> super::MeetingId {
        super::MeetingId(self.next_meeting.max(1))
    }

    pub fn next_snapshot_id(&self) -> u32 {
        self.next_snapshot.max(1)
    }

    pub fn next_perspective_id(&self) -> super::PerspectiveId {
        super::PerspectiveId(self.next_perspective.max(1))
    }

    /// Counts every meeting, snapshot and perspective id as used, so none is given again.
    pub(super) fn note_extra_ids(&mut self) {
        let extras = &self.extras;
        let after = |ids: &mut dyn Iterator<Item = u32>| ids.map(|id| id.saturating_add(1)).max().unwrap_or(1);
        self.next_meeting = self.next_meeting.max(after(&mut extras.meetings.iter().map(|m| m.id.0)));
        self.next_snapshot = self.next_snapshot.max(after(&mut extras.snapshots.iter().map(|s| s.id)));
        self.next_perspective = self.next_perspective.max(after(&mut extras.perspectives.iter().map(|p| p.id.0)));
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.persons.get(&id).and_then(|ix| self.graph.node_weight(*ix))
    }

    pub fn tie(&self, id: TieId) -> Option<&Tie> {
        self.ties.get(&id).and_then(|ix| self.graph.edge_weight(*ix))
    }

    pub fn contains_person(&self, id: PersonId) -> bool {
        self.persons.contains_key(&id)
    }

    /// Persons in id order (the order they were added), independent of graph slots.
    pub fn persons(&self) -> Vec<&Person> {
        let mut all: Vec<&Person> = self.graph.node_weights().collect();
        super::order::sort_by_key(&mut all, |p| p.id);
        all
    }

    /// Ties in id order.
    pub fn ties(&self) -> Vec<&Tie> {
        let mut all: Vec<&Tie> = self.graph.edge_weights().collect();
        super::order::sort_by_key(&mut all, |t| t.id);
        all
    }

    pub fn person_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn tie_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Every tie from or to a person, in id order.
    pub fn ties_of(&self, id: PersonId) -> Vec<&Tie> {
        let Some(ix) = self.persons.get(&id) else {
            return Vec::new();
        };
        let mut all: Vec<&Tie> = self
            .graph
            .edges_directed(*ix, petgraph::Direction::Outgoing)
            .chain(self.graph.edges_directed(*ix, petgraph::Direction::Incoming))
            .map(|e| e.weight())
            .collect();
        super::order::sort_by_key(&mut all, |t| t.id);
        all.dedup_by_key(|t| t.id);
        all
    }

    /// A good spot for a newcomer in a sector and ring: the middle of the widest free gap
    /// between the persons already there, so new names never land on top of old ones.
    pub fn free_angle(&self, sector: super::Sector, ring: super::Ring) -> f64 {
        let mut taken: Vec<f64> = self
            .graph
            .node_weights()
            .filter(|p| p.sector == sector && (sector == super::Sector::Household || p.ring == ring))
            .map(|p| p.angle)
            .collect();
        if taken.is_empty() {
            return 0.5;
        }
        super::order::sort_by(&mut taken, f64::total_cmp);
        // Gaps include both wedge edges, so the first newcomer after one at 0.5 goes to an edge side.
        let mut best = (0.0, taken[0] / 2.0);
        let mut prev = 0.0;
        for &angle in taken.iter().chain(std::iter::once(&1.0)) {
            let gap = angle - prev;
            if gap > best.0 {
                best = (gap, prev + gap / 2.0);
            }
            prev = angle;
        }
        best.1
    }

    pub fn meetings(&self) -> &[super::Meeting] {
        &self.extras.meetings
    }

    pub fn snapshots(&self) -> &[super::Snapshot] {
        &self.extras.snapshots
    }

    pub fn perspectives(&self) -> &[super::Perspective] {
        &self.extras.perspectives
    }

    /// Just the title, persons and ties: what a snapshot freezes.
    pub fn without_extras(&self) -> FamilyMap {
        FamilyMap { extras: super::Extras::default(), ..self.clone() }
    }

    /// A derived copy for a view of the map (what one reader may read): every person passed
    /// through `person` (which keeps the id), every tie through `tie` (`None` leaves it
    /// out), with `extras` in place of this map's. Ids and counters stay as they are.
    pub fn view(
        &self,
        mut person: impl FnMut(&Person) -> Person,
        mut tie: impl FnMut(&Tie) -> Option<Tie>,
        extras: super::Extras,
    ) -> FamilyMap {
        let mut out = FamilyMap::new(self.title.clone());
        for p in self.persons() {
            let mut changed = person(p);
            changed.id = p.id;
            out.insert_person(changed);
        }
        for t in self.ties() {
            if let Some(mut changed) = tie(t) {
                (changed.id, changed.from, changed.to) = (t.id, t.from, t.to);
                out.insert_tie(changed);
            }
        }
        out.next_person = self.next_person;
        out.next_tie = self.next_tie;
        out.extras = extras;
        out
    }

    /// The graph itself, for analysis with petgraph's algorithms.
    pub fn graph(&self) -> &StableDiGraph<Person, Tie> {
        &self.graph
    }

    // --- raw mutations, used only by `command.rs` which checks preconditions first ---

    pub(super) fn insert_person(&mut self, person: Person) {
        let id = person.id;
        let ix = self.graph.add_node(person);
        self.persons.insert(id, ix);
        self.next_person = self.next_person.max(id.0.saturating_add(1));
    }

    pub(super) fn take_person(&mut self, id: PersonId) -> Option<Person> {
        let ix = self.persons.remove(&id)?;
        // petgraph removes the edges with the node; keep our index in step.
        let tie_ids: Vec<TieId> = self
            .graph
            .edges_directed(ix, petgraph::Direction::Outgoing)
            .chain(self.graph.edges_directed(ix, petgraph::Direction::Incoming))
            .map(|e| e.weight().id)
            .collect();
        for tie in tie_ids {
            self.ties.remove(&tie);
        }
        self.graph.remove_node(ix)
    }

    pub(super) fn person_mut(&mut self, id: PersonId) -> Option<&mut Person> {
        let ix = *self.persons.get(&id)?;
        self.graph.node_weight_mut(ix)
    }

    pub(super) fn insert_tie(&mut self, tie: Tie) -> bool {
        let (Some(from), Some(to)) = (self.persons.get(&tie.from), self.persons.get(&tie.to)) else {
            return false;
        };
        let id = tie.id;
        let ix = self.graph.add_edge(*from, *to, tie);
        self.ties.insert(id, ix);
        self.next_tie = self.next_tie.max(id.0.saturating_add(1));
        true
    }

    pub(super) fn take_tie(&mut self, id: TieId) -> Option<Tie> {
        let ix = self.ties.remove(&id)?;
        self.graph.remove_edge(ix)
    }
}

/// Two maps are the same map when a person would see the same thing: the same title,
/// persons and ties. Graph slots and id counters are bookkeeping, not content.
impl PartialEq for FamilyMap {
    fn eq(&self, other: &Self) -> bool {
        self.title == other.title
            && self.persons() == other.persons()
            && self.ties() == other.ties()
            && self.extras == other.extras
    }
}
