//! The meeting pack: who sees what per audience, the consent age rules, the
//! texts, validation, storage and the support ties agreements add. The Bakker family's
//! meeting (6 participants, 3 worries, 2 bottom lines, 5 agreements) is the main fixture.

use kring::i18n::meeting::{consent_rule_text, problem, section_title};
use kring::i18n::{t, Key, Lang};
use kring::meeting::*;
use kring::model::*;
use std::collections::BTreeSet;

const YEAR: u16 = 2026;

// ---------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------

/// Ids in the Bakker map, so tests can name who they mean.
#[allow(dead_code)]
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
    joost: PersonId,
    karin: PersonId,
    omar: PersonId,
    risk_ties: Vec<TieId>,
    ria_mila: TieId,
    ria_noah: TieId,
    samira_mila: TieId,
    bas_noah: TieId,
    dennis_noah_witness: TieId,
    dennis_mila_witness: TieId,
}

fn add(map: &mut FamilyMap, name: &str, sector: Sector, ring: u8, change: impl FnOnce(&mut Person)) -> PersonId {
    let ring = Ring::new(ring).expect("ring 1..4");
    let mut person = Person::new(map.next_person_id(), name, sector, ring);
    person.angle = map.free_angle(sector, ring);
    change(&mut person);
    let id = person.id;
    map.apply(Edit::AddPerson { person }).expect("valid person");
    id
}

fn tie(map: &mut FamilyMap, from: PersonId, to: PersonId, kind: TieKind, change: impl FnOnce(&mut Tie)) -> TieId {
    let mut tie = Tie::new(map.next_tie_id(), from, to, kind);
    change(&mut tie);
    let id = tie.id;
    map.apply(Edit::AddTie { tie }).expect("valid tie");
    id
}

fn support(map: &mut FamilyMap, from: PersonId, to: PersonId, kinds: &[SupportType]) -> TieId {
    tie(map, from, to, TieKind::Support, |t| t.support = kinds.iter().copied().collect())
}

fn risk(map: &mut FamilyMap, from: PersonId, to: PersonId, kinds: &[RiskType], according_to: &str) -> TieId {
    tie(map, from, to, TieKind::Risk, |t| {
        t.risk = kinds.iter().copied().collect();
        t.according_to = according_to.to_owned();
    })
}

/// The Bakker family from shared/data/scenario-familie-bakker.md, with ages, notes, the
/// support and risk ties of the scenario and the safe adults for Mila.
fn bakker() -> Bakker {
    use RiskType as R;
    use SupportType as S;
    let mut map = FamilyMap::new("Familie Bakker");
    let linda = add(&mut map, "Linda", Sector::Household, 1, |p| {
        p.age = Some(Age::Years(34));
        p.role = "moeder".into();
        p.note = "Werkt nachtdiensten en heeft schulden".into();
    });
    let noah = add(&mut map, "Noah", Sector::Household, 1, |p| {
        p.child = true;
        p.age = Some(Age::Years(12));
    });
    let mila = add(&mut map, "Mila", Sector::Household, 1, |p| {
        p.child = true;
        p.age = Some(Age::Years(7));
    });
    let dennis = add(&mut map, "Dennis", Sector::Family, 2, |p| {
        p.age = Some(Age::Years(36));
        p.role = "vader".into();
        p.note = "Ziet de kinderen om het weekend".into();
    });
    let ria = add(&mut map, "Oma Ria", Sector::Family, 1, |p| {
        p.role = "oma, moeder van Linda".into();
        p.note = "Woont tien minuten fietsen verderop".into();
        p.child_safety.insert(mila, ChildSafety::SafeAdult);
    });
    let henk = add(&mut map, "Opa Henk", Sector::Family, 3, |p| {
        p.role = "opa, vader van Dennis".into();
        p.note = "Kiest bij ruzies de kant van Dennis".into();
    });
    let samira = add(&mut map, "Samira", Sector::Community, 2, |p| {
        p.role = "buurvrouw".into();
        p.note = "Heeft zelf drie kinderen".into();
        p.child_safety.insert(mila, ChildSafety::SafeAdult);
    });
    let bas = add(&mut map, "Coach Bas", Sector::Community, 3, |p| {
        p.role = "voetbaltrainer".into();
        p.note = "Traint Noah al drie jaar".into();
    });
    let joost = add(&mut map, "Meester Joost", Sector::SchoolWork, 3, |p| p.role = "leerkracht van Mila".into());
    let ellen = add(&mut map, "Ellen", Sector::SchoolWork, 3, |p| p.role = "collega van Linda".into());
    let karin = add(&mut map, "Karin", Sector::Professionals, 2, |p| p.role = "wijkteam".into());
    let omar = add(&mut map, "Omar", Sector::Professionals, 3, |p| p.role = "regionaal veiligheidsteam".into());
    let debt = add(&mut map, "Schuldhulpverlener", Sector::Professionals, 4, |_| {});
    let gp = add(&mut map, "Huisarts", Sector::Professionals, 4, |_| {});
    let therapist = add(&mut map, "Therapeut van Noah", Sector::Professionals, 4, |_| {});

    tie(&mut map, dennis, noah, TieKind::Support, |t| {
        t.support = [S::Practical, S::Emotional].into_iter().collect();
        t.according_to = "Noah".into();
    });
    let dennis_linda = risk(&mut map, dennis, linda, &[R::PsychologicalAbuse], "Linda");
    let dennis_noah_witness = risk(&mut map, dennis, noah, &[R::WitnessingViolence], "Linda");
    let dennis_mila_witness = risk(&mut map, dennis, mila, &[R::WitnessingViolence], "Linda");
    let ria_mila = support(&mut map, ria, mila, &[S::Childcare]);
    let ria_noah = support(&mut map, ria, noah, &[S::Childcare]);
    support(&mut map, ria, linda, &[S::Emotional]);
    support(&mut map, henk, linda, &[S::Money]);
    let henk_linda = risk(&mut map, henk, linda, &[R::LoyaltyConflict], "Linda");
    let samira_mila = tie(&mut map, samira, mila, TieKind::Support, |t| {
        t.support = [S::Practical, S::Childcare].into_iter().collect();
        t.note = "Samira heeft een sleutel van het huis".into();
    });
    let bas_noah = support(&mut map, bas, noah, &[S::Company, S::Advice]);
    support(&mut map, joost, linda, &[S::Advice]);
    support(&mut map, ellen, linda, &[S::Company]);
    tie(&mut map, karin, linda, TieKind::Contact, |_| {});
    tie(&mut map, omar, karin, TieKind::Contact, |t| {
        t.mutual = true;
        t.note = "Werken als duo".into();
    });
    support(&mut map, debt, linda, &[S::Money, S::Advice]);
    tie(&mut map, gp, linda, TieKind::Contact, |_| {});
    support(&mut map, therapist, noah, &[S::Emotional]);
    tie(&mut map, henk, dennis, TieKind::Contact, |t| t.note = "Henk neemt het altijd op voor Dennis".into());
    support(&mut map, linda, noah, &[S::Emotional, S::Practical]);
    support(&mut map, linda, mila, &[S::Emotional, S::Practical]);

    Bakker {
        map,
        linda,
        noah,
        mila,
        dennis,
        ria,
        henk,
        samira,
        bas,
        joost,
        karin,
        omar,
        risk_ties: vec![dennis_linda, dennis_noah_witness, dennis_mila_witness, henk_linda],
        ria_mila,
        ria_noah,
        samira_mila,
        bas_noah,
        dennis_noah_witness,
        dennis_mila_witness,
    }
}

const LINDA_PHONE: &str = "06-11111111";
const RIA_PHONE: &str = "06-22222222";
const SAMIRA_PHONE: &str = "06-33333333";
const KARIN_PHONE: &str = "06-55555555";
const KARIN_EMAIL: &str = "karin@wijkteam.example";
const PETRA_PHONE: &str = "06-66666666";

const P_LINDA: ParticipantId = ParticipantId(1);
const P_NOAH: ParticipantId = ParticipantId(2);
const P_RIA: ParticipantId = ParticipantId(3);
const P_SAMIRA: ParticipantId = ParticipantId(4);
const P_KARIN: ParticipantId = ParticipantId(5);
const P_PETRA: ParticipantId = ParticipantId(6);

