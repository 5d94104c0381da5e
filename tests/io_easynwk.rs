//! easyNWK import: the sample files in tests/fixtures/easynwk/ come out as the expected
//! persons, sectors, rings and ties; bad input gives the right error; and thousands of
//! pseudo-random mutations never panic and never give an invalid Kring map.

mod common;
use common::rng::Rng;

use kring::i18n::easynwk as easynwk_words;
use kring::i18n::Lang;
use kring::io::easynwk::{self, EasyNwkError, EasyNwkImport, EasyNwkWarning, JsonType, EGO, LINKING_NOTE};
use kring::model::{
    from_json, to_json, Age, Factor, FamilyMap, Gender, Person, PersonId, PersonKind, Ring, Sector, Strength,
    SupportType, Tie, TieKind,
};
use serde_json::{json, Value};
use std::collections::BTreeSet;

const SANDRA: &str = include_str!("fixtures/easynwk/sandra-versions.json");
const MEHMET: &str = include_str!("fixtures/easynwk/mehmet-bare.json");
const STRINGS: &str = include_str!("fixtures/easynwk/string-support.json");

fn import(text: &str) -> EasyNwkImport {
    easynwk::import(text).unwrap_or_else(|e| panic!("import failed: {e:?}"))
}

fn named<'a>(map: &'a FamilyMap, name: &str) -> &'a Person {
    map.persons().into_iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no person {name}"))
}

fn ties_between(map: &FamilyMap, a: PersonId, b: PersonId) -> Vec<Tie> {
    map.ties().into_iter().filter(|t| t.touches(a) && t.touches(b)).cloned().collect()
}

fn set<T: Ord + Copy>(items: &[T]) -> BTreeSet<T> {
    items.iter().copied().collect()
}

fn placed(p: &Person) -> (Sector, u8) {
    (p.sector, p.ring.get())
}

/// The single tie between the ego and a person, asserting there is exactly one.
fn only_tie(map: &FamilyMap, name: &str) -> Tie {
    let id = named(map, name).id;
    let ties = ties_between(map, EGO, id);
    assert_eq!(ties.len(), 1, "ties between the ego and {name}: {ties:?}");
    ties[0].clone()
}

#[test]
fn versions_file_with_bom_keeps_every_version_and_shows_the_current_one() {
    assert!(SANDRA.starts_with('\u{feff}'), "the fixture must start with a byte-order mark");
    let result = import(SANDRA);
    assert_eq!(result.versions.len(), 2);
    let ids: Vec<i64> = result.versions.iter().map(|v| v.id).collect();
    assert_eq!(ids, [1, 2]);
    assert_eq!(result.versions[0].title, "Erstgespräch");
    assert_eq!(result.versions[0].date, "2024-03-04");
    assert_eq!(result.versions[1].title, "Nach 6 Monaten");
    assert_eq!(result.versions[1].date, "2024-09-16");
    assert_eq!(result.current, 1);
    assert_eq!(result.map, result.versions[1].map);
    assert_eq!(result.map.title(), "Sandra");
    assert_eq!(result.versions[0].map.person_count(), 8);
    assert_eq!(result.map.person_count(), 11);
    // The same easyNWK alter is the same Kring person in every version.
    for name in ["Lena", "Markus", "Oma Gerti", "Julia", "Frau Huber", "Tom", "Bello"] {
        assert_eq!(named(&result.versions[0].map, name).id, named(&result.map, name).id, "{name}");
    }
    assert_eq!(named(&result.map, "Lena").id, PersonId(2));
    assert_eq!(named(&result.map, "Neue Nachbarin").id, PersonId(11));
    // Markus moved away between the versions.
    assert_eq!(placed(named(&result.versions[0].map, "Markus")), (Sector::Family, 3));
    assert_eq!(placed(named(&result.map, "Markus")), (Sector::Family, 4));
    assert_eq!(result.warnings, [EasyNwkWarning::Unplaced { name: "Neue Nachbarin".into() }]);
    assert!(result.versions[0].warnings.is_empty(), "{:?}", result.versions[0].warnings);
}

