//! What changed between two maps (two snapshots, or a snapshot and now). Persons and ties
//! are matched by id: ids are never reused, so the same id in two snapshots of one map is
//! the same person.
//!
//! The listed changes are what a person would name at a review: who joined or left, who
//! moved closer or further, risk that became support. Where a person sits inside their
//! wedge (the angle) and rings inside the household mean nothing in the method, so they
//! are not listed, but `as_edits` still carries them: applying the edits to the one map
//! gives exactly the other.

use crate::analysis::{insights, Insight};
use crate::model::{
    Age, ChildSafety, Edit, FamilyMap, Gender, Person, PersonId, PersonKind, Ring, Sector, Tie, TieId, TieKind,
};
use crate::model::{Factor, Frequency, RiskType, Strength, SupportType};
use std::collections::{BTreeMap, BTreeSet};

/// One change, in the words a review would use. Persons and ties are named by id; a
/// person who left is found in the earlier map, everyone else in the later one.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    TitleChanged {
        before: String,
        after: String,
    },
    PersonJoined {
        person: PersonId,
    },
    PersonLeft {
        person: PersonId,
    },
    Renamed {
        person: PersonId,
        before: String,
        after: String,
    },
    JoinedHousehold {
        person: PersonId,
    },
    LeftHousehold {
        person: PersonId,
    },
    /// Another life area (both outside the household).
    SectorChanged {
        person: PersonId,
        before: Sector,
        after: Sector,
    },
    MovedCloser {
        person: PersonId,
        before: Ring,
        after: Ring,
    },
    MovedFurther {
        person: PersonId,
        before: Ring,
        after: Ring,
    },
    PersonChanged {
        person: PersonId,
        detail: PersonDetail,
    },
    /// A new tie, or a tie that now joins other persons (as it is now).
    TieAdded {
        tie: Tie,
    },
    /// A tie that is gone, or that joined other persons before (as it was).
    TieRemoved {
        tie: Tie,
    },
    RiskBecameSupport {
        tie: TieId,
        from: PersonId,
        to: PersonId,
    },
    SupportBecameRisk {
        tie: TieId,
        from: PersonId,
        to: PersonId,
    },
    /// Any other change of kind: to or from contact.
    TieKindChanged {
        tie: TieId,
        from: PersonId,
        to: PersonId,
        before: TieKind,
        after: TieKind,
    },
    /// `from` and `to` are the tie's ends now.
    TieChanged {
        tie: TieId,
        from: PersonId,
        to: PersonId,
        detail: TieDetail,
    },
}

/// A change to a person other than name and place.
#[derive(Clone, Debug, PartialEq)]
pub enum PersonDetail {
    Kind {
        before: PersonKind,
        after: PersonKind,
    },
    /// Marked as a child now (`true`) or no longer (`false`).
    Child {
        now: bool,
    },
    Age {
        before: Option<Age>,
        after: Option<Age>,
    },
    Role {
        before: String,
        after: String,
    },
    Note,
    Avatar {
        before: String,
        after: String,
    },
    Gender {
        before: Gender,
        after: Gender,
    },
    /// Marked as deceased now (`true`) or no longer (`false`).
    Deceased {
        now: bool,
    },
    /// The arrangement between this person and a child: new (`before` is `None`), other,
    /// or ended (`after` is `None`).
    ChildSafety {
        child: PersonId,
        before: Option<ChildSafety>,
        after: Option<ChildSafety>,
    },
    /// What plays a role for the person: what came and what went.
    Factors {
        added: Vec<Factor>,
        gone: Vec<Factor>,
    },
    /// A change in a field this version of the timeline does not name.
    Other,
}

/// Which way a tie goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TieEnds {
    pub from: PersonId,
    pub to: PersonId,
    pub mutual: bool,
}

impl TieEnds {
    pub fn of(tie: &Tie) -> TieEnds {
        TieEnds { from: tie.from, to: tie.to, mutual: tie.mutual }
    }
}

/// A change to a tie other than its kind.
#[derive(Clone, Debug, PartialEq)]
pub enum TieDetail {
    /// Turned around, or now one way or both ways.
    Direction {
        before: TieEnds,
        after: TieEnds,
    },
    SupportTypes {
        before: BTreeSet<SupportType>,
        after: BTreeSet<SupportType>,
    },
    RiskTypes {
        before: BTreeSet<RiskType>,
        after: BTreeSet<RiskType>,
    },
    Strength {
        before: Strength,
        after: Strength,
    },
    Frequency {
        before: Option<Frequency>,
        after: Option<Frequency>,
    },
    AccordingTo {
        before: String,
        after: String,
    },
    Note,
    Other,
}