fn consent(appear: bool, plan: bool, given_by: &[&str]) -> Consent {
    Consent {
        may_appear_on_shared_map: appear,
        may_receive_plan: plan,
        consent_given_by: given_by.iter().map(|s| s.to_string()).collect(),
        consent_date: "2026-11-20".into(),
    }
}

/// The Bakker meeting: 6 participants, 3 worries, 2 bottom lines, 5 agreements.
/// Consent: Linda, Noah (with Linda), Oma Ria and Karin agree to both; Samira may appear but
/// does not want the plan (so her number stays out); Petra, the expert-by-experience who is
/// not on the map, agreed to nothing. Coach Bas, Dennis and Mila are not on the list.
fn bakker_meeting(b: &Bakker) -> Meeting {
    let mut m = Meeting::new(MeetingId(1), "2026-12-03");
    m.place = "Wijkcentrum De Kring".into();
    m.chair = "Petra".into();
    m.purpose = "Samen een plan maken zodat Noah en Mila veilig thuis kunnen wonen.".into();

    let mut linda = Participant::on_map(P_LINDA, b.linda, MeetingRole::FamilyMember);
    linda.phone = LINDA_PHONE.into();
    linda.invitation = Invitation::Confirmed;
    linda.consent = consent(true, true, &["Linda"]);
    let mut noah = Participant::on_map(P_NOAH, b.noah, MeetingRole::FamilyMember);
    noah.invitation = Invitation::Confirmed;
    noah.consent = consent(true, true, &["Noah", "Linda"]);
    let mut ria = Participant::on_map(P_RIA, b.ria, MeetingRole::NetworkMember);
    ria.phone = RIA_PHONE.into();
    ria.invitation = Invitation::Confirmed;
    ria.consent = consent(true, true, &["Oma Ria"]);
    let mut samira = Participant::on_map(P_SAMIRA, b.samira, MeetingRole::NetworkMember);
    samira.phone = SAMIRA_PHONE.into();
    samira.consent = consent(true, false, &["Samira"]);
    let mut karin = Participant::on_map(P_KARIN, b.karin, MeetingRole::Professional);
    karin.phone = KARIN_PHONE.into();
    karin.email = KARIN_EMAIL.into();
    karin.invitation = Invitation::Confirmed;
    karin.consent = consent(true, true, &["Karin"]);
    let mut petra = Participant::extra(P_PETRA, "Petra", MeetingRole::ExpertByExperience);
    petra.phone = PETRA_PHONE.into();
    petra.invitation = Invitation::Confirmed;
    m.participants = vec![linda, noah, ria, samira, karin, petra];

    m.worries = vec![
        Worry {
            text: "We zijn bang dat Dennis bij het ophalen van de kinderen weer schreeuwt en dreigt, en dat Noah en \
                   Mila dat zien."
                .into(),
            shared_by: vec![P_LINDA, P_RIA, P_KARIN],
            not_shared_by: vec![],
            readers: Readers::Everyone,
        },
        Worry {
            text: "Linda is zo moe van de nachtdiensten en de schulden dat ze het misschien niet volhoudt.".into(),
            shared_by: vec![P_LINDA, P_KARIN],
            not_shared_by: vec![],
            readers: Readers::Everyone,
        },
        Worry {
            text: "Noah praat met bijna niemand over wat er thuis gebeurt.".into(),
            shared_by: vec![P_KARIN, P_RIA],
            not_shared_by: vec![P_NOAH],
            readers: Readers::Everyone,
        },
    ];
    m.going_well = vec!["Oma Ria is er elke woensdag.".into(), "Noah gaat graag naar voetbal.".into()];
    m.bottom_lines = vec![
        BottomLine {
            text: "De kinderen worden niet bij Linda thuis overgedragen, maar bij Oma Ria.".into(),
            set_by: Who::Participant(P_KARIN),
            readers: Readers::Everyone,
        },
        BottomLine {
            text: "Als Dennis dreigt, belt Linda meteen 112 en daarna Karin.".into(),
            set_by: Who::Person(b.karin),
            readers: Readers::Everyone,
        },
    ];

    let mut a1 = Agreement::new(b.ria, "Haalt Mila en Noah op woensdag uit school en past op tot Linda thuis is.");
    a1.for_whom = vec![b.mila, b.noah];
    a1.from = "2026-12-09".into();
    a1.how_we_know = "Oma Ria en Linda vertellen het bij de volgende bespreking.".into();
    a1.ties = vec![b.ria_mila, b.ria_noah];
    a1.strengthens = Some(TieSuggestion {
        from: b.ria,
        to: b.mila,
        support: [SupportType::Childcare].into_iter().collect(),
        existing: Some(b.ria_mila),
    });
    let mut a2 = Agreement::new(b.samira, "Brengt Mila naar school als Linda nachtdienst heeft.");
    a2.for_whom = vec![b.mila];
    a2.ties = vec![b.samira_mila];
    let mut a3 = Agreement::new(b.bas, "Vraagt Noah na de training hoe het gaat.");
    a3.for_whom = vec![b.noah];
    a3.strengthens = Some(TieSuggestion {
        from: b.bas,
        to: b.noah,
        support: [SupportType::Emotional].into_iter().collect(),
        existing: None,
    });
    let mut a4 = Agreement::new(b.karin, "Regelt een afspraak bij de schuldhulpverlening.");
    a4.for_whom = vec![b.linda];
    a4.by = "2026-12-15".into();
    a4.how_we_know = "Linda heeft een datum voor het eerste gesprek.".into();
    let mut a5 = Agreement::new(b.dennis, "Haalt en brengt de kinderen alleen bij Oma Ria.");
    a5.for_whom = vec![b.noah, b.mila];
    a5.from = "2026-12-05".into();
    a5.ties = vec![b.dennis_noah_witness, b.dennis_mila_witness];
    m.agreements = vec![a1, a2, a3, a4, a5];

    m.red_flags = vec![
        RedFlag {
            sign: "Dennis staat onverwacht voor de deur.".into(),
            steps: vec![
                RedFlagStep {
                    who: Who::Person(b.linda),
                    does: "Doet de deur niet open".into(),
                    calls: Some(Who::Participant(P_RIA)),
                },
                RedFlagStep {
                    who: Who::Participant(P_RIA),
                    does: "Komt de kinderen halen".into(),
                    calls: Some(Who::Participant(P_KARIN)),
                },
            ],
            readers: Readers::Everyone,
        },
        RedFlag {
            sign: "Mila wil niet naar huis of is heel stil.".into(),
            steps: vec![RedFlagStep {
                who: Who::Person(b.samira),
                does: "Neemt Mila mee naar binnen".into(),
                calls: Some(Who::Person(b.linda)),
            }],
            readers: Readers::Everyone,
        },
    ];
    m.scales = vec![
        ScaleScore {
            participant: P_LINDA,
            score: 5,
            date: String::new(),
            why: String::new(),
            one_higher: String::new(),
            readers: Readers::Everyone,
        },
        ScaleScore {
            participant: P_KARIN,
            score: 4,
            date: String::new(),
            why: String::new(),
            one_higher: String::new(),
            readers: Readers::Everyone,
        },
        ScaleScore {
            participant: P_RIA,
            score: 6,
            date: String::new(),
            why: String::new(),
            one_higher: String::new(),
            readers: Readers::Everyone,
        },
        ScaleScore {
            participant: P_NOAH,
            score: 7,
            date: String::new(),
            why: String::new(),
            one_higher: String::new(),
            readers: Readers::Everyone,
        },
    ];
    m.monitoring = Monitoring {
        keeper: Some(Who::Participant(P_KARIN)),
        review_date: "2027-03-04".into(),
        if_not_kept: "Karin belt iedereen en we plannen binnen twee weken een nieuw beraad.".into(),
        readers: Readers::Everyone,
    };
    m.child_voice = vec![
        ChildVoice {
            child: b.noah,
            words: "Voetbal is het leukste. Ik wil dat het thuis rustig is.".into(),
            readers: Readers::Everyone,
        },
        ChildVoice { child: b.mila, words: "Bij Samira is het fijn.".into(), readers: Readers::Everyone },
    ];
    m
}

fn family(b: &Bakker, m: &Meeting) -> PackView {
    pack(&b.map, m, Audience::Professionals, YEAR)
}

fn network(b: &Bakker, m: &Meeting) -> PackView {
    pack(&b.map, m, Audience::Network, YEAR)
}

fn child(b: &Bakker, m: &Meeting, who: PersonId) -> PackView {
    pack(&b.map, m, Audience::Child(who), YEAR)
}

