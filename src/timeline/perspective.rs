//! Perspectives: whose view of the network it is. Who exists and who lives in the
//! household are shared facts and stay in the common map; each perspective holds its own
//! ties and its own closeness. Where perspectives differ, that is information for the
//! meeting ("support according to the child, risk according to the mother"), not an error.

use crate::model::{
    ChildAnswer, Edit, EditError, FamilyMap, PersonId, Perspective, PerspectiveId, Ring, TieId, TieKind,
};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PerspectiveError {
    EmptyName,
    UnknownHolder(PersonId),
    UnknownPerson(PersonId),
    DuplicateTie(TieId),
    TieToSelf(TieId),
}

impl fmt::Display for PerspectiveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PerspectiveError::EmptyName => write!(f, "a perspective needs a name"),
            PerspectiveError::UnknownHolder(id) => write!(f, "the perspective's holder {id} is not on the map"),
            PerspectiveError::UnknownPerson(id) => write!(f, "the perspective mentions {id}, who is not on the map"),
            PerspectiveError::DuplicateTie(id) => write!(f, "tie {id} appears twice in the perspective"),
            PerspectiveError::TieToSelf(id) => write!(f, "tie {id} joins a person to themselves"),
        }
    }
}

impl std::error::Error for PerspectiveError {}

impl Perspective {
    /// An empty view: no ties and no closeness of its own yet.
    pub fn new(id: PerspectiveId, name: impl Into<String>, holder: Option<PersonId>) -> Perspective {
        Perspective { id, name: name.into(), holder, ties: Vec::new(), closeness: BTreeMap::new(), safety: None }
    }

    /// A view that starts as the common map is now: its ties, and the ring of everyone
    /// outside the household. A person then changes what they see differently.
    pub fn from_map(
        id: PerspectiveId,
        name: impl Into<String>,
        holder: Option<PersonId>,
        map: &FamilyMap,
    ) -> Perspective {
        Perspective {
            id,
            name: name.into(),
            holder,
            ties: map.ties().into_iter().cloned().collect(),
            closeness: map.persons().into_iter().filter(|p| !p.in_centre()).map(|p| (p.id, p.ring)).collect(),
            safety: None,
        }
    }

    /// Whether this view fits the map: a name, a holder on the map, ties between two
    /// different persons on the map with distinct ids, closeness for persons on the map.
    pub fn check(&self, map: &FamilyMap) -> Result<(), PerspectiveError> {
        if self.name.trim().is_empty() {
            return Err(PerspectiveError::EmptyName);
        }
        if let Some(holder) = self.holder.filter(|h| !map.contains_person(*h)) {
            return Err(PerspectiveError::UnknownHolder(holder));
        }
        let mut seen = HashSet::new();
        for tie in &self.ties {
            if !seen.insert(tie.id) {
                return Err(PerspectiveError::DuplicateTie(tie.id));
            }
            if tie.from == tie.to {
                return Err(PerspectiveError::TieToSelf(tie.id));
            }
            if let Some(end) = [tie.from, tie.to].into_iter().find(|end| !map.contains_person(*end)) {
                return Err(PerspectiveError::UnknownPerson(end));
            }
        }
        match self.closeness.keys().find(|id| !map.contains_person(**id)) {
            Some(id) => Err(PerspectiveError::UnknownPerson(*id)),
            None => Ok(()),
        }
    }

    /// The map as this view sees it: the common persons, this view's ties, and this
    /// view's rings where it has them. For drawing one perspective.
    pub fn view(&self, map: &FamilyMap) -> Result<FamilyMap, EditError> {
        let mut edits: Vec<Edit> = map.ties().into_iter().map(|t| Edit::RemoveTie { id: t.id }).collect();
        for (id, ring) in &self.closeness {
            if let Some(person) = map.person(*id).filter(|p| !p.in_centre() && p.ring != *ring) {
                let mut placed = person.clone();
                placed.ring = *ring;
                edits.push(Edit::UpdatePerson { person: placed });
            }
        }
        edits.extend(self.ties.iter().map(|tie| Edit::AddTie { tie: tie.clone() }));
        let mut view = map.clone();
        view.apply(Edit::Batch { edits })?;
        Ok(view)
    }

