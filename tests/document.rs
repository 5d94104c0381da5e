//! The Kring file: round trip, migration hook and validation.

mod common;

use common::*;
use kring::model::*;
use serde_json::{json, Value};

#[test]
fn a_map_survives_a_json_round_trip_exactly() {
    let map = bakker();
    let text = to_json(&map);
    let back = from_json(&text).expect("own output loads");
    assert_eq!(back, map);
    assert_eq!(back.next_person_id(), map.next_person_id(), "id counter must survive, or ids get reused");
    assert_eq!(to_json(&back), text, "saving twice gives the same file");
}

#[test]
fn the_file_says_what_it_is() {
    let value: Value = serde_json::from_str(&to_json(&bakker())).unwrap();
    assert_eq!(value["format"], "kring");
    assert_eq!(value["version"], 5);
}

#[test]
fn a_version_1_file_still_opens_through_the_migration() {
    let mut old: Value = serde_json::from_str(&to_json(&bakker())).unwrap();
    old["version"] = json!(1);
    let map = from_json(&old.to_string()).expect("version 1 files open");
    assert_eq!(map, bakker());
    assert!(map.meetings().is_empty() && map.snapshots().is_empty() && map.perspectives().is_empty());
    // Saved again, it is a file of the current version (5: what plays a role per person).
    let again: Value = serde_json::from_str(&to_json(&map)).unwrap();
    assert_eq!(again["version"], FORMAT_VERSION);
    assert_eq!(FORMAT_VERSION, 5);
}

#[test]
fn meetings_snapshots_and_perspectives_travel_in_the_file() {
    use kring::meeting::{Meeting, MeetingId};
    use kring::timeline::{Perspective, PerspectiveId, Snapshot};
    let mut map = bakker();
    let frozen = map.without_extras();
    let mut meeting = Meeting::new(MeetingId(1), "2026-12-12");
    meeting.purpose = "Een veiligheidsplan maken".into();
    let noah = map.persons().iter().find(|p| p.name == "Noah").unwrap().id;
    let edits = vec![
        Edit::SetMeeting { id: MeetingId(1), meeting: Some(meeting) },
        Edit::SetSnapshot {
            id: 1,
            snapshot: Some(Snapshot::new(1, "voor het netwerkberaad", "2026-11-28", &frozen).unwrap()),
        },
        Edit::SetPerspective {
            id: PerspectiveId(1),
            perspective: Some(Perspective::new(PerspectiveId(1), "Noah", Some(noah))),
        },
    ];
    map.apply(Edit::Batch { edits }).expect("extras apply");
    let back = from_json(&to_json(&map)).expect("reloads");
    assert_eq!(back, map);
    assert_eq!(back.meetings()[0].purpose, "Een veiligheidsplan maken");
    assert_eq!(back.snapshots()[0].label, "voor het netwerkberaad");
    assert_eq!(back.perspectives()[0].name, "Noah");

    let mut twice: Value = serde_json::from_str(&to_json(&map)).unwrap();
    let first = twice["meetings"][0].clone();
    twice["meetings"].as_array_mut().unwrap().push(first);
    assert!(matches!(load(&twice), Err(LoadError::Invalid { .. })));
}

fn doc() -> Value {
    serde_json::from_str(&to_json(&bakker())).unwrap()
}

fn load(value: &Value) -> Result<FamilyMap, LoadError> {
    from_json(&value.to_string())
}

