//! A card a child can drag to another place with a finger, a pen or a mouse (pointer
//! events). The card follows the pointer; on release, the place under the pointer (an
//! element with `data-drop`) receives it. The card is moved through the CSS object model:
//! the page's Content-Security-Policy forbids `style` attributes, not this.
//! Buttons on the card keep working as buttons, and do the same by keyboard.

use crate::model::PersonId;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Movement below this many CSS pixels is a tap, not a drag.
const SLOP: f64 = 8.0;

#[derive(Properties, PartialEq)]
pub struct DragCardProps {
    pub id: PersonId,
    /// The person, and the `data-drop` value of the place they were dropped on.
    pub on_drop: Callback<(PersonId, String)>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

struct Drag {
    pointer: i32,
    start: (f64, f64),
    moving: bool,
    over: Option<Element>,
}

#[component]
pub fn DragCard(props: &DragCardProps) -> Html {
    let node = use_node_ref();
    let drag = use_mut_ref(|| None::<Drag>);

    let onpointerdown = {
        let (node, drag) = (node.clone(), drag.clone());
        Callback::from(move |e: PointerEvent| {
            if !e.is_primary() || e.button() > 0 || starts_on_control(&e) {
                return;
            }
            if let Some(card) = node.cast::<Element>() {
                let _ = card.set_pointer_capture(e.pointer_id());
            }
            let start = (f64::from(e.client_x()), f64::from(e.client_y()));
            *drag.borrow_mut() = Some(Drag { pointer: e.pointer_id(), start, moving: false, over: None });
        })
    };
    let onpointermove = {
        let (node, drag) = (node.clone(), drag.clone());
        Callback::from(move |e: PointerEvent| {
            let mut slot = drag.borrow_mut();
            let Some(d) = slot.as_mut().filter(|d| d.pointer == e.pointer_id()) else { return };
            let Some(card) = node.cast::<HtmlElement>() else { return };
            let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
            let (dx, dy) = (x - d.start.0, y - d.start.1);
            if !d.moving && dx.hypot(dy) < SLOP {
                return;
            }
            e.prevent_default();
            d.moving = true;
            let _ = card.set_attribute("data-dragging", "true");
            let _ = card.style().set_property("transform", &format!("translate({dx:.0}px, {dy:.0}px)"));
            let over = drop_zone_at(x, y, &card);
            if over != d.over {
                if let Some(old) = d.over.take() {
                    let _ = old.remove_attribute("data-over");
                }
                if let Some(new) = &over {
                    let _ = new.set_attribute("data-over", "true");
                }
                d.over = over;
            }
        })
    };
    let finish = |deliver: bool| {
        let (node, drag, on_drop, id) = (node.clone(), drag.clone(), props.on_drop.clone(), props.id);
        Callback::from(move |e: PointerEvent| {
            let Some(d) = drag.borrow_mut().take().filter(|d| d.pointer == e.pointer_id()) else { return };
            if let Some(old) = &d.over {
                let _ = old.remove_attribute("data-over");
            }
            let Some(card) = node.cast::<HtmlElement>() else { return };
            let _ = card.remove_attribute("data-dragging");
            let _ = card.style().remove_property("transform");
            if deliver && d.moving {
                let at = drop_zone_at(f64::from(e.client_x()), f64::from(e.client_y()), &card);
                if let Some(zone) = at.and_then(|z| z.get_attribute("data-drop")) {
                    on_drop.emit((id, zone));
                }
            }
        })
    };

    let (onpointerup, onpointercancel) = (finish(true), finish(false));
    html! {
        <li ref={node} class={classes!("drag-card", props.class.clone())} data-person-id={props.id.0.to_string()}
            {onpointerdown} {onpointermove} {onpointerup} {onpointercancel}>
            { props.children.clone() }
        </li>
    }
}

/// A press on a button or field inside the card is that control's, not a drag.
fn starts_on_control(e: &PointerEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest("button, input, select, textarea, a").ok().flatten())
        .is_some()
}

/// The drop place under a point, looking through the dragged card itself.
fn drop_zone_at(x: f64, y: f64, card: &Element) -> Option<Element> {
    let document = web_sys::window()?.document()?;
    document.elements_from_point(x as f32, y as f32).iter().find_map(|node| {
        let el = node.dyn_into::<Element>().ok()?;
        if card.contains(Some(&el)) {
            return None;
        }
        el.closest("[data-drop]").ok().flatten()
    })
}
