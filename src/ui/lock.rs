//! The lock, on screen: `LockGate` shows the locked screen instead of Kring
//! until the passphrase is typed (no title, no name is in the page before that), and locks
//! again after the chosen idle time; `LockDialog` (from the menu) sets the lock, locks now
//! or removes the lock. The encryption itself is `storage::lock`; the key comes from the
//! key derivation worker (`ui::kdf::lock_key`).
//!
//! Locking is a reload of the page: the key lives only in the page's memory, so a fresh
//! page holds nothing but the encrypted data and asks for the passphrase.

use super::dom;
use crate::i18n::lock::{text, Text};
use crate::i18n::Lang;
use crate::io::crypto::KdfParams;
use crate::storage::{lock, Store};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::HtmlDialogElement;
use yew::prelude::*;

/// The idle times to choose from, in minutes.
const IDLE_CHOICES: [u32; 4] = [5, 15, 30, 60];
const DEFAULT_IDLE: u32 = 15;
/// How long the start waits for IndexedDB to say whether a lock is set (when
/// localStorage does not know of one) before it shows Kring.
const CHECK_PATIENCE_MS: u32 = 3_000;

/// The channel on which a page says it set or removed the lock: the other pages of Kring
/// load again, so none goes on writing the old way.
const CHANNEL: &str = "kring-lock";

fn tell_other_pages() {
    if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
        let _ = channel.post_message(&"changed".into());
        channel.close();
    }
}

/// Locks Kring now: the page is loaded again, without the key.
pub fn lock_now() {
    lock::forget_key();
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

#[derive(Properties, PartialEq)]
pub struct LockGateProps {
    pub children: Html,
}

#[derive(Clone, PartialEq)]
enum Phase {
    /// Looking in IndexedDB for a lock localStorage does not know of (a moment, at start).
    Checking,
    Locked(Rc<lock::LockInfo>),
    Open,
}

/// Kring itself only once the lock (if any) is open.
#[component]
pub fn LockGate(props: &LockGateProps) -> Html {
    let phase = use_state(|| match lock::info() {
        _ if lock::is_open() => Phase::Open,
        Some(info) => Phase::Locked(Rc::new(info)),
        None => Phase::Checking,
    });
    let lang = use_state(|| dom::lang_from_url().or_else(crate::storage::prefs::load_lang).unwrap_or_default());
    {
        let phase = phase.clone();
        use_effect_with((), move |_| {
            if *phase == Phase::Checking {
                check_for_lock(phase);
            }
        });
    }
    let open = *phase == Phase::Open;
    // The lock was set or removed in another page: start again, the way it now asks.
    use_effect_with((), |_| {
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok();
        let listener = channel.as_ref().map(|c| EventListener::new(c, "message", |_| lock_now()));
        move || {
            drop(listener);
            if let Some(channel) = channel {
                channel.close();
            }
        }
    });

    // Locks after the chosen time without a key press, a click or a touch.
    // The idle time is read at every tick: it can be changed while Kring is open.
    let lock_set = lock::is_set();
    use_effect_with((open, lock_set), move |(open, lock_set)| {
        let watch = match (open, lock_set) {
            (true, true) => web_sys::window().map(|window| {
                let last = Rc::new(Cell::new(js_sys::Date::now()));
                let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: true };
                let listeners: Vec<EventListener> = ["keydown", "pointerdown", "wheel"]
                    .into_iter()
                    .map(|kind| {
                        let last = last.clone();
                        EventListener::new_with_options(&window, kind, options, move |_| last.set(js_sys::Date::now()))
                    })
                    .collect();
                let timer = gloo::timers::callback::Interval::new(10_000, move || {
                    let minutes = lock::info().map_or(lock::DEFAULT_IDLE_MINUTES, |info| info.idle_minutes);
                    if js_sys::Date::now() - last.get() >= f64::from(minutes) * 60_000.0 {
                        lock_now();
                    }
                });
                (listeners, timer)
            }),
            _ => None,
        };
        move || drop(watch)
    });

    let info = match &*phase {
        Phase::Open => return props.children.clone(),
        Phase::Checking => return html! { <main class="lock-screen" aria-busy="true"></main> },
        Phase::Locked(info) => info.clone(),
    };
    let on_open = {
        let phase = phase.clone();
        Callback::from(move |_| phase.set(Phase::Open))
    };
    html! { <LockScreen lang={*lang} {info} {on_open} /> }
}

