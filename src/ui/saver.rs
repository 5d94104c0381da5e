//! Autosave. Every change is written to two places at once, each in its own lane:
//! - IndexedDB, the map's home: while one write is under way, newer changes wait and only
//!   the newest is written next, so typing a long name makes a handful of writes. The
//!   record is only made (the map turned into JSON) when its write starts, so changes
//!   that are overtaken while waiting cost nothing.
//! - the crash journal (`storage::journal`), when this browser has one: the operations
//!   since its last write are appended and flushed, or a checkpoint starts a new chain.
//!
//! "Saved" is shown once the newest change is durable in either of them (see
//! `Action::Saved` and `Action::Journaled`); a problem IndexedDB reports stays on screen
//! until IndexedDB saves again.

use super::state::JournalEntry;
use crate::storage::journal::{self, JournalError};
use crate::storage::{self, MapRecord, StorageError, Store};
use std::cell::RefCell;
use std::rc::Rc;
use yew::Callback;

/// Makes the record to write, from the map as it is when the write starts.
pub type MakeRecord = Box<dyn Fn() -> Option<MapRecord>>;
/// Takes the journal's next write, when its write starts; the argument says whether the
/// journal can take a write for a map now (when not, nothing is encoded).
pub type MakeEntry = Box<dyn Fn(&dyn Fn(&str) -> bool) -> Option<JournalEntry>>;

/// How long IndexedDB's write waits for the journal's acknowledgement at most.
const IDB_PATIENCE_MS: i32 = 250;

/// After another tab was found holding a map's journal, how long this tab saves that map
/// to IndexedDB only before it asks again.
const BUSY_RETRY_MS: f64 = 5_000.0;

pub struct Saver {
    store: Option<Store>,
    in_flight: bool,
    waiting: Option<(u64, MakeRecord)>,
    journaling: bool,
    journal_waiting: Option<MakeEntry>,
    /// A map whose journal another tab holds, and until when not to ask again.
    busy: Option<(String, f64)>,
    /// IndexedDB did not open at start: the journal alone keeps the changes.
    journal_only: bool,
}

pub enum SaveOutcome {
    Saved(u64),
    Journaled(u64),
    Failed(StorageError),
}

impl Saver {
    pub fn new() -> Saver {
        Saver {
            store: None,
            in_flight: false,
            waiting: None,
            journaling: false,
            journal_waiting: None,
            busy: None,
            journal_only: false,
        }
    }

    /// No IndexedDB this session: writes go to the journal only, and its acknowledgement
    /// is what shows "Saved".
    pub fn set_journal_only(&mut self) {
        self.journal_only = true;
    }

    pub fn set_store(&mut self, store: Store) {
        self.store = Some(store);
    }

    pub fn store(&self) -> Option<Store> {
        self.store.clone()
    }

    /// Asks for the map at `revision` to be saved; `done` hears how it went.
    pub fn request(
        this: &Rc<RefCell<Saver>>,
        revision: u64,
        record: MakeRecord,
        entry: MakeEntry,
        done: Callback<SaveOutcome>,
    ) {
        let (write, journal) = {
            let mut saver = this.borrow_mut();
            saver.waiting = Some((revision, record));
            saver.journal_waiting = Some(entry);
            (!saver.in_flight, !saver.journaling && journal::current().is_some())
        };
        if journal {
            // The journal's small append goes first and IndexedDB's write (which turns the
            // whole map into JSON first) follows its acknowledgement, so "Saved" is not held
            // up by that work; should the journal be slow, IndexedDB starts anyway.
            Self::journal_next(this.clone(), done.clone());
            let (this, done) = (this.clone(), done.clone());
            wasm_bindgen_futures::spawn_local(async move {
                journal::pause(IDB_PATIENCE_MS).await;
                Self::start_write(&this, done);
            });
        } else if write {
            Self::write_next(this.clone(), done);
        }
    }

    /// Starts IndexedDB's lane unless it is busy or has nothing to write.
    fn start_write(this: &Rc<RefCell<Saver>>, done: Callback<SaveOutcome>) {
        let idle = {
            let saver = this.borrow();
            !saver.in_flight && saver.waiting.is_some()
        };
        if idle {
            Self::write_next(this.clone(), done);
        }
    }

    fn write_next(this: Rc<RefCell<Saver>>, done: Callback<SaveOutcome>) {
        let (store, job) = {
            let mut saver = this.borrow_mut();
            let Some(job) = saver.waiting.take() else {
                saver.in_flight = false;
                return;
            };
            let Some(store) = saver.store.clone() else {
                saver.in_flight = false;
                if !saver.journal_only {
                    done.emit(SaveOutcome::Failed(StorageError::Unavailable("no storage".into())));
                }
                return;
            };
            saver.in_flight = true;
            (store, job)
        };
        wasm_bindgen_futures::spawn_local(async move {
            let (revision, make) = job;
            let Some(record) = make() else {
                Self::write_next(this, done);
                return;
            };
            match store.autosave_map(&record).await {
                Ok(()) => {
                    // The spare copy follows on its own (with the lock it is encrypted first).
                    wasm_bindgen_futures::spawn_local(async move { storage::spare::keep(&record).await });
                    done.emit(SaveOutcome::Saved(revision))
                }
                Err(err) => done.emit(SaveOutcome::Failed(err)),
            }
            Self::write_next(this, done);
        });
    }

    fn journal_next(this: Rc<RefCell<Saver>>, done: Callback<SaveOutcome>) {
        let (journal, make) = {
            let mut saver = this.borrow_mut();
            let (Some(journal), Some(make)) = (journal::current(), saver.journal_waiting.take()) else {
                saver.journaling = false;
                return;
            };
            saver.journaling = true;
            (journal, make)
        };
        wasm_bindgen_futures::spawn_local(async move {
            let now = storage::now();
            let writable = |map: &str| {
                let busy = this.borrow().busy.as_ref().is_some_and(|(held, until)| held == map && now < *until);
                !busy && !storage::is_deleted(map)
            };
            if let Some(entry) = make(&writable) {
                let written = if entry.checkpoint {
                    journal.checkpoint(&entry.map_id, &entry.bytes).await
                } else {
                    journal.append(&entry.map_id, &entry.bytes).await
                };
                match written {
                    Ok(()) => {
                        this.borrow_mut().busy = None;
                        done.emit(SaveOutcome::Journaled(entry.revision));
                    }
                    Err(err) => {
                        if err == JournalError::Busy {
                            this.borrow_mut().busy = Some((entry.map_id.clone(), now + BUSY_RETRY_MS));
                        }
                        // The next write starts a new chain.
                        entry.log.borrow_mut().failed();
                    }
                }
            }
            Self::start_write(&this, done.clone());
            Self::journal_next(this, done);
        });
    }
}
