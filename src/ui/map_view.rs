//! The map: draws the scene as SVG and turns pointer and key events into actions.
//! Persons are focusable buttons; arrow keys move a focused person closer or further and
//! to the neighbouring sector; Enter selects; Delete asks to remove.

use super::gestures::{next_merge_key, Gesture, Point, TAP_SLOP};
use super::state::{Action, AppState, Selection};
use crate::i18n::{t, Key};
use crate::model::{Edit, FamilyMap, Person, PersonId, PersonKind, Sector, TieKind};
use crate::scene::geometry::place_at;
use crate::scene::geometry::RING_WIDTH;
use crate::scene::{sector_fill, PersonMark, Scene, TieLine, HALF_SIZE};
use crate::viewport::Viewport;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::render::{request_animation_frame, AnimationFrame};
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, SvgGraphicsElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub state: UseReducerHandle<AppState>,
    pub on_action: Callback<Action>,
    pub viewport: UseStateHandle<Viewport>,
}

/// Pointer state that changes on every move and must not cause a redraw by itself.
#[derive(Default)]
struct Live {
    gesture: Gesture,
    frame: Option<AnimationFrame>,
}

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let viewport = props.viewport.clone();
    let svg_ref = use_node_ref();
    let live = use_mut_ref(Live::default);
    // The rubber band from the first person to the pointer while connecting by drag.
    let rubber = use_state(|| None::<(Point, Point)>);

    let scene = {
        let state = state.clone();
        use_memo((state.map_id.clone(), state.revision, lang, state.perspective), move |_| {
            state
                .map()
                // Issue 8: drawn as the chosen perspective sees it (the shared map otherwise).
                .map(|map| Scene::build(&super::timeline::lens::shown_map(&map, state.perspective), lang))
                .unwrap_or_else(|| Scene::build(&FamilyMap::default(), lang))
        })
    };

    // Wheel zoom needs a listener that may prevent scrolling the page.
    {
        let svg_ref = svg_ref.clone();
        let viewport = viewport.clone();
        use_effect_with(*viewport, move |_| {
            let listener = svg_ref.cast::<Element>().map(|svg| {
                let target = svg.clone();
                EventListener::new_with_options(&svg, "wheel", EventListenerOptions::enable_prevent_default(), move |e| {
                    let Some(wheel) = e.dyn_ref::<WheelEvent>() else { return };
                    wheel.prevent_default();
                    let at = to_scene(&target, wheel.client_x() as f64, wheel.client_y() as f64);
                    let factor = if wheel.delta_y() < 0.0 { 1.15 } else { 1.0 / 1.15 };
                    viewport.set(viewport.zoom_at(factor, at.x, at.y));
                })
            });
            move || drop(listener)
        });
    }

    // Person callbacks stay the same object across redraws (they read the newest state
    // through `latest`), so a person whose mark did not change is not redrawn.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let on_person_key = {
        let latest = latest.clone();
        use_callback(props.on_action.clone(), move |(id, event): (PersonId, KeyboardEvent), on_action| {
            let state = latest.borrow().clone();
            let key = event.key();
            if key == "Enter" || key == " " {
                event.prevent_default();
                on_action.emit(pick_or_select(&state, id));
                return;
            }
            if key == "Delete" || key == "Backspace" {
                event.prevent_default();
                on_action.emit(Action::Select(Some(Selection::Person(id))));
                super::dom::focus_id("delete-person");
                return;
            }
            if key == "Escape" {
                on_action.emit(Action::Connect(false));
                on_action.emit(Action::Select(None));
                return;
            }
            let Some(map) = state.map() else { return };
            let Some(edit) = map.person(id).and_then(|p| keyboard_move(p, &key)) else { return };
            drop(map);
            event.prevent_default();
            on_action.emit(Action::Apply(edit));
        })
    };

    let on_person_down = {
        let live = live.clone();
        let svg_ref = svg_ref.clone();
        use_callback((), move |(id, event): (PersonId, PointerEvent), _| {
            if !event.is_primary() || event.button() > 0 {
                return;
            }
            event.stop_propagation();
            if let Some(svg) = svg_ref.cast::<Element>() {
                let _ = svg.set_pointer_capture(event.pointer_id());
            }
            let at = Point { x: event.client_x() as f64, y: event.client_y() as f64 };
            live.borrow_mut().gesture = Gesture::OnPerson {
                pointer: event.pointer_id(),
                person: id,
                start: at,
                latest: at,
                dragging: false,
                key: next_merge_key(),
            };
        })
    };

    let on_background_down = {
        let live = live.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |event: PointerEvent| {
            if event.button() > 0 {
                return;
            }
            let at = Point { x: event.client_x() as f64, y: event.client_y() as f64 };
            if let Some(svg) = svg_ref.cast::<Element>() {
                let _ = svg.set_pointer_capture(event.pointer_id());
            }
            let mut live = live.borrow_mut();
            live.gesture = match live.gesture.clone() {
                Gesture::Panning { pointer, last } if pointer != event.pointer_id() => {
                    Gesture::Pinching { a: (pointer, last), b: (event.pointer_id(), at) }
                }
                _ => Gesture::Panning { pointer: event.pointer_id(), last: at },
            };
        })
    };

    let on_move = {
        let live = live.clone();
        let svg_ref = svg_ref.clone();
        let viewport = viewport.clone();
        let state = state.clone();
        let on_action = props.on_action.clone();
        let rubber = rubber.clone();
        Callback::from(move |event: PointerEvent| {
            let at = Point { x: event.client_x() as f64, y: event.client_y() as f64 };
            let Some(svg) = svg_ref.cast::<Element>() else { return };
            let mut guard = live.borrow_mut();
            match &mut guard.gesture {
                Gesture::OnPerson { pointer, start, latest, dragging, .. } if *pointer == event.pointer_id() => {
                    *latest = at;
                    if !*dragging && start.distance(at) > TAP_SLOP {
                        *dragging = true;
                    }
                    if !*dragging || guard.frame.is_some() {
                        return;
                    }
                    // Coalesce moves: at most one map update per animation frame.
                    let live_for_frame = live.clone();
                    let state = state.clone();
                    let on_action = on_action.clone();
                    let rubber = rubber.clone();
                    let svg = svg.clone();
                    guard.frame = Some(request_animation_frame(move |_| {
                        let mut live = live_for_frame.borrow_mut();
                        live.frame = None;
                        let Gesture::OnPerson { person, start, latest, key, .. } = live.gesture.clone() else { return };
                        drop(live);
                        let point = to_scene(&svg, latest.x, latest.y);
                        if state.connecting.is_some() {
                            rubber.set(Some((to_scene(&svg, start.x, start.y), point)));
                        } else if let Some(edit) = drag_move(&state, person, point) {
                            on_action.emit(Action::ApplyMerged(edit, key));
                        }
                    }));
                }
                Gesture::Panning { pointer, last } if *pointer == event.pointer_id() => {
                    let from = to_scene(&svg, last.x, last.y);
                    let to = to_scene(&svg, at.x, at.y);
                    *last = at;
                    viewport.set(viewport.panned(to.x - from.x, to.y - from.y));
                }
                Gesture::Pinching { a, b } => {
                    let before = a.1.distance(b.1);
                    if a.0 == event.pointer_id() {
                        a.1 = at;
                    } else if b.0 == event.pointer_id() {
                        b.1 = at;
                    } else {
                        return;
                    }
                    let after = a.1.distance(b.1);
                    if before > 1.0 && after > 1.0 {
                        let mid = to_scene(&svg, (a.1.x + b.1.x) / 2.0, (a.1.y + b.1.y) / 2.0);
                        viewport.set(viewport.zoom_at(after / before, mid.x, mid.y));
                    }
                }
                _ => {}
            }
        })
    };

    let on_up = {
        let live = live.clone();
        let svg_ref = svg_ref.clone();
        let state = state.clone();
        let on_action = props.on_action.clone();
        let rubber = rubber.clone();
        Callback::from(move |event: PointerEvent| {
            let gesture = std::mem::take(&mut live.borrow_mut().gesture);
            live.borrow_mut().frame = None;
            match gesture {
                Gesture::OnPerson { pointer, person, dragging, latest, key, .. } if pointer == event.pointer_id() => {
                    rubber.set(None);
                    if !dragging {
                        on_action.emit(pick_or_select(&state, person));
                    } else if state.connecting.is_some() {
                        if let Some(to) = person_at(latest) {
                            on_action.emit(Action::ConnectPair { from: person, to, kind: TieKind::Contact });
                        }
                    } else {
                        // The last move may still wait for its frame: apply it now, then
                        // close the undo step.
                        if let Some(svg) = svg_ref.cast::<Element>() {
                            if let Some(edit) = drag_move(&state, person, to_scene(&svg, latest.x, latest.y)) {
                                on_action.emit(Action::ApplyMerged(edit, key));
                            }
                        }
                        on_action.emit(Action::Seal);
                    }
                }
                Gesture::Pinching { a, b } => {
                    // One finger lifted: keep panning with the other.
                    let (pointer, last) = if a.0 == event.pointer_id() { b } else { a };
                    live.borrow_mut().gesture = Gesture::Panning { pointer, last };
                }
                Gesture::Panning { pointer, last } if pointer == event.pointer_id() => {
                    let _ = last;
                }
                other => live.borrow_mut().gesture = other,
            }
        })
    };

    let on_svg_key = {
        let viewport = viewport.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "+" | "=" => viewport.set(viewport.zoomed_in()),
            "-" | "_" => viewport.set(viewport.zoomed_out()),
            _ => {}
        })
    };

    let emphasis = Emphasis::of(state, &scene);
    // The view is square around the centre and large enough for everything drawn.
    let [bx, by, bw, bh] = scene.view_box;
    // (A little extra: bold sector names are wider than the scene estimates.)
    let half = [-bx, bx + bw, -by, by + bh].into_iter().fold(HALF_SIZE, f64::max) + 30.0;
    let [x, y, w, h] = viewport.view_box(2.0 * half);
    let text_scale = viewport.text_scale();
    let connect_from = state.connecting.and_then(|c| c.from);
    // Filtered by what the scene drew, so a perspective's own ties (not on the shared map) show too.
    let visible_ties: Vec<&TieLine> = scene
        .ties
        .iter()
        .filter(|line| state.filter.shows(&crate::model::Tie::new(line.id, line.from, line.to, line.kind)))
        .collect();
    // A perspective's ties are changed in the "Over time" panel, not in the shared tie panel.
    let on_tie_action = if state.perspective.is_some() { Callback::noop() } else { props.on_action.clone() };
    let lens_overlay = match state.map() {
        Some(map) => super::timeline::lens::map_overlay(lang, &map, state.perspective, &scene),
        None => html! {},
    };

    html! {
        <svg ref={svg_ref} class={classes!("map", state.connecting.is_some().then_some("connecting"))}
            role="group" aria-label={t(lang, Key::NetworkMap)} aria-describedby="map-help"
            viewBox={format!("{x:.1} {y:.1} {w:.1} {h:.1}")} preserveAspectRatio="xMidYMid meet"
            onpointerdown={on_background_down} onpointermove={on_move} onpointerup={on_up.clone()}
            onpointercancel={on_up} onkeydown={on_svg_key}>
            <desc id="map-help">{ t(lang, Key::MapHelp) }</desc>
            <defs>{ arrow_markers() }</defs>
            { backdrop(&scene) }
            <g class="ties" aria-hidden="true">
                { for visible_ties.iter().map(|line| html! {
                    <TieView key={line.id.0} line={(*line).clone()} dimmed={emphasis.dims_tie(line)}
                        selected={emphasis.selected_tie == Some(line.id)} on_action={on_tie_action.clone()} />
                }) }
            </g>
            { lens_overlay }
            if let Some((a, b)) = *rubber {
                <line class="rubber-band" x1={fmt(a.x)} y1={fmt(a.y)} x2={fmt(b.x)} y2={fmt(b.y)} />
            }
            <g class="persons" font-size={fmt(17.0 * text_scale)}>
                { for scene.persons.iter().map(|mark| html! {
                    <PersonNode key={mark.id.0} mark={Rc::new(mark.clone())}
                        selected={emphasis.selected == Some(mark.id)}
                        dimmed={emphasis.dims_person(mark.id)}
                        picked={connect_from == Some(mark.id)}
                        on_key={on_person_key.clone()} on_down={on_person_down.clone()} />
                }) }
            </g>
        </svg>
    }
}

