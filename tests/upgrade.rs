//! Upgrading Kring past format version 5 loses nothing: an undo history and a crash
//! journal written by Kring 4 (with "conflict" and "substance use" still risk types on
//! ties, and a strength on risk ties) read back, the conditions move onto the persons as
//! the document migration moves them, and undo, redo and replay lead to the same map.
//! The old records are literal text, exactly as Kring 4 wrote them.

use kring::io::journal::{crc32, replay, MAGIC};
use kring::model::*;

/// A Kring 4 file: Linda, Dennis and Opa Henk; Dennis hits Linda (a "strong" risk tie).
const V4_DOCUMENT: &str = r#"{
  "format": "kring", "version": 4, "title": "Bakker", "next_person": 4, "next_tie": 3,
  "persons": [
    {"id": 1, "name": "Linda", "sector": "household", "ring": 1, "angle": 0.3, "household": true},
    {"id": 2, "name": "Dennis", "sector": "family", "ring": 2, "angle": 0.4},
    {"id": 3, "name": "Opa Henk", "sector": "family", "ring": 2, "angle": 0.7}
  ],
  "ties": [
    {"id": 1, "from": 2, "to": 1, "kind": "risk", "mutual": false, "support": [],
     "risk": ["physical_violence"], "strength": "strong", "frequency": "weekly", "according_to": "", "note": ""}
  ]
}"#;

/// Kring 4's undo history for that file, oldest step first: Opa Henk's tension with Linda
/// drawn as a risk tie (step 1), "substance use" taken off Dennis's tie (step 2), and the
/// tension tie deleted again (step 3). Each step keeps the edit that undoes it.
const V1_HISTORY: &str = r#"{"version": 1, "undo": [
  {"inverse": {"edit": "remove_tie", "id": 2}},
  {"inverse": {"edit": "update_tie", "tie": {"id": 1, "from": 2, "to": 1, "kind": "risk", "mutual": false,
    "support": [], "risk": ["physical_violence", "substance_use"], "strength": "strong", "frequency": "weekly",
    "according_to": "", "note": ""}}},
  {"inverse": {"edit": "add_tie", "tie": {"id": 2, "from": 3, "to": 1, "kind": "risk", "mutual": false,
    "support": [], "risk": ["conflict"], "strength": "normal", "frequency": null,
    "according_to": "Linda", "note": "ruzie over geld"}}}
], "redo": []}"#;

fn person(map: &FamilyMap, id: u32) -> &Person {
    map.person(PersonId(id)).expect("the person is on the map")
}

fn factors(map: &FamilyMap, id: u32) -> Vec<Factor> {
    person(map, id).factors.iter().copied().collect()
}

fn old_editor() -> (Editor, HistoryRead) {
    Editor::read_history(from_json(V4_DOCUMENT).expect("a version 4 file opens"), V1_HISTORY)
}

#[test]
fn an_undo_history_of_kring_4_reads_and_moves_the_conditions_onto_the_person() {
    let (mut editor, read) = old_editor();
    assert_eq!(read, HistoryRead::Read);
    assert_eq!(editor.undo_len(), 3, "every step of the old history is kept");
    let upgraded = editor.map().clone();
    assert_eq!(upgraded.tie(TieId(1)).unwrap().strength, Strength::Normal, "a risk tie has no strength");

    // Undo step 3: the deleted tie comes back, as a contact; the tension is Opa Henk's.
    assert!(editor.undo());
    let tie = editor.map().tie(TieId(2)).expect("the deleted tie is back").clone();
    assert_eq!((tie.kind, tie.risk.len(), tie.note.as_str()), (TieKind::Contact, 0, "ruzie over geld"));
    assert_eq!(factors(editor.map(), 3), vec![Factor::Tension]);
    assert_eq!(factors(editor.map(), 1), Vec::<Factor>::new(), "Linda, to whom it was done, gets nothing");

    // Undo step 2: Dennis's tie is violence again, and the drinking is Dennis's.
    assert!(editor.undo());
    let tie = editor.map().tie(TieId(1)).unwrap().clone();
    assert_eq!(tie.kind, TieKind::Risk);
    assert_eq!(tie.risk.iter().copied().collect::<Vec<_>>(), vec![RiskType::PhysicalViolence]);
    assert_eq!(tie.strength, Strength::Normal);
    assert_eq!(factors(editor.map(), 2), vec![Factor::Addiction]);

    // Undo step 1 takes the tie away; redo all three leads back to the upgraded map.
    assert!(editor.undo());
    assert!(editor.map().tie(TieId(2)).is_none());
    assert!(!editor.can_undo());
    while editor.redo() {}
    assert_eq!(editor.map(), &upgraded, "undo and redo end where the upgrade began");

    // Saved again, the history is of this version and has none of the old words.
    let saved = editor.history_json(300);
    assert!(saved.contains(&format!("\"version\":{HISTORY_VERSION}")));
    assert!(!saved.contains("\"conflict\"") && !saved.contains("substance_use"));
    let (reread, read) = Editor::read_history(editor.map().clone(), &saved);
    assert_eq!((reread.undo_len(), read), (3, HistoryRead::Read));
}

