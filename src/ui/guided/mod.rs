//! The guided session: a session leader (an expert-by-experience or a
//! professional) asks the family one question per screen, and every answer goes onto the
//! map through an ordinary `Edit`, so it can be undone and is saved like any other change.
//! Each step can be skipped and revisited; a small drawing beside the question shows the
//! map growing. Tips for the leader can be switched off when the family reads along.

mod invite_step;
mod person_step;
mod preview;
mod tie_step;

use crate::i18n::guided::{explanation, question, step_name, step_of, text, tips, Step, Text};
use crate::i18n::{t, Key, Lang};
use crate::ui::dom;
use crate::ui::state::{use_app, AppState};
use invite_step::InviteStep;
use person_step::PersonStep;
use preview::MapPreview;
use std::collections::HashSet;
use tie_step::{TieQuestion, TieStep};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GuidedSessionProps {
    /// Back to the map editor.
    pub on_back: Callback<()>,
}

#[component]
pub fn GuidedSession(props: &GuidedSessionProps) -> Html {
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let current = use_state(|| 0usize);
    let skipped = use_state(HashSet::<Step>::new);
    let show_tips = use_state(|| true);
    let step = Step::ALL[(*current).min(Step::ALL.len() - 1)];

    // A new step: bring the question into focus, so a screen reader reads it and Tab
    // continues into this step's form.
    use_effect_with(*current, |_| dom::focus_id("step-question"));

    let go = |to: usize, skip: bool| {
        let (current, skipped) = (current.clone(), skipped.clone());
        Callback::from(move |_: MouseEvent| {
            let from = Step::ALL[*current];
            let mut marks = (*skipped).clone();
            if skip {
                marks.insert(from);
            }
            marks.remove(&Step::ALL[to]);
            skipped.set(marks);
            current.set(to);
        })
    };
    let toggle_tips = {
        let show_tips = show_tips.clone();
        Callback::from(move |_: MouseEvent| show_tips.set(!*show_tips))
    };
    let on_back = {
        let on_back = props.on_back.clone();
        Callback::from(move |_: MouseEvent| on_back.emit(()))
    };

    let answered: Vec<bool> = {
        let map = state.map();
        Step::ALL.iter().map(|s| map.as_deref().is_some_and(|m| s.is_answered(m))).collect()
    };
    let index = step.index();
    let last = Step::ALL.len() - 1;

    html! {
        <main class="guided" aria-labelledby="guided-title">
            <div class="mode-head">
                <h2 id="guided-title">{ t(lang, Key::GuidedSession) }</h2>
                <button type="button" class="tips-toggle" aria-pressed={show_tips.to_string()}
                    aria-controls="leader-tips" onclick={toggle_tips}>{ text(lang, Text::LeaderTips) }</button>
                <button type="button" onclick={on_back.clone()}>{ text(lang, Text::BackToMap) }</button>
            </div>
            <nav class="step-list" aria-label={text(lang, Text::Steps)}>
                <ol>
                    { for Step::ALL.iter().enumerate().map(|(i, s)| {
                        let state_word = if answered[i] {
                            Some(text(lang, Text::Answered))
                        } else if skipped.contains(s) {
                            Some(text(lang, Text::Skipped))
                        } else {
                            None
                        };
                        html! {
                            <li key={i}>
                                <button type="button" aria-current={(i == index).then_some("step")}
                                    class={classes!(answered[i].then_some("answered"), skipped.contains(s).then_some("skipped"))}
                                    onclick={go(i, false)}>
                                    <span class="step-number">{ i + 1 }</span>
                                    { step_name(lang, *s) }
                                    if let Some(word) = state_word {
                                        <span class="step-state">{ format!(" ({word})") }</span>
                                    }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            </nav>
            <div class="guided-body">
                <section class="guided-step" aria-labelledby="step-question">
                    <p class="step-count">{ step_of(lang, index + 1, Step::ALL.len()) }</p>
                    <h3 id="step-question" tabindex="-1">{ question(lang, step) }</h3>
                    <p class="step-explanation">{ explanation(lang, step) }</p>
                    if *show_tips {
                        <aside id="leader-tips" class="leader-tips" aria-label={text(lang, Text::LeaderTips)}>
                            <p class="leader-tips-title">{ text(lang, Text::LeaderTips) }</p>
                            <ul>{ for tips(lang, step).iter().map(|tip| html! { <li>{ *tip }</li> }) }</ul>
                        </aside>
                    }
                    { step_content(step) }
                    <div class="step-nav">
                        <button type="button" onclick={go(index.saturating_sub(1), false)} disabled={index == 0}>
                            { text(lang, Text::Previous) }
                        </button>
                        if index < last {
                            <button type="button" onclick={go(index + 1, true)}>{ text(lang, Text::Skip) }</button>
                            <button type="button" class="primary" onclick={go(index + 1, false)}>{ text(lang, Text::Next) }</button>
                        } else {
                            <button type="button" class="primary" onclick={on_back}>{ text(lang, Text::Finish) }</button>
                        }
                    </div>
                </section>
                <MapPreview />
            </div>
        </main>
    }
}

/// The form of a step: who to add, which tie to draw, or whom to invite.
fn step_content(step: Step) -> Html {
    let tie = |question: TieQuestion| html! { <TieStep key={format!("{question:?}")} {question} /> };
    match step {
        Step::WhoHelps => tie(TieQuestion::WhoHelps),
        Step::Comfort => tie(TieQuestion::Comfort),
        Step::Worries => tie(TieQuestion::Worries),
        Step::Meeting => html! { <InviteStep /> },
        _ => match step.sector() {
            Some(sector) => html! { <PersonStep key={sector.key()} {sector} /> },
            None => html! {},
        },
    }
}

/// Everyone on the map as (id, name) in the order they were added, for the choosers.
fn person_choices(state: &AppState) -> Vec<(crate::model::PersonId, String)> {
    state.map().map(|m| m.persons().iter().map(|p| (p.id, p.name.clone())).collect()).unwrap_or_default()
}

/// A person chooser: a labelled `<select>` starting at "Choose…".
fn person_select(
    lang: Lang,
    id: &'static str,
    label: &'static str,
    persons: &[(crate::model::PersonId, String)],
    chosen: Option<crate::model::PersonId>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>
                <option value="" selected={chosen.is_none()}>{ t(lang, Key::Choose) }</option>
                { for persons.iter().map(|(pid, name)| html! {
                    <option value={pid.0.to_string()} selected={chosen == Some(*pid)}>{ name.clone() }</option>
                }) }
            </select>
        </div>
    }
}
