//! Quick exit: a button always in reach (on every screen, the guided session and child
//! mode too) and Escape pressed twice, the convention of Dutch and English domestic-abuse
//! sites. Both hide everything at once: Kring is taken out of the page (the map, the names,
//! any open dialog), the title becomes a neutral one, and an empty page is left with only a
//! small way back. What was being saved still finishes: the save runs on its own.
//!
//! Mounted once around the whole app (`app.rs`); the app tells it the language through
//! `QuickExitLang` so its words follow the language switch.

use super::dom;
use crate::i18n::{t, Key, Lang};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Two Escapes within this time leave; one alone still closes a panel as always.
const DOUBLE_ESCAPE_MS: f64 = 800.0;

/// Given to the app, so the button speaks the language the app shows.
#[derive(Clone, PartialEq)]
pub struct QuickExitLang(pub Callback<Lang>);

#[derive(Properties, PartialEq)]
pub struct QuickExitProps {
    pub children: Html,
}

#[component]
pub fn QuickExit(props: &QuickExitProps) -> Html {
    let gone = use_state(|| false);
    let lang = use_state(|| dom::lang_from_url().or_else(crate::storage::prefs::load_lang).unwrap_or_default());

    // Whether the lock was open when Kring was left: then the way back is the locked screen.
    let was_locked = use_mut_ref(|| false);
    let leave = {
        let gone = gone.clone();
        let lang = lang.clone();
        let was_locked = was_locked.clone();
        Callback::from(move |_: ()| {
            dom::set_document_title(t(*lang, Key::NeutralTitle));
            gone.set(true);
            // With a lock, Kring locks: the key goes once a save under way has finished.
            if crate::storage::lock::is_open() {
                *was_locked.borrow_mut() = true;
                gloo::timers::callback::Timeout::new(2_000, crate::storage::lock::forget_key).forget();
            }
        })
    };

    // Escape twice, anywhere (caught before any panel handles it).
    {
        let leave = leave.clone();
        use_effect_with((), move |_| {
            let last = Rc::new(Cell::new(f64::NEG_INFINITY));
            let listener = web_sys::window().map(|window| {
                let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: true };
                EventListener::new_with_options(&window, "keydown", options, move |event| {
                    let Some(key) = event.dyn_ref::<KeyboardEvent>() else { return };
                    if key.key() != "Escape" || key.repeat() {
                        return;
                    }
                    let now = js_sys::Date::now();
                    if now - last.get() <= DOUBLE_ESCAPE_MS {
                        last.set(f64::NEG_INFINITY);
                        leave.emit(());
                    } else {
                        last.set(now);
                    }
                })
            });
            move || drop(listener)
        });
    }

    if *gone {
        let back = {
            let gone = gone.clone();
            Callback::from(move |_: MouseEvent| {
                // Locked: back to Kring only through the passphrase (a fresh page).
                if *was_locked.borrow() || crate::storage::lock::is_open() {
                    return super::lock::lock_now();
                }
                dom::set_document_title("Kring");
                gone.set(false);
            })
        };
        // Nothing of Kring is left in the page: the app below is not rendered at all.
        return html! {
            <div class="neutral-screen">
                <button id="quick-exit-back" class="neutral-back" onclick={back}>{ t(*lang, Key::NeutralBack) }</button>
            </div>
        };
    }
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |new: Lang| lang.set(new))
    };
    html! {
        <ContextProvider<QuickExitLang> context={QuickExitLang(on_lang)}>
            <button id="quick-exit" class="quick-exit" onclick={leave.reform(|_: MouseEvent| ())}
                aria-keyshortcuts="Escape Escape" title={t(*lang, Key::QuickExitHint)}>
                { t(*lang, Key::QuickExit) }
            </button>
            { props.children.clone() }
        </ContextProvider<QuickExitLang>>
    }
}