/// What the selection or a highlighted insight brings forward, and what it dims.
struct Emphasis {
    selected: Option<PersonId>,
    selected_tie: Option<crate::model::TieId>,
    /// Persons to keep bright; empty means nothing is dimmed.
    bright: HashSet<PersonId>,
}

impl Emphasis {
    fn of(state: &AppState, scene: &Scene) -> Emphasis {
        let selected = state.selected_person();
        let selected_tie = match state.selection {
            Some(Selection::Tie(id)) => Some(id),
            _ => None,
        };
        let mut bright: HashSet<PersonId> = state.highlight.iter().copied().collect();
        if let Some(id) = selected {
            bright.insert(id);
            for line in scene.ties.iter().filter(|l| l.from == id || l.to == id) {
                bright.insert(line.from);
                bright.insert(line.to);
            }
        }
        Emphasis { selected, selected_tie, bright }
    }

    fn dims_person(&self, id: PersonId) -> bool {
        !self.bright.is_empty() && !self.bright.contains(&id)
    }

    fn dims_tie(&self, line: &TieLine) -> bool {
        if self.selected_tie.is_some() {
            return self.selected_tie != Some(line.id);
        }
        !self.bright.is_empty() && !(self.bright.contains(&line.from) && self.bright.contains(&line.to))
    }
}

