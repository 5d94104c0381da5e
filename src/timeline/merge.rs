//! Merging a map made elsewhere ("theirs": another family member's drawing, a colleague's
//! update) into the open one ("ours").
//!
//! Persons are matched by id first (a copy of the same file keeps its ids), then by name.
//! A match is sure only when the names are the same (ignoring case, spaces and accents);
//! similar names, a name found more than once, or the same id with another name make a
//! doubtful match, which a person confirms or rejects. Ties are matched by id, then by
//! (from, to, kind) once the persons are matched.
//!
//! There is no common ancestor, so "changed differently on both sides" can only mean
//! "differs": every difference between matched persons or ties is a conflict, with both
//! values, and nothing is taken from theirs without a decision. Only the place inside a
//! wedge (the angle) is not a conflict on its own: ours stays. What only theirs has is
//! added with fresh ids; what only ours has stays (theirs not having someone does not
//! mean they left). The result is one `Edit::Batch`, so one undo restores ours exactly.

use super::diff::{copy_known_person_fields, copy_known_tie_fields};
use super::names::{normalize_name, similar_normalized, NameSimilarity};
use crate::model::{Edit, EditError, FamilyMap, Person, PersonId, Tie, TieId, TieKind};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchedBy {
    /// Same id and the same name.
    Id,
    /// Different ids, the same name, and nobody else with that name on either side.
    Name,
}

/// Why a match needs a person to confirm it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DoubtReason {
    SimilarName(NameSimilarity),
    /// The same name, but more than one person with it on one side.
    SameNameMoreThanOnce,
    /// The same id, but an entirely different name: most likely two maps that were started
    /// apart and gave out the same numbers.
    SameIdOtherName,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonMatching {
    Same {
        ours: PersonId,
        by: MatchedBy,
    },
    Doubtful {
        ours: PersonId,
        reason: DoubtReason,
    },
    /// Only theirs has this person: added when merging.
    New,
}

/// How one person of theirs is matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PersonMatch {
    pub theirs: PersonId,
    pub matching: PersonMatching,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TieMatching {
    Same { ours: TieId },
    New,
}

/// How one tie of theirs is matched (with every doubtful person match taken as confirmed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TieMatch {
    pub theirs: TieId,
    pub matching: TieMatching,
}

/// What about a person can differ. Place is sector, ring and household together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PersonField {
    Name,
    Placement,
    Kind,
    Child,
    Age,
    Role,
    Note,
    Avatar,
    Gender,
    Deceased,
    /// The arrangements with children (safe adult, supervised only, no contact).
    ChildSafety,
    /// What plays a role for the person.
    Factors,
    /// A field this version of the merge does not name; taking theirs takes all of those.
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TieField {
    Kind,
    /// Which way it goes: from, to and both ways.
    Direction,
    SupportTypes,
    RiskTypes,
    Strength,
    Frequency,
    AccordingTo,
    Note,
    Other,
}

/// Names a conflict in `Decisions`: by theirs' ids, which do not change while deciding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConflictKey {
    Title,
    Person { theirs: PersonId, field: PersonField },
    Tie { theirs: TieId, field: TieField },
}

/// One difference between a matched pair, with both sides. `theirs` is as in their file
/// (their ids, also for tie ends): look names up in their map.
#[derive(Clone, Debug, PartialEq)]
pub enum Conflict {
    Title { ours: String, theirs: String },
    Person { field: PersonField, ours: Person, theirs: Person },
    Tie { field: TieField, ours: Tie, theirs: Tie },
}

impl Conflict {
    pub fn key(&self) -> ConflictKey {
        match self {
            Conflict::Title { .. } => ConflictKey::Title,
            Conflict::Person { field, theirs, .. } => ConflictKey::Person { theirs: theirs.id, field: *field },
            Conflict::Tie { field, theirs, .. } => ConflictKey::Tie { theirs: theirs.id, field: *field },
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    Ours,
    Theirs,
}

/// What a person decided: per doubtful match whether it is the same person, and per
/// conflict which side to keep.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decisions {
    same_person: BTreeMap<PersonId, bool>,
    choices: BTreeMap<ConflictKey, Choice>,
}

impl Decisions {
    pub fn new() -> Decisions {
        Decisions::default()
    }