#[test]
fn ego_becomes_a_household_member() {
    let map = import(SANDRA).map;
    let ego = map.person(EGO).expect("ego");
    assert_eq!(ego.name, "Sandra");
    assert!(ego.household);
    assert_eq!(ego.sector, Sector::Household);
    assert_eq!(ego.ring, Ring::CLOSEST);
    assert_eq!(ego.gender, Gender::Female);
    assert_eq!(ego.age, Some(Age::Years(34)));
    assert!(!ego.child);
    assert_eq!(ego.avatar, "🙂");
    assert_eq!(ego.note, "Alleinerziehend, zwei Umzüge in einem Jahr");
    // Only the ego lives in the household.
    assert_eq!(map.persons().iter().filter(|p| p.household).count(), 1);
}

#[test]
fn persons_get_sector_ring_and_details() {
    let map = import(SANDRA).map;
    let expect = [
        ("Lena", Sector::Family, 1),
        ("Markus", Sector::Family, 4),
        ("Oma Gerti", Sector::Family, 2),
        ("Julia", Sector::Friends, 2),
        ("Frau Huber", Sector::Professionals, 2),
        ("Tom", Sector::SchoolWork, 4),
        ("Bello", Sector::Family, 1),
        ("Kinderschutzzentrum", Sector::Professionals, 3),
        ("Opa Fritz", Sector::Family, 3),
        ("Neue Nachbarin", Sector::Family, 4),
    ];
    for (name, sector, ring) in expect {
        let p = named(&map, name);
        assert_eq!(placed(p), (sector, ring), "{name}");
        assert!(!p.household, "{name}");
        assert!((0.0..=1.0).contains(&p.angle), "{name}: {}", p.angle);
    }
    let lena = named(&map, "Lena");
    assert_eq!(
        (lena.gender, lena.age, lena.role.as_str(), lena.avatar.as_str()),
        (Gender::Female, Some(Age::Years(9)), "Tochter", "👧")
    );
    assert!((lena.angle - 0.5).abs() < 1e-9, "45° is the middle of the quadrant: {}", lena.angle);
    assert_eq!(named(&map, "Markus").gender, Gender::Male);
    assert_eq!(named(&map, "Markus").note, "Streit um Umgang");
    // roleDefault: true means the role is only easyNWK's sector label.
    assert_eq!(named(&map, "Tom").role, "");
    let bello = named(&map, "Bello");
    assert_eq!((bello.kind, bello.role.as_str(), bello.avatar.as_str()), (PersonKind::Pet, "Haustier", "🐕"));
    let centre = named(&map, "Kinderschutzzentrum");
    assert_eq!((centre.kind, centre.role.as_str()), (PersonKind::Organisation, "Einrichtung"));
    assert_eq!(centre.gender, Gender::Unknown);
    assert!(named(&map, "Opa Fritz").deceased);
    assert!(!named(&map, "Lena").deceased);
    assert_eq!(named(&map, "Julia").kind, PersonKind::Person);
}

#[test]
fn position_inside_the_quadrant_keeps_its_clockwise_order() {
    let map = import(SANDRA).map;
    let mut family: Vec<&Person> = map.persons().into_iter().filter(|p| p.sector == Sector::Family).collect();
    family.sort_by(|a, b| a.angle.total_cmp(&b.angle));
    let names: Vec<&str> = family.iter().map(|p| p.name.as_str()).collect();
    // easyNWK angles 80, 60, 45, 20, 10, 0: clockwise from the top of the quadrant.
    assert_eq!(names, ["Opa Fritz", "Markus", "Lena", "Oma Gerti", "Bello", "Neue Nachbarin"]);
    let first = family.first().map(|p| p.angle).unwrap_or_default();
    let last = family.last().map(|p| p.angle).unwrap_or_default();
    assert!(first > 0.0 && last < 1.0, "kept off the wedge edges: {first} {last}");
}