/// Looks for a lock localStorage does not know of: in IndexedDB's settings and records,
/// and (when IndexedDB holds no map, or does not answer in time) in the crash journal,
/// whose files outlive an IndexedDB emptied by a kill. Kring opens only when none was
/// found; a lock found late still closes Kring at once.
fn check_for_lock(phase: UseStateHandle<Phase>) {
    let decided = Rc::new(Cell::new(false));
    let lock = {
        let (phase, decided) = (phase.clone(), decided.clone());
        move |info: lock::LockInfo| {
            decided.set(true);
            lock::remember(&info);
            phase.set(Phase::Locked(Rc::new(info)));
        }
    };
    let open = {
        let (phase, decided) = (phase.clone(), decided.clone());
        move || {
            if !decided.replace(true) {
                phase.set(Phase::Open);
            }
        }
    };
    // The journal is read once: whichever of the two ways below asks first decides on
    // what it holds; the other then leaves the decision to it.
    let journal_asked = Rc::new(Cell::new(false));
    {
        // IndexedDB may be slow to open after a crash: Kring does not wait on it for more
        // than a moment, but looks in the journal before it opens.
        let (lock, open, decided, journal_asked) = (lock.clone(), open.clone(), decided.clone(), journal_asked.clone());
        gloo::timers::callback::Timeout::new(CHECK_PATIENCE_MS, move || {
            if decided.get() || journal_asked.replace(true) {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                match crate::storage::journal_lock().await {
                    Some(info) => lock(info),
                    None => open(),
                }
            });
        })
        .forget();
    }
    wasm_bindgen_futures::spawn_local(async move {
        let (found, ask_journal) = match Store::open().await {
            Ok(store) => match store.find_lock().await {
                Some(info) => (Some(info), false),
                None => (None, store.is_empty().await),
            },
            Err(_) => (None, true),
        };
        let found = match found {
            None if ask_journal => {
                if journal_asked.replace(true) {
                    // The lookup started after the wait decides.
                    return;
                }
                crate::storage::journal_lock().await
            }
            found => found,
        };
        match found {
            Some(info) => lock(info),
            None => open(),
        }
    });
}

#[derive(Properties, PartialEq)]
struct LockScreenProps {
    lang: Lang,
    info: Rc<lock::LockInfo>,
    on_open: Callback<()>,
}

/// What a locked Kring shows: a passphrase field, and a way out for a forgotten one.
#[component]
fn LockScreen(props: &LockScreenProps) -> Html {
    let lang = props.lang;
    let typed = use_state(String::new);
    let busy = use_state(|| false);
    let wrong = use_state(|| false);
    use_effect_with((), |_| dom::focus_id("lock-passphrase"));

    let on_submit = {
        let (typed, busy, wrong, on_open) = (typed.clone(), busy.clone(), wrong.clone(), props.on_open.clone());
        let info = props.info.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *busy {
                return;
            }
            let info = info.clone();
            busy.set(true);
            wrong.set(false);
            let (typed, busy, wrong, on_open) = (typed.clone(), busy.clone(), wrong.clone(), on_open.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let key = super::kdf::lock_key(&typed, &info.salt, info.params()).await;
                let opened = match key {
                    Some(key) => lock::open(key, &info).await,
                    None => false,
                };
                busy.set(false);
                if opened {
                    typed.set(String::new());
                    on_open.emit(());
                } else {
                    wrong.set(true);
                    dom::focus_id("lock-passphrase");
                }
            });
        })
    };
    let on_input = {
        let (typed, wrong) = (typed.clone(), wrong.clone());
        Callback::from(move |event: InputEvent| {
            typed.set(dom::event_value(&event));
            wrong.set(false);
        })
    };
    let on_erase = Callback::from(move |_: MouseEvent| {
        let confirmed = web_sys::window()
            .and_then(|w| w.confirm_with_message(text(lang, Text::EraseConfirm)).ok())
            .unwrap_or(false);
        if confirmed {
            wasm_bindgen_futures::spawn_local(erase_everything());
        }
    });
    let t = |key| text(lang, key);
    html! {
        <main class="lock-screen" lang={lang.code()}>
            <form class="lock-form" onsubmit={on_submit} novalidate=true>
                <h1 id="lock-title">{ t(Text::LockedTitle) }</h1>
                <p id="lock-intro">{ t(Text::LockedIntro) }</p>
                <div class="field">
                    <label for="lock-passphrase">{ t(Text::Passphrase) }</label>
                    <input id="lock-passphrase" type="password" autocomplete="current-password" spellcheck="false"
                        value={(*typed).clone()} oninput={on_input} aria-describedby="lock-intro"
                        aria-invalid={(*wrong).to_string()} />
                </div>
                if *wrong {
                    <p class="field-error" role="alert">{ t(Text::Wrong) }</p>
                }
                <p class="busy" role="status">{ if *busy { t(Text::Opening) } else { "" } }</p>
                <button type="submit" class="primary" disabled={*busy}>{ t(Text::Open) }</button>
            </form>
            <details class="lock-forgot">
                <summary>{ t(Text::ForgotTitle) }</summary>
                <p>{ t(Text::ForgotIntro) }</p>
                <button type="button" id="lock-erase" onclick={on_erase}>{ t(Text::EraseButton) }</button>
            </details>
        </main>
    }
}