/// Every word of risk: each risk type's and the risk tie kind's label in every language.
/// Words that only ever name a risk. The Dutch name of a risk tie, "Zorgen", is also an
/// ordinary word (the worries section asks "Waar maken we ons zorgen over?"), so it is
/// looked for where it names a tie: on the tie lines (`tie_lines`).
fn risk_words() -> Vec<&'static str> {
    let mut words = vec!["risico", "risk"];
    for lang in Lang::ALL {
        words.extend(RiskType::ALL.map(|r| t(lang, Key::RiskTypeName(r))));
    }
    words.push(t(Lang::En, Key::TieKindName(TieKind::Risk)));
    words
}

/// The lines of a version's text that describe a tie ("- Oma Ria → Mila: Steun, ...").
fn tie_lines(view: &PackView, lang: Lang) -> Vec<String> {
    view.render_text(lang).lines().filter(|l| l.contains(" → ") || l.contains(" ↔ ")).map(str::to_owned).collect()
}

/// Whether any tie line of the version names the risk kind, in any language.
fn names_a_risk_tie(view: &PackView) -> bool {
    Lang::ALL.into_iter().any(|lang| {
        let kind = t(lang, Key::TieKindName(TieKind::Risk));
        tie_lines(view, lang).iter().any(|l| l.contains(kind))
    })
}

/// The name as a word of its own in any language's text ("Ellen", not "vertellen").
fn mentions(view: &PackView, name: &str) -> bool {
    Lang::ALL.into_iter().any(|lang| {
        let text = view.render_text(lang);
        text.match_indices(name).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

fn named(view: &PackView, name: &str) -> bool {
    view.persons().iter().any(|p| p.label == Shown::Named(name.to_owned()))
}

// ---------------------------------------------------------------------------------------
// The fixture itself
// ---------------------------------------------------------------------------------------

#[test]
fn the_bakker_meeting_has_the_agreed_shape_and_no_problems() {
    let b = bakker();
    let m = bakker_meeting(&b);
    assert_eq!(m.participants.len(), 6);
    assert_eq!(m.worries.len(), 3);
    assert_eq!(m.bottom_lines.len(), 2);
    assert_eq!(m.agreements.len(), 5);
    assert_eq!(m.validate(&b.map), Vec::<MeetingProblem>::new());
}

// ---------------------------------------------------------------------------------------
// Family and professionals
// ---------------------------------------------------------------------------------------

#[test]
fn family_version_shows_every_person_and_every_tie_with_risk_types() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let view = family(&b, &m);
    assert_eq!(view.persons().len(), b.map.person_count());
    for person in b.map.persons() {
        assert!(named(&view, &person.name), "{} missing", person.name);
    }
    assert_eq!(view.ties().len(), b.map.tie_count());
    assert!(view.has(SectionKind::TiesWithRisks));
    assert!(!view.has(SectionKind::Ties));
    for id in &b.risk_ties {
        let tie = b.map.tie(*id).expect("risk tie");
        let line = view.ties().iter().find(|l| l.id == *id).expect("every risk tie is shown");
        assert_eq!(line.kind, TieKind::Risk);
        assert_eq!(line.risk, tie.risk.iter().copied().collect::<Vec<_>>());
        for r in &tie.risk {
            for lang in Lang::ALL {
                assert!(view.render_text(lang).contains(t(lang, Key::RiskTypeName(*r))), "{r:?} in {lang:?}");
            }
        }
        let from = &b.map.person(tie.from).expect("from").name;
        let to = &b.map.person(tie.to).expect("to").name;
        assert!(view.contains_text(&format!("{from} → {to}: {}", t(Lang::Nl, Key::TieKindName(TieKind::Risk)))));
    }
}

#[test]
fn family_version_has_every_section() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let view = family(&b, &m);
    use SectionKind as S;
    assert_eq!(
        view.section_kinds(),
        vec![
            S::Participants,
            S::Persons,
            S::TiesWithRisks,
            S::Preparation,
            S::Worries,
            S::GoingWell,
            S::DangerStatements,
            S::SafetyGoals,
            S::BottomLines,
            S::Agreements,
            S::RedFlags,
            S::Scales,
            S::Monitoring,
            S::Notes,
            S::ChildVoice
        ]
    );
    for kind in view.section_kinds() {
        assert!(view.render_text(Lang::Nl).contains(section_title(Lang::Nl, kind)));
        assert!(view.render_text(Lang::En).contains(section_title(Lang::En, kind)));
    }
    for w in &m.worries {
        assert!(view.contains_text(&w.text));
    }
    for bl in &m.bottom_lines {
        assert!(view.contains_text(&bl.text));
    }
    for a in &m.agreements {
        assert!(view.contains_text(&a.what));
    }
    assert!(view.contains_text("Voetbal is het leukste"));
    assert!(view.contains_text("4 maart 2027"), "the review date is shown, as people write dates");
    assert!(view.contains_text("4 March 2027"));
    assert!(view.contains_text("Oma Ria: 6/10"));
}

#[test]
fn family_version_keeps_household_data_and_others_private_data_by_consent() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let view = family(&b, &m);
    // The household's own: always.
    assert!(view.contains_text(LINDA_PHONE));
    assert!(view.contains_text("Werkt nachtdiensten en heeft schulden"));
    // Others' contact details: only with consent to receive the plan.
    assert!(view.contains_text(RIA_PHONE));
    assert!(view.contains_text(KARIN_PHONE));
    assert!(view.contains_text(KARIN_EMAIL));
    assert!(!view.contains_text(SAMIRA_PHONE), "Samira does not want the plan");
    assert!(!view.contains_text(PETRA_PHONE), "Petra agreed to nothing");
    // Others' own notes: only with consent to appear.
    assert!(view.contains_text("Heeft zelf drie kinderen"), "Samira may appear");
    assert!(view.contains_text("Woont tien minuten fietsen verderop"), "Oma Ria may appear");
    assert!(!view.contains_text("Traint Noah al drie jaar"), "Coach Bas is not on the list");
    assert!(!view.contains_text("Kiest bij ruzies de kant van Dennis"), "Opa Henk is not on the list");
    assert!(!view.contains_text("Ziet de kinderen om het weekend"), "Dennis is not on the list");
    // Tie notes: about the household, always; between two others, only if both may appear.
    assert!(view.contains_text("Samira heeft een sleutel van het huis"));
    assert!(!view.contains_text("Henk neemt het altijd op voor Dennis"));
    assert!(!view.contains_text("Werken als duo"), "Omar is not on the list");
    // ...but every name is there, and who said what.
    assert!(view.contains_text("Coach Bas"));
    assert!(view.contains_text("Volgens: Linda"));
}

#[test]
fn family_version_shows_a_tie_note_between_others_when_both_consent() {
    let b = bakker();
    let mut m = bakker_meeting(&b);
    assert!(!family(&b, &m).contains_text("Werken als duo"));
    let mut omar = Participant::on_map(ParticipantId(7), b.omar, MeetingRole::Professional);
    omar.consent = consent(true, false, &["Omar"]);
    m.participants.push(omar);
    assert!(family(&b, &m).contains_text("Werken als duo"));
}

#[test]
fn family_version_shows_consent_records_and_the_age_rule() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let view = family(&b, &m);
    let noah = view.participants().iter().find(|p| p.id == P_NOAH).expect("Noah");
    let c = noah.consent.as_ref().expect("consent record in the family version");
    assert_eq!(c.rule, ConsentRule::YoungPersonAndParents);
    assert!(c.complete);
    assert!(view.contains_text("Toestemming gegeven door: Noah, Linda"));
}

#[test]
fn out_of_range_scores_are_not_printed() {
    let b = bakker();
    let mut m = bakker_meeting(&b);
    m.scales.push(ScaleScore {
        participant: P_SAMIRA,
        score: 11,
        date: String::new(),
        why: String::new(),
        one_higher: String::new(),
        readers: Readers::Everyone,
    });
    let view = family(&b, &m);
    assert!(!view.contains_text("11/10"));
    assert!(view.contains_text("Linda: 5/10"));
}

// ---------------------------------------------------------------------------------------
// Network
// ---------------------------------------------------------------------------------------

