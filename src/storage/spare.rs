//! A spare copy of the map being edited, outside IndexedDB. Killed at an unlucky moment
//! of a large write, Chromium has been seen to come back with Kring's whole IndexedDB
//! store empty (`scripts/soak`, see bench/README.md). So after every confirmed autosave
//! the same record is also kept in localStorage, written in one item (one write, so it
//! is never half old, half new). It is read only when the map that should open is not
//! in IndexedDB any more, and forgotten when that map is deleted, so a deleted map never
//! comes back. If localStorage is full or missing there is simply no spare.
//!
//! Since the crash journal the spare is the last line, for browsers without
//! OPFS and in case both IndexedDB and the journal are gone. It holds the document only,
//! without the undo history: a map of hundreds of persons with 300 steps of history did
//! not fit in localStorage, and the spare was then dropped for exactly the large maps.

use super::MapRecord;
use serde_json::{json, Value};

const KEY: &str = "kring.spare";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

thread_local! {
    /// The newest `keep` asked for: an encryption that finishes after a newer one started
    /// is not written (the spare is never older than the one before it).
    static GENERATION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Keeps `record` as the spare copy (the previous spare is replaced). With the lock open
/// the copy is encrypted first (`storage::lock`), which finishes a moment later.
pub async fn keep(record: &MapRecord) {
    if super::is_deleted(&record.id) {
        return;
    }
    let _writing = super::writing().await;
    let generation = GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    });
    let inner = json!({ "title": record.title, "document": record.document }).to_string();
    let text = match super::lock::encrypt(inner.as_bytes()).await {
        Some(Ok(sealed)) => {
            json!({ "id": record.id, "updated": record.updated, "sealed": super::lock::base64(&sealed) }).to_string()
        }
        Some(Err(_)) => return forget(&record.id),
        None => json!({
            "id": record.id, "title": record.title, "updated": record.updated,
            "document": record.document,
        })
        .to_string(),
    };
    let Some(storage) = local_storage() else { return };
    if GENERATION.with(|g| g.get()) != generation || super::is_deleted(&record.id) {
        return;
    }
    if storage.set_item(KEY, &text).is_err() {
        // Too big for localStorage: an old spare of this map would mislead, so drop it.
        forget(&record.id);
    }
}

/// The spare copy, if there is a readable one (an encrypted one only with the lock open).
pub async fn read() -> Option<MapRecord> {
    let text = local_storage()?.get_item(KEY).ok()??;
    let value: Value = serde_json::from_str(&text).ok()?;
    let field = |name: &str| value.get(name).and_then(Value::as_str).map(str::to_owned);
    let inner: Value = match field("sealed") {
        Some(sealed) => {
            let plain = super::lock::decrypt(&super::lock::from_base64(&sealed)?).await.ok()?;
            serde_json::from_slice(&plain).ok()?
        }
        None => value.clone(),
    };
    let inner_field = |name: &str| inner.get(name).and_then(Value::as_str).map(str::to_owned);
    Some(MapRecord {
        id: field("id")?,
        title: inner_field("title").unwrap_or_default(),
        updated: value.get("updated").and_then(Value::as_f64).unwrap_or(0.0),
        document: inner_field("document")?,
        history: String::new(),
    })
}

/// The id of the map the spare copy is of (readable without the lock).
fn spare_id() -> Option<String> {
    let text = local_storage()?.get_item(KEY).ok()??;
    let value: Value = serde_json::from_str(&text).ok()?;
    value.get("id").and_then(Value::as_str).map(str::to_owned)
}

/// Forgets the spare copy if it is of map `id` (the map was deleted).
pub fn forget(id: &str) {
    let Some(storage) = local_storage() else { return };
    if spare_id().is_some_and(|spare| spare == id) {
        let _ = storage.remove_item(KEY);
    }
}

/// Forgets the spare copy, whichever map it is of (the lock was set or removed).
pub fn forget_any() {
    GENERATION.with(|g| g.set(g.get() + 1));
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEY);
    }
}
