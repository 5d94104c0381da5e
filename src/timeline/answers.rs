//! How a child's answers (child mode) are kept in the child's perspective (`Perspective`,
//! holder = the child), so they sit beside the grown-ups' views of the same map. Pure logic,
//! tested natively; the child-mode screens only call it.
//!
//! - closer or further: the perspective's `closeness`;
//! - "makes me feel safe" and "comes by and helps keep me safe": a support tie from that
//!   person to the child with comfort (`SupportType::Emotional`);
//! - "helps me": a support tie to the child with practical help;
//! - "I want to see them more": a contact tie from the child;
//! - "I don't want them near": a risk tie to the child. The child never sees that word; it
//!   is the child's wish, never phrased as an accusation, and never shown to that person;
//! - how safe the child feels (0–10): the perspective's `safety`.
//!
//! Every answer's tie carries a typed mark (`Tie::answer`, a `ChildAnswer`), never words
//! in a note, and is for professionals only until the child (with the professional)
//! chooses to share it (`share`: with everyone in the plan, or everyone but some people). Every answer is the whole perspective set again with
//! `Edit::SetPerspective`, one undo step per answer.

use crate::model::{
    ChildAnswer, Edit, FamilyMap, Person, PersonId, Perspective, Readers, Ring, SupportType, Tie, TieId, TieKind,
};
use std::collections::BTreeSet;

/// The questions answered by tapping people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Safe,
    Helps,
    SeeMore,
}

/// Where a person is in the safe house.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    House,
    Helps,
    NotNear,
    NotChosen,
}

impl Zone {
    pub const ALL: [Zone; 4] = [Zone::House, Zone::Helps, Zone::NotNear, Zone::NotChosen];

    /// The value of `data-drop` on the zone, for dragging.
    pub fn key(self) -> &'static str {
        match self {
            Zone::House => "house",
            Zone::Helps => "helps",
            Zone::NotNear => "not-near",
            Zone::NotChosen => "not-chosen",
        }
    }

    pub fn from_key(key: &str) -> Option<Zone> {
        Zone::ALL.into_iter().find(|z| z.key() == key)
    }

    /// Who can be put here: the house is for the people who live with the child (a fact
    /// of the shared map that a view cannot change); the garden for everyone else.
    pub fn fits(self, person: &Person) -> bool {
        match self {
            Zone::House => person.in_centre(),
            Zone::Helps | Zone::NotChosen => !person.in_centre(),
            Zone::NotNear => true,
        }
    }
}

/// The child's own perspective on this map, if there is one yet.
pub fn find(map: &FamilyMap, child: PersonId) -> Option<&Perspective> {
    map.perspectives().iter().find(|p| p.holder == Some(child))
}

/// The edit that changes the child's perspective, starting one when there is none: the
/// map as it is, but without the ties that touch the child, so the child's own answers
/// are not filled in beforehand by what the grown-ups said.
/// `name` names a new perspective ("Zoals Noah het ziet", from the words layer).
pub fn change(
    map: &FamilyMap,
    child: PersonId,
    name: impl FnOnce(&str) -> String,
    apply: impl FnOnce(&mut Perspective, &Ctx),
) -> Option<Edit> {
    let child_person = map.person(child)?;
    let mut perspective = match find(map, child) {
        Some(existing) => existing.clone(),
        None => {
            let id = map.next_perspective_id();
            let mut fresh = Perspective::from_map(id, name(&child_person.name), Some(child), map);
            fresh.ties.retain(|t| !t.touches(child));
            fresh
        }
    };
    let ctx = Ctx { child, child_name: child_person.name.clone(), first_free_tie: map.next_tie_id() };
    apply(&mut perspective, &ctx);
    perspective.check(map).ok()?;
    Some(Edit::SetPerspective { id: perspective.id, perspective: Some(perspective) })
}

/// What a change needs to know besides the perspective.
pub struct Ctx {
    pub child: PersonId,
    child_name: String,
    first_free_tie: TieId,
}

impl Ctx {
    /// A tie id used neither on the map nor in the perspective.
    fn tie_id(&self, perspective: &Perspective) -> TieId {
        let after_own = perspective.ties.iter().map(|t| t.id.0.saturating_add(1)).max().unwrap_or(1);
        TieId(after_own.max(self.first_free_tie.0))
    }