#[test]
fn network_names_only_persons_who_consented() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let view = network(&b, &m);
    for name in ["Linda", "Noah", "Oma Ria", "Samira", "Karin"] {
        assert!(named(&view, name), "{name} consented");
    }
    for name in ["Mila", "Dennis", "Opa Henk", "Coach Bas", "Meester Joost", "Ellen", "Omar", "Huisarts"] {
        assert!(!named(&view, name), "{name} did not consent");
    }
    // Worries and agreements are the family's own words and may name Mila and Dennis; no
    // one else who did not consent is named anywhere.
    for name in ["Opa Henk", "Coach Bas", "Meester Joost", "Ellen", "Omar", "Huisarts", "Schuldhulpverlener"] {
        assert!(!mentions(&view, name), "{name} appears nowhere");
    }
    let bas = view.persons().iter().find(|p| p.id == b.bas).expect("Bas is a placeholder");
    assert_eq!(bas.label, Shown::SomeoneFrom(Sector::Community));
    assert_eq!(bas.role, None);
    assert!(view.contains_text("iemand uit ‘Buren & buurt’"));
    let community = t(Lang::En, Key::Sector(Sector::Community));
    assert!(view.contains_text(&format!("someone from ‘{community}’")));
    // Petra is not on the map and agreed to nothing: only her role.
    assert!(view.contains_text("iemand (ervaringsdeskundige)"));
    assert!(!mentions(&view, "Petra"), "not even as the chair");
    assert!(view.contains_text("Voorzitter: iemand (ervaringsdeskundige)"));
    assert!(family(&b, &m).contains_text("Voorzitter: Petra"));
}

#[test]
fn network_without_sharing_has_no_risk_ties_and_no_risk_labels() {
    let b = bakker();
    let m = bakker_meeting(&b);
    assert!(!m.share_risks_with_network);
    let view = network(&b, &m);
    assert!(view.has(SectionKind::Ties));
    assert!(!view.has(SectionKind::TiesWithRisks));
    for id in &b.risk_ties {
        assert!(view.ties().iter().all(|l| l.id != *id), "risk tie {id} hidden");
    }
    assert!(view.ties().iter().all(|l| l.kind != TieKind::Risk && l.risk.is_empty()));
    for word in risk_words() {
        assert!(!view.contains_text(word), "network version says {word:?}");
    }
    assert!(!names_a_risk_tie(&view), "network version names a risk tie");
    assert!(names_a_risk_tie(&family(&b, &m)), "the family version does, so the check can fail");
    // Agreement 5 is linked to two risk ties: the links go with them.
    let Some(Section::Agreements(lines)) = view.section(SectionKind::Agreements) else { panic!("agreements") };
    assert!(lines[4].ties.is_empty());
    assert_eq!(lines[0].ties, vec![b.ria_mila, b.ria_noah]);
}

#[test]
fn network_drops_risk_types_from_every_tie_unless_shared() {
    let mut b = bakker();
    let mut m = bakker_meeting(&b);
    // A contact tie that also carries a risk type: the type stays out all the same.
    let mut henk_dennis = b.map.ties().into_iter().find(|t| t.from == b.henk && t.to == b.dennis).expect("tie").clone();
    henk_dennis.risk.insert(RiskType::OnlineViolence);
    b.map.apply(Edit::UpdateTie { tie: henk_dennis }).expect("update");
    let view = network(&b, &m);
    assert!(view.ties().iter().all(|l| l.risk.is_empty()));
    assert!(!view.contains_text(t(Lang::Nl, Key::RiskTypeName(RiskType::OnlineViolence))));
    m.share_risks_with_network = true;
    assert!(network(&b, &m).contains_text(t(Lang::En, Key::RiskTypeName(RiskType::OnlineViolence))));
}

#[test]
fn network_shows_risk_ties_with_their_types_when_the_family_shares_them() {
    let b = bakker();
    let mut m = bakker_meeting(&b);
    m.share_risks_with_network = true;
    let view = network(&b, &m);
    assert!(view.has(SectionKind::TiesWithRisks));
    for id in &b.risk_ties {
        let line = view.ties().iter().find(|l| l.id == *id).expect("shared risk tie");
        assert_eq!(line.risk, b.map.tie(*id).expect("tie").risk.iter().copied().collect::<Vec<_>>());
    }
    assert!(view.contains_text(t(Lang::Nl, Key::RiskTypeName(RiskType::PsychologicalAbuse))));
    assert!(view.contains_text(t(Lang::En, Key::RiskTypeName(RiskType::WitnessingViolence))));
    // Still no names without consent: Dennis is someone from the family.
    assert!(!view.contains_text("Dennis →"));
}

#[test]
fn network_shows_contact_details_only_of_participants_who_agreed() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let view = network(&b, &m);
    assert!(view.contains_text(LINDA_PHONE));
    assert!(view.contains_text(RIA_PHONE));
    assert!(view.contains_text(KARIN_PHONE));
    assert!(view.contains_text(KARIN_EMAIL));
    assert!(!view.contains_text(SAMIRA_PHONE), "Samira may appear but does not want the plan");
    assert!(!view.contains_text(PETRA_PHONE), "Petra agreed to nothing");
}

#[test]
fn network_contact_details_need_both_appear_and_plan() {
    let b = bakker();
    let mut m = bakker_meeting(&b);
    // Oma Ria takes the plan but does not want to appear: a number next to "someone from
    // the family" would give her away.
    m.participants[2].consent.may_appear_on_shared_map = false;
    let view = network(&b, &m);
    assert!(!view.contains_text(RIA_PHONE));
    assert!(!named(&view, "Oma Ria"));
    assert!(family(&b, &m).contains_text(RIA_PHONE), "the family version still has it");
}

#[test]
fn network_has_no_notes_ages_scales_or_childrens_words() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let view = network(&b, &m);
    for note in ["Werkt nachtdiensten", "Heeft zelf drie kinderen", "Samira heeft een sleutel"] {
        assert!(!view.contains_text(note), "{note}");
    }
    assert!(view.persons().iter().all(|p| p.note.is_none() && p.age.is_none()));
    assert!(view.ties().iter().all(|l| l.note.is_none() && l.according_to.is_none()));
    assert!(!view.has(SectionKind::Scales));
    assert!(!view.has(SectionKind::ChildVoice));
    assert!(!view.contains_text("Voetbal is het leukste"));
    assert!(view.participants().iter().all(|p| p.consent.is_none()));
    // What the network needs to carry the plan is there.
    for kind in [
        SectionKind::Participants,
        SectionKind::Worries,
        SectionKind::GoingWell,
        SectionKind::BottomLines,
        SectionKind::Agreements,
        SectionKind::RedFlags,
        SectionKind::Monitoring,
    ] {
        assert!(view.has(kind), "{kind:?}");
    }
    for w in &m.worries {
        assert!(view.contains_text(&w.text));
    }
    for a in &m.agreements {
        assert!(view.contains_text(&a.what));
    }
}

#[test]
fn network_names_in_worries_and_agreements_follow_consent() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let view = network(&b, &m);
    let Some(Section::Agreements(lines)) = view.section(SectionKind::Agreements) else { panic!("agreements") };
    assert_eq!(lines[0].who, Shown::Named("Oma Ria".into()));
    assert_eq!(lines[2].who, Shown::SomeoneFrom(Sector::Community), "Coach Bas");
    assert_eq!(lines[4].who, Shown::SomeoneFrom(Sector::Family), "Dennis");
    assert_eq!(lines[4].for_whom, vec![Shown::Named("Noah".into()), Shown::SomeoneFrom(Sector::Household)]);
    let Some(Section::Worries(worries)) = view.section(SectionKind::Worries) else { panic!("worries") };
    assert_eq!(worries[2].not_shared_by, vec![Shown::Named("Noah".into())]);
}

#[test]
fn the_network_map_page_holds_only_what_the_network_may_see() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let map = network(&b, &m).to_map(Lang::Nl);
    assert_eq!(map.person_count(), b.map.person_count());
    assert!(map.persons().iter().all(|p| p.name != "Coach Bas" && p.name != "Dennis" && p.note.is_empty()));
    assert!(map.ties().iter().all(|t| t.kind != TieKind::Risk && t.risk.is_empty() && t.note.is_empty()));
    assert_eq!(map.tie_count(), b.map.tie_count() - b.risk_ties.len());
    let family_map = family(&b, &m).to_map(Lang::Nl);
    assert_eq!(family_map.tie_count(), b.map.tie_count());
}

// ---------------------------------------------------------------------------------------
// Child
// ---------------------------------------------------------------------------------------