#[test]
fn bad_documents_are_refused_with_the_right_error() {
    assert!(matches!(from_json("{\"format\": \"kring\", \"vers"), Err(LoadError::NotJson { .. })));
    assert!(matches!(from_json(""), Err(LoadError::NotJson { .. })));
    assert_eq!(from_json("[1,2,3]").err(), Some(LoadError::NotKring));
    assert_eq!(from_json("{\"ego\": {}}").err(), Some(LoadError::NotKring));

    let mut future = doc();
    future["version"] = json!(7);
    assert_eq!(load(&future).err(), Some(LoadError::FutureVersion { version: 7 }));

    let mut missing = doc();
    missing.as_object_mut().unwrap().remove("persons");
    assert!(matches!(load(&missing), Err(LoadError::Invalid { .. })));

    let mut extra = doc();
    extra["persons"][0]["shoe_size"] = json!(42);
    assert!(matches!(load(&extra), Err(LoadError::Invalid { .. })));

    let mut wrong_type = doc();
    wrong_type["persons"][0]["ring"] = json!("close");
    assert!(matches!(load(&wrong_type), Err(LoadError::Invalid { .. })));

    let mut bad_ring = doc();
    bad_ring["persons"][3]["ring"] = json!(9);
    assert!(matches!(load(&bad_ring), Err(LoadError::Invalid { .. })));

    let mut duplicate = doc();
    let first = duplicate["persons"][0].clone();
    duplicate["persons"].as_array_mut().unwrap().push(first);
    assert_eq!(load(&duplicate).err(), Some(LoadError::DuplicatePerson(PersonId(1))));

    let mut dup_tie = doc();
    let first = dup_tie["ties"][0].clone();
    dup_tie["ties"].as_array_mut().unwrap().push(first);
    assert_eq!(load(&dup_tie).err(), Some(LoadError::DuplicateTie(TieId(1))));

    let mut dangling = doc();
    dangling["ties"][0]["to"] = json!(404);
    assert_eq!(load(&dangling).err(), Some(LoadError::UnknownTieEnd { tie: TieId(1), person: PersonId(404) }));

    let mut nameless = doc();
    nameless["persons"][1]["name"] = json!("  ");
    assert_eq!(load(&nameless).err(), Some(LoadError::EmptyName(PersonId(2))));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", to_json(&bakker()));
    assert_eq!(from_json(&text).unwrap(), bakker());
}

#[test]
fn huge_files_are_refused_before_parsing() {
    let huge = " ".repeat(21 * 1024 * 1024);
    assert!(matches!(from_json(&huge), Err(LoadError::TooLarge { .. })));
}

#[test]
fn hostile_names_are_kept_as_plain_text() {
    let mut editor = Editor::new(FamilyMap::new("<script>alert(1)</script>"));
    let id = add(&mut editor, "\"><svg onload=alert(1)>", Sector::Friends, 2);
    let back = from_json(&to_json(editor.map())).unwrap();
    assert_eq!(back.person(id).unwrap().name, "\"><svg onload=alert(1)>");
    assert_eq!(back.title(), "<script>alert(1)</script>");
}

