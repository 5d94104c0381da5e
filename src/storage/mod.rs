//! Browser storage: the only module that saves. Maps live in IndexedDB on this device and
//! nowhere else, with a crash journal of the map being edited in the Origin Private File
//! System (see `journal`) and a spare copy of it in localStorage (see `spare`).
//! Each record holds a map's id, title, last change and its Kring document.

mod idb;
pub mod journal;
pub mod lock;
pub mod prefs;
pub mod spare;

use crate::io::journal::CHECKPOINT_HISTORY_STEPS;
use crate::model::{to_json, HistoryRead};
use std::cell::RefCell;
use std::collections::HashSet;

use idb::Db;
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

const DB_NAME: &str = "kring";
const DB_VERSION: u32 = 1;
const MAPS: &str = "maps";
const SETTINGS: &str = "settings";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser's storage quota is used up.
    Full,
    /// IndexedDB is missing or refused (private mode, blocked by settings).
    Unavailable(String),
    /// Anything else the browser reported.
    Failed(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapRecord {
    pub id: String,
    pub title: String,
    /// Milliseconds since 1970, from `Date.now()`.
    pub updated: f64,
    pub document: String,
    /// The undo/redo history (JSON), saved in the same write as the document so the two
    /// always match.
    pub history: String,
}

#[derive(Clone)]
pub struct Store {
    db: Db,
}

impl Store {
    pub async fn open() -> Result<Store, StorageError> {
        let db = Db::open(DB_NAME, DB_VERSION, &[MAPS, SETTINGS]).await?;
        Ok(Store { db })
    }

    /// Saves `record` as asked (a new, renamed, duplicated or undeleted map).
    pub async fn save_map(&self, record: &MapRecord) -> Result<(), StorageError> {
        DELETED.with(|d| d.borrow_mut().remove(&record.id));
        self.put_map(record).await
    }

    /// Saves `record` for the autosave: unless the map was deleted meanwhile (a save that
    /// was still on its way must not bring a deleted map back).
    pub async fn autosave_map(&self, record: &MapRecord) -> Result<(), StorageError> {
        if is_deleted(&record.id) {
            return Ok(());
        }
        self.put_map(record).await
    }

    async fn put_map(&self, record: &MapRecord) -> Result<(), StorageError> {
        let _writing = writing().await;
        self.put_map_now(record).await
    }

    /// Writes without waiting at the gate: only for the rewrite that holds it.
    async fn put_map_now(&self, record: &MapRecord) -> Result<(), StorageError> {
        let value = Object::new();
        set(&value, "id", &record.id.as_str().into());
        set(&value, "updated", &record.updated.into());
        // With the lock open, title, document and history are written as one encrypted
        // blob; IndexedDB completing the write is still what "Saved" waits for.
        match lock::encrypt(locked_json(record).as_bytes()).await {
            Some(Ok(sealed)) => set(&value, "sealed", &js_sys::Uint8Array::from(sealed.as_slice()).into()),
            Some(Err(err)) => return Err(StorageError::Failed(format!("encrypting: {err:?}"))),
            None => {
                set(&value, "title", &record.title.as_str().into());
                set(&value, "document", &record.document.as_str().into());
                set(&value, "history", &record.history.as_str().into());
            }
        }
        self.db.put(MAPS, &record.id, &value).await
    }

    pub async fn load_map(&self, id: &str) -> Result<Option<MapRecord>, StorageError> {
        let value = self.db.get(MAPS, id).await?;
        Ok(record_from(&value).await)
    }

    /// Every map on this device, most recently changed first.
    pub async fn list_maps(&self) -> Result<Vec<MapRecord>, StorageError> {
        let values = self.db.get_all(MAPS).await?;
        let mut records: Vec<MapRecord> = Vec::with_capacity(values.length() as usize);
        for value in values.iter() {
            if let Some(record) = record_from(&value).await {
                records.push(record);
            }
        }
        crate::model::order::sort_by(&mut records, |a, b| b.updated.total_cmp(&a.updated));
        Ok(records)
    }

    pub async fn delete_map(&self, id: &str) -> Result<(), StorageError> {
        // Copies first: a deleted map must never come back from its journal or spare copy,
        // and no autosave still on its way may write it again.
        DELETED.with(|d| d.borrow_mut().insert(id.to_owned()));
        announce_deleted(id);
        spare::forget(id);
        if let Some(journal) = journal::current() {
            let _ = journal.delete(id).await;
        }
        self.db.delete(MAPS, id).await
    }

    /// Puts back what the crash journal holds and IndexedDB does not: a map missing from
    /// IndexedDB, or one whose journal is newer than its record. Returns the records put
    /// back (whether or not IndexedDB took them, so the open map can still be shown), each
    /// with whether its undo history read (one that did not is gone from the record put
    /// back: the user is told when the map opens).
    pub async fn recover_from_journal(&self, journal: &journal::Journal) -> Vec<(MapRecord, HistoryRead)> {
        let mut recovered = Vec::new();
        for (id, replayed) in journal.read_all().await {
            let Some(replayed) = replayed else { continue };
            if replayed.map != id || is_deleted(&id) {
                continue;
            }
            let stored = match self.load_map(&id).await {
                Ok(stored) => stored,
                Err(_) => continue,
            };
            if stored.is_some_and(|record| record.updated >= replayed.stamp) {
                continue;
            }
            let map = replayed.editor.map();
            let record = MapRecord {
                id,
                title: map.title().to_owned(),
                updated: replayed.stamp,
                document: to_json(map),
                history: replayed.editor.history_json(CHECKPOINT_HISTORY_STEPS),
            };
            let _ = self.put_map(&record).await;
            recovered.push((record, replayed.history));
        }
        recovered
    }

    /// Puts back a map the person deleted a moment ago ("Undo delete"): the one way a
    /// deleted map is written again.
    pub async fn restore_map(&self, record: &MapRecord) -> Result<(), StorageError> {
        DELETED.with(|d| d.borrow_mut().remove(&record.id));
        self.put_map(record).await
    }

    pub async fn setting(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.db.get(SETTINGS, key).await?.as_string())
    }

    pub async fn set_setting(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.db.put(SETTINGS, key, &value.into()).await
    }

    /// The lock set on this device, wherever its description survived: localStorage,
    /// IndexedDB's settings, or (both lost) the header of an encrypted record.
    pub async fn find_lock(&self) -> Option<lock::LockInfo> {
        if let Some(info) = lock::info() {
            return Some(info);
        }
        if let Some(info) = self.setting(lock::DB_SETTING).await.ok().flatten().and_then(|t| lock::from_setting(&t)) {
            return Some(info);
        }
        let first = self.db.first(MAPS).await.ok()?;
        let sealed = Reflect::get(&first, &"sealed".into()).ok()?.dyn_into::<js_sys::Uint8Array>().ok()?;
        lock::LockInfo::from_blob(&sealed.to_vec())
    }

    /// Whether no map is kept here at all (a new device, or a database emptied by a kill).
    pub async fn is_empty(&self) -> bool {
        self.db.first(MAPS).await.map(|first| first.is_undefined() || first.is_null()).unwrap_or(true)
    }

    /// Writes these maps (read with `list_maps` after `rewriting` closed the gate, before
    /// the lock changed) again as the lock now asks (encrypted with the lock open, in the
    /// open without a lock), then drops every crash journal and the spare copy: they are
    /// written afresh, the same way, by the next save. Returns how many maps were written.
    pub async fn rewrite_all(&self, records: &[MapRecord], _gate: &Rewriting) -> Result<usize, StorageError> {
        for record in records {
            self.put_map_now(record).await?;
        }
        if let Some(journal) = journal::current() {
            for (id, _) in journal.read_all().await {
                let _ = journal.delete(&id).await;
            }
        }
        spare::forget_any();
        Ok(records.len())
    }
}

