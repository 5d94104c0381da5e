//! A button that copies a text (an invitation) to the clipboard, and says in words whether
//! it worked. Where the browser does not allow it, the text is selected instead, so one key
//! press copies it. The clipboard stays on this device: nothing is sent anywhere.

use crate::i18n::review::{text as rt, Text as RT};
use crate::i18n::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub lang: Lang,
    pub id: AttrValue,
    /// The text field that shows the same text (selected when copying is not allowed).
    pub field: AttrValue,
    pub text: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copy {
    Idle,
    Done,
    Failed,
}

#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let state = use_state(|| Copy::Idle);
    let onclick = {
        let (state, text, field) = (state.clone(), props.text.to_string(), props.field.to_string());
        Callback::from(move |_: MouseEvent| {
            let (state, text, field) = (state.clone(), text.clone(), field.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let copied = match write_text(&text) {
                    Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
                    None => false,
                };
                if !copied {
                    select(&field);
                }
                state.set(if copied { Copy::Done } else { Copy::Failed });
            });
        })
    };
    let message = match *state {
        Copy::Idle => "",
        Copy::Done => rt(props.lang, RT::Copied),
        Copy::Failed => rt(props.lang, RT::CopyFailed),
    };
    html! {
        <div class="copy-row">
            <button id={props.id.clone()} type="button" {onclick}>{ rt(props.lang, RT::CopyText) }</button>
            <p class="status" role="status">{ message }</p>
        </div>
    }
}

/// `navigator.clipboard.writeText(text)`, when the browser has it.
fn write_text(text: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let navigator = js_sys::Reflect::get(&window, &"navigator".into()).ok()?;
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok().filter(|c| !c.is_undefined())?;
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    write.call1(&clipboard, &text.into()).ok()?.dyn_into::<js_sys::Promise>().ok()
}

/// Selects the whole text of a text field and gives it focus.
fn select(id: &str) {
    let field = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
        field.select();
    }
}