    /// Theirs' person `theirs` is the same person as its doubtful match in ours.
    pub fn confirm(&mut self, theirs: PersonId) -> &mut Decisions {
        self.same_person.insert(theirs, true);
        self
    }

    /// Theirs' person `theirs` is someone else: added as a new person.
    pub fn reject(&mut self, theirs: PersonId) -> &mut Decisions {
        self.same_person.insert(theirs, false);
        self
    }

    pub fn choose(&mut self, conflict: ConflictKey, choice: Choice) -> &mut Decisions {
        self.choices.insert(conflict, choice);
        self
    }

    pub fn same_person(&self, theirs: PersonId) -> Option<bool> {
        self.same_person.get(&theirs).copied()
    }

    pub fn choice(&self, conflict: ConflictKey) -> Option<Choice> {
        self.choices.get(&conflict).copied()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeError {
    /// The open map changed after the plan was made: make a new plan.
    OursChanged,
    /// Doubtful matches (theirs' ids) and conflicts without a decision.
    Undecided { persons: Vec<PersonId>, conflicts: Vec<ConflictKey> },
    /// The merge does not apply to ours. Cannot happen for a plan made from valid maps.
    Invalid(EditError),
}

impl fmt::Display for MergeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MergeError::OursChanged => write!(f, "the map changed after the merge was planned"),
            MergeError::Undecided { persons, conflicts } => {
                write!(f, "{} doubtful matches and {} conflicts are not decided yet", persons.len(), conflicts.len())
            }
            MergeError::Invalid(err) => write!(f, "the merge does not apply: {err}"),
        }
    }
}

impl std::error::Error for MergeError {}

/// Everything a person needs to see before merging: how each person and tie of theirs is
/// matched, and every conflict.
#[derive(Clone, Debug, PartialEq)]
pub struct MergePlan {
    ours: FamilyMap,
    theirs: FamilyMap,
    persons: Vec<PersonMatch>,
    ties: Vec<TieMatch>,
    conflicts: Vec<Conflict>,
}

/// Plans merging `theirs` into `ours`. Nothing changes until `MergePlan::apply`.
pub fn merge(ours: &FamilyMap, theirs: &FamilyMap) -> MergePlan {
    let persons = match_persons(ours, theirs);
    let resolved = resolve(ours, theirs, &persons, |_| true);
    MergePlan {
        ours: ours.clone(),
        theirs: theirs.clone(),
        persons,
        ties: resolved.ties,
        conflicts: resolved.conflicts,
    }
}

impl MergePlan {
    pub fn ours(&self) -> &FamilyMap {
        &self.ours
    }

    pub fn theirs(&self) -> &FamilyMap {
        &self.theirs
    }

    /// Every person of theirs, in theirs' id order.
    pub fn persons(&self) -> &[PersonMatch] {
        &self.persons
    }

    /// Every tie of theirs, in theirs' id order, with doubtful person matches confirmed.
    pub fn ties(&self) -> &[TieMatch] {
        &self.ties
    }

    /// Every conflict, with doubtful person matches confirmed: the title first, then per
    /// person of theirs, then per tie of theirs, each in the order of the fields.
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// The matches a person must confirm or reject.
    pub fn doubtful(&self) -> impl Iterator<Item = &PersonMatch> {
        self.persons.iter().filter(|m| matches!(m.matching, PersonMatching::Doubtful { .. }))
    }

