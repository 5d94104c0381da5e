//! Undo and redo. The history keeps inverse edits: undoing applies the inverse, and the
//! inverse of that is what redo applies. Typing into one field is one step (see
//! `MergeKey`); a drag is one edit when the person is let go.

use super::{Edit, EditError, FamilyMap, MeetingId, MovedConditions, PersonId, TieId};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// What a run of typing goes into. Edits with the same merge key that follow each other
/// form one undo step: every keystroke into one name field is one step, which leaving the
/// field (`Editor::seal`) closes. (Serialisable for the crash journal, which records the
/// operations as the editor got them.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MergeKey {
    Person(PersonId, PersonTextField),
    Tie(TieId, TieTextField),
    /// A text field of a meeting, by the name the meeting screen gives the field.
    Meeting(MeetingId, String),
}

/// The text fields of a person's details.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PersonTextField {
    Name,
    Role,
    Note,
    Avatar,
    Age,
}

/// The text fields of a tie's details.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TieTextField {
    AccordingTo,
    Note,
    /// A risk tie's situation ("when he has been drinking").
    Situation,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Step {
    /// Applying this undoes the step.
    inverse: Edit,
    /// Not saved: a reloaded history is sealed, so no step of it merges any more.
    #[serde(skip)]
    merge: Option<MergeKey>,
    /// The step deleted someone (`forget`): it, and every step before it, may hold their
    /// name or number, so the history is saved only from after it. Undo still works
    /// until the page is closed; after a reload the person is gone for good.
    #[serde(skip)]
    private: bool,
}

/// A map together with its undo/redo history. The UI holds one of these and changes the
/// map only through `apply`, `undo` and `redo`.
#[derive(Clone, Debug)]
pub struct Editor {
    /// Shared with whoever reads the map (the screen holds it while drawing): an edit
    /// changes it in place when nobody else holds it, and copies it first when someone
    /// does, so a reader never sees a map change under it.
    map: Rc<FamilyMap>,
    undo: Vec<Step>,
    redo: Vec<Edit>,
    /// Beside `redo`: whether redoing that edit deletes someone again.
    redo_private: Vec<bool>,
    limit: usize,
}

impl Editor {
    /// How many steps are kept by default: a long kitchen-table session is a few hundred.
    pub const DEFAULT_LIMIT: usize = 2_000;

    pub fn new(map: FamilyMap) -> Editor {
        Editor {
            map: Rc::new(map),
            undo: Vec::new(),
            redo: Vec::new(),
            redo_private: Vec::new(),
            limit: Self::DEFAULT_LIMIT,
        }
    }

    pub fn with_limit(map: FamilyMap, limit: usize) -> Editor {
        Editor { limit: limit.max(1), ..Editor::new(map) }
    }

    pub fn map(&self) -> &FamilyMap {
        &self.map
    }

    /// The map as it is now, to read for as long as needed: later edits do not change it.
    pub fn shared_map(&self) -> Rc<FamilyMap> {
        self.map.clone()
    }

    pub fn into_map(self) -> FamilyMap {
        Rc::unwrap_or_clone(self.map)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Applies an edit as a new undo step.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        self.apply_merged(edit, None)
    }

    /// Applies an edit; if the previous step has the same merge key, the two become one
    /// step, whose undo goes back to before the first of them.
    pub fn apply_merged(&mut self, edit: Edit, merge: Option<MergeKey>) -> Result<(), EditError> {
        self.apply_step(edit, merge, false)
    }

    /// Applies an edit that deletes someone (see `forget_person`) as one undo step that is
    /// never saved, nor is anything before it.
    pub fn apply_forgetting(&mut self, edit: Edit) -> Result<(), EditError> {
        self.apply_step(edit, None, true)
    }

    /// Whether a step that is never saved (a forgetting delete) is on the undo or the redo
    /// stack: undoing or redoing around it changes what the saved history can hold.
    pub fn holds_unsaved_steps(&self) -> bool {
        self.undo.iter().any(|step| step.private) || self.redo_private.iter().any(|private| *private)
    }

