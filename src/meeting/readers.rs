//! What one reader may read of the whole map: one pure function that every output for a
//! reader goes through (the pack, the "Show as" lens, the insights on it, every export), so
//! nothing can show a restricted item by forgetting to ask.
//!
//! The rules, in plain words:
//! - the professionals read everything (the full view); it is for them only;
//! - a person reads every item for everyone, every item "not for" others, and items for
//!   professionals only when they are a professional (a person in the professionals'
//!   sector, see `Reader::is_professional`);
//! - the network is a group whose members are not all known: it reads only what is for
//!   everyone;
//! - a child's own words and own answers (child mode) are always the child's to read, and an
//!   "I don't want them near" answer is never read by the person it is about, whatever its
//!   readership says; each answer is for professionals only until the child shares it
//!   (`timeline::answers::share`); how close the child places people and how safe the child
//!   feels stay with the child and the professionals;
//! - an item kept from a reader is left out whole; a person whose details are kept from a
//!   reader stays on the map with name and place only. Readerships and reasons are for
//!   professionals: another reader's copy holds none.

use crate::model::{
    ChildAnswer, Extras, FamilyMap, Meeting, Person, PersonId, Perspective, Reader, Readers, Snapshot, Tie, TieId,
    TieKind,
};
use serde::Serialize;
use std::collections::HashMap;

/// Whether `reader` counts as a professional on this map.
pub fn is_professional(map: &FamilyMap, reader: Reader) -> bool {
    match reader {
        Reader::Professionals => true,
        Reader::Network => false,
        Reader::Person(id) => map.person(id).is_some_and(|p| Reader::is_professional(p.sector, p.in_centre())),
    }
}

/// The rule for one item: may `reader` read something with `readers`?
pub fn may_read(map: &FamilyMap, readers: &Readers, reader: Reader) -> bool {
    readers.allows(reader, is_professional(map, reader))
}

/// Counts of what one reader's copy leaves out: numbers only, never content.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LeftOut {
    /// Items "not for" this person (for the network: items not for someone).
    pub not_for_reader: usize,
    /// Items for professionals only.
    pub professionals_only: usize,
    /// Answers a child gave in child mode that this copy leaves out (whatever the reason:
    /// not shared with this reader, or "I don't want them near" about this reader).
    pub child_answers: usize,
}

impl LeftOut {
    pub fn total(&self) -> usize {
        self.not_for_reader + self.professionals_only + self.child_answers
    }

    fn add(&mut self, other: LeftOut) {
        self.not_for_reader += other.not_for_reader;
        self.professionals_only += other.professionals_only;
        self.child_answers += other.child_answers;
    }

    fn count(&mut self, readers: &Readers) {
        match readers {
            Readers::Everyone => {}
            Readers::NotFor { .. } => self.not_for_reader += 1,
            Readers::ProfessionalsOnly { .. } => self.professionals_only += 1,
        }
    }
}

/// Decides item by item for one reader on one map.
struct Filter {
    reader: Reader,
    professional: bool,
    left_out: LeftOut,
}

impl Filter {
    fn new(map: &FamilyMap, reader: Reader) -> Filter {
        Filter { reader, professional: is_professional(map, reader), left_out: LeftOut::default() }
    }

    fn full(&self) -> bool {
        self.reader == Reader::Professionals
    }

    /// May the reader read it? Counts it when not.
    fn keep(&mut self, readers: &Readers) -> bool {
        let ok = readers.allows(self.reader, self.professional);
        if !ok {
            self.left_out.count(readers);
        }
        ok
    }

    /// Another reader's copy carries no readerships or reasons.
    fn strip(&self, readers: &mut Readers) {
        if !self.full() {
            *readers = Readers::Everyone;
        }
    }

    fn person(&mut self, person: &Person) -> Person {
        let mut person = person.clone();
        if !self.keep(&person.readers) {
            person.role.clear();
            person.note.clear();
            person.age = None;
            person.child_safety.clear();
            person.factors.clear();
        }
        self.strip(&mut person.readers);
        person
    }