    /// The conflicts with these decisions on the doubtful matches (undecided ones count as
    /// confirmed). Ask this again after every match decision: rejecting a match makes its
    /// conflicts (and those of its ties) go away, and can make a new one, when someone's
    /// arrangement with a child now points at a new person instead of a matched one.
    pub fn conflicts_with(&self, decisions: &Decisions) -> Vec<Conflict> {
        let same = |theirs: PersonId| decisions.same_person(theirs).unwrap_or(true);
        resolve(&self.ours, &self.theirs, &self.persons, same).conflicts
    }

    /// Decisions that answer everything the same way, e.g. "keep everything of ours"
    /// (`confirm_doubtful` for the matches, `Choice::Ours` for the conflicts).
    pub fn decide_all(&self, confirm_doubtful: bool, choice: Choice) -> Decisions {
        let mut decisions = Decisions::new();
        for m in self.doubtful() {
            decisions.same_person.insert(m.theirs, confirm_doubtful);
        }
        for conflict in self.conflicts_with(&decisions) {
            decisions.choose(conflict.key(), choice);
        }
        decisions
    }

    /// The one edit that merges theirs into ours as decided. Every doubtful match and every
    /// conflict that still matters needs a decision. Undoing the edit restores ours.
    pub fn apply(&self, ours: &FamilyMap, decisions: &Decisions) -> Result<Edit, MergeError> {
        self.apply_with_mapping(ours, decisions).map(|(edit, _)| edit)
    }

    /// Like `apply`, with where each person of theirs ends up in ours (theirs' id -> ours'
    /// id, for matched and for added persons), to bring perspectives along.
    pub fn apply_with_mapping(
        &self,
        ours: &FamilyMap,
        decisions: &Decisions,
    ) -> Result<(Edit, BTreeMap<PersonId, PersonId>), MergeError> {
        if ours != &self.ours {
            return Err(MergeError::OursChanged);
        }
        let undecided_persons: Vec<PersonId> =
            self.doubtful().map(|m| m.theirs).filter(|id| decisions.same_person(*id).is_none()).collect();
        let same = |theirs: PersonId| decisions.same_person(theirs).unwrap_or(true);
        let resolved = resolve(ours, &self.theirs, &self.persons, same);
        let undecided_conflicts: Vec<ConflictKey> =
            resolved.conflicts.iter().map(Conflict::key).filter(|key| decisions.choice(*key).is_none()).collect();
        if !undecided_persons.is_empty() || !undecided_conflicts.is_empty() {
            return Err(MergeError::Undecided { persons: undecided_persons, conflicts: undecided_conflicts });
        }
        let takes_theirs = |key: ConflictKey| decisions.choice(key) == Some(Choice::Theirs);

        let mut edits = Vec::new();
        let mapping = resolved.mapping;

        // Title and matched persons, field by field.
        let mut person_fields: BTreeMap<PersonId, Vec<PersonField>> = BTreeMap::new();
        let mut tie_fields: BTreeMap<TieId, Vec<TieField>> = BTreeMap::new();
        for conflict in &resolved.conflicts {
            let key = conflict.key();
            if !takes_theirs(key) {
                continue;
            }
            match conflict {
                Conflict::Title { theirs, .. } => edits.push(Edit::RenameMap { title: theirs.clone() }),
                Conflict::Person { field, theirs, .. } => person_fields.entry(theirs.id).or_default().push(*field),
                Conflict::Tie { field, theirs, .. } => tie_fields.entry(theirs.id).or_default().push(*field),
            }
        }
        for (theirs_id, fields) in &person_fields {
            let (Some(&ours_id), Some(theirs_person)) = (mapping.get(theirs_id), self.theirs.person(*theirs_id)) else {
                continue;
            };
            let Some(ours_person) = ours.person(ours_id) else { continue };
            let theirs_here = person_here(theirs_person, ours_id, &mapping);
            edits.push(Edit::UpdatePerson { person: take_person_fields(ours_person, &theirs_here, fields) });
        }

        // Persons only theirs has (or that a person said are someone else), in theirs' order.
        for theirs_person in self.theirs.persons() {
            if resolved.matched.contains(&theirs_person.id) {
                continue;
            }
            if let Some(&id) = mapping.get(&theirs_person.id) {
                edits.push(Edit::AddPerson { person: person_here(theirs_person, id, &mapping) });
            }
        }

        // Matched ties, field by field; then ties only theirs has, with their ends mapped.
        let matched_ties: HashMap<TieId, TieId> = resolved
            .ties
            .iter()
            .filter_map(|m| match m.matching {
                TieMatching::Same { ours } => Some((m.theirs, ours)),
                TieMatching::New => None,
            })
            .collect();
        for (theirs_id, fields) in &tie_fields {
            let (Some(ours_id), Some(theirs_tie)) = (matched_ties.get(theirs_id), self.theirs.tie(*theirs_id)) else {
                continue;
            };
            let (Some(ours_tie), Some(mapped)) = (ours.tie(*ours_id), map_tie(theirs_tie, *ours_id, &mapping)) else {
                continue;
            };
            edits.push(Edit::UpdateTie { tie: take_tie_fields(ours_tie, &mapped, fields) });
        }
        let mut next_tie = ours.next_tie_id().0;
        for theirs_tie in self.theirs.ties() {
            if matched_ties.contains_key(&theirs_tie.id) {
                continue;
            }
            if let Some(tie) = map_tie(theirs_tie, TieId(next_tie), &mapping) {
                next_tie = next_tie.saturating_add(1);
                edits.push(Edit::AddTie { tie });
            }
        }

        let edit = Edit::Batch { edits };
        // Make sure it applies, so the caller never holds an edit that fails halfway.
        ours.clone().apply(edit.clone()).map_err(MergeError::Invalid)?;
        Ok((edit, mapping))
    }
}