    /// The same view with persons renumbered (after a merge: theirs' id -> ours' id).
    /// Persons without a new number keep theirs.
    pub fn remap(&self, mapping: &BTreeMap<PersonId, PersonId>) -> Perspective {
        let map = |id: PersonId| mapping.get(&id).copied().unwrap_or(id);
        let mut out = self.clone();
        out.holder = self.holder.map(map);
        for tie in &mut out.ties {
            tie.from = map(tie.from);
            tie.to = map(tie.to);
        }
        out.closeness = self.closeness.iter().map(|(id, ring)| (map(*id), *ring)).collect();
        out
    }

    /// What this view says about the pair `a`, `b` (in that order).
    pub fn pair_view(&self, a: PersonId, b: PersonId) -> PairView {
        let mut view = PairView::default();
        for tie in self.ties.iter().filter(|t| t.touches(a) && t.touches(b) && a != b) {
            let forward = tie.from == a;
            let not_near = tie.answer == Some(ChildAnswer::NotNear);
            if forward || tie.mutual {
                view.forward.add(tie.kind);
                view.forward.not_near |= not_near;
            }
            if !forward || tie.mutual {
                view.backward.add(tie.kind);
                view.backward.not_near |= not_near;
            }
        }
        view
    }
}

/// Which kinds of tie go one way between two persons.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Kinds {
    pub support: bool,
    pub risk: bool,
    pub contact: bool,
    /// The risk is a child's "I don't want them near" (child mode): the child's wish, said
    /// as a wish, never as "a danger".
    pub not_near: bool,
}

impl Kinds {
    fn add(&mut self, kind: TieKind) {
        match kind {
            TieKind::Support => self.support = true,
            TieKind::Risk => self.risk = true,
            TieKind::Contact => self.contact = true,
        }
    }

    pub fn is_empty(&self) -> bool {
        !(self.support || self.risk || self.contact)
    }
}

/// What one view says about two persons `a` and `b`: the kinds of tie from `a` to `b`
/// (`forward`) and from `b` to `a` (`backward`); a tie both ways counts in both. The
/// types, strength and the like of a tie are details, not disagreements.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PairView {
    pub forward: Kinds,
    pub backward: Kinds,
}

impl PairView {
    /// No tie at all between the two.
    pub fn is_empty(&self) -> bool {
        self.forward.is_empty() && self.backward.is_empty()
    }

    fn has_support(&self) -> bool {
        self.forward.support || self.backward.support
    }

    fn has_risk(&self) -> bool {
        self.forward.risk || self.backward.risk
    }
}

