//! One map open in two tabs (or windows) at once. Every tab tells the others, over a
//! `BroadcastChannel`, when it has saved the map: which version it wrote and which version
//! that was built on (fingerprints of the saved document). A tab that hears of a newer
//! save then either
//! - loads that newer version, when the save was built on exactly what this tab has and
//!   this tab has nothing unsaved: the two tabs stay in step; or
//! - stops: a warning (role="alert") covers the tab, the rest of it is made inert and
//!   keys do nothing, until the person loads the newest version. So an edit is never
//!   silently overwritten by a tab that did not know about it.

use super::dom;
use super::state::{use_actions, use_app, Action, AppState};
use crate::i18n::reliability::{text, Text};
use crate::model::{from_json, to_json, Editor};
use crate::storage::Store;
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};
use yew::prelude::*;

const CHANNEL: &str = "kring-saves";
const RELOAD_BUTTON: &str = "tab-guard-reload";

/// What one tab says after it has saved a map.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct SavedHere {
    map: String,
    tab: String,
    /// Fingerprint of the document now in storage.
    doc: u64,
    /// Fingerprint of the document this tab knew to be in storage before it wrote.
    base: u64,
}

/// What this tab knows, shared between the render and the channel's listener.
#[derive(Default)]
struct Known {
    tab: String,
    map: String,
    /// Fingerprint of the version this tab last read from or wrote to storage.
    stored: u64,
    /// The map changed here since the last save that finished.
    unsaved: bool,
    /// The warning is up (the listener cannot read the `use_state` of a later render).
    blocked: bool,
    /// This guard is loading the stored map again: what comes next was read, not saved.
    reloading: bool,
}

#[derive(Debug, PartialEq)]
enum Decision {
    Ignore,
    Reload,
    Block,
}

fn decide(message: &SavedHere, known: &Known) -> Decision {
    if known.blocked || message.tab == known.tab || message.map != known.map || message.doc == known.stored {
        Decision::Ignore
    } else if message.base == known.stored && !known.unsaved {
        Decision::Reload
    } else {
        Decision::Block
    }
}

