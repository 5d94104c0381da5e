//! Pseudonymise on export: no name, note, role or other identifying text of the map
//! survives in any file format when the person asks for numbers; ids, places and ties do.

mod common;

use common::bakker;
use kring::i18n::files::pseudonym_words;
use kring::i18n::Lang;
use kring::io::pseudonymise::{changes, pseudonymise, NameStyle, Pseudonyms};
use kring::io::{csv, graphml};
use kring::meeting::{Meeting, MeetingId, MeetingRole, Participant, ParticipantId};
use kring::model::{to_json, Edit, FamilyMap, PersonId, RiskType, SupportType, Tie, TieKind};
use kring::present::svg;
use kring::scene::Scene;
use kring::timeline::{Perspective, PerspectiveId, Snapshot};

const NL_NUMBERS: Pseudonyms =
    Pseudonyms { names: NameStyle::Numbers, words: pseudonym_words(Lang::Nl), keep_safety: false };

fn update_person(map: &mut FamilyMap, id: u32, change: impl FnOnce(&mut kring::model::Person)) {
    let mut person = map.person(PersonId(id)).cloned().expect("fixture person");
    change(&mut person);
    map.apply(Edit::UpdatePerson { person }).expect("fixture update");
}

/// The Bakker family with every kind of identifying text filled in: roles, notes with a
/// phone number, "according to", a meeting with contact details, a snapshot in which a
/// person who has since left is still present, and a perspective.
fn bakker_with_details() -> FamilyMap {
    let mut map = bakker();
    let roles = [(1, "moeder"), (2, "zoon"), (3, "dochter"), (4, "vader"), (5, "oma"), (9, "juf Marieke")];
    for (id, role) in roles {
        update_person(&mut map, id, |p| p.role = role.to_owned());
    }
    update_person(&mut map, 1, |p| p.note = "Bellen op 06-12345678, Dorpsstraat 4".to_owned());
    update_person(&mut map, 11, |p| p.note = "karin@wijkteam.example".to_owned());
    let mut tie = map.tie(kring::model::TieId(2)).cloned().expect("Dennis → Linda");
    tie.note = "Ruzie sinds de scheiding van Linda".to_owned();
    tie.situation = "Bij het ophalen in de Dorpsstraat".to_owned();
    tie.last = Some("2026-02-27".to_owned());
    tie.according_to = "Linda".to_owned();
    tie.risk.insert(RiskType::LoyaltyConflict);
    map.apply(Edit::UpdateTie { tie }).expect("update tie");
    let mut tie = map.tie(kring::model::TieId(3)).cloned().expect("Ria → Mila");
    tie.according_to = "wijkteam Oost".to_owned();
    tie.support.insert(SupportType::Childcare);
    map.apply(Edit::UpdateTie { tie }).expect("update tie");

    // A snapshot from before Tante Greet left the map.
    let mut before = map.clone();
    let greet = before.next_person_id();
    let person =
        kring::model::Person::new(greet, "Tante Greet", kring::model::Sector::Family, kring::model::Ring::FURTHEST);
    before.apply(Edit::AddPerson { person }).expect("add Greet");
    let id = before.next_tie_id();
    before.apply(Edit::AddTie { tie: Tie::new(id, greet, PersonId(1), TieKind::Contact) }).expect("tie");
    let snapshot = Snapshot::new(1, "Voor het beraad bij familie Bakker", "2026-03-12", &before).expect("snapshot");
    map.apply(Edit::SetSnapshot { id: 1, snapshot: Some(snapshot) }).expect("snapshot");

    let mut meeting = Meeting::new(MeetingId(1), "2026-04-02");
    meeting.place = "Buurthuis De Linde".to_owned();
    meeting.chair = "Wendy Jansen".to_owned();
    let mut extra = Participant::extra(ParticipantId(1), "Buurman Kees", MeetingRole::NetworkMember);
    extra.phone = "06-87654321".to_owned();
    extra.email = "kees@example.org".to_owned();
    meeting.participants.push(extra);
    map.apply(Edit::SetMeeting { id: MeetingId(1), meeting: Some(meeting) }).expect("meeting");

    let view = Perspective::from_map(PerspectiveId(1), "Noah zelf", Some(PersonId(2)), &map);
    map.apply(Edit::SetPerspective { id: PerspectiveId(1), perspective: Some(view) }).expect("perspective");
    let view = Perspective::from_map(PerspectiveId(2), "Karin van het wijkteam", None, &map);
    map.apply(Edit::SetPerspective { id: PerspectiveId(2), perspective: Some(view) }).expect("perspective");
    map
}