/// A person of theirs as it would be in ours: ours' id, and arrangements with children
/// keyed by ours' ids (an arrangement with someone who is not on their map is dropped).
fn person_here(theirs: &Person, id: PersonId, mapping: &BTreeMap<PersonId, PersonId>) -> Person {
    let mut person = theirs.clone();
    person.id = id;
    person.child_safety =
        theirs.child_safety.iter().filter_map(|(child, value)| Some((*mapping.get(child)?, *value))).collect();
    person
}

/// A tie of theirs with ours' person ids and the given id; `None` if an end is unmapped.
fn map_tie(tie: &Tie, id: TieId, mapping: &BTreeMap<PersonId, PersonId>) -> Option<Tie> {
    let mut mapped = tie.clone();
    mapped.id = id;
    mapped.from = *mapping.get(&tie.from)?;
    mapped.to = *mapping.get(&tie.to)?;
    Some(mapped)
}

fn take_person_fields(ours: &Person, theirs: &Person, fields: &[PersonField]) -> Person {
    let mut p = ours.clone();
    for field in fields {
        match field {
            PersonField::Name => p.name.clone_from(&theirs.name),
            PersonField::Placement => {
                p.sector = theirs.sector;
                p.ring = theirs.ring;
                p.household = theirs.household;
                p.angle = theirs.angle;
            }
            PersonField::Kind => p.kind = theirs.kind,
            PersonField::Child => p.child = theirs.child,
            PersonField::Age => p.age = theirs.age,
            PersonField::Role => p.role.clone_from(&theirs.role),
            PersonField::Note => p.note.clone_from(&theirs.note),
            PersonField::Avatar => p.avatar.clone_from(&theirs.avatar),
            PersonField::Gender => p.gender = theirs.gender,
            PersonField::Deceased => p.deceased = theirs.deceased,
            PersonField::ChildSafety => p.child_safety.clone_from(&theirs.child_safety),
            PersonField::Factors => p.factors.clone_from(&theirs.factors),
            PersonField::Other => {}
        }
    }
    if fields.contains(&PersonField::Other) {
        p = copy_known_person_fields(theirs, &p);
    }
    p
}

