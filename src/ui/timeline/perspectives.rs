//! Everyone's view: make a perspective (a copy of the map's ties to start from), switch the
//! map to one perspective or to "all together", list where the perspectives disagree, and
//! change the ties of the perspective on screen. Every change is one `SetPerspective` edit.

use crate::i18n::timeline::{
    disagreement, perspective_heading, perspective_tie_kind_label, perspective_tie_name, remove_tie_from_perspective,
    show_disagreement, text, Text,
};
use crate::i18n::{t, Key, Lang};
use crate::model::{Edit, FamilyMap, PersonId, Ring, Tie, TieId, TieKind};
use crate::timeline::{current_disagreements, fitted};
use crate::timeline::{Perspective, PerspectiveId};
use crate::ui::dom;
use crate::ui::state::{use_actions, use_app, Action};
use yew::prelude::*;

const KINDS: [TieKind; 3] = [TieKind::Support, TieKind::Risk, TieKind::Contact];

fn kind_value(kind: TieKind) -> &'static str {
    match kind {
        TieKind::Support => "support",
        TieKind::Risk => "risk",
        TieKind::Contact => "contact",
    }
}

fn kind_of(value: &str) -> TieKind {
    match value {
        "support" => TieKind::Support,
        "risk" => TieKind::Risk,
        _ => TieKind::Contact,
    }
}

fn kind_options(lang: Lang, selected: TieKind) -> Html {
    html! {
        { for KINDS.iter().map(|&k| html! {
            <option value={kind_value(k)} selected={k == selected}>{ t(lang, Key::TieKindName(k)) }</option>
        }) }
    }
}

fn person_options(persons: &[(PersonId, String)], selected: Option<PersonId>) -> Html {
    html! {
        { for persons.iter().map(|(id, name)| html! {
            <option value={id.0.to_string()} selected={selected == Some(*id)}>{ name.clone() }</option>
        }) }
    }
}

fn person_of(value: &str) -> Option<PersonId> {
    value.parse().ok().map(PersonId)
}

fn save(on_action: &Callback<Action>, perspective: Perspective) {
    on_action.emit(Action::Apply(Edit::SetPerspective { id: perspective.id, perspective: Some(perspective) }));
}

#[derive(Properties, PartialEq)]
pub struct PerspectivesSectionProps {}

