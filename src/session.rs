//! The app's state and the actions that change it (the reducer that `ui` hands to Yew in
//! `ui/state.rs`). Map changes go through the core's `Editor`, which records undo/redo
//! history; everything else here is what the person is looking at (selection, connect mode,
//! filter). Pure: compiled and tested natively (`tests/session.rs`); the clock comes in.

use crate::i18n::reliability::Text;
use crate::i18n::{Key, Lang};
use crate::io::journal::{self, next_stamp, Op, Record, CHECKPOINT_HISTORY_STEPS};
use crate::model::limits::Counted;
use crate::model::{
    to_json, ChildSafety, Edit, EditError, Editor, FamilyMap, MergeKey, PersonId, Reader, Tie, TieId, TieKind,
};
use crate::timeline::PerspectiveId;
use std::cell::RefCell;
use std::rc::Rc;

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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    Person(PersonId),
    Tie(TieId),
}

/// Which ties the map shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TieFilter {
    #[default]
    All,
    Support,
    Risk,
    /// Only the ties that touch this child.
    AroundPerson(PersonId),
}

impl TieFilter {
    pub fn shows(self, tie: &Tie) -> bool {
        match self {
            TieFilter::All => true,
            TieFilter::Support => tie.kind == TieKind::Support,
            TieFilter::Risk => tie.kind == TieKind::Risk,
            TieFilter::AroundPerson(id) => tie.touches(id),
        }
    }
}

/// Connecting two persons: first pick who the tie comes from, then who it goes to.
/// Stays on for tie after tie, each of `kind`, until switched off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Connecting {
    pub from: Option<PersonId>,
    pub kind: TieKind,
    /// Instead of a tie: the first pick becomes a safe adult for the second (a child).
    pub safe_adult: bool,
}

/// What the crash journal (`storage::journal`) still has to write for the open map: the
/// operations done since its last write, in order, or that it must start a new chain
/// with a checkpoint of the whole map (after loading, after a failed write, and every
/// `CHECKPOINT_EVERY` operations, which keeps the journal small).
#[derive(Debug)]
pub struct JournalLog {
    map_id: String,
    /// The stamp of the newest change (`io::journal::next_stamp`); also the `updated` of
    /// the IndexedDB record, so the newer of the two can be told at start.
    stamp: f64,
    /// The revision the newest change made.
    revision: u64,
    ops: Vec<(f64, Op)>,
    needs_checkpoint: bool,
    since_checkpoint: usize,
    /// The last operation was part of a gesture (a merged edit): a seal must be journaled.
    in_gesture: bool,
}

/// A checkpoint well within the 300 undo steps a checkpoint keeps, so undo after a
/// replay goes exactly as it would have.
const CHECKPOINT_EVERY: usize = 50;
/// Operations kept while the journal does not write (none in this browser, or stuck);
/// beyond this they are dropped for a checkpoint.
const MAX_WAITING_OPS: usize = 500;

/// One write for the crash journal.
pub struct JournalEntry {
    pub map_id: String,
    /// The revision that is durable once this write is.
    pub revision: u64,
    /// A checkpoint (starts a new chain) or operations to append to the chain.
    pub checkpoint: bool,
    pub bytes: Vec<u8>,
    pub log: Rc<RefCell<JournalLog>>,
}

impl JournalLog {
    fn new(map_id: String, revision: u64, stamp: f64) -> JournalLog {
        JournalLog {
            map_id,
            stamp,
            revision,
            ops: Vec::new(),
            needs_checkpoint: true,
            since_checkpoint: 0,
            in_gesture: false,
        }
    }

    fn record(&mut self, op: Op, now: f64) {
        self.stamp = next_stamp(self.stamp, now);
        self.in_gesture = matches!(op, Op::Apply { merge: Some(_), .. });
        if self.ops.len() >= MAX_WAITING_OPS {
            self.ops.clear();
            self.needs_checkpoint = true;
        }
        if !self.needs_checkpoint {
            self.ops.push((self.stamp, op));
        }
    }

