//! Safe on a shared device: limits that keep a hostile file from taking Kring
//! hostage, and deleting a person so that they are gone everywhere (and, after a reload,
//! from the saved history too). The hostile files themselves are in `tests/hostile/`,
//! checked by the table in `io_graphml.rs`; these are the ones made on the fly.

mod common;

use common::*;
use kring::io::{csv, easynwk};
use kring::model::limits::{Counted, TooMany, MAX_PERSONS, MAX_SNAPSHOTS};
use kring::model::*;
use std::time::{Duration, Instant};

fn quick(started: Instant, what: &str) {
    assert!(started.elapsed() < Duration::from_secs(3), "{what} took {:?}", started.elapsed());
}

#[test]
fn an_easynwk_version_bomb_is_refused_at_once() {
    // 128k empty versions, 1.4 MB: placing them took 36 s (each version looked for its id
    // among all the others). Now the count is refused before any version is built.
    let text = format!("{{\"versions\":[{}]}}", vec!["{\"nwk\":{}}"; 128_000].join(","));
    let started = Instant::now();
    let result = easynwk::import(&text);
    quick(started, "refusing 128k versions");
    assert_eq!(result, Err(easynwk::EasyNwkError::TooMany(TooMany { what: Counted::Versions, count: 128_000 })));
}

#[test]
fn easynwk_versions_at_the_limit_become_snapshots_in_linear_time() {
    let versions: Vec<String> = (0..MAX_SNAPSHOTS)
        .map(|i| format!("{{\"id\":{i},\"date\":\"2026-01-01\",\"nwk\":{{\"ego\":{{\"name\":\"Sam\"}}}}}}"))
        .collect();
    let text = format!("{{\"versions\":[{}]}}", versions.join(","));
    let started = Instant::now();
    let map = easynwk::import(&text).expect("reads").into_map_with_snapshots("2026-02-02", |_, date| date.to_owned());
    quick(started, "200 versions");
    assert_eq!(map.snapshots().len(), MAX_SNAPSHOTS);
    let ids: Vec<u32> = map.snapshots().iter().map(|s| s.id).collect();
    assert_eq!(ids, (1..=MAX_SNAPSHOTS as u32).collect::<Vec<_>>());
}

#[test]
fn a_snapshot_inside_a_snapshot_is_refused_quickly() {
    // 40 deep took 744 MB; any nesting at all is refused now, and without building it.
    let mut doc = r#"{"format":"kring","version":2,"title":"","persons":[],"ties":[]}"#.to_owned();
    for _ in 0..40 {
        doc = format!(
            r#"{{"format":"kring","version":2,"title":"","persons":[],"ties":[],"snapshots":[{{"id":7,"label":"","date":"2026-01-01","map":{doc}}}]}}"#
        );
    }
    let started = Instant::now();
    assert_eq!(from_json(&doc), Err(LoadError::NestedSnapshot { snapshot: 7 }));
    quick(started, "nested snapshots");
    // One level is what Kring writes, and it opens.
    let mut map = bakker();
    let snapshot = Snapshot::new(1, "", "2026-01-01", &map).expect("date");
    map.apply(Edit::SetSnapshot { id: 1, snapshot: Some(snapshot) }).expect("adds");
    assert_eq!(from_json(&to_json(&map)).as_ref(), Ok(&map));
}

#[test]
fn a_two_megabyte_table_does_not_make_hundreds_of_thousands_of_persons() {
    let text = format!("name\n{}", "a\n".repeat(1_000_000));
    assert!(text.len() > 2_000_000);
    let started = Instant::now();
    let result = csv::import(&text, None, &kring::i18n::Lang::ALL);
    quick(started, "a 2 MB table");
    assert_eq!(
        result.map(|_| ()),
        Err(kring::io::graphml::FileError::TooMany(TooMany { what: Counted::Persons, count: 1_000_000 }))
    );
    let at_limit = format!("name\n{}", "a\n".repeat(MAX_PERSONS));
    assert_eq!(
        csv::import(&at_limit, None, &kring::i18n::Lang::ALL).expect("at the limit").map.person_count(),
        MAX_PERSONS
    );
}

#[test]
fn ids_at_the_top_of_their_range_are_refused_with_a_message() {
    for (field, value) in [("next_person", u32::MAX), ("next_tie", u32::MAX)] {
        let text = format!(r#"{{"format":"kring","version":2,"title":"","{field}":{value},"persons":[],"ties":[]}}"#);
        let err = from_json(&text).expect_err(field);
        assert_eq!(err, LoadError::IdTooLarge { id: u64::from(value) });
        for lang in kring::i18n::Lang::ALL {
            assert!(kring::i18n::files::load_error_message(lang, &err).contains(&value.to_string()));
        }
    }
    let text = r#"{"format":"kring","version":2,"title":"","persons":[],"ties":[],
        "meetings":[{"id":4294967295,"date":"2026-01-01"}]}"#;
    assert_eq!(from_json(text), Err(LoadError::IdTooLarge { id: 4_294_967_295 }));
}