/// The migration decision: an older file opens readable by everyone, as it was,
/// except a child's answers, which nobody chose to share: they open for professionals only
/// (safety decides; the reason is in `model::document::migrate` and the README).
#[test]
fn a_version_2_file_opens_readable_by_everyone_except_the_childs_answers() {
    use kring::timeline::{Perspective, PerspectiveId};
    let mut map = bakker();
    let (noah, dennis) = (PersonId(2), PersonId(4));
    let mut view = Perspective::from_map(PerspectiveId(1), "Zoals Noah het ziet", Some(noah), &map);
    view.ties.clear();
    let mut not_near = Tie::new(TieId(90), dennis, noah, TieKind::Risk);
    not_near.note = "Wil ik niet dichtbij".into();
    let mut see_more = Tie::new(TieId(91), noah, PersonId(5), TieKind::Contact);
    see_more.note = "I want to see them more".into();
    let mut other = Tie::new(TieId(92), dennis, noah, TieKind::Support);
    other.note = "haalt op van voetbal".into();
    view.ties = vec![not_near, see_more, other];
    map.apply(Edit::SetPerspective { id: view.id, perspective: Some(view) }).unwrap();
    let mut old: Value = serde_json::from_str(&to_json(&map)).unwrap();
    old["version"] = json!(2);
    let back = from_json(&old.to_string()).expect("version 2 files open");
    // Persons and ties of the map: readable by everyone, as before.
    assert!(back.persons().iter().all(|p| p.readers.is_everyone()));
    assert!(back.ties().iter().all(|t| t.readers.is_everyone() && t.answer.is_none()));
    let ties = &back.perspectives()[0].ties;
    assert_eq!(ties[0].answer, Some(ChildAnswer::NotNear));
    assert_eq!(ties[0].note, "", "the marker words are gone");
    assert!(matches!(ties[0].readers, Readers::ProfessionalsOnly { .. }));
    assert_eq!(ties[1].answer, Some(ChildAnswer::SeeMore));
    assert_eq!(ties[2].answer, None);
    assert_eq!(ties[2].note, "haalt op van voetbal");
    assert!(ties[2].readers.is_everyone());
    // Nobody but Noah and the professionals reads the old answers until Noah shares them.
    use kring::meeting::readable_map;
    let answers_for = |reader: Reader| {
        let copy = readable_map(&back, reader);
        copy.perspectives()[0].ties.iter().filter(|t| t.answer.is_some()).count()
    };
    assert_eq!(answers_for(Reader::Professionals), 2);
    assert_eq!(answers_for(Reader::Person(noah)), 2);
    assert_eq!(answers_for(Reader::Person(PersonId(1))), 0, "Linda");
    assert_eq!(answers_for(Reader::Network), 0);
    assert_eq!(answers_for(Reader::Person(dennis)), 0);
}

#[test]
fn readerships_and_reasons_travel_in_the_file() {
    let mut map = bakker();
    let mut tie = map.ties()[2].clone();
    tie.readers = Readers::not_for([PersonId(4)], "Dennis mag niet weten waar Linda woont");
    let mut person = map.person(PersonId(1)).unwrap().clone();
    person.readers = Readers::professionals_only("veilig adres");
    map.apply(Edit::Batch { edits: vec![Edit::UpdateTie { tie }, Edit::UpdatePerson { person }] }).unwrap();
    let back = from_json(&to_json(&map)).unwrap();
    assert_eq!(back, map);
    assert_eq!(back.person(PersonId(1)).unwrap().readers.reason(), "veilig adres");
}

/// Something going well has a readership too. While it is for everyone it is
/// written as the bare text it always was, so such a file is byte for byte what an older
/// Kring wrote and reads; a restricted one is an object with its readers and reason.
#[test]
fn going_well_is_a_bare_text_until_it_is_restricted() {
    let mut map = bakker();
    let mut meeting = Meeting::new(MeetingId(1), "2026-06-10");
    meeting.going_well = vec![
        "Oma Ria is er elke woensdag.".into(),
        GoingWell { text: "Linda woont bij haar zus".into(), readers: Readers::not_for([PersonId(4)], "veilig adres") },
    ];
    map.apply(Edit::SetMeeting { id: meeting.id, meeting: Some(meeting) }).unwrap();
    let json: Value = serde_json::from_str(&to_json(&map)).unwrap();
    let written = &json["meetings"][0]["going_well"];
    assert_eq!(written[0], json!("Oma Ria is er elke woensdag."));
    assert_eq!(written[1]["text"], json!("Linda woont bij haar zus"));
    assert_eq!(written[1]["readers"]["kind"], json!("not_for"));
    assert_eq!(from_json(&json.to_string()).unwrap(), map);
    // A version 4 file with bare texts opens with them readable by everyone.
    let mut old = json.clone();
    old["meetings"][0]["going_well"] = json!(["Noah gaat graag naar voetbal."]);
    let back = from_json(&old.to_string()).unwrap();
    assert!(back.meetings()[0].going_well[0].readers.is_everyone());
    assert_eq!(back.meetings()[0].going_well[0].text, "Noah gaat graag naar voetbal.");
}

