//! "Merge a map": read a Kring file made on another device, plan the merge with the core,
//! ask about every doubtful match and every conflict (nothing of theirs is taken without an
//! answer), then apply everything as one undoable edit. The other map's perspectives come
//! along, renumbered to the persons they matched here.

use crate::i18n::files::load_error_message;
use crate::i18n::timeline::{conflict, merge_question, merge_summary, text, Text};
use crate::i18n::Lang;
use crate::io::graphml::MAX_IMPORT_BYTES;
use crate::model::{from_json, Edit, LoadError};
use crate::timeline::{
    merge, Choice, Decisions, MergeError, MergePlan, PersonMatching, Perspective, PerspectiveId, TieMatching,
};
use crate::ui::state::{use_actions, use_app, Action, AppState};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The start of a password-sealed Kring file (`io::crypto::MAGIC`), which this step cannot open.
const SEALED_MAGIC: &str = "KRING-SEALED";

#[derive(Clone)]
enum Problem {
    Load(LoadError),
    Sealed,
    MapChanged,
    Failed,
}

#[derive(Clone)]
enum Stage {
    Idle,
    Reading,
    Problem(Problem),
    /// The plan, and the other map's perspectives (fitted to that map).
    Planned(Rc<(MergePlan, Vec<Perspective>)>),
    Done,
}

#[derive(Properties, PartialEq)]
pub struct MergeSectionProps {}

#[component]
pub fn MergeSection(_props: &MergeSectionProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let stage = use_state(|| Stage::Idle);
    let decisions = use_state(Decisions::new);
    let undecided = use_state(|| false);
    let input_ref = use_node_ref();

    let on_file = {
        let (stage, decisions, undecided) = (stage.clone(), decisions.clone(), undecided.clone());
        let state = state.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            let Some(file) = input.files().and_then(|list| list.get(0)) else { return };
            decisions.set(Decisions::new());
            undecided.set(false);
            // Refuse a huge file before reading it into memory.
            if file.size() > MAX_IMPORT_BYTES as f64 {
                stage.set(Stage::Problem(Problem::Load(LoadError::TooLarge { bytes: file.size() as usize })));
                return;
            }
            stage.set(Stage::Reading);
            let (stage, state) = (stage.clone(), state.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text()).await.ok().and_then(|value| value.as_string());
                stage.set(plan_from(text, &state));
            });
        })
    };
    let reset = {
        let (stage, decisions, input_ref) = (stage.clone(), decisions.clone(), input_ref.clone());
        move |next: Stage| {
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                input.set_value("");
            }
            decisions.set(Decisions::new());
            stage.set(next);
        }
    };
    let on_cancel = {
        let reset = reset.clone();
        Callback::from(move |_: MouseEvent| reset(Stage::Idle))
    };
    let on_merge = {
        let (stage, decisions, undecided) = (stage.clone(), decisions.clone(), undecided.clone());
        let state = state.clone();
        let on_action = on_action.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Stage::Planned(planned) = &*stage else { return };
            let (plan, perspectives) = &**planned;
            let Some(map) = state.map() else { return };
            let outcome = match plan.apply_with_mapping(&map, &decisions) {
                Ok((edit, mapping)) => {
                    // Their perspectives, renumbered after ours, as part of the same step.
                    let first = map.next_perspective_id().0;
                    let mut edits = vec![edit];
                    for (n, perspective) in perspectives.iter().enumerate() {
                        let mut moved = perspective.remap(&mapping);
                        moved.id = PerspectiveId(first.saturating_add(n as u32));
                        edits.push(Edit::SetPerspective { id: moved.id, perspective: Some(moved) });
                    }
                    let batch = Edit::Batch { edits };
                    // Apply to a copy first: the open map is only touched by a merge that works.
                    match (*map).clone().apply(batch.clone()) {
                        Ok(_) => Ok(batch),
                        Err(_) => Err(Problem::Failed),
                    }
                }
                Err(MergeError::Undecided { .. }) => {
                    undecided.set(true);
                    return;
                }
                Err(MergeError::OursChanged) => Err(Problem::MapChanged),
                Err(MergeError::Invalid(_)) => Err(Problem::Failed),
            };
            undecided.set(false);
            match outcome {
                Ok(batch) => {
                    on_action.emit(Action::Apply(batch));
                    reset(Stage::Done);
                }
                Err(problem) => reset(Stage::Problem(problem)),
            }
        })
    };

    let body = match &*stage {
        Stage::Idle => html! {},
        Stage::Reading => html! { <p role="status">{ text(lang, Text::MergeReading) }</p> },
        Stage::Done => html! { <p role="status" class="merge-done">{ text(lang, Text::MergeDone) }</p> },
        Stage::Problem(problem) => html! { <p class="field-error" role="alert">{ problem_text(lang, problem) }</p> },
        Stage::Planned(planned) => {
            let choose_person = |theirs, same: bool| {
                let (decisions, undecided) = (decisions.clone(), undecided.clone());
                Callback::from(move |_: Event| {
                    let mut next = (*decisions).clone();
                    if same {
                        next.confirm(theirs);
                    } else {
                        next.reject(theirs);
                    }
                    decisions.set(next);
                    undecided.set(false);
                })
            };
            let choose_side = |key, choice: Choice| {
                let (decisions, undecided) = (decisions.clone(), undecided.clone());
                Callback::from(move |_: Event| {
                    let mut next = (*decisions).clone();
                    next.choose(key, choice);
                    decisions.set(next);
                    undecided.set(false);
                })
            };
            confirm_step(lang, planned, &decisions, *undecided, &on_merge, &on_cancel, choose_person, choose_side)
        }
    };

    html! {
        <div class="merge">
            <h3>{ text(lang, Text::Merge) }</h3>
            <p class="hint" id="merge-help">{ text(lang, Text::MergeHelp) }</p>
            <div class="field">
                <label for="merge-file">{ text(lang, Text::Merge) }</label>
                <input id="merge-file" ref={input_ref} type="file" accept=".kring,.json,application/json"
                    aria-describedby="merge-help" onchange={on_file} />
            </div>
            { body }
        </div>
    }
}

