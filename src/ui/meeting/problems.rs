//! What is missing or wrong in the meeting, in plain sentences that say where. Problems do
//! not block anything: a half-filled plan can still be printed and talked about.
//!
//! The list is also the way into the form: each item is a button that opens the step that
//! holds it and puts the cursor in the field to fill.

use crate::i18n::meeting::{problem, text, Text};
use crate::i18n::meeting_steps::{missing_count, text as steps_text, Text as StepsText};
use crate::i18n::Lang;
use crate::meeting::{step_of, Meeting, MeetingProblem, Place, Step};
use crate::model::FamilyMap;
use yew::prelude::*;

/// Where to go for one problem: the step, and the field to focus when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub step: Step,
    pub field: Option<String>,
}

/// The list in full, under its own heading: the check step.
pub fn view(
    lang: Lang,
    meeting: &Meeting,
    map: &FamilyMap,
    problems: &[MeetingProblem],
    on_go: &Callback<Target>,
) -> Html {
    html! {
        <section class="panel meeting-section problems" aria-labelledby="mt-problems-title">
            <h3 id="mt-problems-title">{ text(lang, Text::ProblemsTitle) }</h3>
            if problems.is_empty() {
                <p class="all-good">{ text(lang, Text::NoProblems) }</p>
            } else {
                <p class="hint">{ steps_text(lang, StepsText::MissingHelp) }</p>
                { list(lang, meeting, map, problems, on_go) }
            }
        </section>
    }
}

/// Folded away above the other steps, so each step stays short but the way in is always
/// one click away. The browser keeps it open or closed across re-renders.
pub fn folded(
    lang: Lang,
    meeting: &Meeting,
    map: &FamilyMap,
    problems: &[MeetingProblem],
    on_go: &Callback<Target>,
) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <details class="missing-top">
            <summary>{ steps_text(lang, StepsText::MissingSummary) }{ " (" }{ missing_count(lang, problems.len()) }{ ")" }</summary>
            { list(lang, meeting, map, problems, on_go) }
        </details>
    }
}

fn list(lang: Lang, meeting: &Meeting, map: &FamilyMap, problems: &[MeetingProblem], on_go: &Callback<Target>) -> Html {
    html! {
        <ul class="problem-list">
            { for problems.iter().map(|p| {
                let target = Target { step: step_of(p), field: field_of(p, meeting) };
                let on_go = on_go.clone();
                let onclick = Callback::from(move |_: MouseEvent| on_go.emit(target.clone()));
                html! { <li><button type="button" class="link" {onclick}>{ problem(lang, p, meeting, map) }</button></li> }
            }) }
        </ul>
    }
}

/// The id of the field where a problem is put right, as the form's sections name them.
fn field_of(problem: &MeetingProblem, meeting: &Meeting) -> Option<String> {
    use MeetingProblem as P;
    let participant_of = |person| meeting.participants.iter().find(|p| p.person == Some(person)).map(|p| p.id.0);
    match problem {
        P::MeetingDateMissing => Some("mt-date".to_owned()),
        P::ReviewDateMissing | P::ReviewBeforeMeeting => Some("mt-review".to_owned()),
        P::KeeperMissing => Some("mt-keeper".to_owned()),
        P::InvalidDate { place: Place::Participant(p), .. } | P::ConsentDateMissing(p) => {
            Some(format!("mt-p{}-consent-date", p.0))
        }
        P::InvalidDate { place: Place::Agreement(i), value } => {
            let from = meeting.agreements.get(*i).is_some_and(|a| a.from == *value);
            Some(format!("mt-a{i}-{}", if from { "from" } else { "by" }))
        }
        P::InvalidDate { place: Place::Monitoring, .. } => Some("mt-review".to_owned()),
        P::InvalidDate { place, .. }
        | P::UnknownPerson { place, .. }
        | P::UnknownParticipant { place, .. }
        | P::UnknownTie { place, .. }
        | P::EmptyText { place }
        | P::NotAChild { place, .. } => field_of_place(*place, meeting),
        P::ParticipantWithoutName(p) => Some(format!("mt-p{}-name", p.0)),
        P::ConsentIncomplete { participant, .. } => Some(format!("mt-p{}-given", participant.0)),
        P::DuplicateParticipant(p) => Some(format!("mt-p{}-role", p.0)),
        P::InvitedTwice(person) => participant_of(*person).map(|id| format!("mt-p{id}-role")),
        P::SharedAndNotShared { worry, .. } => Some(format!("mt-w{worry}-text")),
        P::BottomLineNotByProfessional(i) => Some(format!("mt-b{i}-set-by")),
        P::AgreementDatesReversed(i) => Some(format!("mt-a{i}-by")),
        P::SuggestionInvalid(i) => Some(format!("mt-a{i}-what")),
        P::ScoreOutOfRange { participant, .. } => Some(format!("mt-scale-{}", participant.0)),
    }
}

fn field_of_place(place: Place, meeting: &Meeting) -> Option<String> {
    match place {
        Place::Meeting => Some("mt-date".to_owned()),
        Place::Participant(p) => Some(format!("mt-p{}-role", p.0)),
        Place::Worry(i) => Some(format!("mt-w{i}-text")),
        Place::GoingWell(i) => Some(format!("mt-g{i}")),
        Place::BottomLine(i) => Some(format!("mt-b{i}-text")),
        Place::Agreement(i) => Some(format!("mt-a{i}-what")),
        Place::RedFlag(i) => Some(format!("mt-r{i}-sign")),
        Place::Scale(i) => meeting.scales.get(i).map(|s| format!("mt-scale-{}", s.participant.0)),
        Place::Monitoring => Some("mt-keeper".to_owned()),
        Place::ChildVoice(i) => Some(format!("mt-v{i}-words")),
    }
}
