//! The app's state and the actions that change it (Yew's reducer pattern). Map changes go
//! through the core's `Editor`, which records undo/redo history; everything else here is
//! what the person is looking at (selection, connect mode, filter).

use crate::i18n::{Key, Lang};
use crate::model::{Edit, Editor, FamilyMap, MergeKey, PersonId, Tie, TieId, TieKind};
use crate::timeline::PerspectiveId;
use std::cell::RefCell;
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
    pub saved_revision: u64,
    pub save_state: SaveState,
    /// A problem to tell the person about.
    pub notice: Option<Key>,
    pub selection: Option<Selection>,
    pub connecting: Option<Connecting>,
    /// The kind of tie Connect makes: the last one chosen.
    pub connect_kind: TieKind,
    pub filter: TieFilter,
    /// Persons to highlight (from an insight), besides the selection.
    pub highlight: Rc<Vec<PersonId>>,
    /// Whose view the map shows: one perspective, or `None` for the shared map
    /// with the perspectives "all together" (their disagreements marked).
    pub perspective: Option<PerspectiveId>,
}

impl AppState {
    pub fn new(lang: Lang) -> AppState {
        AppState {
            lang,
            editor: None,
            map_id: String::new(),
            revision: 0,
            settled_revision: 0,
            saved_revision: 0,
            save_state: SaveState::Saved,
            notice: None,
            selection: None,
            connecting: None,
            connect_kind: TieKind::Support,
            filter: TieFilter::All,
            highlight: Rc::new(Vec::new()),
            perspective: None,
        }
    }

    /// What a drawing of the map depends on, taken now.
    pub fn shown(&self) -> MapShown {
        MapShown {
            map_id: self.map_id.clone(),
            revision: self.revision,
            lang: self.lang,
            perspective: self.perspective,
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

    fn with_editor(&self, change: impl FnOnce(&mut Editor) -> bool) -> bool {
        self.editor.as_ref().is_some_and(|e| change(&mut e.borrow_mut()))
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
            && self.save_state == other.save_state
            && self.notice == other.notice
            && self.selection == other.selection
            && self.connecting == other.connecting
            && self.filter == other.filter
            && Rc::ptr_eq(&self.highlight, &other.highlight)
            && self.perspective == other.perspective
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
    /// Part of a gesture (typing in a field): joins the previous step with the same key.
    ApplyMerged(Edit, MergeKey),
    /// The gesture ended.
    Seal,
    Undo,
    Redo,
    SetLang(Lang),
    Saved {
        revision: u64,
    },
    SaveFailed(SaveState),
    Notice(Option<Key>),
    Select(Option<Selection>),
    /// Connect mode on (`true`) or off.
    Connect(bool),
    /// The kind of tie Connect makes from now on (remembered).
    ConnectKind(TieKind),
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
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let in_gesture = matches!(action, Action::ApplyMerged(..));
        let changed = match action {
            Action::Loaded { map_id, editor, notice } => {
                let mut fresh = AppState::new(next.lang);
                fresh.map_id = map_id;
                fresh.editor = Some(Rc::new(RefCell::new(editor)));
                fresh.notice = notice;
                // Revisions keep counting across loads: views memoised on (map, revision)
                // redraw when the same map is loaded again (after another tab saved it),
                // and a late save of the map before cannot look newer than this one.
                fresh.revision = next.revision + 1;
                fresh.saved_revision = fresh.revision;
                fresh.settled_revision = fresh.revision;
                fresh.save_state = next.save_state;
                if fresh.save_state == SaveState::Saving {
                    fresh.save_state = SaveState::Saved;
                }
                return Rc::new(fresh);
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
            Action::Select(selection) => {
                next.selection = selection;
                false
            }
            Action::Connect(on) => {
                next.connecting = on.then_some(Connecting { from: None, kind: next.connect_kind });
                false
            }
            Action::ConnectKind(kind) => {
                next.connect_kind = kind;
                next.connecting = next.connecting.map(|c| Connecting { kind, ..c });
                false
            }
            Action::PickForConnect(id) => match next.connecting {
                None => false,
                Some(Connecting { from: None, kind }) => {
                    next.connecting = Some(Connecting { from: Some(id), kind });
                    false
                }
                Some(Connecting { from: Some(from), .. }) if from == id => false,
                Some(Connecting { from: Some(from), kind }) => {
                    // Connect stays on for the next tie.
                    next.connecting = Some(Connecting { from: None, kind });
                    next.connect(from, id, kind)
                }
            },
            Action::ConnectPair { from, to, kind } => {
                // A drag in connect mode keeps connecting; the list view's pair does not.
                next.connecting = next.connecting.map(|c| Connecting { from: None, ..c });
                from != to && next.connect(from, to, kind)
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
        };
        if changed {
            next.revision += 1;
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
}

impl AppState {
    /// Adds a tie and selects it, so its kind and details can be filled in next.
    fn connect(&mut self, from: PersonId, to: PersonId, kind: TieKind) -> bool {
        let Some(id) = self.map().map(|m| m.next_tie_id()) else { return false };
        let added = self.with_editor(|e| e.apply(Edit::AddTie { tie: Tie::new(id, from, to, kind) }).is_ok());
        if added {
            self.selection = Some(Selection::Tie(id));
        }
        added
    }
}
