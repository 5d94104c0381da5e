//! The app's state and the actions that change it (Yew's reducer pattern). Map changes go
//! through the core's `Editor`, which records undo/redo history.

use crate::i18n::Lang;
use crate::model::{Edit, Editor, FamilyMap, MergeKey};
use std::cell::{Ref, RefCell};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Every change up to now is in browser storage.
    Saved,
    /// A change is waiting for, or in, a write.
    Saving,
    /// The last write failed because storage is full.
    Full,
    /// Storage refused or is missing.
    Unavailable,
    Failed,
}

#[derive(Clone)]
pub struct AppState {
    pub lang: Lang,
    /// `None` until the stored map has been read. Shared and changed in place, so a drag
    /// over a map of hundreds of persons does not copy the map and its history per frame;
    /// `revision` tells Yew that it changed.
    editor: Option<Rc<RefCell<Editor>>>,
    pub map_id: String,
    /// Counts changes to the map, so saving knows what is new.
    pub revision: u64,
    pub saved_revision: u64,
    pub save_state: SaveState,
    /// A problem to tell the person about, as an i18n key.
    pub notice: Option<crate::i18n::Key>,
}

impl AppState {
    pub fn new(lang: Lang) -> AppState {
        AppState {
            lang,
            editor: None,
            map_id: String::new(),
            revision: 0,
            saved_revision: 0,
            save_state: SaveState::Saved,
            notice: None,
        }
    }

    pub fn is_loaded(&self) -> bool {
        self.editor.is_some()
    }

    /// The undo/redo history to save beside the map.
    pub fn history_json(&self) -> String {
        const KEEP_STEPS: usize = 300;
        self.editor.as_ref().map(|e| e.borrow().history_json(KEEP_STEPS)).unwrap_or_default()
    }

    /// The map, borrowed for reading. Do not hold it across a dispatch.
    pub fn map(&self) -> Option<Ref<'_, FamilyMap>> {
        self.editor.as_ref().map(|e| Ref::map(e.borrow(), Editor::map))
    }

    pub fn can_undo(&self) -> bool {
        self.editor.as_ref().is_some_and(|e| e.borrow().can_undo())
    }

    pub fn can_redo(&self) -> bool {
        self.editor.as_ref().is_some_and(|e| e.borrow().can_redo())
    }

    fn with_editor(&self, change: impl FnOnce(&mut Editor) -> bool) -> bool {
        self.editor.as_ref().is_some_and(|e| change(&mut e.borrow_mut()))
    }
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && self.map_id == other.map_id
            && self.revision == other.revision
            && self.saved_revision == other.saved_revision
            && self.save_state == other.save_state
            && self.notice == other.notice
            && match (&self.editor, &other.editor) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

pub enum Action {
    Loaded { map_id: String, editor: Editor, notice: Option<crate::i18n::Key> },
    Apply(Edit),
    /// Part of a gesture (a drag): joins the previous step with the same key.
    ApplyMerged(Edit, MergeKey),
    /// The gesture ended.
    Seal,
    Undo,
    Redo,
    SetLang(Lang),
    Saved { revision: u64 },
    SaveFailed(SaveState),
    Notice(Option<crate::i18n::Key>),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let changed = match action {
            Action::Loaded { map_id, editor, notice } => {
                next.map_id = map_id;
                next.editor = Some(Rc::new(RefCell::new(editor)));
                next.notice = notice;
                next.revision = 0;
                next.saved_revision = 0;
                next.save_state = SaveState::Saved;
                return Rc::new(next);
            }
            Action::Apply(edit) => next.with_editor(|e| e.apply(edit).is_ok()),
            Action::ApplyMerged(edit, key) => next.with_editor(|e| e.apply_merged(edit, Some(key)).is_ok()),
            Action::Seal => next.with_editor(|e| {
                e.seal();
                false
            }),
            Action::Undo => next.with_editor(Editor::undo),
            Action::Redo => next.with_editor(Editor::redo),
            Action::SetLang(lang) => {
                next.lang = lang;
                false
            }
            Action::Saved { revision } => {
                next.saved_revision = next.saved_revision.max(revision);
                if next.saved_revision == next.revision {
                    next.save_state = SaveState::Saved;
                }
                false
            }
            Action::SaveFailed(state) => {
                next.save_state = state;
                false
            }
            Action::Notice(notice) => {
                next.notice = notice;
                false
            }
        };
        if changed {
            next.revision += 1;
            if !matches!(next.save_state, SaveState::Unavailable) {
                next.save_state = SaveState::Saving;
            }
        }
        Rc::new(next)
    }
}
