//! Small helpers for reading the page and events.

use crate::i18n::Lang;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// The language asked for in the address (`?lang=en`), if any.
pub fn lang_from_url() -> Option<Lang> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    Lang::from_code(&params.get("lang")?)
}

/// Tells the browser (and screen readers) which language the page is in.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
        let _ = root.set_attribute("dir", dir_from_url().unwrap_or(lang.dir()));
    }
}

/// A text direction asked for in the address (`?dir=rtl`): shows the right-to-left
/// layout before a right-to-left language exists, for testing it.
fn dir_from_url() -> Option<&'static str> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    match params.get("dir")?.as_str() {
        "rtl" => Some("rtl"),
        "ltr" => Some("ltr"),
        _ => None,
    }
}

pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The current value of the input, select or textarea an event came from.
pub fn event_value(event: &Event) -> String {
    let Some(target) = event.target() else { return String::new() };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else {
        String::new()
    }
}

/// True when typing goes into a text field, where Ctrl+Z belongs to the field itself.
pub fn typing_in_field(event: &Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().to_ascii_lowercase().as_str(), "input" | "textarea" | "select"))
}

/// Moves keyboard focus to the element with this id once the current update has been
/// drawn (the element may only appear in that update).
pub fn focus_id(id: &str) {
    focus_when_there(format!("#{id}"), FOCUS_TRIES);
}

/// Moves keyboard focus to the first element matching `selector` once it is on the page,
/// like `focus_id`. For an element that a change about to be drawn replaces by one of the
/// same id (another person's panel): name the new one exactly, or the old one gets focus
/// and loses it when it goes.
pub fn focus_selector(selector: &str) {
    focus_when_there(selector.to_owned(), FOCUS_TRIES);
}

/// How often `focus_id` looks for its element, 20 ms apart: on a slow tablet the panel a
/// key opened (Delete on a person opens its panel at "Delete") can take a few frames to
/// appear, and the keyboard user's next key must land there, not on the map.
const FOCUS_TRIES: u32 = 25;

fn focus_when_there(selector: String, tries: u32) {
    let delay = if tries == FOCUS_TRIES { 0 } else { 20 };
    gloo::timers::callback::Timeout::new(delay, move || {
        if !focus_matching(&selector) && tries > 1 {
            focus_when_there(selector, tries - 1);
        }
    })
    .forget();
}

fn focus_matching(selector: &str) -> bool {
    focus_element(web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(selector).ok().flatten()))
}

/// Moves keyboard focus at once, for an element that is on the page already (moving
/// through a menu with the arrow keys: the next key press must start from there).
pub fn focus_now(id: &str) {
    focus_element(web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)));
}

/// Focuses the element if there is one; says whether there was.
fn focus_element(element: Option<web_sys::Element>) -> bool {
    let Some(el) = element.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) else { return false };
    let _ = el.focus();
    true
}

/// Whether the window leaves room for a panel beside the map (a tablet or larger), so
/// the panel can be open at the start without covering the map.
pub fn room_beside_map() -> bool {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|width| width >= 700.0)
}