/// Sam (a child), Mama, and Bas with a phone number in a meeting, an agreement, a
/// perspective of his own, a safety mark on Sam and a tie "according to" him.
fn family_with_bas() -> (FamilyMap, PersonId) {
    let mut editor = Editor::new(FamilyMap::new("Familie"));
    let sam = add(&mut editor, "Sam", Sector::Household, 1);
    let mama = add(&mut editor, "Mama", Sector::Household, 1);
    let bas = add(&mut editor, "Bas Zeldzaamnaam", Sector::Friends, 2);
    tie(&mut editor, bas, sam, TieKind::Support);
    let t = tie(&mut editor, mama, sam, TieKind::Support);
    let mut map = editor.into_map();
    let mut mama_tie = map.tie(t).cloned().expect("tie");
    mama_tie.according_to = "Bas Zeldzaamnaam".into();
    map.apply(Edit::UpdateTie { tie: mama_tie }).expect("tie");
    let mut with_mark = map.person(mama).cloned().expect("mama");
    with_mark.child_safety.insert(bas, ChildSafety::NoContact);
    map.apply(Edit::UpdatePerson { person: with_mark }).expect("mark");

    let mut meeting = Meeting::new(MeetingId(1), "2026-03-12");
    meeting.participants.push(Participant::on_map(ParticipantId(1), mama, MeetingRole::FamilyMember));
    let mut bas_there = Participant::on_map(ParticipantId(2), bas, MeetingRole::NetworkMember);
    bas_there.phone = "06-55501234".into();
    meeting.participants.push(bas_there);
    meeting.worries.push(Worry {
        text: "x".into(),
        shared_by: vec![ParticipantId(1), ParticipantId(2)],
        not_shared_by: vec![],
        readers: Default::default(),
    });
    meeting.agreements.push(Agreement::new(bas, "haalt Sam op"));
    let mut for_bas = Agreement::new(mama, "belt");
    for_bas.for_whom = vec![sam, bas];
    meeting.agreements.push(for_bas);
    meeting.monitoring.keeper = Some(Who::Participant(ParticipantId(2)));
    map.apply(Edit::SetMeeting { id: MeetingId(1), meeting: Some(meeting) }).expect("meeting");

    let own = Perspective::new(PerspectiveId(1), "Kijk van Bas", Some(bas));
    map.apply(Edit::SetPerspective { id: PerspectiveId(1), perspective: Some(own) }).expect("perspective");
    let mut sams = Perspective::new(PerspectiveId(2), "Kijk van Sam", Some(sam));
    sams.closeness.insert(bas, Ring::CLOSEST);
    map.apply(Edit::SetPerspective { id: PerspectiveId(2), perspective: Some(sams) }).expect("perspective");

    let snapshot = Snapshot::new(1, "voor het beraad", "2026-03-01", &map).expect("date");
    map.apply(Edit::SetSnapshot { id: 1, snapshot: Some(snapshot) }).expect("snapshot");
    (map, bas)
}

#[test]
fn deleting_a_person_says_where_they_were_and_removes_them_everywhere_in_one_step() {
    let (map, bas) = family_with_bas();
    let forget = forget_person(&map, bas, true).expect("bas is there");
    assert_eq!(
        forget.found,
        Appearances { ties: 1, according_to: 1, meetings: 1, agreements: 2, perspectives: 2, marks: 1, snapshots: 1 }
    );
    let mut editor = Editor::new(map.clone());
    editor.apply_forgetting(forget.edit).expect("applies");
    let json = to_json(editor.map());
    for trace in ["Zeldzaamnaam", "06-55501234", "Kijk van Bas"] {
        assert!(!json.contains(trace), "{trace} is still in the map");
    }
    let meeting = &editor.map().meetings()[0];
    assert_eq!(meeting.participants.len(), 1);
    assert_eq!(meeting.agreements.len(), 1);
    assert_eq!(meeting.agreements[0].for_whom.len(), 1);
    assert_eq!(meeting.worries[0].shared_by, vec![ParticipantId(1)]);
    assert_eq!(meeting.monitoring.keeper, None);
    assert_eq!(editor.map().perspectives().len(), 1);
    assert!(editor.map().persons().iter().all(|p| p.child_safety.is_empty()));

    // One undo brings all of it back.
    assert_eq!(editor.undo_len(), 1);
    assert!(editor.undo());
    assert_eq!(editor.map(), &map);
}

