//! Comparing two moments (two snapshots, or a snapshot and now): the changes in plain words,
//! protective adults per child then and now, and a drawing of the later map with the
//! changes marked.

use super::drawing::{MapPicture, Marks};
use super::{by_date, Moment};
use crate::i18n::timeline::{
    change, change_count, comparison_drawing_label, protective_adults, snapshot_name, text, Text,
};
use crate::i18n::{t, Key};
use crate::scene::Scene;
use crate::timeline::{diff, protective_adults_then_and_now};
use crate::ui::dom;
use crate::ui::state::use_app;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareSectionProps {
    pub comparing: UseStateHandle<Option<(Moment, Moment)>>,
}

/// What a comparison shows, computed once per change of the map, language or choice.
#[derive(PartialEq)]
struct Comparison {
    changes: Vec<String>,
    protective: Vec<String>,
    scene: Rc<Scene>,
    marks: Rc<Marks>,
}

#[component]
pub fn CompareSection(props: &CompareSectionProps) -> Html {
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    // The choice in the two lists before "Compare" is pressed.
    let draft = use_state(|| None::<(Moment, Moment)>);
    let result = {
        let state = state.clone();
        use_memo((state.map_id.clone(), state.settled_revision, lang, *props.comparing), move |(_, _, _, comparing)| {
            let (from, to) = (*comparing)?;
            let map = state.map()?;
            let (before, after) = (from.map_in(&map)?, to.map_in(&map)?);
            let found = diff(&before, &after);
            let (before_scene, after_scene) = (Scene::build(&before, lang), Scene::build(&after, lang));
            let marks = Marks::of(&found, &before_scene, &after_scene);
            Some(Comparison {
                changes: found.changes().iter().map(|c| change(lang, c, &before, &after)).collect(),
                protective: protective_adults_then_and_now(&before, &after)
                    .iter()
                    .map(|item| protective_adults(lang, item, &before, &after))
                    .collect(),
                scene: Rc::new(after_scene),
                marks: Rc::new(marks),
            })
        })
    };

    let Some(map) = state.map() else { return html! {} };
    let choices: Vec<(Moment, String)> =
        by_date(&map).into_iter().map(|s| (Moment::Snapshot(s.id), snapshot_name(lang, &s.date, &s.label))).collect();
    // By default the latest snapshot against now.
    let latest = choices.last().map_or(Moment::Now, |(m, _)| *m);
    let (earlier, later) = (*draft).or(*props.comparing).unwrap_or((latest, Moment::Now));

    if choices.is_empty() {
        return html! {
            <div class="compare">
                <h3 id="compare-title" tabindex="-1">{ text(lang, Text::Compare) }</h3>
                <p class="empty">{ text(lang, Text::NeedSnapshotToCompare) }</p>
            </div>
        };
    }

    let choose = |first: bool| {
        let draft = draft.clone();
        let comparing = props.comparing.clone();
        Callback::from(move |event: Event| {
            let Some(moment) = Moment::parse(&dom::event_value(&event)) else { return };
            let pair = if first { (moment, later) } else { (earlier, moment) };
            // A comparison on screen follows the lists at once; otherwise wait for the button.
            if comparing.is_some() {
                comparing.set(Some(pair));
            } else {
                draft.set(Some(pair));
            }
        })
    };
    let on_compare = {
        let comparing = props.comparing.clone();
        let draft = draft.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            comparing.set(Some((earlier, later)));
            draft.set(None);
        })
    };
    let on_close = {
        let comparing = props.comparing.clone();
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            draft.set(*comparing);
            comparing.set(None);
            dom::focus_id("compare-title");
        })
    };
    let options = |selected: Moment, with_now: bool| {
        html! {
            <>
                { for choices.iter().map(|(moment, name)| html! {
                    <option value={moment.value()} selected={*moment == selected}>{ name.clone() }</option>
                }) }
                if with_now {
                    <option value={Moment::Now.value()} selected={selected == Moment::Now}>{ text(lang, Text::Now) }</option>
                }
            </>
        }
    };

    html! {
        <div class="compare">
            <h3 id="compare-title" tabindex="-1">{ text(lang, Text::Compare) }</h3>
            <p class="hint">{ text(lang, Text::CompareHelp) }</p>
            <form class="field-row" onsubmit={on_compare}>
                <div class="field">
                    <label for="compare-earlier">{ text(lang, Text::Earlier) }</label>
                    <select id="compare-earlier" onchange={choose(true)}>{ options(earlier, false) }</select>
                </div>
                <div class="field">
                    <label for="compare-later">{ text(lang, Text::Later) }</label>
                    <select id="compare-later" onchange={choose(false)}>{ options(later, true) }</select>
                </div>
                if props.comparing.is_none() {
                    <div class="actions"><button type="submit" class="primary">{ text(lang, Text::Compare) }</button></div>
                }
            </form>
            if let Some(result) = result.as_ref() {
                <section class="comparison" aria-labelledby="changes-title">
                    <h4 id="changes-title">{ text(lang, Text::WhatChanged) }</h4>
                    if result.changes.is_empty() {
                        <p>{ text(lang, Text::NothingChanged) }</p>
                    } else {
                        <p class="change-count">{ change_count(lang, result.changes.len()) }</p>
                        <ul class="change-list">
                            { for result.changes.iter().map(|text| html! { <li>{ text.clone() }</li> }) }
                        </ul>
                    }
                    <h4>{ text(lang, Text::ProtectiveAdultsTitle) }</h4>
                    if result.protective.is_empty() {
                        <p>{ text(lang, Text::NoChildren) }</p>
                    } else {
                        <ul class="protective-list">
                            { for result.protective.iter().map(|text| html! { <li>{ text.clone() }</li> }) }
                        </ul>
                    }
                    <MapPicture scene={result.scene.clone()} marks={result.marks.clone()}
                        label={comparison_drawing_label(lang, result.changes.len())} id_prefix="comparison-picture" lang={lang} />
                    <div class="actions"><button onclick={on_close}>{ t(lang, Key::Close) }</button></div>
                </section>
            }
        </div>
    }
}
