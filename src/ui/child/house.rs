//! The safe house, in the spirit of the Signs of Safety safety house: the people who live
//! with the child inside the house, the people who come by and help keep the child safe
//! around it, the people the child does not want near outside the fence, and a path to
//! the front door on which the child stands to show how good and safe they feel (0–10).

use super::answers::{set_safety, set_zone, zone_of, Zone};
use super::avatar::{avatar, picture};
use super::drag::DragCard;
use super::speech::ReadAloud;
use super::{answer, ChildViewProps, Seen};
use crate::i18n::child::{path_stone, put_in_zone, text, Text};
use crate::model::PersonId;
use crate::ui::state::{use_actions, use_app};
use yew::prelude::*;

fn zone_text(zone: Zone) -> Text {
    match zone {
        Zone::House => Text::InMyHouse,
        Zone::Helps => Text::HelpsMe,
        Zone::NotNear => Text::NotNear,
        Zone::NotChosen => Text::NotChosen,
    }
}

/// The words on the button that moves someone to a zone: short, so cards stay small.
fn button_text(zone: Zone) -> Text {
    match zone {
        Zone::House => Text::InMyHouse,
        Zone::Helps => Text::ShortHelps,
        Zone::NotNear => Text::ShortNotNear,
        Zone::NotChosen => Text::DontKnow,
    }
}

fn zone_icon(zone: Zone) -> &'static str {
    match zone {
        Zone::House => "🏠",
        Zone::Helps => "🤝",
        Zone::NotNear => "✋",
        Zone::NotChosen => "❔",
    }
}

#[component]
pub fn SafeHouse(props: &ChildViewProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let Some(seen) = Seen::of(&state, props.child) else { return html! {} };

    let put = {
        let (state, on_action, child) = (state.clone(), on_action.clone(), props.child);
        Callback::from(move |(person, zone): (PersonId, Zone)| {
            let who = state.map().and_then(|m| m.person(person).cloned());
            if let Some(who) = who {
                answer(&state, &on_action, child, |p, ctx| set_zone(p, ctx, &who, zone));
                crate::ui::dom::focus_id(&format!("zone-card-{}", person.0));
            }
        })
    };
    let on_drop = {
        let put = put.clone();
        Callback::from(move |(person, key): (PersonId, String)| {
            if let Some(zone) = Zone::from_key(&key) {
                put.emit((person, zone));
            }
        })
    };
    let safety = seen.perspective.as_ref().and_then(|p| p.safety);
    let on_safety = |value: u8| {
        let (state, on_action, child) = (state.clone(), on_action.clone(), props.child);
        Callback::from(move |_: Event| answer(&state, &on_action, child, |p, ctx| set_safety(p, ctx, value)))
    };

    let zone = |zone: Zone| {
        let title = format!("zone-{}-title", zone.key());
        let people: Vec<_> =
            seen.others.iter().filter(|p| zone_of(seen.perspective.as_ref(), props.child, p) == zone).collect();
        html! {
            <section class={classes!("zone", format!("zone-{}", zone.key()))} data-drop={zone.key()}
                aria-labelledby={title.clone()}>
                <h3 id={title}><span aria-hidden="true">{ format!("{} ", zone_icon(zone)) }</span>{ text(lang, zone_text(zone)) }</h3>
                <ul class="cards">
                    { for people.into_iter().map(|p| {
                        let id = p.id;
                        let moves: Vec<Zone> = Zone::ALL.into_iter().filter(|z| *z != zone && z.fits(p)).collect();
                        html! {
                            <DragCard key={id.0} {id} on_drop={on_drop.clone()} class="person-card">
                                { avatar(p) }
                                <span class="card-name" id={format!("zone-card-{}", id.0)} tabindex="-1">{ p.name.clone() }</span>
                                <span class="card-buttons">
                                    { for moves.into_iter().map(|to| {
                                        let put = put.clone();
                                        html! {
                                            <button type="button" aria-label={put_in_zone(lang, &p.name, button_text(to))}
                                                onclick={Callback::from(move |_: MouseEvent| put.emit((id, to)))}>
                                                <span aria-hidden="true">{ format!("{} ", zone_icon(to)) }</span>
                                                { text(lang, button_text(to)) }
                                            </button>
                                        }
                                    }) }
                                </span>
                            </DragCard>
                        }
                    }) }
                </ul>
            </section>
        }
    };
    let prompt = text(lang, Text::HousePrompt);
    let path_prompt = text(lang, Text::PathPrompt);

    html! {
        <div class="safe-house-view">
            <div class="prompt">
                <p>{ prompt }</p>
                <ReadAloud {lang} text={prompt} />
            </div>
            <div class="safe-house">
                <div class="house-and-garden">
                    { zone(Zone::House) }
                    { zone(Zone::Helps) }
                </div>
                { zone(Zone::NotNear) }
                { zone(Zone::NotChosen) }
            </div>
            <fieldset class="safety-path">
                <legend>{ path_prompt }</legend>
                <ReadAloud {lang} text={path_prompt} />
                <div class="stones">
                    { for (0..=10u8).map(|value| {
                        let id = format!("stone-{value}");
                        let here = safety == Some(value);
                        html! {
                            <span key={value} class={classes!("stone", here.then_some("here"))}>
                                <input type="radio" name="safety" id={id.clone()} value={value.to_string()}
                                    checked={here} onchange={on_safety(value)} />
                                if here { { picture(seen.child_avatar, "stone-me") } }
                                <label for={id}>{ path_stone(lang, value) }</label>
                            </span>
                        }
                    }) }
                    <span class="front-door" aria-hidden="true">{ "🏠" }</span>
                </div>
            </fieldset>
        </div>
    }
}
