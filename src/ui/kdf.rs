//! The page's side of the key derivation worker (`src/kdf_worker.rs`): Argon2id runs
//! there, so the page stays responsive while a passphrase becomes a key (it froze for
//! 0.5–0.8 s when Argon2 ran here).
//!
//! One worker for the page, started on first use and kept. If a browser cannot start it
//! (or it fails to load), the derivation runs here as before: slower to answer, never
//! wrong.

use crate::io::crypto::{self, CryptoError, Derived, KdfParams};
use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

/// Trunk's loader for the worker's wasm (index.html, `data-loader-shim`).
const WORKER_URL: &str = "/kdf-worker_loader.js";
/// How long the worker may take to load before the page derives by itself.
const READY_TIMEOUT_MS: i32 = 10_000;

struct Inner {
    worker: Worker,
    pending: Rc<RefCell<HashMap<u32, Function>>>,
    next_id: Cell<u32>,
    ready: Promise,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

thread_local! {
    static WORKER: RefCell<Option<Rc<Inner>>> = const { RefCell::new(None) };
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &key.into(), value);
}

fn after(ms: i32) -> Promise {
    Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    })
}

fn start() -> Option<Rc<Inner>> {
    if let Some(inner) = WORKER.with(|w| w.borrow().clone()) {
        return Some(inner);
    }
    let worker = Worker::new(WORKER_URL).ok()?;
    let pending: Rc<RefCell<HashMap<u32, Function>>> = Rc::default();
    let ready_resolve: Rc<RefCell<Option<Function>>> = Rc::default();
    let ready = {
        let ready_resolve = ready_resolve.clone();
        Promise::new(&mut |resolve, _| *ready_resolve.borrow_mut() = Some(resolve))
    };
    let on_message = {
        let (pending, ready_resolve) = (pending.clone(), ready_resolve.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            if get(&data, "ready").as_bool() == Some(true) {
                if let Some(resolve) = ready_resolve.borrow_mut().take() {
                    let _ = resolve.call1(&JsValue::NULL, &true.into());
                }
                return;
            }
            let Some(id) = get(&data, "id").as_f64() else { return };
            if let Some(resolve) = pending.borrow_mut().remove(&(id as u32)) {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        })
    };
    // A worker that fails to load or stops answers every waiting request with "failed",
    // and is not used again.
    let on_error = {
        let (pending, ready_resolve) = (pending.clone(), ready_resolve.clone());
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_event: web_sys::Event| {
            WORKER.with(|w| w.borrow_mut().take());
            if let Some(resolve) = ready_resolve.borrow_mut().take() {
                let _ = resolve.call1(&JsValue::NULL, &false.into());
            }
            let failed = Object::new();
            set(&failed, "ok", &false.into());
            set(&failed, "failed", &true.into());
            for (_, resolve) in pending.borrow_mut().drain() {
                let _ = resolve.call1(&JsValue::NULL, &failed);
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let inner =
        Rc::new(Inner { worker, pending, next_id: Cell::new(1), ready, _on_message: on_message, _on_error: on_error });
    WORKER.with(|w| *w.borrow_mut() = Some(inner.clone()));
    Some(inner)
}

/// Argon2id in the worker; `None` when the worker could not do it (then derive here).
async fn in_worker(password: &str, salt: &[u8], params: KdfParams) -> Option<Result<Derived, CryptoError>> {
    let answer = ask_worker(password, salt, params, false).await?;
    if get(&answer, "ok").as_bool() != Some(true) {
        return Some(Err(CryptoError::Internal));
    }
    let key = get(&answer, "key").dyn_into::<Uint8Array>().ok()?;
    let mut bytes = key.to_vec();
    key.fill(0, 0, key.length());
    let derived = Derived::from_bytes(&bytes);
    zeroize::Zeroize::zeroize(bytes.as_mut_slice());
    derived.map(Ok)
}

/// The worker's answer to one derivation (`lock`: as a non-extractable key); `None`
/// when the worker is not there or stopped.
async fn ask_worker(password: &str, salt: &[u8], params: KdfParams, lock: bool) -> Option<JsValue> {
    let inner = start()?;
    let ready = JsFuture::from(Promise::race(&Array::of2(&inner.ready, &after(READY_TIMEOUT_MS)))).await.ok()?;
    if ready.as_bool() != Some(true) {
        WORKER.with(|w| w.borrow_mut().take());
        return None;
    }
    let id = inner.next_id.get();
    inner.next_id.set(id.wrapping_add(1));
    let msg = Object::new();
    set(&msg, "id", &id.into());
    set(&msg, "password", &password.into());
    set(&msg, "salt", &Uint8Array::from(salt).into());
    set(&msg, "memory", &params.memory_kib.into());
    set(&msg, "iterations", &params.iterations.into());
    set(&msg, "parallelism", &params.parallelism.into());
    set(&msg, "lock", &lock.into());
    let pending = inner.pending.clone();
    let answer = Promise::new(&mut |resolve, _| {
        pending.borrow_mut().insert(id, resolve);
    });
    if inner.worker.post_message(&msg).is_err() {
        inner.pending.borrow_mut().remove(&id);
        return None;
    }
    let answer = JsFuture::from(answer).await.ok()?;
    if get(&answer, "failed").as_bool() == Some(true) {
        return None;
    }
    Some(answer)
}

/// The lock's key (`storage::lock`): Argon2id and the import as a non-extractable AES-GCM
/// key both happen in the worker, so the key's bytes never reach the page. If the worker
/// cannot start, both happen here (the bytes are wiped right after the import).
pub async fn lock_key(password: &str, salt: &[u8], params: KdfParams) -> Option<web_sys::CryptoKey> {
    if !params.acceptable() {
        return None;
    }
    if let Some(answer) = ask_worker(password, salt, params, true).await {
        return get(&answer, "key").dyn_into::<web_sys::CryptoKey>().ok();
    }
    let derived = crypto::derive_key(password, salt, params).ok()?;
    let raw = Uint8Array::from(derived.as_bytes().get(..32)?);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let promise = subtle.import_key_with_str("raw", &raw, "AES-GCM", false, &usages).ok()?;
    let key = JsFuture::from(promise).await.ok();
    raw.fill(0, 0, raw.length());
    key?.dyn_into::<web_sys::CryptoKey>().ok()
}

/// Argon2id with these parameters (checked against Kring's limits before any work), off
/// the page's thread whenever the browser allows it.
pub async fn derive(password: &str, salt: &[u8], params: KdfParams) -> Result<Derived, CryptoError> {
    if !params.acceptable() {
        return crypto::derive_key(password, salt, params);
    }
    match in_worker(password, salt, params).await {
        Some(result) => result,
        None => crypto::derive_key(password, salt, params),
    }
}

/// Starts the worker ahead of need (when a password dialog opens), so its wasm is loaded
/// by the time the passphrase is typed.
pub fn warm_up() {
    let _ = start();
}
