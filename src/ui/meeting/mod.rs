//! The Meeting screen: the meetings of this map, the form for one meeting, and a
//! print preview per audience that shows exactly what will be printed.
//!
//! Nothing here decides who may see what: the previews show `meeting::pack`'s `PackView`.
//! Every change is an `Edit::SetMeeting` (see `edit`), so undo and autosave come for free.

mod agreements;
mod basics;
mod copy_button;
mod edit;
mod fields;
mod list;
mod map_page;
mod participants;
mod plan;
mod preview;
mod problems;
mod safe_house;
mod safety;
mod steps;
mod trend;

use crate::i18n::meeting::{pack_text, print_for, text, PackText, Text};
use crate::i18n::Lang;
use crate::meeting::{pack, Audience, Meeting, MeetingId, Step};
use crate::model::{FamilyMap, Person, PersonId, PersonKind};
use crate::ui::clock::today;
use crate::ui::dom;
use crate::ui::state::{use_actions, use_app, Action, AppState};
use edit::{rule_year, MeetingEdit};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MeetingScreenProps {
    /// Back to the map editor.
    pub on_back: Callback<()>,
}

/// Filling in the meeting, or looking at one version of the pack.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Fill,
    Preview(Audience),
}

#[component]
pub fn MeetingScreen(props: &MeetingScreenProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let chosen = use_state(|| None::<MeetingId>);
    let mode = use_state(|| Mode::Fill);
    // Which "add" button last refused to add an item while one was still empty.
    let refused = use_state(|| None::<String>);
    // The open step of the form, and for which meeting: another meeting opens at the first
    // step, while looking at a version and coming back keeps the step.
    let step = use_state(|| (None::<MeetingId>, Step::Basics));
    let Some(map) = state.map() else { return html! {} };
    let meetings: Vec<Meeting> = map.meetings().to_vec();
    let next = map.next_meeting_id();
    let children: Vec<(PersonId, String)> =
        map.persons().into_iter().filter(|p| is_young(p)).map(|p| (p.id, p.name.clone())).collect();
    // "Print for": each invited person on the map gets their own version.
    let chosen_meeting = chosen
        .and_then(|id| meetings.iter().find(|m| m.id == id))
        .or_else(|| meetings.iter().max_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id))));
    let invited: Vec<(PersonId, String)> = chosen_meeting
        .map(|m| {
            let mut seen = Vec::new();
            for p in m.participants.iter().filter_map(|p| p.person) {
                if let Some(person) = map.person(p) {
                    if !seen.iter().any(|(id, _)| *id == p) {
                        seen.push((p, person.name.clone()));
                    }
                }
            }
            seen
        })
        .unwrap_or_default();

    // The meeting chosen in the list, or else the latest one.
    let current = chosen
        .and_then(|id| meetings.iter().find(|m| m.id == id))
        .or_else(|| meetings.iter().max_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id))))
        .cloned();
    // A child version for a child who has left the map falls back to the form.
    let shown_mode = match *mode {
        Mode::Preview(Audience::Child(id)) if !children.iter().any(|(c, _)| *c == id) => Mode::Fill,
        Mode::Preview(Audience::Person(id)) if !invited.iter().any(|(c, _)| *c == id) => Mode::Fill,
        other => other,
    };

    let on_back = {
        let on_back = props.on_back.clone();
        Callback::from(move |_: MouseEvent| on_back.emit(()))
    };
    let on_new = {
        let on_action = on_action.clone();
        let chosen = chosen.clone();
        let mode = mode.clone();
        let step = step.clone();
        Callback::from(move |_: MouseEvent| {
            let mut meeting = Meeting::new(next, today());
            meeting.calendar_key = crate::ui::clock::calendar_key();
            on_action.emit(Action::Apply(crate::model::Edit::SetMeeting { id: next, meeting: Some(meeting) }));
            chosen.set(Some(next));
            step.set((Some(next), Step::Basics));
            mode.set(Mode::Fill);
            dom::focus_id("mt-date");
        })
    };
    let on_review = {
        let on_action = on_action.clone();
        let chosen = chosen.clone();
        let mode = mode.clone();
        let step = step.clone();
        let from = chosen
            .and_then(|id| meetings.iter().find(|m| m.id == id))
            .or_else(|| meetings.iter().max_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id))))
            .cloned();
        Callback::from(move |_: MouseEvent| {
            let Some(from) = &from else { return };
            let mut meeting = crate::meeting::start_review(from, next, today());
            if meeting.calendar_key.is_empty() {
                meeting.calendar_key = crate::ui::clock::calendar_key();
            }
            on_action.emit(Action::Apply(crate::model::Edit::SetMeeting { id: next, meeting: Some(meeting) }));
            chosen.set(Some(next));
            step.set((Some(next), Step::Basics));
            mode.set(Mode::Fill);
            dom::focus_id("mt-date");
        })
    };
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |id: MeetingId| chosen.set(Some(id)))
    };

    html! {
        <main class="meeting-screen" aria-labelledby="meeting-screen-title">
            <div class="meeting-bar no-print">
                <button type="button" onclick={on_back}>{ text(lang, Text::BackToMap) }</button>
                <h2 id="meeting-screen-title">{ text(lang, Text::ScreenTitle) }</h2>
            </div>
            <list::MeetingList lang={lang} meetings={meetings.clone()} current={current.as_ref().map(|m| m.id)}
                on_choose={on_choose} on_new={on_new} on_review={on_review} />
            if let Some(meeting) = current {
                { review_banner(lang, &meetings, &meeting) }
                { calendar_button(lang, &state, &meeting) }
                { modes(lang, &mode, shown_mode, &children, &invited) }
                { match shown_mode {
                    Mode::Fill => html! {
                        <MeetingForm key={format!("form-{}", meeting.id.0)}
                            edit={MeetingEdit { state: state.clone(), on_action: on_action.clone(), id: meeting.id, refused: refused.clone() }}
                            step={if step.0 == Some(meeting.id) { step.1 } else { Step::Basics }}
                            on_step={{
                                let step = step.clone();
                                let id = meeting.id;
                                Callback::from(move |s: Step| step.set((Some(id), s)))
                            }}
                            on_deleted={{
                                let chosen = chosen.clone();
                                Callback::from(move |_| chosen.set(None))
                            }} />
                    },
                    Mode::Preview(audience) => preview_of(lang, &state, &meeting, audience),
                } }
            }
        </main>
    }
}

