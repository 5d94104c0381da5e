//! The crash journal's format: records framed with a length and a CRC-32, a torn
//! or garbled tail dropped, and a chain (checkpoint + operations, undo and redo included)
//! that replays to exactly the map and history the editor had.

mod common;

use common::*;
use kring::io::journal::*;
use kring::model::*;

const KEEP: usize = CHECKPOINT_HISTORY_STEPS;

/// A live editor that journals every operation it does, the way the app does.
struct Live {
    editor: Editor,
    file: Vec<u8>,
    stamp: f64,
}

impl Live {
    fn new(map: FamilyMap) -> Live {
        let mut live = Live { editor: Editor::new(map), file: Vec::new(), stamp: 1_000.0 };
        live.checkpoint();
        live
    }

    /// A checkpoint as the app takes it: seal every step, then the whole map and history.
    fn checkpoint(&mut self) {
        self.editor.seal_all();
        self.stamp = next_stamp(self.stamp, 0.0);
        let record = Record::Checkpoint {
            map: "map-1".into(),
            stamp: self.stamp,
            document: to_json(self.editor.map()),
            history: self.editor.history_json(KEEP),
        };
        self.file = encode(&record);
    }

    fn run(&mut self, op: Op) -> bool {
        let done = op.apply(&mut self.editor);
        if done {
            self.stamp = next_stamp(self.stamp, 0.0);
            self.file.extend(encode(&Record::Op { stamp: self.stamp, op }));
        }
        done
    }

    fn apply(&mut self, edit: Edit) -> bool {
        self.run(Op::Apply { edit, merge: None })
    }
}

fn same(a: &Editor, b: &Editor) {
    assert_eq!(to_json(a.map()), to_json(b.map()), "the maps differ");
    assert_eq!(a.history_json(KEEP), b.history_json(KEEP), "the histories differ");
}

fn person_named(map: &FamilyMap, name: &str) -> Person {
    map.persons().into_iter().find(|p| p.name == name).cloned().expect("person exists")
}

/// A session of every kind of operation: adds, moves, renames typed as a merged gesture,
/// deletes, ties, undo and redo.
fn session(live: &mut Live) {
    let map = live.editor.map().clone();
    let new = person(&map, "Buurvrouw Els", Sector::Community, 2);
    let els = new.id;
    assert!(live.apply(Edit::AddPerson { person: new }));
    let ria = person_named(live.editor.map(), "Oma Ria");
    assert!(live.apply(Edit::MovePerson {
        id: ria.id,
        sector: Sector::Friends,
        ring: Ring::new(3).unwrap(),
        angle: 0.25
    }));
    // Typing a name: one undo step of several merged edits.
    let key = MergeKey::Person(els, PersonTextField::Name);
    for name in ["E", "El", "Els B", "Els Bos"] {
        let mut p = live.editor.map().person(els).cloned().unwrap();
        p.name = name.into();
        assert!(live.run(Op::Apply { edit: Edit::UpdatePerson { person: p }, merge: Some(key.clone()) }));
    }
    assert!(live.run(Op::Seal));
    let tie_id = live.editor.map().next_tie_id();
    assert!(live.apply(Edit::AddTie { tie: Tie::new(tie_id, els, ria.id, TieKind::Support) }));
    assert!(live.run(Op::Undo));
    assert!(live.run(Op::Undo)); // the whole typed name at once
    assert!(live.run(Op::Redo));
    let henk = person_named(live.editor.map(), "Opa Henk");
    assert!(live.apply(Edit::RemovePerson { id: henk.id }));
    assert!(live.apply(Edit::RenameMap { title: "Bakker, na het beraad".into() }));
    assert!(live.run(Op::Undo));
    // An edit that cannot be done is not journaled.
    assert!(!live.apply(Edit::RemovePerson { id: henk.id }));
}

#[test]
fn replay_gives_back_exactly_the_saved_map_and_history() {
    let mut live = Live::new(bakker());
    session(&mut live);
    let replayed = replay(&live.file).expect("the chain replays");
    assert_eq!(replayed.damage, None);
    assert_eq!(replayed.refused, 0);
    assert_eq!(replayed.ops, 14);
    assert_eq!(replayed.map, "map-1");
    assert_eq!(replayed.stamp, live.stamp);
    same(&replayed.editor, &live.editor);
    // And undo keeps working the same way after the replay.
    let (mut a, mut b) = (replayed.editor.clone(), live.editor.clone());
    while a.undo() {
        assert!(b.undo());
        same(&a, &b);
    }
    assert!(!b.undo());
}

