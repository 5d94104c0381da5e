//! The meeting form in steps: which parts of a meeting belong together, in the order a
//! network meeting is prepared, and how far each step is filled. Typed values only; the
//! words are in `i18n::meeting_steps`.
//!
//! A step is "done" when every part it asks for is filled and nothing in it needs
//! checking. Parts that are welcome but never required (notes, how a child is told) are not
//! counted, so a plan without them can still be done.

use super::consent::age_in_years;
use super::pack::ADULT_FROM;
use super::validate::{year_of, MeetingProblem, Place};
use crate::model::{FamilyMap, Meeting, PersonKind};

/// The steps of the form, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// Date, place, chair, purpose.
    Basics,
    /// Who is invited, with their consent.
    Participants,
    /// Worries and what goes well.
    Situation,
    /// What can happen if nothing changes, what we want to see, and the bottom lines.
    Goals,
    /// Who does what, for whom, by when.
    Agreements,
    /// Red flags, the scales, and who keeps an eye on the plan.
    Safety,
    /// The children's own words and the notes.
    ChildVoice,
    /// What is missing, and deleting the meeting.
    Check,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Basics,
        Step::Participants,
        Step::Situation,
        Step::Goals,
        Step::Agreements,
        Step::Safety,
        Step::ChildVoice,
        Step::Check,
    ];

    /// Counted from 1, as the screen shows it.
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).map_or(0, |i| i + 1)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.number().checked_sub(2).and_then(|i| Step::ALL.get(i)).copied()
    }

    /// A short stable name, for element ids.
    pub fn key(self) -> &'static str {
        match self {
            Step::Basics => "basics",
            Step::Participants => "participants",
            Step::Situation => "situation",
            Step::Goals => "goals",
            Step::Agreements => "agreements",
            Step::Safety => "safety",
            Step::ChildVoice => "voice",
            Step::Check => "check",
        }
    }
}

/// How far one step is: how many of its parts are filled, and how many problems in it
/// still need a look. The check step has no parts: it counts every problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepSummary {
    pub filled: usize,
    pub parts: usize,
    pub to_check: usize,
}

/// What a step's summary says at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Nothing filled and nothing to check.
    NotStarted,
    /// Some parts filled, or something to check.
    Started,
    /// Every part filled and nothing to check.
    Done,
    /// A step that asks for nothing here (no child on the map) and has nothing to check.
    Optional,
}

impl StepSummary {
    pub fn progress(&self) -> Progress {
        if self.to_check == 0 && self.parts == 0 {
            Progress::Optional
        } else if self.to_check == 0 && self.filled == self.parts {
            Progress::Done
        } else if self.filled == 0 && self.to_check == 0 {
            Progress::NotStarted
        } else {
            Progress::Started
        }
    }
}

/// The step that holds the part of the meeting a problem is about.
pub fn step_of_place(place: Place) -> Step {
    match place {
        Place::Meeting => Step::Basics,
        Place::Participant(_) => Step::Participants,
        Place::Worry(_) | Place::GoingWell(_) => Step::Situation,
        Place::BottomLine(_) => Step::Goals,
        Place::Agreement(_) => Step::Agreements,
        Place::RedFlag(_) | Place::Scale(_) | Place::Monitoring => Step::Safety,
        Place::ChildVoice(_) => Step::ChildVoice,
    }
}

/// The step where a problem can be put right.
pub fn step_of(problem: &MeetingProblem) -> Step {
    use MeetingProblem as P;
    match problem {
        P::MeetingDateMissing => Step::Basics,
        P::InvalidDate { place, .. }
        | P::UnknownPerson { place, .. }
        | P::UnknownParticipant { place, .. }
        | P::UnknownTie { place, .. }
        | P::EmptyText { place }
        | P::NotAChild { place, .. } => step_of_place(*place),
        P::DuplicateParticipant(_)
        | P::InvitedTwice(_)
        | P::ParticipantWithoutName(_)
        | P::ConsentIncomplete { .. }
        | P::ConsentDateMissing(_) => Step::Participants,
        P::SharedAndNotShared { .. } => Step::Situation,
        P::BottomLineNotByProfessional(_) => Step::Goals,
        P::AgreementDatesReversed(_) | P::SuggestionInvalid(_) => Step::Agreements,
        P::ReviewDateMissing | P::ReviewBeforeMeeting | P::KeeperMissing | P::ScoreOutOfRange { .. } => Step::Safety,
    }
}

/// Whether the map has a living child or young person, in the meeting's year (without a
/// valid meeting date only ages in years count): only then does the form ask for a child's
/// own words.
fn has_child(meeting: &Meeting, map: &FamilyMap) -> bool {
    let year = year_of(&meeting.date).unwrap_or(0);
    map.persons().iter().any(|p| {
        p.kind == PersonKind::Person
            && !p.deceased
            && (p.child || p.age.and_then(|a| age_in_years(a, year)).is_some_and(|y| y < ADULT_FROM))
    })
}

fn filled(text: &str) -> bool {
    !text.trim().is_empty()
}

/// Whether each part a step asks for is filled. A list counts once it has one item with words.
fn parts(step: Step, meeting: &Meeting, map: &FamilyMap) -> Vec<bool> {
    let m = meeting;
    match step {
        Step::Basics => vec![filled(&m.date), filled(&m.place), filled(&m.chair), filled(&m.purpose)],
        Step::Participants => vec![!m.participants.is_empty()],
        Step::Situation => {
            vec![m.worries.iter().any(|w| filled(&w.text)), m.going_well.iter().any(|g| filled(&g.text))]
        }
        Step::Goals => vec![
            m.danger_statements.iter().any(|s| filled(&s.text)),
            m.safety_goals.iter().any(|s| filled(&s.text)),
            m.bottom_lines.iter().any(|b| filled(&b.text)),
        ],
        Step::Agreements => vec![m.agreements.iter().any(|a| filled(&a.what))],
        Step::Safety => vec![
            m.red_flags.iter().any(|r| filled(&r.sign)),
            !m.scales.is_empty(),
            m.monitoring.keeper.is_some(),
            filled(&m.monitoring.review_date),
            filled(&m.monitoring.if_not_kept),
        ],
        Step::ChildVoice if has_child(m, map) => vec![m.child_voice.iter().any(|v| filled(&v.words))],
        Step::ChildVoice | Step::Check => Vec::new(),
    }
}

/// How far one step is. `problems` is `meeting.validate(map)`, passed in so the screen
/// validates once for all steps.
pub fn summary(step: Step, meeting: &Meeting, map: &FamilyMap, problems: &[MeetingProblem]) -> StepSummary {
    let parts = parts(step, meeting, map);
    let to_check = match step {
        Step::Check => problems.len(),
        _ => problems.iter().filter(|p| step_of(p) == step).count(),
    };
    StepSummary { filled: parts.iter().filter(|f| **f).count(), parts: parts.len(), to_check }
}

/// Every step with its summary, in order.
pub fn summaries(meeting: &Meeting, map: &FamilyMap) -> Vec<(Step, StepSummary)> {
    let problems = meeting.validate(map);
    Step::ALL.iter().map(|s| (*s, summary(*s, meeting, map, &problems))).collect()
}
