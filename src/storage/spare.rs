//! A spare copy of the map being edited, outside IndexedDB. Killed at an unlucky moment
//! of a large write, Chromium has been seen to come back with Kring's whole IndexedDB
//! store empty (`scripts/soak`, see bench/README.md). So after every confirmed autosave
//! the same record is also kept in localStorage, written in one item (one write, so it
//! is never half old, half new). It is read only when the map that should open is not
//! in IndexedDB any more, and forgotten when that map is deleted, so a deleted map never
//! comes back. If localStorage is full or missing there is simply no spare.

use super::MapRecord;
use serde_json::{json, Value};

const KEY: &str = "kring.spare";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Keeps `record` as the spare copy (the previous spare is replaced).
pub fn keep(record: &MapRecord) {
    let Some(storage) = local_storage() else { return };
    if super::deleted::contains(&record.id) {
        return;
    }
    let text = json!({
        "id": record.id, "title": record.title, "updated": record.updated,
        "document": record.document, "history": record.history,
    })
    .to_string();
    if storage.set_item(KEY, &text).is_err() {
        // Too big for localStorage: an old spare of this map would mislead, so drop it.
        forget(&record.id);
    }
}

/// The spare copy, if there is a readable one.
pub fn read() -> Option<MapRecord> {
    let text = local_storage()?.get_item(KEY).ok()??;
    let value: Value = serde_json::from_str(&text).ok()?;
    let field = |name: &str| value.get(name).and_then(Value::as_str).map(str::to_owned);
    Some(MapRecord {
        id: field("id")?,
        title: field("title").unwrap_or_default(),
        updated: value.get("updated").and_then(Value::as_f64).unwrap_or(0.0),
        document: field("document")?,
        history: field("history").unwrap_or_default(),
    })
}

/// Forgets the spare copy if it is of map `id` (the map was deleted).
pub fn forget(id: &str) {
    let Some(storage) = local_storage() else { return };
    if read().is_some_and(|spare| spare.id == id) {
        let _ = storage.remove_item(KEY);
    }
}
