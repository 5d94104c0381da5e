//! The timeline's core: snapshots, the diff between two maps (hand-made cases for every kind of
//! change, and a property test that the diff's edits turn the one map into the other),
//! merging (matching by id and by name, doubtful matches, conflicts, apply and undo), and
//! disagreements between perspectives.

use kring::i18n::timeline as say;
use kring::i18n::Lang;
use kring::model::*;
use kring::timeline::*;
use proptest::prelude::*;
use std::collections::BTreeMap;

// ---------------------------------------------------------------------------------------
// Building maps
// ---------------------------------------------------------------------------------------

fn ring(n: u8) -> Ring {
    Ring::new(n).expect("rings are 1..4")
}

struct Builder {
    map: FamilyMap,
}

impl Builder {
    fn new(title: &str) -> Builder {
        Builder { map: FamilyMap::new(title) }
    }

    fn person(&mut self, name: &str, sector: Sector, r: u8, change: impl FnOnce(&mut Person)) -> PersonId {
        let mut person = Person::new(self.map.next_person_id(), name, sector, ring(r));
        change(&mut person);
        let id = person.id;
        self.map.apply(Edit::AddPerson { person }).expect("valid person");
        id
    }

    fn at(&mut self, name: &str, sector: Sector, r: u8) -> PersonId {
        self.person(name, sector, r, |_| {})
    }

    fn tie(&mut self, from: PersonId, to: PersonId, kind: TieKind, change: impl FnOnce(&mut Tie)) -> TieId {
        let mut tie = Tie::new(self.map.next_tie_id(), from, to, kind);
        change(&mut tie);
        let id = tie.id;
        self.map.apply(Edit::AddTie { tie }).expect("valid tie");
        id
    }
}

/// The Bakker family, with ids fixed by the order of adding.
struct Bakker {
    map: FamilyMap,
    linda: PersonId,
    noah: PersonId,
    mila: PersonId,
    dennis: PersonId,
    ria: PersonId,
    henk: PersonId,
    samira: PersonId,
    bas: PersonId,
    karin: PersonId,
    dennis_noah: TieId,
    dennis_linda: TieId,
    ria_mila: TieId,
    bas_noah: TieId,
}

fn bakker() -> Bakker {
    let mut b = Builder::new("Familie Bakker");
    let linda = b.person("Linda", Sector::Household, 1, |p| p.gender = Gender::Female);
    let noah = b.person("Noah", Sector::Household, 1, |p| {
        p.child = true;
        p.gender = Gender::Male;
        p.age = Some(Age::Years(13));
    });
    let mila = b.person("Mila", Sector::Household, 1, |p| p.child = true);
    let dennis = b.person("Dennis", Sector::Family, 2, |p| p.gender = Gender::Male);
    let ria = b.person("Oma Ria", Sector::Family, 2, |p| p.role = "oma".into());
    let henk = b.at("Opa Henk", Sector::Family, 3);
    let samira = b.at("Samira", Sector::Community, 2);
    let bas = b.at("Coach Bas", Sector::Community, 3);
    let karin = b.at("Karin", Sector::Professionals, 2);
    let dennis_noah = b.tie(dennis, noah, TieKind::Risk, |t| {
        t.risk.insert(RiskType::PsychologicalAbuse);
    });
    let dennis_linda = b.tie(dennis, linda, TieKind::Risk, |_| {});
    let ria_mila = b.tie(ria, mila, TieKind::Support, |t| {
        t.support.insert(SupportType::Childcare);
    });
    let bas_noah = b.tie(bas, noah, TieKind::Support, |_| {});
    b.tie(samira, mila, TieKind::Support, |_| {});
    Bakker {
        map: b.map,
        linda,
        noah,
        mila,
        dennis,
        ria,
        henk,
        samira,
        bas,
        karin,
        dennis_noah,
        dennis_linda,
        ria_mila,
        bas_noah,
    }
}

fn edited(map: &FamilyMap, edits: Vec<Edit>) -> FamilyMap {
    let mut changed = map.clone();
    changed.apply(Edit::Batch { edits }).expect("test edits apply");
    changed
}

fn person_of(map: &FamilyMap, id: PersonId) -> Person {
    map.person(id).cloned().expect("person on the map")
}

fn tie_of(map: &FamilyMap, id: TieId) -> Tie {
    map.tie(id).cloned().expect("tie on the map")
}

fn update_person(map: &FamilyMap, id: PersonId, change: impl FnOnce(&mut Person)) -> Edit {
    let mut person = person_of(map, id);
    change(&mut person);
    Edit::UpdatePerson { person }
}

fn update_tie(map: &FamilyMap, id: TieId, change: impl FnOnce(&mut Tie)) -> Edit {
    let mut tie = tie_of(map, id);
    change(&mut tie);
    Edit::UpdateTie { tie }
}

/// The diff's changes, and a check that its edits give exactly `after`.
fn changes(before: &FamilyMap, after: &FamilyMap) -> Vec<Change> {
    let d = diff(before, after);
    assert_eq!(&applied(before, &d), after, "the diff's edits do not give the later map");
    d.changes().to_vec()
}

fn applied(before: &FamilyMap, d: &MapDiff) -> FamilyMap {
    let mut map = before.clone();
    map.apply(Edit::Batch { edits: d.as_edits() }).expect("the diff's edits apply");
    map
}

// ---------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------

#[test]
fn a_snapshot_round_trips_through_json_with_the_map_as_a_nested_document() {
    let b = bakker();
    let snapshot = Snapshot::new(1, "voor het netwerkberaad van 12 maart", "2025-03-12", &b.map).expect("valid date");
    let json = serde_json::to_value(&snapshot).expect("serializes");
    assert_eq!(json["map"]["format"], "kring", "the map is a nested Kring document, not a string");
    assert_eq!(json["date"], "2025-03-12");
    let back: Snapshot = serde_json::from_value(json).expect("reads back");
    assert_eq!(back, snapshot);
    assert_eq!(back.map, b.map);
}

#[test]
fn a_snapshot_needs_a_real_date_and_a_valid_map() {
    let map = bakker().map;
    assert!(Snapshot::new(1, "x", "2024-02-29", &map).is_ok());
    for bad in ["2023-02-29", "2025-13-01", "2025-04-31", "12-03-2025", "2025-3-12", "2025-03-1x", ""] {
        assert_eq!(Snapshot::new(1, "x", bad, &map), Err(SnapshotError::BadDate(bad.to_owned())), "{bad}");
    }
    let good = serde_json::to_value(Snapshot::new(1, "x", "2025-03-12", &map).expect("valid")).expect("serializes");

    let mut bad_date = good.clone();
    bad_date["date"] = "2025-02-30".into();
    assert!(serde_json::from_value::<Snapshot>(bad_date).is_err());

    // A map inside a snapshot is checked like a file: a person twice is refused.
    let mut twice = good.clone();
    let first = twice["map"]["persons"][0].clone();
    twice["map"]["persons"].as_array_mut().expect("persons").push(first);
    assert!(serde_json::from_value::<Snapshot>(twice).is_err());

    let mut unknown = good;
    unknown["colour"] = "red".into();
    assert!(serde_json::from_value::<Snapshot>(unknown).is_err());
}

#[test]
fn snapshot_meeting_and_perspective_ids_are_never_reused_not_even_after_a_delete_and_a_reload() {
    let map = bakker().map;
    assert_eq!(map.next_snapshot_id(), 1);
    let a = Snapshot::new(4, "a", "2025-01-01", &map).expect("valid");
    let b = Snapshot::new(2, "b", "2025-02-01", &map).expect("valid");
    let meeting = Meeting::new(MeetingId(3), "2025-03-01");
    let view = Perspective::new(PerspectiveId(6), "Noah", None);
    let mut map = edited(
        &map,
        vec![
            Edit::SetSnapshot { id: 4, snapshot: Some(a) },
            Edit::SetSnapshot { id: 2, snapshot: Some(b) },
            Edit::SetMeeting { id: MeetingId(3), meeting: Some(meeting) },
            Edit::SetPerspective { id: PerspectiveId(6), perspective: Some(view) },
        ],
    );
    assert_eq!(
        (map.next_snapshot_id(), map.next_meeting_id(), map.next_perspective_id()),
        (5, MeetingId(4), PerspectiveId(7))
    );
    map = edited(
        &map,
        vec![
            Edit::SetSnapshot { id: 4, snapshot: None },
            Edit::SetMeeting { id: MeetingId(3), meeting: None },
            Edit::SetPerspective { id: PerspectiveId(6), perspective: None },
        ],
    );
    let reloaded = from_json(&to_json(&map)).expect("reloads");
    for map in [&map, &reloaded] {
        assert_eq!(
            (map.next_snapshot_id(), map.next_meeting_id(), map.next_perspective_id()),
            (5, MeetingId(4), PerspectiveId(7))
        );
    }
}

// ---------------------------------------------------------------------------------------
// Diff: every kind of change on hand-made maps
// ---------------------------------------------------------------------------------------

#[test]
fn the_same_map_has_no_changes() {
    let b = bakker();
    let d = diff(&b.map, &b.map.clone());
    assert!(d.is_empty());
    assert!(d.changes().is_empty());
    assert!(d.as_edits().is_empty());
}

#[test]
fn title_change() {
    let b = bakker();
    let after = edited(&b.map, vec![Edit::RenameMap { title: "Bakker, maart".into() }]);
    assert_eq!(
        changes(&b.map, &after),
        vec![Change::TitleChanged { before: "Familie Bakker".into(), after: "Bakker, maart".into() }]
    );
}

