//! "Who may know?": every answer the child gave, said back in the child's words, with the
//! child's choice of who may know it: only the helpers (as it starts), everyone, or
//! everyone but some people. Radio buttons (arrow keys, big labels to tap) and one toggle
//! button per person; every choice is saved at once as one edit (`answers::share`).

use super::answers::{about, given, share, sharing, Sharing};
use super::avatar::avatar;
use super::speech::ReadAloud;
use super::{answer, ChildViewProps, Seen};
use crate::i18n::child::{never_told, said, text, Said, Text};
use crate::model::{ChildAnswer, PersonId, PersonKind, SupportType, Tie, TieId};
use crate::ui::state::{use_actions, use_app};
use std::collections::BTreeSet;
use yew::prelude::*;

fn said_of(tie: &Tie) -> Said {
    match tie.answer {
        Some(ChildAnswer::SeeMore) => Said::SeeMore,
        Some(ChildAnswer::NotNear) => Said::NotNear,
        _ => {
            let safe = tie.support.contains(&SupportType::Emotional);
            let helps = tie.support.iter().any(|s| *s != SupportType::Emotional);
            match (safe, helps) {
                (true, true) => Said::SafeAndHelps,
                (false, true) => Said::Helps,
                _ => Said::Safe,
            }
        }
    }
}

#[component]
pub fn ShareAnswers(props: &ChildViewProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    // "Everyone, but not" opened with nobody chosen yet: nothing is saved until the child
    // taps someone, so the answer stays as shared as it was (never more).
    let opened = use_state(BTreeSet::<TieId>::new);
    let Some(seen) = Seen::of(&state, props.child) else { return html! {} };
    let child = props.child;
    let choose = {
        let (state, on_action) = (state.clone(), on_action.clone());
        move |tie: TieId, to: Sharing| {
            let (state, on_action) = (state.clone(), on_action.clone());
            move || {
                let to = to.clone();
                answer(&state, &on_action, child, move |p, ctx| share(p, ctx, tie, to));
            }
        }
    };
    let name_of = |id: PersonId| seen.others.iter().find(|p| p.id == id).map(|p| p.name.clone()).unwrap_or_default();
    let prompt = text(lang, Text::SharePrompt);
    let answers = given(seen.perspective.as_ref(), child);

    html! {
        <div class="share-answers">
            <div class="prompt">
                <p>{ prompt }</p>
                <ReadAloud {lang} text={prompt} />
            </div>
            if answers.is_empty() {
                <p class="hint">{ text(lang, Text::NothingToShare) }</p>
            }
            <ul class="shared-list">
                { for answers.into_iter().map(|tie| {
                    let person = about(tie, child);
                    let words = said(lang, said_of(tie), &name_of(person));
                    let now = sharing(tie);
                    let group = format!("share-{}", tie.id.0);
                    let not_near = tie.answer == Some(ChildAnswer::NotNear);
                    let tie_id = tie.id;
                    let open_but = matches!(now, Sharing::EveryoneBut(_)) || opened.contains(&tie_id);
                    let radio = |value: &'static str, chosen: bool, to: Option<Sharing>, words: Text| {
                        let id = format!("{group}-{value}");
                        let pick = to.map(|to| choose(tie_id, to));
                        let opened = opened.clone();
                        let onchange = Callback::from(move |_: Event| {
                            let mut open = (*opened).clone();
                            match &pick {
                                Some(pick) => {
                                    open.remove(&tie_id);
                                    pick();
                                }
                                None => {
                                    open.insert(tie_id);
                                }
                            }
                            opened.set(open);
                        });
                        html! {
                            <label class="share-choice" for={id.clone()}>
                                <input type="radio" id={id} name={group.clone()} checked={chosen} {onchange} />
                                { text(lang, words) }
                            </label>
                        }
                    };
                    let kept: BTreeSet<PersonId> = match &now {
                        Sharing::EveryoneBut(persons) => persons.clone(),
                        _ => BTreeSet::new(),
                    };
                    html! {
                        <li key={tie.id.0}>
                            <fieldset class="shared-answer">
                                <legend>{ words }</legend>
                                if not_near {
                                    <p class="never-told">{ never_told(lang, &name_of(person)) }</p>
                                }
                                <div class="share-choices">
                                    { radio("helpers", !open_but && now == Sharing::Helpers, Some(Sharing::Helpers), Text::OnlyHelpers) }
                                    { radio("everyone", !open_but && now == Sharing::Everyone, Some(Sharing::Everyone), Text::ShareEveryone) }
                                    { radio("but", open_but, None, Text::ShareEveryoneBut) }
                                </div>
                                if open_but {
                                    <ul class="toggle-grid not-for">
                                        // People who can read: not the person a "not near" is about,
                                        // not an organisation, a pet or someone who has died.
                                        { for seen.others.iter().filter(|p| {
                                            p.id != person && p.kind == PersonKind::Person && !p.deceased
                                        }).map(|p| {
                                            let pressed = kept.contains(&p.id);
                                            let mut next = kept.clone();
                                            if pressed { next.remove(&p.id); } else { next.insert(p.id); }
                                            let to = if next.is_empty() { Sharing::Everyone } else { Sharing::EveryoneBut(next) };
                                            let pick = choose(tie_id, to);
                                            let opened = opened.clone();
                                            let onclick = Callback::from(move |_: MouseEvent| {
                                                // The list stays open when the last one is let go.
                                                let mut open = (*opened).clone();
                                                open.insert(tie_id);
                                                opened.set(open);
                                                pick();
                                            });
                                            html! {
                                                <li key={p.id.0}>
                                                    <button type="button" class="person-toggle" aria-pressed={pressed.to_string()} {onclick}>
                                                        { avatar(p) }
                                                        // "Niet voor" in words, not only by the border (a tick
                                                        // would read as "yes"); for a screen reader always.
                                                        <span class={if pressed { "not-for-mark" } else { "visually-hidden" }}>
                                                            if pressed { <span aria-hidden="true">{ "✋ " }</span> }
                                                            { text(lang, Text::NotFor) }
                                                        </span>
                                                        { " " }<span class="card-name">{ p.name.clone() }</span>
                                                    </button>
                                                </li>
                                            }
                                        }) }
                                    </ul>
                                }
                            </fieldset>
                        </li>
                    }
                }) }
            </ul>
            <p class="hint">{ text(lang, Text::CloseAndSafeStay) }</p>
        </div>
    }
}
