//! "What stands out?": the core's insights about the map, in plain words, most urgent
//! first. Each can light up the persons it is about.

use super::state::{use_actions, use_app, Action};
use crate::analysis::{insights, Severity};
use crate::i18n::workspace::{text, Text};
use crate::i18n::{insights::sentence, t, Key};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InsightsPanelProps {}

#[component]
pub fn InsightsPanel(_props: &InsightsPanelProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let found = {
        let state = state.clone();
        use_memo((state.map_id.clone(), state.settled_revision, lang, state.lens), move |_| {
            let Some(map) = state.map() else { return Vec::new() };
            match state.lens {
                // Only what this reader may read, named as their printout names people.
                Some(reader) => {
                    // Ages in the meeting's year, as on the printout (shown_to decides).
                    let today = crate::ui::clock::this_year();
                    let named = crate::present::shown_to(&map, reader, lang, today);
                    insights(&named)
                        .into_iter()
                        .map(|insight| (insight.severity(), sentence(lang, &insight, &named), insight.persons()))
                        .collect::<Vec<_>>()
                }
                None => insights(&map)
                    .into_iter()
                    .map(|insight| (insight.severity(), sentence(lang, &insight, &map), insight.persons()))
                    .collect::<Vec<_>>(),
            }
        })
    };
    // A map just begun: one friendly line, nothing to worry about yet.
    let starting = state.map().is_some_and(|map| map.persons().len() < 3);
    let found = if starting { Rc::new(Vec::new()) } else { found };
    let highlighting = !state.highlight.is_empty();
    let clear = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Highlight(Vec::new())))
    };
    html! {
        <section class="panel insights" aria-labelledby="insights-title">
            <h2 id="insights-title">{ t(lang, Key::Insights) }</h2>
            <p class="hint">{ t(lang, Key::InsightsHelp) }</p>
            if highlighting {
                <button onclick={clear}>{ t(lang, Key::ClearHighlight) }</button>
            }
            if starting {
                <p class="empty">{ text(lang, Text::FewPersons) }</p>
            } else if found.is_empty() {
                <p class="empty">{ t(lang, Key::NoInsights) }</p>
            } else {
                <ul class="insight-list">
                    { for found.iter().enumerate().map(|(i, (severity, text, persons))| {
                        let on_action = on_action.clone();
                        let persons = persons.clone();
                        let show = Callback::from(move |_: MouseEvent| on_action.emit(Action::Highlight(persons.clone())));
                        html! {
                            <li key={i} class={classes!("insight", severity_class(*severity))}>
                                <span class="severity">{ t(lang, Key::SeverityName(*severity)) }</span>
                                <p>{ text.clone() }</p>
                                if !found[i].2.is_empty() {
                                    <button class="small" onclick={show} aria-label={format!("{}: {}", t(lang, Key::ShowOnMap), text)}>
                                        { t(lang, Key::ShowOnMap) }</button>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Urgent => "urgent",
        Severity::Attention => "attention",
        Severity::Good => "good",
        Severity::Info => "info",
    }
}
