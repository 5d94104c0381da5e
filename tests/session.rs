//! The app's reducer, natively: what the person sees change (or not) after each action.
//! The same code runs in the browser behind Yew's `use_reducer` (`ui/state.rs`).

mod common;

use kring::i18n::Lang;
use kring::model::{Edit, Editor, PersonId, Reader, TieKind};
use kring::session::{Action, AppState, SaveState, Selection};
use std::rc::Rc;

fn clock() -> f64 {
    1_800_000_000_000.0
}

/// The Bakker family loaded as the app loads a stored map.
fn loaded() -> Rc<AppState> {
    let state = Rc::new(AppState::new(Lang::Nl, clock));
    assert!(!state.is_loaded());
    state.after(Action::Loaded { map_id: "map-1".into(), editor: Editor::new(common::bakker()), notice: None })
}

fn named(state: &AppState, name: &str) -> PersonId {
    let map = state.map().expect("loaded");
    map.persons().into_iter().find(|p| p.name == name).map(|p| p.id).expect("a Bakker")
}

fn rename(state: Rc<AppState>, id: PersonId, name: &str) -> Rc<AppState> {
    let mut person = state.map().and_then(|m| m.person(id).cloned()).expect("on the map");
    person.name = name.into();
    state.after(Action::Apply(Edit::UpdatePerson { person }))
}

fn names(state: &AppState) -> Vec<String> {
    let mut names: Vec<String> = state.map().expect("loaded").persons().iter().map(|p| p.name.clone()).collect();
    names.sort();
    names
}

#[test]
fn a_loaded_map_is_saved_and_an_edit_waits_for_its_save() {
    let state = loaded();
    assert!(state.is_loaded());
    assert_eq!(state.save_state, SaveState::Saved, "nothing new to save after loading");
    let before = state.revision;
    let noah = named(&state, "Noah");
    let state = rename(state, noah, "Noah B.");
    assert_eq!(state.revision, before + 1);
    assert_eq!(state.save_state, SaveState::Saving, "'Saved' is not shown before the write");
    // An older save finishing does not say "Saved" for the newer edit.
    let state = state.after(Action::Saved { revision: before });
    assert_eq!(state.save_state, SaveState::Saving);
    let revision = state.revision;
    let state = state.after(Action::Saved { revision });
    assert_eq!(state.save_state, SaveState::Saved);
}

#[test]
fn the_journal_alone_is_enough_to_show_saved_but_not_to_clear_a_problem() {
    let state = loaded();
    let noah = named(&state, "Noah");
    let state = rename(state, noah, "Noah B.");
    let revision = state.revision;
    let saved = state.clone().after(Action::Journaled { revision });
    assert_eq!(saved.save_state, SaveState::Saved, "durable in the crash journal");
    let full = state.after(Action::SaveFailed(SaveState::Full)).after(Action::Journaled { revision });
    assert_eq!(full.save_state, SaveState::Full, "storage being full stays on screen until IndexedDB saves");
}

#[test]
fn undo_and_redo_walk_the_history_and_the_lens_blocks_them() {
    let state = loaded();
    let original = names(&state);
    let noah = named(&state, "Noah");
    let renamed = rename(state, noah, "Noah B.");
    assert!(renamed.can_undo());
    let undone = renamed.clone().after(Action::Undo);
    assert_eq!(names(&undone), original);
    assert!(undone.can_redo());
    let redone = undone.after(Action::Redo);
    assert_eq!(names(&redone), names(&renamed));

    // Under "Show as" the map is only looked at: Ctrl+Z changes nothing.
    let lens = renamed.after(Action::ShowAs(Some(Reader::Network)));
    let revision = lens.revision;
    let still = lens.after(Action::Undo);
    assert_eq!(still.revision, revision);
    assert!(names(&still).contains(&"Noah B.".to_owned()));
}

#[test]
fn the_lens_clears_selection_and_connect_mode() {
    let state = loaded();
    let noah = named(&state, "Noah");
    let state = state.after(Action::Select(Some(Selection::Person(noah)))).after(Action::Connect(true));
    assert_eq!(state.selected_person(), Some(noah));
    assert!(state.connecting.is_some());
    let state = state.after(Action::ShowAs(Some(Reader::Network)));
    assert_eq!(state.selected_person(), None);
    assert!(state.connecting.is_none());
}

#[test]
fn connect_mode_picks_two_persons_makes_one_tie_selects_it_and_stays_on() {
    let state = loaded();
    let (samira, mila) = (named(&state, "Samira"), named(&state, "Mila"));
    let ties = state.map().expect("loaded").tie_count();
    let state = state.after(Action::Connect(true)).after(Action::ConnectKind(TieKind::Support));
    let state = state.after(Action::PickForConnect(samira));
    // The same person twice is no tie.
    let state = state.after(Action::PickForConnect(samira));
    assert_eq!(state.map().expect("loaded").tie_count(), ties);
    let state = state.after(Action::PickForConnect(mila));
    let map = state.map().expect("loaded");
    assert_eq!(map.tie_count(), ties + 1);
    let new = map.ties().into_iter().max_by_key(|t| t.id.0).expect("the new tie");
    assert_eq!((new.from, new.to), (samira, mila));
    assert_eq!(new.kind, TieKind::Support);
    assert_eq!(state.selection, Some(Selection::Tie(new.id)));
    assert!(state.connecting.is_some_and(|c| c.from.is_none()), "ready for the next tie");
}

#[test]
fn deleting_a_selected_person_drops_the_selection() {
    let state = loaded();
    let coach = named(&state, "Coach Bas");
    let state = state.after(Action::Select(Some(Selection::Person(coach))));
    let state = state.after(Action::ApplyForgetting(Edit::RemovePerson { id: coach }));
    assert!(!names(&state).contains(&"Coach Bas".to_owned()));
    assert_eq!(state.selected_person(), None, "nothing points at a person who is gone");
}

#[test]
fn loading_another_map_starts_fresh_but_revisions_keep_counting() {
    let state = loaded();
    let noah = named(&state, "Noah");
    let state = rename(state, noah, "Noah B.").after(Action::Select(Some(Selection::Person(noah))));
    let revision = state.revision;
    let empty = Editor::new(kring::model::FamilyMap::new("Leeg"));
    let state = state.after(Action::Loaded { map_id: "map-2".into(), editor: empty, notice: None });
    assert_eq!(state.map_id, "map-2");
    assert!(state.revision > revision, "a late save of the map before cannot look newer");
    assert_eq!(state.selection, None);
    assert!(!state.can_undo());
    assert_eq!(state.map().expect("loaded").person_count(), 0);
}