    /// Drops every undo and redo step: nothing done before can be brought back, and the
    /// saved history is empty from the next save on.
    pub fn forget_history(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.redo_private.clear();
    }

    fn apply_step(&mut self, edit: Edit, merge: Option<MergeKey>, private: bool) -> Result<(), EditError> {
        let inverse = Rc::make_mut(&mut self.map).apply(edit)?;
        self.redo.clear();
        self.redo_private.clear();
        let joins_last = !private && merge.is_some() && self.undo.last().is_some_and(|last| last.merge == merge);
        if joins_last {
            // Keep the older inverse: it restores the state before the whole gesture.
            if let Some(last) = self.undo.last_mut() {
                last.inverse = Edit::Batch { edits: vec![inverse, last.inverse.clone()] };
                compact(&mut last.inverse);
            }
        } else {
            self.undo.push(Step { inverse, merge, private });
            if self.undo.len() > self.limit {
                let excess = self.undo.len() - self.limit;
                self.undo.drain(..excess);
            }
        }
        Ok(())
    }

    /// Ends any merging, so the next edit starts a new step even with the same key.
    pub fn seal(&mut self) {
        if let Some(last) = self.undo.last_mut() {
            last.merge = None;
        }
    }

    /// Seals every step, as a history read back by `with_history` is: no step merges with a
    /// later edit any more. (The crash journal does this at each checkpoint, so a replay of
    /// the checkpoint and what follows it goes exactly as the live editor did.)
    pub fn seal_all(&mut self) {
        for step in &mut self.undo {
            step.merge = None;
        }
    }

    pub fn undo(&mut self) -> bool {
        let Some(step) = self.undo.pop() else { return false };
        match Rc::make_mut(&mut self.map).apply(step.inverse) {
            Ok(forward) => {
                self.redo.push(forward);
                self.redo_private.push(step.private);
                true
            }
            // Cannot happen while every change goes through this editor; if it does,
            // drop the broken step rather than leave the user stuck.
            Err(_) => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        let Some(forward) = self.redo.pop() else { return false };
        let private = self.redo_private.pop().unwrap_or(false);
        match Rc::make_mut(&mut self.map).apply(forward) {
            Ok(inverse) => {
                self.undo.push(Step { inverse, merge: None, private });
                true
            }
            Err(_) => false,
        }
    }
}

/// The version of the saved history. 0: before it had one (the same shape; its merge keys
/// are ignored). 1: before format version 5, whose edits may hold "conflict" and "substance
/// use" on ties; reading moves them onto the person (`legacy`), as the document migration
/// does. A history from a newer Kring is dropped, never misread.
pub const HISTORY_VERSION: u32 = 2;

/// The undo and redo stacks as saved beside the map, so undo still works after a reload.
#[derive(Serialize, Deserialize)]
struct SavedHistory {
    #[serde(default)]
    version: u32,
    undo: Vec<Step>,
    redo: Vec<Edit>,
}

/// How a saved history read back (`Editor::read_history`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryRead {
    /// Read, or there was none.
    Read,
    /// There was a history, but it did not read (damaged, or from a newer Kring): the map
    /// opens without it, and the user should be told that undo starts afresh.
    Dropped,
}

impl Editor {
    /// The newest `keep` undo steps (and the redo stack) as JSON; never a step that deleted
    /// someone, nor any step before it.
    pub fn history_json(&self, keep: usize) -> String {
        let after_private = self.undo.iter().rposition(|step| step.private).map_or(0, |i| i + 1);
        let start = self.undo.len().saturating_sub(keep).max(after_private);
        let saved =
            SavedHistory { version: HISTORY_VERSION, undo: self.undo[start..].to_vec(), redo: self.redo.clone() };
        serde_json::to_string(&saved).unwrap_or_default()
    }

    /// An editor for `map` with a history saved by `history_json` (see `read_history`);
    /// for callers that have nobody to tell when it did not read.
    pub fn with_history(map: FamilyMap, history: &str) -> Editor {
        Editor::read_history(map, history).0
    }

