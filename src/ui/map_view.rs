//! The map: draws the scene as SVG and turns pointer and key events into actions.
//! Persons are focusable buttons; arrow keys move a focused person closer or further and
//! to the neighbouring sector; Enter selects; Delete asks to remove.

use super::backdrop::{backdrop, Paper};
use super::drag_layer::{DragLayer, DragPointer};
use super::gestures::{Gesture, Point, ScreenToScene, TAP_SLOP};
use super::map_marks::{arrow_markers, fmt, person_badges, PersonNode, TieView};
use super::state::{Action, AppState, MapLook, Selection};
use crate::i18n::{t, Key};
use crate::model::{Edit, FamilyMap, Person, PersonId};
use crate::scene::geometry::place_at;
use crate::scene::LABEL_FONT_SIZE;
use crate::scene::{PersonMark, Scene, TieLine};
use crate::viewport::{paper_font, scene_for_frame, shown_half, Placed, Viewport};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::render::{request_animation_frame, AnimationFrame};
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, SvgGraphicsElement};
use yew::prelude::*;

#[derive(Properties)]
pub struct MapViewProps {
    /// Read for the newest map in callbacks; not compared (see `look`).
    pub state: UseReducerHandle<AppState>,
    /// What the map shows, taken when the app drew: the map is drawn again only when
    /// this changed.
    pub look: MapLook,
    pub on_action: Callback<Action>,
    pub viewport: UseStateHandle<Viewport>,
}

impl PartialEq for MapViewProps {
    fn eq(&self, other: &Self) -> bool {
        (&self.look, &self.on_action, &self.viewport) == (&other.look, &other.on_action, &other.viewport)
    }
}

/// Pointer state that changes on every move and must not cause a redraw by itself.
#[derive(Default)]
struct Live {
    gesture: Gesture,
    frame: Option<AnimationFrame>,
    /// The dragged person is being drawn by the drag layer (see `drag_layer`).
    lifted: bool,
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
    // The dragged person is drawn by the drag layer, reached through `drag_pointer`
    // without redrawing the map.
    let drag_pointer = use_memo((), |_| DragPointer::default());

    // The map's size on screen (CSS pixels of the square it is drawn in), so names can
    // be made large enough to read and persons large enough to tap.
    // Started from the window's size, so the first drawing already has the names at the
    // size the measured square gives (sizes go in steps: a close guess gives the same
    // scene, and the measurement after the first frame changes nothing). Starting from
    // nothing placed every name twice when a map opened.
    let frame_px = use_state_eq(estimated_frame_px);
    {
        let svg_ref = svg_ref.clone();
        let frame_px = frame_px.clone();
        use_effect_with((), move |_| {
            let watch = svg_ref.cast::<Element>().and_then(|svg| watch_size(svg, frame_px));
            move || drop(watch)
        });
    }
    let frame = f64::from(*frame_px);
    // Names are placed for the size they are drawn at (see `scene_for_frame`); the
    // frame's size decides that font, in steps, so a small resize places nothing again.
    let font_key = paper_font(LABEL_FONT_SIZE, frame) as u32;
    // The font the names of this map were placed for last, on this frame.
    let last_font = use_mut_ref(|| None::<(String, u32, Placed)>);
    let scene_and_font = {
        let state = state.clone();
        let last_font = last_font.clone();
        use_memo((state.map_id.clone(), state.revision, lang, state.perspective, state.lens, font_key), move |_| {
            let start = last_font
                .borrow()
                .as_ref()
                .filter(|(map, key, _)| *map == state.map_id && *key == font_key)
                .map(|(_, _, placed)| *placed);
            let fit = |map: &FamilyMap| {
                scene_for_frame(LABEL_FONT_SIZE, frame, start, |font| Scene::build_with(map, lang, font))
            };
            let (scene, placed) = match (state.map(), state.lens) {
                // Drawn exactly as this reader's printout would draw it.
                (Some(map), Some(reader)) => {
                    fit(&crate::present::shown_to(&map, reader, lang, crate::ui::clock::this_year()))
                }
                // Drawn as the chosen perspective sees it (the shared map otherwise).
                (Some(map), None) => fit(&crate::timeline::shown_map(&map, state.perspective)),
                (None, _) => fit(&FamilyMap::default()),
            };
            *last_font.borrow_mut() = Some((state.map_id.clone(), font_key, placed));
            (Rc::new(scene), placed.font)
        })
    };
    let (scene, placed_font) = (scene_and_font.0.clone(), scene_and_font.1);

