//! Autosave. Every change is written to browser storage; while one write is under way,
//! newer changes wait and only the newest is written next. So typing a long name makes a
//! handful of writes, and "Saved" is only shown once the newest change is on disk.
//! The record is only made (the map turned into JSON) when its write starts, so changes
//! that are overtaken while waiting cost nothing.

use crate::storage::{MapRecord, StorageError, Store};
use std::cell::RefCell;
use std::rc::Rc;
use yew::Callback;

/// Makes the record to write, from the map as it is when the write starts.
pub type MakeRecord = Box<dyn Fn() -> Option<MapRecord>>;

pub struct Saver {
    store: Option<Store>,
    in_flight: bool,
    waiting: Option<(u64, MakeRecord)>,
}

pub enum SaveOutcome {
    Saved(u64),
    Failed(StorageError),
}

impl Saver {
    pub fn new() -> Saver {
        Saver { store: None, in_flight: false, waiting: None }
    }

    pub fn set_store(&mut self, store: Store) {
        self.store = Some(store);
    }

    pub fn store(&self) -> Option<Store> {
        self.store.clone()
    }

    /// Asks for the map at `revision` to be saved; `done` hears how it went.
    pub fn request(this: &Rc<RefCell<Saver>>, revision: u64, record: MakeRecord, done: Callback<SaveOutcome>) {
        {
            let mut saver = this.borrow_mut();
            saver.waiting = Some((revision, record));
            if saver.in_flight {
                return;
            }
        }
        Self::write_next(this.clone(), done);
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
                done.emit(SaveOutcome::Failed(StorageError::Unavailable("no storage".into())));
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
            match store.save_map(&record).await {
                Ok(()) => {
                    crate::storage::spare::keep(&record);
                    done.emit(SaveOutcome::Saved(revision))
                }
                Err(err) => done.emit(SaveOutcome::Failed(err)),
            }
            Self::write_next(this, done);
        });
    }
}