#[test]
fn persons_joining_and_leaving() {
    let b = bakker();
    let newcomer = Person::new(b.map.next_person_id(), "Buurman Piet", Sector::Community, ring(4));
    let piet = newcomer.id;
    let after = edited(&b.map, vec![Edit::RemovePerson { id: b.henk }, Edit::AddPerson { person: newcomer }]);
    assert_eq!(
        changes(&b.map, &after),
        vec![Change::PersonLeft { person: b.henk }, Change::PersonJoined { person: piet }]
    );

    // A person who leaves takes their ties along: one change, not three. A newcomer's
    // ties are news of their own.
    let after = edited(&b.map, vec![Edit::RemovePerson { id: b.dennis }]);
    assert_eq!(changes(&b.map, &after), vec![Change::PersonLeft { person: b.dennis }]);
}

#[test]
fn moving_closer_further_and_to_another_sector() {
    let b = bakker();
    let after = edited(
        &b.map,
        vec![
            Edit::MovePerson { id: b.ria, sector: Sector::Family, ring: ring(1), angle: 0.2 },
            Edit::MovePerson { id: b.samira, sector: Sector::Friends, ring: ring(4), angle: 0.5 },
        ],
    );
    assert_eq!(
        changes(&b.map, &after),
        vec![
            Change::MovedCloser { person: b.ria, before: ring(2), after: ring(1) },
            Change::SectorChanged { person: b.samira, before: Sector::Community, after: Sector::Friends },
            Change::MovedFurther { person: b.samira, before: ring(2), after: ring(4) },
        ]
    );
}

#[test]
fn joining_and_leaving_the_household() {
    let b = bakker();
    let after = edited(
        &b.map,
        vec![
            Edit::MovePerson { id: b.ria, sector: Sector::Household, ring: ring(1), angle: 0.5 },
            Edit::MovePerson { id: b.linda, sector: Sector::Family, ring: ring(1), angle: 0.5 },
        ],
    );
    // No ring or sector change is listed on top: living somewhere else says it all.
    assert_eq!(
        changes(&b.map, &after),
        vec![Change::LeftHousehold { person: b.linda }, Change::JoinedHousehold { person: b.ria }]
    );
}

#[test]
fn a_new_place_inside_the_wedge_is_kept_but_not_listed() {
    let b = bakker();
    let after = edited(&b.map, vec![Edit::MovePerson { id: b.ria, sector: Sector::Family, ring: ring(2), angle: 0.9 }]);
    let d = diff(&b.map, &after);
    assert!(d.changes().is_empty());
    assert!(!d.is_empty());
    assert_eq!(applied(&b.map, &d), after);
}

#[test]
fn renames_and_every_person_detail() {
    let b = bakker();
    let after = edited(
        &b.map,
        vec![
            update_person(&b.map, b.ria, |p| {
                p.name = "Oma Ria de Vries".into();
                p.role = "grootmoeder".into();
                p.note = "komt op woensdag".into();
                p.avatar = "👵".into();
                p.gender = Gender::Female;
                p.age = Some(Age::BirthYear(1956));
            }),
            update_person(&b.map, b.henk, |p| {
                p.deceased = true;
                p.kind = PersonKind::Organisation;
            }),
            update_person(&b.map, b.noah, |p| p.child = false),
            update_person(&b.map, b.dennis, |p| {
                p.child_safety.insert(b.noah, ChildSafety::SupervisedOnly);
            }),
        ],
    );
    let ria = b.ria;
    assert_eq!(
        changes(&b.map, &after),
        vec![
            Change::PersonChanged { person: b.noah, detail: PersonDetail::Child { now: false } },
            Change::PersonChanged {
                person: b.dennis,
                detail: PersonDetail::ChildSafety {
                    child: b.noah,
                    before: None,
                    after: Some(ChildSafety::SupervisedOnly)
                }
            },
            Change::Renamed { person: ria, before: "Oma Ria".into(), after: "Oma Ria de Vries".into() },
            Change::PersonChanged {
                person: ria,
                detail: PersonDetail::Age { before: None, after: Some(Age::BirthYear(1956)) }
            },
            Change::PersonChanged {
                person: ria,
                detail: PersonDetail::Role { before: "oma".into(), after: "grootmoeder".into() }
            },
            Change::PersonChanged { person: ria, detail: PersonDetail::Note },
            Change::PersonChanged {
                person: ria,
                detail: PersonDetail::Avatar { before: String::new(), after: "👵".into() }
            },
            Change::PersonChanged {
                person: ria,
                detail: PersonDetail::Gender { before: Gender::Unknown, after: Gender::Female }
            },
            Change::PersonChanged {
                person: b.henk,
                detail: PersonDetail::Kind { before: PersonKind::Person, after: PersonKind::Organisation }
            },
            Change::PersonChanged { person: b.henk, detail: PersonDetail::Deceased { now: true } },
        ]
    );
}

#[test]
fn arrangements_for_children_new_changed_and_ended() {
    let b = bakker();
    let before = edited(
        &b.map,
        vec![update_person(&b.map, b.dennis, |p| {
            p.child_safety.insert(b.noah, ChildSafety::SupervisedOnly);
            p.child_safety.insert(b.mila, ChildSafety::SupervisedOnly);
        })],
    );
    let after = edited(
        &before,
        vec![
            update_person(&before, b.dennis, |p| {
                p.child_safety.insert(b.noah, ChildSafety::NoContact);
                p.child_safety.remove(&b.mila);
            }),
            update_person(&before, b.ria, |p| {
                p.child_safety.insert(b.mila, ChildSafety::SafeAdult);
            }),
        ],
    );
    let found = changes(&before, &after);
    let safety = |person, child, before, after| Change::PersonChanged {
        person,
        detail: PersonDetail::ChildSafety { child, before, after },
    };
    use ChildSafety::*;
    assert_eq!(
        found,
        vec![
            safety(b.dennis, b.noah, Some(SupervisedOnly), Some(NoContact)),
            safety(b.dennis, b.mila, Some(SupervisedOnly), None),
            safety(b.ria, b.mila, None, Some(SafeAdult)),
        ]
    );
    let nl: Vec<String> = found.iter().map(|c| say::change(Lang::Nl, c, &before, &after)).collect();
    assert_eq!(
        nl,
        [
            "Andere afspraak: Dennis mag geen contact hebben met Noah (was: alleen contact onder toezicht).",
            "Geen afspraak meer: Dennis mag Mila alleen onder toezicht zien.",
            "Nieuwe afspraak: Oma Ria is een veilige volwassene voor Mila.",
        ]
    );
    let en: Vec<String> = found.iter().map(|c| say::change(Lang::En, c, &before, &after)).collect();
    assert_eq!(
        en,
        [
            "Changed arrangement: Dennis may have no contact with Noah (was: contact only under supervision).",
            "No longer arranged: Dennis may see Mila only under supervision.",
            "New arrangement: Oma Ria is a safe adult for Mila.",
        ]
    );
    // The children are marked on the drawing too.
    assert_eq!(diff(&before, &after).persons_touched(), vec![b.noah, b.mila, b.dennis, b.ria]);
}

#[test]
fn ties_added_and_removed() {
    let b = bakker();
    let new_tie = Tie::new(b.map.next_tie_id(), b.ria, b.noah, TieKind::Support);
    let after = edited(&b.map, vec![Edit::RemoveTie { id: b.bas_noah }, Edit::AddTie { tie: new_tie.clone() }]);
    assert_eq!(
        changes(&b.map, &after),
        vec![Change::TieRemoved { tie: tie_of(&b.map, b.bas_noah) }, Change::TieAdded { tie: new_tie }]
    );
}

#[test]
fn risk_to_support_and_back_are_named_specially() {
    let b = bakker();
    let after = edited(
        &b.map,
        vec![
            update_tie(&b.map, b.dennis_noah, |t| t.kind = TieKind::Support),
            update_tie(&b.map, b.ria_mila, |t| t.kind = TieKind::Risk),
            update_tie(&b.map, b.bas_noah, |t| t.kind = TieKind::Contact),
        ],
    );
    assert_eq!(
        changes(&b.map, &after),
        vec![
            Change::RiskBecameSupport { tie: b.dennis_noah, from: b.dennis, to: b.noah },
            Change::SupportBecameRisk { tie: b.ria_mila, from: b.ria, to: b.mila },
            Change::TieKindChanged {
                tie: b.bas_noah,
                from: b.bas,
                to: b.noah,
                before: TieKind::Support,
                after: TieKind::Contact
            },
        ]
    );
}

#[test]
fn tie_direction_types_strength_and_other_details() {
    let b = bakker();
    let after = edited(
        &b.map,
        vec![
            update_tie(&b.map, b.dennis_linda, |t| t.mutual = true),
            update_tie(&b.map, b.bas_noah, |t| std::mem::swap(&mut t.from, &mut t.to)),
            update_tie(&b.map, b.ria_mila, |t| {
                t.support.insert(SupportType::Practical);
                t.strength = Strength::Strong;
                t.frequency = Some(Frequency::Weekly);
                t.according_to = "Linda".into();
                t.note = "elke woensdag".into();
            }),
            update_tie(&b.map, b.dennis_noah, |t| {
                t.risk.insert(RiskType::PhysicalViolence);
            }),
        ],
    );
    let ends = |from, to, mutual| TieEnds { from, to, mutual };
    let (t1, t2, t3, t4) = (b.dennis_noah, b.dennis_linda, b.ria_mila, b.bas_noah);
    let tie_change = |tie, from, to, detail| Change::TieChanged { tie, from, to, detail };
    assert_eq!(
        changes(&b.map, &after),
        vec![
            tie_change(
                t1,
                b.dennis,
                b.noah,
                TieDetail::RiskTypes {
                    before: [RiskType::PsychologicalAbuse].into(),
                    after: [RiskType::PhysicalViolence, RiskType::PsychologicalAbuse].into(),
                }
            ),
            tie_change(
                t2,
                b.dennis,
                b.linda,
                TieDetail::Direction { before: ends(b.dennis, b.linda, false), after: ends(b.dennis, b.linda, true) }
            ),
            tie_change(
                t3,
                b.ria,
                b.mila,
                TieDetail::SupportTypes {
                    before: [SupportType::Childcare].into(),
                    after: [SupportType::Practical, SupportType::Childcare].into(),
                }
            ),
            tie_change(t3, b.ria, b.mila, TieDetail::Strength { before: Strength::Normal, after: Strength::Strong }),
            tie_change(t3, b.ria, b.mila, TieDetail::Frequency { before: None, after: Some(Frequency::Weekly) }),
            tie_change(t3, b.ria, b.mila, TieDetail::AccordingTo { before: String::new(), after: "Linda".into() }),
            tie_change(t3, b.ria, b.mila, TieDetail::Note),
            tie_change(
                t4,
                b.noah,
                b.bas,
                TieDetail::Direction { before: ends(b.bas, b.noah, false), after: ends(b.noah, b.bas, false) }
            ),
        ]
    );
}