    // Every mark shared, made once per scene: redrawing the map then compares marks
    // instead of copying hundreds of names and paths.
    let marks = use_memo(scene.clone(), |scene| Shared::of(scene));

    // Printed, the map shows all of itself, whatever part the screen was zoomed to; the
    // screen's view comes back after printing.
    {
        let latest = use_mut_ref(|| *viewport);
        *latest.borrow_mut() = *viewport;
        // The screen's view while the page is printed.
        let on_screen = use_mut_ref(|| None::<Viewport>);
        let viewport = viewport.clone();
        use_effect_with((), move |_| {
            let listeners = print_listeners(move |printing| {
                // Both the print events and the print media query may say so: once is enough.
                let mut kept = on_screen.borrow_mut();
                if printing {
                    if kept.is_none() {
                        *kept = Some(*latest.borrow());
                        viewport.set(Viewport::default());
                    }
                } else if let Some(before) = kept.take() {
                    viewport.set(before);
                }
            });
            move || drop(listeners)
        });
    }

    // Wheel zoom needs a listener that may prevent scrolling the page.
    {
        let svg_ref = svg_ref.clone();
        let viewport = viewport.clone();
        use_effect_with(*viewport, move |_| {
            let listener = svg_ref.cast::<Element>().map(|svg| {
                let target = svg.clone();
                EventListener::new_with_options(
                    &svg,
                    "wheel",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(wheel) = e.dyn_ref::<WheelEvent>() else { return };
                        wheel.prevent_default();
                        let at = to_scene(&target, wheel.client_x() as f64, wheel.client_y() as f64);
                        let factor = if wheel.delta_y() < 0.0 { 1.15 } else { 1.0 / 1.15 };
                        viewport.set(viewport.zoom_at(factor, at.x, at.y));
                    },
                )
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
                // This person's panel: another one may still be on the page until the redraw.
                super::dom::focus_selector(&format!("#delete-person[data-for='{}']", id.0));
                return;
            }
            if key == "Escape" {
                on_action.emit(Action::Connect(false));
                on_action.emit(Action::Select(None));
                return;
            }
            let Some(map) = state.map() else { return };
            let Some(edit) = map.person(id).and_then(|p| keyboard_move(p, &key)) else { return };
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
            let Some(svg) = svg_ref.cast::<Element>() else { return };
            let _ = svg.set_pointer_capture(event.pointer_id());
            let at = Point { x: event.client_x() as f64, y: event.client_y() as f64 };
            live.borrow_mut().gesture = Gesture::OnPerson {
                pointer: event.pointer_id(),
                person: id,
                start: at,
                latest: at,
                dragging: false,
                screen: screen_to_scene(&svg),
            };
        })
    };

    let on_background_down = {
        let live = live.clone();
        let svg_ref = svg_ref.clone();
        let viewport = viewport.clone();
        Callback::from(move |event: PointerEvent| {
            if event.button() > 0 {
                return;
            }
            let at = Point { x: event.client_x() as f64, y: event.client_y() as f64 };
            let Some(svg) = svg_ref.cast::<Element>() else { return };
            let _ = svg.set_pointer_capture(event.pointer_id());
            let mut live = live.borrow_mut();
            live.gesture = match live.gesture.clone() {
                Gesture::Panning { pointer, start, last } if pointer != event.pointer_id() => {
                    // A second finger: the slide so far becomes the view, then pinch.
                    end_slide(&svg, &viewport, start, last);
                    let frame = svg.get_bounding_client_rect();
                    Gesture::Pinching {
                        a: (pointer, last),
                        b: (event.pointer_id(), at),
                        from: (last, at),
                        corner: Point { x: frame.x(), y: frame.y() },
                    }
                }
                _ => Gesture::Panning { pointer: event.pointer_id(), start: at, last: at },
            };
        })
    };