/// A tap or Enter on a person: picks it while connecting, selects it otherwise.
fn pick_or_select(state: &AppState, id: PersonId) -> Action {
    if state.connecting.is_some() {
        Action::PickForConnect(id)
    } else {
        Action::Select(Some(Selection::Person(id)))
    }
}

/// Where a dragged person lands: the sector, ring and spot under the pointer.
fn drag_move(state: &AppState, id: PersonId, at: Point) -> Option<Edit> {
    let map = state.map()?;
    let person = map.person(id)?;
    let (sector, ring, angle) = place_at(at.x, at.y);
    let unchanged = person.sector == sector && person.ring == ring && (person.angle - angle).abs() < 1e-3;
    (!unchanged).then_some(Edit::MovePerson { id, sector, ring, angle })
}

/// The person drawn under a point on screen, if any.
fn person_at(at: Point) -> Option<PersonId> {
    let document = web_sys::window()?.document()?;
    let element = document.element_from_point(at.x as f32, at.y as f32)?;
    let node = element.closest("[data-person-id]").ok()??;
    node.get_attribute("data-person-id")?.parse().ok().map(PersonId)
}

/// Converts a point on screen (CSS pixels) into scene units.
fn to_scene(svg: &Element, x: f64, y: f64) -> Point {
    let Some(matrix) = svg.dyn_ref::<SvgGraphicsElement>().and_then(|g| g.get_screen_ctm()) else {
        return Point { x, y };
    };
    // The map is never rotated or skewed: only scale (a, d) and offset (e, f).
    let (a, d) = (matrix.a() as f64, matrix.d() as f64);
    if a.abs() < 1e-9 || d.abs() < 1e-9 {
        return Point { x, y };
    }
    Point { x: (x - matrix.e() as f64) / a, y: (y - matrix.f() as f64) / d }
}

