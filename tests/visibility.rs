//! Who may read what: the Bakker family with items restricted in every way, each
//! restricted item carrying a unique marker word. For every reader and every output (pack
//! text, SVG, CSV, GraphML, Kring JSON), no marker of an item not for that reader appears,
//! and every marker of an item for them does. Then the same over random maps and random
//! restrictions, and the child's answers from child mode (typed, private by default).

mod common;
#[path = "fixtures/io/maps.rs"]
mod maps;

use common::*;
use kring::analysis::{insights, Insight};
use kring::i18n::Lang;
use kring::io::{csv, graphml};
use kring::meeting::readers::{is_professional, readable_map_counted, suggested_not_for};
use kring::meeting::*;
use kring::model::*;
use kring::present::svg;
use kring::scene::Scene;
use kring::timeline::answers::{self, Zone};
use kring::timeline::Perspective;
use proptest::prelude::*;

const YEAR: u16 = 2026;

fn id_of(map: &FamilyMap, name: &str) -> PersonId {
    map.persons().into_iter().find(|p| p.name == name).map(|p| p.id).expect("in fixture")
}

/// One restricted (or open) item: its marker word, where it sits, who may read it.
struct Item {
    marker: &'static str,
    readers: Readers,
    /// A child's own answer or words: always readable by this child.
    own_of: Option<PersonId>,
    /// "I don't want them near": never readable by this person.
    never_for: Option<PersonId>,
}

struct Fixture {
    map: FamilyMap,
    meeting: Meeting,
    items: Vec<Item>,
    readers: Vec<(Reader, &'static str)>,
}

/// The Bakker family with a meeting, restricted in every way.
fn fixture() -> Fixture {
    let mut map = bakker();
    let who = |map: &FamilyMap, n: &str| id_of(map, n);
    let (linda, noah, mila, dennis) = (who(&map, "Linda"), who(&map, "Noah"), who(&map, "Mila"), who(&map, "Dennis"));
    let (ria, henk, samira, bas, karin) =
        (who(&map, "Oma Ria"), who(&map, "Opa Henk"), who(&map, "Samira"), who(&map, "Coach Bas"), who(&map, "Karin"));
    let tie_between = |map: &FamilyMap, a: PersonId, b: PersonId| {
        map.ties().into_iter().find(|t| t.from == a && t.to == b).cloned().expect("tie in fixture")
    };
    let mut items = Vec::new();
    let mut item = |marker: &'static str, readers: Readers| {
        items.push(Item { marker, readers: readers.clone(), own_of: None, never_for: None });
        readers
    };
    let mut edits = Vec::new();
    for (id, is_child) in [(noah, true), (mila, true)] {
        let mut p = map.person(id).unwrap().clone();
        p.child = is_child;
        edits.push(Edit::UpdatePerson { person: p });
    }
    let mut p = map.person(linda).unwrap().clone();
    p.note = "Woont nu op mkalpha".into();
    p.readers = item("mkalpha", Readers::not_for([dennis], "veilig adres"));
    edits.push(Edit::UpdatePerson { person: p });
    let mut p = map.person(ria).unwrap().clone();
    p.note = "Voorbereiding mknovember".into();
    p.readers = item("mknovember", Readers::professionals_only("voorbereidend gesprek"));
    edits.push(Edit::UpdatePerson { person: p });
    let mut t = tie_between(&map, dennis, linda);
    t.note = "Bij overdracht mkbravo".into();
    t.risk.insert(RiskType::PsychologicalAbuse);
    t.according_to = "Linda".into();
    t.readers = item("mkbravo", Readers::not_for([dennis], "melding door Linda"));
    edits.push(Edit::UpdateTie { tie: t });
    let mut t = tie_between(&map, samira, mila);
    t.note = "Opvang mkcharlie".into();
    t.readers = item("mkcharlie", Readers::professionals_only("opvangadres"));
    edits.push(Edit::UpdateTie { tie: t });
    let mut t = tie_between(&map, bas, noah);
    t.note = "Na de training mkdelta".into();
    item("mkdelta", Readers::Everyone);
    edits.push(Edit::UpdateTie { tie: t });
    map.apply(Edit::Batch { edits }).unwrap();