/// Every text in the map that can say who someone is.
fn identifying_texts(map: &FamilyMap) -> Vec<String> {
    let mut texts = vec![map.title().to_owned()];
    let mut people = map.persons().into_iter().cloned().collect::<Vec<_>>();
    for snapshot in map.snapshots() {
        texts.push(snapshot.label.clone());
        people.extend(snapshot.map.persons().into_iter().cloned());
    }
    for p in people {
        texts.extend([p.name, p.role, p.note]);
    }
    for t in map.ties() {
        texts.extend([t.note.clone(), t.according_to.clone(), t.situation.clone()]);
        texts.extend(t.last.clone());
    }
    texts.extend(map.perspectives().iter().map(|v| v.name.clone()));
    texts.extend(
        ["Buurthuis De Linde", "Wendy Jansen", "Buurman Kees", "06-87654321", "kees@example.org"].map(String::from),
    );
    texts.retain(|t| !t.trim().is_empty());
    texts
}

/// Every format the Export menu writes, as text.
fn every_export(map: &FamilyMap) -> Vec<(&'static str, String)> {
    vec![
        ("kring", to_json(map)),
        ("graphml", graphml::export(map, Lang::Nl)),
        ("csv persons", csv::export_persons(map)),
        ("csv ties", csv::export_ties(map)),
        ("svg", svg::export(&Scene::build(map, Lang::Nl), Lang::Nl, "28-11-2026")),
    ]
}

#[test]
fn with_numbers_no_name_note_role_or_contact_detail_survives_in_any_format() {
    let map = bakker_with_details();
    let secret = pseudonymise(&map, NL_NUMBERS);
    let texts = identifying_texts(&map);
    assert!(texts.iter().any(|t| t == "Tante Greet") && texts.iter().any(|t| t.contains("06-12345678")));
    for (format, written) in every_export(&secret) {
        for text in &texts {
            assert!(!written.contains(text.as_str()), "{format} still holds ‘{text}’");
        }
    }
    // Nested snapshot documents and perspectives are inside the Kring file too.
    let json = to_json(&secret);
    assert!(json.contains("Persoon 1") && json.contains("Momentopname 1"), "{json}");
    assert!(!json.contains("2026-03-12"), "exact dates go");
    assert!(json.contains("Kijk van Persoon 2"));
}

#[test]
fn ids_places_and_ties_are_kept() {
    let map = bakker_with_details();
    for style in NameStyle::ALL {
        let secret =
            pseudonymise(&map, Pseudonyms { names: style, words: pseudonym_words(Lang::En), keep_safety: false });
        assert_eq!(secret.person_count(), map.person_count(), "{style:?}");
        for (before, after) in map.persons().into_iter().zip(secret.persons()) {
            assert_eq!(
                (before.id, before.sector, before.ring, before.angle, before.household, before.child, before.kind),
                (after.id, after.sector, after.ring, after.angle, after.household, after.child, after.kind),
            );
            assert_eq!(before.gender, after.gender);
            assert_eq!(
                after.age,
                before.age.map(|age| match age {
                    kring::model::Age::Years(years) => kring::model::Age::band_of(years),
                    other => other,
                })
            );
            assert!(after.note.is_empty() && after.avatar.is_empty());
        }
        assert_eq!(secret.tie_count(), map.tie_count());
        for (before, after) in map.ties().into_iter().zip(secret.ties()) {
            assert_eq!(
                (before.id, before.from, before.to, before.kind, before.mutual, &before.support, &before.risk),
                (after.id, after.from, after.to, after.kind, after.mutual, &after.support, &after.risk),
            );
            assert_eq!((before.strength, before.frequency), (after.strength, after.frequency));
            assert!(after.note.is_empty());
        }
        assert!(secret.meetings().is_empty(), "meetings hold contact details");
        assert_eq!(secret.snapshots().len(), 1);
        let frozen = &secret.snapshots()[0];
        assert_eq!((frozen.id, frozen.date.as_str()), (1, "2000-01-01"));
        assert_eq!(frozen.map.person_count(), map.snapshots()[0].map.person_count());
        assert_eq!(frozen.map.tie_count(), map.snapshots()[0].map.tie_count());
        assert_eq!(secret.perspectives().len(), 2);
        assert_eq!(secret.perspectives()[0].ties.len(), map.perspectives()[0].ties.len());
        assert_eq!(secret.perspectives()[0].holder, Some(PersonId(2)));
    }
}

