//! Forgetting a person: deleting someone removes them from everything that names them —
//! ties, meetings (participant record with phone and e-mail, agreements, scores, steps),
//! perspectives, other persons' child-safety marks, "according to" on ties, and (when asked)
//! snapshots — as one edit, so it is one undo step. `Appearances` says where they were, for
//! the confirmation before it happens.
//!
//! The same cleaning runs when a file is loaded: a meeting or perspective naming someone who
//! is not on the map (left behind by an older Kring, or put there by a hostile file) loses
//! that reference instead of printing an "unknown" person with a phone number.

use super::meeting::{Meeting, ParticipantId, Who};
use super::{Edit, FamilyMap, PersonId, Perspective, Snapshot};
use std::collections::HashSet;

/// Where a person appears besides the map itself. Counts, for the confirmation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Appearances {
    /// Ties from or to them.
    pub ties: usize,
    /// Ties (on the map or in a perspective) that say "according to" them.
    pub according_to: usize,
    /// Meetings that name them (as participant, in an agreement, a step, a score...).
    pub meetings: usize,
    /// Agreements they do or that are for them.
    pub agreements: usize,
    /// Perspectives that are theirs or place them.
    pub perspectives: usize,
    /// Other persons with a child-safety arrangement about them.
    pub marks: usize,
    /// Snapshots with them in it (changed only when asked).
    pub snapshots: usize,
}

impl Appearances {
    /// Nothing but the person: deleting needs no list.
    pub fn is_empty(&self) -> bool {
        *self == Appearances::default()
    }
}

/// What deleting a person would do.
#[derive(Clone, Debug, PartialEq)]
pub struct Forget {
    /// One edit (a batch): undone in one step.
    pub edit: Edit,
    pub found: Appearances,
}

/// The edit that removes `id` everywhere; snapshots too when `in_snapshots`. `None` when
/// there is no such person.
pub fn forget_person(map: &FamilyMap, id: PersonId, in_snapshots: bool) -> Option<Forget> {
    let person = map.person(id)?;
    let name = person.name.trim().to_owned();
    let gone = |p: PersonId| p == id;
    let mut found = Appearances { ties: map.ties_of(id).len(), ..Appearances::default() };
    let mut edits = Vec::new();

    for meeting in map.meetings() {
        found.agreements += meeting.agreements.iter().filter(|a| a.concerns(id)).count();
        let mut cleaned = meeting.clone();
        if clean_meeting(&mut cleaned, &gone) {
            found.meetings += 1;
            edits.push(Edit::SetMeeting { id: meeting.id, meeting: Some(cleaned) });
        }
    }
    for perspective in map.perspectives() {
        let mut cleaned = perspective.clone();
        let keep = clean_perspective(&mut cleaned, &gone, &name, &mut found.according_to);
        if !keep || cleaned != *perspective {
            found.perspectives += 1;
            edits.push(Edit::SetPerspective { id: perspective.id, perspective: keep.then_some(cleaned) });
        }
    }
    for other in map.persons() {
        if other.id != id && other.child_safety.contains_key(&id) {
            let mut other = other.clone();
            other.child_safety.remove(&id);
            found.marks += 1;
            edits.push(Edit::UpdatePerson { person: other });
        }
    }
    for tie in map.ties() {
        if tie.from != id && tie.to != id && said_by(&tie.according_to, &name) {
            let mut tie = tie.clone();
            tie.according_to.clear();
            found.according_to += 1;
            edits.push(Edit::UpdateTie { tie });
        }
    }
    for snapshot in map.snapshots() {
        if !snapshot.map.contains_person(id) {
            continue;
        }
        found.snapshots += 1;
        if in_snapshots {
            let mut inner = snapshot.map.clone();
            if let Some(forget) = forget_person(&inner, id, false) {
                if inner.apply(forget.edit).is_ok() {
                    let cleaned = Snapshot { map: inner, ..snapshot.clone() };
                    edits.push(Edit::SetSnapshot { id: snapshot.id, snapshot: Some(cleaned) });
                }
            }
        }
    }
    edits.push(Edit::RemovePerson { id });
    Some(Forget { edit: Edit::Batch { edits }, found })
}