/// Rings, wedges and their labels: the paper the family draws on.
fn backdrop(scene: &Scene) -> Html {
    html! {
        <g class="backdrop" aria-hidden="true">
            { for scene.wedges.iter().map(|w| html! {
                <g class={classes!("wedge", format!("sector-{}", w.sector.key()))}>
                    <path d={w.path.clone()} fill={sector_fill(w.sector)} />
                    <text class="sector-label" x={fmt(w.label_x)} y={fmt(w.label_y)}
                        text-anchor="middle" dominant-baseline="middle">{ w.label.clone() }</text>
                </g>
            }) }
            { for scene.rings.iter().map(|r| html! {
                <circle class="ring" cx="0" cy="0" r={fmt(r.radius)} />
            }) }
            <circle class="centre" cx="0" cy="0" r={fmt(scene.centre.r)} fill={sector_fill(Sector::Household)} />
            // Ring numbers straight up, between the last and first wedge, as in the export.
            { for scene.rings.iter().map(|r| html! {
                <text class="ring-number" x="0" y={fmt(-(r.radius - RING_WIDTH / 2.0))} text-anchor="middle"
                    dominant-baseline="central">{ r.ring.get().to_string() }</text>
            }) }
            <text class="centre-label" x="0" y={fmt(-scene.centre.r + 18.0)} text-anchor="middle">
                { scene.centre_label.clone() }
            </text>
        </g>
    }
}

fn arrow_markers() -> Html {
    html! {
        <marker id="arrow-end" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5"
            orient="auto-start-reverse" markerUnits="strokeWidth">
            <path d="M0 0L10 5L0 10z" class="arrow" />
        </marker>
    }
}

#[derive(Properties, PartialEq)]
struct TieViewProps {
    line: TieLine,
    dimmed: bool,
    selected: bool,
    on_action: Callback<Action>,
}