#[test]
fn child_version_has_no_risk_vocabulary_at_all() {
    let b = bakker();
    for shared in [false, true] {
        let mut m = bakker_meeting(&b);
        m.share_risks_with_network = shared;
        for kid in [b.noah, b.mila] {
            let view = child(&b, &m, kid);
            for word in risk_words() {
                assert!(!view.contains_text(word), "child version says {word:?}");
            }
            assert!(!names_a_risk_tie(&view), "child version names a risk tie");
        }
    }
}

#[test]
fn child_version_has_only_the_childs_sections() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let view = child(&b, &m, b.mila);
    use SectionKind as S;
    assert_eq!(
        view.section_kinds(),
        vec![S::WhoHelpsMe, S::WhoICanGoTo, S::WhoICanCall, S::AgreementsAboutMe, S::MyScore, S::MyWords]
    );
    assert!(view.contains_text("Wie helpt mij?"));
    assert!(view.contains_text("Bij wie kan ik terecht?"));
    assert!(view.contains_text("Wat de grote mensen hebben afgesproken"));
    assert!(view.contains_text("Wie kan ik bellen?"));
    for w in &m.worries {
        assert!(!view.contains_text(&w.text), "no worries in the child version");
    }
    for bl in &m.bottom_lines {
        assert!(!view.contains_text(&bl.text), "no bottom lines in the child version");
    }
    // "who can I call" has the numbers of the adults Mila can go to who agreed to
    // receive the plan (her mother, Oma Ria); nobody else's contact details.
    for phone in [SAMIRA_PHONE, KARIN_PHONE, PETRA_PHONE, KARIN_EMAIL] {
        assert!(!view.contains_text(phone), "no contact details: {phone}");
    }
    let Some(Section::WhoICanCall(calls)) = view.section(SectionKind::WhoICanCall) else { panic!("calls") };
    let numbers: Vec<(String, Option<String>)> =
        calls.iter().map(|c| (kring::i18n::meeting::shown(Lang::Nl, &c.label), c.phone.clone())).collect();
    assert_eq!(
        numbers,
        vec![
            ("Linda".into(), Some(LINDA_PHONE.into())),
            ("Oma Ria".into(), Some(RIA_PHONE.into())),
            ("Samira".into(), None)
        ]
    );
    assert!(view.persons().is_empty() && view.ties().is_empty() && view.participants().is_empty());
    assert!(!view.contains_text("Hoe veilig is het nu"));
}

#[test]
fn child_version_lists_helpers_and_safe_adults() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let view = child(&b, &m, b.mila);
    let Some(Section::WhoHelpsMe(helpers)) = view.section(SectionKind::WhoHelpsMe) else { panic!("helpers") };
    let helper_ids: Vec<PersonId> = helpers.iter().map(|h| h.person).collect();
    assert_eq!(helper_ids, vec![b.linda, b.ria, b.samira]);
    let Some(Section::WhoICanGoTo(adults)) = view.section(SectionKind::WhoICanGoTo) else { panic!("safe adults") };
    let adult_ids: Vec<PersonId> = adults.iter().map(|h| h.person).collect();
    assert_eq!(adult_ids, vec![b.linda, b.ria, b.samira]);
    assert!(view.contains_text(t(Lang::Nl, Key::SupportTypeName(SupportType::Childcare))));
    // Dennis harms the household: never presented as help.
    assert!(!view.contains_text("Dennis"));
}

#[test]
fn a_child_who_helps_is_a_helper_but_not_an_adult_to_go_to() {
    let mut b = bakker();
    let m = bakker_meeting(&b);
    support(&mut b.map, b.noah, b.mila, &[SupportType::Company]);
    let view = child(&b, &m, b.mila);
    let Some(Section::WhoHelpsMe(helpers)) = view.section(SectionKind::WhoHelpsMe) else { panic!("helpers") };
    assert!(helpers.iter().any(|h| h.person == b.noah), "her brother helps");
    let Some(Section::WhoICanGoTo(adults)) = view.section(SectionKind::WhoICanGoTo) else { panic!("adults") };
    assert!(adults.iter().all(|h| h.person != b.noah), "but he is not an adult");
}

#[test]
fn child_version_always_names_the_childs_own_household() {
    let b = bakker();
    let mut m = bakker_meeting(&b);
    m.participants[0].consent = Consent::default();
    assert!(!named(&network(&b, &m), "Linda"), "the network needs Linda's consent");
    let view = child(&b, &m, b.mila);
    let Some(Section::WhoHelpsMe(helpers)) = view.section(SectionKind::WhoHelpsMe) else { panic!("helpers") };
    assert_eq!(helpers[0].label, Shown::Named("Linda".into()), "Mila's own mother");
}

#[test]
fn child_version_leaves_out_whoever_harms_the_child_even_with_support() {
    let b = bakker();
    let m = bakker_meeting(&b);
    // Dennis supports Noah (according to Noah) and is a risk to him: left out.
    let mut with_consent = m.clone();
    let mut dennis = Participant::on_map(ParticipantId(7), b.dennis, MeetingRole::FamilyMember);
    dennis.consent = consent(true, false, &["Dennis"]);
    with_consent.participants.push(dennis);
    let view = child(&b, &with_consent, b.noah);
    let Some(Section::WhoHelpsMe(helpers)) = view.section(SectionKind::WhoHelpsMe) else { panic!("helpers") };
    assert!(helpers.iter().all(|h| h.person != b.dennis));
    // ...while his agreement about Noah names him now that he consented.
    assert!(view.contains_text("Dennis: Haalt en brengt de kinderen alleen bij Oma Ria."));
}

#[test]
fn child_version_needs_consent_outside_the_household() {
    let b = bakker();
    let m = bakker_meeting(&b);
    // Coach Bas supports Noah but is not on the list.
    let view = child(&b, &m, b.noah);
    let Some(Section::WhoHelpsMe(helpers)) = view.section(SectionKind::WhoHelpsMe) else { panic!("helpers") };
    let ids: Vec<PersonId> = helpers.iter().map(|h| h.person).collect();
    assert_eq!(ids, vec![b.linda, b.ria]);
    assert!(!view.contains_text("Coach Bas"));
    // With his consent he is there, in both lists.
    let mut m2 = m.clone();
    let mut bas = Participant::on_map(ParticipantId(7), b.bas, MeetingRole::SupportFigure);
    bas.consent = consent(true, false, &["Coach Bas"]);
    m2.participants.push(bas);
    let view = child(&b, &m2, b.noah);
    let Some(Section::WhoICanGoTo(adults)) = view.section(SectionKind::WhoICanGoTo) else { panic!("adults") };
    assert!(adults.iter().any(|h| h.person == b.bas));
    assert!(view.contains_text("Coach Bas"));
}

#[test]
fn child_version_respects_supervised_only_and_no_contact() {
    let mut b = bakker();
    let m = bakker_meeting(&b);
    let mut ria = b.map.person(b.ria).expect("Ria").clone();
    ria.child_safety.insert(b.mila, ChildSafety::SupervisedOnly);
    b.map.apply(Edit::UpdatePerson { person: ria }).expect("update");
    let view = child(&b, &m, b.mila);
    let Some(Section::WhoHelpsMe(helpers)) = view.section(SectionKind::WhoHelpsMe) else { panic!("helpers") };
    assert!(helpers.iter().all(|h| h.person != b.ria));
    // Noah's version is not affected: the arrangement is for Mila.
    let view = child(&b, &m, b.noah);
    let Some(Section::WhoHelpsMe(helpers)) = view.section(SectionKind::WhoHelpsMe) else { panic!("helpers") };
    assert!(helpers.iter().any(|h| h.person == b.ria));
}

#[test]
fn child_version_has_only_agreements_about_the_child_and_their_own_words() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let view = child(&b, &m, b.mila);
    let Some(Section::AgreementsAboutMe(lines)) = view.section(SectionKind::AgreementsAboutMe) else {
        panic!("agreements")
    };
    assert_eq!(lines.len(), 3, "Oma Ria, Samira, Dennis");
    assert!(view.contains_text("Brengt Mila naar school"));
    assert!(!view.contains_text("Vraagt Noah na de training"), "about Noah");
    assert!(!view.contains_text("schuldhulpverlening"), "about Linda");
    assert!(lines.iter().all(|l| l.ties.is_empty() && l.how_we_know.is_none() && l.strengthens.is_none()));
    assert!(view.contains_text("Bij Samira is het fijn."));
    assert!(!view.contains_text("Voetbal is het leukste"), "Noah's words are Noah's");
    assert_eq!(view.header.for_person, Some(Shown::Named("Mila".into())));
}