/// The views that say the same thing, in the order the perspectives were given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TieOpinion {
    pub perspectives: Vec<PerspectiveId>,
    pub view: PairView,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RingOpinion {
    pub perspectives: Vec<PerspectiveId>,
    pub ring: Ring,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Disagreement {
    /// The views differ on the ties between `a` and `b` (`a` has the lower id): a kind, a
    /// direction, or a tie one view has and another has not. Opinions in the order of
    /// the first perspective holding each.
    Tie { a: PersonId, b: PersonId, opinions: Vec<TieOpinion> },
    /// The views place a person more than one ring apart. Opinions closest first.
    Closeness { person: PersonId, opinions: Vec<RingOpinion> },
}

impl Disagreement {
    /// One view sees support between the two and another sees risk (and no support): the
    /// kind of disagreement to mark most clearly.
    pub fn support_against_risk(&self) -> bool {
        match self {
            Disagreement::Tie { opinions, .. } => {
                let supports = opinions.iter().any(|o| o.view.has_support() && !o.view.has_risk());
                let harms = opinions.iter().any(|o| o.view.has_risk() && !o.view.has_support());
                supports && harms
            }
            Disagreement::Closeness { .. } => false,
        }
    }

    /// The persons it is about.
    pub fn persons(&self) -> Vec<PersonId> {
        match self {
            Disagreement::Tie { a, b, .. } => vec![*a, *b],
            Disagreement::Closeness { person, .. } => vec![*person],
        }
    }
}

/// Where the perspectives disagree: first pairs of persons (in id order), then closeness
/// (in person order). Persons no longer on the map are left out. One perspective, or
/// perspectives that agree, give nothing.
pub fn disagreements(map: &FamilyMap, perspectives: &[Perspective]) -> Vec<Disagreement> {
    let mut found = Vec::new();
    if perspectives.len() < 2 {
        return found;
    }
    let pairs: BTreeSet<(PersonId, PersonId)> = perspectives
        .iter()
        .flat_map(|p| &p.ties)
        .filter(|t| t.from != t.to && map.contains_person(t.from) && map.contains_person(t.to))
        .map(|t| (t.from.min(t.to), t.from.max(t.to)))
        .collect();
    for (a, b) in pairs {
        let mut opinions: Vec<TieOpinion> = Vec::new();
        for perspective in perspectives {
            let view = perspective.pair_view(a, b);
            match opinions.iter_mut().find(|o| o.view == view) {
                Some(opinion) => opinion.perspectives.push(perspective.id),
                None => opinions.push(TieOpinion { perspectives: vec![perspective.id], view }),
            }
        }
        if opinions.len() > 1 {
            found.push(Disagreement::Tie { a, b, opinions });
        }
    }

    let placed: BTreeSet<PersonId> = perspectives.iter().flat_map(|p| p.closeness.keys().copied()).collect();
    for person in placed {
        if map.person(person).is_none_or(|p| p.in_centre()) {
            continue;
        }
        let mut by_ring: BTreeMap<Ring, Vec<PerspectiveId>> = BTreeMap::new();
        for perspective in perspectives {
            if let Some(ring) = perspective.closeness.get(&person) {
                by_ring.entry(*ring).or_default().push(perspective.id);
            }
        }
        let (Some(closest), Some(furthest)) = (by_ring.keys().next(), by_ring.keys().next_back()) else { continue };
        if furthest.get() - closest.get() > 1 {
            let opinions = by_ring.into_iter().map(|(ring, perspectives)| RingOpinion { perspectives, ring }).collect();
            found.push(Disagreement::Closeness { person, opinions });
        }
    }
    found
}

/// The perspective, without what no longer fits the map: ties to or from persons who have
/// been removed since, a second tie with the same id, and closeness of removed persons.
pub fn fitted(perspective: &Perspective, map: &FamilyMap) -> Perspective {
    let mut out = perspective.clone();
    let mut seen = HashSet::new();
    out.ties
        .retain(|t| t.from != t.to && map.contains_person(t.from) && map.contains_person(t.to) && seen.insert(t.id));
    out.closeness.retain(|id, _| map.contains_person(*id));
    if out.holder.is_some_and(|h| !map.contains_person(h)) {
        out.holder = None;
    }
    out
}

/// The map to draw: as the chosen perspective sees it, or the shared map.
pub fn shown_map(map: &FamilyMap, perspective: Option<PerspectiveId>) -> Cow<'_, FamilyMap> {
    let Some(chosen) = perspective.and_then(|id| map.perspectives().iter().find(|p| p.id == id)) else {
        return Cow::Borrowed(map);
    };
    match fitted(chosen, map).view(map) {
        Ok(view) => Cow::Owned(view),
        Err(_) => Cow::Borrowed(map),
    }
}

/// Where the map's perspectives disagree, with each perspective fitted to the map.
pub fn current_disagreements(map: &FamilyMap) -> Vec<Disagreement> {
    if map.perspectives().len() < 2 {
        return Vec::new();
    }
    let fitted: Vec<Perspective> = map.perspectives().iter().map(|p| fitted(p, map)).collect();
    disagreements(map, &fitted)
}