#[test]
fn support_becomes_directed_ties() {
    let result = import(SANDRA);
    let map = &result.map;
    let lena = named(map, "Lena").id;

    // 3 = mutual: one tie, mutual.
    let tie = only_tie(map, "Lena");
    assert_eq!((tie.kind, tie.from, tie.to, tie.mutual), (TieKind::Support, EGO, lena, true));
    assert_eq!(tie.support, set(&[SupportType::Emotional]));
    assert_eq!(tie.according_to, "Sandra");

    // 2 = alter supports ego; edgeType 2 (multiplex) = strong.
    let tie = only_tie(map, "Oma Gerti");
    assert_eq!((tie.kind, tie.from, tie.to, tie.mutual), (TieKind::Support, named(map, "Oma Gerti").id, EGO, false));
    assert_eq!(tie.support, set(&[SupportType::Emotional, SupportType::Practical]));
    assert_eq!(tie.strength, Strength::Strong);

    // Linking becomes advice, with a note.
    let tie = only_tie(map, "Frau Huber");
    assert_eq!((tie.from, tie.to), (named(map, "Frau Huber").id, EGO));
    assert_eq!(tie.support, set(&[SupportType::Advice]));
    assert_eq!(tie.note, LINKING_NOTE);
    assert_eq!(tie.strength, Strength::Normal);

    // A pet can comfort, an organisation can advise.
    assert_eq!(only_tie(map, "Bello").support, set(&[SupportType::Emotional]));
    assert_eq!(only_tie(map, "Kinderschutzzentrum").from, named(map, "Kinderschutzzentrum").id);

    // Julia in version 1: mutual company and, one way, emotional support from the ego.
    let v1 = &result.versions[0].map;
    let julia = named(v1, "Julia").id;
    let mut ties = ties_between(v1, EGO, julia);
    ties.sort_by_key(|t| t.mutual);
    assert_eq!(ties.len(), 2, "{ties:?}");
    assert_eq!((ties[0].from, ties[0].to, ties[0].mutual), (EGO, julia, false));
    assert_eq!(ties[0].support, set(&[SupportType::Emotional]));
    assert_eq!((ties[1].from, ties[1].to, ties[1].mutual), (EGO, julia, true));
    assert_eq!(ties[1].support, set(&[SupportType::Company]));
    // In version 2 all of it is mutual: one tie.
    let tie = only_tie(map, "Julia");
    assert!(tie.mutual);
    assert_eq!(tie.support, set(&[SupportType::Emotional, SupportType::Company]));
}

#[test]
fn conflict_contact_and_connections() {
    let result = import(SANDRA);
    let map = &result.map;
    // Conflict is tension that plays a role for both, not an act against someone.
    let tie = only_tie(map, "Markus");
    assert_eq!((tie.kind, tie.from, tie.mutual), (TieKind::Contact, EGO, true));
    assert!(tie.risk.is_empty() && tie.support.is_empty());
    assert!(named(map, "Markus").factors.contains(&Factor::Tension));
    assert!(map.person(EGO).is_some_and(|ego| ego.factors.contains(&Factor::Tension)));
    assert!(named(map, "Tom").factors.is_empty());

    // No support: a plain contact tie.
    let tie = only_tie(map, "Tom");
    assert_eq!((tie.kind, tie.from, tie.mutual), (TieKind::Contact, EGO, true));
    assert_eq!(only_tie(map, "Neue Nachbarin").kind, TieKind::Contact);
    // Deceased: no tie in easyNWK, none in Kring.
    assert!(ties_between(map, EGO, named(map, "Opa Fritz").id).is_empty());

    // Connections between alteri: Lena-Gerti (stored twice, imported once), Julia-Lena, Huber-Markus.
    let between = |a: &str, b: &str| ties_between(map, named(map, a).id, named(map, b).id);
    for (a, b) in [("Lena", "Oma Gerti"), ("Julia", "Lena"), ("Frau Huber", "Markus")] {
        let ties = between(a, b);
        assert_eq!(ties.len(), 1, "{a}-{b}: {ties:?}");
        assert_eq!((ties[0].kind, ties[0].mutual), (TieKind::Contact, true));
    }
    assert!(between("Julia", "Oma Gerti").is_empty());
    assert_eq!(map.tie_count(), 12);
    assert_eq!(result.versions[0].map.tie_count(), 10);
    assert!(ties_between(&result.versions[0].map, named(map, "Frau Huber").id, named(map, "Markus").id).is_empty());
}