// ---------------------------------------------------------------------------------------
// Consent and the age rules
// ---------------------------------------------------------------------------------------

#[test]
fn who_decides_follows_the_dutch_age_rules() {
    assert_eq!(who_decides(Some(0)), ConsentRule::ParentsDecide);
    assert_eq!(who_decides(Some(11)), ConsentRule::ParentsDecide);
    assert_eq!(who_decides(Some(12)), ConsentRule::YoungPersonAndParents);
    assert_eq!(who_decides(Some(15)), ConsentRule::YoungPersonAndParents);
    assert_eq!(who_decides(Some(16)), ConsentRule::YoungPerson);
    assert_eq!(who_decides(Some(17)), ConsentRule::YoungPerson);
    // An adult is not "a young person who decides alone" (grandma read that).
    assert_eq!(who_decides(Some(18)), ConsentRule::Adult);
    assert_eq!(who_decides(Some(40)), ConsentRule::Adult);
    assert_eq!(who_decides(None), ConsentRule::Ask);
}

#[test]
fn a_birth_year_on_a_boundary_asks_both() {
    assert_eq!(consent_rule(Some(Age::BirthYear(2016)), 2026), ConsentRule::ParentsDecide, "9 or 10");
    assert_eq!(consent_rule(Some(Age::BirthYear(2014)), 2026), ConsentRule::YoungPersonAndParents, "11 or 12");
    assert_eq!(consent_rule(Some(Age::BirthYear(2012)), 2026), ConsentRule::YoungPersonAndParents, "13 or 14");
    assert_eq!(consent_rule(Some(Age::BirthYear(2010)), 2026), ConsentRule::YoungPersonAndParents, "15 or 16");
    assert_eq!(consent_rule(Some(Age::BirthYear(2009)), 2026), ConsentRule::YoungPerson, "16 or 17");
    assert_eq!(consent_rule(Some(Age::BirthYear(2030)), 2026), ConsentRule::Ask, "not born yet");
    assert_eq!(consent_rule(Some(Age::Years(12)), 2026), ConsentRule::YoungPersonAndParents);
    assert_eq!(consent_rule(None, 2026), ConsentRule::Ask);
    assert_eq!(age_in_years(Age::BirthYear(2014), 2026), Some(12));
}

/// A household with one young person of `age` and their mother, and a meeting in which the
/// young person's consent to appear was given by `given_by`.
fn young_person(age: Option<Age>, given_by: &[&str]) -> (FamilyMap, Meeting, PersonId) {
    let mut map = FamilyMap::new("test");
    let mum = add(&mut map, "Mama", Sector::Household, 1, |_| {});
    let kid = add(&mut map, "Sam", Sector::Household, 1, |p| {
        p.child = true;
        p.age = age;
    });
    tie(&mut map, mum, kid, TieKind::Support, |_| {});
    let mut meeting = Meeting::new(MeetingId(1), "2026-12-03");
    let mut p = Participant::on_map(ParticipantId(1), kid, MeetingRole::FamilyMember);
    p.phone = "06-99999999".into();
    p.consent = consent(true, true, given_by);
    meeting.participants.push(p);
    (map, meeting, kid)
}

fn sam_appears(age: Option<Age>, given_by: &[&str]) -> bool {
    let (map, meeting, kid) = young_person(age, given_by);
    let view = pack(&map, &meeting, Audience::Network, YEAR);
    let by_name = view.persons().iter().find(|p| p.id == kid).map(|p| p.label.clone());
    let phone = view.contains_text("06-99999999");
    assert_eq!(by_name == Some(Shown::Named("Sam".into())), phone, "name and number go together");
    phone
}

#[test]
fn age_11_the_parents_decide() {
    let age = Some(Age::Years(11));
    assert!(sam_appears(age, &["Mama"]));
    assert!(sam_appears(age, &["Mama", "Sam"]));
    assert!(!sam_appears(age, &["Sam"]), "an 11-year-old cannot consent alone");
    assert!(!sam_appears(age, &[]));
}

#[test]
fn age_12_the_young_person_and_the_parents_decide() {
    let age = Some(Age::Years(12));
    assert!(sam_appears(age, &["Sam", "Mama"]));
    assert!(sam_appears(age, &["  sam ", "MAMA"]), "names are compared loosely");
    assert!(!sam_appears(age, &["Mama"]), "not without the young person");
    assert!(!sam_appears(age, &["Sam"]), "not without a parent");
}

#[test]
fn age_15_the_young_person_and_the_parents_decide() {
    let age = Some(Age::Years(15));
    assert!(sam_appears(age, &["Sam", "Mama"]));
    assert!(!sam_appears(age, &["Mama"]));
    assert!(!sam_appears(age, &["Sam"]));
}

#[test]
fn age_16_the_young_person_decides_alone() {
    let age = Some(Age::Years(16));
    assert!(sam_appears(age, &["Sam"]));
    assert!(sam_appears(age, &["Sam", "Mama"]));
    assert!(!sam_appears(age, &["Mama"]), "parents cannot decide for a 16-year-old");
}

#[test]
fn unknown_age_asks_and_any_recorded_consent_counts() {
    assert!(sam_appears(None, &["Mama"]));
    assert!(sam_appears(None, &["Sam"]));
    assert!(!sam_appears(None, &[]));
    assert!(!sam_appears(None, &["  "]));
}

#[test]
fn a_birth_year_is_dated_with_the_year_passed_in() {
    // Born 2010: 15 or 16 in 2026, so both decide; 16 or 17 in 2027, so Sam alone.
    let (map, meeting, kid) = young_person(Some(Age::BirthYear(2010)), &["Sam"]);
    let in_2026 = pack(&map, &meeting, Audience::Network, 2026);
    let in_2027 = pack(&map, &meeting, Audience::Network, 2027);
    let label = |v: &PackView| v.persons().iter().find(|p| p.id == kid).map(|p| p.label.clone());
    assert_eq!(label(&in_2026), Some(Shown::SomeoneFrom(Sector::Household)));
    assert_eq!(label(&in_2027), Some(Shown::Named("Sam".into())));
}

#[test]
fn no_consent_means_no_name_and_a_no_is_a_no() {
    let b = bakker();
    let mut m = bakker_meeting(&b);
    assert!(named(&network(&b, &m), "Samira"));
    m.participants[3].consent.may_appear_on_shared_map = false;
    assert!(!named(&network(&b, &m), "Samira"));
    // A second record for the same person that says no outweighs a yes.
    let mut m = bakker_meeting(&b);
    let mut twice = Participant::on_map(ParticipantId(9), b.samira, MeetingRole::NetworkMember);
    twice.consent = Consent::default();
    m.participants.push(twice);
    assert!(!named(&network(&b, &m), "Samira"));
}

#[test]
fn an_extra_participant_is_named_once_they_consent() {
    let b = bakker();
    let mut m = bakker_meeting(&b);
    assert!(!mentions(&network(&b, &m), "Petra"));
    m.participants[5].consent = consent(true, true, &["Petra"]);
    let view = network(&b, &m);
    assert!(view.contains_text("Petra · Ervaringsdeskundige"));
    assert!(view.contains_text("Voorzitter: Petra"));
    assert!(view.contains_text(PETRA_PHONE));
}

// ---------------------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------------------

#[test]
fn section_titles_are_the_plain_words_agreed() {
    use SectionKind as S;
    let nl = |k| section_title(Lang::Nl, k);
    assert_eq!(nl(S::Worries), "Waar maken we ons zorgen over?");
    assert_eq!(nl(S::GoingWell), "Wat gaat goed?");
    assert_eq!(nl(S::BottomLines), "Ondergrenzen: dit moet altijd");
    assert_eq!(nl(S::Agreements), "Afspraken: wie doet wat, voor wie, wanneer");
    assert_eq!(nl(S::RedFlags), "Als het misgaat: wie belt wie");
    assert_eq!(nl(S::Scales), "Hoe veilig is het nu? (0–10)");
    assert_eq!(nl(S::Monitoring), "Wie houdt de afspraken in de gaten?");
    assert_eq!(nl(S::ChildVoice), "Wat ik wil dat jullie weten");
    assert_eq!(nl(S::WhoHelpsMe), "Wie helpt mij?");
    assert_eq!(nl(S::WhoICanGoTo), "Bij wie kan ik terecht?");
    assert_eq!(nl(S::AgreementsAboutMe), "Wat de grote mensen hebben afgesproken");
    assert_eq!(nl(S::DangerStatements), "Wat kan er gebeuren als er niets verandert?");
    for kind in SectionKind::ALL {
        assert_ne!(section_title(Lang::Nl, kind), section_title(Lang::En, kind), "{kind:?}");
    }
    assert!(consent_rule_text(Lang::Nl, ConsentRule::YoungPersonAndParents).contains("12"));
}