/// A version 4 tie as Kring 4 wrote it.
fn v4_tie(id: u32, from: u32, to: u32, kind: &str, risk: &[&str], strength: &str, mutual: bool) -> Value {
    json!({
        "id": id, "from": from, "to": to, "kind": kind, "mutual": mutual, "support": [], "risk": risk,
        "strength": strength, "frequency": null, "according_to": "Linda", "note": "bij het ophalen"
    })
}

#[test]
fn a_version_4_file_moves_tension_and_substance_use_onto_the_person() {
    let (linda, noah, dennis, henk) = (1, 2, 4, 6);
    let mut old: Value = serde_json::from_str(&to_json(&bakker())).unwrap();
    old["version"] = json!(4);
    old["ties"] = json!([
        // Tension only: Opa Henk's condition, the tie stays as contact.
        v4_tie(1, henk, linda, "risk", &["conflict"], "strong", false),
        // Violence and tension: the violence stays a risk (without strength), the tension moves.
        v4_tie(2, dennis, linda, "risk", &["physical_violence", "conflict"], "strong", false),
        // Drinking together, both ways: addiction for both.
        v4_tie(3, dennis, henk, "risk", &["substance_use"], "normal", true),
        // A support tie keeps its strength.
        v4_tie(4, henk, noah, "support", &[], "weak", false),
    ]);
    // Someone's perspective says the same about Dennis and Noah.
    old["perspectives"] = json!([{
        "id": 1, "name": "Zoals Linda het ziet", "holder": linda,
        "ties": [v4_tie(5, dennis, noah, "risk", &["substance_use"], "weak", false)]
    }]);
    let map = from_json(&old.to_string()).expect("version 4 files open");

    let factors = |id: u32| map.person(PersonId(id)).unwrap().factors.iter().copied().collect::<Vec<_>>();
    assert_eq!(factors(henk), vec![Factor::Addiction, Factor::Tension]);
    assert_eq!(factors(dennis), vec![Factor::Addiction, Factor::Tension]);
    assert_eq!(factors(linda), Vec::<Factor>::new(), "the one it was done to gets nothing");
    assert_eq!(factors(noah), Vec::<Factor>::new());

    let tie = |id: u32| map.tie(TieId(id)).unwrap().clone();
    assert_eq!((tie(1).kind, tie(1).risk.len(), tie(1).note.as_str()), (TieKind::Contact, 0, "bij het ophalen"));
    assert_eq!(tie(2).kind, TieKind::Risk);
    assert_eq!(tie(2).risk.iter().copied().collect::<Vec<_>>(), vec![RiskType::PhysicalViolence]);
    assert_eq!(tie(2).strength, Strength::Normal, "a risk tie has no strength");
    assert_eq!(tie(3).kind, TieKind::Contact);
    assert_eq!(tie(4).strength, Strength::Weak);
    let view = &map.perspectives()[0].ties[0];
    assert_eq!((view.kind, view.risk.is_empty()), (TieKind::Contact, true));

    // Saved again it is a version 5 file without the old words, and reads back the same.
    let text = to_json(&map);
    assert!(!text.contains("\"conflict\"") && !text.contains("substance_use"));
    assert_eq!(from_json(&text).unwrap(), map);
}

#[test]
fn a_snapshot_inside_a_file_is_migrated_too() {
    let mut inner: Value = serde_json::from_str(&to_json(&bakker())).unwrap();
    inner["version"] = json!(4);
    inner["ties"] = json!([v4_tie(1, 6, 1, "risk", &["conflict"], "normal", false)]);
    let mut old: Value = serde_json::from_str(&to_json(&bakker())).unwrap();
    old["version"] = json!(4);
    old["snapshots"] = json!([{ "id": 1, "label": "voor", "date": "2026-03-12", "map": inner }]);
    let map = from_json(&old.to_string()).expect("opens");
    let before = &map.snapshots()[0].map;
    assert!(before.person(PersonId(6)).unwrap().factors.contains(&Factor::Tension));
    assert_eq!(before.ties()[0].kind, TieKind::Contact);
}