/// The gate between the saves and a change of the lock. Every write of a map's data (its
/// record, journal or spare copy) passes it; setting or removing the lock closes it, waits
/// for the writes under way, and rewrites everything the new way. Without it, a save that
/// started before the change could finish after the rewrite: in the open after the lock
/// was set, encrypted after it was removed (unreadable then), or with an older map.
#[derive(Default)]
struct Gate {
    rewriting: bool,
    writing: u32,
}

thread_local! {
    static GATE: RefCell<Gate> = RefCell::new(Gate::default());
}

/// How often a write (or the rewrite) looks whether the gate is free.
const GATE_POLL_MS: i32 = 20;

/// A write under way; the gate counts it until it is dropped.
pub(crate) struct Writing(());

impl Drop for Writing {
    fn drop(&mut self) {
        GATE.with(|g| {
            let mut gate = g.borrow_mut();
            gate.writing = gate.writing.saturating_sub(1);
        });
    }
}

/// Waits until no rewrite holds the gate, then counts a write.
pub(crate) async fn writing() -> Writing {
    loop {
        let entered = GATE.with(|g| {
            let mut gate = g.borrow_mut();
            if gate.rewriting {
                return false;
            }
            gate.writing += 1;
            true
        });
        if entered {
            return Writing(());
        }
        journal::pause(GATE_POLL_MS).await;
    }
}