#[test]
fn every_problem_has_a_sentence_in_every_language() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let problems = vec![
        MeetingProblem::MeetingDateMissing,
        MeetingProblem::InvalidDate { place: Place::Agreement(0), value: "morgen".into() },
        MeetingProblem::ReviewDateMissing,
        MeetingProblem::ReviewBeforeMeeting,
        MeetingProblem::KeeperMissing,
        MeetingProblem::UnknownPerson { place: Place::Agreement(1), person: PersonId(99) },
        MeetingProblem::UnknownParticipant { place: Place::Worry(0), participant: ParticipantId(99) },
        MeetingProblem::UnknownTie { place: Place::Agreement(0), tie: TieId(99) },
        MeetingProblem::EmptyText { place: Place::RedFlag(0) },
        MeetingProblem::DuplicateParticipant(P_LINDA),
        MeetingProblem::InvitedTwice(b.samira),
        MeetingProblem::ParticipantWithoutName(ParticipantId(8)),
        MeetingProblem::ConsentIncomplete { participant: P_NOAH, rule: ConsentRule::YoungPersonAndParents },
        MeetingProblem::ConsentDateMissing(P_RIA),
        MeetingProblem::SharedAndNotShared { worry: 2, participant: P_NOAH },
        MeetingProblem::BottomLineNotByProfessional(0),
        MeetingProblem::AgreementDatesReversed(3),
        MeetingProblem::SuggestionInvalid(0),
        MeetingProblem::ScoreOutOfRange { participant: P_LINDA, score: 12 },
        MeetingProblem::NotAChild { place: Place::ChildVoice(0), person: b.linda },
    ];
    for lang in Lang::ALL {
        for p in &problems {
            assert!(!problem(lang, p, &m, &b.map).trim().is_empty());
        }
    }
    let text = problem(Lang::Nl, &MeetingProblem::ScoreOutOfRange { participant: P_LINDA, score: 12 }, &m, &b.map);
    assert!(text.contains("Linda") && text.contains("12"), "{text}");
}

// ---------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------

fn problems_after(change: impl FnOnce(&Bakker, &mut Meeting)) -> Vec<MeetingProblem> {
    let b = bakker();
    let mut m = bakker_meeting(&b);
    change(&b, &mut m);
    m.validate(&b.map)
}

#[test]
fn an_agreement_for_someone_not_on_the_map_is_a_problem() {
    let problems = problems_after(|_, m| m.agreements[1].who = Who::Person(PersonId(999)));
    assert_eq!(problems, vec![MeetingProblem::UnknownPerson { place: Place::Agreement(1), person: PersonId(999) }]);
    let problems = problems_after(|_, m| m.agreements[0].for_whom.push(PersonId(998)));
    assert_eq!(problems, vec![MeetingProblem::UnknownPerson { place: Place::Agreement(0), person: PersonId(998) }]);
}

#[test]
fn a_score_above_ten_is_a_problem() {
    let problems = problems_after(|_, m| m.scales[0].score = 11);
    assert_eq!(problems, vec![MeetingProblem::ScoreOutOfRange { participant: P_LINDA, score: 11 }]);
    assert!(problems_after(|_, m| m.scales[0].score = 10).is_empty());
    assert!(problems_after(|_, m| m.scales[0].score = 0).is_empty());
}

#[test]
fn a_missing_or_early_review_date_is_a_problem() {
    assert_eq!(problems_after(|_, m| m.monitoring.review_date.clear()), vec![MeetingProblem::ReviewDateMissing]);
    assert_eq!(
        problems_after(|_, m| m.monitoring.review_date = "2026-11-01".into()),
        vec![MeetingProblem::ReviewBeforeMeeting]
    );
    assert_eq!(
        problems_after(|_, m| m.monitoring.review_date = "2027-02-30".into()),
        vec![MeetingProblem::InvalidDate { place: Place::Monitoring, value: "2027-02-30".into() }]
    );
    assert_eq!(problems_after(|_, m| m.monitoring.keeper = None), vec![MeetingProblem::KeeperMissing]);
}

#[test]
fn meeting_and_agreement_dates_are_checked() {
    assert_eq!(problems_after(|_, m| m.date.clear()), vec![MeetingProblem::MeetingDateMissing]);
    assert_eq!(
        problems_after(|_, m| m.date = "3 december".into()),
        vec![MeetingProblem::InvalidDate { place: Place::Meeting, value: "3 december".into() }]
    );
    assert_eq!(
        problems_after(|_, m| m.agreements[3].from = "2026-12-20".into()),
        vec![MeetingProblem::AgreementDatesReversed(3)]
    );
    assert!(is_date("2028-02-29"));
    assert!(!is_date("2027-02-29"));
    assert!(!is_date("2027-13-01"));
    assert!(!is_date("2027-1-01"));
    assert!(!is_date("+027-01-01"));
}

#[test]
fn a_bottom_line_is_set_by_a_professional() {
    assert_eq!(
        problems_after(|b, m| m.bottom_lines[1].set_by = Who::Person(b.samira)),
        vec![MeetingProblem::BottomLineNotByProfessional(1)]
    );
    assert_eq!(
        problems_after(|_, m| m.bottom_lines[0].set_by = Who::Participant(P_PETRA)),
        vec![MeetingProblem::BottomLineNotByProfessional(0)]
    );
}

#[test]
fn consent_without_the_right_people_is_a_problem() {
    let problems = problems_after(|_, m| m.participants[1].consent.consent_given_by = vec!["Linda".into()]);
    assert_eq!(
        problems,
        vec![MeetingProblem::ConsentIncomplete { participant: P_NOAH, rule: ConsentRule::YoungPersonAndParents }]
    );
    let problems = problems_after(|_, m| m.participants[0].consent.consent_date.clear());
    assert_eq!(problems, vec![MeetingProblem::ConsentDateMissing(P_LINDA)]);
}

#[test]
fn list_and_reference_problems_are_found() {
    assert_eq!(
        problems_after(|_, m| m.participants[4].id = P_LINDA),
        // Karin's record now shares Linda's id; the references to P_KARIN point nowhere.
        {
            let mut expected = vec![MeetingProblem::DuplicateParticipant(P_LINDA)];
            expected.extend([
                MeetingProblem::UnknownParticipant { place: Place::Worry(0), participant: P_KARIN },
                MeetingProblem::UnknownParticipant { place: Place::Worry(1), participant: P_KARIN },
                MeetingProblem::UnknownParticipant { place: Place::Worry(2), participant: P_KARIN },
                MeetingProblem::UnknownParticipant { place: Place::BottomLine(0), participant: P_KARIN },
                MeetingProblem::UnknownParticipant { place: Place::RedFlag(0), participant: P_KARIN },
                MeetingProblem::UnknownParticipant { place: Place::Scale(1), participant: P_KARIN },
                MeetingProblem::UnknownParticipant { place: Place::Monitoring, participant: P_KARIN },
            ]);
            expected
        }
    );
    assert_eq!(
        problems_after(|_, m| m.worries[2].shared_by.push(P_NOAH)),
        vec![MeetingProblem::SharedAndNotShared { worry: 2, participant: P_NOAH }]
    );
    assert_eq!(
        problems_after(|_, m| m.agreements[0].ties.push(TieId(500))),
        vec![MeetingProblem::UnknownTie { place: Place::Agreement(0), tie: TieId(500) }]
    );
    assert_eq!(
        problems_after(|b, m| m.child_voice[0].child = b.linda),
        vec![MeetingProblem::NotAChild { place: Place::ChildVoice(0), person: PersonId(1) }]
    );
    assert_eq!(
        problems_after(|b, m| m.agreements[0].strengthens.as_mut().expect("a1").existing = Some(b.risk_ties[0])),
        vec![MeetingProblem::SuggestionInvalid(0)]
    );
    assert_eq!(
        problems_after(|_, m| m.participants[5].name = " ".into()),
        vec![MeetingProblem::ParticipantWithoutName(P_PETRA)]
    );
    assert_eq!(
        problems_after(|b, m| m.participants[3].person = Some(b.ria)),
        vec![MeetingProblem::InvitedTwice(PersonId(5))]
    );
    assert_eq!(
        problems_after(|_, m| m.red_flags[1].sign.clear()),
        vec![MeetingProblem::EmptyText { place: Place::RedFlag(1) }]
    );
}

