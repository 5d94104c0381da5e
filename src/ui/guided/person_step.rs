//! A "who do you know" step: a name, who they are to the family, and how close; each
//! name goes straight onto the map in the step's sector, and the form is ready for the
//! next name.

use crate::guided::in_sector;
use crate::i18n::guided::{person_added, text, Text};
use crate::i18n::{t, Key};
use crate::model::{Edit, Person, Ring, Sector};
use crate::ui::dom;
use crate::ui::state::{use_actions, use_app, Action};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PersonStepProps {
    pub sector: Sector,
}

#[component]
pub fn PersonStep(props: &PersonStepProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let sector = props.sector;
    let name = use_state(String::new);
    let role = use_state(String::new);
    let child = use_state(|| false);
    let ring = use_state(|| Ring::new(2).unwrap_or(Ring::CLOSEST));
    let error = use_state(|| false);
    // What was just added, for screen readers (the list below changes silently).
    let said = use_state(String::new);

    let on_submit = {
        let (name, role, child, ring, error, said) =
            (name.clone(), role.clone(), child.clone(), ring.clone(), error.clone(), said.clone());
        let state = state.clone();
        let on_action = on_action.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let trimmed = name.trim().to_owned();
            if trimmed.is_empty() {
                error.set(true);
                dom::focus_id("guided-name");
                return;
            }
            let Some(map) = state.map() else { return };
            let mut person = Person::new(map.next_person_id(), trimmed.clone(), sector, *ring);
            person.angle = map.free_angle(sector, *ring);
            person.role = role.trim().to_owned();
            person.child = sector == Sector::Household && *child;
            on_action.emit(Action::Apply(Edit::AddPerson { person }));
            said.set(person_added(lang, &trimmed));
            name.set(String::new());
            role.set(String::new());
            child.set(false);
            dom::focus_id("guided-name");
        })
    };
    let on_name = {
        let (name, error) = (name.clone(), error.clone());
        Callback::from(move |e: InputEvent| {
            name.set(dom::event_value(&e));
            error.set(false);
        })
    };
    let on_role = {
        let role = role.clone();
        Callback::from(move |e: InputEvent| role.set(dom::event_value(&e)))
    };
    let on_child = {
        let child = child.clone();
        Callback::from(move |_: Event| child.set(!*child))
    };
    let on_ring = {
        let ring = ring.clone();
        Callback::from(move |e: Event| {
            if let Some(r) = dom::event_value(&e).parse().ok().and_then(Ring::new) {
                ring.set(r);
            }
        })
    };

    let here: Vec<(u32, String)> = state
        .map()
        .map(|m| {
            m.persons()
                .into_iter()
                .filter(|p| in_sector(p, sector))
                .map(|p| {
                    let label = if p.role.is_empty() { p.name.clone() } else { format!("{} ({})", p.name, p.role) };
                    (p.id.0, label)
                })
                .collect()
        })
        .unwrap_or_default();

    html! {
        <>
            <form class="guided-form" onsubmit={on_submit} novalidate=true>
                <div class="field">
                    <label for="guided-name">{ text(lang, Text::Name) }</label>
                    <input spellcheck="false" autocomplete="off" id="guided-name" type="text" value={(*name).clone()} oninput={on_name}
                        aria-invalid={error.to_string()} aria-describedby={error.then_some("guided-name-error")} />
                    if *error {
                        <p id="guided-name-error" class="field-error">{ text(lang, Text::NameNeeded) }</p>
                    }
                </div>
                <div class="field">
                    <label for="guided-role">{ text(lang, Text::RoleHint) }</label>
                    <input spellcheck="false" autocomplete="off" id="guided-role" type="text" value={(*role).clone()} oninput={on_role} />
                </div>
                if sector == Sector::Household {
                    <label class="check-row">
                        <input type="checkbox" checked={*child} onchange={on_child} />
                        { text(lang, Text::IsChild) }
                    </label>
                } else {
                    <div class="field">
                        <label for="guided-ring">{ text(lang, Text::HowClose) }</label>
                        <select id="guided-ring" onchange={on_ring}>
                            { for Ring::all().map(|r| html! {
                                <option value={r.get().to_string()} selected={r == *ring}>{ t(lang, Key::Ring(r)) }</option>
                            }) }
                        </select>
                    </div>
                }
                <button type="submit" class="primary">{ text(lang, Text::PutOnMap) }</button>
                <p class="visually-hidden" role="status">{ (*said).clone() }</p>
            </form>
            <h4 class="added-title">{ text(lang, Text::TiesSoFar) }</h4>
            if here.is_empty() {
                <p class="empty">{ text(lang, Text::NobodyYet) }</p>
            } else {
                <ul class="added">{ for here.into_iter().map(|(id, label)| html! { <li key={id}>{ label }</li> }) }</ul>
            }
        </>
    }
}