    /// A tie this reader may read, ready for their copy; `holder` is whose perspective it
    /// is in (a child's answers are the child's own).
    fn tie(&mut self, tie: &Tie, holder: Option<PersonId>) -> Option<Tie> {
        if self.full() {
            return Some(tie.clone());
        }
        let about = Reader::Person(tie.from);
        if tie.answer == Some(ChildAnswer::NotNear) && self.reader == about {
            self.left_out.count(&Readers::not_for([tie.from], ""));
            return None;
        }
        let own_answer = tie.answer.is_some() && holder.is_some_and(|h| self.reader == Reader::Person(h));
        if !own_answer && !self.keep(&tie.readers) {
            return None;
        }
        let mut tie = tie.clone();
        self.strip(&mut tie.readers);
        Some(tie)
    }

    /// `childs` says whether it is a child's own perspective (see [`childs_perspective`]).
    fn perspective(&mut self, perspective: &Perspective, childs: bool) -> Perspective {
        let mut out = perspective.clone();
        // Only the child's answers are counted here, as answers: a perspective's other ties
        // are copies of the map's, counted with the map.
        let counted = self.left_out;
        let mut answers = 0;
        out.ties = perspective
            .ties
            .iter()
            .filter_map(|t| {
                let kept = self.tie(t, perspective.holder);
                answers += usize::from(kept.is_none() && t.answer.is_some());
                kept
            })
            .collect();
        self.left_out = counted;
        self.left_out.child_answers += answers;
        // How close a child places everyone and how safe they feel (child mode) are the
        // child's own words too, with no choice of sharing of their own: they stay with the
        // child and the professionals.
        let holder = perspective.holder.is_some_and(|h| self.reader == Reader::Person(h));
        if childs && !holder && !self.professional && !self.full() {
            out.closeness.clear();
            out.safety = None;
        }
        out
    }

    fn meeting(&mut self, meeting: &Meeting) -> Meeting {
        let mut m = meeting.clone();
        if self.full() {
            return m;
        }
        m.worries.retain(|w| self.keep(&w.readers));
        m.going_well.retain(|g| self.keep(&g.readers));
        m.bottom_lines.retain(|b| self.keep(&b.readers));
        m.agreements.retain(|a| self.keep(&a.readers));
        m.red_flags.retain(|f| self.keep(&f.readers));
        m.notes.retain(|n| self.keep(&n.readers));
        m.danger_statements.retain(|d| self.keep(&d.readers));
        m.safety_goals.retain(|g| self.keep(&g.readers));
        m.preparation.retain(|p| self.keep(&p.readers));
        // A score is the words of the person who gave it: always theirs to read.
        let reader = self.reader;
        let own_score = |s: &crate::model::ScaleScore| {
            meeting.participant(s.participant).and_then(|p| p.person).is_some_and(|p| reader == Reader::Person(p))
        };
        m.scales.retain(|s| own_score(s) || self.keep(&s.readers));
        if !self.keep(&m.place_readers) {
            m.place.clear();
        }
        if !self.keep(&m.purpose_readers) {
            m.purpose.clear();
        }
        if !m.scale_anchors.is_empty() && !self.keep(&m.scale_anchors.readers) {
            m.scale_anchors = crate::model::ScaleAnchors::default();
        }
        let monitored = m.monitoring.keeper.is_some() || !m.monitoring.if_not_kept.trim().is_empty();
        if monitored && !self.keep(&m.monitoring.readers) {
            m.monitoring.keeper = None;
            m.monitoring.if_not_kept.clear();
        }
        self.strip(&mut m.place_readers);
        self.strip(&mut m.purpose_readers);
        self.strip(&mut m.scale_anchors.readers);
        self.strip(&mut m.monitoring.readers);
        m.scales.iter_mut().for_each(|s| self.strip(&mut s.readers));
        for a in &mut m.agreements {
            if let Some(outcome) = &mut a.outcome {
                if self.keep(&outcome.readers) {
                    self.strip(&mut outcome.readers);
                } else {
                    a.outcome = None;
                }
            }
        }
        m.child_voice.retain(|v| reader == Reader::Person(v.child) || self.keep(&v.readers));
        m.worries.iter_mut().for_each(|w| self.strip(&mut w.readers));
        m.going_well.iter_mut().for_each(|g| self.strip(&mut g.readers));
        m.bottom_lines.iter_mut().for_each(|b| self.strip(&mut b.readers));
        m.agreements.iter_mut().for_each(|a| self.strip(&mut a.readers));
        m.red_flags.iter_mut().for_each(|f| self.strip(&mut f.readers));
        m.notes.iter_mut().for_each(|n| self.strip(&mut n.readers));
        m.danger_statements.iter_mut().for_each(|d| self.strip(&mut d.readers));
        m.safety_goals.iter_mut().for_each(|g| self.strip(&mut g.readers));
        m.preparation.iter_mut().for_each(|p| self.strip(&mut p.readers));
        m.child_voice.iter_mut().for_each(|v| self.strip(&mut v.readers));
        m
    }
}

