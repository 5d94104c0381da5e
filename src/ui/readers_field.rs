//! "Who may read this?" for one item: everyone in the plan, not for named persons, or
//! professionals only, with a short reason when restricted. A risk against the people the
//! item is about suggests its source as "not for": offered as a button, never applied by
//! itself. Every control is labelled and works by keyboard.

use crate::i18n::readers::{suggest_not_for, text, Text};
use crate::i18n::Lang;
use crate::model::{FamilyMap, PersonId, Readers};
use crate::ui::dom;
use std::collections::BTreeSet;
use yew::prelude::*;

/// The field for one item. `id` prefixes every control's id; `about` are the persons the
/// item is about (for the suggestion).
pub fn readers_field(
    lang: Lang,
    id: &str,
    readers: &Readers,
    map: &FamilyMap,
    about: &[PersonId],
    on_change: Callback<Readers>,
) -> Html {
    let choice = match readers {
        Readers::Everyone => "everyone",
        Readers::NotFor { .. } => "not_for",
        Readers::ProfessionalsOnly { .. } => "professionals",
    };
    let reason = readers.reason().to_owned();
    let excluded: BTreeSet<PersonId> = readers.excluded().collect();
    let on_choice = {
        let on_change = on_change.clone();
        let reason = reason.clone();
        let excluded = excluded.clone();
        Callback::from(move |event: Event| {
            let value = dom::event_value(&event);
            on_change.emit(match value.as_str() {
                "not_for" => Readers::NotFor { persons: excluded.clone(), reason: reason.clone() },
                "professionals" => Readers::professionals_only(reason.clone()),
                _ => Readers::Everyone,
            })
        })
    };
    let on_reason = {
        let on_change = on_change.clone();
        let readers = readers.clone();
        Callback::from(move |event: Event| {
            let value = dom::event_value(&event);
            on_change.emit(match &readers {
                Readers::Everyone => Readers::Everyone,
                Readers::NotFor { persons, .. } => Readers::NotFor { persons: persons.clone(), reason: value },
                Readers::ProfessionalsOnly { .. } => Readers::professionals_only(value),
            })
        })
    };
    let toggle = |person: PersonId| {
        let on_change = on_change.clone();
        let excluded = excluded.clone();
        let reason = reason.clone();
        Callback::from(move |_: Event| {
            let mut persons = excluded.clone();
            if !persons.remove(&person) {
                persons.insert(person);
            }
            on_change.emit(Readers::NotFor { persons, reason: reason.clone() })
        })
    };
    let suggestions: Vec<PersonId> =
        crate::meeting::readers::suggested_not_for(map, about).into_iter().filter(|p| !excluded.contains(p)).collect();
    let suggest = |person: PersonId| {
        let on_change = on_change.clone();
        let excluded = excluded.clone();
        let reason = reason.clone();
        let choice_is_prof = matches!(readers, Readers::ProfessionalsOnly { .. });
        Callback::from(move |_: MouseEvent| {
            if choice_is_prof {
                return;
            }
            let mut persons = excluded.clone();
            persons.insert(person);
            on_change.emit(Readers::NotFor { persons, reason: reason.clone() })
        })
    };
    let options = [
        ("everyone", text(lang, Text::Everyone)),
        ("not_for", text(lang, Text::NotFor)),
        ("professionals", text(lang, Text::ProfessionalsOnly)),
    ];
    let name = |id: PersonId| map.person(id).map(|p| p.name.clone()).unwrap_or_default();
    html! {
        <fieldset class={classes!("readers-field", (choice != "everyone").then_some("restricted"))}>
            <legend>{ text(lang, Text::WhoMayRead) }</legend>
            <div class="field">
                <label for={format!("{id}-readers")}>{ text(lang, Text::WhoMayRead) }</label>
                <select id={format!("{id}-readers")} onchange={on_choice}>
                    { for options.iter().map(|(value, label)| html! {
                        <option value={*value} selected={*value == choice}>{ *label }</option>
                    }) }
                </select>
            </div>
            if choice == "not_for" {
                <fieldset class="not-for">
                    <legend>{ text(lang, Text::NotForWhom) }</legend>
                    { for map.persons().into_iter().filter(|p| !p.deceased).map(|p| {
                        let box_id = format!("{id}-nf-{}", p.id.0);
                        html! {
                            <label class="check" for={box_id.clone()}>
                                <input id={box_id} type="checkbox" checked={excluded.contains(&p.id)} onchange={toggle(p.id)} />
                                { p.name.clone() }
                            </label>
                        }
                    }) }
                </fieldset>
            }
            if choice != "professionals" && !suggestions.is_empty() {
                <p class="hint suggestion">
                    { text(lang, Text::Suggested) }{ ": " }
                    { for suggestions.iter().map(|p| html! {
                        <button type="button" class="small" id={format!("{id}-suggest-{}", p.0)} onclick={suggest(*p)}>
                            { suggest_not_for(lang, &name(*p)) }</button>
                    }) }
                </p>
            }
            if choice != "everyone" {
                <div class="field">
                    <label for={format!("{id}-reason")}>{ text(lang, Text::Reason) }</label>
                    <input spellcheck="false" id={format!("{id}-reason")} type="text" value={reason} onchange={on_reason} autocomplete="off" />
                    <p class="hint">{ text(lang, Text::ReasonHint) }</p>
                </div>
            }
        </fieldset>
    }
}
