//! The list of steps above the form, with what is done in each, and the Previous / Next
//! buttons under a step. Which parts belong to which step, and how far a step is, comes
//! from `meeting::steps`; this only draws it and says which step to open.

use crate::i18n::meeting_steps::{next_step, previous_step, step_heading, step_name, summary, text, Text};
use crate::i18n::Lang;
use crate::meeting::{Progress, Step, StepSummary};
use yew::prelude::*;

/// The id of a step's heading, which gets keyboard focus when the step opens. Each step
/// has its own, so focus never lands on the heading of the step being closed.
pub fn heading_id(step: Step) -> String {
    format!("mt-step-{}-title", step.key())
}

/// The heading of the open step; it takes focus (tabindex -1) but is not a tab stop.
pub fn heading(lang: Lang, step: Step) -> Html {
    html! { <h3 id={heading_id(step)} class="step-title" tabindex="-1">{ step_heading(lang, step) }</h3> }
}

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub lang: Lang,
    pub current: Step,
    /// Every step, in order, with how far it is.
    pub summaries: Vec<(Step, StepSummary)>,
    pub on_step: Callback<Step>,
}

/// One button per step; the open one is `aria-current="step"`. What is done is said in
/// words (and a sign), never by colour alone.
#[component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let lang = props.lang;
    html! {
        <nav class="meeting-steps" aria-label={text(lang, Text::StepsNav)}>
            <ol>
                { for props.summaries.iter().map(|(step, done)| {
                    let step = *step;
                    let onclick = {
                        let on_step = props.on_step.clone();
                        Callback::from(move |_: MouseEvent| on_step.emit(step))
                    };
                    // The sign before the words: the check step with nothing left is done too.
                    let state = match done.progress() {
                        _ if done.to_check > 0 => "to-check",
                        Progress::Done => "done",
                        Progress::Optional if step == Step::Check => "done",
                        Progress::NotStarted => "not-started",
                        Progress::Started | Progress::Optional => "started",
                    };
                    html! {
                        <li>
                            <button id={format!("mt-goto-{}", step.key())} type="button"
                                aria-current={(step == props.current).then_some("step")} {onclick}>
                                <span class="step-head">
                                    <span class="step-number">{ step.number() }</span>
                                    { " " }<span class="step-name">{ step_name(lang, step) }</span>
                                </span>
                                { " " }<span class={classes!("step-done", state)}>{ summary(lang, step, done) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

/// Previous and Next under a step, each naming the step it opens.
pub fn moves(lang: Lang, step: Step, on_step: &Callback<Step>) -> Html {
    let go = |target: Step| {
        let on_step = on_step.clone();
        Callback::from(move |_: MouseEvent| on_step.emit(target))
    };
    html! {
        <div class="step-moves">
            if let Some(previous) = step.previous() {
                <button id="mt-step-previous" type="button" onclick={go(previous)}>{ previous_step(lang, previous) }</button>
            }
            if let Some(next) = step.next() {
                <button id="mt-step-next" type="button" class="primary" onclick={go(next)}>{ next_step(lang, next) }</button>
            }
        </div>
    }
}