/// The review date, shown prominently: the plan is made to be looked at again. A date that
/// has passed (the review, an agreement's "by" without an outcome) says so.
fn review_banner(lang: Lang, meetings: &[Meeting], meeting: &Meeting) -> Html {
    use crate::i18n::review::{date_text, overdue_text};
    use crate::meeting::Overdue;
    let review = meeting.monitoring.review_date.trim();
    let due = crate::meeting::overdue(meetings, meeting, &today());
    let passed = due.iter().any(|d| matches!(d, Overdue::Review(_)));
    html! {
        <div class="no-print">
            <p class={classes!("review-banner", passed.then_some("passed"))}>
                if review.is_empty() {
                    { text(lang, Text::NoReviewDate) }
                } else {
                    { pack_text(lang, PackText::ReviewDate) }{ ": " }<strong>{ date_text(lang, review) }</strong>
                    if passed { { " " }{ text(lang, Text::ReviewPassed) } }
                }
            </p>
            { for due.iter().filter(|d| matches!(d, Overdue::Agreement { .. })).map(|d| {
                let what = match d {
                    Overdue::Agreement { index, .. } => meeting.agreements.get(*index).map(|a| a.what.clone()).unwrap_or_default(),
                    Overdue::Review(_) => String::new(),
                };
                html! { <p class="review-banner passed overdue-agreement" role="status">{ overdue_text(lang, d, &what) }</p> }
            }) }
        </div>
    }
}

/// "Add to a calendar (.ics)": the review date and the agreements with a date, with only
/// what is for everyone, so the file can be passed on.
fn calendar_button(lang: Lang, state: &UseReducerHandle<AppState>, meeting: &Meeting) -> Html {
    use crate::i18n::review::{text as rt, Text as RT};
    let onclick = {
        let state = state.clone();
        let meeting = meeting.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(map) = state.map() else { return };
            let now = js_sys::Date::new_0();
            let part = |v: u32| u8::try_from(v).unwrap_or(0);
            let stamp = crate::io::ics::Stamp {
                year: u16::try_from(now.get_utc_full_year()).unwrap_or(2026),
                month: part(now.get_utc_month() + 1),
                day: part(now.get_utc_date()),
                hour: part(now.get_utc_hours()),
                minute: part(now.get_utc_minutes()),
                second: part(now.get_utc_seconds()),
            };
            let Ok(text) =
                crate::present::calendar::calendar(&map, &meeting, crate::model::Reader::Network, lang, stamp)
            else {
                return;
            };
            let name = format!("kring-{}.ics", meeting.date);
            if let Ok(blob) = crate::ui::files::browser::text_blob(&text, "text/calendar") {
                // A refused download (a kiosk) leaves nothing half done.
                let _ = crate::ui::files::browser::download(&blob, &name);
            }
        })
    };
    html! {
        <p class="calendar-file no-print">
            <button id="mt-ics" type="button" {onclick} aria-describedby="mt-ics-help">{ rt(lang, RT::CalendarFile) }</button>
            { " " }<span id="mt-ics-help" class="hint">{ rt(lang, RT::CalendarHelp) }</span>
        </p>
    }
}