    /// An editor for `map` with a history saved by `history_json`. The history is a
    /// convenience and the map is what matters: a history that does not read is dropped,
    /// and the answer says so, so the user can be told.
    pub fn read_history(map: FamilyMap, history: &str) -> (Editor, HistoryRead) {
        let mut editor = Editor::new(map);
        if history.trim().is_empty() {
            return (editor, HistoryRead::Read);
        }
        let Some((saved, undo_moved, redo_moved)) = read_saved(history) else {
            return (editor, HistoryRead::Dropped);
        };
        editor.undo = saved.undo;
        editor.redo = saved.redo;
        editor.redo_private = vec![false; editor.redo.len()];
        // Old edits that held conditions on ties: worked out against the map each one
        // will meet, which is the one the stacks lead to (undo from the map backwards,
        // redo from the map forwards), exactly as undoing and redoing will go.
        if undo_moved.iter().any(|m| !m.is_empty()) {
            let mut scratch = editor.map().clone();
            for (step, moved) in editor.undo.iter_mut().zip(&undo_moved).rev() {
                step.inverse = super::with_moved_conditions(&scratch, step.inverse.clone(), moved);
                if scratch.apply(step.inverse.clone()).is_err() {
                    break;
                }
            }
        }
        if redo_moved.iter().any(|m| !m.is_empty()) {
            let mut scratch = editor.map().clone();
            for (edit, moved) in editor.redo.iter_mut().zip(&redo_moved).rev() {
                *edit = super::with_moved_conditions(&scratch, edit.clone(), moved);
                if scratch.apply(edit.clone()).is_err() {
                    break;
                }
            }
        }
        editor.seal();
        (editor, HistoryRead::Read)
    }
}

/// A saved history, migrated from older versions, with the conditions its old edits held
/// on ties (per undo step and per redo edit). `None` when it does not read.
fn read_saved(history: &str) -> Option<(SavedHistory, Vec<MovedConditions>, Vec<MovedConditions>)> {
    let mut value: serde_json::Value = serde_json::from_str(history).ok()?;
    let version = value.get("version").map_or(Some(0), serde_json::Value::as_u64)?;
    if version > u64::from(HISTORY_VERSION) {
        return None;
    }
    let (mut undo_moved, mut redo_moved) = (Vec::new(), Vec::new());
    if version < 2 {
        if let Some(serde_json::Value::Array(steps)) = value.get_mut("undo") {
            for step in steps.iter_mut() {
                undo_moved
                    .push(step.get_mut("inverse").map(|e| super::migrate_legacy_edit(e, true)).unwrap_or_default());
            }
        }
        if let Some(serde_json::Value::Array(edits)) = value.get_mut("redo") {
            redo_moved = edits.iter_mut().map(|e| super::migrate_legacy_edit(e, true)).collect();
        }
    }
    let saved: SavedHistory = serde_json::from_value(value).ok()?;
    undo_moved.resize(saved.undo.len(), Vec::new());
    redo_moved.resize(saved.redo.len(), Vec::new());
    Some((saved, undo_moved, redo_moved))
}

/// A drag of 60 moves must not keep 60 nested inverses: when both inverses restore the
/// same thing (one person's place, one person's details, one tie, the title), only the
/// older one matters.
fn compact(inverse: &mut Edit) {
    if let Edit::Batch { edits } = inverse {
        let same_target = match edits.as_slice() {
            [Edit::MovePerson { id: a, .. }, Edit::MovePerson { id: b, .. }] => a == b,
            [Edit::UpdatePerson { person: a }, Edit::UpdatePerson { person: b }] => a.id == b.id,
            [Edit::UpdateTie { tie: a }, Edit::UpdateTie { tie: b }] => a.id == b.id,
            [Edit::RenameMap { .. }, Edit::RenameMap { .. }] => true,
            [Edit::SetMeeting { id: a, .. }, Edit::SetMeeting { id: b, .. }] => a == b,
            [Edit::SetPerspective { id: a, .. }, Edit::SetPerspective { id: b, .. }] => a == b,
            _ => false,
        };
        if same_target {
            if let Some(oldest) = edits.pop() {
                *inverse = oldest;
            }
        }
    }
}