/// "According to" holds a name as typed; it names the person when it is their name.
fn said_by(according_to: &str, name: &str) -> bool {
    !name.is_empty() && according_to.trim().eq_ignore_ascii_case(name)
}

/// Takes out every reference to a person for whom `gone` is true. True when anything changed.
pub(super) fn clean_meeting(meeting: &mut Meeting, gone: &dyn Fn(PersonId) -> bool) -> bool {
    let before = meeting.clone();
    // Their participant records go entirely: name, phone, e-mail, consent.
    let dropped: HashSet<ParticipantId> =
        meeting.participants.iter().filter(|p| p.person.is_some_and(gone)).map(|p| p.id).collect();
    meeting.participants.retain(|p| !dropped.contains(&p.id));
    let named = |who: &Who| match who {
        Who::Person(p) => gone(*p),
        Who::Participant(p) => dropped.contains(p),
    };
    for worry in &mut meeting.worries {
        worry.shared_by.retain(|p| !dropped.contains(p));
        worry.not_shared_by.retain(|p| !dropped.contains(p));
    }
    meeting.bottom_lines.retain(|line| !named(&line.set_by));
    meeting.agreements.retain(|a| !named(&a.who));
    for agreement in &mut meeting.agreements {
        agreement.also.retain(|who| !named(who));
        agreement.for_whom.retain(|p| !gone(*p));
        if agreement.strengthens.as_ref().is_some_and(|s| gone(s.from) || gone(s.to)) {
            agreement.strengthens = None;
        }
    }
    for flag in &mut meeting.red_flags {
        flag.steps.retain(|step| !named(&step.who));
        for step in &mut flag.steps {
            if step.calls.as_ref().is_some_and(named) {
                step.calls = None;
            }
        }
    }
    meeting.scales.retain(|score| !dropped.contains(&score.participant));
    if meeting.monitoring.keeper.as_ref().is_some_and(named) {
        meeting.monitoring.keeper = None;
    }
    meeting.child_voice.retain(|voice| !gone(voice.child));
    *meeting != before
}

/// Cleans one perspective; false when it was the person's own and goes entirely.
fn clean_perspective(
    perspective: &mut Perspective,
    gone: &dyn Fn(PersonId) -> bool,
    name: &str,
    according_to: &mut usize,
) -> bool {
    if perspective.holder.is_some_and(gone) {
        return false;
    }
    perspective.ties.retain(|t| !gone(t.from) && !gone(t.to));
    for tie in &mut perspective.ties {
        if said_by(&tie.according_to, name) {
            tie.according_to.clear();
            *according_to += 1;
        }
    }
    perspective.closeness.retain(|p, _| !gone(*p));
    true
}

impl FamilyMap {
    /// Drops references to persons who are not on the map (see the module documentation).
    /// Perspectives of someone not on the map keep their name, just not the holder.
    pub(super) fn drop_unknown_references(&mut self) {
        let known: HashSet<PersonId> = self.persons.keys().copied().collect();
        let gone = |p: PersonId| !known.contains(&p);
        for meeting in &mut self.extras.meetings {
            clean_meeting(meeting, &gone);
        }
        for perspective in &mut self.extras.perspectives {
            if perspective.holder.is_some_and(gone) {
                perspective.holder = None;
            }
            let mut none = 0;
            clean_perspective(perspective, &gone, "", &mut none);
        }
        for ix in self.graph.node_indices().collect::<Vec<_>>() {
            if let Some(person) = self.graph.node_weight_mut(ix) {
                person.child_safety.retain(|p, _| known.contains(p));
            }
        }
    }
}