    /// A new answer: said by the child, marked as an answer, for professionals only.
    fn tie(&self, perspective: &Perspective, from: PersonId, to: PersonId, kind: TieKind, answer: ChildAnswer) -> Tie {
        let mut tie = Tie::new(self.tie_id(perspective), from, to, kind);
        tie.according_to = self.child_name.clone();
        tie.answer = Some(answer);
        tie.readers = Readers::professionals_only("");
        tie
    }
}

/// How close the child places someone: the child's own choice, else where the map has
/// them (people who live with the child start very close).
pub fn ring_of(perspective: Option<&Perspective>, person: &Person) -> Ring {
    perspective.and_then(|p| p.closeness.get(&person.id).copied()).unwrap_or(if person.in_centre() {
        Ring::CLOSEST
    } else {
        person.ring
    })
}

pub fn set_ring(perspective: &mut Perspective, person: PersonId, ring: Ring) {
    perspective.closeness.insert(person, ring);
}

fn support_to_child(perspective: &Perspective, child: PersonId, person: PersonId) -> Option<usize> {
    perspective.ties.iter().position(|t| t.kind == TieKind::Support && t.from == person && t.to == child)
}

fn see_more(perspective: &Perspective, child: PersonId, person: PersonId) -> Option<usize> {
    perspective.ties.iter().position(|t| t.answer == Some(ChildAnswer::SeeMore) && t.from == child && t.to == person)
}

fn not_near(perspective: &Perspective, child: PersonId, person: PersonId) -> Option<usize> {
    perspective.ties.iter().position(|t| t.answer == Some(ChildAnswer::NotNear) && t.from == person && t.to == child)
}

fn support_type(answer: Answer) -> Option<SupportType> {
    match answer {
        Answer::Safe => Some(SupportType::Emotional),
        Answer::Helps => Some(SupportType::Practical),
        Answer::SeeMore => None,
    }
}

pub fn has(perspective: Option<&Perspective>, child: PersonId, person: PersonId, answer: Answer) -> bool {
    let Some(p) = perspective else { return false };
    match support_type(answer) {
        Some(kind) => support_to_child(p, child, person).is_some_and(|i| p.ties[i].support.contains(&kind)),
        None => see_more(p, child, person).is_some(),
    }
}

/// Says yes or no to a question about one person.
pub fn set(perspective: &mut Perspective, ctx: &Ctx, person: PersonId, answer: Answer, yes: bool) {
    let child = ctx.child;
    match support_type(answer) {
        Some(kind) => match (support_to_child(perspective, child, person), yes) {
            (Some(i), true) => {
                perspective.ties[i].support.insert(kind);
            }
            (Some(i), false) => {
                perspective.ties[i].support.remove(&kind);
                if perspective.ties[i].support.is_empty() {
                    perspective.ties.remove(i);
                }
            }
            (None, true) => {
                let mut tie = ctx.tie(perspective, person, child, TieKind::Support, ChildAnswer::Support);
                tie.support.insert(kind);
                perspective.ties.push(tie);
            }
            (None, false) => {}
        },
        None => match (see_more(perspective, child, person), yes) {
            (Some(i), false) => {
                perspective.ties.remove(i);
            }
            (None, true) => {
                let tie = ctx.tie(perspective, child, person, TieKind::Contact, ChildAnswer::SeeMore);
                perspective.ties.push(tie);
            }
            _ => {}
        },
    }
}

pub fn zone_of(perspective: Option<&Perspective>, child: PersonId, person: &Person) -> Zone {
    if perspective.is_some_and(|p| not_near(p, child, person.id).is_some()) {
        Zone::NotNear
    } else if person.in_centre() {
        Zone::House
    } else if has(perspective, child, person.id, Answer::Safe) {
        Zone::Helps
    } else {
        Zone::NotChosen
    }
}