#[test]
fn bare_object_with_numeric_strings_and_missing_fields() {
    let result = import(MEHMET);
    assert_eq!(result.versions.len(), 1);
    assert_eq!(
        (result.versions[0].id, result.versions[0].title.as_str(), result.versions[0].date.as_str()),
        (1, "", "")
    );
    let map = &result.map;
    assert_eq!(map.title(), "Mehmet");
    let ego = map.person(EGO).expect("ego");
    assert_eq!((ego.gender, ego.age, ego.avatar.as_str()), (Gender::Male, None, ""));

    let ayla = named(map, "Ayla");
    assert_eq!((ayla.id, placed(ayla), ayla.age), (PersonId(2), (Sector::Family, 2), Some(Age::Years(27))));
    let mut ties = ties_between(map, EGO, ayla.id);
    ties.sort_by_key(|t| t.mutual);
    assert_eq!(ties.len(), 2, "{ties:?}");
    assert_eq!((ties[0].from, ties[0].mutual, ties[0].strength), (EGO, false, Strength::Strong));
    assert_eq!(ties[0].support, set(&[SupportType::Practical]));
    assert_eq!((ties[1].mutual, ties[1].strength), (true, Strength::Strong));
    assert_eq!(ties[1].support, set(&[SupportType::Emotional]));

    let wagner = named(map, "Herr Wagner");
    assert_eq!((wagner.id, placed(wagner), wagner.gender), (PersonId(3), (Sector::SchoolWork, 3), Gender::Unknown));
    let tie = only_tie(map, "Herr Wagner");
    assert_eq!((tie.from, tie.support.clone(), tie.note.as_str()), (wagner.id, set(&[SupportType::Advice]), ""));

    let club = named(map, "Fußballverein");
    assert_eq!((club.id, club.kind, placed(club)), (PersonId(5), PersonKind::Organisation, (Sector::Friends, 4)));
    assert!(ties_between(map, EGO, club.id).is_empty(), "non-humans have no plain contact tie");

    let deniz = named(map, "Deniz");
    assert_eq!((deniz.id, placed(deniz), deniz.age), (PersonId(6), (Sector::Friends, 1), None));
    assert!(ties_between(map, EGO, deniz.id).is_empty(), "edgeType \"0\" is no current relationship");
    let ties = ties_between(map, ayla.id, deniz.id);
    assert_eq!(ties.len(), 1);
    assert_eq!(ties[0].kind, TieKind::Contact);
    assert_eq!(map.tie_count(), 4);

    assert_eq!(
        result.warnings,
        [
            EasyNwkWarning::AgeNotUnderstood { name: "Deniz".into(), age: "ca. 16".into() },
            EasyNwkWarning::BadConnection { id1: "1".into(), id2: "99".into() },
        ]
    );
}

#[test]
fn support_values_as_numeric_strings() {
    let result = import(STRINGS);
    assert!(result.warnings.is_empty(), "{:?}", result.warnings);
    let map = &result.map;
    assert_eq!(map.title(), "Familie K.");
    let nina = named(map, "Nina");
    assert_eq!((nina.id, placed(nina)), (PersonId(12), (Sector::Family, 1)));
    let ties = ties_between(map, EGO, nina.id);
    assert_eq!(ties.len(), 3, "{ties:?}");
    let find = |pred: &dyn Fn(&Tie) -> bool| ties.iter().find(|t| pred(t)).cloned().expect("tie");
    assert_eq!(find(&|t| t.mutual).support, set(&[SupportType::Practical]));
    assert_eq!(find(&|t| !t.mutual && t.from == EGO).support, set(&[SupportType::Company]));
    assert_eq!(find(&|t| t.from == nina.id).support, set(&[SupportType::Emotional]));
    let centre = named(map, "Beratungsstelle");
    assert_eq!(
        (centre.kind, placed(centre), centre.role.as_str()),
        (PersonKind::Organisation, (Sector::Professionals, 3), "kein Mensch")
    );
    assert_eq!(only_tie(map, "Beratungsstelle").support, set(&[SupportType::Advice]));
}

