//! The crash journal: beside IndexedDB, every change to the open map is also
//! appended to a file in the browser's Origin Private File System, written by a dedicated
//! worker (`journal-worker.js`) through a synchronous access handle and flushed before it
//! is acknowledged. IndexedDB has been seen to come back empty after the browser was
//! killed (bench/README.md); these files do not share its database.
//!
//! Per map there are two files; a chain (a checkpoint of the whole map, then the
//! operations done since, format in `io::journal`) grows in one of them, and each new
//! checkpoint is written into the other one, which then becomes the chain, and only after
//! it is flushed is the old one emptied. So at every moment one complete chain is on disk.
//!
//! Browsers without OPFS or without synchronous access handles (or a worker that does not
//! start) get no journal: `open` says so, and Kring works as before.

use crate::io::journal::{self as format, Replayed};
use crate::io::locked;
use js_sys::{Array, ArrayBuffer, Function, Object, Promise, Reflect, Uint8Array};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

const WORKER_URL: &str = "/journal-worker.js";
/// How long the worker may take to say it works, before Kring goes on without it.
const HELLO_TIMEOUT_MS: i32 = 5_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalError {
    /// Another tab holds this map's journal: this tab saves to IndexedDB only.
    Busy,
    /// The map has no chain this tab writes to: a checkpoint must come first.
    NoChain,
    /// Anything else (a full disk, a worker that stopped).
    Failed(String),
}

struct Inner {
    worker: Worker,
    pending: Rc<RefCell<HashMap<u32, Function>>>,
    next_id: Cell<u32>,
    /// Per map, the file (0 or 1) that holds its current chain.
    chains: RefCell<HashMap<String, usize>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

#[derive(Clone)]
pub struct Journal {
    inner: Rc<Inner>,
}

thread_local! {
    static JOURNAL: RefCell<Option<Journal>> = const { RefCell::new(None) };
}

/// The journal this page writes to, once `open` found one.
pub fn current() -> Option<Journal> {
    JOURNAL.with(|j| j.borrow().clone())
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &key.into(), value);
}

/// Whether this page could have OPFS at all (the worker checks the rest).
fn opfs_in_page() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let storage = get(&get(&window, "navigator"), "storage");
    !storage.is_undefined() && get(&storage, "getDirectory").is_function() && !get(&window, "Worker").is_undefined()
}

/// Waits `ms` milliseconds.
pub async fn pause(ms: i32) {
    let _ = JsFuture::from(after(ms)).await;
}

/// A promise that resolves with `undefined` after `ms` milliseconds.
fn after(ms: i32) -> Promise {
    Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    })
}