/// Puts a person in a zone of the safe house. A zone that does not fit the person (the
/// house for someone who does not live there) changes nothing.
pub fn set_zone(perspective: &mut Perspective, ctx: &Ctx, person: &Person, zone: Zone) {
    if !zone.fits(person) {
        return;
    }
    let child = ctx.child;
    if zone != Zone::NotNear {
        if let Some(i) = not_near(perspective, child, person.id) {
            perspective.ties.remove(i);
        }
    }
    match zone {
        Zone::House => {}
        Zone::Helps => set(perspective, ctx, person.id, Answer::Safe, true),
        Zone::NotChosen => set(perspective, ctx, person.id, Answer::Safe, false),
        Zone::NotNear => {
            set(perspective, ctx, person.id, Answer::Safe, false);
            if not_near(perspective, child, person.id).is_none() {
                let tie = ctx.tie(perspective, person.id, child, TieKind::Risk, ChildAnswer::NotNear);
                perspective.ties.push(tie);
            }
        }
    }
}

/// Where the child stands on the path to the safe house, 0 to 10.
pub fn set_safety(perspective: &mut Perspective, _ctx: &Ctx, value: u8) {
    perspective.safety = Some(value.min(10));
}

/// Who the child lets know one answer, in the child's terms: only the helpers (the
/// professionals; the default), everyone in the plan, or everyone but some people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sharing {
    Helpers,
    Everyone,
    EveryoneBut(BTreeSet<PersonId>),
}

/// The other person an answer is about (the child is the other end of the tie).
pub fn about(tie: &Tie, child: PersonId) -> PersonId {
    if tie.from == child {
        tie.to
    } else {
        tie.from
    }
}

/// The child's answers in this perspective, in a steady order (the kind of answer, then
/// the person): what the child chooses to share or not.
pub fn given(perspective: Option<&Perspective>, child: PersonId) -> Vec<&Tie> {
    let Some(perspective) = perspective else { return Vec::new() };
    let rank = |answer: Option<ChildAnswer>| match answer {
        Some(ChildAnswer::Support) => 0u8,
        Some(ChildAnswer::SeeMore) => 1,
        Some(ChildAnswer::NotNear) => 2,
        None => 3,
    };
    let mut out: Vec<&Tie> = perspective.ties.iter().filter(|t| t.answer.is_some() && t.touches(child)).collect();
    crate::model::order::sort_by_key(&mut out, |t| (rank(t.answer), about(t, child), t.id));
    out
}

/// How an answer is shared now, read from its readership. The person a "not near" answer
/// is about is never among those the child chooses from: they never read it (see
/// `meeting::readers`), so they are not listed as left out either.
pub fn sharing(tie: &Tie) -> Sharing {
    match &tie.readers {
        Readers::ProfessionalsOnly { .. } => Sharing::Helpers,
        Readers::Everyone => Sharing::Everyone,
        Readers::NotFor { persons, .. } => {
            let mut persons = persons.clone();
            if tie.answer == Some(ChildAnswer::NotNear) {
                persons.remove(&tie.from);
            }
            if persons.is_empty() {
                Sharing::Everyone
            } else {
                Sharing::EveryoneBut(persons)
            }
        }
    }
}

/// The child chooses who may know one answer. The answer stays the child's: its mark and
/// who said it do not change, and "I don't want them near" stays kept from that person
/// whatever is chosen (written into the readership too, so no reader of the file has to
/// know the rule). The child gives no reason; the mark says it is the child's own choice.
pub fn share(perspective: &mut Perspective, ctx: &Ctx, tie: TieId, sharing: Sharing) {
    let Some(tie) = perspective.ties.iter_mut().find(|t| t.id == tie && t.answer.is_some() && t.touches(ctx.child))
    else {
        return;
    };
    let mut kept_from: BTreeSet<PersonId> = match sharing {
        Sharing::Helpers => {
            tie.readers = Readers::professionals_only("");
            return;
        }
        Sharing::Everyone => BTreeSet::new(),
        Sharing::EveryoneBut(persons) => persons,
    };
    kept_from.remove(&ctx.child);
    if tie.answer == Some(ChildAnswer::NotNear) {
        kept_from.insert(tie.from);
    }
    tie.readers = if kept_from.is_empty() { Readers::Everyone } else { Readers::not_for(kept_from, "") };
}
