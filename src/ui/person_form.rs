//! The "Add person" form: a name, a sector and how close, a role, an age and whether the
//! person is a child (ticked by itself under 18, and changeable). It starts in the
//! household while nobody lives in the centre yet. Enter saves; Escape cancels.

use super::dom;
use super::state::{use_actions, use_app, Action};
use crate::i18n::workspace::{text, Text};
use crate::i18n::{t, Key};
use crate::model::{Age, Edit, FamilyMap, Person, Ring, Sector};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddPersonFormProps {
    pub on_close: Callback<()>,
}

#[component]
pub fn AddPersonForm(props: &AddPersonFormProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let name = use_state(String::new);
    let first_sector = state.map().map(|map| starting_sector(&map)).unwrap_or(Sector::Family);
    let sector = use_state(|| first_sector);
    let role = use_state(String::new);
    let age = use_state(String::new);
    // Whether the person is a child: `None` follows the age, `Some` is what was ticked.
    let child = use_state(|| None::<bool>);
    let ring = use_state(|| Ring::new(2).unwrap_or(Ring::CLOSEST));
    let error = use_state(|| false);
    // After "Save and add another", every save keeps the form open for the next name.
    let repeat = use_state(|| false);

    // Open with the cursor in the name field.
    use_effect_with((), |_| dom::focus_id("person-name"));

    let years = parse_age(&age);
    let is_child = child.unwrap_or_else(|| years.is_some_and(|y| y < 18));
    let save = {
        let (name, sector, ring, error, repeat) =
            (name.clone(), sector.clone(), ring.clone(), error.clone(), repeat.clone());
        let (role, age, child) = (role.clone(), age.clone(), child.clone());
        let state = state.clone();
        let on_action = on_action.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |add_another: bool| {
            let trimmed = name.trim();
            if trimmed.is_empty() {
                error.set(true);
                dom::focus_id("person-name");
                return;
            }
            let Some(map) = state.map() else { return };
            let mut person = Person::new(map.next_person_id(), trimmed, *sector, *ring);
            person.angle = map.free_angle(*sector, *ring);
            person.role = role.trim().to_owned();
            person.age = parse_age(&age).map(Age::Years);
            person.child = is_child;
            on_action.emit(Action::Apply(Edit::AddPerson { person }));
            if add_another || *repeat {
                repeat.set(true);
                name.set(String::new());
                role.set(String::new());
                age.set(String::new());
                child.set(None);
                dom::focus_id("person-name");
            } else {
                on_close.emit(());
            }
        })
    };
    let on_submit = {
        let save = save.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            save.emit(false);
        })
    };
    let on_add_another = Callback::from(move |_: MouseEvent| save.emit(true));
    let on_cancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let on_keydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    let on_name = {
        let (name, error) = (name.clone(), error.clone());
        Callback::from(move |event: InputEvent| {
            name.set(dom::event_value(&event));
            error.set(false);
        })
    };
    let on_sector = {
        let sector = sector.clone();
        Callback::from(move |event: Event| {
            if let Some(s) = Sector::from_key(&dom::event_value(&event)) {
                sector.set(s);
            }
        })
    };
    let on_ring = {
        let ring = ring.clone();
        Callback::from(move |event: Event| {
            if let Some(r) = dom::event_value(&event).parse().ok().and_then(Ring::new) {
                ring.set(r);
            }
        })
    };

    let on_role = {
        let role = role.clone();
        Callback::from(move |event: InputEvent| role.set(dom::event_value(&event)))
    };
    let on_age = {
        let age = age.clone();
        Callback::from(move |event: InputEvent| age.set(dom::event_value(&event)))
    };
    let on_child = {
        let child = child.clone();
        Callback::from(move |_: Event| child.set(Some(!is_child)))
    };

    html! {
        <form class="panel person-form" onsubmit={on_submit} onkeydown={on_keydown}
            aria-labelledby="person-form-title" novalidate=true>
            <h2 id="person-form-title">{ t(lang, Key::AddPerson) }</h2>
            <div class="field">
                <label for="person-name">{ t(lang, Key::Name) }</label>
                <input spellcheck="false" autocomplete="off" id="person-name" type="text" value={(*name).clone()}
                    oninput={on_name} aria-invalid={error.to_string()}
                    aria-describedby={error.then_some("person-name-error")} />
                if *error {
                    <p id="person-name-error" class="field-error">{ t(lang, Key::NameRequired) }</p>
                }
            </div>
            <div class="field">
                <label for="person-sector">{ t(lang, Key::SectorLabel) }</label>
                <select id="person-sector" onchange={on_sector}>
                    { for Sector::ALL.iter().map(|&s| html! {
                        <option value={s.key()} selected={s == *sector}>{ t(lang, Key::Sector(s)) }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="person-ring">{ t(lang, Key::ClosenessLabel) }</label>
                <select id="person-ring" onchange={on_ring} disabled={*sector == Sector::Household}>
                    { for Ring::all().map(|r| html! {
                        <option value={r.get().to_string()} selected={r == *ring}>{ t(lang, Key::Ring(r)) }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="person-role">{ t(lang, Key::Role) }</label>
                <input spellcheck="false" id="person-role" type="text" autocomplete="off" value={(*role).clone()} oninput={on_role} />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="person-age">{ t(lang, Key::AgeLabel) }</label>
                    <input spellcheck="false" id="person-age" type="text" inputmode="numeric" autocomplete="off" value={(*age).clone()}
                        oninput={on_age} />
                </div>
                <div class="field child-tick">
                    <label class="check-row" for="person-child">
                        <input id="person-child" type="checkbox" checked={is_child} onchange={on_child}
                            aria-describedby="person-child-hint" />
                        { text(lang, Text::ChildTick) }
                    </label>
                    <p id="person-child-hint" class="hint">{ text(lang, Text::ChildTickHint) }</p>
                </div>
            </div>
            <div class="actions">
                <button type="submit" class="primary">{ t(lang, Key::Save) }</button>
                <button type="button" onclick={on_add_another}>{ t(lang, Key::AddAnother) }</button>
                <button type="button" onclick={on_cancel}>{ t(lang, Key::Cancel) }</button>
            </div>
        </form>
    }
}

/// Where the Add form starts: in the household while nobody lives in the centre yet,
/// in the family after that.
pub fn starting_sector(map: &FamilyMap) -> Sector {
    if map.persons().iter().any(|p| p.in_centre()) {
        Sector::Family
    } else {
        Sector::Household
    }
}

/// An age in years as typed ("9", " 34 "), or nothing.
fn parse_age(text: &str) -> Option<u8> {
    text.trim().parse::<u8>().ok().filter(|&years| years <= 120)
}