/// FNV-1a: a fingerprint to tell versions apart, not a security measure.
fn fingerprint(document: &str) -> u64 {
    document.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

fn new_tab_id() -> String {
    format!("tab-{}-{}", js_sys::Date::now() as u64, (js_sys::Math::random() * 1e9) as u64)
}

#[derive(Clone, Copy, PartialEq)]
enum Guard {
    Open,
    Blocked,
    /// Blocked, and loading the newest version failed.
    Failed,
}

#[component]
pub fn TabGuard() -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let state = &state;
    let lang = state.lang;
    let known = use_mut_ref(|| Known { tab: new_tab_id(), ..Known::default() });
    let channel = use_mut_ref(|| None::<BroadcastChannel>);
    let guard = use_state(|| Guard::Open);

    // Loads the stored map again and shows it; on failure the tab stays blocked.
    let reload = {
        let on_action = on_action.clone();
        let guard = guard.clone();
        let known = known.clone();
        Rc::new(move || {
            let on_action = on_action.clone();
            let guard = guard.clone();
            let known = known.clone();
            let map_id = known.borrow().map.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match load(&map_id).await {
                    Some(editor) => {
                        known.borrow_mut().reloading = true;
                        on_action.emit(Action::Loaded { map_id, editor, notice: None });
                        known.borrow_mut().blocked = false;
                        guard.set(Guard::Open);
                    }
                    None => {
                        known.borrow_mut().blocked = true;
                        guard.set(Guard::Failed);
                    }
                }
            });
        })
    };

    // After every change: remember what is in storage, and tell the other tabs about a
    // save that finished here.
    {
        let known = known.clone();
        let channel = channel.clone();
        let current = state.clone();
        use_effect_with((state.map_id.clone(), state.revision, state.saved_revision), move |_| {
            note_change(&current, &mut known.borrow_mut(), channel.borrow().as_ref());
        });
    }

    // A map deleted in another tab is gone here too: a new, empty map takes its place, with
    // a notice saying why (nothing of the deleted one stays on screen or is saved again).
    {
        let known = known.clone();
        let on_action = on_action.clone();
        let lang_now = use_mut_ref(|| lang);
        *lang_now.borrow_mut() = lang;
        use_effect_with((), move |_| {
            let listener = crate::storage::listen_deleted(move |id| {
                if id != known.borrow().map {
                    return;
                }
                let title = crate::i18n::t(*lang_now.borrow(), crate::i18n::Key::UntitledMap);
                on_action.emit(Action::Loaded {
                    map_id: super::clock::new_map_id(),
                    editor: Editor::new(crate::model::FamilyMap::new(title)),
                    notice: Some(crate::i18n::Key::DeletedElsewhere),
                });
            });
            move || drop(listener)
        });
    }

    // Listen to the other tabs.
    {
        let known = known.clone();
        let channel = channel.clone();
        let guard = guard.clone();
        let reload = reload.clone();
        use_effect_with((), move |_| {
            let opened = BroadcastChannel::new(CHANNEL).ok();
            let listener = opened.as_ref().map(|c| {
                EventListener::new(c, "message", move |event| {
                    let Some(data) = event.dyn_ref::<MessageEvent>().and_then(|m| m.data().as_string()) else { return };
                    let Ok(message) = serde_json::from_str::<SavedHere>(&data) else { return };
                    let decision = decide(&message, &known.borrow());
                    match decision {
                        Decision::Ignore => {}
                        Decision::Reload => reload(),
                        Decision::Block => {
                            known.borrow_mut().blocked = true;
                            guard.set(Guard::Blocked);
                        }
                    }
                })
            });
            *channel.borrow_mut() = opened;
            move || {
                drop(listener);
                if let Some(c) = channel.borrow_mut().take() {
                    c.close();
                }
            }
        });
    }

    // While blocked: the rest of the app is inert and no key reaches it.
    let blocked = *guard != Guard::Open;
    use_effect_with(blocked, move |blocked| {
        set_rest_inert(*blocked);
        let keys = blocked.then(|| {
            dom::focus_id(RELOAD_BUTTON);
            web_sys::window().map(|window| {
                let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: false };
                // Buttons still work: stopping propagation does not stop Enter or Space
                // from pressing the focused button.
                EventListener::new_with_options(&window, "keydown", options, |event| event.stop_immediate_propagation())
            })
        });
        move || {
            drop(keys);
            set_rest_inert(false);
        }
    });
    // Whatever the app draws while blocked (a new notice, say) is inert too.
    use_effect(move || {
        if blocked {
            set_rest_inert(true);
        }
    });

    if !blocked {
        return html! {};
    }
    let message = match *guard {
        Guard::Failed => Text::LoadNewestFailed,
        _ => Text::ChangedElsewhere,
    };
    let onclick = Callback::from(move |_| reload());
    html! {
        <div class="notice tab-guard" role="alert">
            <p>{ text(lang, message) }</p>
            <button id={RELOAD_BUTTON} type="button" {onclick}>{ text(lang, Text::LoadNewest) }</button>
        </div>
    }
}

fn note_change(state: &AppState, known: &mut Known, channel: Option<&BroadcastChannel>) {
    known.unsaved = state.revision != state.saved_revision;
    // Only a finished save is worth a fingerprint: no JSON is made while a drag goes on.
    if known.unsaved {
        return;
    }
    let Some(document) = state.map().map(|map| to_json(&map)) else { return };
    let doc = fingerprint(&document);
    // A map just opened or read again (or this guard just mounted): what it shows is what
    // is stored.
    if known.map != state.map_id || known.reloading {
        known.map = state.map_id.clone();
        known.stored = doc;
        known.reloading = false;
        return;
    }
    if doc == known.stored {
        return;
    }
    let message = SavedHere { map: known.map.clone(), tab: known.tab.clone(), doc, base: known.stored };
    known.stored = doc;
    if let (Some(channel), Ok(text)) = (channel, serde_json::to_string(&message)) {
        let _ = channel.post_message(&text.into());
    }
}

async fn load(map_id: &str) -> Option<Editor> {
    let store = Store::open().await.ok()?;
    let record = store.load_map(map_id).await.ok()??;
    let map = from_json(&record.document).ok()?;
    Some(Editor::with_history(map, &record.history))
}

/// Makes every part of the app except the warning inert (or active again). The page's
/// heading and its main landmark stay, so the stopped tab still reads as Kring.
fn set_rest_inert(inert: bool) {
    const PARTS: &str = ".app > :not(.tab-guard):not(header):not(main), .app > header > :not(h1), .app > main > *";
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let selector = if inert { PARTS } else { ".app [inert]" };
    let Ok(parts) = document.query_selector_all(selector) else { return };
    for i in 0..parts.length() {
        let Some(part) = parts.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let _ = if inert { part.set_attribute("inert", "") } else { part.remove_attribute("inert") };
    }
}