#[test]
fn a_tie_between_other_persons_is_listed_as_removed_and_added() {
    let b = bakker();
    let after = edited(&b.map, vec![update_tie(&b.map, b.bas_noah, |t| t.to = b.mila)]);
    let d = changes(&b.map, &after);
    assert_eq!(
        d,
        vec![
            Change::TieRemoved { tie: tie_of(&b.map, b.bas_noah) },
            Change::TieAdded { tie: tie_of(&after, b.bas_noah) }
        ]
    );
}

#[test]
fn a_tie_moved_off_a_person_who_leaves_is_kept() {
    // The tie's old end leaves the map in the same step: the edits must take the tie out
    // before the person goes, and put it back between the new ends.
    let b = bakker();
    let after =
        edited(&b.map, vec![update_tie(&b.map, b.bas_noah, |t| t.from = b.samira), Edit::RemovePerson { id: b.bas }]);
    changes(&b.map, &after);
}

#[test]
fn touched_persons_and_ties_for_marking_the_drawing() {
    let b = bakker();
    let after = edited(
        &b.map,
        vec![
            Edit::MovePerson { id: b.ria, sector: Sector::Family, ring: ring(1), angle: 0.5 },
            update_tie(&b.map, b.dennis_noah, |t| t.kind = TieKind::Support),
        ],
    );
    let d = diff(&b.map, &after);
    assert_eq!(d.persons_touched(), vec![b.noah, b.dennis, b.ria]);
    assert_eq!(d.ties_touched(), vec![b.dennis_noah]);
}

#[test]
fn three_edits_after_a_snapshot_give_exactly_three_changes() {
    let b = bakker();
    let snapshot = Snapshot::new(1, "voor", "2025-03-12", &b.map).expect("valid");
    let mut editor = Editor::new(b.map.clone());
    editor.apply(Edit::MovePerson { id: b.ria, sector: Sector::Family, ring: ring(1), angle: 0.4 }).expect("move");
    editor.apply(update_tie(&b.map, b.dennis_noah, |t| t.kind = TieKind::Support)).expect("kind");
    editor.apply(Edit::RemovePerson { id: b.karin }).expect("remove");
    let d = diff(&snapshot.map, editor.map());
    assert_eq!(d.changes().len(), 3, "{:?}", d.changes());
}

// ---------------------------------------------------------------------------------------
// Protective adults then and now
// ---------------------------------------------------------------------------------------

#[test]
fn protective_adults_per_child_then_and_now() {
    let b = bakker();
    // Then: Noah has Coach Bas (Dennis harms him); Mila has Oma Ria and Samira.
    // Now: Dennis supports Noah instead, but he still harms Linda, so he does not count
    //; Samira is gone; Linda's new partner's child joins.
    let mut stepchild = Person::new(b.map.next_person_id(), "Jayden", Sector::Household, ring(1));
    stepchild.child = true;
    let jayden = stepchild.id;
    let after = edited(
        &b.map,
        vec![
            update_tie(&b.map, b.dennis_noah, |t| t.kind = TieKind::Support),
            Edit::RemovePerson { id: b.samira },
            Edit::AddPerson { person: stepchild },
        ],
    );
    let found = protective_adults_then_and_now(&b.map, &after);
    assert_eq!(
        found,
        vec![
            ProtectiveAdultsThenAndNow { child: b.noah, then: Some(vec![b.bas]), now: Some(vec![b.bas]) },
            ProtectiveAdultsThenAndNow { child: b.mila, then: Some(vec![b.ria, b.samira]), now: Some(vec![b.ria]) },
            ProtectiveAdultsThenAndNow { child: jayden, then: None, now: Some(vec![]) },
        ]
    );
    assert_eq!(found[0].count_then(), Some(1));
    assert_eq!(found[0].count_now(), Some(1));
    assert_eq!(
        say::protective_adults(Lang::Nl, &found[1], &b.map, &after),
        "Mila: veilige volwassenen buiten het gezin: toen 2, nu 1."
    );
    assert_eq!(
        say::protective_adults(Lang::En, &found[2], &b.map, &after),
        "Jayden: not a child in the household then; now 0 safe adults outside the household."
    );
}

// ---------------------------------------------------------------------------------------
// Sentences for changes
// ---------------------------------------------------------------------------------------

#[test]
fn change_sentences_in_plain_dutch_and_english() {
    let b = bakker();
    let after = edited(
        &b.map,
        vec![
            Edit::MovePerson { id: b.ria, sector: Sector::Family, ring: ring(1), angle: 0.4 },
            update_tie(&b.map, b.dennis_noah, |t| t.kind = TieKind::Support),
            Edit::RemovePerson { id: b.karin },
        ],
    );
    let d = diff(&b.map, &after);
    let nl: Vec<String> = d.changes().iter().map(|c| say::change(Lang::Nl, c, &b.map, &after)).collect();
    let en: Vec<String> = d.changes().iter().map(|c| say::change(Lang::En, c, &b.map, &after)).collect();
    assert_eq!(
        nl,
        [
            "Oma Ria staat nu dichterbij (ring 2 → 1).",
            "Karin staat niet meer op de kaart.",
            "Dennis: van zorg naar steun voor Noah."
        ]
    );
    assert_eq!(
        en,
        [
            "Oma Ria moved closer (ring 2 → 1).",
            "Karin is no longer on the map.",
            "Dennis: from risk to support for Noah."
        ]
    );
}

#[test]
fn every_change_has_a_sentence_in_each_language() {
    let b = bakker();
    let mut piet = Person::new(b.map.next_person_id(), "Buurman Piet", Sector::Community, ring(4));
    piet.avatar = "🧔".into();
    let after = edited(
        &b.map,
        vec![
            Edit::RenameMap { title: "Bakker 2".into() },
            Edit::AddPerson { person: piet },
            Edit::RemovePerson { id: b.karin },
            update_person(&b.map, b.ria, |p| {
                p.name = "Ria".into();
                p.sector = Sector::Friends;
                p.ring = ring(1);
                p.kind = PersonKind::Pet;
                p.child = true;
                p.age = Some(Age::Years(1));
                p.role = String::new();
                p.note = "n".into();
                p.avatar = "🐶".into();
                p.gender = Gender::Other;
                p.deceased = true;
            }),
            Edit::MovePerson { id: b.samira, sector: Sector::Community, ring: ring(4), angle: 0.5 },
            Edit::MovePerson { id: b.henk, sector: Sector::Household, ring: ring(1), angle: 0.5 },
            Edit::MovePerson { id: b.linda, sector: Sector::Family, ring: ring(1), angle: 0.5 },
            update_tie(&b.map, b.dennis_noah, |t| {
                t.kind = TieKind::Support;
                t.risk.clear();
            }),
            update_tie(&b.map, b.ria_mila, |t| {
                t.kind = TieKind::Risk;
                t.mutual = true;
                t.support.clear();
                t.strength = Strength::Weak;
                t.frequency = Some(Frequency::Daily);
                t.according_to = "Mila".into();
                t.note = "x".into();
            }),
            update_tie(&b.map, b.bas_noah, |t| {
                t.kind = TieKind::Contact;
                std::mem::swap(&mut t.from, &mut t.to);
            }),
            update_tie(&b.map, b.dennis_linda, |t| {
                t.risk.insert(RiskType::CoerciveControl);
                t.to = b.mila;
            }),
        ],
    );
    let d = diff(&b.map, &after);
    assert_eq!(applied(&b.map, &d), after);
    assert!(d.changes().len() >= 25, "expected every kind of change, got {:?}", d.changes());
    for change in d.changes() {
        let nl = say::change(Lang::Nl, change, &b.map, &after);
        let en = say::change(Lang::En, change, &b.map, &after);
        assert!(nl.ends_with('.') && en.ends_with('.'), "{nl} / {en}");
        assert_ne!(nl, en, "{change:?}");
        assert!(!nl.contains("iemand") && !en.contains("someone"), "a name was not found: {nl}");
    }
    let nl: Vec<String> = d.changes().iter().map(|c| say::change(Lang::Nl, c, &b.map, &after)).collect();
    for expected in [
        "De kaart heet nu ‘Bakker 2’ (was ‘Familie Bakker’).",
        "Linda woont niet meer in het gezin.",
        "Opa Henk woont nu in het gezin.",
        "Oma Ria heet nu Ria.",
        "Ria staat nu bij ‘Vrienden’ (was ‘Familie’).",
        "Ria is overleden.",
        "Samira staat nu verder weg (ring 2 → 4).",
        "Nieuw op de kaart: Buurman Piet (Buren & buurt).",
        "Ria: van steun naar zorg voor Mila.",
        "De verbinding tussen Ria en Mila gaat nu twee kanten op.",
        "Soort steun tussen Ria en Mila: nu niet gezegd (was oppassen op de kinderen).",
        "De verbinding tussen Ria en Mila is nu zwak of kwetsbaar (was gewoon).",
        "Hoe vaak tussen Ria en Mila: nu elke dag (was niet gezegd).",
        "Tussen Noah en Coach Bas: nu contact (was steun).",
        "Niet meer: er zijn zorgen over wat Dennis doet tegen Linda.",
        "Nieuw: er zijn zorgen over wat Dennis doet tegen Mila.",
    ] {
        assert!(nl.iter().any(|s| s == expected), "missing ‘{expected}’ in {nl:#?}");
    }
}

