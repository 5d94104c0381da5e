//! "What plays a role?" in the person panel: one checkbox per factor. For a professional
//! the same list asks what they are there for.

use super::state::Action;
use crate::i18n::factors::{text, Text};
use crate::i18n::{t, Key, Lang};
use crate::model::{Edit, Factor, Person, Reader};
use yew::prelude::*;

pub fn factors_field(lang: Lang, person: &Person, on_action: &Callback<Action>) -> Html {
    let professional = Reader::is_professional(person.sector, person.household);
    let legend = if professional { Text::ThereFor } else { Text::PlaysARole };
    let check = |factor: Factor| {
        let on_action = on_action.clone();
        let person = person.clone();
        let checked = person.factors.contains(&factor);
        let onchange = Callback::from(move |_: Event| {
            let mut changed = person.clone();
            if !changed.factors.remove(&factor) {
                changed.factors.insert(factor);
            }
            on_action.emit(Action::Apply(Edit::UpdatePerson { person: changed }));
        });
        html! {
            <label><input type="checkbox" {checked} {onchange} />{ t(lang, Key::FactorName(factor)) }</label>
        }
    };
    html! {
        <fieldset class="checks factors">
            <legend>{ text(lang, legend) }</legend>
            { for Factor::ALL.into_iter().map(check) }
        </fieldset>
    }
}