    let mut m = Meeting::new(MeetingId(1), "2026-12-12");
    let mut participants = Vec::new();
    for (i, (person, role)) in [
        (linda, MeetingRole::FamilyMember),
        (noah, MeetingRole::FamilyMember),
        (mila, MeetingRole::FamilyMember),
        (dennis, MeetingRole::FamilyMember),
        (ria, MeetingRole::FamilyMember),
        (henk, MeetingRole::FamilyMember),
        (samira, MeetingRole::NetworkMember),
        (bas, MeetingRole::NetworkMember),
        (karin, MeetingRole::Professional),
    ]
    .into_iter()
    .enumerate()
    {
        let mut p = Participant::on_map(ParticipantId(i as u32 + 1), person, role);
        p.consent.may_appear_on_shared_map = true;
        p.consent.may_receive_plan = true;
        p.consent.consent_given_by = vec!["zelf".into(), "Linda".into()];
        participants.push(p);
    }
    m.participants = participants;
    m.worries = vec![
        Worry {
            text: "Overdracht mkecho".into(),
            readers: item("mkecho", Readers::not_for([dennis], "")),
            ..Default::default()
        },
        Worry { text: "Moe mkfoxtrot".into(), readers: item("mkfoxtrot", Readers::Everyone), ..Default::default() },
    ];
    m.going_well = vec![
        GoingWell {
            text: "Linda woont bij haar zus mkoscar".into(),
            readers: item("mkoscar", Readers::not_for([dennis], "")),
        },
        "Noah gaat graag naar voetbal mkpapa".into(),
    ];
    item("mkpapa", Readers::Everyone);
    m.bottom_lines = vec![BottomLine {
        text: "Geen contact mkgolf".into(),
        set_by: Who::Person(karin),
        readers: item("mkgolf", Readers::professionals_only("strafrechtelijk")),
    }];
    let mut a = Agreement::new(ria, "Opvang op woensdag mkhotel");
    a.for_whom = vec![mila];
    a.readers = item("mkhotel", Readers::not_for([dennis, henk], "Opa Henk kiest de kant van Dennis"));
    m.agreements = vec![a];
    m.red_flags = vec![RedFlag {
        sign: "Als Linda niet opneemt mkindia".into(),
        readers: item("mkindia", Readers::not_for([noah], "te zwaar voor Noah")),
        ..Default::default()
    }];
    let voice = item("mkjuliet", Readers::professionals_only("Noah deelt het nog niet"));
    m.child_voice = vec![ChildVoice { child: noah, words: "Ik wil mkjuliet".into(), readers: voice }];
    m.notes = vec![
        PlanNote { text: "Veilig adres mkkilo".into(), readers: item("mkkilo", Readers::professionals_only("adres")) },
        PlanNote { text: "Apart uitnodigen mklima".into(), readers: item("mklima", Readers::not_for([dennis], "")) },
    ];
    // The meeting's own words: where (a safe address can be), why, what 0 and 10 mean,
    // the scores with their why, and what happens if the plan is not kept.
    m.place = "Wijkcentrum mkquebec".into();
    m.place_readers = item("mkquebec", Readers::not_for([dennis], "opvanglocatie"));
    m.purpose = "Rust bij de overdracht mkromeo".into();
    item("mkromeo", Readers::Everyone);
    m.scale_anchors.zero = "Dennis staat voor de deur mkvictor".into();
    m.scale_anchors.readers = item("mkvictor", Readers::not_for([dennis], ""));
    let mut linda_score = ScaleScore::new(ParticipantId(1), 4);
    linda_score.why = "Sinds het opvanghuis mksierra".into();
    linda_score.readers = item("mksierra", Readers::not_for([dennis], "verblijfplaats"));
    let mut noah_score = ScaleScore::new(ParticipantId(2), 3);
    noah_score.why = "Als Papa boos is mktango".into();
    noah_score.readers = item("mktango", Readers::professionals_only("Noah deelt het nog niet"));
    let mut ria_score = ScaleScore::new(ParticipantId(5), 6);
    ria_score.why = "Ik zie ze vaker mkwhiskey".into();
    item("mkwhiskey", Readers::Everyone);
    m.scales = vec![linda_score, noah_score, ria_score];
    m.monitoring.keeper = Some(Who::Person(karin));
    m.monitoring.review_date = "2027-03-01".into();
    m.monitoring.if_not_kept = "Karin belt de politie mkuniform".into();
    m.monitoring.readers = item("mkuniform", Readers::professionals_only("aangifte"));
    map.apply(Edit::SetMeeting { id: m.id, meeting: Some(m.clone()) }).unwrap();
    items.iter_mut().filter(|i| ["mkjuliet", "mktango"].contains(&i.marker)).for_each(|i| i.own_of = Some(noah));

    // Noah's answer in child mode: he would rather not have his father near.
    let mut view = Perspective::from_map(PerspectiveId(1), "Zoals Noah het ziet", Some(noah), &map);
    view.ties.retain(|t| !t.touches(noah));
    let mut answer = Tie::new(TieId(500), dennis, noah, TieKind::Risk);
    answer.answer = Some(ChildAnswer::NotNear);
    answer.note = "mkmike".into();
    answer.readers = Readers::professionals_only("");
    items.push(Item { marker: "mkmike", readers: answer.readers.clone(), own_of: Some(noah), never_for: Some(dennis) });
    view.ties.push(answer);
    map.apply(Edit::SetPerspective { id: view.id, perspective: Some(view) }).unwrap();

    let readers = vec![
        (Reader::Professionals, "professionals"),
        (Reader::Network, "network"),
        (Reader::Person(linda), "Linda"),
        (Reader::Person(dennis), "Dennis"),
        (Reader::Person(noah), "Noah"),
        (Reader::Person(mila), "Mila"),
        (Reader::Person(ria), "Oma Ria"),
        (Reader::Person(henk), "Opa Henk"),
        (Reader::Person(samira), "Samira"),
        (Reader::Person(karin), "Karin"),
    ];
    Fixture { map, meeting: m, items, readers }
}

/// The oracle, written apart from the code it checks.
fn may(f: &Fixture, item: &Item, reader: Reader) -> bool {
    if let (Some(never), Reader::Person(p)) = (item.never_for, reader) {
        if never == p {
            return false;
        }
    }
    if item.own_of.is_some_and(|c| reader == Reader::Person(c)) {
        return true;
    }
    match (&item.readers, reader) {
        (Readers::Everyone, _) | (_, Reader::Professionals) => true,
        (_, Reader::Network) => false,
        (Readers::NotFor { persons, .. }, Reader::Person(p)) => !persons.contains(&p),
        (Readers::ProfessionalsOnly { .. }, Reader::Person(p)) => {
            f.map.person(p).is_some_and(|p| p.sector == Sector::Professionals)
        }
    }
}

/// Every output of the map for one reader, by name.
fn map_outputs(map: &FamilyMap, reader: Reader) -> Vec<(&'static str, String)> {
    let mine = readable_map(map, reader);
    vec![
        ("kring json", to_json(&mine)),
        ("csv", format!("{}\n{}", csv::export_persons(&mine), csv::export_ties(&mine))),
        ("graphml", graphml::export(&mine, Lang::Nl)),
        ("svg", svg::export(&Scene::build(&mine, Lang::Nl), Lang::Nl, "12-12-2026")),
    ]
}

fn audience_for(reader: Reader) -> Audience {
    match reader {
        Reader::Professionals => Audience::Professionals,
        Reader::Network => Audience::Network,
        Reader::Person(p) => Audience::Person(p),
    }
}