// ---------------------------------------------------------------------------------------
// Diff, property-tested: diff(a, b) applied to a gives b
// ---------------------------------------------------------------------------------------

const NAMES: [&str; 16] = [
    "Linda",
    "linda",
    "Línda",
    "Noah",
    "Noa",
    "Oma Ria",
    "Oma Rita",
    "Ria de Vries",
    "Dennis",
    "Denis",
    "Bo",
    "Jo",
    "Karin",
    "Omar",
    "Samira",
    "Opa Henk",
];

type Op = (u8, u32, u32, u32);

fn sector_of(n: u32) -> Sector {
    Sector::ALL[n as usize % Sector::ALL.len()]
}

fn ring_of(n: u32) -> Ring {
    ring((n % 4) as u8 + 1)
}

fn pick<T: Clone>(items: &[T], n: u32) -> Option<T> {
    (!items.is_empty()).then(|| items[n as usize % items.len()].clone())
}

/// A random edit, valid or not (invalid ones are skipped by `build`).
fn random_edit(map: &FamilyMap, (op, x, y, z): Op) -> Option<Edit> {
    let persons: Vec<PersonId> = map.persons().iter().map(|p| p.id).collect();
    let ties: Vec<TieId> = map.ties().iter().map(|t| t.id).collect();
    Some(match op % 16 {
        0..=4 => {
            let mut p = Person::new(map.next_person_id(), NAMES[x as usize % NAMES.len()], sector_of(y), ring_of(z));
            p.angle = f64::from(z % 101) / 100.0;
            p.child = z & 4 != 0;
            p.deceased = z & 8 != 0;
            p.role = ["", "oma", "buurvrouw"][(y % 3) as usize].into();
            p
        }
        .pipe(|person| Edit::AddPerson { person }),
        5 => Edit::RemovePerson { id: pick(&persons, x)? },
        6 | 7 => {
            let mut p = person_of(map, pick(&persons, x)?);
            match y % 10 {
                0 => p.name = NAMES[z as usize % NAMES.len()].into(),
                1 => p.kind = [PersonKind::Person, PersonKind::Pet, PersonKind::Organisation][(z % 3) as usize],
                2 => p.household = !p.household,
                3 => p.child = !p.child,
                4 => p.age = [None, Some(Age::Years((z % 90) as u8)), Some(Age::BirthYear(1950))][(z % 3) as usize],
                5 => p.note = format!("note {z}"),
                6 => p.gender = [Gender::Unknown, Gender::Female, Gender::Male, Gender::Other][(z % 4) as usize],
                7 => p.deceased = !p.deceased,
                8 => {
                    let child = pick(&persons, z)?;
                    if p.child_safety.remove(&child).is_none() {
                        p.child_safety.insert(child, ChildSafety::ALL[(z / 3) as usize % ChildSafety::ALL.len()]);
                    }
                }
                _ => {
                    p.sector = sector_of(z);
                    p.ring = ring_of(z / 7);
                    p.angle = f64::from(z % 101) / 100.0;
                }
            }
            Edit::UpdatePerson { person: p }
        }
        8 => Edit::MovePerson {
            id: pick(&persons, x)?,
            sector: sector_of(y),
            ring: ring_of(z),
            angle: f64::from(z % 101) / 100.0,
        },
        9..=11 => {
            let kind = [TieKind::Support, TieKind::Risk, TieKind::Contact][(z % 3) as usize];
            let from = pick(&persons, x)?;
            // Another person than `from` (when there is one), so most ties are valid.
            let to = pick(&persons, y).filter(|to| *to != from).or_else(|| pick(&persons, y.wrapping_add(1)))?;
            let mut t = Tie::new(map.next_tie_id(), from, to, kind);
            t.mutual = z & 4 != 0;
            if z & 8 != 0 {
                t.support.insert(SupportType::ALL[(z as usize / 16) % SupportType::ALL.len()]);
            }
            Edit::AddTie { tie: t }
        }
        12 => Edit::RemoveTie { id: pick(&ties, x)? },
        13 | 14 => {
            let mut t = tie_of(map, pick(&ties, x)?);
            match y % 8 {
                0 => t.kind = [TieKind::Support, TieKind::Risk, TieKind::Contact][(z % 3) as usize],
                1 => t.mutual = !t.mutual,
                2 => std::mem::swap(&mut t.from, &mut t.to),
                3 => {
                    t.risk.insert(RiskType::ALL[z as usize % RiskType::ALL.len()]);
                }
                4 => t.strength = [Strength::Strong, Strength::Normal, Strength::Weak][(z % 3) as usize],
                5 => t.frequency = Some(Frequency::Monthly),
                6 => t.according_to = format!("p{z}"),
                _ => t.to = pick(&persons, z)?,
            }
            Edit::UpdateTie { tie: t }
        }
        _ => Edit::RenameMap { title: format!("kaart {}", x % 3) },
    })
}

trait Pipe: Sized {
    fn pipe<R>(self, f: impl FnOnce(Self) -> R) -> R {
        f(self)
    }
}
impl<T> Pipe for T {}

fn build(start: &FamilyMap, ops: &[Op]) -> FamilyMap {
    let mut map = start.clone();
    for op in ops {
        if let Some(edit) = random_edit(&map, *op) {
            let _ = map.apply(edit);
        }
    }
    map
}

fn ops(max: usize) -> impl Strategy<Value = Vec<Op>> {
    prop::collection::vec(any::<Op>(), 0..max)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// A map and the same map after random edits.
    #[test]
    fn diff_edits_turn_a_into_b_after_random_edits(base in ops(50), edits in ops(30)) {
        let a = build(&FamilyMap::new("a"), &base);
        let b = build(&a, &edits);
        let d = diff(&a, &b);
        let mut map = a.clone();
        let undo = map.apply(Edit::Batch { edits: d.as_edits() }).expect("the diff's edits apply");
        prop_assert_eq!(&map, &b);
        // And it is one undoable step back to a.
        map.apply(undo).expect("undo applies");
        prop_assert_eq!(&map, &a);
        prop_assert_eq!(d.is_empty(), a == b);
        // The other way round too.
        let back = diff(&b, &a);
        let mut map = b.clone();
        map.apply(Edit::Batch { edits: back.as_edits() }).expect("the reverse diff applies");
        prop_assert_eq!(&map, &a);
    }

    /// Two unrelated maps whose ids overlap: the same id is a different person.
    #[test]
    fn diff_edits_turn_a_into_b_for_unrelated_maps(first in ops(50), second in ops(50)) {
        let a = build(&FamilyMap::new("a"), &first);
        let b = build(&FamilyMap::new("b"), &second);
        let mut map = a.clone();
        map.apply(Edit::Batch { edits: diff(&a, &b).as_edits() }).expect("the diff's edits apply");
        prop_assert_eq!(&map, &b);
    }

    #[test]
    fn a_map_has_no_diff_with_itself(base in ops(50)) {
        let a = build(&FamilyMap::new("a"), &base);
        prop_assert!(diff(&a, &a.clone()).is_empty());
    }
}

// ---------------------------------------------------------------------------------------
// Merge
// ---------------------------------------------------------------------------------------

fn matching_of(plan: &MergePlan, theirs: PersonId) -> PersonMatching {
    plan.persons().iter().find(|m| m.theirs == theirs).map(|m| m.matching).expect("every person of theirs is listed")
}

/// Applies a merge and checks that undoing it restores ours exactly.
fn merged(plan: &MergePlan, ours: &FamilyMap, decisions: &Decisions) -> FamilyMap {
    let edit = plan.apply(ours, decisions).expect("decided merge applies");
    let mut map = ours.clone();
    let undo = map.apply(edit).expect("merge edit applies");
    let mut back = map.clone();
    back.apply(undo).expect("undo applies");
    assert_eq!(&back, ours, "undoing the merge does not restore ours");
    map
}

#[test]
fn merging_a_map_with_itself_changes_nothing() {
    let b = bakker();
    let plan = merge(&b.map, &b.map);
    assert!(plan.persons().iter().all(|m| matches!(m.matching, PersonMatching::Same { by: MatchedBy::Id, .. })));
    assert!(plan.ties().iter().all(|m| matches!(m.matching, TieMatching::Same { ours } if ours == m.theirs)));
    assert!(plan.conflicts().is_empty());
    assert_eq!(plan.apply(&b.map, &Decisions::new()), Ok(Edit::Batch { edits: vec![] }));
}

