//! The key derivation's Web Worker: Argon2id for sealed files (and the lock)
//! runs here, off the page's thread, so the page never freezes while a passphrase is
//! turned into a key (0.5–0.8 s on the main thread before, at m = 64 MiB, t = 3).
//!
//! Trunk builds this as a second, small wasm binary (`data-type="worker"` in index.html):
//! only Argon2 and BLAKE2 from the core end up in it. The page side is `ui::kdf`.
//!
//! Messages in: `{id, password, salt: Uint8Array, memory, iterations, parallelism}`;
//! out: `{id, ok: true, key: Uint8Array(48)}` or `{id, ok: false}`. With `lock: true` the
//! first 32 bytes are imported here as a non-extractable AES-GCM `CryptoKey` and only that
//! is sent back (`key: CryptoKey`): the lock's key bytes never reach the page. On start it
//! posts `{ready: true}`, so the page sends nothing before the handler is set.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Object, Reflect, Uint8Array};
    use kring::io::crypto::{derive_key, KdfParams};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else { return };
    let get = |value: &JsValue, key: &str| Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let number = move |value: &JsValue, key: &str| get(value, key).as_f64().map_or(0, |n| n as u32);
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let answer = Object::new();
        let _ = Reflect::set(&answer, &"id".into(), &get(&data, "id"));
        let password = get(&data, "password").as_string().unwrap_or_default();
        let salt = get(&data, "salt").dyn_into::<Uint8Array>().map(|s| s.to_vec()).unwrap_or_default();
        let params = KdfParams {
            memory_kib: number(&data, "memory"),
            iterations: number(&data, "iterations"),
            parallelism: number(&data, "parallelism"),
        };
        let lock = get(&data, "lock").as_bool() == Some(true);
        let derived = derive_key(&password, &salt, params);
        let reply_scope = reply_scope.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let key: Option<JsValue> = match derived {
                Ok(derived) if lock => {
                    let raw = Uint8Array::from(&derived.as_bytes()[..32]);
                    let usages = js_sys::Array::of2(&"encrypt".into(), &"decrypt".into());
                    let imported = reply_scope
                        .crypto()
                        .and_then(|c| c.subtle().import_key_with_str("raw", &raw, "AES-GCM", false, &usages));
                    let key = match imported {
                        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.ok(),
                        Err(_) => None,
                    };
                    raw.fill(0, 0, raw.length());
                    key
                }
                Ok(derived) => Some(Uint8Array::from(derived.as_bytes()).into()),
                Err(_) => None,
            };
            let _ = Reflect::set(&answer, &"ok".into(), &key.is_some().into());
            if let Some(key) = key {
                let _ = Reflect::set(&answer, &"key".into(), &key);
            }
            let _ = reply_scope.post_message(&answer);
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &true.into());
    let _ = scope.post_message(&ready);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kdf-worker runs in the browser, as Kring's key derivation worker.");
}