/// The gate closed for a change of the lock: no save writes until this is dropped.
pub struct Rewriting(());

impl Drop for Rewriting {
    fn drop(&mut self) {
        GATE.with(|g| g.borrow_mut().rewriting = false);
    }
}

/// Closes the gate and waits until the writes under way are done.
pub async fn rewriting() -> Rewriting {
    loop {
        let closed = GATE.with(|g| {
            let mut gate = g.borrow_mut();
            !std::mem::replace(&mut gate.rewriting, true)
        });
        if closed {
            break;
        }
        journal::pause(GATE_POLL_MS).await;
    }
    let gate = Rewriting(());
    while GATE.with(|g| g.borrow().writing) > 0 {
        journal::pause(GATE_POLL_MS).await;
    }
    gate
}

/// The lock that wrote the crash journal, when a journal holds encrypted writes.
pub async fn journal_lock() -> Option<lock::LockInfo> {
    let blob = journal::Journal::open().await?.locked_blob().await?;
    lock::LockInfo::from_blob(&blob)
}

thread_local! {
    /// Maps deleted while this page is open.
    static DELETED: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// The channel on which a page tells the other pages (tabs, windows) of this origin that
/// it deleted a map: they count it as deleted too, so no save of theirs brings it back,
/// and a page that has it open stops showing it.
const DELETED_CHANNEL: &str = "kring-deleted";

thread_local! {
    /// This page, so that it does not act on its own messages.
    static PAGE: String = format!("page-{}-{}", js_sys::Date::now() as u64, (js_sys::Math::random() * 1e9) as u64);
}

fn announce_deleted(id: &str) {
    let Ok(channel) = web_sys::BroadcastChannel::new(DELETED_CHANNEL) else { return };
    let message = serde_json::json!({ "deleted": id, "page": PAGE.with(Clone::clone) }).to_string();
    // The message is on its way to every other page once posted; closing does not stop it.
    let _ = channel.post_message(&message.into());
    channel.close();
}

/// Listens for maps deleted in another page: each is counted as deleted here (no save
/// writes it again) and handed to `on_deleted`. Listens as long as the result is kept.
pub fn listen_deleted(on_deleted: impl Fn(String) + 'static) -> Option<DeletedListener> {
    let channel = web_sys::BroadcastChannel::new(DELETED_CHANNEL).ok()?;
    let listener = gloo::events::EventListener::new(&channel, "message", move |event| {
        let Some(data) = event.dyn_ref::<web_sys::MessageEvent>().and_then(|m| m.data().as_string()) else { return };
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&data) else { return };
        let (Some(id), Some(page)) = (value["deleted"].as_str(), value["page"].as_str()) else { return };
        if PAGE.with(|here| here == page) {
            return;
        }
        DELETED.with(|d| d.borrow_mut().insert(id.to_owned()));
        spare::forget(id);
        // This page may hold the map's journal files (the other page could not delete
        // them then): they go now, or the map would come back from them at the next start.
        if let Some(journal) = journal::current() {
            let map = id.to_owned();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = journal.delete(&map).await;
            });
        }
        on_deleted(id.to_owned());
    });
    Some(DeletedListener { channel, _listener: listener })
}