#[test]
fn persons_are_matched_by_id_and_differences_are_conflicts() {
    let b = bakker();
    // A copy of the file, edited on another device: Oma Ria's role and place, a new tie.
    let new_tie = Tie::new(b.map.next_tie_id(), b.ria, b.noah, TieKind::Support);
    let theirs = edited(
        &b.map,
        vec![
            update_person(&b.map, b.ria, |p| p.role = "grootmoeder".into()),
            Edit::MovePerson { id: b.ria, sector: Sector::Family, ring: ring(1), angle: 0.1 },
            Edit::AddTie { tie: new_tie.clone() },
        ],
    );
    let plan = merge(&b.map, &theirs);
    assert_eq!(matching_of(&plan, b.ria), PersonMatching::Same { ours: b.ria, by: MatchedBy::Id });
    let keys: Vec<ConflictKey> = plan.conflicts().iter().map(Conflict::key).collect();
    assert_eq!(
        keys,
        vec![
            ConflictKey::Person { theirs: b.ria, field: PersonField::Placement },
            ConflictKey::Person { theirs: b.ria, field: PersonField::Role },
        ]
    );

    // Nothing is taken without a decision.
    assert_eq!(
        plan.apply(&b.map, &Decisions::new()),
        Err(MergeError::Undecided { persons: vec![], conflicts: keys.clone() })
    );

    // Theirs for the role, ours for the place; the new tie comes along.
    let mut decisions = Decisions::new();
    decisions.choose(keys[0], Choice::Ours).choose(keys[1], Choice::Theirs);
    let result = merged(&plan, &b.map, &decisions);
    let ria = person_of(&result, b.ria);
    assert_eq!(ria.role, "grootmoeder");
    assert_eq!(ria.ring, ring(2));
    assert_eq!(result.tie_count(), b.map.tie_count() + 1);
    let added = result.ties().into_iter().find(|t| t.from == b.ria && t.to == b.noah).cloned().expect("tie added");
    assert_eq!(added.id, b.map.next_tie_id());

    // Theirs everywhere gives exactly theirs.
    let all_theirs = merged(&plan, &b.map, &plan.decide_all(true, Choice::Theirs));
    assert_eq!(all_theirs, theirs);
    // Ours everywhere keeps ours and only adds.
    let all_ours = merged(&plan, &b.map, &plan.decide_all(true, Choice::Ours));
    assert_eq!(person_of(&all_ours, b.ria), person_of(&b.map, b.ria));
}

#[test]
fn persons_are_matched_by_name_ignoring_case_spaces_and_accents() {
    let b = bakker();
    // Drawn apart on another device: other ids, the same people, one newcomer.
    let mut other = Builder::new("Familie Bakker");
    let piet = other.at("Buurman Piet", Sector::Community, 4);
    let ria = other.at("  oma   RÍA ", Sector::Family, 2);
    let noah = other.person("noah", Sector::Household, 1, |p| {
        p.child = true;
        p.gender = Gender::Male;
        p.age = Some(Age::Years(13));
    });
    let tie = other.tie(piet, noah, TieKind::Support, |_| {});
    let plan = merge(&b.map, &other.map);
    assert_eq!(matching_of(&plan, ria), PersonMatching::Same { ours: b.ria, by: MatchedBy::Name });
    assert_eq!(matching_of(&plan, noah), PersonMatching::Same { ours: b.noah, by: MatchedBy::Name });
    // Piet got number 1 over there, which is Linda's here: a question, not a match.
    assert_eq!(
        matching_of(&plan, piet),
        PersonMatching::Doubtful { ours: b.linda, reason: DoubtReason::SameIdOtherName }
    );
    assert_eq!(plan.ties(), [TieMatch { theirs: tie, matching: TieMatching::New }]);

    // Until Piet is said to be someone else, the plan lists what differs from Linda too.
    assert!(plan.conflicts().iter().any(|c| c.key() == ConflictKey::Person { theirs: piet, field: PersonField::Name }));
    let mut decisions = Decisions::new();
    decisions.reject(piet);
    // The spelling differs, so the names are conflicts; Oma Ria's role too.
    let keys: Vec<ConflictKey> = plan.conflicts_with(&decisions).iter().map(Conflict::key).collect();
    assert_eq!(
        keys,
        vec![
            ConflictKey::Person { theirs: ria, field: PersonField::Name },
            ConflictKey::Person { theirs: ria, field: PersonField::Role },
            ConflictKey::Person { theirs: noah, field: PersonField::Name },
        ]
    );
    for key in keys {
        decisions.choose(key, Choice::Ours);
    }
    let result = merged(&plan, &b.map, &decisions);
    // Piet is new, with a fresh id; his tie now points at our Noah.
    let new_piet = b.map.next_person_id();
    assert_eq!(person_of(&result, new_piet).name, "Buurman Piet");
    assert!(result.ties().iter().any(|t| t.from == new_piet && t.to == b.noah && t.kind == TieKind::Support));
    assert_eq!(result.person_count(), b.map.person_count() + 1);
}

#[test]
fn similar_names_and_reused_ids_are_doubtful_until_confirmed() {
    let b = bakker();
    let mut other = Builder::new("Familie Bakker");
    let linda = other.at("Linda", Sector::Household, 1); // id 1, same name: sure
    let karin = other.at("Omar", Sector::Professionals, 3); // id 2 = our Noah: another name entirely
    let rita = other.at("Oma Rita", Sector::Family, 2); // one letter from Oma Ria
    let vries = other.at("Dennis de Vries", Sector::Family, 2); // same first name as Dennis
    let jo = other.at("Jo", Sector::Friends, 2); // short names need to be equal
    let mut b_map = b.map.clone();
    b_map
        .apply(Edit::AddPerson { person: Person::new(b_map.next_person_id(), "Bo", Sector::Friends, ring(2)) })
        .expect("add Bo");
    let plan = merge(&b_map, &other.map);
    assert_eq!(matching_of(&plan, linda), PersonMatching::Same { ours: b.linda, by: MatchedBy::Id });
    assert_eq!(
        matching_of(&plan, karin),
        PersonMatching::Doubtful { ours: b.noah, reason: DoubtReason::SameIdOtherName }
    );
    assert_eq!(
        matching_of(&plan, rita),
        PersonMatching::Doubtful { ours: b.ria, reason: DoubtReason::SimilarName(NameSimilarity::Spelling(1)) }
    );
    assert_eq!(
        matching_of(&plan, vries),
        PersonMatching::Doubtful { ours: b.dennis, reason: DoubtReason::SimilarName(NameSimilarity::SameFirstName) }
    );
    assert_eq!(matching_of(&plan, jo), PersonMatching::New);
    assert_eq!(plan.doubtful().count(), 3);

    // Undecided matches stop the merge.
    match plan.apply(&b_map, &Decisions::new()) {
        Err(MergeError::Undecided { persons, .. }) => assert_eq!(persons, vec![karin, rita, vries]),
        other => panic!("expected undecided matches, got {other:?}"),
    }

    // Omar is someone else; Oma Rita is Oma Ria (and her name is a conflict); Dennis de
    // Vries is someone else.
    let mut decisions = Decisions::new();
    decisions.reject(karin).confirm(rita).reject(vries);
    let remaining: Vec<ConflictKey> = plan.conflicts_with(&decisions).iter().map(Conflict::key).collect();
    assert!(remaining.contains(&ConflictKey::Person { theirs: rita, field: PersonField::Name }));
    assert!(!remaining.iter().any(|k| matches!(k, ConflictKey::Person { theirs, .. } if *theirs == karin)));
    for key in &remaining {
        decisions.choose(*key, Choice::Ours);
    }
    let result = merged(&plan, &b_map, &decisions);
    assert_eq!(person_of(&result, b.ria).name, "Oma Ria");
    // Omar, Dennis de Vries and Jo are added with fresh ids, in their order.
    let fresh = b_map.next_person_id().0;
    let added: Vec<(u32, String)> =
        result.persons().iter().filter(|p| p.id.0 >= fresh).map(|p| (p.id.0, p.name.clone())).collect();
    assert_eq!(added, vec![(fresh, "Omar".into()), (fresh + 1, "Dennis de Vries".into()), (fresh + 2, "Jo".into())]);
    // Our Noah is untouched.
    assert_eq!(person_of(&result, b.noah), person_of(&b_map, b.noah));
}

#[test]
fn a_name_found_twice_is_doubtful() {
    let mut ours = Builder::new("x");
    let first = ours.at("Linda", Sector::Friends, 2);
    let second = ours.at("Linda", Sector::Community, 3);
    let mut theirs = Builder::new("x");
    theirs.at("Karin", Sector::Professionals, 2);
    theirs.at("Mo", Sector::Professionals, 2);
    let linda = theirs.at("linda", Sector::Friends, 2);
    let plan = merge(&ours.map, &theirs.map);
    assert_eq!(
        matching_of(&plan, linda),
        PersonMatching::Doubtful { ours: first, reason: DoubtReason::SameNameMoreThanOnce }
    );
    assert_ne!(first, second);
}

#[test]
fn tie_conflicts_by_id_and_by_ends_are_listed_and_taken_when_chosen() {
    let b = bakker();
    // Same file: theirs says Dennis supports Noah (ours: risk). Their Ria→Mila tie was
    // removed and drawn again (a new id), now strong.
    let mut redrawn = tie_of(&b.map, b.ria_mila);
    redrawn.id = b.map.next_tie_id();
    redrawn.strength = Strength::Strong;
    let theirs = edited(
        &b.map,
        vec![
            update_tie(&b.map, b.dennis_noah, |t| {
                t.kind = TieKind::Support;
                t.risk.clear();
            }),
            Edit::RemoveTie { id: b.ria_mila },
            Edit::AddTie { tie: redrawn.clone() },
        ],
    );
    let plan = merge(&b.map, &theirs);
    assert!(plan.ties().contains(&TieMatch { theirs: redrawn.id, matching: TieMatching::Same { ours: b.ria_mila } }));
    let keys: Vec<ConflictKey> = plan.conflicts().iter().map(Conflict::key).collect();
    assert_eq!(
        keys,
        vec![
            ConflictKey::Tie { theirs: b.dennis_noah, field: TieField::Kind },
            ConflictKey::Tie { theirs: b.dennis_noah, field: TieField::RiskTypes },
            ConflictKey::Tie { theirs: redrawn.id, field: TieField::Strength },
        ]
    );
    let mut decisions = Decisions::new();
    decisions.choose(keys[0], Choice::Theirs).choose(keys[1], Choice::Ours).choose(keys[2], Choice::Theirs);
    let result = merged(&plan, &b.map, &decisions);
    let dennis_noah = tie_of(&result, b.dennis_noah);
    assert_eq!(dennis_noah.kind, TieKind::Support);
    assert_eq!(dennis_noah.risk, [RiskType::PsychologicalAbuse].into());
    assert_eq!(tie_of(&result, b.ria_mila).strength, Strength::Strong);
    assert_eq!(result.tie_count(), b.map.tie_count(), "a matched tie is not added again");

    let sentences: Vec<String> = plan.conflicts().iter().map(|c| say::conflict(Lang::Nl, &plan, c)).collect();
    assert_eq!(
        sentences[0],
        "Soort van de verbinding tussen Dennis en Noah: hier zorgen, in het andere bestand steun."
    );
    assert_eq!(
        sentences[2],
        "Hoe sterk van de verbinding tussen Oma Ria en Mila: hier gewoon, in het andere bestand sterk."
    );
}