fn take_tie_fields(ours: &Tie, theirs: &Tie, fields: &[TieField]) -> Tie {
    let mut t = ours.clone();
    for field in fields {
        match field {
            TieField::Kind => t.kind = theirs.kind,
            TieField::Direction => {
                t.from = theirs.from;
                t.to = theirs.to;
                t.mutual = theirs.mutual;
            }
            TieField::SupportTypes => t.support.clone_from(&theirs.support),
            TieField::RiskTypes => t.risk.clone_from(&theirs.risk),
            TieField::Strength => t.strength = theirs.strength,
            TieField::Frequency => t.frequency = theirs.frequency,
            TieField::AccordingTo => t.according_to.clone_from(&theirs.according_to),
            TieField::Note => t.note.clone_from(&theirs.note),
            TieField::Other => {}
        }
    }
    if fields.contains(&TieField::Other) {
        let mut base = theirs.clone();
        base.id = ours.id;
        t = copy_known_tie_fields(&base, &t);
    }
    t
}

fn match_persons(ours: &FamilyMap, theirs: &FamilyMap) -> Vec<PersonMatch> {
    let ours_names: BTreeMap<PersonId, String> =
        ours.persons().into_iter().map(|p| (p.id, normalize_name(&p.name))).collect();
    let theirs_names: BTreeMap<PersonId, String> =
        theirs.persons().into_iter().map(|p| (p.id, normalize_name(&p.name))).collect();
    let mut found: BTreeMap<PersonId, PersonMatching> = BTreeMap::new();
    let mut taken: HashSet<PersonId> = HashSet::new();

    // 1. The same id and the same name.
    for (id, name) in &theirs_names {
        if ours_names.get(id) == Some(name) {
            found.insert(*id, PersonMatching::Same { ours: *id, by: MatchedBy::Id });
            taken.insert(*id);
        }
    }

    // 2. The same name: sure when it is unique on both sides, else doubtful, in id order.
    let group = |names: &BTreeMap<PersonId, String>, skip: &dyn Fn(PersonId) -> bool| {
        let mut groups: BTreeMap<String, Vec<PersonId>> = BTreeMap::new();
        for (id, name) in names {
            if !skip(*id) {
                groups.entry(name.clone()).or_default().push(*id);
            }
        }
        groups
    };
    let ours_groups = group(&ours_names, &|id| taken.contains(&id));
    let theirs_groups = group(&theirs_names, &|id| found.contains_key(&id));
    for (name, theirs_ids) in &theirs_groups {
        let Some(ours_ids) = ours_groups.get(name) else { continue };
        let unique = theirs_ids.len() == 1 && ours_ids.len() == 1;
        for (t, o) in theirs_ids.iter().zip(ours_ids) {
            let matching = if unique {
                PersonMatching::Same { ours: *o, by: MatchedBy::Name }
            } else {
                PersonMatching::Doubtful { ours: *o, reason: DoubtReason::SameNameMoreThanOnce }
            };
            found.insert(*t, matching);
            taken.insert(*o);
        }
    }

    // 3. Similar names, best first: the same id, then the closest spelling.
    let mut candidates = Vec::new();
    for (t, t_name) in theirs_names.iter().filter(|(id, _)| !found.contains_key(id)) {
        for (o, o_name) in ours_names.iter().filter(|(id, _)| !taken.contains(id)) {
            if let Some(similarity) = similar_normalized(t_name, o_name) {
                candidates.push((t != o, similarity, *t, *o));
            }
        }
    }
    crate::model::order::sort_by(&mut candidates, Ord::cmp);
    for (_, similarity, t, o) in candidates {
        if found.contains_key(&t) || taken.contains(&o) {
            continue;
        }
        found.insert(t, PersonMatching::Doubtful { ours: o, reason: DoubtReason::SimilarName(similarity) });
        taken.insert(o);
    }

    // 4. The same id with an entirely different name.
    for id in theirs_names.keys() {
        if !found.contains_key(id) && ours_names.contains_key(id) && !taken.contains(id) {
            found.insert(*id, PersonMatching::Doubtful { ours: *id, reason: DoubtReason::SameIdOtherName });
            taken.insert(*id);
        }
    }

    theirs_names
        .keys()
        .map(|id| PersonMatch { theirs: *id, matching: found.get(id).copied().unwrap_or(PersonMatching::New) })
        .collect()
}