impl Journal {
    /// Starts the worker and checks that it can write; `None` when this browser cannot.
    pub async fn open() -> Option<Journal> {
        if let Some(journal) = current() {
            return Some(journal);
        }
        if !opfs_in_page() {
            return None;
        }
        let worker = Worker::new(WORKER_URL).ok()?;
        let pending: Rc<RefCell<HashMap<u32, Function>>> = Rc::default();
        let on_message = {
            let pending = pending.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                let Some(id) = get(&data, "id").as_f64() else { return };
                let resolve = pending.borrow_mut().remove(&(id as u32));
                if let Some(resolve) = resolve {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
            })
        };
        // A worker that fails (did not load, or threw) answers every waiting request.
        let on_error = {
            let pending = pending.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |_event: web_sys::Event| {
                let failed = Object::new();
                set(&failed, "ok", &false.into());
                set(&failed, "error", &"worker-failed".into());
                for (_, resolve) in pending.borrow_mut().drain() {
                    let _ = resolve.call1(&JsValue::NULL, &failed);
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let journal = Journal {
            inner: Rc::new(Inner {
                worker,
                pending,
                next_id: Cell::new(1),
                chains: RefCell::new(HashMap::new()),
                _on_message: on_message,
                _on_error: on_error,
            }),
        };
        let hello = journal.request(message("hello"), None);
        let answer = JsFuture::from(Promise::race(&Array::of2(&hello, &after(HELLO_TIMEOUT_MS)))).await.ok()?;
        if get(&answer, "ok").as_bool() != Some(true) {
            return None;
        }
        JOURNAL.with(|j| *j.borrow_mut() = Some(journal.clone()));
        Some(journal)
    }

    /// Sends `msg` (with a fresh id); the promise resolves with the worker's answer.
    fn request(&self, msg: Object, transfer: Option<&JsValue>) -> Promise {
        let id = self.inner.next_id.get();
        self.inner.next_id.set(id.wrapping_add(1));
        set(&msg, "id", &id.into());
        let pending = self.inner.pending.clone();
        Promise::new(&mut |resolve, _reject| {
            pending.borrow_mut().insert(id, resolve);
            let sent = match transfer {
                Some(buffer) => self.inner.worker.post_message_with_transfer(&msg, &Array::of1(buffer)),
                None => self.inner.worker.post_message(&msg),
            };
            if sent.is_err() {
                if let Some(resolve) = pending.borrow_mut().remove(&id) {
                    let failed = Object::new();
                    set(&failed, "ok", &false.into());
                    set(&failed, "error", &"post-failed".into());
                    let _ = resolve.call1(&JsValue::NULL, &failed);
                }
            }
        })
    }

    async fn call(&self, msg: Object, bytes: Option<&[u8]>) -> Result<JsValue, JournalError> {
        let buffer = bytes.map(|b| Uint8Array::from(b).buffer());
        if let Some(buffer) = &buffer {
            set(&msg, "bytes", buffer);
        }
        let answer = JsFuture::from(self.request(msg, buffer.as_ref().map(JsValue::from).as_ref()))
            .await
            .map_err(|e| JournalError::Failed(format!("{e:?}")))?;
        if get(&answer, "ok").as_bool() == Some(true) {
            return Ok(answer);
        }
        let error = get(&answer, "error").as_string().unwrap_or_default();
        Err(match error.as_str() {
            "busy" => JournalError::Busy,
            "no-chain" => JournalError::NoChain,
            _ => JournalError::Failed(format!("{error}: {}", get(&answer, "message").as_string().unwrap_or_default())),
        })
    }

    /// Every map with a journal on this device, with the newest map its files give
    /// (`None` when neither file holds a readable chain).
    pub async fn read_all(&self) -> Vec<(String, Option<Replayed>)> {
        let Ok(answer) = self.call(message("list"), None).await else { return Vec::new() };
        let maps: Array = get(&answer, "maps").dyn_into().unwrap_or_default();
        let mut out = Vec::new();
        for entry in maps.iter() {
            let Some(map) = get(&entry, "map").as_string() else { continue };
            let files: Array = get(&entry, "files").dyn_into().unwrap_or_default();
            let mut bytes: Vec<Vec<u8>> = Vec::with_capacity(2);
            for file in files.iter() {
                let raw = file.dyn_into::<ArrayBuffer>().map(|b| Uint8Array::new(&b).to_vec()).unwrap_or_default();
                bytes.push(open_frames(raw).await);
            }
            let slices: Vec<&[u8]> = bytes.iter().map(Vec::as_slice).collect();
            let newest = format::newest(&slices);
            if let Some((index, _)) = &newest {
                self.inner.chains.borrow_mut().insert(map.clone(), *index);
            }
            out.push((map, newest.map(|(_, replayed)| replayed)));
        }
        out
    }

    /// The first encrypted write in any journal file: it says which lock wrote it (for a
    /// start that finds no lock anywhere else, e.g. with IndexedDB emptied by a kill).
    pub async fn locked_blob(&self) -> Option<Vec<u8>> {
        let answer = self.call(message("list"), None).await.ok()?;
        let maps: Array = get(&answer, "maps").dyn_into().ok()?;
        for entry in maps.iter() {
            let files: Array = get(&entry, "files").dyn_into().unwrap_or_default();
            for file in files.iter() {
                let Ok(buffer) = file.dyn_into::<ArrayBuffer>() else { continue };
                let bytes = Uint8Array::new(&buffer).to_vec();
                if let Some(blob) = locked::first_blob(&bytes) {
                    return Some(blob.to_vec());
                }
            }
        }
        None
    }

    /// Starts a new chain for `map` with this checkpoint, in the file that does not hold
    /// the current one; once it is flushed the old chain is emptied.
    pub async fn checkpoint(&self, map: &str, bytes: &[u8]) -> Result<(), JournalError> {
        let _writing = super::writing().await;
        let framed = seal_frame(bytes).await?;
        let bytes = framed.as_deref().unwrap_or(bytes);
        let target = self.inner.chains.borrow().get(map).map_or(0, |file| 1 - file);
        let msg = message("checkpoint");
        set(&msg, "map", &map.into());
        set(&msg, "file", &(target as u32).into());
        match self.call(msg, Some(bytes)).await {
            Ok(_) => {
                self.inner.chains.borrow_mut().insert(map.to_owned(), target);
                Ok(())
            }
            Err(err) => Err(err),
        }
    }

    /// Adds records to `map`'s current chain.
    pub async fn append(&self, map: &str, bytes: &[u8]) -> Result<(), JournalError> {
        let _writing = super::writing().await;
        let framed = seal_frame(bytes).await?;
        let bytes = framed.as_deref().unwrap_or(bytes);
        let Some(file) = self.inner.chains.borrow().get(map).copied() else { return Err(JournalError::NoChain) };
        let msg = message("append");
        set(&msg, "map", &map.into());
        set(&msg, "file", &(file as u32).into());
        self.call(msg, Some(bytes)).await.map(|_| ())
    }

    /// Deletes `map`'s journal files: nothing of the map comes back from them.
    pub async fn delete(&self, map: &str) -> Result<(), JournalError> {
        self.inner.chains.borrow_mut().remove(map);
        let msg = message("delete");
        set(&msg, "map", &map.into());
        self.call(msg, None).await.map(|_| ())
    }
}

/// With the lock open, what is written to a journal file is encrypted, one frame per
/// write (`io::locked::frame`). A frame cut short by a kill is recognised by its length
/// (and any change by AES-GCM), and it and what follows are left out, as with plain
/// records. `None`: no lock, write the records as they are.
async fn seal_frame(bytes: &[u8]) -> Result<Option<Vec<u8>>, JournalError> {
    let sealed = match super::lock::encrypt(bytes).await {
        None => return Ok(None),
        Some(result) => result.map_err(|e| JournalError::Failed(format!("encrypting: {e:?}")))?,
    };
    locked::frame(&sealed).map(Some).ok_or_else(|| JournalError::Failed("frame too large".into()))
}

/// A journal file's records: as they are when written without a lock, decrypted frame by
/// frame when written with one (up to the first frame that is cut short or does not open).
async fn open_frames(file: Vec<u8>) -> Vec<u8> {
    if !locked::is_framed(&file) {
        return file;
    }
    let mut plain = Vec::new();
    for sealed in locked::frames(&file) {
        match super::lock::decrypt(sealed).await {
            Ok(records) => plain.extend_from_slice(&records),
            Err(_) => break,
        }
    }
    plain
}

fn message(op: &str) -> Object {
    let msg = Object::new();
    set(&msg, "op", &op.into());
    msg
}
