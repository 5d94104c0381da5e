//! "Close or far": the child at the top, four bands below from very close to far away.
//! The child drags people to another band, or uses the big Closer and Further buttons.

use super::answers::{ring_of, set_ring};
use super::avatar::{avatar, picture};
use super::drag::DragCard;
use super::speech::ReadAloud;
use super::{answer, ChildViewProps, Seen};
use crate::i18n::child::{move_person, ring_name, text, Text};
use crate::model::{PersonId, Ring};
use crate::ui::dom;
use crate::ui::state::{use_actions, use_app};
use yew::prelude::*;

#[component]
pub fn CloseFar(props: &ChildViewProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let Some(seen) = Seen::of(&state, props.child) else { return html! {} };

    let place = {
        let (state, on_action, child) = (state.clone(), on_action.clone(), props.child);
        Callback::from(move |(person, ring): (PersonId, Ring)| {
            answer(&state, &on_action, child, |p, _| set_ring(p, person, ring));
        })
    };
    let on_drop = {
        let place = place.clone();
        Callback::from(move |(person, zone): (PersonId, String)| {
            if let Some(ring) = zone.strip_prefix("ring-").and_then(|n| n.parse().ok()).and_then(Ring::new) {
                place.emit((person, ring));
            }
        })
    };
    let step = |person: PersonId, ring: Ring, closer: bool| {
        let place = place.clone();
        Callback::from(move |_: MouseEvent| {
            let to = if closer { ring.closer() } else { ring.further() };
            place.emit((person, to));
            // The card moves to another band: keep the keyboard on the same button there,
            // or on the other one when this one no longer goes anywhere.
            let edge = if closer { Ring::CLOSEST } else { Ring::FURTHEST };
            let same = if closer { "closer" } else { "further" };
            let other = if closer { "further" } else { "closer" };
            dom::focus_id(&format!("{}-{}", if to == edge { other } else { same }, person.0));
        })
    };
    let prompt = text(lang, Text::CloseFarPrompt);

    html! {
        <div class="close-far">
            <div class="prompt">
                <p>{ prompt }</p>
                <ReadAloud {lang} text={prompt} />
            </div>
            <div class="me" aria-hidden="true">
                { picture(seen.child_avatar, "avatar-big") }
                <span class="me-name">{ text(lang, Text::Me) }</span>
            </div>
            <div class="bands">
                { for Ring::all().map(|ring| {
                    let title = format!("band-{}-title", ring.get());
                    html! {
                        <section key={ring.get()} class={classes!("band", format!("band-{}", ring.get()))}
                            data-drop={format!("ring-{}", ring.get())} aria-labelledby={title.clone()}>
                            <h3 id={title}>{ ring_name(lang, ring) }</h3>
                            <ul class="cards">
                                { for seen.others.iter().filter(|p| ring_of(seen.perspective.as_ref(), p) == ring).map(|p| {
                                    let id = p.id;
                                    html! {
                                        <DragCard key={id.0} {id} on_drop={on_drop.clone()} class="person-card">
                                            { avatar(p) }
                                            <span class="card-name">{ p.name.clone() }</span>
                                            <span class="card-buttons">
                                                <button type="button" id={format!("closer-{}", id.0)}
                                                    aria-label={move_person(lang, &p.name, true)}
                                                    disabled={ring == Ring::CLOSEST} onclick={step(id, ring, true)}>
                                                    { arrow(true) }{ text(lang, Text::Closer) }
                                                </button>
                                                <button type="button" id={format!("further-{}", id.0)}
                                                    aria-label={move_person(lang, &p.name, false)}
                                                    disabled={ring == Ring::FURTHEST} onclick={step(id, ring, false)}>
                                                    { arrow(false) }{ text(lang, Text::Further) }
                                                </button>
                                            </span>
                                        </DragCard>
                                    }
                                }) }
                            </ul>
                        </section>
                    }
                }) }
            </div>
        </div>
    }
}

/// An arrow up (closer) or down (further), drawn by Kring: the arrow characters are
/// emoji on some devices and empty boxes on others.
fn arrow(up: bool) -> Html {
    let d = if up { "M8 2L14 9H10V14H6V9H2Z" } else { "M8 14L14 7H10V2H6V7H2Z" };
    html! {
        <svg class="picture arrow-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={d} />
        </svg>
    }
}