#[test]
fn initials_and_roles_replace_names_and_the_same_person_has_the_same_pseudonym_everywhere() {
    let map = bakker_with_details();
    let initials = pseudonymise(
        &map,
        Pseudonyms { names: NameStyle::Initials, words: pseudonym_words(Lang::Nl), keep_safety: false },
    );
    let name = |m: &FamilyMap, id| m.person(PersonId(id)).map(|p| p.name.clone()).unwrap_or_default();
    assert_eq!(name(&initials, 5), "O.R.");
    assert_eq!(name(&initials, 9), "M.J.");
    assert_eq!(initials.person(PersonId(5)).map(|p| p.role.as_str()), Some("oma"), "roles stay with initials");
    // Linda (1) comes first and keeps "L."; a second "L." would get a number.
    assert_eq!(name(&initials, 1), "L.");
    assert_eq!(initials.tie(kring::model::TieId(2)).map(|t| t.according_to.as_str()), Some("L."));
    assert_eq!(initials.tie(kring::model::TieId(3)).map(|t| t.according_to.as_str()), Some(""), "names nobody");
    assert_eq!(name(&initials.snapshots()[0].map, 1), "L.", "same pseudonym in the snapshot");
    let greet = initials.snapshots()[0].map.persons().last().map(|p| p.name.clone());
    assert_eq!(greet.as_deref(), Some("T.G."), "someone only a snapshot has gets a pseudonym too");

    let roles = pseudonymise(
        &map,
        Pseudonyms { names: NameStyle::Roles, words: pseudonym_words(Lang::En), keep_safety: false },
    );
    assert_eq!(name(&roles, 5), "oma");
    assert_eq!(name(&roles, 1), "moeder");
    assert_eq!(name(&roles, 12), "Person 12", "without a role, a number");
    assert_eq!(roles.title(), "Network map");
}

#[test]
fn two_persons_with_the_same_initials_are_told_apart() {
    let mut map = FamilyMap::new("Test");
    for name in ["Lisa Bos", "Lars Baas", "🙂"] {
        let person = kring::model::Person::new(
            map.next_person_id(),
            name,
            kring::model::Sector::Friends,
            kring::model::Ring::CLOSEST,
        );
        map.apply(Edit::AddPerson { person }).expect("add");
    }
    let secret = pseudonymise(
        &map,
        Pseudonyms { names: NameStyle::Initials, words: pseudonym_words(Lang::Nl), keep_safety: false },
    );
    let names: Vec<&str> = secret.persons().into_iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["L.B.", "L.B. (2)", "Persoon 3"]);
}

#[test]
fn the_preview_says_exactly_what_changes_and_the_map_itself_stays() {
    let map = bakker_with_details();
    let before = to_json(&map);
    let preview = changes(&map, NL_NUMBERS);
    let secret = pseudonymise(&map, NL_NUMBERS);
    assert_eq!(to_json(&map), before, "the open map is not touched");
    assert_eq!(preview.persons.len(), map.person_count());
    for (line, written) in preview.persons.iter().zip(secret.persons()) {
        assert_eq!(
            (line.id, line.written_name.as_str(), line.written_role.as_str()),
            (written.id, written.name.as_str(), written.role.as_str())
        );
    }
    assert_eq!(preview.persons[0].name, "Linda");
    assert_eq!(preview.title, "Netwerkkaart");
    assert_eq!((preview.person_notes_dropped, preview.tie_notes_dropped), (2, 1));
    assert_eq!((preview.according_to_replaced, preview.according_to_dropped), (1, 1));
    assert_eq!((preview.meetings_dropped, preview.snapshots_renamed, preview.perspectives_renamed), (1, 1, 2));
    let lines = kring::i18n::files::pseudonymise_summary(Lang::Nl, &preview, NameStyle::Numbers, false);
    assert!(lines.iter().any(|l| l.contains("3 notities")), "{lines:?}");
    assert!(lines.iter().any(|l| l.contains("1 netwerkberaad")), "{lines:?}");
}

#[test]
fn numbers_are_the_default() {
    assert_eq!(NameStyle::default(), NameStyle::Numbers);
}

#[test]
fn names_in_roles_are_replaced_in_every_style_that_keeps_roles() {
    let mut map = bakker_with_details();
    update_person(&mut map, 1, |p| p.role = "moeder van Noah en Mila".to_owned());
    update_person(&mut map, 5, |p| p.role = "oma (moeder van Linda)".to_owned());
    for style in NameStyle::ALL {
        let secret =
            pseudonymise(&map, Pseudonyms { names: style, words: pseudonym_words(Lang::Nl), keep_safety: false });
        let noah = secret.person(PersonId(2)).map(|p| p.name.clone()).unwrap_or_default();
        let linda = secret.person(PersonId(1)).map(|p| p.name.clone()).unwrap_or_default();
        for person in secret.persons() {
            for name in ["Noah", "Mila", "Linda"] {
                assert!(!person.role.contains(name), "{style:?}: {name} in role ‘{}’", person.role);
            }
        }
        if style.keeps_roles() {
            let role = |id| secret.person(PersonId(id)).map(|p| p.role.clone()).unwrap_or_default();
            assert!(role(1).starts_with("moeder van ") && role(1).contains(&noah), "{style:?}: {}", role(1));
            assert_eq!(role(5), format!("oma (moeder van {linda})"), "{style:?}");
        }
    }
}