    /// The journal write failed: the next one starts a new chain.
    pub fn failed(&mut self) {
        self.needs_checkpoint = true;
        self.ops.clear();
    }
}

/// The map as drawn: which map, after which change, in which language and perspective.
/// Views that only draw the map take this as a property, so Yew draws them again only
/// when it changed (not when the save status did: on a large map that would cost a frame
/// after every edit). A state handle cannot serve: in Yew it always reads the newest state.
#[derive(Clone, Debug, PartialEq)]
pub struct MapShown {
    pub map_id: String,
    pub revision: u64,
    pub lang: Lang,
    pub perspective: Option<PerspectiveId>,
    /// "Show as": drawn as this reader's printout would show it.
    pub lens: Option<Reader>,
}

/// The map on screen: the map as drawn, and what is selected, picked, filtered or
/// highlighted on it.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLook {
    pub shown: MapShown,
    pub selection: Option<Selection>,
    pub connecting: Option<Connecting>,
    pub filter: TieFilter,
    pub highlight: Rc<Vec<PersonId>>,
}

#[derive(Clone)]
pub struct AppState {
    pub lang: Lang,
    /// `None` until the stored map has been read. Changed in place by `reduce` only (the
    /// one place that borrows it mutably), so an edit to a map of hundreds of persons does
    /// not copy its history; `revision` tells Yew that it changed. Nothing outside this
    /// module can borrow it: readers get the map as an `Rc` (`map()`), which an edit never
    /// changes under them, so no borrow can be held across a dispatch.
    editor: Option<Rc<RefCell<Editor>>>,
    pub map_id: String,
    /// Counts changes to the map, so saving knows what is new.
    pub revision: u64,
    /// The revision when no gesture was under way: panels that are slow to compute (the
    /// insights, comparisons) follow this one, so typing in a field stays smooth and the
    /// panels catch up once when the field is left. (A drag changes the map only once,
    /// when the person is let go.)
    pub settled_revision: u64,
    /// The newest revision IndexedDB holds (what other tabs and "My maps" can read).
    pub saved_revision: u64,
    /// The newest revision the crash journal holds.
    pub journaled_revision: u64,
    pub save_state: SaveState,
    /// A problem to tell the person about.
    pub notice: Option<Key>,
    pub selection: Option<Selection>,
    pub connecting: Option<Connecting>,
    /// The kind of tie Connect makes: the last one chosen.
    pub connect_kind: TieKind,
    /// Connect marks a safe adult for a child instead of drawing a tie (the last choice).
    pub connect_safe: bool,
    pub filter: TieFilter,
    /// Persons to highlight (from an insight), besides the selection.
    pub highlight: Rc<Vec<PersonId>>,
    /// Whose view the map shows: one perspective, or `None` for the shared map
    /// with the perspectives "all together" (their disagreements marked).
    pub perspective: Option<PerspectiveId>,
    /// "Show as": the map, the insights and the plan as one reader gets them,
    /// or `None` for the whole map. Nothing can be edited or selected while it is on.
    pub lens: Option<Reader>,
    /// The crash journal's waiting operations for this map.
    journal: Rc<RefCell<JournalLog>>,
    /// What Kring says about crash protection (a recovery, or that it is limited here).
    pub safety: Option<Text>,
    /// Milliseconds since 1970, for the journal's stamps (the browser's clock in the app,
    /// a fixed one in tests).
    clock: fn() -> f64,
}

impl AppState {
    /// A state with no map yet; `clock` gives milliseconds since 1970.
    pub fn new(lang: Lang, clock: fn() -> f64) -> AppState {
        AppState {
            clock,
            lang,
            editor: None,
            map_id: String::new(),
            revision: 0,
            settled_revision: 0,
            saved_revision: 0,
            journaled_revision: 0,
            save_state: SaveState::Saved,
            notice: None,
            selection: None,
            connecting: None,
            connect_kind: TieKind::Support,
            connect_safe: false,
            filter: TieFilter::All,
            highlight: Rc::new(Vec::new()),
            perspective: None,
            lens: None,
            journal: Rc::new(RefCell::new(JournalLog::new(String::new(), 0, 0.0))),
            safety: None,
        }
    }

