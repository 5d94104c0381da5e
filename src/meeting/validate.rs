//! What is missing or wrong in a meeting, so the screen can point at it. A meeting with
//! problems still makes a pack: problems are for the people filling it in, not a gate.

use super::consent::{consent_complete, participant_rule, ConsentRule};
use crate::model::{FamilyMap, PersonId, Sector, TieId, TieKind};
use crate::model::{Meeting, ParticipantId, Who};
use std::collections::HashSet;

/// Where in the meeting a problem is. Indices count from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Meeting,
    Participant(ParticipantId),
    Worry(usize),
    GoingWell(usize),
    BottomLine(usize),
    Agreement(usize),
    RedFlag(usize),
    Scale(usize),
    Monitoring,
    ChildVoice(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MeetingProblem {
    MeetingDateMissing,
    /// Not a real date written as YYYY-MM-DD.
    InvalidDate {
        place: Place,
        value: String,
    },
    ReviewDateMissing,
    ReviewBeforeMeeting,
    KeeperMissing,
    UnknownPerson {
        place: Place,
        person: PersonId,
    },
    UnknownParticipant {
        place: Place,
        participant: ParticipantId,
    },
    UnknownTie {
        place: Place,
        tie: TieId,
    },
    EmptyText {
        place: Place,
    },
    DuplicateParticipant(ParticipantId),
    /// The same person has two records on the invitation list.
    InvitedTwice(PersonId),
    /// An extra participant without a name (and no person on the map).
    ParticipantWithoutName(ParticipantId),
    /// Something was agreed, but not by the right people for the age (`consent` module).
    ConsentIncomplete {
        participant: ParticipantId,
        rule: ConsentRule,
    },
    ConsentDateMissing(ParticipantId),
    /// A worry is both shared and not shared by the same participant.
    SharedAndNotShared {
        worry: usize,
        participant: ParticipantId,
    },
    /// Bottom lines are set by the responsible professional.
    BottomLineNotByProfessional(usize),
    /// The "by" date is before the "from" date.
    AgreementDatesReversed(usize),
    /// The support tie to add or strengthen joins a person to themself, or `existing` is
    /// not a support tie between the same two persons.
    SuggestionInvalid(usize),
    ScoreOutOfRange {
        participant: ParticipantId,
        score: u8,
    },
    /// A child's voice from someone who is not a child on the map.
    NotAChild {
        place: Place,
        person: PersonId,
    },
}

/// Whether `text` is a real calendar date written as YYYY-MM-DD.
pub fn is_date(text: &str) -> bool {
    crate::model::is_iso_date(text)
}

/// The year of a YYYY-MM-DD date.
pub fn year_of(date: &str) -> Option<u16> {
    if is_date(date) {
        date.get(0..4).and_then(|y| y.parse().ok())
    } else {
        None
    }
}

impl Meeting {
    /// Every problem, in the order of the meeting's parts. Consent age rules are judged in
    /// the meeting's year (with no valid meeting date, only ages in years count).
    pub fn validate(&self, map: &FamilyMap) -> Vec<MeetingProblem> {
        let mut out = Vec::new();
        let year = year_of(&self.date).unwrap_or(0);
        let participants: HashSet<ParticipantId> = self.participants.iter().map(|p| p.id).collect();
        let check_person = |out: &mut Vec<MeetingProblem>, place: Place, person: PersonId| {
            if !map.contains_person(person) {
                out.push(MeetingProblem::UnknownPerson { place, person });
            }
        };
        let check_participant = |out: &mut Vec<MeetingProblem>, place: Place, participant: ParticipantId| {
            if !participants.contains(&participant) {
                out.push(MeetingProblem::UnknownParticipant { place, participant });
            }
        };
        let check_who = |out: &mut Vec<MeetingProblem>, place: Place, who: Who| match who {
            Who::Person(id) => check_person(out, place, id),
            Who::Participant(id) => check_participant(out, place, id),
        };
        let check_date = |out: &mut Vec<MeetingProblem>, place: Place, value: &str| {
            if !value.is_empty() && !is_date(value) {
                out.push(MeetingProblem::InvalidDate { place, value: value.to_owned() });
            }
        };
        let check_text = |out: &mut Vec<MeetingProblem>, place: Place, text: &str| {
            if text.trim().is_empty() {
                out.push(MeetingProblem::EmptyText { place });
            }
        };

        if self.date.trim().is_empty() {
            out.push(MeetingProblem::MeetingDateMissing);
        } else {
            check_date(&mut out, Place::Meeting, &self.date);
        }

        let mut ids = HashSet::new();
        let mut persons = HashSet::new();
        for p in &self.participants {
            let place = Place::Participant(p.id);
            if !ids.insert(p.id) {
                out.push(MeetingProblem::DuplicateParticipant(p.id));
            }
            match p.person {
                Some(person) => {
                    check_person(&mut out, place, person);
                    if !persons.insert(person) {
                        out.push(MeetingProblem::InvitedTwice(person));
                    }
                }
                None if p.name.trim().is_empty() => out.push(MeetingProblem::ParticipantWithoutName(p.id)),
                None => {}
            }
            let c = &p.consent;
            if c.may_appear_on_shared_map || c.may_receive_plan {
                if !consent_complete(map, p, year) {
                    let rule = participant_rule(map, p, year);
                    out.push(MeetingProblem::ConsentIncomplete { participant: p.id, rule });
                }
                if c.consent_date.trim().is_empty() {
                    out.push(MeetingProblem::ConsentDateMissing(p.id));
                }
            }
            check_date(&mut out, place, &c.consent_date);
        }

        for (i, worry) in self.worries.iter().enumerate() {
            let place = Place::Worry(i);
            check_text(&mut out, place, &worry.text);
            for id in worry.shared_by.iter().chain(&worry.not_shared_by) {
                check_participant(&mut out, place, *id);
            }
            for id in &worry.shared_by {
                if worry.not_shared_by.contains(id) {
                    out.push(MeetingProblem::SharedAndNotShared { worry: i, participant: *id });
                }
            }
        }

        for (i, text) in self.going_well.iter().enumerate() {
            check_text(&mut out, Place::GoingWell(i), &text.text);
        }

        for (i, line) in self.bottom_lines.iter().enumerate() {
            let place = Place::BottomLine(i);
            check_text(&mut out, place, &line.text);
            check_who(&mut out, place, line.set_by);
            if self.is_known(map, line.set_by) && !self.is_professional(map, line.set_by) {
                out.push(MeetingProblem::BottomLineNotByProfessional(i));
            }
        }

        for (i, a) in self.agreements.iter().enumerate() {
            let place = Place::Agreement(i);
            for who in a.owners() {
                check_who(&mut out, place, who);
            }
            if let Some(recorded_by) = a.outcome.as_ref().and_then(|o| o.recorded_by) {
                check_who(&mut out, place, recorded_by);
            }
            check_text(&mut out, place, &a.what);
            for person in &a.for_whom {
                check_person(&mut out, place, *person);
            }
            check_date(&mut out, place, &a.from);
            check_date(&mut out, place, &a.by);
            if is_date(&a.from) && is_date(&a.by) && a.by < a.from {
                out.push(MeetingProblem::AgreementDatesReversed(i));
            }
            for tie in &a.ties {
                if map.tie(*tie).is_none() {
                    out.push(MeetingProblem::UnknownTie { place, tie: *tie });
                }
            }
            if let Some(s) = &a.strengthens {
                check_person(&mut out, place, s.from);
                check_person(&mut out, place, s.to);
                let bad_existing = s.existing.is_some_and(|id| match map.tie(id) {
                    None => true,
                    Some(t) => {
                        let same_pair =
                            (t.from == s.from && t.to == s.to) || (t.mutual && t.from == s.to && t.to == s.from);
                        t.kind != TieKind::Support || !same_pair
                    }
                });
                if s.from == s.to || bad_existing {
                    out.push(MeetingProblem::SuggestionInvalid(i));
                }
            }
        }

        for (i, flag) in self.red_flags.iter().enumerate() {
            let place = Place::RedFlag(i);
            check_text(&mut out, place, &flag.sign);
            for step in &flag.steps {
                check_who(&mut out, place, step.who);
                if let Some(calls) = step.calls {
                    check_who(&mut out, place, calls);
                }
            }
        }

        for (i, s) in self.scales.iter().enumerate() {
            let place = Place::Scale(i);
            check_participant(&mut out, place, s.participant);
            if !s.in_range() {
                out.push(MeetingProblem::ScoreOutOfRange { participant: s.participant, score: s.score });
            }
            check_date(&mut out, place, &s.date);
        }

        let m = &self.monitoring;
        match m.keeper {
            None => out.push(MeetingProblem::KeeperMissing),
            Some(who) => check_who(&mut out, Place::Monitoring, who),
        }
        if m.review_date.trim().is_empty() {
            out.push(MeetingProblem::ReviewDateMissing);
        } else if !is_date(&m.review_date) {
            check_date(&mut out, Place::Monitoring, &m.review_date);
        } else if is_date(&self.date) && m.review_date < self.date {
            out.push(MeetingProblem::ReviewBeforeMeeting);
        }

        for (i, voice) in self.child_voice.iter().enumerate() {
            let place = Place::ChildVoice(i);
            check_text(&mut out, place, &voice.words);
            match map.person(voice.child) {
                None => out.push(MeetingProblem::UnknownPerson { place, person: voice.child }),
                Some(p) => {
                    let young = p.age.and_then(|a| super::consent::age_in_years(a, year)).is_some_and(|y| y < 18);
                    if !p.child && !young {
                        out.push(MeetingProblem::NotAChild { place, person: voice.child });
                    }
                }
            }
        }
        out
    }

    fn is_known(&self, map: &FamilyMap, who: Who) -> bool {
        match who {
            Who::Person(id) => map.contains_person(id),
            Who::Participant(id) => self.participant(id).is_some(),
        }
    }

    /// A person in the professionals' sector, or a participant in the role of professional.
    fn is_professional(&self, map: &FamilyMap, who: Who) -> bool {
        let person_is = |id: PersonId| map.person(id).is_some_and(|p| p.sector == Sector::Professionals);
        match who {
            Who::Person(id) => {
                person_is(id) || self.participants_for(id).any(|p| p.role == crate::model::MeetingRole::Professional)
            }
            Who::Participant(id) => self
                .participant(id)
                .is_some_and(|p| p.role == crate::model::MeetingRole::Professional || p.person.is_some_and(person_is)),
        }
    }
}
