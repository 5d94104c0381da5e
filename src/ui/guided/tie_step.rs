//! The steps that draw ties: who helps whom with what (support), who someone goes to when
//! scared or sad (support with comfort), and where the worries are (risk). Two people are
//! chosen from the map, plus what the help or the worry is, in the editor's own words.

use super::{person_choices, person_select};
use crate::i18n::guided::{text, Text};
use crate::i18n::{t, tie_description, Key};
use crate::model::{Edit, PersonId, RiskType, SupportType, Tie, TieKind};
use crate::ui::dom;
use crate::ui::state::{use_actions, use_app, Action};
use std::collections::BTreeSet;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TieQuestion {
    WhoHelps,
    Comfort,
    Worries,
}

impl TieQuestion {
    /// The labels of the two choosers: (the tie comes from, the tie goes to).
    /// For comfort the child is chosen first, but the support goes to the child.
    fn labels(self) -> (Text, Text) {
        match self {
            TieQuestion::WhoHelps => (Text::Helper, Text::Helped),
            TieQuestion::Comfort => (Text::WhoIsScared, Text::GoesTo),
            TieQuestion::Worries => (Text::WorryFrom, Text::WorryAbout),
        }
    }

    fn shows(self, tie: &Tie) -> bool {
        match self {
            TieQuestion::WhoHelps => tie.kind == TieKind::Support,
            TieQuestion::Comfort => tie.kind == TieKind::Support && tie.support.contains(&SupportType::Emotional),
            TieQuestion::Worries => tie.kind == TieKind::Risk,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TieStepProps {
    pub question: TieQuestion,
}

#[component]
pub fn TieStep(props: &TieStepProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let question = props.question;
    let first = use_state(|| None::<PersonId>);
    let second = use_state(|| None::<PersonId>);
    let support = use_state(BTreeSet::<SupportType>::new);
    let risk = use_state(BTreeSet::<RiskType>::new);
    let error = use_state(|| false);

    let persons = person_choices(&state);
    if persons.len() < 2 {
        return html! { <p class="empty">{ text(lang, Text::PersonsFirst) }</p> };
    }

    let choose = |slot: UseStateHandle<Option<PersonId>>| {
        let error = error.clone();
        Callback::from(move |e: Event| {
            slot.set(dom::event_value(&e).parse().ok().map(PersonId));
            error.set(false);
        })
    };
    let on_submit = {
        let (first, second, support, risk, error) =
            (first.clone(), second.clone(), support.clone(), risk.clone(), error.clone());
        let state = state.clone();
        let on_action = on_action.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(a), Some(b)) = (*first, *second) else { return error.set(true) };
            if a == b {
                return error.set(true);
            }
            let Some(id) = state.map().map(|m| m.next_tie_id()) else { return };
            let tie = match question {
                TieQuestion::WhoHelps => {
                    let mut tie = Tie::new(id, a, b, TieKind::Support);
                    tie.support = (*support).clone();
                    tie
                }
                // The scared or sad person goes to someone: the comfort flows back to them.
                TieQuestion::Comfort => {
                    let mut tie = Tie::new(id, b, a, TieKind::Support);
                    tie.support.insert(SupportType::Emotional);
                    tie
                }
                TieQuestion::Worries => {
                    let mut tie = Tie::new(id, a, b, TieKind::Risk);
                    tie.risk = (*risk).clone();
                    tie
                }
            };
            on_action.emit(Action::Apply(Edit::AddTie { tie }));
            first.set(None);
            second.set(None);
            support.set(BTreeSet::new());
            risk.set(BTreeSet::new());
            dom::focus_id("guided-first");
        })
    };

    let (first_label, second_label) = question.labels();
    let types = match question {
        TieQuestion::WhoHelps => {
            type_checks(lang, "guided-support", Text::WithWhat, &SupportType::ALL, &support, |s| {
                Key::SupportTypeName(*s)
            })
        }
        TieQuestion::Worries => {
            type_checks(lang, "guided-risk", Text::WhatHappens, &RiskType::ALL, &risk, |r| Key::RiskTypeName(*r))
        }
        TieQuestion::Comfort => html! {},
    };
    let existing: Vec<(u32, String)> = state
        .map()
        .map(|m| {
            let name = |id| m.person(id).map(|p| p.name.clone()).unwrap_or_default();
            m.ties()
                .into_iter()
                .filter(|tie| question.shows(tie))
                .map(|tie| (tie.id.0, tie_description(lang, &name(tie.from), &name(tie.to), tie)))
                .collect()
        })
        .unwrap_or_default();

    html! {
        <>
            <form class="guided-form" onsubmit={on_submit} novalidate=true>
                <div class="field-row">
                    { person_select(lang, "guided-first", text(lang, first_label), &persons, *first, choose(first.clone())) }
                    { person_select(lang, "guided-second", text(lang, second_label), &persons, *second, choose(second.clone())) }
                </div>
                { types }
                if *error {
                    <p class="field-error" role="alert">{ text(lang, Text::TwoDifferentPersons) }</p>
                }
                <button type="submit" class="primary">{ text(lang, Text::AddTie) }</button>
            </form>
            <h4 class="added-title">{ text(lang, Text::TiesSoFar) }</h4>
            if existing.is_empty() {
                <p class="empty">{ text(lang, Text::NobodyYet) }</p>
            } else {
                <ul class="added">{ for existing.into_iter().map(|(id, words)| html! { <li key={id}>{ words }</li> }) }</ul>
            }
        </>
    }
}

/// Checkboxes for the kinds of help or worry, in the editor's vocabulary.
fn type_checks<T: Copy + Ord + 'static>(
    lang: crate::i18n::Lang,
    id: &'static str,
    legend: Text,
    all: &[T],
    chosen: &UseStateHandle<BTreeSet<T>>,
    key: fn(&T) -> Key,
) -> Html {
    html! {
        <fieldset class="checks big-checks" {id}>
            <legend>{ text(lang, legend) }</legend>
            { for all.iter().map(|item| {
                let item = *item;
                let chosen = chosen.clone();
                let checked = chosen.contains(&item);
                let onchange = Callback::from(move |_: Event| {
                    let mut next = (*chosen).clone();
                    if !next.remove(&item) {
                        next.insert(item);
                    }
                    chosen.set(next);
                });
                html! {
                    <label><input type="checkbox" {checked} {onchange} />{ t(lang, key(&item)) }</label>
                }
            }) }
        </fieldset>
    }
}