#[test]
fn imported_maps_are_valid_kring_documents() {
    for text in [SANDRA, MEHMET, STRINGS] {
        let result = import(text);
        for version in &result.versions {
            let again = from_json(&to_json(&version.map)).expect("an imported map saves and loads");
            assert_eq!(again, version.map);
        }
    }
}

// --- edge cases built in the test ---

fn bare(alteri: Value) -> String {
    json!({ "ego": { "name": "Ego" }, "alteri": alteri, "connections": [] }).to_string()
}

fn one_alter(fields: Value) -> EasyNwkImport {
    import(&bare(json!([fields])))
}

#[test]
fn distance_bands_and_angles() {
    let cases = [
        (10.0, 24.99, Sector::Family, 1),
        (10.0, 25.0, Sector::Family, 2),
        (10.0, 74.9, Sector::Family, 3),
        (10.0, 100.0, Sector::Family, 4),
        (10.0, 140.0, Sector::Family, 4),
        (0.0, 50.0, Sector::Family, 3),
        (90.0, 50.0, Sector::Friends, 3),
        (180.0, 50.0, Sector::Friends, 3),
        (-180.0, 50.0, Sector::SchoolWork, 3),
        (-90.0, 50.0, Sector::Professionals, 3),
        (-0.5, 50.0, Sector::Professionals, 3),
        (270.0, 50.0, Sector::Professionals, 3),
        (-200.0, 50.0, Sector::Friends, 3),
    ];
    for (angle, distance, sector, ring) in cases {
        let map = one_alter(json!({ "id": 0, "name": "A", "angle": angle, "distance": distance })).map;
        assert_eq!(placed(named(&map, "A")), (sector, ring), "angle {angle}, distance {distance}");
    }
}