/// Fill in, or one of the versions: family and professionals, network, each child.
fn modes(
    lang: Lang,
    mode: &UseStateHandle<Mode>,
    shown: Mode,
    children: &[(PersonId, String)],
    invited: &[(PersonId, String)],
) -> Html {
    let button = |target: Mode, text: String| {
        let mode = mode.clone();
        html! {
            <button type="button" aria-pressed={(shown == target).to_string()}
                onclick={Callback::from(move |_: MouseEvent| mode.set(target))}>{ text }</button>
        }
    };
    html! {
        <nav class="meeting-modes no-print" aria-label={text(lang, Text::Versions)}>
            { button(Mode::Fill, text(lang, Text::FillIn).to_owned()) }
            { button(Mode::Preview(Audience::Professionals), print_for(lang, Audience::Professionals, "")) }
            { button(Mode::Preview(Audience::Network), print_for(lang, Audience::Network, "")) }
            { for invited.iter().map(|(id, name)| button(Mode::Preview(Audience::Person(*id)),
                print_for(lang, Audience::Person(*id), name))) }
            { for children.iter().map(|(id, name)| button(Mode::Preview(Audience::Child(*id)),
                format!("{}: {name}", text(lang, Text::ForTheChild)))) }
            if children.is_empty() { <span class="hint">{ text(lang, Text::NoChildOnMap) }</span> }
        </nav>
    }
}

fn preview_of(lang: Lang, state: &UseReducerHandle<AppState>, meeting: &Meeting, audience: Audience) -> Html {
    preview_in(lang, state, meeting, audience, false)
}

fn preview_in(
    lang: Lang,
    state: &UseReducerHandle<AppState>,
    meeting: &Meeting,
    audience: Audience,
    lens: bool,
) -> Html {
    let Some(map) = state.map() else { return html! {} };
    let view = pack(&map, meeting, audience, rule_year(meeting));
    let name = match audience {
        Audience::Person(id) | Audience::Child(id) => map.person(id).map(|p| p.name.clone()).unwrap_or_default(),
        Audience::Professionals | Audience::Network => String::new(),
    };
    html! {
        <preview::PackPreview key={format!("{audience:?}")} lang={lang} view={std::rc::Rc::new(view)} reader_name={name} {lens} />
    }
}

#[derive(Properties, PartialEq)]
pub struct ReaderPlanProps {
    pub reader: crate::model::Reader,
}

/// The plan of the latest meeting as one reader's printout has it: what the "Show as" lens
/// shows beside the map. The same `PackView` as that reader's print preview, nothing more.
#[component]
pub fn ReaderPlan(props: &ReaderPlanProps) -> Html {
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let Some(map) = state.map() else { return html! {} };
    use crate::i18n::readers::{text as rt, Text as RT};
    let body = match crate::present::latest_meeting(&map) {
        Some(meeting) => preview_in(lang, &state, meeting, crate::present::audience_of(props.reader), true),
        None => html! { <p class="hint">{ rt(lang, RT::NoPlanYet) }</p> },
    };
    html! {
        <section class="lens-plan" aria-labelledby="lens-plan-title">
            <h2 id="lens-plan-title">{ rt(lang, RT::PlanTab) }</h2>
            { body }
        </section>
    }
}

/// A child or young person: marked as a child, or a person under 18.
pub(super) fn is_young(person: &Person) -> bool {
    let year = crate::ui::clock::this_year();
    person.kind == PersonKind::Person
        && !person.deceased
        && (person.child
            || person
                .age
                .and_then(|a| crate::meeting::age_in_years(a, year))
                .is_some_and(|y| y < crate::meeting::ADULT_FROM))
}

#[derive(Properties, PartialEq)]
struct MeetingFormProps {
    edit: MeetingEdit,
    /// The open step.
    step: Step,
    on_step: Callback<Step>,
    on_deleted: Callback<()>,
}