/// The map as `reader` may read it: the whole map for the professionals; for anyone else
/// without the ties and meeting items kept from them, with the details kept from them
/// blanked, and with no readerships or reasons. Snapshots and perspectives follow the same
/// rules.
pub fn readable_map(map: &FamilyMap, reader: Reader) -> FamilyMap {
    readable_map_counted(map, reader).0
}

/// [`readable_map`], with how many items it left out of the map itself (persons' details
/// and ties) and how many answers children gave in child mode it left out; meetings and
/// snapshots are counted by their own outputs.
pub fn readable_map_counted(map: &FamilyMap, reader: Reader) -> (FamilyMap, LeftOut) {
    if reader == Reader::Professionals {
        return (map.clone(), LeftOut::default());
    }
    let mut filter = Filter::new(map, reader);
    let mut persons: HashMap<PersonId, Person> = map.persons().into_iter().map(|p| (p.id, filter.person(p))).collect();
    let mut ties: HashMap<TieId, Option<Tie>> = map.ties().into_iter().map(|t| (t.id, filter.tie(t, None))).collect();
    let perspectives = map.perspectives().iter().map(|p| filter.perspective(p, childs_perspective(map, p))).collect();
    let counted = filter.left_out;
    let extras = Extras {
        meetings: map.meetings().iter().map(|m| filter.meeting(m)).collect(),
        perspectives,
        snapshots: map
            .snapshots()
            .iter()
            .map(|s| Snapshot { map: readable_map(&s.map, reader), ..s.clone() })
            .collect(),
    };
    let out =
        map.view(|p| persons.remove(&p.id).unwrap_or_else(|| p.clone()), |t| ties.remove(&t.id).flatten(), extras);
    (out, counted)
}

/// One meeting as `reader` may read it (see [`readable_map`]), with what it left out of the
/// meeting and of the map together: the numbers for "4 items are not for Dennis".
pub fn readable_meeting(map: &FamilyMap, meeting: &Meeting, reader: Reader) -> (Meeting, LeftOut) {
    let (_, mut left_out) = readable_map_counted(map, reader);
    let mut filter = Filter::new(map, reader);
    let meeting = filter.meeting(meeting);
    left_out.add(filter.left_out);
    (meeting, left_out)
}

/// Whether a perspective is a child's own (child mode): held by a child on the map, or
/// holding an answer given in child mode.
pub fn childs_perspective(map: &FamilyMap, perspective: &Perspective) -> bool {
    let held_by_child = perspective.holder.and_then(|h| map.person(h)).is_some_and(|p| p.child);
    held_by_child || perspective.ties.iter().any(|t| t.answer.is_some())
}

/// The persons a restriction could protect from the source of a risk: when `tie` is a risk
/// tie against someone in the household, its source is the suggested "not for" on items
/// about the people at risk. A suggestion for the screen, never applied by itself.
pub fn suggested_not_for(map: &FamilyMap, about: &[PersonId]) -> Vec<PersonId> {
    let mut out: Vec<PersonId> = Vec::new();
    for tie in map.ties() {
        if tie.kind != TieKind::Risk {
            continue;
        }
        let mut pairs = vec![(tie.from, tie.to)];
        if tie.mutual {
            pairs.push((tie.to, tie.from));
        }
        for (source, target) in pairs {
            let at_risk = map.person(target).is_some_and(Person::in_centre);
            if at_risk && about.contains(&target) && !about.contains(&source) && !out.contains(&source) {
                out.push(source);
            }
        }
    }
    crate::model::order::sort_by(&mut out, Ord::cmp);
    out
}