#[test]
fn ages_become_bands_avatars_go_and_snapshot_dates_keep_only_their_order() {
    let mut map = bakker_with_details();
    update_person(&mut map, 2, |p| {
        p.age = Some(kring::model::Age::Years(13));
        p.avatar = "🦊".to_owned();
    });
    update_person(&mut map, 3, |p| p.age = Some(kring::model::Age::BirthYear(2019)));
    let later = Snapshot::new(2, "Na het beraad", "2026-05-01", &map).expect("snapshot");
    let earlier = Snapshot::new(3, "Bij de aanmelding", "2025-12-24", &map).expect("snapshot");
    map.apply(Edit::SetSnapshot { id: 2, snapshot: Some(later) }).expect("snapshot");
    map.apply(Edit::SetSnapshot { id: 3, snapshot: Some(earlier) }).expect("snapshot");
    for style in NameStyle::ALL {
        let secret =
            pseudonymise(&map, Pseudonyms { names: style, words: pseudonym_words(Lang::En), keep_safety: false });
        let noah = secret.person(PersonId(2)).cloned().expect("noah");
        assert_eq!(noah.age, Some(kring::model::Age::Band { from: 12, to: 15 }), "{style:?}");
        assert!(noah.avatar.is_empty());
        assert_eq!(secret.person(PersonId(3)).and_then(|p| p.age), None, "a birth year goes");
        let dates: Vec<(u32, &str)> = secret.snapshots().iter().map(|s| (s.id, s.date.as_str())).collect();
        // 2025-12-24 < 2026-03-12 < 2026-05-01: ids 3, 1, 2.
        assert_eq!(dates, [(1, "2000-01-02"), (2, "2000-01-03"), (3, "2000-01-01")], "{style:?}");
        let json = to_json(&secret);
        for exact in ["2026-03-12", "2026-05-01", "2025-12-24", "Na het beraad", "aanmelding"] {
            assert!(!json.contains(exact), "{style:?}: {exact}");
        }
        // A pseudonymised file with bands opens again in every format.
        assert_eq!(kring::model::from_json(&json).as_ref(), Ok(&secret));
        let graphml = graphml::import(&graphml::export(&secret, Lang::En)).expect("graphml");
        assert_eq!(graphml.map.person(PersonId(2)).and_then(|p| p.age), noah.age);
        let table = csv::import(&csv::export_persons(&secret), None, &Lang::ALL).expect("csv");
        assert_eq!(table.map.person(PersonId(2)).and_then(|p| p.age), noah.age);
    }
}

#[test]
fn safety_marks_and_scores_are_left_out_unless_asked() {
    let mut map = bakker();
    // Oma Ria (5) is a safe adult for Mila (3); Dennis (4) may see her only supervised.
    update_person(&mut map, 5, |p| {
        p.child_safety.insert(PersonId(3), kring::model::ChildSafety::SafeAdult);
    });
    update_person(&mut map, 4, |p| {
        p.child_safety.insert(PersonId(3), kring::model::ChildSafety::SupervisedOnly);
    });
    let view = Perspective {
        id: PerspectiveId(1),
        name: "Mila".into(),
        holder: Some(PersonId(3)),
        ties: Vec::new(),
        closeness: Default::default(),
        safety: Some(3),
    };
    map.apply(Edit::SetPerspective { id: view.id, perspective: Some(view) }).unwrap();

    let preview = changes(&map, NL_NUMBERS);
    assert_eq!((preview.safety_marks, preview.safety_scores), (2, 1));
    let lines = kring::i18n::files::pseudonymise_summary(Lang::En, &preview, NameStyle::Numbers, false);
    assert!(lines.iter().any(|l| l.contains("children's safety is left out (3 marks)")), "{lines:?}");

    let left_out = pseudonymise(&map, NL_NUMBERS);
    assert!(left_out.persons().iter().all(|p| p.child_safety.is_empty()));
    assert_eq!(left_out.perspectives()[0].safety, None);
    let json = to_json(&left_out);
    assert!(!json.contains("safe_adult") && !json.contains("supervised"), "{json}");

    let kept = pseudonymise(&map, Pseudonyms { keep_safety: true, ..NL_NUMBERS });
    assert_eq!(kept.person(PersonId(5)).unwrap().child_safety.len(), 1);
    assert_eq!(kept.person(PersonId(4)).unwrap().child_safety.len(), 1);
    assert_eq!(kept.perspectives()[0].safety, Some(3));
    let lines = kring::i18n::files::pseudonymise_summary(Lang::Nl, &preview, NameStyle::Numbers, true);
    assert!(lines.iter().any(|l| l.contains("gaat mee (3 markeringen)")), "{lines:?}");
}
