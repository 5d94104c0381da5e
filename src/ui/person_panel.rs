//! The side panel for one person: every detail can be changed here, and the person can be
//! removed (after a confirmation; undo brings them back with their ties).
//! Changes apply as they are typed; typing into one field is one undo step.

use super::dom;
use super::state::{use_actions, use_app, Action};
use crate::i18n::{t, Key};
use crate::model::{
    Age, ChildSafety, Edit, Gender, MergeKey, Person, PersonId, PersonKind, PersonTextField, Ring, Sector,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PersonPanelProps {
    pub id: PersonId,
}

/// Which field a change came from: typing into one text field merges into one undo step;
/// every other change is a step of its own.
#[derive(Clone, Copy)]
enum Field {
    Text(PersonTextField),
    Other,
}

/// One change to a copy of the person, from a field's new text.
type ChangePerson = Box<dyn Fn(&mut Person, String)>;

#[component]
pub fn PersonPanel(props: &PersonPanelProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let confirming = use_state(|| false);
    let also_snapshots = use_state(|| true);
    let name_error = use_state(|| false);
    let Some(map) = state.map() else { return html! {} };
    let Some(person) = map.person(props.id).cloned() else { return html! {} };
    // Where they are besides the map, for the confirmation (snapshots are a choice).
    let found = crate::model::forget_person(&map, props.id, false).map(|f| f.found).unwrap_or_default();
    let children: Vec<(PersonId, String)> =
        map.persons().iter().filter(|p| p.child && p.id != props.id).map(|p| (p.id, p.name.clone())).collect();
    // Who may read this person's details.
    let on_readers = {
        let on_action = on_action.clone();
        let person = person.clone();
        Callback::from(move |readers| {
            on_action.emit(Action::Apply(Edit::UpdatePerson { person: Person { readers, ..person.clone() } }));
        })
    };
    let readers = super::readers_field::readers_field(lang, "person", &person.readers, &map, &[person.id], on_readers);

    // Every field edit goes through here: copy the person, change one thing, send an edit.
    let update = {
        let on_action = on_action.clone();
        let person = person.clone();
        move |field: Field, change: ChangePerson| {
            let on_action = on_action.clone();
            let person = person.clone();
            Callback::from(move |event: Event| {
                let mut changed = person.clone();
                change(&mut changed, dom::event_value(&event));
                let edit = Edit::UpdatePerson { person: changed };
                match field {
                    Field::Other => on_action.emit(Action::Apply(edit)),
                    Field::Text(text) => on_action.emit(Action::ApplyMerged(edit, MergeKey::Person(person.id, text))),
                }
            })
        }
    };
    let seal = {
        let on_action = on_action.clone();
        Callback::from(move |_: FocusEvent| on_action.emit(Action::Seal))
    };
    let on_name = {
        let on_action = on_action.clone();
        let person = person.clone();
        let name_error = name_error.clone();
        Callback::from(move |event: InputEvent| {
            let value = dom::event_value(&event);
            name_error.set(value.trim().is_empty());
            if !value.trim().is_empty() {
                let changed = Person { name: value, ..person.clone() };
                on_action.emit(Action::ApplyMerged(
                    Edit::UpdatePerson { person: changed },
                    MergeKey::Person(person.id, PersonTextField::Name),
                ));
            }
        })
    };
    let text_input = |field: Field, change: fn(&mut Person, String)| {
        let cb = update(field, Box::new(change));
        Callback::from(move |e: InputEvent| cb.emit(e.into()))
    };
    let on_role = text_input(Field::Text(PersonTextField::Role), |p, v| p.role = v);
    let on_note = text_input(Field::Text(PersonTextField::Note), |p, v| p.note = v);
    let on_avatar = text_input(Field::Text(PersonTextField::Avatar), |p, v| p.avatar = v.chars().take(8).collect());
    let on_age = text_input(Field::Text(PersonTextField::Age), |p, v| {
        p.age = match v.trim().parse::<u16>() {
            Ok(n) if n <= 130 => u8::try_from(n).ok().map(Age::Years),
            Ok(n) if (1900..=2100).contains(&n) => Some(Age::BirthYear(n)),
            _ => None,
        }
    });
    let on_kind = update(
        Field::Other,
        Box::new(|p, v| {
            p.kind = match v.as_str() {
                "pet" => PersonKind::Pet,
                "organisation" => PersonKind::Organisation,
                _ => PersonKind::Person,
            }
        }),
    );
    let on_gender = update(
        Field::Other,
        Box::new(|p, v| {
            p.gender = match v.as_str() {
                "female" => Gender::Female,
                "male" => Gender::Male,
                "other" => Gender::Other,
                _ => Gender::Unknown,
            }
        }),
    );
    let on_sector = {
        let on_action = on_action.clone();
        let person = person.clone();
        Callback::from(move |event: Event| {
            let Some(sector) = Sector::from_key(&dom::event_value(&event)) else { return };
            if let Some(edit) = Edit::move_to(&person, sector, person.ring) {
                on_action.emit(Action::Apply(edit));
            }
        })
    };
    let on_ring = {
        let on_action = on_action.clone();
        let person = person.clone();
        Callback::from(move |event: Event| {
            let Some(ring) = dom::event_value(&event).parse().ok().and_then(Ring::new) else { return };
            if let Some(edit) = Edit::move_to(&person, person.sector, ring) {
                on_action.emit(Action::Apply(edit));
            }
        })
    };
    let toggle = |change: fn(&mut Person)| {
        let on_action = on_action.clone();
        let person = person.clone();
        Callback::from(move |_: Event| {
            let mut changed = person.clone();
            change(&mut changed);
            on_action.emit(Action::Apply(Edit::UpdatePerson { person: changed }));
        })
    };
    let on_child = toggle(|p| p.child = !p.child);
    let on_deceased = toggle(|p| p.deceased = !p.deceased);
    let safety_select = |(child, child_name): &(PersonId, String)| {
        let child = *child;
        let on_action = on_action.clone();
        let person_now = person.clone();
        let onchange = Callback::from(move |e: Event| {
            let mut changed = person_now.clone();
            match ChildSafety::ALL.into_iter().find(|s| safety_key(*s) == dom::event_value(&e)) {
                Some(safety) => changed.child_safety.insert(child, safety),
                None => changed.child_safety.remove(&child),
            };
            on_action.emit(Action::Apply(Edit::UpdatePerson { person: changed }));
        });
        let current = person.child_safety.get(&child).copied();
        let id = format!("safety-{}", child.0);
        html! {
            <div class="field">
                <label for={id.clone()}>{ child_name.clone() }</label>
                <select id={id} {onchange}>
                    <option value="" selected={current.is_none()}>{ "—" }</option>
                    { for ChildSafety::ALL.iter().map(|&s| html! {
                        <option value={safety_key(s)} selected={current == Some(s)}>{ t(lang, Key::ChildSafetyName(s)) }</option>
                    }) }
                </select>
            </div>
        }
    };
    let on_close = {
        let on_action = on_action.clone();
        let id = person.id;
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Select(None));
            focus_person(id);
        })
    };
    let on_delete = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(true);
            dom::focus_id("confirm-delete-person");
        })
    };
    let on_confirm = {
        let on_action = on_action.clone();
        let id = person.id;
        let confirming = confirming.clone();
        let in_snapshots = *also_snapshots;
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            // Everywhere at once: meetings, perspectives, marks, "according to" (and snapshots
            // when ticked), as one undo step that is never saved.
            let forget = state.map().and_then(|map| crate::model::forget_person(&map, id, in_snapshots));
            let edit = forget.map_or(Edit::RemovePerson { id }, |forget| forget.edit);
            on_action.emit(Action::ApplyForgetting(edit));
            dom::focus_id("add-person");
        })
    };
    let on_also_snapshots = {
        let also_snapshots = also_snapshots.clone();
        Callback::from(move |e: Event| {
            let checked = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked());
            also_snapshots.set(checked);
        })
    };
    let on_cancel_delete = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            dom::focus_id("delete-person");
        })
    };
    let on_keydown = {
        let on_action = on_action.clone();
        let id = person.id;
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_action.emit(Action::Select(None));
                focus_person(id);
            }
        })
    };

    let age_text = match person.age {
        Some(Age::Years(n)) => n.to_string(),
        Some(Age::BirthYear(y)) => y.to_string(),
        Some(Age::Band { from, to }) => format!("{from}-{to}"),
        None => String::new(),
    };
    let in_centre = person.in_centre();
    html! {
        <section class="panel person-panel" aria-labelledby="person-panel-title" onkeydown={on_keydown}>
            <h2 id="person-panel-title">{ format!("{}: {}", t(lang, Key::Details), person.name) }</h2>
            <div class="field">
                <label for="edit-name">{ t(lang, Key::Name) }</label>
                <input spellcheck="false" autocomplete="off" id="edit-name" data-for={person.id.0.to_string()} type="text" value={person.name.clone()} oninput={on_name} onblur={seal.clone()}
                    aria-invalid={name_error.to_string()} />
                if *name_error { <p class="field-error">{ t(lang, Key::NameRequired) }</p> }
            </div>
            <div class="field">
                <label for="edit-role">{ t(lang, Key::Role) }</label>
                <input spellcheck="false" autocomplete="off" id="edit-role" type="text" value={person.role.clone()} oninput={on_role} onblur={seal.clone()} />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="edit-sector">{ t(lang, Key::SectorLabel) }</label>
                    <select id="edit-sector" onchange={on_sector}>
                        { for Sector::ALL.iter().map(|&s| html! {
                            <option value={s.key()} selected={if in_centre { s == Sector::Household } else { s == person.sector }}>
                                { t(lang, Key::Sector(s)) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="edit-ring">{ t(lang, Key::ClosenessLabel) }</label>
                    <select id="edit-ring" onchange={on_ring} disabled={in_centre}>
                        { for Ring::all().map(|r| html! {
                            <option value={r.get().to_string()} selected={r == person.ring}>{ t(lang, Key::Ring(r)) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="edit-kind">{ t(lang, Key::KindLabel) }</label>
                    <select id="edit-kind" onchange={on_kind}>
                        { for [PersonKind::Person, PersonKind::Pet, PersonKind::Organisation].iter().map(|&k| html! {
                            <option value={kind_key(k)} selected={k == person.kind}>{ t(lang, Key::Kind(k)) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="edit-gender">{ t(lang, Key::GenderLabel) }</label>
                    <select id="edit-gender" onchange={on_gender}>
                        { for [Gender::Unknown, Gender::Female, Gender::Male, Gender::Other].iter().map(|&g| html! {
                            <option value={gender_key(g)} selected={g == person.gender}>{ t(lang, Key::GenderName(g)) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="edit-age">{ t(lang, Key::AgeLabel) }</label>
                    <input spellcheck="false" autocomplete="off" id="edit-age" type="text" inputmode="numeric" value={age_text} oninput={on_age} onblur={seal.clone()} />
                </div>
                <div class="field">
                    <label for="edit-avatar">{ t(lang, Key::Avatar) }</label>
                    <input spellcheck="false" autocomplete="off" id="edit-avatar" type="text" value={person.avatar.clone()} oninput={on_avatar} onblur={seal.clone()} />
                </div>
            </div>
            <div class="checks">
                <label><input type="checkbox" checked={person.child} onchange={on_child} />{ t(lang, Key::Child) }</label>
                <label><input type="checkbox" checked={person.deceased} onchange={on_deceased} />{ t(lang, Key::Deceased) }</label>
            </div>
            if !children.is_empty() {
                <fieldset class="child-safety">
                    <legend>{ t(lang, Key::ChildProtection) }</legend>
                    <div class="field-row">{ for children.iter().map(safety_select) }</div>
                </fieldset>
            }
            if person.kind == PersonKind::Person {
                { super::factors_field::factors_field(lang, &person, &on_action) }
            }
            <div class="field">
                <label for="edit-note">{ t(lang, Key::Note) }</label>
                <textarea spellcheck="false" autocomplete="off" id="edit-note" rows="3" value={person.note.clone()} oninput={on_note} onblur={seal} />
            </div>
            { readers }
            if *confirming {
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete-text">
                    <p id="confirm-delete-text">{ crate::i18n::confirm_delete_person(lang, &person.name, &found) }</p>
                    if found.snapshots > 0 {
                        <label class="check">
                            <input id="forget-in-snapshots" type="checkbox" checked={*also_snapshots}
                                onchange={on_also_snapshots} />
                            { crate::i18n::forget_in_snapshots(lang, &person.name, found.snapshots) }
                        </label>
                    }
                    <p class="hint">{ crate::i18n::delete_person_undo_hint(lang) }</p>
                    <div class="actions">
                        <button id="confirm-delete-person" class="danger" onclick={on_confirm}>{ t(lang, Key::YesDelete) }</button>
                        <button onclick={on_cancel_delete}>{ t(lang, Key::Cancel) }</button>
                    </div>
                </div>
            } else {
                <div class="actions">
                    <button id="delete-person" data-for={person.id.0.to_string()} class="danger" onclick={on_delete}>{ t(lang, Key::Delete) }</button>
                    <button onclick={on_close}>{ t(lang, Key::Close) }</button>
                </div>
            }
        </section>
    }
}

/// Gives keyboard focus back to the person on the map after closing their panel.
pub fn focus_person(id: PersonId) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("svg.map [data-person-id='{}']", id.0)).ok().flatten())
    {
        use wasm_bindgen::JsCast;
        if let Ok(el) = el.dyn_into::<web_sys::SvgElement>() {
            let _ = el.focus();
        }
    }
}

fn kind_key(kind: PersonKind) -> &'static str {
    match kind {
        PersonKind::Person => "person",
        PersonKind::Pet => "pet",
        PersonKind::Organisation => "organisation",
    }
}

fn gender_key(gender: Gender) -> &'static str {
    match gender {
        Gender::Unknown => "unknown",
        Gender::Female => "female",
        Gender::Male => "male",
        Gender::Other => "other",
    }
}

fn safety_key(safety: ChildSafety) -> &'static str {
    match safety {
        ChildSafety::SafeAdult => "safe_adult",
        ChildSafety::SupervisedOnly => "supervised_only",
        ChildSafety::NoContact => "no_contact",
    }
}