#[component]
pub fn PerspectivesSection(_props: &PerspectivesSectionProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let Some(map) = state.map() else { return html! {} };
    let perspectives: Vec<(PerspectiveId, String)> =
        map.perspectives().iter().map(|p| (p.id, p.name.clone())).collect();
    let viewing = state.perspective.filter(|id| perspectives.iter().any(|(p, _)| p == id));
    // In "all together": each disagreement in words, with the persons it is about.
    let found: Vec<(String, Vec<PersonId>)> = if viewing.is_none() {
        let views: Vec<Perspective> = map.perspectives().iter().map(|p| fitted(p, &map)).collect();
        current_disagreements(&map).iter().map(|d| (disagreement(lang, d, &map, &views), d.persons())).collect()
    } else {
        Vec::new()
    };

    let view = |choice: Option<PerspectiveId>| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ViewPerspective(choice)))
    };

    html! {
        <div class="perspectives">
            <h3>{ text(lang, Text::Perspectives) }</h3>
            <p class="hint">{ text(lang, Text::PerspectivesHelp) }</p>
            if !perspectives.is_empty() {
                <div class="lens-switch" role="group" aria-label={text(lang, Text::ShowMapAs)}>
                    <button aria-pressed={viewing.is_none().to_string()} onclick={view(None)}>
                        { text(lang, Text::AllTogether) }</button>
                    { for perspectives.iter().map(|(id, name)| html! {
                        <button key={id.0} aria-pressed={(viewing == Some(*id)).to_string()} onclick={view(Some(*id))}>
                            { name.clone() }</button>
                    }) }
                </div>
            }
            if let Some(id) = viewing {
                <PerspectiveEditor key={id.0} id={id} />
            } else if perspectives.len() >= 2 {
                <h4>{ text(lang, Text::Disagreements) }</h4>
                <p class="hint">{ text(lang, Text::DisagreementHint) }</p>
                if found.is_empty() {
                    <p>{ text(lang, Text::NoDisagreements) }</p>
                } else {
                    <p class="hint">{ text(lang, Text::DisagreementMarkLegend) }</p>
                    <ul class="disagreement-list">
                        { for found.iter().map(|(text, persons)| {
                            let on_action = on_action.clone();
                            let persons = persons.clone();
                            let show = Callback::from(move |_: MouseEvent| on_action.emit(Action::Highlight(persons.clone())));
                            html! {
                                <li>
                                    <span class="disagreement-text">{ text.clone() }</span>{ " " }
                                    <button class="small" onclick={show} aria-label={show_disagreement(lang, text)}>
                                        { t(lang, Key::ShowOnMap) }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            } else if perspectives.len() == 1 {
                <p class="hint">{ text(lang, Text::NeedTwoPerspectives) }</p>
            }
            <NewPerspectiveForm />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {}

/// A name and, optionally, the person on the map whose view it is.
#[component]
fn NewPerspectiveForm(_props: &FormProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let name = use_state(String::new);
    let holder = use_state(|| None::<PersonId>);
    let problem = use_state(|| false);
    let on_submit = {
        let (name, holder, problem) = (name.clone(), holder.clone(), problem.clone());
        let state = state.clone();
        let on_action = on_action.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(map) = state.map() else { return };
            let holder_id = (*holder).filter(|id| map.contains_person(*id));
            let typed = name.trim().to_owned();
            let chosen = if typed.is_empty() {
                holder_id.and_then(|id| map.person(id)).map(|p| p.name.clone()).unwrap_or_default()
            } else {
                typed
            };
            if chosen.trim().is_empty() {
                problem.set(true);
                dom::focus_id("perspective-name");
                return;
            }
            let id = map.next_perspective_id();
            let perspective = Perspective::from_map(id, chosen, holder_id, &map);
            save(&on_action, perspective);
            // Show the new perspective at once, ready to change what this person sees differently.
            on_action.emit(Action::ViewPerspective(Some(id)));
            name.set(String::new());
            holder.set(None);
            problem.set(false);
        })
    };
    let on_name = {
        let (name, problem) = (name.clone(), problem.clone());
        Callback::from(move |event: InputEvent| {
            name.set(dom::event_value(&event));
            problem.set(false);
        })
    };
    let on_holder = {
        let (holder, problem) = (holder.clone(), problem.clone());
        Callback::from(move |event: Event| {
            holder.set(person_of(&dom::event_value(&event)));
            problem.set(false);
        })
    };
    let Some(map) = state.map() else { return html! {} };
    let persons: Vec<(PersonId, String)> = map.persons().iter().map(|p| (p.id, p.name.clone())).collect();
    html! {
        <form class="new-perspective" onsubmit={on_submit} novalidate=true>
            <h4>{ text(lang, Text::NewPerspective) }</h4>
            <div class="field">
                <label for="perspective-name">{ text(lang, Text::PerspectiveName) }</label>
                <input spellcheck="false" autocomplete="off" id="perspective-name" type="text" value={(*name).clone()} oninput={on_name}
                    aria-invalid={problem.to_string()}
                    aria-describedby={problem.then_some("perspective-problem")} />
            </div>
            <div class="field">
                <label for="perspective-holder">{ text(lang, Text::PerspectiveHolder) }</label>
                <select id="perspective-holder" onchange={on_holder}>
                    <option value="" selected={holder.is_none()}>{ text(lang, Text::NoHolder) }</option>
                    { person_options(&persons, *holder) }
                </select>
            </div>
            <p class="hint">{ text(lang, Text::PerspectiveCopyHint) }</p>
            if *problem {
                <p id="perspective-problem" class="field-error" role="alert">{ text(lang, Text::PerspectiveNameRequired) }</p>
            }
            <button type="submit">{ text(lang, Text::CreatePerspective) }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    id: PerspectiveId,
}

/// The ties of the perspective on screen: change a kind, take one out, add one.
#[component]
fn PerspectiveEditor(props: &EditorProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let from = use_state(|| None::<PersonId>);
    let to = use_state(|| None::<PersonId>);
    let kind = use_state(|| TieKind::Support);
    let problem = use_state(|| None::<Text>);

    let Some(map) = state.map() else { return html! {} };
    let Some(perspective) = map.perspectives().iter().find(|p| p.id == props.id).cloned() else { return html! {} };
    let persons: Vec<(PersonId, String)> = map.persons().iter().map(|p| (p.id, p.name.clone())).collect();
    let name_of = |id: PersonId| map.person(id).map(|p| p.name.clone());
    // Only ties between persons still on the map can be shown by name.
    let ties: Vec<(Tie, String, String)> =
        perspective.ties.iter().filter_map(|tie| Some((tie.clone(), name_of(tie.from)?, name_of(tie.to)?))).collect();
    let next_tie = next_tie_id(&perspective, &map);
    // Everyone outside the household can be closer or further in this person's eyes.
    let outside: Vec<(PersonId, String, Ring)> =
        map.persons().iter().filter(|p| !p.in_centre()).map(|p| (p.id, p.name.clone(), p.ring)).collect();
    let change_closeness = |person: PersonId| {
        let on_action = on_action.clone();
        let perspective = perspective.clone();
        Callback::from(move |event: Event| {
            let mut changed = perspective.clone();
            match dom::event_value(&event).parse().ok().and_then(Ring::new) {
                Some(ring) => changed.closeness.insert(person, ring),
                None => changed.closeness.remove(&person),
            };
            if changed != perspective {
                save(&on_action, changed);
            }
        })
    };

    let change_kind = |id: TieId| {
        let on_action = on_action.clone();
        let perspective = perspective.clone();
        Callback::from(move |event: Event| {
            let mut changed = perspective.clone();
            if let Some(tie) = changed.ties.iter_mut().find(|t| t.id == id) {
                tie.kind = kind_of(&dom::event_value(&event));
            }
            if changed != perspective {
                save(&on_action, changed);
            }
        })
    };
    let remove = |id: TieId| {
        let on_action = on_action.clone();
        let perspective = perspective.clone();
        Callback::from(move |_: MouseEvent| {
            let mut changed = perspective.clone();
            changed.ties.retain(|t| t.id != id);
            save(&on_action, changed);
            dom::focus_id("perspective-tie-from");
        })
    };
    let on_add = {
        let (from, to, kind, problem) = (from.clone(), to.clone(), kind.clone(), problem.clone());
        let on_action = on_action.clone();
        let perspective = perspective.clone();
        let state = state.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(a), Some(b)) = (*from, *to) else {
                problem.set(Some(Text::PickTwoPersons));
                return;
            };
            if a == b {
                problem.set(Some(Text::PickTwoPersons));
                return;
            }
            let on_map = state.map().is_some_and(|m| m.contains_person(a) && m.contains_person(b));
            if !on_map {
                problem.set(Some(Text::PerspectiveDoesNotFit));
                return;
            }
            let mut changed = perspective.clone();
            changed.ties.push(Tie::new(next_tie, a, b, *kind));
            save(&on_action, changed);
            problem.set(None);
        })
    };
    let pick = |slot: UseStateHandle<Option<PersonId>>| {
        let problem = problem.clone();
        Callback::from(move |event: Event| {
            slot.set(person_of(&dom::event_value(&event)));
            problem.set(None);
        })
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |event: Event| kind.set(kind_of(&dom::event_value(&event))))
    };
    let delete = {
        let on_action = on_action.clone();
        let id = props.id;
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::ViewPerspective(None));
            on_action.emit(Action::Apply(Edit::SetPerspective { id, perspective: None }));
        })
    };
    let name = perspective.name.clone();

    html! {
        <div class="perspective-editor">
            <h4>{ perspective_heading(lang, &name) }</h4>
            <h5>{ text(lang, Text::TiesInPerspective) }</h5>
            if ties.is_empty() {
                <p class="empty">{ text(lang, Text::NoTiesInPerspective) }</p>
            } else {
                <ul class="perspective-ties">
                    { for ties.iter().map(|(tie, a, b)| {
                        let select_id = format!("perspective-tie-{}", tie.id.0);
                        html! {
                            <li key={tie.id.0}>
                                <span class="tie-ends">{ perspective_tie_name(lang, a, b, tie) }</span>
                                <select id={select_id} onchange={change_kind(tie.id)}
                                    aria-label={perspective_tie_kind_label(lang, a, b, tie)}>
                                    { kind_options(lang, tie.kind) }
                                </select>
                                <button class="small" onclick={remove(tie.id)}
                                    aria-label={remove_tie_from_perspective(lang, a, b, tie, &name)}>
                                    { t(lang, Key::Delete) }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <h5>{ text(lang, Text::ClosenessInPerspective) }</h5>
            <ul class="perspective-closeness">
                { for outside.iter().map(|(id, person_name, shared)| {
                    let own = perspective.closeness.get(id).copied();
                    html! {
                        <li key={id.0}>
                            <label for={format!("perspective-ring-{}", id.0)}>{ person_name.clone() }</label>
                            <select id={format!("perspective-ring-{}", id.0)} onchange={change_closeness(*id)}>
                                <option value="" selected={own.is_none()}>
                                    { format!("{} ({})", text(lang, Text::AsOnTheMap), t(lang, Key::Ring(*shared))) }</option>
                                { for Ring::all().map(|r| html! {
                                    <option value={r.get().to_string()} selected={own == Some(r)}>{ t(lang, Key::Ring(r)) }</option>
                                }) }
                            </select>
                        </li>
                    }
                }) }
            </ul>
            <form class="add-perspective-tie" onsubmit={on_add}>
                <h5>{ text(lang, Text::AddTieToPerspective) }</h5>
                <div class="field-row">
                    <div class="field">
                        <label for="perspective-tie-from">{ t(lang, Key::From) }</label>
                        <select id="perspective-tie-from" onchange={pick(from.clone())}>
                            <option value="" selected={from.is_none()}>{ t(lang, Key::Choose) }</option>
                            { person_options(&persons, *from) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="perspective-tie-to">{ t(lang, Key::To) }</label>
                        <select id="perspective-tie-to" onchange={pick(to.clone())}>
                            <option value="" selected={to.is_none()}>{ t(lang, Key::Choose) }</option>
                            { person_options(&persons, *to) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="perspective-tie-kind">{ t(lang, Key::TieKindLabel) }</label>
                        <select id="perspective-tie-kind" onchange={on_kind}>{ kind_options(lang, *kind) }</select>
                    </div>
                </div>
                if let Some(said) = *problem {
                    <p class="field-error" role="alert">{ text(lang, said) }</p>
                }
                <div class="actions">
                    <button type="submit">{ text(lang, Text::AddTieToPerspective) }</button>
                    <button type="button" class="danger" onclick={delete}>{ text(lang, Text::DeletePerspective) }</button>
                </div>
            </form>
        </div>
    }
}

/// An id for a tie added to a perspective: new within the perspective and not one the
/// shared map uses, so nobody mistakes it for a shared tie.
fn next_tie_id(perspective: &Perspective, map: &FamilyMap) -> TieId {
    let highest = perspective.ties.iter().map(|t| t.id.0).max().unwrap_or(0);
    TieId(highest.saturating_add(1).max(map.next_tie_id().0))
}
