//! The lock: with a passphrase set, everything Kring keeps on this device about
//! maps (the IndexedDB records with their history, the spare copy in localStorage and the
//! crash journal's files in OPFS) is stored encrypted with AES-256-GCM (WebCrypto). The
//! key is derived from the passphrase by Argon2id in the key derivation worker, imported
//! there as a non-extractable `CryptoKey`, and lives only in this page's memory: a reload,
//! a closed tab, the idle time or a quick exit leaves Kring locked.
//!
//! What is stored in the open: the map ids (`map-<digits>`), when each map was last
//! changed, the lock's salt and Argon2 parameters, and the size of each encrypted record.
//!
//! The blobs' layout is `io::locked`'s. Every blob says how its key is derived, so
//! whatever survives a killed browser can be opened with the passphrase, even when the
//! lock's description was lost with localStorage (seen in the soak: a lock set seconds
//! before a kill was gone from localStorage afterwards). The description is kept in
//! localStorage (read before anything else, to show the locked screen at once) and in
//! IndexedDB.

use js_sys::{Object, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

const SETTING: &str = "kring.lock";
use crate::io::locked::{self as layout, NONCE_LEN};
/// The lock's description in IndexedDB's settings.
pub const DB_SETTING: &str = "lock";
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

/// The open lock: the key, and how it was derived (written into every blob).
#[derive(Clone)]
struct Open {
    key: CryptoKey,
    salt: Vec<u8>,
    params: crate::io::crypto::KdfParams,
}

thread_local! {
    static KEY: RefCell<Option<Open>> = const { RefCell::new(None) };
}

impl LockInfo {
    pub fn params(&self) -> crate::io::crypto::KdfParams {
        crate::io::crypto::KdfParams {
            memory_kib: self.memory_kib,
            iterations: self.iterations,
            parallelism: self.parallelism,
        }
    }

    /// The description a blob gives of its lock (it is its own passphrase check).
    pub fn from_blob(blob: &[u8]) -> Option<LockInfo> {
        let source = layout::key_source(blob)?;
        Some(LockInfo {
            salt: source.salt,
            memory_kib: source.params.memory_kib,
            iterations: source.params.iterations,
            parallelism: source.params.parallelism,
            check: blob.to_vec(),
            idle_minutes: DEFAULT_IDLE_MINUTES,
        })
    }
}

/// The idle time of a lock whose description was lost.
pub const DEFAULT_IDLE_MINUTES: u32 = 15;

/// Keeps the lock's description in localStorage (again, after it was found elsewhere).
pub fn remember(info: &LockInfo) {
    if let (Some(storage), Ok(text)) = (local_storage(), serde_json::to_string(info)) {
        let _ = storage.set_item(SETTING, &text);
    }
}

/// Another idle time for the lock set on this device; returns the description for
/// IndexedDB's settings (`None` when no lock is set).
pub fn set_idle(minutes: u32) -> Option<String> {
    let mut info = info()?;
    info.idle_minutes = minutes;
    remember(&info);
    serde_json::to_string(&info).ok()
}

/// The lock's description as kept in IndexedDB's settings.
pub fn from_setting(text: &str) -> Option<LockInfo> {
    serde_json::from_str(text).ok()
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

fn opened() -> Option<Open> {
    KEY.with(|k| k.borrow().clone())
}

/// Drops the key: nothing more can be read or written until the passphrase is typed again.
pub fn forget_key() {
    KEY.with(|k| k.borrow_mut().take());
}

fn subtle() -> Result<web_sys::SubtleCrypto, JsValue> {
    Ok(web_sys::window().ok_or("no window")?.crypto()?.subtle())
}

fn algorithm(nonce: &[u8], header: &[u8]) -> Object {
    let algorithm = Object::new();
    let _ = Reflect::set(&algorithm, &"name".into(), &"AES-GCM".into());
    let _ = Reflect::set(&algorithm, &"iv".into(), &Uint8Array::from(nonce).into());
    let _ = Reflect::set(&algorithm, &"additionalData".into(), &Uint8Array::from(header).into());
    algorithm
}

/// Encrypts with the open lock (`io::locked`'s layout). The header is the AES-GCM
/// associated data, so a changed byte anywhere is caught.
async fn encrypt_with(open: &Open, plain: &[u8]) -> Result<Vec<u8>, JsValue> {
    let mut nonce = [0u8; NONCE_LEN];
    web_sys::window().ok_or("no window")?.crypto()?.get_random_values_with_u8_array(&mut nonce)?;
    let header = layout::header(&open.salt, open.params, &nonce).ok_or("bad salt")?;
    let data = Uint8Array::from(plain);
    let promise = subtle()?.encrypt_with_object_and_buffer_source(&algorithm(&nonce, &header), &open.key, &data)?;
    let cipher = Uint8Array::new(&JsFuture::from(promise).await?).to_vec();
    let mut out = header;
    out.extend_from_slice(&cipher);
    Ok(out)
}

/// Opens a blob made by `encrypt_with` (any change to it, or another key, fails).
async fn decrypt_with(key: &CryptoKey, blob: &[u8]) -> Result<Vec<u8>, JsValue> {
    let parts = layout::parts(blob).ok_or("not a locked blob")?;
    let data = Uint8Array::from(parts.cipher);
    let promise = subtle()?.decrypt_with_object_and_buffer_source(&algorithm(parts.nonce, parts.header), key, &data)?;
    Ok(Uint8Array::new(&JsFuture::from(promise).await?).to_vec())
}

/// Encrypts with this page's key; `None` when no lock is open (then write in the open).
pub async fn encrypt(plain: &[u8]) -> Option<Result<Vec<u8>, JsValue>> {
    let open = opened()?;
    Some(encrypt_with(&open, plain).await)
}

/// Decrypts with this page's key.
pub async fn decrypt(blob: &[u8]) -> Result<Vec<u8>, JsValue> {
    let open = opened().ok_or("locked")?;
    decrypt_with(&open.key, blob).await
}

/// Whether bytes are an encrypted blob.
pub fn is_locked_blob(bytes: &[u8]) -> bool {
    layout::is_blob(bytes)
}

/// Sets a new lock with a key from the worker: keeps the lock's description first, in
/// localStorage (the caller keeps it in IndexedDB too, before any record is encrypted),
/// and holds the key. Returns the description, for IndexedDB's settings.
pub async fn set(
    key: CryptoKey,
    salt: Vec<u8>,
    params: crate::io::crypto::KdfParams,
    idle_minutes: u32,
) -> Result<String, JsValue> {
    let open = Open { key, salt: salt.clone(), params };
    let check = encrypt_with(&open, CHECK_TEXT).await?;
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
    KEY.with(|k| *k.borrow_mut() = Some(open));
    Ok(text)
}

/// Opens the lock described by `info` with a key from the worker; `false` when it is
/// not the right one (its check blob does not open).
pub async fn open(key: CryptoKey, info: &LockInfo) -> bool {
    if decrypt_with(&key, &info.check).await.is_err() {
        return false;
    }
    KEY.with(|k| *k.borrow_mut() = Some(Open { key, salt: info.salt.clone(), params: info.params() }));
    true
}

/// Forgets the lock's description in localStorage (after every record was written in the
/// open again; the caller drops IndexedDB's copy).
pub fn remove() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(SETTING);
    }
    forget_key();
}

pub use layout::{base64, from_base64};