// ---------------------------------------------------------------------------------------
// Storage and the support ties agreements add
// ---------------------------------------------------------------------------------------

#[test]
fn a_meeting_round_trips_through_json_and_refuses_unknown_fields() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let json = serde_json::to_string(&m).expect("serialise");
    let back: Meeting = serde_json::from_str(&json).expect("read back");
    assert_eq!(back, m);

    let minimal: Meeting = serde_json::from_str(r#"{"id": 2, "date": "2027-01-10"}"#).expect("defaults");
    assert_eq!(minimal, Meeting::new(MeetingId(2), "2027-01-10"));
    assert!(!minimal.share_risks_with_network);

    let typo = r#"{"id": 2, "date": "2027-01-10", "worrys": []}"#;
    assert!(serde_json::from_str::<Meeting>(typo).is_err());
    let nested = r#"{"id": 2, "date": "2027-01-10", "participants": [{"id": 1, "role": "chair", "phon": "x"}]}"#;
    assert!(serde_json::from_str::<Meeting>(nested).is_err());
    let role = r#"{"id": 2, "date": "2027-01-10", "participants": [{"id": 1, "role": "boss"}]}"#;
    assert!(serde_json::from_str::<Meeting>(role).is_err());
}

#[test]
fn an_agreement_strengthens_an_existing_support_tie() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let suggestion = m.agreements[0].strengthens.as_ref().expect("a1");
    let Some(Edit::UpdateTie { tie }) = suggestion.edit(&b.map) else { panic!("an update") };
    assert_eq!(tie.id, b.ria_mila);
    assert_eq!(tie.strength, Strength::Strong);
    assert!(tie.support.contains(&SupportType::Childcare));
}

#[test]
fn an_agreement_finds_or_adds_the_support_tie() {
    let b = bakker();
    let m = bakker_meeting(&b);
    // Coach Bas already supports Noah: that tie gains emotional support.
    let suggestion = m.agreements[2].strengthens.as_ref().expect("a3");
    let Some(Edit::UpdateTie { tie }) = suggestion.edit(&b.map) else { panic!("an update") };
    assert_eq!(tie.id, b.bas_noah);
    assert!(tie.support.contains(&SupportType::Emotional) && tie.support.contains(&SupportType::Company));
    // Samira and Noah have no tie yet: one is added.
    let new =
        TieSuggestion { from: b.samira, to: b.noah, support: BTreeSet::from([SupportType::Practical]), existing: None };
    let Some(Edit::AddTie { tie }) = new.edit(&b.map) else { panic!("an addition") };
    assert_eq!((tie.from, tie.to, tie.kind), (b.samira, b.noah, TieKind::Support));
    // Never onto a risk tie, never to oneself.
    let onto_risk = TieSuggestion { existing: Some(b.risk_ties[1]), from: b.dennis, to: b.noah, ..new.clone() };
    assert_eq!(onto_risk.edit(&b.map), None);
    let to_self = TieSuggestion { from: b.noah, to: b.noah, ..new };
    assert_eq!(to_self.edit(&b.map), None);
}

#[test]
fn all_agreement_ties_apply_as_one_undoable_step() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let mut editor = Editor::new(b.map.clone());
    let edit = m.tie_edits(&b.map).expect("two suggestions");
    editor.apply(edit).expect("applies");
    assert_eq!(editor.map().tie(b.ria_mila).expect("tie").strength, Strength::Strong);
    assert!(editor.map().tie(b.bas_noah).expect("tie").support.contains(&SupportType::Emotional));
    editor.undo();
    assert_eq!(editor.map(), &b.map);
}

#[test]
fn a_pack_serialises_for_the_json_export() {
    let b = bakker();
    let m = bakker_meeting(&b);
    let json = serde_json::to_string(&network(&b, &m)).expect("serialise");
    assert!(json.contains("\"audience\":\"network\""));
    assert!(!json.contains("Coach Bas"));
    assert!(!json.contains(SAMIRA_PHONE));
}

#[test]
fn a_person_on_the_map_is_invited_in_the_role_their_place_suggests() {
    let at = |sector| Person::new(PersonId(1), "X", sector, Ring::CLOSEST);
    assert_eq!(MeetingRole::likely_for(&at(Sector::Household)), MeetingRole::FamilyMember);
    assert_eq!(MeetingRole::likely_for(&at(Sector::Family)), MeetingRole::FamilyMember);
    assert_eq!(MeetingRole::likely_for(&at(Sector::Professionals)), MeetingRole::Professional);
    for sector in [Sector::Friends, Sector::Community, Sector::SchoolWork] {
        assert_eq!(MeetingRole::likely_for(&at(sector)), MeetingRole::NetworkMember, "{sector:?}");
    }
}

// ---------------------------------------------------------------------------------------
// The shared analysis in every version
// ---------------------------------------------------------------------------------------

#[test]
fn what_plays_a_role_and_risk_details_reach_only_who_may_read_them() {
    let mut b = bakker();
    let m = bakker_meeting(&b);
    let mut linda = b.map.person(b.linda).unwrap().clone();
    linda.factors = [Factor::MentalHealth, Factor::Addiction].into_iter().collect();
    let dennis_linda = b.map.ties().into_iter().find(|t| t.from == b.dennis && t.to == b.linda).unwrap().clone();
    let mut risk = dennis_linda.clone();
    risk.situation = "bij de overdracht op zondagavond".into();
    risk.seriousness = Some(Seriousness::Serious);
    risk.frequency = Some(Frequency::Weekly);
    risk.last = Some("2026-03-02".into());
    b.map
        .apply(Edit::Batch { edits: vec![Edit::UpdatePerson { person: linda }, Edit::UpdateTie { tie: risk }] })
        .unwrap();

    // The professionals' version: what plays a role on Linda's line, the risk tie as the
    // practice asks, and no strength ("gewoon") on it.
    let full = family(&b, &m).render_text(Lang::Nl);
    assert!(full.contains("Speelt: Psychische problemen, Verslaving, veel alcohol of drugs"), "{full}");
    let line = full.lines().find(|l| l.starts_with("- Dennis → Linda: Zorgen")).expect("the risk tie");
    assert!(
        line.contains("ernstig · elke week · wanneer: bij de overdracht op zondagavond · laatste keer: 2 maart 2026"),
        "{line}"
    );
    assert!(!line.to_lowercase().contains("gewoon"), "a risk tie has no strength: {line}");

    // The network reads neither.
    let net = network(&b, &m);
    for word in ["Speelt:", "Psychische problemen", "Verslaving", "op zondagavond", "laatste keer"] {
        assert!(!net.contains_text(word), "the network version says {word:?}");
    }
    // Nor does the children's version.
    for word in ["Speelt:", "Psychische problemen", "Verslaving", "op zondagavond"] {
        assert!(!child(&b, &m, b.noah).contains_text(word), "Noah's version says {word:?}");
    }

    // Another person's printout (Dennis, Oma Ria) has no word of it; Linda's own has.
    for other in [b.dennis, b.ria] {
        let theirs = pack(&b.map, &m, Audience::Person(other), YEAR);
        assert!(!theirs.contains_text("Psychische problemen") && !theirs.contains_text("Verslaving"));
        assert!(theirs.contains_text("Linda"), "Linda is in their printout, only not what plays a role for her");
    }
    let own = pack(&b.map, &m, Audience::Person(b.linda), YEAR);
    assert!(own.contains_text("Speelt: Psychische problemen, Verslaving, veel alcohol of drugs"));
    // And once her details are kept from Dennis, the lens shows him nothing of them either.
    let mut linda = b.map.person(b.linda).unwrap().clone();
    linda.readers = Readers::not_for([b.dennis], "veilig adres");
    b.map.apply(Edit::UpdatePerson { person: linda }).unwrap();
    let shown = kring::present::shown_to(&b.map, Reader::Person(b.dennis), Lang::Nl, YEAR);
    assert!(shown.person(b.linda).is_none_or(|p| p.factors.is_empty()));
}