struct Resolved {
    /// Theirs' id -> ours' id for every person of theirs: the matched person, or the fresh
    /// id an added person gets (from ours' next id on, in theirs' id order).
    mapping: BTreeMap<PersonId, PersonId>,
    /// Theirs' ids of the persons matched to a person of ours.
    matched: BTreeSet<PersonId>,
    ties: Vec<TieMatch>,
    conflicts: Vec<Conflict>,
}

/// Tie matches and conflicts, given which doubtful person matches count as the same person.
fn resolve(ours: &FamilyMap, theirs: &FamilyMap, persons: &[PersonMatch], same: impl Fn(PersonId) -> bool) -> Resolved {
    let mut mapping = BTreeMap::new();
    for m in persons {
        match m.matching {
            PersonMatching::Same { ours, .. } => {
                mapping.insert(m.theirs, ours);
            }
            PersonMatching::Doubtful { ours, .. } if same(m.theirs) => {
                mapping.insert(m.theirs, ours);
            }
            _ => {}
        }
    }

    let matched: BTreeSet<PersonId> = mapping.keys().copied().collect();
    let ties = match_ties(ours, theirs, &mapping);
    let mut next = ours.next_person_id().0;
    for person in theirs.persons() {
        if !matched.contains(&person.id) {
            mapping.insert(person.id, PersonId(next));
            next = next.saturating_add(1);
        }
    }

    let mut conflicts = Vec::new();
    if ours.title() != theirs.title() {
        conflicts.push(Conflict::Title { ours: ours.title().to_owned(), theirs: theirs.title().to_owned() });
    }
    for theirs_id in &matched {
        let ours_person = mapping.get(theirs_id).and_then(|id| ours.person(*id));
        if let (Some(o), Some(t)) = (ours_person, theirs.person(*theirs_id)) {
            person_conflicts(ours, o, t, &person_here(t, o.id, &mapping), &mut conflicts);
        }
    }

    for m in &ties {
        let TieMatching::Same { ours: ours_id } = m.matching else { continue };
        let (Some(o), Some(t)) = (ours.tie(ours_id), theirs.tie(m.theirs)) else { continue };
        if let Some(mapped) = map_tie(t, o.id, &mapping) {
            tie_conflicts(o, t, &mapped, &mut conflicts);
        }
    }
    Resolved { mapping, matched, ties, conflicts }
}

/// `t` as in their file, `here` the same with ours' ids.
fn person_conflicts(ours: &FamilyMap, o: &Person, t: &Person, here: &Person, conflicts: &mut Vec<Conflict>) {
    let mut fields = Vec::new();
    let mut differs = |field: PersonField, different: bool| {
        if different {
            fields.push(field);
        }
    };
    differs(PersonField::Name, o.name != t.name);
    differs(PersonField::Placement, (o.sector, o.ring, o.household) != (t.sector, t.ring, t.household));
    differs(PersonField::Kind, o.kind != t.kind);
    differs(PersonField::Child, o.child != t.child);
    differs(PersonField::Age, o.age != t.age);
    differs(PersonField::Role, o.role != t.role);
    differs(PersonField::Note, o.note != t.note);
    differs(PersonField::Avatar, o.avatar != t.avatar);
    differs(PersonField::Gender, o.gender != t.gender);
    differs(PersonField::Deceased, o.deceased != t.deceased);
    // An arrangement with someone no longer on our map points at nobody: not a difference.
    let ours_safety: BTreeMap<_, _> =
        o.child_safety.iter().filter(|(child, _)| ours.contains_person(**child)).map(|(c, v)| (*c, *v)).collect();
    differs(PersonField::ChildSafety, ours_safety != here.child_safety);
    differs(PersonField::Factors, o.factors != t.factors);
    differs(PersonField::Other, copy_known_person_fields(o, here) != *here);
    conflicts.extend(fields.into_iter().map(|field| Conflict::Person { field, ours: o.clone(), theirs: t.clone() }));
}

