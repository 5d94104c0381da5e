//! The map: draws the scene as SVG. Persons are focusable; arrow keys move a focused
//! person closer or further and to the neighbouring sector.

use super::state::{Action, AppState};
use crate::i18n::{t, Key};
use crate::model::{Edit, FamilyMap, Person, PersonId, Sector};
use crate::scene::{PersonMark, Scene, TieLine};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub state: UseReducerHandle<AppState>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let scene = {
        let state = state.clone();
        use_memo((state.map_id.clone(), state.revision, lang), move |_| {
            state.map().map(|map| Scene::build(&map, lang)).unwrap_or_else(|| Scene::build(&FamilyMap::default(), lang))
        })
    };
    let [x, y, w, h] = scene.view_box;
    let on_key = {
        let state = state.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |(id, event): (PersonId, KeyboardEvent)| {
            let Some(map) = state.map() else { return };
            let Some(person) = map.person(id) else { return };
            if let Some(edit) = keyboard_move(person, &event.key()) {
                event.prevent_default();
                drop(map);
                on_action.emit(Action::Apply(edit));
            }
        })
    };
    html! {
        <svg class="map" role="group" aria-label={t(lang, Key::NetworkMap)}
            viewBox={format!("{x} {y} {w} {h}")} preserveAspectRatio="xMidYMid meet">
            <defs>{ arrow_markers() }</defs>
            { backdrop(&scene) }
            <g class="ties" aria-hidden="true">
                { for scene.ties.iter().map(tie_line) }
            </g>
            <g class="persons">
                { for scene.persons.iter().map(|mark| html! {
                    <PersonNode key={mark.id.0} mark={Rc::new(mark.clone())} on_key={on_key.clone()} />
                }) }
            </g>
        </svg>
    }
}

/// Rings, wedges and their labels: the paper the family draws on.
fn backdrop(scene: &Scene) -> Html {
    html! {
        <g class="backdrop" aria-hidden="true">
            { for scene.wedges.iter().map(|w| html! {
                <g class={classes!("wedge", format!("sector-{}", w.sector.key()))}>
                    <path d={w.path.clone()} />
                    <text class="sector-label" x={fmt(w.label_x)} y={fmt(w.label_y)}
                        text-anchor="middle" dominant-baseline="middle">{ w.label.clone() }</text>
                </g>
            }) }
            { for scene.rings.iter().map(|r| html! {
                <circle class="ring" cx="0" cy="0" r={fmt(r.radius)} />
            }) }
            <circle class="centre" cx="0" cy="0" r={fmt(scene.centre.r)} />
            <text class="centre-label" x="0" y={fmt(-scene.centre.r + 18.0)} text-anchor="middle">
                { scene.centre_label.clone() }
            </text>
        </g>
    }
}

fn arrow_markers() -> Html {
    html! {
        <>
            <marker id="arrow-end" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5"
                orient="auto-start-reverse" markerUnits="strokeWidth">
                <path d="M0 0L10 5L0 10z" class="arrow" />
            </marker>
        </>
    }
}

fn tie_line(line: &TieLine) -> Html {
    let style = &line.style;
    html! {
        <path key={line.id.0} class={classes!("tie", style.class)} d={line.path.clone()}
            stroke-width={fmt(style.width)} stroke-dasharray={style.dash}
            marker-end={style.arrow_end.then_some("url(#arrow-end)")}
            marker-start={style.arrow_start.then_some("url(#arrow-end)")} fill="none" />
    }
}

#[derive(Properties, PartialEq)]
struct PersonNodeProps {
    mark: Rc<PersonMark>,
    on_key: Callback<(PersonId, KeyboardEvent)>,
}

/// One person on the map. Keyed and compared by value, so a change to one person
/// redraws only that person.
#[component]
fn PersonNode(props: &PersonNodeProps) -> Html {
    let mark = &props.mark;
    let onkeydown = {
        let on_key = props.on_key.clone();
        let id = mark.id;
        Callback::from(move |event: KeyboardEvent| on_key.emit((id, event)))
    };
    html! {
        <g class={classes!("person", mark.household.then_some("household"), mark.child.then_some("child"),
                mark.deceased.then_some("deceased"))}
            tabindex="0" role="button" aria-label={mark.accessible_name.clone()}
            data-person-id={mark.id.0.to_string()} {onkeydown}
            transform={format!("translate({} {})", fmt(mark.x), fmt(mark.y))}>
            <circle r={fmt(mark.r)} class="person-dot" />
            if !mark.avatar.is_empty() {
                <text class="avatar" text-anchor="middle" dominant-baseline="central">{ mark.avatar.clone() }</text>
            }
            <text class="person-label" x={fmt(mark.label_x - mark.x)} y={fmt(mark.label_y - mark.y)}
                text-anchor="middle">{ mark.label.clone() }</text>
        </g>
    }
}

/// Arrow keys place a person: up is closer, down is further, left and right go to the
/// neighbouring sector. Household members stay in the centre.
fn keyboard_move(person: &Person, key: &str) -> Option<Edit> {
    if person.in_centre() {
        return None;
    }
    let (mut sector, mut ring) = (person.sector, person.ring);
    match key {
        "ArrowUp" => ring = ring.closer(),
        "ArrowDown" => ring = ring.further(),
        "ArrowLeft" | "ArrowRight" => {
            let index = sector.wedge_index()?;
            let count = Sector::OUTER.len();
            let next = if key == "ArrowRight" { (index + 1) % count } else { (index + count - 1) % count };
            sector = Sector::OUTER[next];
        }
        _ => return None,
    }
    if (sector, ring) == (person.sector, person.ring) {
        return None;
    }
    Some(Edit::MovePerson { id: person.id, sector, ring, angle: person.angle })
}

fn fmt(value: f64) -> String {
    format!("{value:.1}")
}