#[test]
fn a_risk_tie_answers_the_practices_questions_in_the_file() {
    let mut map = bakker();
    let mut tie = map.ties()[1].clone();
    assert_eq!(tie.kind, TieKind::Risk);
    tie.situation = "bij het ophalen van de kinderen".into();
    tie.seriousness = Some(Seriousness::Serious);
    tie.frequency = Some(Frequency::Weekly);
    tie.last = Some("2026-03-02".into());
    let mut linda = map.person(PersonId(1)).unwrap().clone();
    linda.factors = [Factor::Debts, Factor::WorkStress].into_iter().collect();
    map.apply(Edit::Batch { edits: vec![Edit::UpdateTie { tie }, Edit::UpdatePerson { person: linda }] }).unwrap();
    let back = from_json(&to_json(&map)).unwrap();
    assert_eq!(back, map);
    // A "last time" that is not a day is refused, never half-read.
    let mut bad: Value = serde_json::from_str(&to_json(&map)).unwrap();
    bad["ties"][1]["last"] = json!("vorige week");
    assert!(matches!(from_json(&bad.to_string()), Err(LoadError::Invalid { .. })));
}

/// The readerships of a meeting's place, purpose, scores, scale anchors and monitoring
/// are new fields: absent while everyone may read (so such a file is what an
/// older Kring wrote), and a file from any version without them opens with everyone. Any
/// version from 3 up to the current one opens, so raising the number needs no new step.
#[test]
fn every_older_version_opens_with_the_meetings_own_words_for_everyone() {
    let mut map = bakker();
    let mut meeting = Meeting::new(MeetingId(1), "2026-06-10");
    meeting.place = "Wijkcentrum".into();
    meeting.purpose = "Rust".into();
    meeting.scale_anchors.zero = "Ruzie".into();
    meeting.scales = vec![ScaleScore::new(ParticipantId(1), 5)];
    meeting.monitoring.if_not_kept = "Karin belt".into();
    map.apply(Edit::SetMeeting { id: meeting.id, meeting: Some(meeting.clone()) }).unwrap();
    let plain = to_json(&map);
    for field in ["place_readers", "purpose_readers", "readers"] {
        assert!(!plain.contains(field), "{field} is written while everyone may read");
    }
    let value: Value = serde_json::from_str(&plain).unwrap();
    for version in 3..=u64::from(FORMAT_VERSION) {
        let mut old = value.clone();
        old["version"] = json!(version);
        let back = from_json(&old.to_string()).unwrap_or_else(|e| panic!("version {version}: {e}"));
        let m = &back.meetings()[0];
        assert!(m.place_readers.is_everyone() && m.purpose_readers.is_everyone());
        assert!(m.scales[0].readers.is_everyone() && m.monitoring.readers.is_everyone());
        assert!(m.scale_anchors.readers.is_everyone());
    }
    let mut newer = value.clone();
    newer["version"] = json!(FORMAT_VERSION + 1);
    assert_eq!(
        from_json(&newer.to_string()).err(),
        Some(LoadError::FutureVersion { version: u64::from(FORMAT_VERSION) + 1 })
    );
    // Restricted, each is written and read back.
    meeting.place_readers = Readers::not_for([PersonId(4)], "opvang");
    meeting.purpose_readers = Readers::professionals_only("");
    meeting.scales[0].readers = Readers::not_for([PersonId(4)], "");
    meeting.scale_anchors.readers = Readers::professionals_only("");
    meeting.monitoring.readers = Readers::professionals_only("aangifte");
    map.apply(Edit::SetMeeting { id: meeting.id, meeting: Some(meeting) }).unwrap();
    assert_eq!(from_json(&to_json(&map)).unwrap(), map);
}