#[test]
fn a_torn_last_record_is_dropped_and_everything_before_it_kept() {
    let mut live = Live::new(bakker());
    session(&mut live);
    let whole = live.file.len();
    let before = live.editor.clone();
    let ria = person_named(live.editor.map(), "Oma Ria");
    assert!(live.apply(Edit::MovePerson {
        id: ria.id,
        sector: Sector::Family,
        ring: Ring::new(1).unwrap(),
        angle: 0.5
    }));
    // Cut the last record anywhere: in its header, or in its payload.
    for cut in [whole + 1, whole + 5, whole + HEADER_BYTES, live.file.len() - 1] {
        let decoded = decode(&live.file[..cut]);
        assert_eq!(decoded.damage, Some(Damage::Torn), "cut at {cut}");
        assert_eq!(decoded.valid_bytes, whole);
        let replayed = replay(&live.file[..cut]).expect("what came before replays");
        same(&replayed.editor, &before);
    }
    // Uncut, the last record is there too.
    same(&replay(&live.file).unwrap().editor, &live.editor);
}

#[test]
fn a_bad_checksum_stops_reading_at_that_record() {
    let mut live = Live::new(bakker());
    let checkpoint_only = live.file.len();
    let before = live.editor.clone();
    session(&mut live);
    // Flip one byte in the payload of the first operation.
    let mut garbled = live.file.clone();
    garbled[checkpoint_only + HEADER_BYTES + 3] ^= 0x20;
    let decoded = decode(&garbled);
    assert_eq!(decoded.damage, Some(Damage::BadChecksum));
    assert_eq!(decoded.records.len(), 1);
    same(&replay(&garbled).unwrap().editor, &before);
    // A garbled header (not a record's magic) is caught the same way.
    let mut header = live.file.clone();
    header[checkpoint_only] = b'X';
    assert_eq!(decode(&header).damage, Some(Damage::BadChecksum));
    // A file of zeros (space allocated but never written) holds nothing.
    assert_eq!(decode(&[0u8; 64]).records, vec![]);
    assert_eq!(replay(&[0u8; 64]).unwrap_err(), ReplayError::NoCheckpoint);
    // A length beyond any record is not believed either.
    let mut long = encode(&Record::Op { stamp: 1.0, op: Op::Seal });
    long[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
    assert_eq!(decode(&long).damage, Some(Damage::BadChecksum));
    // A checksum that matches but a payload Kring cannot read (a newer Kring's record).
    let payload = br#"{"record":"hologram"}"#;
    let mut unknown = MAGIC.to_vec();
    unknown.extend((payload.len() as u32).to_le_bytes());
    unknown.extend(crc32(payload).to_le_bytes());
    unknown.extend(payload);
    assert_eq!(decode(&unknown).damage, Some(Damage::Unreadable));
}

#[test]
fn a_file_without_its_checkpoint_gives_no_map() {
    let mut live = Live::new(bakker());
    session(&mut live);
    let checkpoint = decode(&live.file).records[0].clone();
    let rest = &live.file[encode(&checkpoint).len()..];
    assert_eq!(replay(rest).unwrap_err(), ReplayError::NoCheckpoint);
    assert_eq!(replay(&[]).unwrap_err(), ReplayError::NoCheckpoint);
}

#[test]
fn compaction_a_new_checkpoint_replaces_the_chain_with_the_same_map() {
    let mut live = Live::new(bakker());
    session(&mut live);
    let long_chain = live.file.clone();
    // Mid-gesture: an unsealed merged step; the checkpoint seals it, as the app does.
    let els = person_named(live.editor.map(), "Els Bos");
    let mut p = els.clone();
    p.note = "buurvrouw".into();
    assert!(live.run(Op::Apply {
        edit: Edit::UpdatePerson { person: p.clone() },
        merge: Some(MergeKey::Person(els.id, PersonTextField::Note))
    }));
    live.checkpoint();
    let compacted = live.file.clone();
    assert!(compacted.len() < long_chain.len() + 200, "the chain is one checkpoint again");
    assert_eq!(decode(&compacted).records.len(), 1);
    same(&replay(&compacted).unwrap().editor, &live.editor);
    // The gesture goes on after the checkpoint: a new step (it was sealed), and replay
    // agrees with the live editor, undo included.
    p.note = "buurvrouw, kookt op dinsdag".into();
    assert!(live.run(Op::Apply {
        edit: Edit::UpdatePerson { person: p },
        merge: Some(MergeKey::Person(els.id, PersonTextField::Note))
    }));
    assert!(live.run(Op::Undo));
    let replayed = replay(&live.file).unwrap();
    same(&replayed.editor, &live.editor);
    assert_eq!(replayed.editor.map().person(els.id).unwrap().note, "buurvrouw");

    // Of two files, the newest chain wins, whichever file it is in; a torn new checkpoint
    // leaves the older chain in charge.
    let (index, newest_chain) = newest(&[&long_chain, &live.file]).unwrap();
    assert_eq!(index, 1);
    same(&newest_chain.editor, &live.editor);
    assert_eq!(newest(&[&live.file, &long_chain]).unwrap().0, 0);
    let torn = &compacted[..compacted.len() - 10];
    assert_eq!(newest(&[&long_chain, torn]).unwrap().0, 0);
    assert!(newest(&[&[], &[]]).is_none());
}

#[test]
fn a_long_session_replays_the_same_whatever_the_checkpoints() {
    // 400 random operations with a checkpoint every 50, as the app does: each chain
    // replays to the live editor at every point.
    let mut rng = rng::Rng(13);
    let mut live = Live::new(bakker());
    for i in 0..400 {
        let map = live.editor.map().clone();
        let persons = map.persons();
        let choice = rng.below(6);
        let target = persons[rng.below(persons.len())].clone();
        let op = match choice {
            0 => Op::Apply {
                edit: Edit::AddPerson { person: person(&map, &format!("P{i}"), Sector::Friends, 2) },
                merge: None,
            },
            1 => Op::Apply {
                edit: Edit::MovePerson {
                    id: target.id,
                    sector: Sector::Family,
                    ring: Ring::new(2).unwrap(),
                    angle: rng.below(100) as f64 / 100.0,
                },
                merge: Some(MergeKey::Person(
                    target.id,
                    [PersonTextField::Name, PersonTextField::Role, PersonTextField::Note][rng.below(3)],
                )),
            },
            2 if persons.len() > 5 => Op::Apply { edit: Edit::RemovePerson { id: target.id }, merge: None },
            3 => Op::Undo,
            4 => Op::Redo,
            _ => Op::Seal,
        };
        live.run(op);
        if i % 50 == 49 {
            live.checkpoint();
        }
        if i % 7 == 0 {
            same(&replay(&live.file).unwrap().editor, &live.editor);
        }
    }
    same(&replay(&live.file).unwrap().editor, &live.editor);
}

#[test]
fn a_typing_step_below_the_top_merges_the_same_after_a_replay() {
    // Typing into a name (not sealed), then another edit on top; a checkpoint; undo
    // uncovers the typing step, and typing into the same name goes on. A reloaded history
    // merges nothing, so the live editor must not either: the checkpoint seals every step.
    let mut live = Live::new(bakker());
    let ria = person_named(live.editor.map(), "Oma Ria");
    let key = MergeKey::Person(ria.id, PersonTextField::Name);
    for name in ["Oma R", "Oma Ri"] {
        let mut p = live.editor.map().person(ria.id).cloned().unwrap();
        p.name = name.into();
        assert!(live.run(Op::Apply { edit: Edit::UpdatePerson { person: p }, merge: Some(key.clone()) }));
    }
    assert!(live.apply(Edit::RenameMap { title: "Bakker".into() }));
    live.checkpoint();
    assert!(live.run(Op::Undo));
    let mut p = live.editor.map().person(ria.id).cloned().unwrap();
    p.name = "Oma Ria B".into();
    assert!(live.run(Op::Apply { edit: Edit::UpdatePerson { person: p }, merge: Some(key) }));
    assert!(live.run(Op::Undo));
    let replayed = replay(&live.file).unwrap();
    same(&replayed.editor, &live.editor);
    assert_eq!(replayed.editor.map().person(ria.id).unwrap().name, "Oma Ri");
}