#[test]
fn unplaced_and_nameless_alters_get_a_warning() {
    let result = one_alter(json!({ "id": 4, "name": "  ", "angle": 120, "distance": -1 }));
    let p = result.map.person(PersonId(6)).expect("alter 4 is person 6");
    assert_eq!(placed(p), (Sector::Friends, 4));
    assert_eq!(p.name, "Contact 4");
    assert_eq!(
        result.warnings,
        [
            EasyNwkWarning::MissingName { name: "Contact 4".into() },
            EasyNwkWarning::Unplaced { name: "Contact 4".into() },
        ]
    );
    // No ego name either.
    let result = import(r#"{"ego": {}, "alteri": []}"#);
    assert_eq!(result.map.person(EGO).map(|p| p.name.as_str()), Some("Ego"));
    assert_eq!(result.warnings, [EasyNwkWarning::MissingName { name: "Ego".into() }]);
}

#[test]
fn a_minimal_alter_with_every_optional_field_missing() {
    let result = one_alter(json!({ "name": "Min", "distance": 30 }));
    let p = named(&result.map, "Min");
    assert_eq!(
        (placed(p), p.kind, p.gender, p.age, p.deceased),
        ((Sector::Family, 2), PersonKind::Person, Gender::Unknown, None, false)
    );
    // edgeType defaults to 1: a contact tie.
    assert_eq!(only_tie(&result.map, "Min").kind, TieKind::Contact);
    assert!(result.warnings.is_empty(), "{:?}", result.warnings);
}

#[test]
fn odd_values_are_warned_about_not_fatal() {
    let result = one_alter(json!({
        "id": 0, "name": "Odd", "angle": 10, "distance": 10,
        "supportEmotional": 5, "supportSocial": "veel", "supportInstrumental": "1", "age": "-3",
    }));
    assert_eq!(
        result.warnings,
        [
            EasyNwkWarning::AgeNotUnderstood { name: "Odd".into(), age: "-3".into() },
            EasyNwkWarning::UnknownSupportValue {
                name: "Odd".into(),
                field: "supportSocial".into(),
                value: "veel".into()
            },
            EasyNwkWarning::UnknownSupportValue {
                name: "Odd".into(),
                field: "supportEmotional".into(),
                value: "5".into()
            },
        ]
    );
    assert_eq!(only_tie(&result.map, "Odd").support, set(&[SupportType::Practical]));
}

#[test]
fn duplicate_alter_ids_are_kept_apart() {
    let result = import(&bare(json!([
        { "id": 1, "name": "Eerste", "distance": 10 },
        { "id": 1, "name": "Tweede", "distance": 10 },
        { "id": 2.5, "name": "Derde", "distance": 10 },
    ])));
    assert_eq!(result.map.person_count(), 4);
    assert_eq!(named(&result.map, "Eerste").id, PersonId(3));
    let second = named(&result.map, "Tweede").id;
    let third = named(&result.map, "Derde").id;
    assert!(second.0 > 3 && third.0 > 3 && second != third, "{second} {third}");
    assert_eq!(result.warnings, [EasyNwkWarning::DuplicateAlterId { name: "Tweede".into(), id: "1".into() }]);
}

#[test]
fn current_version_falls_back_to_the_last_one() {
    let mut doc: Value = serde_json::from_str(SANDRA.trim_start_matches('\u{feff}')).expect("fixture is JSON");
    doc["currentVersion"] = json!(1);
    let result = import(&doc.to_string());
    assert_eq!((result.current, result.map.person_count()), (0, 8));
    assert!(result.warnings.is_empty(), "{:?}", result.warnings);

    doc["currentVersion"] = json!(7);
    let result = import(&doc.to_string());
    assert_eq!(result.current, 1);
    assert_eq!(result.warnings[0], EasyNwkWarning::CurrentVersionNotFound { current: "7".into() });

    doc.as_object_mut().map(|o| o.remove("currentVersion"));
    let result = import(&doc.to_string());
    assert_eq!(result.current, 1);
    assert!(!result.warnings.iter().any(|w| matches!(w, EasyNwkWarning::CurrentVersionNotFound { .. })));
}

#[test]
fn bad_input_gives_the_right_error() {
    let not_json = |r: Result<EasyNwkImport, EasyNwkError>| matches!(r, Err(EasyNwkError::NotJson { .. }));
    assert!(not_json(easynwk::import("")));
    assert!(not_json(easynwk::import("\u{feff}")));
    assert!(not_json(easynwk::import("Ego: Sandra\nAlter: Lena")));
    assert!(not_json(easynwk::import(&SANDRA[..SANDRA.len() / 2])));

    let err = |text: &str| easynwk::import(text).err();
    assert_eq!(err("[]"), Some(EasyNwkError::NotEasyNwk));
    assert_eq!(err("42"), Some(EasyNwkError::NotEasyNwk));
    assert_eq!(err(r#"{"ego": {"name": "x"}}"#), Some(EasyNwkError::NotEasyNwk));
    let kring = to_json(&import(MEHMET).map);
    assert_eq!(err(&kring), Some(EasyNwkError::NotEasyNwk));
    assert_eq!(err(r#"{"versions": [], "currentVersion": 1}"#), Some(EasyNwkError::NoVersions));

    let wrong = |field: &str, expected: JsonType| Some(EasyNwkError::WrongType { field: field.into(), expected });
    assert_eq!(err(r#"{"versions": {}}"#), wrong("versions", JsonType::List));
    assert_eq!(err(r#"{"versions": [3]}"#), wrong("versions[0]", JsonType::Object));
    assert_eq!(err(r#"{"versions": [{"id": 1}]}"#), wrong("versions[0].nwk", JsonType::Object));
    assert_eq!(err(r#"{"ego": [], "alteri": []}"#), wrong("ego", JsonType::Object));
    assert_eq!(err(r#"{"ego": {}, "alteri": {}}"#), wrong("alteri", JsonType::List));
    assert_eq!(err(r#"{"ego": {}, "alteri": [], "connections": 1}"#), wrong("connections", JsonType::List));
    assert_eq!(err(r#"{"ego": {"name": true}, "alteri": []}"#), wrong("ego.name", JsonType::Text));
    assert_eq!(
        err(r#"{"versions": [{"nwk": {"ego": {}, "alteri": [{"name": "A", "distance": "ver"}]}}]}"#),
        wrong("versions[0].nwk.alteri[0].distance", JsonType::Number)
    );
    assert_eq!(err(&bare(json!([{ "name": ["A"] }]))), wrong("alteri[0].name", JsonType::Text));
    assert_eq!(err(&bare(json!([{ "name": "A", "human": "misschien" }]))), wrong("alteri[0].human", JsonType::YesNo));
    assert_eq!(err(&bare(json!([{ "name": "A", "edgeType": 1.5 }]))), wrong("alteri[0].edgeType", JsonType::Number));
    assert_eq!(err(&bare(json!([7]))), wrong("alteri[0]", JsonType::Object));

    let huge = " ".repeat(easynwk::MAX_EASYNWK_BYTES + 1);
    assert_eq!(err(&huge), Some(EasyNwkError::TooLarge { bytes: huge.len() }));
}

#[test]
fn messages_in_both_languages() {
    let errors = [
        EasyNwkError::TooLarge { bytes: 30 * 1024 * 1024 },
        EasyNwkError::NotJson { detail: "EOF".into() },
        EasyNwkError::NotEasyNwk,
        EasyNwkError::NoVersions,
        EasyNwkError::WrongType { field: "alteri".into(), expected: JsonType::List },
        EasyNwkError::Invalid { detail: "x".into() },
    ];
    for err in &errors {
        let (nl, en) = (easynwk_words::message(Lang::Nl, err), easynwk_words::message(Lang::En, err));
        assert!(!nl.is_empty() && !en.is_empty());
        assert_ne!(nl, en, "{err:?}");
    }
    assert_eq!(
        easynwk_words::message(Lang::default(), &EasyNwkError::NotEasyNwk),
        easynwk_words::message(Lang::Nl, &EasyNwkError::NotEasyNwk)
    );
    assert!(easynwk_words::message(Lang::Nl, &errors[4]).contains("een lijst"));
    assert!(easynwk_words::message(Lang::En, &errors[4]).contains("alteri"));
    assert!(easynwk_words::message(Lang::Nl, &errors[0]).contains("30 MB"));

    let warnings = [
        EasyNwkWarning::CurrentVersionNotFound { current: "7".into() },
        EasyNwkWarning::Unplaced { name: "Lena".into() },
        EasyNwkWarning::MissingName { name: "Contact 3".into() },
        EasyNwkWarning::DuplicateAlterId { name: "Lena".into(), id: "1".into() },
        EasyNwkWarning::UnknownSupportValue { name: "Lena".into(), field: "supportSocial".into(), value: "9".into() },
        EasyNwkWarning::AgeNotUnderstood { name: "Lena".into(), age: "?".into() },
        EasyNwkWarning::BadConnection { id1: "1".into(), id2: "2".into() },
    ];
    for w in &warnings {
        let (nl, en) = (easynwk_words::warning_message(Lang::Nl, w), easynwk_words::warning_message(Lang::En, w));
        assert!(!nl.is_empty() && !en.is_empty());
        assert_ne!(nl, en, "{w:?}");
    }
    assert!(easynwk_words::warning_message(Lang::Nl, &warnings[1]).contains("Lena"));
}

// --- robustness: deterministic pseudo-random mutations ---

/// Whatever an import gives, it must not panic, and a map it returns must be a valid
/// Kring document (it saves and loads back the same).
fn check(text: &str) {
    if let Ok(result) = easynwk::import(text) {
        assert!(result.current < result.versions.len());
        for version in &result.versions {
            let again = from_json(&to_json(&version.map));
            assert_eq!(again.as_ref(), Ok(&version.map), "an import produced an invalid map from:\n{text}");
        }
    }
}

#[test]
fn byte_mutations_never_panic() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut imported = 0;
    for fixture in [SANDRA, MEHMET, STRINGS] {
        for _ in 0..1500 {
            let mut bytes = fixture.as_bytes().to_vec();
            for _ in 0..=rng.below(4) {
                let len = bytes.len();
                match rng.below(5) {
                    0 if len > 0 => {
                        let at = rng.below(len);
                        bytes[at] ^= 1 << rng.below(8);
                    }
                    1 if len > 0 => {
                        let at = rng.below(len);
                        const ALPHABET: &[u8] = b"{}[]\":,-.0123456789e truefalsnul";
                        bytes[at] = ALPHABET[rng.below(ALPHABET.len())];
                    }
                    2 if len > 0 => {
                        bytes.remove(rng.below(len));
                    }
                    3 => bytes.truncate(rng.below(len + 1)),
                    _ => {
                        let at = rng.below(len + 1);
                        bytes.insert(at, rng.next() as u8);
                    }
                }
            }
            let text = String::from_utf8_lossy(&bytes);
            check(&text);
            imported += usize::from(easynwk::import(&text).is_ok());
        }
    }
    // Some mutations (inside a name, a note, whitespace) still import; most break the JSON.
    assert!(imported > 0 && imported < 4500, "{imported} of 4500 imported");
}

fn random_value(rng: &mut Rng) -> Value {
    match rng.below(16) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(false),
        3 => json!(-1),
        4 => json!(0),
        5 => json!(3),
        6 => json!(1e300),
        7 => json!(-1e300),
        8 => json!(4294967296u64),
        9 => json!("3"),
        10 => json!(""),
        11 => json!("NaN"),
        12 => json!([]),
        13 => json!({}),
        14 => json!(2.5),
        _ => json!("x".repeat(rng.below(50))),
    }
}

/// Replaces, removes or duplicates one random node somewhere in the JSON tree.
fn mutate_tree(rng: &mut Rng, value: &mut Value) {
    match value {
        Value::Object(map) if !map.is_empty() && rng.below(4) != 0 => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = &keys[rng.below(keys.len())];
            match rng.below(6) {
                0 => {
                    map.remove(key);
                }
                1 => {
                    map.insert(key.clone(), random_value(rng));
                }
                _ => {
                    if let Some(child) = map.get_mut(key) {
                        mutate_tree(rng, child);
                    }
                }
            }
        }
        Value::Array(items) if !items.is_empty() && rng.below(4) != 0 => {
            let at = rng.below(items.len());
            match rng.below(6) {
                0 => {
                    items.remove(at);
                }
                1 => {
                    let copy = items[at].clone();
                    items.push(copy);
                }
                _ => mutate_tree(rng, &mut items[at]),
            }
        }
        other => *other = random_value(rng),
    }
}

#[test]
fn structural_mutations_never_panic() {
    let mut rng = Rng(0x853C_49E6_748F_EA9B);
    let mut ok = 0;
    let mut total = 0;
    for fixture in [SANDRA, MEHMET, STRINGS] {
        let original: Value = serde_json::from_str(fixture.trim_start_matches('\u{feff}')).expect("fixture is JSON");
        for _ in 0..1500 {
            let mut doc = original.clone();
            for _ in 0..=rng.below(3) {
                mutate_tree(&mut rng, &mut doc);
            }
            let text = doc.to_string();
            check(&text);
            total += 1;
            ok += usize::from(easynwk::import(&text).is_ok());
        }
    }
    // The mutations must reach deep enough that many files still import.
    assert!(ok > total / 4 && ok < total, "{ok} of {total} imported");
}