    /// The stamp of the newest change, for the IndexedDB record's `updated`.
    pub fn stamp(&self) -> f64 {
        self.journal.borrow().stamp
    }

    /// Takes what the crash journal has to write now: a checkpoint of the whole map (which
    /// seals every undo step, as a reload would, so a replay rebuilds the same steps), or the operations
    /// since the last write. `None` when there is nothing new, or when `writable` says
    /// the journal cannot take this map now (the next write then starts a new chain).
    pub fn journal_entry(&self, writable: &dyn Fn(&str) -> bool) -> Option<JournalEntry> {
        let editor = self.editor.as_ref()?;
        let mut log = self.journal.borrow_mut();
        if !writable(&log.map_id) {
            log.failed();
            return None;
        }
        if log.needs_checkpoint || log.since_checkpoint + log.ops.len() >= CHECKPOINT_EVERY {
            let mut editor = editor.borrow_mut();
            editor.seal_all();
            let record = Record::Checkpoint {
                map: log.map_id.clone(),
                stamp: log.stamp,
                document: to_json(editor.map()),
                history: editor.history_json(CHECKPOINT_HISTORY_STEPS),
            };
            log.ops.clear();
            log.needs_checkpoint = false;
            log.since_checkpoint = 0;
            log.in_gesture = false;
            return Some(JournalEntry {
                map_id: log.map_id.clone(),
                revision: log.revision,
                checkpoint: true,
                bytes: journal::encode(&record),
                log: self.journal.clone(),
            });
        }
        if log.ops.is_empty() {
            return None;
        }
        let records: Vec<Record> = log.ops.drain(..).map(|(stamp, op)| Record::Op { stamp, op }).collect();
        log.since_checkpoint += records.len();
        Some(JournalEntry {
            map_id: log.map_id.clone(),
            revision: log.revision,
            checkpoint: false,
            bytes: journal::encode_all(&records),
            log: self.journal.clone(),
        })
    }

    /// Does `op` on the map and, when it changed something, journals it.
    fn run(&self, op: Op) -> bool {
        let Some(editor) = &self.editor else { return false };
        let mut editor = editor.borrow_mut();
        let done = op.apply(&mut editor);
        if done {
            let mut log = self.journal.borrow_mut();
            if editor.holds_unsaved_steps() {
                // Around a forgetting delete the saved history leaves steps out, so an
                // operation replayed on it would go elsewhere than here: the journal takes
                // a checkpoint of the map as it is instead.
                log.stamp = next_stamp(log.stamp, (self.clock)());
                log.failed();
            } else {
                log.record(op, (self.clock)());
            }
        }
        done
    }

    /// A change that must leave no trace of what came before it (forgetting a person, or
    /// the whole history): done on the editor and not journaled as an operation; the
    /// journal's next write is a checkpoint, which starts a new chain and empties the old
    /// one, where the forgotten person's records were.
    fn forget(&self, change: impl FnOnce(&mut Editor) -> bool) -> bool {
        let Some(editor) = &self.editor else { return false };
        let done = change(&mut editor.borrow_mut());
        if done {
            let mut log = self.journal.borrow_mut();
            log.stamp = next_stamp(log.stamp, (self.clock)());
            log.failed();
        }
        done
    }

    /// Ends a gesture (journaled when one was open).
    fn seal(&self) {
        let Some(editor) = &self.editor else { return };
        editor.borrow_mut().seal();
        let mut log = self.journal.borrow_mut();
        if log.in_gesture {
            log.record(Op::Seal, (self.clock)());
            log.in_gesture = false;
        }
    }

    /// What a drawing of the map depends on, taken now.
    pub fn shown(&self) -> MapShown {
        MapShown {
            map_id: self.map_id.clone(),
            revision: self.revision,
            lang: self.lang,
            perspective: self.perspective,
            lens: self.lens,
        }
    }

