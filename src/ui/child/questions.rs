//! Three questions, one at a time: who makes you feel safe, who helps you, who do you
//! want to see more. The child taps people (big switches) and taps again to undo.

use super::answers::{has, set, Answer};
use super::avatar::avatar;
use super::speech::ReadAloud;
use super::{answer, ChildViewProps, Seen};
use crate::i18n::child::{text, Text};
use crate::ui::state::{use_actions, use_app};
use yew::prelude::*;

const QUESTIONS: [(Answer, Text); 3] = [
    (Answer::Safe, Text::QuestionSafe),
    (Answer::Helps, Text::QuestionHelps),
    (Answer::SeeMore, Text::QuestionSeeMore),
];

#[component]
pub fn Questions(props: &ChildViewProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let index = use_state(|| 0usize);
    let Some(seen) = Seen::of(&state, props.child) else { return html! {} };
    let (kind, words) = QUESTIONS[(*index).min(QUESTIONS.len() - 1)];
    let prompt = text(lang, words);
    let go = |to: usize| {
        let index = index.clone();
        Callback::from(move |_: MouseEvent| {
            index.set(to);
            crate::ui::dom::focus_id("child-question");
        })
    };

    html! {
        <div class="questions">
            <div class="prompt">
                <h3 id="child-question" tabindex="-1">{ prompt }</h3>
                <ReadAloud {lang} text={prompt} />
            </div>
            <p class="hint">{ text(lang, Text::TapPeople) }</p>
            <ul class="toggle-grid" aria-labelledby="child-question">
                { for seen.others.iter().map(|p| {
                    let pressed = has(seen.perspective.as_ref(), props.child, p.id, kind);
                    let onclick = {
                        let (state, on_action, child, person) = (state.clone(), on_action.clone(), props.child, p.id);
                        Callback::from(move |_: MouseEvent| {
                            answer(&state, &on_action, child, |persp, ctx| set(persp, ctx, person, kind, !pressed));
                        })
                    };
                    html! {
                        <li key={p.id.0}>
                            <button type="button" class="person-toggle" aria-pressed={pressed.to_string()} {onclick}>
                                { avatar(p) }<span class="card-name">{ p.name.clone() }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <div class="question-nav">
                if *index > 0 {
                    <button type="button" onclick={go(*index - 1)}>{ text(lang, Text::PreviousQuestion) }</button>
                }
                if *index + 1 < QUESTIONS.len() {
                    <button type="button" class="primary" onclick={go(*index + 1)}>{ text(lang, Text::NextQuestion) }</button>
                }
            </div>
        </div>
    }
}
