//! The lock (issue 16): with a passphrase set, everything Kring keeps on this device about
//! maps (the IndexedDB records with their history, the spare copy in localStorage and the
//! crash journal's files in OPFS) is stored encrypted with AES-256-GCM (WebCrypto). The
//! key is derived from the passphrase by Argon2id in the key derivation worker, imported
//! there as a non-extractable `CryptoKey`, and lives only in this page's memory: a reload,
//! a closed tab, the idle time or a quick exit leaves Kring locked.
//!
//! What is stored in the open: the map ids (`map-<digits>`), when each map was last
//! changed, the lock's salt and Argon2 parameters, and the size of each encrypted record.
//!
//! An encrypted blob is `KRL1` | 12-byte nonce (fresh from `crypto.getRandomValues` for
//! every write) | AES-GCM ciphertext with its tag. The passphrase check is such a blob of
//! a fixed text: it opens only with the right key.

use js_sys::{Object, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

const SETTING: &str = "kring.lock";
const MAGIC: &[u8; 4] = b"KRL1";
const NONCE_LEN: usize = 12;
const CHECK_TEXT: &[u8] = b"Kring lock check v1";

/// What is kept about the lock (localStorage, one item), never the passphrase or the key.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct LockInfo {
    pub salt: Vec<u8>,
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
    /// `CHECK_TEXT` encrypted with the key.
    pub check: Vec<u8>,
    /// Minutes without use after which Kring locks itself.
    pub idle_minutes: u32,
}

thread_local! {
    static KEY: RefCell<Option<CryptoKey>> = const { RefCell::new(None) };
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The lock, if one is set on this device.
pub fn info() -> Option<LockInfo> {
    let text = local_storage()?.get_item(SETTING).ok()??;
    serde_json::from_str(&text).ok()
}

pub fn is_set() -> bool {
    info().is_some()
}

/// Whether this page holds the key (the lock is set and was opened).
pub fn is_open() -> bool {
    KEY.with(|k| k.borrow().is_some())
}

/// Whether what is written now must be encrypted.
pub(crate) fn key() -> Option<CryptoKey> {
    KEY.with(|k| k.borrow().clone())
}

/// Drops the key: nothing more can be read or written until the passphrase is typed again.
pub fn forget_key() {
    KEY.with(|k| k.borrow_mut().take());
}

fn subtle() -> Result<web_sys::SubtleCrypto, JsValue> {
    Ok(web_sys::window().ok_or("no window")?.crypto()?.subtle())
}

fn algorithm(nonce: &[u8]) -> Object {
    let algorithm = Object::new();
    let _ = Reflect::set(&algorithm, &"name".into(), &"AES-GCM".into());
    let _ = Reflect::set(&algorithm, &"iv".into(), &Uint8Array::from(nonce).into());
    algorithm
}

/// Encrypts with `key`: `KRL1` | nonce | ciphertext.
pub async fn encrypt_with(key: &CryptoKey, plain: &[u8]) -> Result<Vec<u8>, JsValue> {
    let mut nonce = [0u8; NONCE_LEN];
    web_sys::window().ok_or("no window")?.crypto()?.get_random_values_with_u8_array(&mut nonce)?;
    let data = Uint8Array::from(plain);
    let promise = subtle()?.encrypt_with_object_and_buffer_source(&algorithm(&nonce), key, &data)?;
    let cipher = Uint8Array::new(&JsFuture::from(promise).await?).to_vec();
    let mut out = Vec::with_capacity(MAGIC.len() + NONCE_LEN + cipher.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&cipher);
    Ok(out)
}

/// Opens a blob made by `encrypt_with` (any change to it, or another key, fails).
pub async fn decrypt_with(key: &CryptoKey, blob: &[u8]) -> Result<Vec<u8>, JsValue> {
    if blob.len() < MAGIC.len() + NONCE_LEN || !blob.starts_with(MAGIC) {
        return Err("not a locked blob".into());
    }
    let nonce = &blob[MAGIC.len()..MAGIC.len() + NONCE_LEN];
    let data = Uint8Array::from(&blob[MAGIC.len() + NONCE_LEN..]);
    let promise = subtle()?.decrypt_with_object_and_buffer_source(&algorithm(nonce), key, &data)?;
    Ok(Uint8Array::new(&JsFuture::from(promise).await?).to_vec())
}

/// Encrypts with this page's key; `None` when no lock is open (then write in the open).
pub async fn encrypt(plain: &[u8]) -> Option<Result<Vec<u8>, JsValue>> {
    let key = key()?;
    Some(encrypt_with(&key, plain).await)
}

/// Decrypts with this page's key.
pub async fn decrypt(blob: &[u8]) -> Result<Vec<u8>, JsValue> {
    let key = key().ok_or("locked")?;
    decrypt_with(&key, blob).await
}

/// Whether bytes are an encrypted blob.
pub fn is_locked_blob(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// Sets a new lock with a key from the worker: keeps the lock's description first (so
/// records encrypted after it can always be told apart) and holds the key.
pub async fn set(
    key: CryptoKey,
    salt: Vec<u8>,
    params: crate::io::crypto::KdfParams,
    idle_minutes: u32,
) -> Result<(), JsValue> {
    let check = encrypt_with(&key, CHECK_TEXT).await?;
    let info = LockInfo {
        salt,
        memory_kib: params.memory_kib,
        iterations: params.iterations,
        parallelism: params.parallelism,
        check,
        idle_minutes,
    };
    let text = serde_json::to_string(&info).map_err(|e| JsValue::from_str(&e.to_string()))?;
    local_storage().ok_or("no localStorage")?.set_item(SETTING, &text)?;
    KEY.with(|k| *k.borrow_mut() = Some(key));
    Ok(())
}

/// Opens the lock with a key from the worker; `false` when it is not the right one.
pub async fn open(key: CryptoKey) -> bool {
    let Some(info) = info() else { return false };
    match decrypt_with(&key, &info.check).await {
        Ok(text) if text == CHECK_TEXT => {
            KEY.with(|k| *k.borrow_mut() = Some(key));
            true
        }
        _ => false,
    }
}

/// Forgets the lock's description (after every record was written in the open again).
pub fn remove() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(SETTING);
    }
    forget_key();
}

/// Base64 (standard alphabet, padded), for encrypted blobs kept in localStorage.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ABC[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub fn from_base64(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let bytes = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        let whole = chunk.len() * 6 / 8;
        for i in 0..whole {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// A key from the worker's answer (`ui::kdf::lock_key`), for `set` and `open`.
pub fn key_from(value: &JsValue) -> Option<CryptoKey> {
    value.dyn_ref::<CryptoKey>().cloned()
}