#[test]
fn a_tie_both_ways_matches_when_drawn_from_the_other_end() {
    let mut ours = Builder::new("x");
    let (a, c) = (ours.at("Ayla", Sector::Friends, 1), ours.at("Cem", Sector::Friends, 1));
    ours.tie(a, c, TieKind::Support, |t| t.mutual = true);
    let mut theirs = Builder::new("x");
    let (c2, a2) = (theirs.at("Cem", Sector::Friends, 1), theirs.at("Ayla", Sector::Friends, 1));
    theirs.tie(c2, a2, TieKind::Support, |t| t.mutual = true);
    let plan = merge(&ours.map, &theirs.map);
    assert!(matches!(plan.ties()[0].matching, TieMatching::Same { .. }));
    assert!(plan.conflicts().is_empty(), "{:?}", plan.conflicts());
}

#[test]
fn the_title_is_a_conflict_too_and_a_changed_map_needs_a_new_plan() {
    let b = bakker();
    let theirs = edited(&b.map, vec![Edit::RenameMap { title: "Bakker (Linda)".into() }]);
    let plan = merge(&b.map, &theirs);
    assert_eq!(plan.conflicts(), [Conflict::Title { ours: "Familie Bakker".into(), theirs: "Bakker (Linda)".into() }]);
    assert_eq!(
        say::conflict(Lang::En, &plan, &plan.conflicts()[0]),
        "Name of the map: here ‘Familie Bakker’, in the other file ‘Bakker (Linda)’."
    );
    let mut decisions = Decisions::new();
    decisions.choose(ConflictKey::Title, Choice::Theirs);
    assert_eq!(merged(&plan, &b.map, &decisions).title(), "Bakker (Linda)");

    let changed = edited(&b.map, vec![Edit::RemovePerson { id: b.karin }]);
    assert_eq!(plan.apply(&changed, &decisions), Err(MergeError::OursChanged));
}

#[test]
fn merge_questions_and_conflicts_in_plain_words() {
    let b = bakker();
    let mut other = Builder::new("Familie Bakker");
    other.at("Linda", Sector::Household, 1);
    let rita = other.person("Oma Rita", Sector::Family, 2, |p| p.role = "grootmoeder".into());
    let plan = merge(&b.map, &other.map);
    let m = plan.persons().iter().find(|m| m.theirs == rita).copied().expect("listed");
    assert_eq!(
        say::merge_question(Lang::Nl, &plan, &m).as_deref(),
        Some("Is ‘Oma Rita’ uit het andere bestand dezelfde persoon als ‘Oma Ria’ op deze kaart?")
    );
    assert_eq!(
        say::merge_question(Lang::En, &plan, &m).as_deref(),
        Some("Is ‘Oma Rita’ from the other file the same person as ‘Oma Ria’ on this map?")
    );
    let sure = plan.persons()[0];
    assert_eq!(say::merge_question(Lang::Nl, &plan, &sure), None);
    let role = plan
        .conflicts()
        .iter()
        .find(|c| c.key() == ConflictKey::Person { theirs: rita, field: PersonField::Role })
        .expect("role conflict");
    assert_eq!(
        say::conflict(Lang::Nl, &plan, role),
        "Rol van Oma Ria: hier ‘oma’, in het andere bestand ‘grootmoeder’."
    );
    assert_eq!(say::conflict(Lang::En, &plan, role), "Role of Oma Ria: here ‘oma’, in the other file ‘grootmoeder’.");
    for conflict in plan.conflicts() {
        assert_ne!(say::conflict(Lang::Nl, &plan, conflict), say::conflict(Lang::En, &plan, conflict));
    }
}

#[test]
fn arrangements_for_children_follow_the_children_into_our_ids() {
    let b = bakker();
    let ours = edited(
        &b.map,
        vec![update_person(&b.map, b.dennis, |p| {
            p.child_safety.insert(b.noah, ChildSafety::SupervisedOnly);
        })],
    );
    // Drawn apart: their Noah is number 3 (ours: 2), their Dennis number 5 (ours: 4).
    let mut other = Builder::new("Familie Bakker");
    other.person("Linda", Sector::Household, 1, |p| p.gender = Gender::Female);
    let mila = other.person("Mila", Sector::Household, 1, |p| p.child = true);
    let noah = other.person("Noah", Sector::Household, 1, |p| {
        p.child = true;
        p.gender = Gender::Male;
        p.age = Some(Age::Years(13));
    });
    let ans = other.person("Tante Ans", Sector::Family, 1, |p| {
        p.child_safety.insert(noah, ChildSafety::SafeAdult);
        p.child_safety.insert(PersonId(77), ChildSafety::SafeAdult); // nobody on their map
    });
    let dennis = other.person("Dennis", Sector::Family, 2, |p| {
        p.gender = Gender::Male;
        p.child_safety.insert(noah, ChildSafety::NoContact);
    });
    let plan = merge(&ours, &other.map);
    assert_eq!(matching_of(&plan, mila), PersonMatching::Same { ours: b.mila, by: MatchedBy::Name });
    assert_eq!(matching_of(&plan, noah), PersonMatching::Same { ours: b.noah, by: MatchedBy::Name });
    assert_eq!(matching_of(&plan, dennis), PersonMatching::Same { ours: b.dennis, by: MatchedBy::Name });
    assert_eq!(matching_of(&plan, ans), PersonMatching::New);
    let keys: Vec<ConflictKey> = plan.conflicts().iter().map(Conflict::key).collect();
    assert_eq!(keys, vec![ConflictKey::Person { theirs: dennis, field: PersonField::ChildSafety }]);
    assert_eq!(
        say::conflict(Lang::Nl, &plan, &plan.conflicts()[0]),
        "Afspraken over kinderen van Dennis: hier alleen contact onder toezicht met Noah, \
         in het andere bestand geen contact met Noah."
    );

    let result = merged(&plan, &ours, &plan.decide_all(true, Choice::Theirs));
    assert_eq!(person_of(&result, b.dennis).child_safety, [(b.noah, ChildSafety::NoContact)].into());
    let new_ans = person_of(&result, ours.next_person_id());
    assert_eq!(new_ans.name, "Tante Ans");
    assert_eq!(new_ans.child_safety, [(b.noah, ChildSafety::SafeAdult)].into(), "keyed by our Noah, dangling dropped");
}

#[test]
fn names_are_compared_the_way_a_person_would() {
    assert_eq!(normalize_name("  Oma   RÍA "), "oma ria");
    assert_eq!(normalize_name("Çelik Şahin"), "celik sahin");
    assert_eq!(normalize_name("Rene\u{301}e"), "renee");
    assert_eq!(normalize_name("Łukasz Dvořák"), "lukasz dvorak");
    assert_eq!(first_name("Oma Ria de Vries").as_deref(), Some("ria"));
    assert_eq!(first_name("Juf"), None);
    assert_eq!(similar_names("Oma Ria", "oma ría"), None, "the same name is not merely similar");
    assert_eq!(similar_names("Oma Ria", "Oma Rita"), Some(NameSimilarity::Spelling(1)));
    assert_eq!(similar_names("Samira", "Smira"), Some(NameSimilarity::Spelling(1)));
    assert_eq!(similar_names("Mohammed", "Mohamad"), Some(NameSimilarity::Spelling(2)));
    assert_eq!(similar_names("Ria", "Oma Ria de Vries"), Some(NameSimilarity::SameFirstName));
    assert_eq!(similar_names("Oma Ria", "Oma Joke"), None, "two grandmothers");
    assert_eq!(similar_names("Bo", "Jo"), None);
    assert_eq!(similar_names("Noah", "Omar"), None);
}

/// A person of theirs with arrangements keyed by ours' ids (dangling ones dropped); the
/// person's own id stays theirs.
fn with_ours_ids(p: &Person, mapping: &BTreeMap<PersonId, PersonId>) -> Person {
    let mut p = p.clone();
    p.child_safety = p.child_safety.iter().filter_map(|(c, v)| Some((*mapping.get(c)?, *v))).collect();
    p
}

fn person_field(p: &Person, field: PersonField) -> String {
    match field {
        PersonField::Name => p.name.clone(),
        PersonField::Placement => format!("{:?}", (p.sector, p.ring, p.household)),
        PersonField::Kind => format!("{:?}", p.kind),
        PersonField::Child => format!("{:?}", p.child),
        PersonField::Age => format!("{:?}", p.age),
        PersonField::Role => p.role.clone(),
        PersonField::Note => p.note.clone(),
        PersonField::Avatar => p.avatar.clone(),
        PersonField::Gender => format!("{:?}", p.gender),
        PersonField::Deceased => format!("{:?}", p.deceased),
        PersonField::ChildSafety => format!("{:?}", p.child_safety),
        PersonField::Factors => format!("{:?}", p.factors),
        PersonField::Other => String::new(),
    }
}

