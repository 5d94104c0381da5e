//! Saving a snapshot (a label and a day), the timeline strip that steps through the saved
//! ones, and the read-only drawing of the one picked.

use super::drawing::MapPicture;
use super::{by_date, Moment};
use crate::i18n::timeline::{snapshot_drawing_label, snapshot_heading, text, Text};
use crate::i18n::{t, Key};
use crate::model::Edit;
use crate::scene::Scene;
use crate::timeline::{is_valid_date, Snapshot};
use crate::ui::clock::today;
use crate::ui::dom;
use crate::ui::state::{use_actions, use_app, Action};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SnapshotsSectionProps {
    pub shown: UseStateHandle<Option<u32>>,
    pub comparing: UseStateHandle<Option<(Moment, Moment)>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Feedback {
    None,
    Saved,
    Problem(Text),
}

#[component]
pub fn SnapshotsSection(props: &SnapshotsSectionProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let label = use_state(String::new);
    let date = use_state(today);
    let feedback = use_state(|| Feedback::None);

    let on_save = {
        let (label, date, feedback) = (label.clone(), date.clone(), feedback.clone());
        let state = state.clone();
        let on_action = on_action.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = label.trim().to_owned();
            if text.is_empty() {
                feedback.set(Feedback::Problem(Text::SnapshotLabelRequired));
                dom::focus_id("snapshot-label");
                return;
            }
            if !is_valid_date(&date) {
                feedback.set(Feedback::Problem(Text::BadDate));
                dom::focus_id("snapshot-date");
                return;
            }
            let Some(map) = state.map() else { return };
            let snapshot = Snapshot::new(map.next_snapshot_id(), text, (*date).clone(), &map);
            match snapshot {
                Ok(snapshot) => {
                    on_action.emit(Action::Apply(Edit::SetSnapshot { id: snapshot.id, snapshot: Some(snapshot) }));
                    label.set(String::new());
                    feedback.set(Feedback::Saved);
                }
                Err(_) => feedback.set(Feedback::Problem(Text::BadDate)),
            }
        })
    };
    let on_label = {
        let (label, feedback) = (label.clone(), feedback.clone());
        Callback::from(move |event: InputEvent| {
            label.set(dom::event_value(&event));
            feedback.set(Feedback::None);
        })
    };
    let on_date = {
        let (date, feedback) = (date.clone(), feedback.clone());
        Callback::from(move |event: Event| {
            date.set(dom::event_value(&event));
            feedback.set(Feedback::None);
        })
    };

    // The strip, in the order of the days.
    let Some(map) = state.map() else { return html! {} };
    let strip: Vec<(u32, String, String)> =
        by_date(&map).into_iter().map(|s| (s.id, s.date.clone(), s.label.clone())).collect();
    let ids: Rc<Vec<u32>> = Rc::new(strip.iter().map(|(id, ..)| *id).collect());
    let pick = |id: u32| {
        let shown = props.shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(if *shown == Some(id) { None } else { Some(id) }))
    };
    let on_strip_key = {
        let shown = props.shown.clone();
        let ids = ids.clone();
        Callback::from(move |event: KeyboardEvent| {
            // Start from the focused button, not from state that may lag a quick key press.
            let focused = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|el| el.id().strip_prefix("snapshot-").and_then(|n| n.parse::<u32>().ok()));
            let here = focused.or(*shown).and_then(|id| ids.iter().position(|i| *i == id)).unwrap_or(0);
            let last = ids.len().saturating_sub(1);
            let next = match event.key().as_str() {
                "ArrowLeft" | "ArrowUp" => here.saturating_sub(1),
                "ArrowRight" | "ArrowDown" => (here + 1).min(last),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            event.prevent_default();
            if let Some(id) = ids.get(next) {
                shown.set(Some(*id));
                dom::focus_now(&format!("snapshot-{id}"));
            }
        })
    };
    let problem = match *feedback {
        Feedback::Problem(text) => Some(text),
        _ => None,
    };

    html! {
        <div class="snapshots">
            <h3>{ text(lang, Text::Snapshots) }</h3>
            <form class="snapshot-form" onsubmit={on_save} novalidate=true>
                <div class="field">
                    <label for="snapshot-label">{ text(lang, Text::SnapshotLabel) }</label>
                    <input spellcheck="false" autocomplete="off" id="snapshot-label" type="text" value={(*label).clone()} oninput={on_label}
                        placeholder={text(lang, Text::SnapshotLabelHint)}
                        aria-invalid={(problem == Some(Text::SnapshotLabelRequired)).to_string()}
                        aria-describedby={problem.map(|_| "snapshot-feedback")} />
                </div>
                <div class="field">
                    <label for="snapshot-date">{ text(lang, Text::SnapshotDate) }</label>
                    <input autocomplete="off" spellcheck="false" id="snapshot-date" type="date" value={(*date).clone()} onchange={on_date}
                        aria-invalid={(problem == Some(Text::BadDate)).to_string()} />
                </div>
                <button type="submit" class="primary">{ text(lang, Text::SaveSnapshot) }</button>
                <p id="snapshot-feedback" class={classes!(problem.is_some().then_some("field-error"))}
                    role="status" aria-live="polite">
                    { match *feedback {
                        Feedback::None => "",
                        Feedback::Saved => text(lang, Text::SnapshotSaved),
                        Feedback::Problem(said) => text(lang, said),
                    } }
                </p>
            </form>
            if strip.is_empty() {
                <p class="empty">{ text(lang, Text::NoSnapshotsYet) }</p>
            } else {
                <p class="hint" id="strip-help">{ text(lang, Text::StripHelp) }</p>
                <ol class="timeline-strip" aria-label={text(lang, Text::TimelineStrip)} aria-describedby="strip-help">
                    { for strip.iter().map(|(id, date, label)| html! {
                        <li key={*id}>
                            <button id={format!("snapshot-{id}")} aria-pressed={(*props.shown == Some(*id)).to_string()}
                                onclick={pick(*id)} onkeydown={on_strip_key.clone()}>
                                <span class="strip-date">{ crate::i18n::timeline::date_text(lang, date) }</span>
                                <span class="strip-label">{ label.clone() }</span>
                            </button>
                        </li>
                    }) }
                </ol>
            }
            if let Some(id) = *props.shown {
                <ShownSnapshot key={id} id={id}
                    shown={props.shown.clone()} comparing={props.comparing.clone()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ShownSnapshotProps {
    id: u32,
    shown: UseStateHandle<Option<u32>>,
    comparing: UseStateHandle<Option<(Moment, Moment)>>,
}

/// One snapshot, drawn read-only, with what can be done with it.
#[component]
fn ShownSnapshot(props: &ShownSnapshotProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let id = props.id;
    let picture = {
        let state = state.clone();
        use_memo((state.map_id.clone(), state.settled_revision, lang, id), move |_| {
            let map = state.map()?;
            let snapshot = map.snapshots().iter().find(|s| s.id == id)?;
            Some((Rc::new(Scene::build(&snapshot.map, lang)), snapshot.date.clone(), snapshot.label.clone()))
        })
    };
    let Some((scene, date, label)) = (*picture).clone() else {
        // Deleted (or undone) meanwhile.
        return html! {};
    };
    let compare_now = {
        let comparing = props.comparing.clone();
        Callback::from(move |_: MouseEvent| {
            comparing.set(Some((Moment::Snapshot(id), Moment::Now)));
            dom::focus_id("compare-title");
        })
    };
    let delete = {
        let on_action = on_action.clone();
        let shown = props.shown.clone();
        let comparing = props.comparing.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Apply(Edit::SetSnapshot { id, snapshot: None }));
            shown.set(None);
            if comparing.is_some_and(|(a, b)| a == Moment::Snapshot(id) || b == Moment::Snapshot(id)) {
                comparing.set(None);
            }
        })
    };
    let close = {
        let shown = props.shown.clone();
        Callback::from(move |_: MouseEvent| {
            shown.set(None);
            dom::focus_id(&format!("snapshot-{id}"));
        })
    };
    html! {
        <div class="shown-snapshot">
            <h4>{ snapshot_heading(lang, &date, &label) }</h4>
            <MapPicture scene={scene} label={snapshot_drawing_label(lang, &date, &label)}
                id_prefix={format!("snapshot-{id}-picture")} lang={lang} />
            <div class="actions">
                <button onclick={compare_now}>{ text(lang, Text::CompareWithNow) }</button>
                <button class="danger" onclick={delete}>{ text(lang, Text::DeleteSnapshot) }</button>
                <button onclick={close}>{ t(lang, Key::Close) }</button>
            </div>
        </div>
    }
}