/// Reads the other file and plans the merge against the map as it is now.
fn plan_from(text: Option<String>, state: &AppState) -> Stage {
    let Some(text) = text else {
        return Stage::Problem(Problem::Load(LoadError::NotJson { detail: String::new() }));
    };
    if text.starts_with(SEALED_MAGIC) {
        return Stage::Problem(Problem::Sealed);
    }
    let theirs = match from_json(&text) {
        Ok(map) => map,
        Err(err) => return Stage::Problem(Problem::Load(err)),
    };
    let Some(ours) = state.map() else { return Stage::Idle };
    let perspectives: Vec<Perspective> =
        theirs.perspectives().iter().map(|p| crate::timeline::fitted(p, &theirs)).collect();
    let plan = merge(&ours, &theirs.without_extras());
    Stage::Planned(Rc::new((plan, perspectives)))
}

fn problem_text(lang: Lang, problem: &Problem) -> String {
    match problem {
        Problem::Load(err) => load_error_message(lang, err),
        Problem::Sealed => text(lang, Text::MergeSealed).to_owned(),
        Problem::MapChanged => text(lang, Text::MergeMapChanged).to_owned(),
        Problem::Failed => text(lang, Text::MergeFailed).to_owned(),
    }
}

/// What will come in, every question with its two answers, and the merge button.
#[allow(clippy::too_many_arguments)]
fn confirm_step(
    lang: Lang,
    planned: &(MergePlan, Vec<Perspective>),
    decisions: &Decisions,
    undecided: bool,
    on_merge: &Callback<SubmitEvent>,
    on_cancel: &Callback<MouseEvent>,
    choose_person: impl Fn(crate::model::PersonId, bool) -> Callback<Event>,
    choose_side: impl Fn(crate::timeline::ConflictKey, Choice) -> Callback<Event>,
) -> Html {
    let (plan, perspectives) = planned;
    let rejected = plan.doubtful().filter(|m| decisions.same_person(m.theirs) == Some(false)).count();
    let new_persons = plan.persons().iter().filter(|m| m.matching == PersonMatching::New).count() + rejected;
    let new_ties = plan.ties().iter().filter(|m| m.matching == TieMatching::New).count();
    let doubtful: Vec<_> = plan.doubtful().collect();
    let conflicts = plan.conflicts_with(decisions);
    let nothing_new =
        new_persons == 0 && new_ties == 0 && perspectives.is_empty() && doubtful.is_empty() && conflicts.is_empty();
    let radio = |name: String, checked: bool, label: &'static str, onchange: Callback<Event>| {
        html! {
            <label><input type="radio" name={name} checked={checked} {onchange} />{ label }</label>
        }
    };
    html! {
        <form class="merge-confirm" onsubmit={on_merge.clone()}>
            if nothing_new {
                <p>{ text(lang, Text::MergeNothingNew) }</p>
            } else {
                <p>{ merge_summary(lang, new_persons, new_ties, perspectives.len()) }</p>
            }
            if !doubtful.is_empty() {
                <h4>{ text(lang, Text::MergeQuestions) }</h4>
                { for doubtful.iter().map(|m| {
                    let question = merge_question(lang, plan, m).unwrap_or_default();
                    let name = format!("merge-person-{}", m.theirs.0);
                    let answer = decisions.same_person(m.theirs);
                    html! {
                        <fieldset class="checks merge-question">
                            <legend>{ question.clone() }</legend>
                            { radio(name.clone(), answer == Some(true), text(lang, Text::SamePerson), choose_person(m.theirs, true)) }
                            { radio(name, answer == Some(false), text(lang, Text::OtherPerson), choose_person(m.theirs, false)) }
                        </fieldset>
                    }
                }) }
            }
            if !conflicts.is_empty() {
                <h4>{ text(lang, Text::Conflicts) }</h4>
                { for conflicts.iter().enumerate().map(|(i, c)| {
                    let question = conflict(lang, plan, c);
                    let key = c.key();
                    let name = format!("merge-conflict-{i}");
                    let answer = decisions.choice(key);
                    html! {
                        <fieldset class="checks merge-question">
                            <legend>{ question }</legend>
                            { radio(name.clone(), answer == Some(Choice::Ours), text(lang, Text::KeepOurs), choose_side(key, Choice::Ours)) }
                            { radio(name, answer == Some(Choice::Theirs), text(lang, Text::TakeTheirs), choose_side(key, Choice::Theirs)) }
                        </fieldset>
                    }
                }) }
            }
            if undecided {
                <p class="field-error" role="alert">{ text(lang, Text::MergeUndecided) }</p>
            }
            <div class="actions">
                <button type="submit" class="primary">{ text(lang, Text::MergeNow) }</button>
                <button type="button" onclick={on_cancel.clone()}>{ crate::i18n::t(lang, crate::i18n::Key::Cancel) }</button>
            </div>
        </form>
    }
}