#[test]
fn a_history_that_does_not_read_is_reported_never_dropped_in_silence() {
    let map = || from_json(V4_DOCUMENT).unwrap();
    assert_eq!(Editor::read_history(map(), "").1, HistoryRead::Read, "no history is nothing to tell");
    let (editor, read) = Editor::read_history(map(), "{\"version\": 1, \"undo\": [{\"inv");
    assert_eq!((read, editor.undo_len()), (HistoryRead::Dropped, 0));
    let newer = V1_HISTORY.replace("\"version\": 1", "\"version\": 99");
    assert_eq!(Editor::read_history(map(), &newer).1, HistoryRead::Dropped);
    assert_eq!(Editor::read_history(map(), "{\"edit\": \"unknown\"}").1, HistoryRead::Dropped);
    // The map itself always opens whole.
    assert_eq!(Editor::read_history(map(), "nonsense").0.map(), &map());
}

/// One journal record, framed as Kring 4 framed it around its JSON payload.
fn framed(payload: &str) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32(payload.as_bytes()).to_le_bytes());
    out.extend_from_slice(payload.as_bytes());
    out
}

#[test]
fn a_crash_journal_of_kring_4_replays_to_the_migrated_map() {
    let checkpoint = serde_json::json!({
        "record": "checkpoint", "map": "map-1", "stamp": 1000.0, "document": V4_DOCUMENT, "history": V1_HISTORY,
    })
    .to_string();
    let mut file = framed(&checkpoint);
    // Dennis and Opa Henk drink together (both ways), drawn as a risk tie; then a note
    // typed on it, and that note undone: changes only the journal held.
    file.extend(framed(
        r#"{"record":"op","stamp":1001.0,"op":{"op":"apply","edit":{"edit":"add_tie","tie":{"id":3,"from":2,"to":3,"kind":"risk","mutual":true,"support":[],"risk":["substance_use"],"strength":"weak","frequency":"weekly","according_to":"","note":""}}}}"#,
    ));
    file.extend(framed(
        r#"{"record":"op","stamp":1002.0,"op":{"op":"apply","edit":{"edit":"update_tie","tie":{"id":3,"from":2,"to":3,"kind":"risk","mutual":true,"support":[],"risk":["substance_use"],"strength":"weak","frequency":"weekly","according_to":"","note":"in het weekend"}},"merge":{"Tie":[3,"Note"]}}}"#,
    ));
    file.extend(framed(r#"{"record":"op","stamp":1003.0,"op":{"op":"undo"}}"#));

    let replayed = replay(&file).expect("the old journal replays");
    assert_eq!((replayed.ops, replayed.refused, replayed.damage), (3, 0, None), "no record is lost");
    assert_eq!(replayed.stamp, 1003.0);
    assert_eq!(replayed.history, HistoryRead::Read);
    let mut editor = replayed.editor;
    let tie = editor.map().tie(TieId(3)).expect("the tie only the journal held").clone();
    assert_eq!((tie.kind, tie.mutual, tie.risk.len(), tie.note.as_str()), (TieKind::Contact, true, 0, ""));
    assert_eq!(factors(editor.map(), 2), vec![Factor::Addiction]);
    assert_eq!(factors(editor.map(), 3), vec![Factor::Addiction]);
    assert_eq!(editor.map().tie(TieId(1)).unwrap().strength, Strength::Normal);

    // Undoing the new tie takes the conditions that came with it away in the same step;
    // the undo after it reaches into the old history.
    assert!(editor.undo());
    assert!(editor.map().tie(TieId(3)).is_none());
    assert_eq!((factors(editor.map(), 2), factors(editor.map(), 3)), (vec![], vec![]));
    assert!(editor.undo());
    assert_eq!(factors(editor.map(), 3), vec![Factor::Tension]);
    assert_eq!(editor.map().tie(TieId(2)).unwrap().kind, TieKind::Contact);
}