/// A forgotten passphrase: every map, its journal and spare copy, and the lock go, and
/// Kring starts empty.
async fn erase_everything() {
    if let Some(journal) = crate::storage::journal::Journal::open().await {
        for (id, _) in journal.read_all().await {
            let _ = journal.delete(&id).await;
        }
    }
    crate::storage::spare::forget_any();
    let _ = crate::storage::erase_database().await;
    lock::remove();
    lock_now();
}

#[derive(Properties, PartialEq)]
pub struct LockDialogProps {
    pub lang: Lang,
    pub on_close: Callback<()>,
}

/// Set the lock, or (with one set) lock now or remove it.
#[component]
pub fn LockDialog(props: &LockDialogProps) -> Html {
    let lang = props.lang;
    let dialog = use_node_ref();
    let first = use_state(String::new);
    let second = use_state(String::new);
    let idle = use_state(|| lock::info().map_or(DEFAULT_IDLE, |info| info.idle_minutes));
    let idle_saved = use_state(|| false);
    let busy = use_state(|| false);
    let problem = use_state(|| None::<Text>);
    let is_set = lock::is_open();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
            }
            dom::focus_id("lock-first");
            move || {
                if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                    dialog.close();
                }
            }
        });
    }
    let typed = |field: UseStateHandle<String>| {
        let problem = problem.clone();
        Callback::from(move |event: InputEvent| {
            field.set(dom::event_value(&event));
            problem.set(None);
        })
    };
    let on_submit = {
        let (first, second, idle, busy, problem) =
            (first.clone(), second.clone(), idle.clone(), busy.clone(), problem.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *busy {
                return;
            }
            let passphrase = (*first).clone();
            if !is_set {
                if passphrase.chars().count() < crate::i18n::files::MIN_PASSWORD_CHARS {
                    problem.set(Some(Text::TooShort));
                    return dom::focus_id("lock-first");
                }
                if passphrase != *second {
                    problem.set(Some(Text::Differ));
                    return dom::focus_id("lock-first");
                }
            }
            busy.set(true);
            let (busy, problem, minutes) = (busy.clone(), problem.clone(), *idle);
            wasm_bindgen_futures::spawn_local(async move {
                let done = if is_set { remove_lock(&passphrase).await } else { set_lock(&passphrase, minutes).await };
                match done {
                    // The page starts again: locked (set) or as before (removed).
                    Ok(()) => {
                        tell_other_pages();
                        lock_now();
                    }
                    Err(text) => {
                        busy.set(false);
                        problem.set(Some(text));
                    }
                }
            });
        })
    };
    let on_cancel = {
        let (on_close, busy) = (props.on_close.clone(), busy.clone());
        Callback::from(move |event: Event| {
            event.prevent_default();
            if !*busy {
                on_close.emit(());
            }
        })
    };
    let on_close_button = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let on_lock_now = Callback::from(|_: MouseEvent| lock_now());
    let on_idle = {
        let (idle, idle_saved) = (idle.clone(), idle_saved.clone());
        Callback::from(move |event: Event| {
            let Ok(minutes) = dom::event_value(&event).parse::<u32>() else { return };
            idle.set(minutes);
            // With the lock set, the new time is kept at once (it is no secret).
            if is_set {
                if let Some(described) = lock::set_idle(minutes) {
                    idle_saved.set(true);
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Ok(store) = Store::open().await {
                            let _ = store.set_setting(lock::DB_SETTING, &described).await;
                        }
                    });
                }
            }
        })
    };
    let idle_field = html! {
        <div class="field">
            <label for="lock-idle">{ text(lang, Text::IdleLabel) }</label>
            <select id="lock-idle" onchange={on_idle} aria-describedby={is_set.then_some("lock-idle-saved")}>
                { for IDLE_CHOICES.iter().map(|&m| html! {
                    <option value={m.to_string()} selected={m == *idle}>{ format!("{m} {}", text(lang, Text::Minutes)) }</option>
                }) }
            </select>
            if is_set {
                <p id="lock-idle-saved" class="hint" role="status">
                    { if *idle_saved { text(lang, Text::IdleChanged) } else { "" } }</p>
            }
        </div>
    };
    let t = |key| text(lang, key);
    let busy_text = if is_set { Text::Removing } else { Text::Setting };
    html! {
        <dialog ref={dialog} class="files-dialog lock-dialog" aria-labelledby="lock-dialog-title" oncancel={on_cancel}>
            <form onsubmit={on_submit} novalidate=true>
                if is_set {
                    <h2 id="lock-dialog-title">{ t(Text::IsSetTitle) }</h2>
                    <p>{ t(Text::IsSetIntro) }</p>
                    <p><button type="button" id="lock-now" class="primary" onclick={on_lock_now}>{ t(Text::LockNow) }</button></p>
                    { idle_field.clone() }
                    <h3>{ t(Text::RemoveTitle) }</h3>
                    <div class="field">
                        <label for="lock-first">{ t(Text::Passphrase) }</label>
                        <input id="lock-first" type="password" autocomplete="current-password" spellcheck="false"
                            value={(*first).clone()} oninput={typed(first.clone())} />
                    </div>
                } else {
                    <h2 id="lock-dialog-title">{ t(Text::SetTitle) }</h2>
                    <p>{ t(Text::SetIntro) }</p>
                    <p id="lock-warning" class="lock-warning"><strong>{ t(Text::ForgetWarning) }</strong></p>
                    <div class="field">
                        <label for="lock-first">{ t(Text::Passphrase) }</label>
                        <input id="lock-first" type="password" autocomplete="new-password" spellcheck="false"
                            aria-describedby="lock-warning" value={(*first).clone()} oninput={typed(first.clone())} />
                    </div>
                    <div class="field">
                        <label for="lock-second">{ t(Text::PassphraseAgain) }</label>
                        <input id="lock-second" type="password" autocomplete="new-password" spellcheck="false"
                            value={(*second).clone()} oninput={typed(second.clone())} />
                    </div>
                    { idle_field.clone() }
                }
                if let Some(text) = *problem {
                    <p class="field-error" role="alert">{ t(text) }</p>
                }
                <p class="busy" role="status">{ if *busy { t(busy_text) } else { "" } }</p>
                <div class="actions">
                    <button type="submit" class={if is_set { "" } else { "primary" }} disabled={*busy}>
                        { t(if is_set { Text::RemoveButton } else { Text::SetButton }) }
                    </button>
                    <button type="button" onclick={on_close_button} disabled={*busy}>{ t(Text::Close) }</button>
                </div>
            </form>
        </dialog>
    }
}