    /// What the map on screen depends on, taken now.
    pub fn map_look(&self) -> MapLook {
        MapLook {
            shown: self.shown(),
            selection: self.selection,
            connecting: self.connecting,
            filter: self.filter,
            highlight: self.highlight.clone(),
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

    /// The map as it is now. Hold it as long as needed: edits never change it under you.
    pub fn map(&self) -> Option<Rc<FamilyMap>> {
        self.editor.as_ref().map(|e| e.borrow().shared_map())
    }

    pub fn can_undo(&self) -> bool {
        self.editor.as_ref().is_some_and(|e| e.borrow().can_undo())
    }

    /// How many steps undo can go back (shown to tests as a data attribute).
    pub fn undo_steps(&self) -> usize {
        self.editor.as_ref().map_or(0, |e| e.borrow().undo_len())
    }

    pub fn can_redo(&self) -> bool {
        self.editor.as_ref().is_some_and(|e| e.borrow().can_redo())
    }

    pub fn selected_person(&self) -> Option<PersonId> {
        match self.selection {
            Some(Selection::Person(id)) => Some(id),
            _ => None,
        }
    }

    /// Drops a selection whose person or tie no longer exists (after an undo, say).
    fn forget_missing(&mut self) {
        let Some(map) = self.map() else { return };
        let exists = match self.selection {
            Some(Selection::Person(id)) => map.contains_person(id),
            Some(Selection::Tie(id)) => map.tie(id).is_some(),
            None => true,
        };
        let from_gone = self.connecting.and_then(|c| c.from).is_some_and(|id| !map.contains_person(id));
        let perspective_gone = self.perspective.is_some_and(|id| map.perspectives().iter().all(|p| p.id != id));
        if perspective_gone {
            self.perspective = None;
        }
        if !exists {
            self.selection = None;
        }
        if from_gone {
            self.connecting = self.connecting.map(|c| Connecting { from: None, ..c });
        }
    }
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && self.map_id == other.map_id
            && self.revision == other.revision
            && self.settled_revision == other.settled_revision
            && self.saved_revision == other.saved_revision
            && self.journaled_revision == other.journaled_revision
            && self.save_state == other.save_state
            && self.notice == other.notice
            && self.selection == other.selection
            && self.connecting == other.connecting
            && self.filter == other.filter
            && Rc::ptr_eq(&self.highlight, &other.highlight)
            && self.perspective == other.perspective
            && self.lens == other.lens
            && self.safety == other.safety
            && Rc::ptr_eq(&self.journal, &other.journal)
            && match (&self.editor, &other.editor) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

pub enum Action {
    Loaded {
        map_id: String,
        editor: Editor,
        notice: Option<Key>,
    },
    Apply(Edit),
    /// Deleting someone everywhere (`model::forget_person`): one undo step, never saved.
    ApplyForgetting(Edit),
    /// Drops all undo and redo steps, saved ones too (from the next save on).
    ForgetHistory,
    /// Part of a gesture (typing in a field): joins the previous step with the same key.
    ApplyMerged(Edit, MergeKey),
    /// The gesture ended.
    Seal,
    Undo,
    Redo,
    SetLang(Lang),
    /// IndexedDB holds this revision.
    Saved {
        revision: u64,
    },
    /// The crash journal holds this revision (IndexedDB may follow).
    Journaled {
        revision: u64,
    },
    SaveFailed(SaveState),
    /// What to say about crash protection.
    Safety(Option<Text>),
    Notice(Option<Key>),
    Select(Option<Selection>),
    /// Connect mode on (`true`) or off.
    Connect(bool),
    /// The kind of tie Connect makes from now on (remembered).
    ConnectKind(TieKind),
    /// Connect marks "safe adult for" a child from now on (remembered).
    ConnectSafeAdult,
    /// A person picked while connecting: the first is the tie's start, the second its end.
    PickForConnect(PersonId),
    /// Connect two persons directly (a drag from one to the other, or the list view).
    ConnectPair {
        from: PersonId,
        to: PersonId,
        kind: TieKind,
    },
    Filter(TieFilter),
    Highlight(Vec<PersonId>),
    /// Show the map as one perspective sees it, or (`None`) all together.
    ViewPerspective(Option<PerspectiveId>),
    /// Show the map as one reader gets it, or (`None`) the whole map again.
    ShowAs(Option<Reader>),
}

impl AppState {
    /// The state after `action`: the reducer Yew runs (`ui/state.rs`).
    pub fn after(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let in_gesture = matches!(action, Action::ApplyMerged(..));
        let changed = match action {
            Action::Loaded { map_id, editor, notice } => {
                let mut fresh = AppState::new(next.lang, next.clock);
                fresh.map_id = map_id;
                fresh.editor = Some(Rc::new(RefCell::new(editor)));
                fresh.notice = notice;
                // Revisions keep counting across loads: views memoised on (map, revision)
                // redraw when the same map is loaded again (after another tab saved it),
                // and a late save of the map before cannot look newer than this one.
                fresh.revision = next.revision + 1;
                fresh.saved_revision = fresh.revision;
                fresh.journaled_revision = fresh.revision;
                fresh.settled_revision = fresh.revision;
                fresh.journal = Rc::new(RefCell::new(JournalLog::new(
                    fresh.map_id.clone(),
                    fresh.revision,
                    next_stamp(next.stamp(), (next.clock)()),
                )));
                // "Limited in this browser" stays; a recovery was about the map before.
                fresh.safety = next.safety.filter(|s| *s == Text::Limited);
                fresh.save_state = next.save_state;
                if fresh.save_state == SaveState::Saving {
                    fresh.save_state = SaveState::Saved;
                }
                return Rc::new(fresh);
            }
            Action::Apply(edit) => next.apply_checked(edit, None),
            Action::ApplyForgetting(edit) => next.forget(|e| e.apply_forgetting(edit).is_ok()),
            // A change, so the emptied history is saved straight away.
            Action::ForgetHistory => next.forget(|e| {
                e.forget_history();
                true
            }),
            Action::ApplyMerged(edit, key) => next.apply_checked(edit, Some(key)),
            Action::Seal => {
                next.seal();
                false
            }
            // Under the "Show as" lens the map is only looked at (Ctrl+Z included).
            Action::Undo | Action::Redo if next.lens.is_some() => false,
            Action::Undo => next.run(Op::Undo),
            Action::Redo => next.run(Op::Redo),
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
            Action::Journaled { revision } => {
                next.journaled_revision = next.journaled_revision.max(revision);
                // A problem IndexedDB reported stays on screen until IndexedDB saves again.
                if next.journaled_revision == next.revision && next.save_state == SaveState::Saving {
                    next.save_state = SaveState::Saved;
                }
                false
            }
            Action::SaveFailed(state) => {
                next.save_state = state;
                false
            }
            Action::Safety(safety) => {
                next.safety = safety;
                false
            }
            Action::Notice(notice) => {
                next.notice = notice;
                false
            }
            Action::Select(selection) => {
                next.selection = selection;
                false
            }
            Action::Connect(on) => {
                next.connecting =
                    on.then_some(Connecting { from: None, kind: next.connect_kind, safe_adult: next.connect_safe });
                false
            }
            Action::ConnectKind(kind) => {
                next.connect_kind = kind;
                next.connect_safe = false;
                next.connecting = next.connecting.map(|c| Connecting { kind, safe_adult: false, ..c });
                false
            }
            Action::ConnectSafeAdult => {
                next.connect_safe = true;
                next.connecting = next.connecting.map(|c| Connecting { safe_adult: true, ..c });
                false
            }
            Action::PickForConnect(id) => match next.connecting {
                None => false,
                Some(c @ Connecting { from: None, .. }) => {
                    next.connecting = Some(Connecting { from: Some(id), ..c });
                    false
                }
                Some(Connecting { from: Some(from), .. }) if from == id => false,
                Some(c @ Connecting { from: Some(from), .. }) => {
                    // Connect stays on for the next tie.
                    next.connecting = Some(Connecting { from: None, ..c });
                    if c.safe_adult {
                        next.mark_safe_adult(from, id)
                    } else {
                        next.connect(from, id, c.kind)
                    }
                }
            },
            Action::ConnectPair { from, to, kind } => {
                // A drag in connect mode keeps connecting; the list view's pair does not.
                let safe_adult = next.connecting.is_some_and(|c| c.safe_adult);
                next.connecting = next.connecting.map(|c| Connecting { from: None, ..c });
                match (from != to, safe_adult) {
                    (false, _) => false,
                    (true, true) => next.mark_safe_adult(from, to),
                    (true, false) => next.connect(from, to, kind),
                }
            }
            Action::Filter(filter) => {
                next.filter = filter;
                false
            }
            Action::Highlight(persons) => {
                next.highlight = Rc::new(persons);
                false
            }
            Action::ViewPerspective(perspective) => {
                next.perspective = perspective;
                false
            }
            Action::ShowAs(reader) => {
                next.lens = reader;
                next.selection = None;
                next.connecting = None;
                next.highlight = Rc::new(Vec::new());
                false
            }
        };
        if changed {
            next.revision += 1;
            next.journal.borrow_mut().revision = next.revision;
            if !matches!(next.save_state, SaveState::Unavailable) {
                next.save_state = SaveState::Saving;
            }
            next.forget_missing();
        }
        if !in_gesture {
            next.settled_revision = next.revision;
        }
        Rc::new(next)
    }

    /// Marks one of two picked persons as a safe adult for the other, and selects the
    /// adult (whose panel says for whom). The child is the one marked as a child; when
    /// neither or both are, the second pick.
    fn mark_safe_adult(&mut self, first: PersonId, second: PersonId) -> bool {
        let Some(map) = self.map() else { return false };
        let is_child = |id| map.person(id).is_some_and(|p| p.child);
        let (adult, child) = if is_child(first) && !is_child(second) { (second, first) } else { (first, second) };
        let Some(mut person) = map.person(adult).cloned() else { return false };
        if person.child_safety.get(&child) == Some(&ChildSafety::SafeAdult) {
            self.selection = Some(Selection::Person(adult));
            return false;
        }
        person.child_safety.insert(child, ChildSafety::SafeAdult);
        let changed = self.apply_checked(Edit::UpdatePerson { person }, None);
        if changed {
            self.selection = Some(Selection::Person(adult));
        }
        changed
    }
}

impl AppState {
    /// Applies an edit, unless it would take the map past a limit or its ids: then it says
    /// so (a notice that stays until the next change that works), and nothing changes.
    fn apply_checked(&mut self, edit: Edit, merge: Option<MergeKey>) -> bool {
        if let Some(refused) = self.map().and_then(|map| map.refuses(&edit)) {
            self.notice = Some(refusal_key(&refused));
            return false;
        }
        let done = self.run(Op::Apply { edit, merge });
        if done && self.notice.is_some_and(|key| REFUSALS.contains(&key)) {
            self.notice = None;
        }
        done
    }

    /// Adds a tie and selects it, so its kind and details can be filled in next.
    fn connect(&mut self, from: PersonId, to: PersonId, kind: TieKind) -> bool {
        let Some(id) = self.map().map(|m| m.next_tie_id()) else { return false };
        let added = self.apply_checked(Edit::AddTie { tie: Tie::new(id, from, to, kind) }, None);
        if added {
            self.selection = Some(Selection::Tie(id));
        }
        added
    }
}

/// The notices of a refused addition.
const REFUSALS: [Key; 6] =
    [Key::FullPersons, Key::FullTies, Key::FullSnapshots, Key::FullMeetings, Key::FullPerspectives, Key::IdsUsedUp];

fn refusal_key(refused: &EditError) -> Key {
    match refused {
        EditError::TooMany(too_many) => match too_many.what {
            Counted::Persons => Key::FullPersons,
            Counted::Ties => Key::FullTies,
            Counted::Snapshots | Counted::Versions => Key::FullSnapshots,
            Counted::Meetings => Key::FullMeetings,
            Counted::Perspectives => Key::FullPerspectives,
        },
        _ => Key::IdsUsedUp,
    }
}