/// The difference between two maps: the changes to list, and the edits that make the one
/// map into the other.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapDiff {
    changes: Vec<Change>,
    title: Option<String>,
    removed_ties: Vec<TieId>,
    removed_persons: Vec<PersonId>,
    added_persons: Vec<Person>,
    updated_persons: Vec<Person>,
    added_ties: Vec<Tie>,
    updated_ties: Vec<Tie>,
}

impl MapDiff {
    /// Every change worth naming, in a fixed order: the title, then persons in id order
    /// (each person's changes together), then ties in id order.
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// No difference at all, not even in where someone sits in their wedge.
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.removed_ties.is_empty()
            && self.removed_persons.is_empty()
            && self.added_persons.is_empty()
            && self.updated_persons.is_empty()
            && self.added_ties.is_empty()
            && self.updated_ties.is_empty()
    }

    /// The edits that turn the earlier map into the later one, in an order in which they
    /// apply: apply them as one `Edit::Batch` (undone in one step).
    pub fn as_edits(&self) -> Vec<Edit> {
        let mut edits = Vec::new();
        if let Some(title) = &self.title {
            edits.push(Edit::RenameMap { title: title.clone() });
        }
        // Ties first, so removing a person never takes a tie that is re-added below.
        edits.extend(self.removed_ties.iter().map(|&id| Edit::RemoveTie { id }));
        edits.extend(self.removed_persons.iter().map(|&id| Edit::RemovePerson { id }));
        edits.extend(self.added_persons.iter().map(|p| Edit::AddPerson { person: p.clone() }));
        // A whole-person update, not a move: `MovePerson` would clamp the angle and reset
        // the household flag, and this must give exactly the later map.
        edits.extend(self.updated_persons.iter().map(|p| Edit::UpdatePerson { person: p.clone() }));
        edits.extend(self.added_ties.iter().map(|t| Edit::AddTie { tie: t.clone() }));
        edits.extend(self.updated_ties.iter().map(|t| Edit::UpdateTie { tie: t.clone() }));
        edits
    }

    /// The persons a change is about, each once and in id order, for marking on the map.
    pub fn persons_touched(&self) -> Vec<PersonId> {
        let mut persons: BTreeSet<PersonId> = BTreeSet::new();
        for change in &self.changes {
            match change {
                Change::TitleChanged { .. } => {}
                Change::PersonJoined { person }
                | Change::PersonLeft { person }
                | Change::Renamed { person, .. }
                | Change::JoinedHousehold { person }
                | Change::LeftHousehold { person }
                | Change::SectorChanged { person, .. }
                | Change::MovedCloser { person, .. }
                | Change::MovedFurther { person, .. }
                | Change::PersonChanged { person, .. } => {
                    persons.insert(*person);
                    if let Change::PersonChanged { detail: PersonDetail::ChildSafety { child, .. }, .. } = change {
                        persons.insert(*child);
                    }
                }
                Change::TieAdded { tie } | Change::TieRemoved { tie } => {
                    persons.extend([tie.from, tie.to]);
                }
                Change::RiskBecameSupport { from, to, .. }
                | Change::SupportBecameRisk { from, to, .. }
                | Change::TieKindChanged { from, to, .. }
                | Change::TieChanged { from, to, .. } => {
                    persons.extend([*from, *to]);
                }
            }
        }
        persons.into_iter().collect()
    }

    /// The ties a change is about, each once and in id order.
    pub fn ties_touched(&self) -> Vec<TieId> {
        let mut ties: BTreeSet<TieId> = BTreeSet::new();
        for change in &self.changes {
            match change {
                Change::TieAdded { tie } | Change::TieRemoved { tie } => {
                    ties.insert(tie.id);
                }
                Change::RiskBecameSupport { tie, .. }
                | Change::SupportBecameRisk { tie, .. }
                | Change::TieKindChanged { tie, .. }
                | Change::TieChanged { tie, .. } => {
                    ties.insert(*tie);
                }
                _ => {}
            }
        }
        ties.into_iter().collect()
    }
}