/// One tie. A component compared by value, so dragging one person redraws only the ties
/// that actually moved, not every line on the map.
#[component]
fn TieView(props: &TieViewProps) -> Html {
    let line = &props.line;
    let style = &line.style;
    let onclick = {
        let on_action = props.on_action.clone();
        let id = line.id;
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            on_action.emit(Action::Select(Some(Selection::Tie(id))));
        })
    };
    html! {
        <g class={classes!("tie-group", props.dimmed.then_some("dimmed"), props.selected.then_some("selected"))}
            data-tie-id={line.id.0.to_string()}>
            // A wide invisible stroke makes thin lines easy to tap.
            <path class="tie-hit" d={line.path.clone()} onclick={onclick} onpointerdown={Callback::from(|e: PointerEvent| e.stop_propagation())} />
            <path class={classes!("tie", style.class)} d={line.path.clone()}
                stroke-width={fmt(style.width)} stroke-dasharray={style.dash}
                marker-end={style.arrow_end.then_some("url(#arrow-end)")}
                marker-start={style.arrow_start.then_some("url(#arrow-end)")} fill="none" />
            { tie_badge(line) }
        </g>
    }
}

/// A small symbol halfway along a support or risk tie, so the kind reads even where the
/// line pattern is hard to see (short ties, black-and-white print): "+" in a circle for
/// support, "!" in a diamond for risk.
fn tie_badge(line: &TieLine) -> Html {
    let (x, y) = line.midpoint();
    let transform = format!("translate({} {})", fmt(x), fmt(y));
    match line.kind {
        TieKind::Support => html! {
            <g class="tie-badge badge-support" {transform}>
                <circle r="11" />
                <path d="M-6 0H6M0 -6V6" />
            </g>
        },
        TieKind::Risk => html! {
            <g class="tie-badge badge-risk" {transform}>
                <path d="M0 -13L13 0L0 13L-13 0Z" />
                <path d="M0 -6.5V2M0 4.5V6" />
            </g>
        },
        TieKind::Contact => html! {},
    }
}

#[derive(Properties, PartialEq)]
struct PersonNodeProps {
    mark: Rc<PersonMark>,
    selected: bool,
    dimmed: bool,
    /// Picked as the start of a new tie.
    picked: bool,
    on_key: Callback<(PersonId, KeyboardEvent)>,
    on_down: Callback<(PersonId, PointerEvent)>,
}

/// One person on the map. Keyed and compared by value, so a change to one person
/// redraws only that person.
#[component]
fn PersonNode(props: &PersonNodeProps) -> Html {
    let mark = &props.mark;
    let id = mark.id;
    let onkeydown = {
        let on_key = props.on_key.clone();
        Callback::from(move |event: KeyboardEvent| on_key.emit((id, event)))
    };
    let onpointerdown = {
        let on_down = props.on_down.clone();
        Callback::from(move |event: PointerEvent| on_down.emit((id, event)))
    };
    html! {
        <g class={classes!("person", mark.household.then_some("household"), mark.child.then_some("child"),
                mark.deceased.then_some("deceased"), props.selected.then_some("selected"),
                props.dimmed.then_some("dimmed"), props.picked.then_some("picked"))}
            tabindex="0" role="button" aria-label={mark.accessible_name.clone()}
            aria-pressed={(props.selected || props.picked).to_string()}
            data-person-id={id.0.to_string()} {onkeydown} {onpointerdown}
            transform={format!("translate({} {})", fmt(mark.x), fmt(mark.y))}>
            if let Some([x1, y1, x2, y2]) = mark.label_leader {
                <line class="label-leader" x1={fmt(x1 - mark.x)} y1={fmt(y1 - mark.y)} x2={fmt(x2 - mark.x)} y2={fmt(y2 - mark.y)} />
            }
            if mark.kind == PersonKind::Organisation {
                // Organisations and places are squares, as in the exported picture.
                <rect x={fmt(-mark.r)} y={fmt(-mark.r)} width={fmt(2.0 * mark.r)} height={fmt(2.0 * mark.r)} rx="5" class="person-dot" />
            } else {
                <circle r={fmt(mark.r)} class="person-dot" />
            }
            if !mark.gender_symbol.is_empty() {
                <text class="gender-symbol" x={fmt(mark.r * 0.8)} y={fmt(-mark.r * 0.8)} text-anchor="middle"
                    dominant-baseline="central">{ mark.gender_symbol }</text>
            }
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