/// Sets a lock: the key from the worker, the lock's description kept, then every map
/// written again encrypted (the journals and the spare copy start afresh, encrypted).
async fn set_lock(passphrase: &str, idle_minutes: u32) -> Result<(), Text> {
    let mut salt = [0u8; 16];
    web_sys::window()
        .ok_or(Text::Failed)?
        .crypto()
        .and_then(|c| c.get_random_values_with_u8_array(&mut salt))
        .map_err(|_| Text::Failed)?;
    let params = KdfParams::DEFAULT;
    let key = super::kdf::lock_key(passphrase, &salt, params).await.ok_or(Text::Failed)?;
    let store = Store::open().await.map_err(|_| Text::Failed)?;
    // From here no save writes until every map is written again, encrypted.
    let gate = crate::storage::rewriting().await;
    let records = store.list_maps().await.map_err(|_| Text::Failed)?;
    let described = lock::set(key, salt.to_vec(), params, idle_minutes).await.map_err(|_| Text::Failed)?;
    store.set_setting(lock::DB_SETTING, &described).await.map_err(|_| Text::Failed)?;
    store.rewrite_all(&records, &gate).await.map_err(|_| Text::Failed)?;
    Ok(())
}

/// Removes the lock, after the passphrase is typed once more: every map is written again
/// in the open, and only then is the lock's description forgotten.
async fn remove_lock(passphrase: &str) -> Result<(), Text> {
    let store = Store::open().await.map_err(|_| Text::Failed)?;
    let info = store.find_lock().await.ok_or(Text::Failed)?;
    let key = super::kdf::lock_key(passphrase, &info.salt, info.params()).await.ok_or(Text::Wrong)?;
    if !lock::open(key.clone(), &info).await {
        return Err(Text::Wrong);
    }
    // From here no save writes until every map is written again, in the open.
    let gate = crate::storage::rewriting().await;
    let records = store.list_maps().await.map_err(|_| Text::Failed)?;
    lock::forget_key();
    if store.rewrite_all(&records, &gate).await.is_err() {
        // The lock stays: the maps not yet rewritten are still encrypted, and the saves
        // from here on must be too.
        lock::open(key, &info).await;
        return Err(Text::Failed);
    }
    store.set_setting(lock::DB_SETTING, "").await.map_err(|_| Text::Failed)?;
    lock::remove();
    Ok(())
}