/// The form for one meeting, one step at a time: the list of steps with what is done in
/// each, what is missing (folded away, and in full in the last step), and the open step.
#[component]
fn MeetingForm(props: &MeetingFormProps) -> Html {
    let edit = &props.edit;
    let lang = edit.state.lang;
    let Some(meeting) = edit.current() else { return html! {} };
    // Borrowed only while drawing; no callback holds it.
    let Some(map_ref) = edit.state.map() else { return html! {} };
    let map: &FamilyMap = &map_ref;
    let step = props.step;
    let problems = meeting.validate(map);
    let summaries: Vec<_> =
        Step::ALL.iter().map(|s| (*s, crate::meeting::summary(*s, &meeting, map, &problems))).collect();

    // Opening a step puts keyboard focus on its heading, so the next Tab starts there and
    // a screen reader says which step this is.
    let on_step = {
        let on_step = props.on_step.clone();
        Callback::from(move |s: Step| {
            on_step.emit(s);
            dom::focus_id(&steps::heading_id(s));
        })
    };
    // An item of what is missing opens its step with the cursor in its field.
    let on_go = {
        let on_step = props.on_step.clone();
        Callback::from(move |target: problems::Target| {
            on_step.emit(target.step);
            dom::focus_id(&target.field.unwrap_or_else(|| steps::heading_id(target.step)));
        })
    };

    html! {
        <div class="meeting-form no-print">
            <steps::StepNav lang={lang} current={step} summaries={summaries} on_step={on_step.clone()} />
            if step != Step::Check { { problems::folded(lang, &meeting, map, &problems, &on_go) } }
            <section class="form-step" aria-labelledby={steps::heading_id(step)}>
                { steps::heading(lang, step) }
                { step_body(step, edit, &meeting, map, &problems, &on_go, &props.on_deleted) }
                { steps::moves(lang, step, &on_step) }
            </section>
        </div>
    }
}

/// The sections of one step, in the order the old single form had them.
fn step_body(
    step: Step,
    edit: &MeetingEdit,
    meeting: &Meeting,
    map: &FamilyMap,
    problems: &[crate::meeting::MeetingProblem],
    on_go: &Callback<problems::Target>,
    on_deleted: &Callback<()>,
) -> Html {
    let lang = edit.state.lang;
    match step {
        Step::Basics => basics::view(lang, edit, meeting, map),
        Step::Participants => participants::view(lang, edit, meeting, map, rule_year(meeting)),
        Step::Situation => html! { <>
            { plan::worries(lang, edit, meeting, map) }
            { plan::going_well(lang, edit, meeting, map) }
        </> },
        Step::Goals => html! { <>
            { plan::statements(lang, edit, meeting, map, false) }
            { plan::statements(lang, edit, meeting, map, true) }
            { plan::bottom_lines(lang, edit, meeting, map) }
        </> },
        Step::Agreements => html! { <agreements::Agreements edit={edit.clone()} /> },
        Step::Safety => html! { <>
            { safety::red_flags(lang, edit, meeting, map) }
            { safety::scales(lang, edit, meeting, map) }
            { safety::monitoring(lang, edit, meeting, map) }
        </> },
        Step::ChildVoice => html! { <>
            { safety::child_voice(lang, edit, meeting, map) }
            { safety::notes(lang, edit, meeting, map) }
        </> },
        Step::Check => html! { <>
            { problems::view(lang, meeting, map, problems, on_go) }
            <DeleteMeeting edit={edit.clone()} on_deleted={on_deleted.clone()} />
        </> },
    }
}

#[derive(Properties, PartialEq)]
struct DeleteMeetingProps {
    edit: MeetingEdit,
    on_deleted: Callback<()>,
}

/// Deleting the meeting, after a question; undo brings it back.
#[component]
fn DeleteMeeting(props: &DeleteMeetingProps) -> Html {
    let lang = props.edit.state.lang;
    let confirming = use_state(|| false);
    let on_delete = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(true);
            dom::focus_id("mt-confirm-delete");
        })
    };
    let on_confirm = {
        let on_action = props.edit.on_action.clone();
        let id = props.edit.id;
        let on_deleted = props.on_deleted.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Apply(crate::model::Edit::SetMeeting { id, meeting: None }));
            on_deleted.emit(());
            dom::focus_id("mt-new");
        })
    };
    let on_cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            dom::focus_id("mt-delete");
        })
    };
    html! {
        <section class="panel meeting-section" aria-labelledby="mt-delete-title">
            <h3 id="mt-delete-title" class="visually-hidden">{ text(lang, Text::DeleteMeeting) }</h3>
            if *confirming {
                <div class="confirm" role="alertdialog" aria-labelledby="mt-confirm-text">
                    <p id="mt-confirm-text">{ text(lang, Text::ConfirmDeleteMeeting) }</p>
                    <div class="actions">
                        <button id="mt-confirm-delete" type="button" class="danger" onclick={on_confirm}>
                            { crate::i18n::t(lang, crate::i18n::Key::YesDelete) }</button>
                        <button type="button" onclick={on_cancel}>{ crate::i18n::t(lang, crate::i18n::Key::Cancel) }</button>
                    </div>
                </div>
            } else {
                <button id="mt-delete" type="button" class="danger" onclick={on_delete}>{ text(lang, Text::DeleteMeeting) }</button>
            }
        </section>
    }
}