/// What changed from `before` to `after`.
pub fn diff(before: &FamilyMap, after: &FamilyMap) -> MapDiff {
    let mut out = MapDiff::default();
    if before.title() != after.title() {
        out.title = Some(after.title().to_owned());
        out.changes.push(Change::TitleChanged { before: before.title().to_owned(), after: after.title().to_owned() });
    }

    // Persons, in id order over both maps.
    let ids: BTreeSet<PersonId> = before.persons().iter().chain(after.persons().iter()).map(|p| p.id).collect();
    for id in ids {
        match (before.person(id), after.person(id)) {
            (Some(_), None) => {
                out.removed_persons.push(id);
                out.changes.push(Change::PersonLeft { person: id });
            }
            (None, Some(new)) => {
                out.added_persons.push(new.clone());
                out.changes.push(Change::PersonJoined { person: id });
            }
            (Some(old), Some(new)) if old != new => {
                out.updated_persons.push(new.clone());
                person_changes(old, new, &mut out.changes);
            }
            _ => {}
        }
    }

    // Ties, in id order over both maps. The ties of a person who left go with them: "Dennis
    // left" says it, so they are not listed one by one (the edits still remove them).
    let still_there = |tie: &Tie| after.contains_person(tie.from) && after.contains_person(tie.to);
    let ids: BTreeSet<TieId> = before.ties().iter().chain(after.ties().iter()).map(|t| t.id).collect();
    for id in ids {
        match (before.tie(id), after.tie(id)) {
            (Some(old), None) => {
                out.removed_ties.push(id);
                if still_there(old) {
                    out.changes.push(Change::TieRemoved { tie: old.clone() });
                }
            }
            (None, Some(new)) => {
                out.added_ties.push(new.clone());
                out.changes.push(Change::TieAdded { tie: new.clone() });
            }
            (Some(old), Some(new)) if old != new => {
                let same_pair = (old.from, old.to) == (new.from, new.to) || (old.from, old.to) == (new.to, new.from);
                if (old.from, old.to) == (new.from, new.to) {
                    out.updated_ties.push(new.clone());
                } else {
                    // Other ends: taken out before any person is removed, put back after
                    // every person is added.
                    out.removed_ties.push(id);
                    out.added_ties.push(new.clone());
                }
                if same_pair {
                    tie_changes(old, new, &mut out.changes);
                } else {
                    // Between other persons it is another relationship, for whoever reads it.
                    if still_there(old) {
                        out.changes.push(Change::TieRemoved { tie: old.clone() });
                    }
                    out.changes.push(Change::TieAdded { tie: new.clone() });
                }
            }
            _ => {}
        }
    }
    out
}

fn person_changes(old: &Person, new: &Person, changes: &mut Vec<Change>) {
    let person = new.id;
    if old.name != new.name {
        changes.push(Change::Renamed { person, before: old.name.clone(), after: new.name.clone() });
    }
    match (old.in_centre(), new.in_centre()) {
        (false, true) => changes.push(Change::JoinedHousehold { person }),
        (true, false) => changes.push(Change::LeftHousehold { person }),
        (true, true) => {}
        (false, false) => {
            if old.sector != new.sector {
                changes.push(Change::SectorChanged { person, before: old.sector, after: new.sector });
            }
            if new.ring < old.ring {
                changes.push(Change::MovedCloser { person, before: old.ring, after: new.ring });
            } else if new.ring > old.ring {
                changes.push(Change::MovedFurther { person, before: old.ring, after: new.ring });
            }
        }
    }
    let mut detail = |d: PersonDetail| changes.push(Change::PersonChanged { person, detail: d });
    if old.kind != new.kind {
        detail(PersonDetail::Kind { before: old.kind, after: new.kind });
    }
    if old.child != new.child {
        detail(PersonDetail::Child { now: new.child });
    }
    if old.age != new.age {
        detail(PersonDetail::Age { before: old.age, after: new.age });
    }
    if old.role != new.role {
        detail(PersonDetail::Role { before: old.role.clone(), after: new.role.clone() });
    }
    if old.note != new.note {
        detail(PersonDetail::Note);
    }
    if old.avatar != new.avatar {
        detail(PersonDetail::Avatar { before: old.avatar.clone(), after: new.avatar.clone() });
    }
    if old.gender != new.gender {
        detail(PersonDetail::Gender { before: old.gender, after: new.gender });
    }
    if old.deceased != new.deceased {
        detail(PersonDetail::Deceased { now: new.deceased });
    }
    let children: BTreeSet<PersonId> = old.child_safety.keys().chain(new.child_safety.keys()).copied().collect();
    for child in children {
        let (before, after) = (old.child_safety.get(&child).copied(), new.child_safety.get(&child).copied());
        if before != after {
            detail(PersonDetail::ChildSafety { child, before, after });
        }
    }
    if old.factors != new.factors {
        detail(PersonDetail::Factors {
            added: new.factors.difference(&old.factors).copied().collect(),
            gone: old.factors.difference(&new.factors).copied().collect(),
        });
    }
    if copy_known_person_fields(old, new) != *new {
        detail(PersonDetail::Other);
    }
}