/// Keeps listening for maps deleted elsewhere until dropped.
pub struct DeletedListener {
    channel: web_sys::BroadcastChannel,
    _listener: gloo::events::EventListener,
}

impl Drop for DeletedListener {
    fn drop(&mut self) {
        self.channel.close();
    }
}

/// Whether map `id` was deleted while this page is open.
pub fn is_deleted(id: &str) -> bool {
    DELETED.with(|d| d.borrow().contains(id))
}

fn set(target: &Object, key: &str, value: &JsValue) {
    // Setting a plain property on a fresh object cannot fail.
    let _ = Reflect::set(target, &key.into(), value);
}

fn get_string(source: &JsValue, key: &str) -> Option<String> {
    Reflect::get(source, &key.into()).ok()?.as_string()
}

/// What an encrypted record holds.
fn locked_json(record: &MapRecord) -> String {
    serde_json::json!({ "title": record.title, "document": record.document, "history": record.history }).to_string()
}

async fn record_from(value: &JsValue) -> Option<MapRecord> {
    if value.is_undefined() || value.is_null() {
        return None;
    }
    let sealed = Reflect::get(value, &"sealed".into()).ok()?;
    if let Some(sealed) = sealed.dyn_ref::<js_sys::Uint8Array>() {
        // Encrypted: readable only with the lock open.
        let plain = lock::decrypt(&sealed.to_vec()).await.ok()?;
        let inner: serde_json::Value = serde_json::from_slice(&plain).ok()?;
        let field = |name: &str| inner.get(name).and_then(serde_json::Value::as_str).map(str::to_owned);
        return Some(MapRecord {
            id: get_string(value, "id")?,
            title: field("title").unwrap_or_default(),
            updated: Reflect::get(value, &"updated".into()).ok()?.as_f64().unwrap_or(0.0),
            document: field("document")?,
            history: field("history").unwrap_or_default(),
        });
    }
    Some(MapRecord {
        id: get_string(value, "id")?,
        title: get_string(value, "title").unwrap_or_default(),
        updated: Reflect::get(value, &"updated".into()).ok()?.as_f64().unwrap_or(0.0),
        document: get_string(value, "document")?,
        history: get_string(value, "history").unwrap_or_default(),
    })
}

/// Deletes Kring's whole IndexedDB database (the lock's passphrase was forgotten: what is
/// in it cannot be read any more). Other pages holding it open delay this until they close.
pub async fn erase_database() -> Result<(), StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    let factory =
        window.indexed_db().map_err(error_from)?.ok_or_else(|| StorageError::Unavailable("no IndexedDB".into()))?;
    let request = factory.delete_database(DB_NAME).map_err(error_from)?;
    idb::request_to_future(&request).await.map(|_| ())
}

/// Milliseconds since 1970, for "last changed".
pub fn now() -> f64 {
    js_sys::Date::now()
}

pub(crate) fn error_from(value: JsValue) -> StorageError {
    let (name, message) = match value.dyn_ref::<web_sys::DomException>() {
        Some(exception) => (exception.name(), exception.message()),
        None => (String::new(), value.as_string().unwrap_or_else(|| format!("{value:?}"))),
    };
    if name == "QuotaExceededError" {
        StorageError::Full
    } else if name == "InvalidStateError" || name == "SecurityError" {
        StorageError::Unavailable(format!("{name}: {message}"))
    } else {
        StorageError::Failed(format!("{name}: {message}"))
    }
}