/// Which way a tie goes, ignoring which end is "from" when it goes both ways.
fn same_direction(a: &Tie, b: &Tie) -> bool {
    a.mutual == b.mutual && ((a.from, a.to) == (b.from, b.to) || (a.mutual && (a.from, a.to) == (b.to, b.from)))
}

fn tie_conflicts(o: &Tie, t: &Tie, mapped: &Tie, conflicts: &mut Vec<Conflict>) {
    let mut fields = Vec::new();
    let mut differs = |field: TieField, different: bool| {
        if different {
            fields.push(field);
        }
    };
    differs(TieField::Kind, o.kind != mapped.kind);
    differs(TieField::Direction, !same_direction(o, mapped));
    differs(TieField::SupportTypes, o.support != mapped.support);
    differs(TieField::RiskTypes, o.risk != mapped.risk);
    differs(TieField::Strength, o.strength != mapped.strength);
    differs(TieField::Frequency, o.frequency != mapped.frequency);
    differs(TieField::AccordingTo, o.according_to != mapped.according_to);
    differs(TieField::Note, o.note != mapped.note);
    differs(TieField::Other, copy_known_tie_fields(o, mapped) != *mapped);
    conflicts.extend(fields.into_iter().map(|field| Conflict::Tie { field, ours: o.clone(), theirs: t.clone() }));
}

fn match_ties(ours: &FamilyMap, theirs: &FamilyMap, mapping: &BTreeMap<PersonId, PersonId>) -> Vec<TieMatch> {
    // Theirs' ties with ends in ours' ids (None: an end is a person only theirs has).
    let theirs_ties: Vec<(&Tie, Option<(PersonId, PersonId)>)> = theirs
        .ties()
        .into_iter()
        .map(|t| (t, mapping.get(&t.from).copied().zip(mapping.get(&t.to).copied())))
        .collect();
    let mut found: BTreeMap<TieId, TieId> = BTreeMap::new();
    let mut taken: HashSet<TieId> = HashSet::new();

    // 1. The same id between the same two persons (either way round).
    for (t, ends) in &theirs_ties {
        let (Some((from, to)), Some(o)) = (ends, ours.tie(t.id)) else { continue };
        let pair: BTreeSet<PersonId> = [*from, *to].into();
        if pair == [o.from, o.to].into() {
            found.insert(t.id, o.id);
            taken.insert(o.id);
        }
    }

    // 2. The same from, to and kind; 3. the other way round, when either goes both ways.
    let mut by_ends: HashMap<(PersonId, PersonId, TieKind), Vec<&Tie>> = HashMap::new();
    for o in ours.ties() {
        by_ends.entry((o.from, o.to, o.kind)).or_default().push(o);
    }
    for swapped in [false, true] {
        for (t, ends) in &theirs_ties {
            let Some((from, to)) = ends else { continue };
            if found.contains_key(&t.id) {
                continue;
            }
            let key = if swapped { (*to, *from, t.kind) } else { (*from, *to, t.kind) };
            let candidate = by_ends
                .get(&key)
                .and_then(|list| list.iter().find(|o| !taken.contains(&o.id) && (!swapped || o.mutual || t.mutual)));
            if let Some(o) = candidate {
                found.insert(t.id, o.id);
                taken.insert(o.id);
            }
        }
    }

    theirs_ties
        .iter()
        .map(|(t, _)| TieMatch {
            theirs: t.id,
            matching: found.get(&t.id).map_or(TieMatching::New, |&ours| TieMatching::Same { ours }),
        })
        .collect()
}