/// `base` with every field this module knows taken from `from` (the id stays). What still
/// differs from `from` afterwards is in a field added to `Person` later.
pub(super) fn copy_known_person_fields(base: &Person, from: &Person) -> Person {
    let mut p = base.clone();
    p.name.clone_from(&from.name);
    p.kind = from.kind;
    p.sector = from.sector;
    p.ring = from.ring;
    p.angle = from.angle;
    p.household = from.household;
    p.child = from.child;
    p.age = from.age;
    p.role.clone_from(&from.role);
    p.note.clone_from(&from.note);
    p.avatar.clone_from(&from.avatar);
    p.gender = from.gender;
    p.deceased = from.deceased;
    p.child_safety.clone_from(&from.child_safety);
    p.factors.clone_from(&from.factors);
    p
}

/// Like `copy_known_person_fields`, for ties (the id stays).
pub(super) fn copy_known_tie_fields(base: &Tie, from: &Tie) -> Tie {
    let mut t = base.clone();
    t.from = from.from;
    t.to = from.to;
    t.kind = from.kind;
    t.mutual = from.mutual;
    t.support.clone_from(&from.support);
    t.risk.clone_from(&from.risk);
    t.strength = from.strength;
    t.frequency = from.frequency;
    t.according_to.clone_from(&from.according_to);
    t.note.clone_from(&from.note);
    t
}

fn tie_changes(old: &Tie, new: &Tie, changes: &mut Vec<Change>) {
    let (tie, from, to) = (new.id, new.from, new.to);
    match (old.kind, new.kind) {
        (a, b) if a == b => {}
        (TieKind::Risk, TieKind::Support) => changes.push(Change::RiskBecameSupport { tie, from, to }),
        (TieKind::Support, TieKind::Risk) => changes.push(Change::SupportBecameRisk { tie, from, to }),
        (before, after) => changes.push(Change::TieKindChanged { tie, from, to, before, after }),
    }
    let mut detail = |d: TieDetail| changes.push(Change::TieChanged { tie, from, to, detail: d });
    if TieEnds::of(old) != TieEnds::of(new) {
        detail(TieDetail::Direction { before: TieEnds::of(old), after: TieEnds::of(new) });
    }
    if old.support != new.support {
        detail(TieDetail::SupportTypes { before: old.support.clone(), after: new.support.clone() });
    }
    if old.risk != new.risk {
        detail(TieDetail::RiskTypes { before: old.risk.clone(), after: new.risk.clone() });
    }
    if old.strength != new.strength {
        detail(TieDetail::Strength { before: old.strength, after: new.strength });
    }
    if old.frequency != new.frequency {
        detail(TieDetail::Frequency { before: old.frequency, after: new.frequency });
    }
    if old.according_to != new.according_to {
        detail(TieDetail::AccordingTo { before: old.according_to.clone(), after: new.according_to.clone() });
    }
    if old.note != new.note {
        detail(TieDetail::Note);
    }
    if copy_known_tie_fields(old, new) != *new {
        detail(TieDetail::Other);
    }
}

/// For one child in the household (then, now, or both): the protective adults outside the
/// household then and now. `None` when the child was not (or is no longer) a child living
/// in the household. The rules are those of `analysis` (living adult persons outside the
/// household who support the child and do not harm them), so this number always agrees
/// with the insights shown beside the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProtectiveAdultsThenAndNow {
    pub child: PersonId,
    pub then: Option<Vec<PersonId>>,
    pub now: Option<Vec<PersonId>>,
}

impl ProtectiveAdultsThenAndNow {
    pub fn count_then(&self) -> Option<usize> {
        self.then.as_ref().map(Vec::len)
    }

    pub fn count_now(&self) -> Option<usize> {
        self.now.as_ref().map(Vec::len)
    }
}

/// Per child in the household (in either map), in id order: protective adults then and now.
pub fn protective_adults_then_and_now(before: &FamilyMap, after: &FamilyMap) -> Vec<ProtectiveAdultsThenAndNow> {
    let (mut then, mut now) = (protective_adults(before), protective_adults(after));
    let children: BTreeSet<PersonId> = then.keys().chain(now.keys()).copied().collect();
    children
        .into_iter()
        .map(|child| ProtectiveAdultsThenAndNow { child, then: then.remove(&child), now: now.remove(&child) })
        .collect()
}

/// The analysis says exactly one of these three things about every child in the household.
fn protective_adults(map: &FamilyMap) -> BTreeMap<PersonId, Vec<PersonId>> {
    let mut found = BTreeMap::new();
    for insight in insights(map) {
        match insight {
            Insight::NoProtectiveAdult { child, .. } => {
                found.insert(child, Vec::new());
            }
            Insight::SinglePointOfFailure { child, supporter, .. } => {
                found.insert(child, vec![supporter]);
            }
            Insight::ProtectiveAdults { child, adults, .. } => {
                found.insert(child, adults);
            }
            _ => {}
        }
    }
    found
}