fn pack_text(f: &Fixture, audience: Audience) -> String {
    let view = pack(&f.map, &f.meeting, audience, YEAR);
    Lang::ALL.into_iter().map(|lang| view.render_text(lang)).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_reader_and_every_output_holds_exactly_what_is_for_them() {
    let f = fixture();
    let full: Vec<(&str, String)> = map_outputs(&f.map, Reader::Professionals);
    let full_pack = pack_text(&f, Audience::Professionals);
    for &(reader, name) in &f.readers {
        let mut outputs = map_outputs(&f.map, reader);
        let audience = audience_for(reader);
        let family_rules = base_for(&f.map, &f.meeting, audience) == Base::Family;
        outputs.push(("pack", pack_text(&f, audience)));
        for (output, text) in &outputs {
            let full_text =
                if *output == "pack" { &full_pack } else { &full.iter().find(|(o, _)| o == output).unwrap().1 };
            for item in &f.items {
                let allowed = may(&f, item, reader);
                let found = text.contains(item.marker);
                if !allowed {
                    assert!(!found, "{output} for {name} holds {} (not for them)", item.marker);
                } else if full_text.contains(item.marker) && (*output != "pack" || family_rules) {
                    assert!(found, "{output} for {name} misses {} (for them)", item.marker);
                }
            }
        }
    }
}

#[test]
fn the_child_versions_hold_nothing_that_is_not_for_the_child() {
    let f = fixture();
    for child in ["Noah", "Mila"] {
        let id = id_of(&f.map, child);
        let text = pack_text(&f, Audience::Child(id));
        for item in &f.items {
            if !may(&f, item, Reader::Person(id)) {
                assert!(!text.contains(item.marker), "{child}'s plan holds {}", item.marker);
            }
        }
    }
    // Noah's own words are his, even when they are for professionals only.
    assert!(pack_text(&f, Audience::Child(id_of(&f.map, "Noah"))).contains("mkjuliet"));
}

#[test]
fn the_preview_counts_what_is_left_out_and_never_says_what() {
    let f = fixture();
    let dennis = id_of(&f.map, "Dennis");
    let view = pack(&f.map, &f.meeting, Audience::Person(dennis), YEAR);
    // Not for Dennis: Linda's details, the risk tie, a worry, something going well, an
    // agreement, a note, the place, what 0 means, Linda's score. For professionals only:
    // Oma Ria's details, Samira's tie, the bottom line, Noah's words, a note, Noah's score,
    // what happens if the plan is not kept. And Noah's answer about him, which is never his.
    assert_eq!(view.left_out, LeftOut { not_for_reader: 9, professionals_only: 7, child_answers: 1 });
    let words = kring::i18n::meeting::left_out_text(Lang::Nl, view.left_out, view.audience, "Dennis");
    assert_eq!(
        words,
        vec![
            "9 onderdelen zijn niet voor Dennis.",
            "7 onderdelen zijn alleen voor professionals.",
            "1 antwoord van een kind is niet voor Dennis."
        ]
    );
    let all = view.render_text(Lang::Nl) + &view.render_text(Lang::En);
    for item in &f.items {
        if !may(&f, item, Reader::Person(dennis)) {
            assert!(!all.contains(item.marker));
        }
    }
    let full = pack(&f.map, &f.meeting, Audience::Professionals, YEAR);
    assert_eq!(full.left_out.total(), 0);
    assert!(full.header.full);
    assert!(full.render_text(Lang::Nl).contains("Alleen voor professionals"));
    assert!(full.render_text(Lang::En).contains("For professionals only"));
}

#[test]
fn another_readers_copy_carries_no_readerships_or_reasons() {
    let f = fixture();
    for &(reader, name) in &f.readers {
        let json = to_json(&readable_map(&f.map, reader));
        let reasons = ["veilig adres", "melding door Linda", "opvangadres", "strafrechtelijk", "kiest de kant"];
        for reason in reasons {
            assert_eq!(json.contains(reason), reader == Reader::Professionals, "{reason} for {name}");
        }
    }
}

#[test]
fn a_childs_answer_is_never_shown_to_the_person_it_is_about() {
    let f = fixture();
    let (noah, dennis) = (id_of(&f.map, "Noah"), id_of(&f.map, "Dennis"));
    // Even shared with everyone, "I don't want them near" never reaches Dennis.
    let mut map = f.map.clone();
    let mut view = map.perspectives()[0].clone();
    view.ties.iter_mut().for_each(|t| t.readers = Readers::Everyone);
    map.apply(Edit::SetPerspective { id: view.id, perspective: Some(view) }).unwrap();
    assert!(!to_json(&readable_map(&map, Reader::Person(dennis))).contains("mkmike"));
    assert!(to_json(&readable_map(&map, Reader::Person(id_of(&map, "Linda")))).contains("mkmike"));
    // It counts as harm in Noah's own plan: Dennis is not someone Noah is sent to.
    let plan = pack(&f.map, &f.meeting, Audience::Child(noah), YEAR);
    assert!(!plan.render_text(Lang::Nl).contains("Dennis"), "{}", plan.render_text(Lang::Nl));
    // And in the insights of those who may read it; never in Dennis's.
    let said = |map: &FamilyMap| {
        insights(map)
            .iter()
            .any(|i| matches!(i, Insight::ChildRatherNotNear { child, person } if *child == noah && *person == dennis))
    };
    assert!(said(&f.map));
    assert!(said(&readable_map(&f.map, Reader::Person(noah))));
    assert!(!said(&readable_map(&f.map, Reader::Person(dennis))));
    assert!(!said(&readable_map(&f.map, Reader::Person(id_of(&f.map, "Linda")))));
}

#[test]
fn insights_for_a_reader_say_nothing_of_what_is_kept_from_them() {
    let f = fixture();
    let (dennis, linda) = (id_of(&f.map, "Dennis"), id_of(&f.map, "Linda"));
    let against_linda = |map: &FamilyMap| {
        insights(map).into_iter().any(|i| matches!(i, Insight::SeriousRisk { against, .. } if against == linda))
    };
    assert!(against_linda(&f.map));
    assert!(against_linda(&readable_map(&f.map, Reader::Person(id_of(&f.map, "Oma Ria")))));
    assert!(!against_linda(&readable_map(&f.map, Reader::Person(dennis))));
}

#[test]
fn a_risk_tie_against_the_household_suggests_its_source_as_not_for() {
    let f = fixture();
    let (linda, dennis, noah) = (id_of(&f.map, "Linda"), id_of(&f.map, "Dennis"), id_of(&f.map, "Noah"));
    assert_eq!(suggested_not_for(&f.map, &[linda]), vec![dennis]);
    assert_eq!(suggested_not_for(&f.map, &[noah]), Vec::<PersonId>::new());
    // Suggested only: nothing changed on its own.
    assert!(f
        .map
        .persons()
        .iter()
        .filter(|p| p.id != linda && p.id != id_of(&f.map, "Oma Ria"))
        .all(|p| p.readers.is_everyone()));
}

#[test]
fn professionals_are_recognised_by_their_sector() {
    let f = fixture();
    assert!(is_professional(&f.map, Reader::Person(id_of(&f.map, "Karin"))));
    assert!(!is_professional(&f.map, Reader::Person(id_of(&f.map, "Linda"))));
    assert!(!is_professional(&f.map, Reader::Network));
}

#[test]
fn names_in_free_text_are_flagged_and_replaced_in_one_step() {
    let mut f = fixture();
    // Mila did not agree to appear for the network: the tables call her "someone from Household".
    let mila = id_of(&f.map, "Mila");
    f.meeting.participants.iter_mut().filter(|p| p.person == Some(mila)).for_each(|p| {
        p.consent.may_appear_on_shared_map = false;
    });
    f.meeting.worries[1].text = "Mila mag naar Samira als het thuis niet goed gaat.".into();
    let mut view = pack(&f.map, &f.meeting, Audience::Network, YEAR);
    assert_eq!(view.name_flags.len(), 1, "{:?}", view.name_flags);
    assert_eq!(view.name_flags[0].person, mila);
    assert_eq!(view.name_flags[0].section, SectionKind::Worries);
    view.replace_names(Lang::Nl);
    let text = view.render_text(Lang::Nl);
    assert!(!text.contains("Mila"), "{text}");
    assert!(text.contains("mag naar Samira"));
    // The professionals' version names her: nothing to flag.
    assert!(pack(&f.map, &f.meeting, Audience::Professionals, YEAR).name_flags.is_empty());
    // Whole words only: "Milan" is someone else.
    assert_eq!(replace_name("Milan en mila.", "Mila", "X"), "Milan en X.");
}

// ---------------------------------------------------------------------------------------
// The child's answers (child mode): typed, and for professionals only until shared
// ---------------------------------------------------------------------------------------

#[test]
fn child_mode_answers_are_typed_and_for_professionals_only() {
    let map = bakker();
    let (noah, dennis, bas) = (id_of(&map, "Noah"), id_of(&map, "Dennis"), id_of(&map, "Coach Bas"));
    let mut map = map;
    let dennis_person = map.person(dennis).unwrap().clone();
    let bas_person = map.person(bas).unwrap().clone();
    let edit = answers::change(
        &map,
        noah,
        |n| format!("Zoals {n} het ziet"),
        |p, ctx| {
            answers::set_zone(p, ctx, &dennis_person, Zone::NotNear);
            answers::set(p, ctx, bas, answers::Answer::SeeMore, true);
        },
    )
    .unwrap();
    map.apply(edit).unwrap();
    let view = answers::find(&map, noah).unwrap();
    assert_eq!(answers::zone_of(Some(view), noah, &dennis_person), Zone::NotNear);
    assert!(answers::has(Some(view), noah, bas, answers::Answer::SeeMore));
    assert_eq!(answers::zone_of(Some(view), noah, &bas_person), Zone::NotChosen);
    for tie in &view.ties {
        if tie.touches(noah) {
            assert!(tie.answer.is_some(), "{tie:?}");
            assert!(matches!(tie.readers, Readers::ProfessionalsOnly { .. }));
            assert!(tie.note.is_empty(), "no marker words in a note");
        }
    }
    // Whatever words a note holds, it is not an answer.
    let mut fake = view.clone();
    fake.ties.iter_mut().for_each(|t| {
        t.answer = None;
    });
    assert!(!answers::has(Some(&fake), noah, bas, answers::Answer::SeeMore));
    assert_eq!(answers::zone_of(Some(&fake), noah, &dennis_person), Zone::NotChosen);
    // Dennis's copy holds none of it.
    let his = readable_map(&map, Reader::Person(dennis));
    assert!(his.perspectives()[0].ties.iter().all(|t| t.answer.is_none()));
}

/// Noah's answers in child mode: Papa not near, Oma Ria makes him feel safe, he wants to
/// see Coach Bas more; he stands at 3 on the path and places Oma Ria very close.
fn noah_answers() -> (FamilyMap, PersonId) {
    let mut map = bakker();
    let noah = id_of(&map, "Noah");
    let mut child = map.person(noah).unwrap().clone();
    child.child = true;
    map.apply(Edit::UpdatePerson { person: child }).unwrap();
    let (dennis, ria, bas) = (id_of(&map, "Dennis"), id_of(&map, "Oma Ria"), id_of(&map, "Coach Bas"));
    let dennis_person = map.person(dennis).unwrap().clone();
    let edit = answers::change(
        &map,
        noah,
        |n| format!("Zoals {n} het ziet"),
        |p, ctx| {
            answers::set_zone(p, ctx, &dennis_person, Zone::NotNear);
            answers::set(p, ctx, ria, answers::Answer::Safe, true);
            answers::set(p, ctx, bas, answers::Answer::SeeMore, true);
            answers::set_ring(p, ria, Ring::CLOSEST);
            answers::set_safety(p, ctx, 3);
        },
    )
    .unwrap();
    map.apply(edit).unwrap();
    (map, noah)
}

/// The child's choice for one answer, as one edit (as the child-mode screen makes it).
fn share(map: &mut FamilyMap, child: PersonId, about: PersonId, sharing: answers::Sharing) {
    let tie = answers::given(answers::find(map, child), child)
        .into_iter()
        .find(|t| answers::about(t, child) == about)
        .map(|t| t.id)
        .unwrap();
    let edit = answers::change(map, child, |n| n.to_owned(), |p, ctx| answers::share(p, ctx, tie, sharing)).unwrap();
    map.apply(edit).unwrap();
}

/// The answers a reader's copy holds, as (kind, the person it is about).
fn answers_read(map: &FamilyMap, child: PersonId, reader: Reader) -> Vec<(ChildAnswer, PersonId)> {
    let copy = readable_map(map, reader);
    answers::given(answers::find(&copy, child), child)
        .into_iter()
        .filter_map(|t| Some((t.answer?, answers::about(t, child))))
        .collect()
}

#[test]
fn the_child_chooses_per_answer_who_may_know_it() {
    let (mut map, noah) = noah_answers();
    let (linda, dennis, henk, karin) =
        (id_of(&map, "Linda"), id_of(&map, "Dennis"), id_of(&map, "Opa Henk"), id_of(&map, "Karin"));
    let (ria, bas) = (id_of(&map, "Oma Ria"), id_of(&map, "Coach Bas"));
    let all = vec![(ChildAnswer::Support, ria), (ChildAnswer::SeeMore, bas), (ChildAnswer::NotNear, dennis)];
    // At first: Noah himself and the professionals, nobody else.
    let given = answers::given(answers::find(&map, noah), noah);
    assert_eq!(given.len(), 3);
    assert!(given.iter().all(|t| answers::sharing(t) == answers::Sharing::Helpers));
    assert_eq!(answers_read(&map, noah, Reader::Person(noah)), all);
    assert_eq!(answers_read(&map, noah, Reader::Person(karin)), all);
    assert_eq!(answers_read(&map, noah, Reader::Professionals), all);
    for reader in [Reader::Person(linda), Reader::Person(dennis), Reader::Network] {
        assert_eq!(answers_read(&map, noah, reader), vec![], "{reader:?}");
    }

    // Oma Ria with everyone; "not near" with everyone but Opa Henk; Bas stays with the helpers.
    share(&mut map, noah, ria, answers::Sharing::Everyone);
    share(&mut map, noah, dennis, answers::Sharing::EveryoneBut([henk].into()));
    let ria_only = vec![(ChildAnswer::Support, ria)];
    assert_eq!(answers_read(&map, noah, Reader::Network), ria_only);
    assert_eq!(answers_read(&map, noah, Reader::Person(henk)), ria_only);
    // Dennis never reads the answer about him, whatever Noah chose.
    assert_eq!(answers_read(&map, noah, Reader::Person(dennis)), ria_only);
    assert_eq!(
        answers_read(&map, noah, Reader::Person(linda)),
        vec![(ChildAnswer::Support, ria), (ChildAnswer::NotNear, dennis)]
    );
    // The choice is saved with the answer, in the file.
    let back = from_json(&to_json(&map)).unwrap();
    let shared: Vec<answers::Sharing> =
        answers::given(answers::find(&back, noah), noah).into_iter().map(answers::sharing).collect();
    assert_eq!(
        shared,
        vec![answers::Sharing::Everyone, answers::Sharing::Helpers, answers::Sharing::EveryoneBut([henk].into())]
    );
    // Linda's view (her printout's insights) now says Noah's wish, as a wish; Dennis's never.
    let said = |map: &FamilyMap| {
        insights(map)
            .iter()
            .any(|i| matches!(i, Insight::ChildRatherNotNear { child, person } if *child == noah && *person == dennis))
    };
    assert!(said(&readable_map(&map, Reader::Person(linda))));
    assert!(!said(&readable_map(&map, Reader::Person(dennis))));
    assert!(!said(&readable_map(&map, Reader::Person(henk))));
    // Even "everyone" leaves Dennis out of the answer about him, in the file too.
    share(&mut map, noah, dennis, answers::Sharing::Everyone);
    let not_near = answers::given(answers::find(&map, noah), noah).into_iter().find(|t| t.from == dennis).unwrap();
    assert_eq!(not_near.readers, Readers::not_for([dennis], ""));
    assert_eq!(answers::sharing(not_near), answers::Sharing::Everyone);
    assert!(!answers_read(&map, noah, Reader::Person(dennis)).contains(&(ChildAnswer::NotNear, dennis)));
    // And back to the helpers only, in one step.
    share(&mut map, noah, ria, answers::Sharing::Helpers);
    assert_eq!(answers_read(&map, noah, Reader::Network), vec![]);
}

#[test]
fn how_close_and_how_safe_a_child_feels_stay_with_the_child_and_the_professionals() {
    let (map, noah) = noah_answers();
    let (linda, dennis, karin) = (id_of(&map, "Linda"), id_of(&map, "Dennis"), id_of(&map, "Karin"));
    let kept = |reader: Reader| {
        let copy = readable_map(&map, reader);
        let view = answers::find(&copy, noah).unwrap().clone();
        (view.safety, view.closeness.is_empty())
    };
    assert_eq!(kept(Reader::Person(noah)), (Some(3), false));
    assert_eq!(kept(Reader::Person(karin)), (Some(3), false));
    assert_eq!(kept(Reader::Professionals), (Some(3), false));
    for reader in [Reader::Person(linda), Reader::Person(dennis), Reader::Network] {
        assert_eq!(kept(reader), (None, true), "{reader:?}");
    }
    // What the "Show as" lens and "Export for" use holds no more.
    let json = to_json(&kring::present::shown_to(&map, Reader::Person(dennis), Lang::Nl, YEAR));
    assert!(!json.contains("\"safety\""), "{json}");
}

#[test]
fn the_plan_exported_for_a_reader_holds_exactly_their_printout_with_names_replaced() {
    let mut f = fixture();
    // Mila did not agree to appear for the network, and a worry for everyone names her.
    let mila = id_of(&f.map, "Mila");
    f.meeting.participants.iter_mut().filter(|p| p.person == Some(mila)).for_each(|p| {
        p.consent.may_appear_on_shared_map = false;
    });
    f.meeting.worries[1].text = "Moe mkfoxtrot, Mila mag naar Samira".into();
    f.map.apply(Edit::SetMeeting { id: f.meeting.id, meeting: Some(f.meeting.clone()) }).unwrap();
    for &(reader, name) in &f.readers {
        for lang in Lang::ALL {
            let (text, left_out) = kring::present::plan_for(&f.map, reader, lang, YEAR).expect("a meeting");
            let mut printout = pack(&f.map, &f.meeting, audience_for(reader), YEAR);
            assert_eq!(left_out, printout.left_out, "{name}");
            assert_eq!(kring::present::left_out_for(&f.map, reader), left_out, "{name}");
            // Exactly the printout, with the one-step name fix applied.
            printout.replace_names(lang);
            assert_eq!(text, printout.render_text(lang), "{name}");
            for item in f.items.iter().filter(|i| !may(&f, i, reader)) {
                assert!(!text.contains(item.marker), "the plan for {name} holds {}", item.marker);
            }
            if may(&f, &f.items[f.items.iter().position(|i| i.marker == "mkecho").unwrap()], reader) {
                assert!(text.contains("mkecho"), "the plan for {name} misses a worry for them");
            }
        }
    }
    let network = kring::present::plan_for(&f.map, Reader::Network, Lang::Nl, YEAR).unwrap().0;
    assert!(network.contains("mag naar Samira") && !network.contains("Mila"), "{network}");
    let dennis = id_of(&f.map, "Dennis");
    assert_eq!(
        kring::present::left_out_for(&f.map, Reader::Person(dennis)),
        LeftOut { not_for_reader: 9, professionals_only: 7, child_answers: 1 }
    );
    // No meeting, no plan; the counts are the map's.
    let map = bakker();
    assert!(kring::present::plan_for(&map, Reader::Network, Lang::Nl, YEAR).is_none());
    assert_eq!(kring::present::left_out_for(&map, Reader::Network), LeftOut::default());
}

// ---------------------------------------------------------------------------------------
// Random maps and random restrictions
// ---------------------------------------------------------------------------------------

fn readers_strategy() -> impl Strategy<Value = (u8, Vec<u8>)> {
    (0..3u8, proptest::collection::vec(0..16u8, 0..3))
}

fn to_readers(choice: (u8, Vec<u8>), ids: &[PersonId]) -> Readers {
    match choice.0 {
        0 => Readers::Everyone,
        1 if !ids.is_empty() => Readers::not_for(choice.1.iter().map(|i| ids[*i as usize % ids.len()]), "reden"),
        _ => Readers::professionals_only("reden"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_maps_and_restrictions_give_each_reader_exactly_their_items(
        map in maps::random(),
        person_readers in proptest::collection::vec(readers_strategy(), 12),
        tie_readers in proptest::collection::vec(readers_strategy(), 20),
        worry_readers in proptest::collection::vec(readers_strategy(), 0..4),
        own_words in proptest::collection::vec(readers_strategy(), 4),
        pick in 0..16usize,
    ) {
        let mut map = map;
        let ids: Vec<PersonId> = map.persons().iter().map(|p| p.id).collect();
        let mut edits = Vec::new();
        let mut expected: Vec<(String, Readers)> = Vec::new();
        for (i, person) in map.persons().into_iter().enumerate() {
            let mut p = person.clone();
            p.note = format!("zqp{}zq", p.id.0);
            p.readers = to_readers(person_readers[i % person_readers.len()].clone(), &ids);
            expected.push((p.note.clone(), p.readers.clone()));
            edits.push(Edit::UpdatePerson { person: p });
        }
        for (i, tie) in map.ties().into_iter().enumerate() {
            let mut t = tie.clone();
            t.note = format!("zqt{}zq", t.id.0);
            t.readers = to_readers(tie_readers[i % tie_readers.len()].clone(), &ids);
            expected.push((t.note.clone(), t.readers.clone()));
            edits.push(Edit::UpdateTie { tie: t });
        }
        let mut meeting = Meeting::new(MeetingId(1), "2026-01-01");
        for (i, choice) in worry_readers.into_iter().enumerate() {
            let readers = to_readers(choice, &ids);
            let text = format!("zqw{i}zq");
            expected.push((text.clone(), readers.clone()));
            meeting.worries.push(Worry { text, readers, ..Default::default() });
        }
        // The meeting's own words: place, purpose, what 0 means, what happens if not kept.
        let own: Vec<Readers> = own_words.into_iter().map(|c| to_readers(c, &ids)).collect();
        (meeting.place, meeting.place_readers) = ("zqm0zq".into(), own[0].clone());
        (meeting.purpose, meeting.purpose_readers) = ("zqm1zq".into(), own[1].clone());
        (meeting.scale_anchors.zero, meeting.scale_anchors.readers) = ("zqm2zq".into(), own[2].clone());
        (meeting.monitoring.if_not_kept, meeting.monitoring.readers) = ("zqm3zq".into(), own[3].clone());
        for (i, readers) in own.iter().enumerate() {
            expected.push((format!("zqm{i}zq"), readers.clone()));
        }
        edits.push(Edit::SetMeeting { id: meeting.id, meeting: Some(meeting.clone()) });
        map.apply(Edit::Batch { edits }).unwrap();

        let mut readers = vec![Reader::Professionals, Reader::Network];
        if !ids.is_empty() {
            readers.push(Reader::Person(ids[pick % ids.len()]));
        }
        for reader in readers {
            let professional = is_professional(&map, reader);
            let json = to_json(&readable_map(&map, reader));
            let csv_text = {
                let mine = readable_map(&map, reader);
                format!("{}{}", csv::export_persons(&mine), csv::export_ties(&mine))
            };
            for (marker, readers) in &expected {
                let allowed = readers.allows(reader, professional);
                prop_assert_eq!(json.contains(marker.as_str()), allowed, "{} for {:?} in json", marker, reader);
                if !allowed {
                    prop_assert!(!csv_text.contains(marker.as_str()), "{} for {:?} in csv", marker, reader);
                }
            }
            // The pack follows the same rule for the meeting's items.
            let audience = audience_for(reader);
            let text = pack(&map, &meeting, audience, YEAR).render_text(Lang::En);
            for (marker, readers) in expected.iter().filter(|(m, _)| m.starts_with("zqw")) {
                prop_assert_eq!(text.contains(marker.as_str()), readers.allows(reader, professional), "{} in pack", marker);
            }
            for (marker, readers) in expected.iter().filter(|(m, _)| m.starts_with("zqm")) {
                if !readers.allows(reader, professional) {
                    prop_assert!(!text.contains(marker.as_str()), "{} in pack for {:?}", marker, reader);
                }
            }
        }
    }
}

#[test]
fn the_childs_wish_is_said_as_a_wish_never_as_a_danger() {
    use kring::i18n::timeline as say;
    use kring::timeline::disagreements;
    let f = fixture();
    let (noah, dennis) = (id_of(&f.map, "Noah"), id_of(&f.map, "Dennis"));
    // Linda's view says Dennis supports Noah; Noah's says he would rather not have him near.
    let mut linda_view =
        Perspective::from_map(PerspectiveId(2), "Zoals Linda het ziet", Some(id_of(&f.map, "Linda")), &f.map);
    linda_view.ties.retain(|t| !(t.from == dennis && t.to == noah && t.kind == TieKind::Risk));
    let perspectives = vec![f.map.perspectives()[0].clone(), linda_view];
    let found = disagreements(&f.map, &perspectives);
    let about = found.iter().find(|d| format!("{d:?}").contains(&format!("{noah:?}"))).expect("Noah and Dennis");
    let nl = say::disagreement(Lang::Nl, about, &f.map, &perspectives);
    let en = say::disagreement(Lang::En, about, &f.map, &perspectives);
    assert!(nl.contains("liever niet dichtbij"), "{nl}");
    assert!(en.contains("would rather not have"), "{en}");
    assert!(!nl.contains("gevaar") && !en.contains("risk"), "{nl} / {en}");
}

#[test]
fn the_show_as_lens_draws_and_explains_only_what_the_reader_gets() {
    use kring::i18n::insights::sentence;
    use kring::present::shown_to;
    let f = fixture();
    for &(reader, name) in &f.readers {
        let shown = shown_to(&f.map, reader, Lang::Nl, YEAR);
        let mut all = to_json(&shown);
        all += &svg::export(&Scene::build(&shown, Lang::Nl), Lang::Nl, "12-12-2026");
        for insight in insights(&shown) {
            for lang in Lang::ALL {
                all += &sentence(lang, &insight, &shown);
            }
        }
        for item in &f.items {
            if !may(&f, item, reader) {
                assert!(!all.contains(item.marker), "the lens for {name} holds {}", item.marker);
            }
        }
    }
    // The network's lens holds no risk ties: the family did not choose to share them.
    let network = shown_to(&f.map, Reader::Network, Lang::Nl, YEAR);
    assert!(network.ties().iter().all(|t| t.kind != TieKind::Risk));
    // Noah's lens holds his own answer, said as a wish.
    let noah = id_of(&f.map, "Noah");
    let his = shown_to(&f.map, Reader::Person(noah), Lang::Nl, YEAR);
    let wish =
        insights(&his).into_iter().find(|i| matches!(i, Insight::ChildRatherNotNear { .. })).expect("his answer");
    assert_eq!(
        sentence(Lang::Nl, &wish, &his),
        "Noah wil Dennis liever niet dichtbij. Praat met Noah over wat Noah nodig heeft."
    );
}

/// The matrix fixture as a Kring file, for the end-to-end tests (tests/e2e/readers.test.mjs).
/// `KRING_WRITE_FIXTURES=1 cargo test --test visibility` writes it again.
#[test]
fn the_end_to_end_fixture_is_the_matrix_fixture() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bakker-readers.kring.json");
    let f = fixture();
    if std::env::var_os("KRING_WRITE_FIXTURES").is_some() {
        std::fs::write(path, to_json(&f.map)).unwrap();
    }
    let stored = from_json(&std::fs::read_to_string(path).expect("fixture written")).unwrap();
    assert_eq!(stored, f.map);
}

// ---------------------------------------------------------------------------------------
// The meeting's own words: place, purpose, scale anchors, scores, monitoring
// ---------------------------------------------------------------------------------------

#[test]
fn the_meetings_own_words_follow_their_readers() {
    let f = fixture();
    let (dennis, noah, karin) = (id_of(&f.map, "Dennis"), id_of(&f.map, "Noah"), id_of(&f.map, "Karin"));
    // Dennis's printout: no place, no "0 means", no score of Linda's, nobody who keeps an
    // eye; the purpose, Oma Ria's score and the review date are for everyone.
    let his = pack(&f.map, &f.meeting, Audience::Person(dennis), YEAR);
    assert_eq!(his.header.place.as_deref(), Some(""));
    assert!(his.header.scale_anchors.is_none());
    assert_eq!(his.header.purpose.as_deref(), Some("Rust bij de overdracht mkromeo"));
    let Some(Section::Scales(scores)) = his.section(SectionKind::Scales) else { panic!("scales for the family") };
    assert_eq!(scores.iter().map(|s| s.score).collect::<Vec<_>>(), vec![6], "only Oma Ria's score is for him");
    let Some(Section::Monitoring(watch)) = his.section(SectionKind::Monitoring) else { panic!("monitoring") };
    assert_eq!((watch.keeper.clone(), watch.if_not_kept.as_str()), (None, ""));
    assert_eq!(watch.review_date, "2027-03-01", "everyone needs to know when the plan is reviewed");
    let text = his.render_text(Lang::Nl);
    assert!(text.contains("01-03-2027") || text.contains("1 maart 2027"), "{text}");
    assert!(!text.contains("Wijkcentrum") && !text.contains("Karin belt"), "{text}");

    // Noah's score is his own: in his printout and his child plan, though for professionals only.
    let own = pack(&f.map, &f.meeting, Audience::Person(noah), YEAR);
    let Some(Section::Scales(scores)) = own.section(SectionKind::Scales) else { panic!("scales") };
    assert!(scores.iter().any(|s| s.score == 3 && s.why.as_deref() == Some("Als Papa boos is mktango")));
    let child = pack(&f.map, &f.meeting, Audience::Child(noah), YEAR);
    let Some(Section::MyScore(mine)) = child.section(SectionKind::MyScore) else { panic!("my score") };
    assert_eq!(mine.iter().map(|s| s.score).collect::<Vec<_>>(), vec![3]);

    // Karin is a professional: she reads who keeps an eye and what happens if it is not kept.
    let hers = pack(&f.map, &f.meeting, Audience::Person(karin), YEAR);
    let Some(Section::Monitoring(watch)) = hers.section(SectionKind::Monitoring) else { panic!("monitoring") };
    assert_eq!(watch.if_not_kept, "Karin belt de politie mkuniform");

    // The invitation follows the same rule: Dennis's says why, not where.
    let invite = |person: PersonId| {
        let p = f.meeting.participants.iter().find(|p| p.person == Some(person)).unwrap();
        kring::meeting::invitation::invitation(&f.map, &f.meeting, p.id, YEAR).unwrap()
    };
    assert_eq!(invite(dennis).place, "");
    assert_eq!(invite(dennis).purpose, "Rust bij de overdracht mkromeo");
    assert_eq!(invite(id_of(&f.map, "Linda")).place, "Wijkcentrum mkquebec");

    // Each readership is saved in the file, and a file without them reads as everyone.
    let back = from_json(&to_json(&f.map)).unwrap();
    let m = &back.meetings()[0];
    assert_eq!(m.place_readers, Readers::not_for([dennis], "opvanglocatie"));
    assert_eq!(m.monitoring.readers, Readers::professionals_only("aangifte"));
    assert_eq!(m.scales[1].readers, Readers::professionals_only("Noah deelt het nog niet"));
    assert_eq!(m.scale_anchors.readers, Readers::not_for([dennis], ""));
    let mut open = f.map.clone();
    let mut plain = f.meeting.clone();
    plain.place_readers = Readers::Everyone;
    plain.scales.iter_mut().for_each(|s| s.readers = Readers::Everyone);
    open.apply(Edit::SetMeeting { id: plain.id, meeting: Some(plain) }).unwrap();
    let json = to_json(&open);
    assert!(!json.contains("place_readers") && !json.contains("verblijfplaats"), "no field while for everyone");
}

#[test]
fn the_counts_include_the_childs_answers_kept_from_a_reader() {
    let f = fixture();
    let (linda, dennis, noah, karin) =
        (id_of(&f.map, "Linda"), id_of(&f.map, "Dennis"), id_of(&f.map, "Noah"), id_of(&f.map, "Karin"));
    let answers_left_out = |map: &FamilyMap, reader: Reader| kring::present::left_out_for(map, reader).child_answers;
    // Noah's "not near" is for professionals only: kept from everyone but him and Karin.
    assert_eq!(answers_left_out(&f.map, Reader::Person(dennis)), 1);
    assert_eq!(answers_left_out(&f.map, Reader::Person(linda)), 1);
    assert_eq!(answers_left_out(&f.map, Reader::Network), 1);
    assert_eq!(answers_left_out(&f.map, Reader::Person(noah)), 0);
    assert_eq!(answers_left_out(&f.map, Reader::Person(karin)), 0);
    assert_eq!(answers_left_out(&f.map, Reader::Professionals), 0);
    // The map's own items are counted once, not again for the ties Noah's view copies.
    // For professionals only: Oma Ria's details, Samira's tie, the bottom line, Noah's words,
    // a note, Noah's score, the monitoring; and the answer.
    assert_eq!(kring::present::left_out_for(&f.map, Reader::Person(linda)).total(), 7 + 1);

    // Noah shares his answers: Linda reads them now, Dennis never reads the one about him.
    let (mut map, noah) = noah_answers();
    let (linda, dennis) = (id_of(&map, "Linda"), id_of(&map, "Dennis"));
    let ria = id_of(&map, "Oma Ria");
    let counts = |map: &FamilyMap, reader| readable_map_counted(map, reader).1.child_answers;
    assert_eq!(counts(&map, Reader::Person(linda)), 3);
    share(&mut map, noah, dennis, answers::Sharing::Everyone);
    share(&mut map, noah, ria, answers::Sharing::Everyone);
    assert_eq!(counts(&map, Reader::Person(linda)), 1, "the answer about Coach Bas stays with the helpers");
    assert_eq!(counts(&map, Reader::Person(dennis)), 2, "the answer about him, and the one about Coach Bas");

    // In words, in both languages, for a person and for the network.
    let words = |lang, n, audience, name| {
        let left_out = LeftOut { child_answers: n, ..LeftOut::default() };
        kring::i18n::meeting::left_out_text(lang, left_out, audience, name)
    };
    assert_eq!(
        words(Lang::Nl, 1, Audience::Person(dennis), "Dennis"),
        ["1 antwoord van een kind is niet voor Dennis."]
    );
    assert_eq!(words(Lang::En, 2, Audience::Person(dennis), "Dennis"), ["2 answers children gave are not for Dennis."]);
    assert_eq!(
        words(Lang::Nl, 2, Audience::Network, ""),
        ["2 antwoorden van kinderen zijn niet voor iedereen en staan er dus niet in."]
    );
    assert_eq!(
        words(Lang::En, 1, Audience::Network, ""),
        ["1 answer a child gave is not for everyone, so it is left out."]
    );
}

#[test]
fn the_lens_and_the_export_judge_ages_in_the_meetings_year_as_the_printout_does() {
    use kring::present::{plan_for, shown_to};
    // Noah was born in 2014: 10 or 11 at a meeting in 2025 (his parents decide), 11 or 12
    // today in 2026 (he decides with them). Only his mother said yes.
    let mut map = bakker();
    let noah = id_of(&map, "Noah");
    let mut child = map.person(noah).unwrap().clone();
    child.age = Some(Age::BirthYear(2014));
    map.apply(Edit::UpdatePerson { person: child }).unwrap();
    let mut m = Meeting::new(MeetingId(1), "2025-06-01");
    let mut p = Participant::on_map(ParticipantId(1), noah, MeetingRole::FamilyMember);
    p.consent.may_appear_on_shared_map = true;
    p.consent.consent_given_by = vec!["Linda".into()];
    m.participants = vec![p];
    m.worries = vec![Worry { text: "Noah slaapt slecht".into(), ..Default::default() }];
    map.apply(Edit::SetMeeting { id: m.id, meeting: Some(m.clone()) }).unwrap();
    let today = 2026;
    let named = |view: &PackView| view.persons().iter().any(|p| p.id == noah && p.label.is_named());
    // The two years do give different answers (else this test could not fail).
    assert!(named(&pack(&map, &m, Audience::Network, 2025)));
    assert!(!named(&pack(&map, &m, Audience::Network, today)));
    // The paper is judged in the meeting's year; the lens and the file follow it.
    let paper = pack(&map, &m, Audience::Network, kring::meeting::consent::rule_year(&m, today));
    assert!(named(&paper));
    let lens = shown_to(&map, Reader::Network, Lang::Nl, today);
    assert_eq!(lens.person(noah).map(|p| p.name.as_str()), Some("Noah"));
    let (text, _) = plan_for(&map, Reader::Network, Lang::Nl, today).unwrap();
    let mut printed = paper.clone();
    printed.replace_names(Lang::Nl);
    assert_eq!(text, printed.render_text(Lang::Nl));
    // A meeting without a date yet: today's year.
    m.date = String::new();
    assert_eq!(kring::meeting::consent::rule_year(&m, today), today);
}

#[test]
fn the_pseudonymise_preview_for_a_reader_lists_only_what_their_file_holds() {
    use kring::io::pseudonymise::{changes, pseudonymise, NameStyle, Pseudonyms};
    use kring::present::export_map;
    let mut f = fixture();
    // Mila did not agree to appear for the network.
    let (mila, dennis) = (id_of(&f.map, "Mila"), id_of(&f.map, "Dennis"));
    f.meeting.participants.iter_mut().filter(|p| p.person == Some(mila)).for_each(|p| {
        p.consent.may_appear_on_shared_map = false;
    });
    f.map.apply(Edit::SetMeeting { id: f.meeting.id, meeting: Some(f.meeting.clone()) }).unwrap();
    let how = Pseudonyms {
        names: NameStyle::default(),
        words: kring::i18n::files::pseudonym_words(Lang::Nl),
        keep_safety: false,
    };
    let preview = |reader| changes(&export_map(&f.map, reader, Lang::Nl, YEAR), how);
    let names = |c: &kring::io::pseudonymise::Changes| c.persons.iter().map(|p| p.name.clone()).collect::<Vec<_>>();

    let everything = preview(None);
    assert!(names(&everything).contains(&"Mila".to_owned()));
    assert_eq!(everything.person_notes_dropped, 2, "Linda's and Oma Ria's notes");
    let network = preview(Some(Reader::Network));
    assert!(!names(&network).contains(&"Mila".to_owned()), "{:?}", names(&network));
    assert_eq!(network.person_notes_dropped, 0);
    let his = preview(Some(Reader::Person(dennis)));
    assert_eq!(his.person_notes_dropped, 0, "neither note is for Dennis");
    assert_eq!(his.tie_notes_dropped, 1, "only the note for everyone (Coach Bas)");
    // The preview and the file agree, line for line.
    for reader in [None, Some(Reader::Network), Some(Reader::Person(dennis))] {
        let file = pseudonymise(&export_map(&f.map, reader, Lang::Nl, YEAR), how);
        let lines = preview(reader).persons;
        assert_eq!(file.persons().len(), lines.len());
        for line in lines {
            assert_eq!(file.person(line.id).map(|p| p.name.clone()), Some(line.written_name));
        }
    }
}