    let on_move = {
        let live = live.clone();
        let svg_ref = svg_ref.clone();
        let viewport = viewport.clone();
        let state = state.clone();
        let rubber = rubber.clone();
        let drag_pointer = drag_pointer.clone();
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
                    // Coalesce moves: at most one redraw per animation frame.
                    let live_for_frame = live.clone();
                    let connecting = state.connecting.is_some();
                    let rubber = rubber.clone();
                    let drag_pointer = drag_pointer.clone();
                    guard.frame = Some(request_animation_frame(move |_| {
                        let mut live = live_for_frame.borrow_mut();
                        live.frame = None;
                        let Gesture::OnPerson { person, start, latest, screen, .. } = live.gesture.clone() else {
                            return;
                        };
                        let point = screen.apply(latest);
                        if connecting {
                            rubber.set(Some((screen.apply(start), point)));
                        } else {
                            live.lifted = true;
                            drag_pointer.set(Some((person, point)));
                        }
                    }));
                }
                Gesture::Panning { pointer, start, last } if *pointer == event.pointer_id() => {
                    *last = at;
                    slide(&svg, Some(format!("translate({:.1}px, {:.1}px)", at.x - start.x, at.y - start.y)));
                }
                Gesture::Pinching { a, b, from, corner } => {
                    if a.0 == event.pointer_id() {
                        a.1 = at;
                    } else if b.0 == event.pointer_id() {
                        b.1 = at;
                    } else {
                        return;
                    }
                    // The picture grows around the fingers' first midpoint and follows it:
                    // a point p on screen goes to factor * (p - first) + now.
                    let factor = viewport.allowed_factor(spread(*from, (a.1, b.1)));
                    let (first, now) = (from.0.midpoint(from.1), a.1.midpoint(b.1));
                    let x = factor * (corner.x - first.x) + now.x - corner.x;
                    let y = factor * (corner.y - first.y) + now.y - corner.y;
                    slide(&svg, Some(format!("translate({x:.1}px, {y:.1}px) scale({factor:.4})")));
                }
                _ => {}
            }
        })
    };

    let on_up = {
        let live = live.clone();
        let svg_ref = svg_ref.clone();
        let viewport = viewport.clone();
        let state = state.clone();
        let on_action = props.on_action.clone();
        let rubber = rubber.clone();
        let drag_pointer = drag_pointer.clone();
        Callback::from(move |event: PointerEvent| {
            let gesture = std::mem::take(&mut live.borrow_mut().gesture);
            live.borrow_mut().frame = None;
            match gesture {
                Gesture::OnPerson { pointer, person, dragging, latest, screen, .. }
                    if pointer == event.pointer_id() =>
                {
                    rubber.set(None);
                    if std::mem::take(&mut live.borrow_mut().lifted) {
                        drag_pointer.set(None);
                    }
                    if !dragging {
                        on_action.emit(pick_or_select(&state, person));
                    } else if let Some(connecting) = state.connecting {
                        if let Some(to) = person_at(latest) {
                            on_action.emit(Action::ConnectPair { from: person, to, kind: connecting.kind });
                        }
                    } else if event.type_() != "pointercancel" {
                        // One change (and one undo step) per drag, where it was let go.
                        // A cancelled pointer (the browser took over) leaves the person.
                        if let Some(edit) = drag_move(&state, person, screen.apply(latest)) {
                            on_action.emit(Action::Apply(edit));
                        }
                    }
                }
                Gesture::Pinching { a, b, from, .. } => {
                    // One finger lifted: the pinch so far becomes the view; keep panning
                    // with the other finger.
                    if let Some(svg) = svg_ref.cast::<Element>() {
                        end_pinch(&svg, &viewport, from, (a.1, b.1));
                    }
                    let (pointer, last) = if a.0 == event.pointer_id() { b } else { a };
                    live.borrow_mut().gesture = Gesture::Panning { pointer, start: last, last };
                }
                Gesture::Panning { pointer, start, last } if pointer == event.pointer_id() => {
                    if let Some(svg) = svg_ref.cast::<Element>() {
                        end_slide(&svg, &viewport, start, last);
                    }
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
    let half = shown_half(scene.view_box);
    let [x, y, w, h] = viewport.view_box(2.0 * half);
    let connect_from = state.connecting.and_then(|c| c.from);
    // Filtered by what the scene drew, so a perspective's own ties (not on the shared map) show too.
    let visible_ties = marks
        .ties
        .iter()
        .filter(|line| state.filter.shows(&crate::model::Tie::new(line.id, line.from, line.to, line.kind)));
    // A perspective's ties are changed in the "Over time" panel, not in the shared tie panel.
    let on_tie_action = if state.perspective.is_some() { Callback::noop() } else { props.on_action.clone() };
    // The perspectives' marks hold everyone's answers: never under the "Show as" lens.
    let lens_overlay = match state.map() {
        Some(map) if state.lens.is_none() => super::timeline::lens::map_overlay(lang, &map, state.perspective, &scene),
        _ => html! {},
    };

    let view_box = format!("{x:.1} {y:.1} {w:.1} {h:.1}");
    let sector_font = viewport.sector_font(crate::scene::SECTOR_FONT_SIZE, 2.0 * half, frame);
    let font_size = fmt(viewport.name_font(placed_font, 2.0 * half, frame));
    let hit_r = (viewport.hit_radius(crate::scene::PERSON_RADIUS, 2.0 * half, frame) * 10.0).round() / 10.0;
    html! {
        <div class="map-stack">
        <svg ref={svg_ref} class={classes!("map", state.connecting.is_some().then_some("connecting"))}
            role="group" aria-label={t(lang, Key::NetworkMap)} aria-describedby="map-help"
            viewBox={view_box.clone()} preserveAspectRatio="xMidYMid meet"
            onpointerdown={on_background_down} onpointermove={on_move} onpointerup={on_up.clone()}
            onpointercancel={on_up} onkeydown={on_svg_key}>
            <desc id="map-help">{ t(lang, Key::MapHelp) }</desc>
            <defs>{ arrow_markers() }</defs>
            { backdrop(&scene, Paper::Screen, Some(sector_font)) }
            <g class="ties" aria-hidden="true">
                { for visible_ties.map(|line| html! {
                    <TieView key={line.id.0} line={line.clone()} dimmed={emphasis.dims_tie(line)}
                        selected={emphasis.selected_tie == Some(line.id)} on_action={on_tie_action.clone()} />
                }) }
            </g>
            { lens_overlay }
            if let Some((a, b)) = *rubber {
                <line class="rubber-band" x1={fmt(a.x)} y1={fmt(a.y)} x2={fmt(b.x)} y2={fmt(b.y)} />
            }
            <g class="persons" font-size={font_size.clone()}>
                { for marks.persons.iter().map(|mark| html! {
                    <PersonNode key={mark.id.0} mark={mark.clone()}
                        selected={emphasis.selected == Some(mark.id)}
                        dimmed={emphasis.dims_person(mark.id)}
                        picked={connect_from == Some(mark.id)} hit_r={hit_r}
                        on_key={on_person_key.clone()} on_down={on_person_down.clone()} />
                }) }
            </g>
            // Roles under the names: outside the persons' buttons, whose names say who they are.
            <g class="roles" font-size={font_size.clone()} aria-hidden="true">
                { for marks.persons.iter().filter(|mark| !mark.role.is_empty()).map(|mark| html! {
                    <text key={mark.id.0} class={classes!("person-role", emphasis.dims_person(mark.id).then_some("dimmed"))}
                        x={fmt(mark.label_x)} y={fmt(mark.role_y)} text-anchor="middle">{ mark.role.clone() }</text>
                }) }
            </g>
            // What plays a role: outside the buttons too (their names list the things).
            <g class="factor-badges" aria-hidden="true">
                { for marks.persons.iter().map(|mark| super::map_marks::factor_badge(mark, emphasis.dims_person(mark.id))) }
            </g>
            // Badges (child, age, safe adult) outside the persons' buttons too: their
            // accessible names say the same in words.
            <g class="badges" aria-hidden="true">
                { for marks.persons.iter().filter(|mark| mark.child || !mark.age.is_empty() || !mark.safe_for.is_empty())
                    .map(|mark| html! {
                        <g key={mark.id.0} class={classes!("person-badges", emphasis.dims_person(mark.id).then_some("dimmed"))}
                            data-badges-of={mark.id.0.to_string()}>
                            { person_badges(mark) }
                        </g>
                    }) }
            </g>
        </svg>
        <DragLayer scene={scene.clone()} pointer={(*drag_pointer).clone()} view_box={view_box} {font_size} />
        </div>
    }
}

/// A guess at the side of the square the map will be drawn in, from the window's size and
/// the layout in `styles/app.css` (a header of about 3.5rem; beside a wide map a panel of
/// up to 27rem). `watch_size` measures the real one after the first frame.
fn estimated_frame_px() -> u32 {
    let Some(window) = web_sys::window() else { return 0 };
    let size = |value: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| {
        value.ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
    };
    let (width, height) = (size(window.inner_width()), size(window.inner_height()));
    let beside = if width >= 900.0 {
        27.0 * 16.0
    } else if width >= 700.0 {
        22.0 * 16.0
    } else {
        0.0
    };
    let side = (width - beside).min(height - 3.5 * 16.0);
    if side > 0.0 {
        side.round() as u32
    } else {
        0
    }
}

/// Keeps `frame_px` at the side of the square the map is drawn in, as the window, the
/// panel beside the map or the phone's orientation change it. Dropping the returned
/// value stops watching.
fn watch_size(svg: Element, frame_px: UseStateHandle<u32>) -> Option<SizeWatch> {
    let target = svg.clone();
    let measure = move || {
        let rect = target.get_bounding_client_rect();
        let side = rect.width().min(rect.height()).max(0.0).round() as u32;
        frame_px.set(side);
    };
    measure();
    let closure = Closure::<dyn FnMut()>::new(measure);
    let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
    observer.observe(&svg);
    Some(SizeWatch { observer, _closure: closure })
}

struct SizeWatch {
    observer: web_sys::ResizeObserver,
    _closure: Closure<dyn FnMut()>,
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The scene's persons and ties, each behind its own `Rc`.
struct Shared {
    persons: Vec<Rc<PersonMark>>,
    ties: Vec<Rc<TieLine>>,
}

impl Shared {
    fn of(scene: &Scene) -> Shared {
        Shared {
            persons: scene.persons.iter().cloned().map(Rc::new).collect(),
            ties: scene.ties.iter().cloned().map(Rc::new).collect(),
        }
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
        let both_bright = self.bright.contains(&line.from) && self.bright.contains(&line.to);
        !self.bright.is_empty() && !both_bright
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

/// Moves the drawn map as a picture by a CSS `transform` (or, with `None`, puts it
/// back). While the background is dragged or pinched the browser's compositor moves the
/// picture without laying out or painting anything; the view itself changes once, when
/// the fingers let go (`end_slide`, `end_pinch`). What was outside the map's frame is
/// drawn too while sliding, and the frame clips it. (Style properties, not a style
/// attribute: the page's security policy allows only the former.)
fn slide(svg: &Element, transform: Option<String>) {
    let Some(map) = svg.dyn_ref::<web_sys::SvgElement>() else { return };
    let frame = svg.parent_element().and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok());
    let style = map.style();
    match transform {
        Some(transform) => {
            let _ = style.set_property("transform", &transform);
            let _ = style.set_property("transform-origin", "0 0");
            let _ = style.set_property("will-change", "transform");
            let _ = style.set_property("overflow", "visible");
            if let Some(frame) = frame {
                let _ = frame.style().set_property("overflow", "hidden");
            }
        }
        None => {
            for property in ["transform", "transform-origin", "will-change", "overflow"] {
                let _ = style.remove_property(property);
            }
            if let Some(frame) = frame {
                let _ = frame.style().remove_property("overflow");
            }
        }
    }
}

/// Ends a slide: the view moves by what the pointer moved, in one step. The screen scale
/// is read now, with the picture back in place: a pinch just before may have changed it.
fn end_slide(svg: &Element, viewport: &UseStateHandle<Viewport>, start: Point, last: Point) {
    slide(svg, None);
    let screen = screen_to_scene(svg);
    let (from, to) = (screen.apply(start), screen.apply(last));
    if from != to {
        viewport.set(viewport.panned(to.x - from.x, to.y - from.y));
    }
}

/// Ends a pinch: the view zooms by how much the fingers spread, around the point that
/// was between them, and moves with their midpoint, in one step.
fn end_pinch(svg: &Element, viewport: &UseStateHandle<Viewport>, from: (Point, Point), to: (Point, Point)) {
    slide(svg, None);
    let screen = screen_to_scene(svg);
    let (first, now) = (from.0.midpoint(from.1), to.0.midpoint(to.1));
    let anchor = screen.apply(first);
    let shift = (now.x - first.x, now.y - first.y);
    viewport.set(viewport.pinched(spread(from, to), (anchor.x, anchor.y), shift, screen.scale_x));
}

/// How many times further apart two fingers are than they were (1 when they started
/// too close together to tell).
fn spread(from: (Point, Point), to: (Point, Point)) -> f64 {
    let (before, after) = (from.0.distance(from.1), to.0.distance(to.1));
    if before > 1.0 && after > 1.0 {
        after / before
    } else {
        1.0
    }
}

/// Converts a point on screen (CSS pixels) into scene units.
fn to_scene(svg: &Element, x: f64, y: f64) -> Point {
    screen_to_scene(svg).apply(Point { x, y })
}

/// How the map's screen points map into the scene right now.
fn screen_to_scene(svg: &Element) -> ScreenToScene {
    let Some(matrix) = svg.dyn_ref::<SvgGraphicsElement>().and_then(|g| g.get_screen_ctm()) else {
        return ScreenToScene::IDENTITY;
    };
    // The map is never rotated or skewed: only scale (a, d) and offset (e, f).
    let (a, d) = (matrix.a() as f64, matrix.d() as f64);
    if a.abs() < 1e-9 || d.abs() < 1e-9 {
        return ScreenToScene::IDENTITY;
    }
    ScreenToScene { scale_x: a, scale_y: d, offset_x: matrix.e() as f64, offset_y: matrix.f() as f64 }
}

/// Arrow keys place a person: up is closer, down is further, left and right go to the
/// neighbouring sector. Household members stay in the centre.
fn keyboard_move(person: &Person, key: &str) -> Option<Edit> {
    if person.in_centre() {
        return None;
    }
    let (sector, ring) = match key {
        "ArrowUp" => (person.sector, person.ring.closer()),
        "ArrowDown" => (person.sector, person.ring.further()),
        "ArrowLeft" | "ArrowRight" => (person.sector.neighbour(key == "ArrowRight")?, person.ring),
        _ => return None,
    };
    Edit::move_to(person, sector, ring)
}

/// Calls `on_print(true)` when the page is about to be printed (the print dialog, or print
/// media, as a PDF export uses) and `on_print(false)` after.
fn print_listeners(on_print: impl Fn(bool) + 'static) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let on_print = std::rc::Rc::new(on_print);
    let mut listeners = Vec::new();
    for (event, printing) in [("beforeprint", true), ("afterprint", false)] {
        let on_print = on_print.clone();
        listeners.push(EventListener::new(&window, event, move |_| on_print(printing)));
    }
    if let Ok(Some(query)) = window.match_media("print") {
        let on_change = {
            let query = query.clone();
            move |_: &web_sys::Event| on_print(query.matches())
        };
        listeners.push(EventListener::new(&query, "change", on_change));
    }
    listeners
}