#[test]
fn snapshots_keep_the_person_unless_asked() {
    let (map, bas) = family_with_bas();
    let forget = forget_person(&map, bas, false).expect("bas is there");
    let mut kept = map.clone();
    kept.apply(forget.edit).expect("applies");
    assert!(kept.snapshots()[0].map.contains_person(bas));
    assert!(!kept.contains_person(bas));
}

#[test]
fn the_saved_history_never_holds_a_deleted_person_and_can_be_forgotten() {
    let (map, bas) = family_with_bas();
    let mut editor = Editor::new(map);
    // A rename before the delete holds the old name in its undo step.
    let mut renamed = editor.map().person(bas).cloned().expect("bas");
    renamed.name = "Bas Zeldzaamnaam-Jansen".into();
    editor.apply(Edit::UpdatePerson { person: renamed }).expect("rename");
    assert!(editor.history_json(300).contains("Zeldzaamnaam"));
    let forget = forget_person(editor.map(), bas, true).expect("there");
    editor.apply_forgetting(forget.edit).expect("applies");
    let sam = editor.map().persons()[0].id;
    add(&mut editor, "Buurvrouw", Sector::Community, 3);
    let history = editor.history_json(300);
    assert!(!history.contains("Zeldzaamnaam") && !history.contains("06-55501234"), "{history}");
    // After a reload only the later step is left, and it still undoes.
    let mut reloaded = Editor::with_history(editor.map().clone(), &history);
    assert_eq!(reloaded.undo_len(), 1);
    assert!(reloaded.undo());
    assert!(reloaded.map().contains_person(sam));

    // Undo of the delete still works in this session; redo deletes again, unsaved again.
    assert!(editor.undo() && editor.undo());
    assert!(editor.map().contains_person(bas));
    assert!(editor.redo());
    assert!(!editor.history_json(300).contains("Zeldzaamnaam"));

    editor.forget_history();
    assert!(!editor.can_undo() && !editor.can_redo());
    assert_eq!(editor.history_json(300), format!(r#"{{"version":{HISTORY_VERSION},"undo":[],"redo":[]}}"#));
}

#[test]
fn a_file_whose_meeting_names_someone_not_on_the_map_opens_without_them() {
    let (map, bas) = family_with_bas();
    // An older Kring deleted persons without cleaning up: simulate that with the plain edit.
    let mut old = map.clone();
    old.apply(Edit::RemovePerson { id: bas }).expect("removes");
    assert!(to_json(&old).contains("06-55501234"));
    let reopened = from_json(&to_json(&old)).expect("opens");
    assert!(!to_json(&reopened).contains("06-55501234"));
    assert_eq!(reopened.meetings()[0].participants.len(), 1);
}

#[test]
fn adding_in_the_app_stops_at_the_same_limits_a_file_is_read_with() {
    let mut map = FamilyMap::new("Vol");
    let person = |id: u32| Person::new(PersonId(id), format!("Persoon {id}"), Sector::Family, Ring::CLOSEST);
    let everyone: Vec<Edit> = (1..=MAX_PERSONS as u32).map(|id| Edit::AddPerson { person: person(id) }).collect();
    map.apply(Edit::Batch { edits: everyone }).unwrap();
    let one_more = Edit::AddPerson { person: person(map.next_person_id().0) };
    let full = EditError::TooMany(TooMany { what: Counted::Persons, count: MAX_PERSONS + 1 });
    assert_eq!(map.refuses(&one_more), Some(full.clone()), "the app can say why before it tries");
    assert_eq!(map.apply(one_more), Err(full));
    assert_eq!(map.person_count(), MAX_PERSONS);
    // A full map is not a dead end: remove someone, and there is room again (undo too).
    let undo = map.apply(Edit::RemovePerson { id: PersonId(7) }).unwrap();
    assert_eq!(map.refuses(&Edit::AddPerson { person: person(map.next_person_id().0) }), None);
    map.apply(undo).unwrap();
    assert_eq!(map.person_count(), MAX_PERSONS);
    // The map still opens: what Kring made, Kring reads.
    assert!(from_json(&to_json(&map)).is_ok());
}

#[test]
fn a_new_id_above_the_highest_is_refused_with_a_reason() {
    let mut map = FamilyMap::new("Hoog");
    let top = kring::model::limits::MAX_ID;
    map.apply(Edit::AddPerson { person: Person::new(PersonId(top), "Laatste", Sector::Family, Ring::CLOSEST) })
        .unwrap();
    let next =
        Edit::AddPerson { person: Person::new(map.next_person_id(), "Eén te veel", Sector::Family, Ring::CLOSEST) };
    assert_eq!(map.refuses(&next), Some(EditError::IdTooHigh));
    assert_eq!(map.apply(next), Err(EditError::IdTooHigh));
    assert_eq!(map.person_count(), 1);
    // Changing what is there still works.
    assert!(map.apply(Edit::RenameMap { title: "Nog steeds".into() }).is_ok());
}