fn tie_field(t: &Tie, field: TieField) -> String {
    match field {
        TieField::Kind => format!("{:?}", t.kind),
        TieField::Direction if t.mutual => format!("both ways {:?}", (t.from.min(t.to), t.from.max(t.to))),
        TieField::Direction => format!("one way {:?}", (t.from, t.to)),
        TieField::SupportTypes => format!("{:?}", t.support),
        TieField::RiskTypes => format!("{:?}", t.risk),
        TieField::Strength => format!("{:?}", t.strength),
        TieField::Frequency => format!("{:?}", t.frequency),
        TieField::AccordingTo => t.according_to.clone(),
        TieField::Note => t.note.clone(),
        TieField::Other => String::new(),
    }
}

/// Decisions from a number: bit i says confirm/theirs for the i-th question.
fn decisions_from(plan: &MergePlan, bits: u64) -> Decisions {
    let mut decisions = Decisions::new();
    let mut bit = 0;
    let mut next = || {
        bit = (bit + 1) % 64;
        bits >> bit & 1 == 1
    };
    for m in plan.doubtful() {
        if next() {
            decisions.confirm(m.theirs);
        } else {
            decisions.reject(m.theirs);
        }
    }
    for conflict in plan.conflicts_with(&decisions) {
        decisions.choose(conflict.key(), if next() { Choice::Theirs } else { Choice::Ours });
    }
    decisions
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Theirs as a copy of ours edited elsewhere, or drawn apart: any decisions give one
    /// edit that applies, keeps all of ours, and is undone in one step.
    #[test]
    fn merge_applies_keeps_ours_and_undoes(base in ops(50), edits in ops(25), apart in any::<bool>(), bits in any::<u64>()) {
        let ours = build(&FamilyMap::new("a"), &base);
        let theirs = if apart { build(&FamilyMap::new("b"), &edits) } else { build(&ours, &edits) };
        let plan = merge(&ours, &theirs);
        let decisions = decisions_from(&plan, bits);
        let (edit, mapping) = plan.apply_with_mapping(&ours, &decisions).expect("decided merge applies");
        let mut result = ours.clone();
        let undo = result.apply(edit).expect("the merge edit applies");

        // Every person of ours stays, every person of theirs is somewhere.
        for p in ours.persons() {
            prop_assert!(result.contains_person(p.id));
        }
        prop_assert_eq!(mapping.len(), theirs.person_count());
        for (theirs_id, ours_id) in &mapping {
            prop_assert!(result.contains_person(*ours_id), "{} -> {} missing", theirs_id, ours_id);
        }
        let added = result.person_count() - ours.person_count();
        let matched = plan.persons().iter().filter(|m| match m.matching {
            PersonMatching::Same { .. } => true,
            PersonMatching::Doubtful { .. } => decisions.same_person(m.theirs) == Some(true),
            PersonMatching::New => false,
        }).count();
        prop_assert_eq!(added, theirs.person_count() - matched);
        // Every tie of theirs has a counterpart between the mapped persons.
        for t in theirs.ties() {
            let (from, to) = (mapping[&t.from], mapping[&t.to]);
            prop_assert!(result.ties().iter().any(|r| (r.from, r.to) == (from, to) || (r.from, r.to) == (to, from)));
        }

        // Every conflict ends with the value that was chosen.
        for conflict in plan.conflicts_with(&decisions) {
            let choice = decisions.choice(conflict.key());
            match &conflict {
                Conflict::Title { ours: o, theirs: t } => {
                    let want = if choice == Some(Choice::Theirs) { t } else { o };
                    prop_assert_eq!(result.title(), want.as_str());
                }
                Conflict::Person { field, ours: o, theirs: t } => {
                    let t = with_ours_ids(t, &mapping);
                    let want = if choice == Some(Choice::Theirs) { &t } else { o };
                    let got = result.person(o.id).expect("matched person stays");
                    prop_assert_eq!(person_field(got, *field), person_field(want, *field), "{:?}", field);
                }
                Conflict::Tie { field, ours: o, theirs: t } => {
                    let mut t = t.clone();
                    t.from = mapping[&t.from];
                    t.to = mapping[&t.to];
                    let want = if choice == Some(Choice::Theirs) { &t } else { o };
                    let got = result.tie(o.id).expect("matched tie stays");
                    prop_assert_eq!(tie_field(got, *field), tie_field(want, *field), "{:?}", field);
                }
            }
        }

        result.apply(undo).expect("undo applies");
        prop_assert_eq!(&result, &ours);

        // A map merged with itself never conflicts.
        let again = merge(&ours, &ours);
        prop_assert!(again.conflicts().is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Taking theirs everywhere makes every person and tie of theirs appear as they are
    /// there (up to ids, and the angle inside an unchanged wedge); keeping ours everywhere
    /// leaves every person and tie of ours exactly as it was. Checked against the maps
    /// themselves, not against the plan's own list of conflicts.
    #[test]
    fn taking_theirs_or_ours_everywhere(base in ops(50), edits in ops(25), apart in any::<bool>(), bits in any::<u64>()) {
        let ours = build(&FamilyMap::new("a"), &base);
        let theirs = if apart { build(&FamilyMap::new("b"), &edits) } else { build(&ours, &edits) };
        let plan = merge(&ours, &theirs);

        let (edit, mapping) = plan.apply_with_mapping(&ours, &plan.decide_all(true, Choice::Theirs)).expect("applies");
        let mut result = ours.clone();
        result.apply(edit).expect("the merge edit applies");
        prop_assert_eq!(result.title(), theirs.title());
        for t in theirs.persons() {
            let t = &with_ours_ids(t, &mapping);
            let mut got = result.person(mapping[&t.id]).cloned().expect("mapped person exists");
            got.id = t.id;
            // An arrangement of ours with someone no longer on the map is no conflict and stays.
            got.child_safety.retain(|child, _| result.contains_person(*child));
            if (got.sector, got.ring, got.household) == (t.sector, t.ring, t.household) {
                got.angle = t.angle;
            }
            prop_assert_eq!(&got, t);
        }
        for t in theirs.ties() {
            let mut want = t.clone();
            want.from = mapping[&t.from];
            want.to = mapping[&t.to];
            let found = result.ties().into_iter().any(|r| {
                let mut r = r.clone();
                r.id = want.id;
                if r.mutual && (r.from, r.to) == (want.to, want.from) {
                    std::mem::swap(&mut r.from, &mut r.to);
                }
                r == want
            });
            prop_assert!(found, "tie {:?} of theirs is not in the result", t);
        }

        let mut keep = Decisions::new();
        for m in plan.doubtful() {
            if bits >> (m.theirs.0 % 64) & 1 == 1 {
                keep.reject(m.theirs);
            } else {
                keep.confirm(m.theirs);
            }
        }
        for conflict in plan.conflicts_with(&keep) {
            keep.choose(conflict.key(), Choice::Ours);
        }
        let mut result = ours.clone();
        result.apply(plan.apply(&ours, &keep).expect("applies")).expect("the merge edit applies");
        prop_assert_eq!(result.title(), ours.title());
        for p in ours.persons() {
            prop_assert_eq!(result.person(p.id), Some(p));
        }
        for t in ours.ties() {
            prop_assert_eq!(result.tie(t.id), Some(t));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Perspectives
// ---------------------------------------------------------------------------------------

fn perspective_of(b: &Bakker, id: u32, holder: PersonId, name: &str, ties: Vec<Tie>) -> Perspective {
    let mut p = Perspective::new(PerspectiveId(id), name, Some(holder));
    p.ties = ties;
    p.check(&b.map).expect("valid perspective");
    p
}

#[test]
fn support_according_to_the_child_risk_according_to_the_mother() {
    let b = bakker();
    let noah = perspective_of(&b, 1, b.noah, "Noah", vec![Tie::new(TieId(1), b.dennis, b.noah, TieKind::Support)]);
    let linda = perspective_of(&b, 2, b.linda, "Linda", vec![Tie::new(TieId(1), b.dennis, b.noah, TieKind::Risk)]);
    let perspectives = [noah, linda];
    let found = disagreements(&b.map, &perspectives);
    // Noah (id 2) comes before Dennis (id 4): Dennis's tie to Noah goes "backward".
    let support = PairView { forward: Kinds::default(), backward: Kinds { support: true, ..Kinds::default() } };
    let risk = PairView { forward: Kinds::default(), backward: Kinds { risk: true, ..Kinds::default() } };
    assert_eq!(
        found,
        vec![Disagreement::Tie {
            a: b.noah,
            b: b.dennis,
            opinions: vec![
                TieOpinion { perspectives: vec![PerspectiveId(1)], view: support },
                TieOpinion { perspectives: vec![PerspectiveId(2)], view: risk },
            ],
        }]
    );
    assert!(found[0].support_against_risk());
    assert_eq!(
        say::disagreement(Lang::Nl, &found[0], &b.map, &perspectives),
        "Volgens Noah steunt Dennis hem; volgens Linda zijn er zorgen over wat Dennis doet tegen Noah."
    );
    assert_eq!(
        say::disagreement(Lang::En, &found[0], &b.map, &perspectives),
        "According to Noah, Dennis supports him; according to Linda, there are worries about what Dennis does to Noah."
    );
}

#[test]
fn perspectives_that_agree_have_no_disagreement() {
    let b = bakker();
    // Same kinds and directions; ids, strength and types are details.
    let mut strong = Tie::new(TieId(7), b.bas, b.noah, TieKind::Support);
    strong.strength = Strength::Strong;
    strong.support.insert(SupportType::Company);
    let both = Tie::new(TieId(8), b.ria, b.mila, TieKind::Contact).pipe(|mut t| {
        t.mutual = true;
        t
    });
    let mut other_end = both.clone();
    std::mem::swap(&mut other_end.from, &mut other_end.to);
    let mut noah =
        perspective_of(&b, 1, b.noah, "Noah", vec![Tie::new(TieId(1), b.bas, b.noah, TieKind::Support), both]);
    let mut linda = perspective_of(&b, 2, b.linda, "Linda", vec![strong, other_end]);
    noah.closeness.insert(b.ria, ring(1));
    linda.closeness.insert(b.ria, ring(2));
    linda.closeness.insert(b.henk, ring(4)); // only Linda places Opa Henk: no disagreement
    assert_eq!(disagreements(&b.map, &[noah.clone(), linda]), vec![]);
    // One perspective alone never disagrees.
    assert_eq!(disagreements(&b.map, &[noah]), vec![]);
}

#[test]
fn a_tie_in_one_perspective_and_not_in_another_is_a_disagreement() {
    let b = bakker();
    let noah = perspective_of(&b, 1, b.noah, "Noah", vec![Tie::new(TieId(1), b.bas, b.noah, TieKind::Support)]);
    let karin = Perspective::new(PerspectiveId(3), "wijkteam", None);
    let perspectives = [noah, karin];
    let found = disagreements(&b.map, &perspectives);
    assert_eq!(found.len(), 1);
    assert!(!found[0].support_against_risk());
    assert_eq!(found[0].persons(), vec![b.noah, b.bas]);
    assert_eq!(
        say::disagreement(Lang::Nl, &found[0], &b.map, &perspectives),
        "Volgens Noah steunt Coach Bas hem; volgens wijkteam is er geen verbinding tussen Noah en Coach Bas."
    );
}

#[test]
fn a_different_direction_is_a_disagreement() {
    let b = bakker();
    let mila = perspective_of(&b, 1, b.mila, "Mila", vec![Tie::new(TieId(1), b.ria, b.mila, TieKind::Support)]);
    let ria = perspective_of(&b, 2, b.ria, "Oma Ria", vec![Tie::new(TieId(1), b.mila, b.ria, TieKind::Support)]);
    let perspectives = [mila, ria];
    let found = disagreements(&b.map, &perspectives);
    assert_eq!(found.len(), 1);
    // Mila's gender is not known: her name, not a pronoun.
    assert_eq!(
        say::disagreement(Lang::En, &found[0], &b.map, &perspectives),
        "According to Mila, Oma Ria supports Mila; according to Oma Ria, Mila supports Oma Ria."
    );
}

#[test]
fn closeness_more_than_one_ring_apart_is_a_disagreement() {
    let b = bakker();
    let mut noah = Perspective::new(PerspectiveId(1), "Noah", Some(b.noah));
    let mut linda = Perspective::new(PerspectiveId(2), "Linda", Some(b.linda));
    let mut karin = Perspective::new(PerspectiveId(3), "Karin", Some(b.karin));
    noah.closeness.insert(b.dennis, ring(1));
    linda.closeness.insert(b.dennis, ring(4));
    karin.closeness.insert(b.dennis, ring(4));
    noah.closeness.insert(b.ria, ring(1));
    linda.closeness.insert(b.ria, ring(2));
    // Household members sit in the centre: rings there say nothing.
    noah.closeness.insert(b.mila, ring(1));
    linda.closeness.insert(b.mila, ring(4));
    let perspectives = [noah, linda, karin];
    let found = disagreements(&b.map, &perspectives);
    assert_eq!(
        found,
        vec![Disagreement::Closeness {
            person: b.dennis,
            opinions: vec![
                RingOpinion { perspectives: vec![PerspectiveId(1)], ring: ring(1) },
                RingOpinion { perspectives: vec![PerspectiveId(2), PerspectiveId(3)], ring: ring(4) },
            ],
        }]
    );
    assert_eq!(
        say::disagreement(Lang::Nl, &found[0], &b.map, &perspectives),
        "Volgens Noah staat Dennis in ring 1 (heel dichtbij); volgens Linda en Karin in ring 4 (ver weg)."
    );
}

#[test]
fn a_perspective_view_draws_its_own_ties_and_rings() {
    let b = bakker();
    let mut noah = Perspective::from_map(PerspectiveId(1), "Noah", Some(b.noah), &b.map);
    assert_eq!(noah.view(&b.map).expect("view"), b.map, "a fresh perspective sees the common map");
    noah.ties.retain(|t| t.id != b.dennis_noah);
    noah.ties.push(Tie::new(TieId(99), b.dennis, b.noah, TieKind::Support));
    noah.closeness.insert(b.dennis, ring(1));
    let view = noah.view(&b.map).expect("view");
    assert_eq!(view.tie(TieId(99)).map(|t| t.kind), Some(TieKind::Support));
    assert!(view.tie(b.dennis_noah).is_none());
    assert_eq!(person_of(&view, b.dennis).ring, ring(1));
    assert_eq!(view.person_count(), b.map.person_count(), "who exists is shared");
}

#[test]
fn a_perspective_is_checked_against_the_map_and_round_trips() {
    let b = bakker();
    let mut p = Perspective::new(PerspectiveId(1), "Noah", Some(b.noah));
    p.ties.push(Tie::new(TieId(1), b.dennis, b.noah, TieKind::Support));
    p.closeness.insert(b.ria, ring(1));
    assert_eq!(p.check(&b.map), Ok(()));
    let json = serde_json::to_string(&p).expect("serializes");
    assert_eq!(serde_json::from_str::<Perspective>(&json).expect("reads back"), p);

    let mut bad = p.clone();
    bad.ties.push(Tie::new(TieId(1), b.ria, b.noah, TieKind::Support));
    assert_eq!(bad.check(&b.map), Err(PerspectiveError::DuplicateTie(TieId(1))));
    let mut bad = p.clone();
    bad.closeness.insert(PersonId(999), ring(1));
    assert_eq!(bad.check(&b.map), Err(PerspectiveError::UnknownPerson(PersonId(999))));
    let mut bad = p.clone();
    bad.holder = Some(PersonId(999));
    assert_eq!(bad.check(&b.map), Err(PerspectiveError::UnknownHolder(PersonId(999))));
    let mut bad = p.clone();
    bad.ties.push(Tie::new(TieId(2), b.ria, b.ria, TieKind::Support));
    assert_eq!(bad.check(&b.map), Err(PerspectiveError::TieToSelf(TieId(2))));

    // After a merge, a perspective from theirs is renumbered.
    let mapping: BTreeMap<PersonId, PersonId> = [(b.noah, PersonId(50)), (b.dennis, PersonId(51))].into();
    let moved = p.remap(&mapping);
    assert_eq!(moved.holder, Some(PersonId(50)));
    assert_eq!((moved.ties[0].from, moved.ties[0].to), (PersonId(51), PersonId(50)));
    assert_eq!(moved.closeness.get(&b.ria), Some(&ring(1)));
}

// ---------------------------------------------------------------------------------------
// Drawing a perspective on the map as it is now
// ---------------------------------------------------------------------------------------

#[test]
fn a_perspective_fitted_to_the_map_forgets_persons_who_left() {
    let b = bakker();
    let mut view = Perspective::new(PerspectiveId(1), "Noah", None);
    view.holder = Some(b.noah);
    view.ties.push(Tie::new(TieId(90), b.henk, b.noah, TieKind::Support));
    view.ties.push(Tie::new(TieId(91), b.bas, b.noah, TieKind::Support));
    view.closeness.insert(b.henk, ring(1));
    let without_henk = edited(&b.map, vec![Edit::RemovePerson { id: b.henk }]);
    let fitted = fitted(&view, &without_henk);
    assert_eq!(fitted.ties.iter().map(|t| t.id).collect::<Vec<_>>(), vec![TieId(91)]);
    assert!(fitted.closeness.is_empty());
    assert_eq!(fitted.holder, Some(b.noah));
    let without_noah = edited(&b.map, vec![Edit::RemovePerson { id: b.noah }]);
    assert_eq!(fitted_holder(&view, &without_noah), None);
}

fn fitted_holder(view: &Perspective, map: &FamilyMap) -> Option<PersonId> {
    fitted(view, map).holder
}

#[test]
fn the_shown_map_is_the_perspective_or_else_the_shared_map() {
    let b = bakker();
    let mut view = Perspective::new(PerspectiveId(4), "Linda", None);
    view.ties.push(Tie::new(TieId(95), b.samira, b.linda, TieKind::Support));
    let map = edited(&b.map, vec![Edit::SetPerspective { id: view.id, perspective: Some(view.clone()) }]);
    assert_eq!(shown_map(&map, None).as_ref(), &map);
    assert_eq!(shown_map(&map, Some(PerspectiveId(77))).as_ref(), &map, "an unknown perspective shows the shared map");
    let shown = shown_map(&map, Some(view.id));
    assert!(shown.tie(TieId(95)).is_some());
}

#[test]
fn what_plays_a_role_is_compared_in_words() {
    let b = bakker();
    let before = edited(
        &b.map,
        vec![update_person(&b.map, b.linda, |p| {
            p.factors.insert(Factor::Separation);
        })],
    );
    let after = edited(
        &before,
        vec![update_person(&before, b.linda, |p| {
            p.factors = [Factor::Debts, Factor::WorkStress].into_iter().collect();
        })],
    );
    let found = changes(&before, &after);
    assert_eq!(
        found,
        vec![Change::PersonChanged {
            person: b.linda,
            detail: PersonDetail::Factors {
                added: vec![Factor::Debts, Factor::WorkStress],
                gone: vec![Factor::Separation]
            }
        }]
    );
    assert_eq!(
        kring::i18n::timeline::change(Lang::Nl, &found[0], &before, &after),
        "Bij Linda speelt nu ook: schulden, stress door werk. Bij Linda speelt niet meer: scheiding."
    );
}
