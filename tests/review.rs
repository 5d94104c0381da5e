//! Holding on: the review meeting started from the first, outcomes, score
//! trends, the history, overdue dates, the calendar file (read back by a strict reader
//! here), the new plan sections in every version with their readerships, the invitation,
//! the child's plan, and old files.

use kring::i18n::review::{date_text, history_text, invitation_text};
use kring::i18n::Lang;
use kring::io::ics::{self, Event, Stamp};
use kring::meeting::invitation::invitation;
use kring::meeting::*;
use kring::model::*;

const YEAR: u16 = 2026;

struct Fx {
    map: FamilyMap,
    linda: PersonId,
    noah: PersonId,
    mila: PersonId,
    dennis: PersonId,
    ria: PersonId,
    karin: PersonId,
}

fn id(map: &FamilyMap, name: &str) -> PersonId {
    map.persons().into_iter().find(|p| p.name == name).map(|p| p.id).unwrap_or_else(|| panic!("{name}"))
}

/// The Bakker map from the fixture file, with ages (Linda 34, Noah 12, Mila 7).
fn fx() -> Fx {
    let text = std::fs::read_to_string("tests/fixtures/bakker.kring.json").unwrap();
    let mut map = from_json(&text).unwrap();
    let edit = |map: &mut FamilyMap, name: &str, f: &dyn Fn(&mut Person)| {
        let mut person = map.person(id(map, name)).unwrap().clone();
        f(&mut person);
        map.apply(Edit::UpdatePerson { person }).unwrap();
    };
    edit(&mut map, "Linda", &|p| p.age = Some(Age::Years(34)));
    edit(&mut map, "Noah", &|p| {
        p.age = Some(Age::Years(12));
        p.child = true;
    });
    edit(&mut map, "Mila", &|p| {
        p.age = Some(Age::Years(7));
        p.child = true;
    });
    Fx {
        linda: id(&map, "Linda"),
        noah: id(&map, "Noah"),
        mila: id(&map, "Mila"),
        dennis: id(&map, "Dennis"),
        ria: id(&map, "Oma Ria"),
        karin: id(&map, "Karin"),
        map,
    }
}

const P_LINDA: ParticipantId = ParticipantId(1);
const P_NOAH: ParticipantId = ParticipantId(2);
const P_RIA: ParticipantId = ParticipantId(3);
const P_KARIN: ParticipantId = ParticipantId(4);
const P_DENNIS: ParticipantId = ParticipantId(5);
const P_ANNE: ParticipantId = ParticipantId(6);

fn yes(names: &[&str]) -> Consent {
    Consent {
        may_appear_on_shared_map: true,
        may_receive_plan: true,
        consent_given_by: names.iter().map(|n| n.to_string()).collect(),
        consent_date: "2026-03-01".into(),
    }
}

fn score(participant: ParticipantId, score: u8) -> ScaleScore {
    ScaleScore::new(participant, score)
}

/// The first meeting (12 March 2026): five participants, a danger statement, a goal, a
/// bottom line, three agreements (one by an expert-by-experience not on the map, one by
/// two people, one every Friday), scores, and professionals-only preparation.
fn first(f: &Fx) -> Meeting {
    let mut m = Meeting::new(MeetingId(1), "2026-03-12");
    m.place = "Wijkcentrum De Linde".into();
    m.chair = "Karin".into();
    m.purpose = "Samen een plan maken zodat Noah en Mila veilig zijn".into();
    let mut linda = Participant::on_map(P_LINDA, f.linda, MeetingRole::FamilyMember);
    linda.consent = yes(&["Linda"]);
    linda.phone = "06-11111111".into();
    let mut noah = Participant::on_map(P_NOAH, f.noah, MeetingRole::FamilyMember);
    noah.consent = yes(&["Noah", "Linda"]);
    let mut ria = Participant::on_map(P_RIA, f.ria, MeetingRole::NetworkMember);
    ria.consent = yes(&["Oma Ria"]);
    ria.phone = "06-33333333".into();
    let mut karin = Participant::on_map(P_KARIN, f.karin, MeetingRole::Professional);
    karin.consent = yes(&["Karin"]);
    let mut dennis = Participant::on_map(P_DENNIS, f.dennis, MeetingRole::FamilyMember);
    dennis.invite = InviteMode::Separately;
    dennis.interpreter = String::new();
    let mut anne = Participant::extra(P_ANNE, "Anne", MeetingRole::ExpertByExperience);
    anne.interpreter = String::new();
    m.participants = vec![linda, noah, ria, karin, dennis, anne];
    m.danger_statements = vec![Statement {
        text: "We zijn bang dat Noah en Mila weer zien dat Dennis Linda bedreigt bij de overdracht.".into(),
        agreed_by: vec![P_LINDA, P_RIA, P_KARIN],
        how_long: String::new(),
        readers: Readers::Everyone,
    }];
    m.safety_goals = vec![Statement {
        text: "Elke overdracht gaat rustig, zonder schreeuwen.".into(),
        agreed_by: vec![P_LINDA, P_KARIN],
        how_long: "drie maanden".into(),
        readers: Readers::Everyone,
    }];
    m.bottom_lines = vec![BottomLine {
        text: "De overdracht is altijd bij Oma Ria.".into(),
        set_by: Who::Participant(P_KARIN),
        readers: Readers::Everyone,
    }];
    let mut a1 = Agreement::new(f.ria, "Oma Ria haalt Mila elke woensdag uit school.");
    a1.for_whom = vec![f.mila];
    a1.child_words = "Oma Ria haalt jou op woensdag op van school.".into();
    a1.from = "2026-03-18".into();
    a1.repeat = Some(Repeat::Weekly);
    a1.by = "2026-06-30".into();
    let mut a2 = Agreement::by(Who::Participant(P_ANNE), "Anne helpt Linda met de post en de schulden.");
    a2.organisation = "Humanitas thuisadministratie".into();
    a2.for_whom = vec![f.linda];
    a2.by = "2026-04-30".into();
    let mut a3 = Agreement::new(f.linda, "Linda en Oma Ria maken een overdrachtsschema.");
    a3.also = vec![Who::Person(f.ria)];
    a3.by = "2026-03-31".into();
    m.agreements = vec![a1, a2, a3];
    m.scale_anchors = ScaleAnchors {
        zero: "Dennis komt zomaar langs en schreeuwt".into(),
        ten: "De overdracht gaat altijd rustig".into(),
        readers: Readers::Everyone,
    };
    m.scales = vec![score(P_LINDA, 4), score(P_NOAH, 3), score(P_RIA, 5), score(P_KARIN, 3)];
    m.scales[0].why = "Het is rustiger sinds de overdracht bij mijn moeder is".into();
    m.scales[0].one_higher = "Als Dennis zich aan het schema houdt".into();
    m.monitoring = Monitoring {
        keeper: Some(Who::Participant(P_KARIN)),
        review_date: "2026-05-14".into(),
        if_not_kept: "Karin belt".into(),
        readers: Readers::Everyone,
    };
    let mut prep = PrepNote::new(P_DENNIS);
    prep.why_apart = "Linda wil Dennis niet tegenkomen; hij wordt apart gesproken.".into();
    prep.notes = "Dennis wil meer contact met Noah.".into();
    m.preparation = vec![prep];
    m
}

/// The review on 14 May 2026, started from the first, with outcomes and new scores.
fn review(f: &Fx, first: &Meeting) -> Meeting {
    let mut r = start_review(first, MeetingId(2), "2026-05-14");
    r.agreements[0].outcome = Some(AgreementOutcome {
        result: Kept::Done,
        what_happened: "Elke woensdag gelukt".into(),
        recorded_by: Some(Who::Participant(P_KARIN)),
        readers: Readers::Everyone,
    });
    r.agreements[1].outcome = Some(AgreementOutcome {
        result: Kept::Partly,
        what_happened: "De post is bijgewerkt, de schulden nog niet".into(),
        recorded_by: Some(Who::Participant(P_LINDA)),
        readers: Readers::Everyone,
    });
    r.agreements[2].outcome = Some(AgreementOutcome {
        result: Kept::NotDone,
        what_happened: "Dennis wilde het schema niet tekenen".into(),
        recorded_by: Some(Who::Participant(P_KARIN)),
        readers: Readers::professionals_only("gaat over Dennis"),
    });
    r.scales = vec![score(P_LINDA, 6), score(P_NOAH, 5), score(P_RIA, 5), score(P_KARIN, 4)];
    r.monitoring.review_date = "2026-07-09".into();
    let _ = f;
    r
}

fn with_meetings(f: &Fx, meetings: &[&Meeting]) -> FamilyMap {
    let mut map = f.map.clone();
    for m in meetings {
        map.apply(Edit::SetMeeting { id: m.id, meeting: Some((*m).clone()) }).unwrap();
    }
    map
}

// ---------------------------------------------------------------------------------------
// The review copy
// ---------------------------------------------------------------------------------------

#[test]
fn a_review_starts_from_the_previous_plan() {
    let f = fx();
    let m1 = first(&f);
    let r = start_review(&m1, MeetingId(2), "2026-05-14");
    assert_eq!(r.follows, Some(MeetingId(1)));
    assert_eq!(r.participants.len(), m1.participants.len());
    assert!(r.participants.iter().zip(&m1.participants).all(|(a, b)| a.id == b.id && a.consent == b.consent));
    assert!(r.participants.iter().all(|p| p.invitation == Invitation::Invited), "invited again");
    assert_eq!(r.worries, m1.worries);
    assert_eq!(r.bottom_lines, m1.bottom_lines);
    assert_eq!(r.danger_statements, m1.danger_statements);
    assert_eq!(r.safety_goals, m1.safety_goals);
    assert_eq!(r.scale_anchors, m1.scale_anchors);
    assert_eq!(r.agreements.len(), 3);
    for (a, b) in r.agreements.iter().zip(&m1.agreements) {
        assert_eq!(a.what, b.what);
        assert_eq!(a.who, b.who);
        assert_eq!(a.repeat, b.repeat);
        assert!(a.outcome.is_none());
    }
    assert!(r.scales.is_empty(), "everyone is asked again");
    assert!(r.preparation.is_empty() && r.child_voice.is_empty());
    assert_eq!(r.monitoring.keeper, m1.monitoring.keeper);
    assert!(r.monitoring.review_date.is_empty(), "a new review date is asked");
}

#[test]
fn outcomes_are_counted_and_the_history_reads_as_a_story() {
    let f = fx();
    let m1 = first(&f);
    let r = review(&f, &m1);
    let count = OutcomeCount::of(&r);
    assert_eq!((count.done, count.partly, count.not_done, count.open), (1, 1, 1, 0));
    let lines = history(&[r.clone(), m1.clone()]);
    assert_eq!(lines.iter().map(|l| l.id).collect::<Vec<_>>(), vec![MeetingId(1), MeetingId(2)], "oldest first");
    assert_eq!(lines[0].average_tenths, Some(38));
    assert_eq!(lines[1].average_tenths, Some(50));
    let nl: Vec<String> = lines.iter().map(|l| history_text(Lang::Nl, l)).collect();
    assert_eq!(nl[0], "Beraad van 12 maart 2026 · 3 afspraken · veilig gemiddeld 3,8 · opnieuw kijken op 14 mei 2026");
    assert_eq!(
        nl[1],
        "Evaluatie op 14 mei 2026 (van het beraad van 12 maart 2026) · 3 afspraken · 1 gelukt, 1 deels, 1 niet · \
         veilig gemiddeld 5,0 · opnieuw kijken op 9 juli 2026"
    );
    assert!(history_text(Lang::En, &lines[1]).starts_with("Review on 14 May 2026 (of the meeting of 12 March 2026)"));
}

#[test]
fn trends_follow_each_person_over_the_meetings() {
    let f = fx();
    let m1 = first(&f);
    let r = review(&f, &m1);
    let map = with_meetings(&f, &[&m1, &r]);
    let trends = scale_trends(&map, map.meetings(), &r);
    let of = |p: ParticipantId| trends.iter().find(|t| t.participant == p).unwrap();
    assert_eq!(of(P_LINDA).points.iter().map(|p| p.score).collect::<Vec<_>>(), vec![4, 6]);
    assert_eq!(of(P_LINDA).direction, Direction::Up);
    assert_eq!(of(P_RIA).direction, Direction::Same);
    assert!(of(P_NOAH).child, "Noah's own score is marked as the child's");
    assert!(!of(P_LINDA).child);
    // In the first meeting, there is only one point.
    let first_trends = scale_trends(&map, map.meetings(), &m1);
    assert!(first_trends.iter().all(|t| t.direction == Direction::First && t.points.len() == 1));
    // A circular chain (a broken file) ends instead of looping.
    let mut loop1 = m1.clone();
    loop1.follows = Some(MeetingId(2));
    assert_eq!(chain(&[loop1.clone(), r.clone()], &r).len(), 2);
}

#[test]
fn a_passed_review_date_and_a_passed_agreement_show_until_dealt_with() {
    let f = fx();
    let m1 = first(&f);
    let due = overdue(std::slice::from_ref(&m1), &m1, "2026-05-20");
    assert!(due.contains(&Overdue::Review("2026-05-14".into())));
    assert!(due.contains(&Overdue::Agreement { index: 1, by: "2026-04-30".into() }));
    assert!(due.contains(&Overdue::Agreement { index: 2, by: "2026-03-31".into() }));
    assert!(!due.iter().any(|d| matches!(d, Overdue::Agreement { index: 0, .. })), "not due until June");
    let r = review(&f, &m1);
    let due = overdue(&[m1.clone(), r.clone()], &m1, "2026-05-20");
    assert!(!due.contains(&Overdue::Review("2026-05-14".into())), "the review took place");
    assert!(overdue(&[m1.clone(), r.clone()], &r, "2026-05-20").is_empty(), "outcomes recorded");
    assert!(overdue(std::slice::from_ref(&m1), &m1, "2026-03-01").is_empty());
}

// ---------------------------------------------------------------------------------------
// The printed versions
// ---------------------------------------------------------------------------------------

#[test]
fn the_review_pack_holds_outcomes_and_trends_for_the_family() {
    let f = fx();
    let m1 = first(&f);
    let r = review(&f, &m1);
    let map = with_meetings(&f, &[&m1, &r]);
    let full = pack(&map, &r, Audience::Professionals, YEAR).render_text(Lang::Nl);
    assert!(full.contains("Evaluatie van het beraad van 12 maart 2026"), "{full}");
    assert!(full.contains("Hoe ging het?: Gelukt. Elke woensdag gelukt (Ingevuld door: Karin)"), "{full}");
    assert!(full.contains("Hoe ging het?: Niet gelukt. Dennis wilde het schema niet tekenen"));
    assert!(full.contains("Linda: 6/10 (14 mei 2026)"));
    assert!(full.contains("Verloop: 4 → 6: hoger dan vorige keer"));
    assert!(full.contains("Noah: 5/10 (14 mei 2026) · eigen cijfer van het kind"));
    assert!(full.contains("- Anne (Humanitas thuisadministratie): Anne helpt Linda met de post"), "{full}");
    assert!(full.contains("- Linda en Oma Ria: Linda en Oma Ria maken een overdrachtsschema."));
    assert!(full.contains("Vanaf: 18 maart 2026 · Uiterlijk: 30 juni 2026 · elke woensdag"));
    assert!(full.contains("0 betekent hier: Dennis komt zomaar langs en schreeuwt"));

    // Linda's own version: the outcomes for everyone, not the one for professionals only.
    let linda = pack(&map, &r, Audience::Person(f.linda), YEAR).render_text(Lang::Nl);
    assert!(linda.contains("Gelukt. Elke woensdag gelukt"));
    assert!(linda.contains("Deels gelukt. De post is bijgewerkt"));
    assert!(!linda.contains("Dennis wilde het schema niet tekenen"), "professionals only");
    assert!(linda.contains("Verloop: 4 → 6"));
    let en = pack(&map, &r, Audience::Person(f.linda), YEAR).render_text(Lang::En);
    assert!(en.contains("How did it go?: Done. Elke woensdag gelukt"));
    assert!(en.contains("Over time: 4 → 6: higher than last time"));
}

#[test]
fn danger_statements_and_safety_goals_are_in_every_adult_version_by_readership() {
    let f = fx();
    let mut m1 = first(&f);
    m1.danger_statements.push(Statement {
        text: "Geheime zorg over Dennis".into(),
        agreed_by: vec![],
        how_long: String::new(),
        readers: Readers::not_for([f.dennis], "veiligheid"),
    });
    let map = with_meetings(&f, &[&m1]);
    let full = pack(&map, &m1, Audience::Professionals, YEAR);
    assert!(full.has(SectionKind::DangerStatements) && full.has(SectionKind::SafetyGoals));
    let text = full.render_text(Lang::Nl);
    assert!(text.contains("Hoe lang moet dat zo gaan?: drie maanden"));
    assert!(text.contains("Wie is het hiermee eens?: Linda, Oma Ria, Karin"));
    let network = pack(&map, &m1, Audience::Network, YEAR);
    assert!(network.contains_text("Elke overdracht gaat rustig"));
    assert!(!network.contains_text("Geheime zorg"), "the network reads only what is for everyone");
    let dennis = pack(&map, &m1, Audience::Person(f.dennis), YEAR);
    assert!(dennis.contains_text("Elke overdracht gaat rustig"));
    assert!(!dennis.contains_text("Geheime zorg"));
    assert!(pack(&map, &m1, Audience::Person(f.linda), YEAR).contains_text("Geheime zorg"));
    let child = pack(&map, &m1, Audience::Child(f.mila), YEAR);
    assert!(!child.has(SectionKind::DangerStatements) && !child.contains_text("bang dat"));
}

#[test]
fn preparation_notes_are_for_professionals_only() {
    let f = fx();
    let m1 = first(&f);
    let map = with_meetings(&f, &[&m1]);
    let full = pack(&map, &m1, Audience::Professionals, YEAR);
    assert!(full.contains_text("Dennis wil meer contact met Noah"));
    assert!(full.contains_text("Apart uitnodigen"));
    for audience in [Audience::Network, Audience::Person(f.linda), Audience::Person(f.dennis), Audience::Child(f.noah)]
    {
        let view = pack(&map, &m1, audience, YEAR);
        assert!(!view.has(SectionKind::Preparation), "{audience:?}");
        assert!(!view.contains_text("Dennis wil meer contact"), "{audience:?}");
        assert!(!view.contains_text("niet tegenkomen"), "{audience:?}");
    }
    // Karin is a professional on the map: her own version has it.
    assert!(pack(&map, &m1, Audience::Person(f.karin), YEAR).contains_text("Dennis wil meer contact"));
    // A note missing its readership in a file is for professionals only.
    let json = r#"{"participant": 5, "notes": "x"}"#;
    let note: PrepNote = serde_json::from_str(json).unwrap();
    assert!(matches!(note.readers, Readers::ProfessionalsOnly { .. }));
}

#[test]
fn the_childs_plan_has_child_words_their_own_score_and_whom_to_call() {
    let f = fx();
    let m1 = first(&f);
    let r = review(&f, &m1);
    let mut map = with_meetings(&f, &[&m1, &r]);
    // Ria is a support for Mila.
    let tie = Tie::new(map.next_tie_id(), f.ria, f.mila, TieKind::Support);
    map.apply(Edit::AddTie { tie }).unwrap();
    let mila = pack(&map, &r, Audience::Child(f.mila), YEAR);
    let text = mila.render_text(Lang::Nl);
    assert!(text.contains("Oma Ria haalt jou op woensdag op van school."), "child words: {text}");
    assert!(!text.contains("uit school."), "not the adults' words");
    assert!(!text.contains("Gelukt"), "no outcomes in the child's plan");
    assert!(text.contains("- Oma Ria: 06-33333333"), "{text}");
    let noah = pack(&map, &r, Audience::Child(f.noah), YEAR).render_text(Lang::Nl);
    assert!(noah.contains("Vorige keer gaf jij een 3. Nu geef jij een 5 van de 10."), "{noah}");
    assert!(!noah.contains("Linda: 6/10"), "only the child's own score");
}

// ---------------------------------------------------------------------------------------
// The invitation
// ---------------------------------------------------------------------------------------

#[test]
fn the_invitation_names_only_people_who_agreed_and_says_nothing_to_a_separate_guest() {
    let f = fx();
    let mut m1 = first(&f);
    m1.participants[2].consent.may_appear_on_shared_map = false; // Oma Ria
    m1.participants[5].interpreter = "Pools".into(); // Anne
    let linda = invitation(&f.map, &m1, P_LINDA, YEAR).unwrap();
    assert_eq!(linda.others_named, vec!["Noah".to_owned(), "Karin".to_owned()]);
    assert_eq!(linda.others_unnamed, 2, "Oma Ria and Anne did not agree to be named; Dennis comes separately");
    let text = invitation_text(Lang::Nl, &linda).join("\n");
    assert!(text.starts_with("Beste Linda,"));
    assert!(text.contains("Wanneer: donderdag 12 maart 2026"));
    assert!(text.contains("Waar: Wijkcentrum De Linde"));
    assert!(text.contains("Ook komen: Noah, Karin, en nog 2 andere mensen."));
    assert!(!text.contains("Dennis"));
    let dennis = invitation_text(Lang::Nl, &invitation(&f.map, &m1, P_DENNIS, YEAR).unwrap()).join("\n");
    assert!(dennis.contains("Je praat apart met de coördinator"));
    assert!(!dennis.contains("Linda") && !dennis.contains("Karin,"));
    let anne = invitation_text(Lang::En, &invitation(&f.map, &m1, P_ANNE, YEAR).unwrap()).join("\n");
    assert!(anne.contains("An interpreter (Pools) will be there."));
    m1.participants[4].invite = InviteMode::NotInvited;
    assert!(invitation(&f.map, &m1, P_DENNIS, YEAR).is_none());
}

// ---------------------------------------------------------------------------------------
// The file
// ---------------------------------------------------------------------------------------

#[test]
fn the_new_fields_travel_in_the_file_and_a_version_3_agreement_still_opens() {
    let f = fx();
    let m1 = first(&f);
    let r = review(&f, &m1);
    let map = with_meetings(&f, &[&m1, &r]);
    let back = from_json(&to_json(&map)).unwrap();
    assert_eq!(back.meetings(), map.meetings());
    // A version 3 file wrote an agreement's owner as a bare person id.
    let mut old: serde_json::Value = serde_json::from_str(&to_json(&with_meetings(&f, &[&first(&f)]))).unwrap();
    old["version"] = serde_json::json!(3);
    let agreement = &mut old["meetings"][0]["agreements"][0];
    agreement["who"] = serde_json::json!(f.ria.0);
    for key in ["child_words", "repeat"] {
        agreement.as_object_mut().unwrap().remove(key);
    }
    let opened = from_json(&old.to_string()).expect("a version 3 file opens");
    assert_eq!(opened.meetings()[0].agreements[0].who, Who::Person(f.ria));
}

// ---------------------------------------------------------------------------------------
// The calendar file, read back by a strict reader
// ---------------------------------------------------------------------------------------

/// A strict RFC 5545 reader for what Kring writes: CRLF only, lines of at most 75 octets,
/// folding undone, each property parsed into name, parameters and value, TEXT unescaped.
fn parse_ics(text: &str) -> Vec<Vec<(String, String, String)>> {
    assert!(text.ends_with("\r\n"), "ends in CRLF");
    assert!(!text.replace("\r\n", "").contains('\n') && !text.replace("\r\n", "").contains('\r'), "CRLF only");
    let raw: Vec<&str> = text.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    for line in &raw {
        assert!(line.len() <= 75, "line of {} octets: {line:?}", line.len());
    }
    let mut lines: Vec<String> = Vec::new();
    for line in raw {
        if let Some(rest) = line.strip_prefix(' ') {
            lines.last_mut().expect("a continuation follows a line").push_str(rest);
        } else {
            assert!(!line.starts_with('\t'));
            lines.push(line.to_owned());
        }
    }
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    let mut events = Vec::new();
    let mut current: Option<Vec<(String, String, String)>> = None;
    let mut depth = Vec::new();
    for line in &lines {
        let (head, value) = line.split_once(':').expect("name:value");
        let (name, params) = head.split_once(';').unwrap_or((head, ""));
        assert!(name.chars().all(|c| c.is_ascii_uppercase() || c == '-'), "name {name}");
        match (name, value) {
            ("BEGIN", v) => {
                depth.push(v.to_owned());
                if v == "VEVENT" {
                    current = Some(Vec::new());
                }
            }
            ("END", v) => {
                assert_eq!(depth.pop().as_deref(), Some(v), "balanced");
                if v == "VEVENT" {
                    events.push(current.take().unwrap());
                }
            }
            _ => {
                if let Some(event) = current.as_mut() {
                    if depth.last().map(String::as_str) == Some("VEVENT") {
                        // TEXT values are unescaped; other values (RRULE, dates) are taken as written.
                        let text = matches!(name, "SUMMARY" | "DESCRIPTION" | "UID" | "LOCATION");
                        let value = if text { unescape(value) } else { value.to_owned() };
                        event.push((name.to_owned(), params.to_owned(), value));
                    }
                }
            }
        }
    }
    assert!(depth.is_empty());
    events
}

fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('\\') => out.push('\\'),
                Some(';') => out.push(';'),
                Some(',') => out.push(','),
                Some('n') | Some('N') => out.push('\n'),
                other => panic!("bad escape \\{other:?}"),
            }
        } else {
            assert!(c != ';' && c != ',', "unescaped {c} in a TEXT value: {value}");
            out.push(c);
        }
    }
    out
}

fn prop<'a>(event: &'a [(String, String, String)], name: &str) -> Option<(&'a str, &'a str)> {
    event.iter().find(|(n, _, _)| n == name).map(|(_, p, v)| (p.as_str(), v.as_str()))
}

const STAMP: Stamp = Stamp { year: 2026, month: 3, day: 12, hour: 14, minute: 5, second: 9 };

#[test]
fn the_calendar_file_reads_back_strictly() {
    let f = fx();
    let m1 = first(&f);
    let map = with_meetings(&f, &[&m1]);
    let text = kring::present::calendar::calendar(&map, &m1, Reader::Network, Lang::Nl, STAMP).unwrap();
    let events = parse_ics(&text);
    assert_eq!(events.len(), 4, "the review and three agreements with a date:\n{text}");
    let review = &events[0];
    assert_eq!(prop(review, "DTSTART"), Some(("VALUE=DATE", "20260514")));
    assert_eq!(prop(review, "DTEND"), Some(("VALUE=DATE", "20260515")));
    assert_eq!(prop(review, "DTSTAMP"), Some(("", "20260312T140509Z")));
    assert_eq!(prop(review, "SUMMARY").unwrap().1, "Familie Bakker: opnieuw kijken naar het plan");
    assert!(prop(review, "UID").unwrap().1.ends_with("-review@kring.local"));
    let weekly = &events[1];
    assert_eq!(prop(weekly, "DTSTART"), Some(("VALUE=DATE", "20260318")));
    assert_eq!(prop(weekly, "RRULE"), Some(("", "FREQ=WEEKLY;UNTIL=20260630")));
    assert_eq!(
        prop(weekly, "SUMMARY").unwrap().1,
        "Familie Bakker: afspraak: Oma Ria haalt Mila elke woensdag uit school."
    );
    assert_eq!(prop(&events[3], "DTSTART"), Some(("VALUE=DATE", "20260331")), "a deadline on its 'by' date");
    let uids: std::collections::HashSet<&str> = events.iter().map(|e| prop(e, "UID").unwrap().1).collect();
    assert_eq!(uids.len(), 4, "unique UIDs");
    // Written again, the same UIDs: importing again updates instead of doubling.
    let again = kring::present::calendar::calendar(&map, &m1, Reader::Network, Lang::En, STAMP).unwrap();
    let again_uids: std::collections::HashSet<String> =
        parse_ics(&again).iter().map(|e| prop(e, "UID").unwrap().1.to_owned()).collect();
    assert_eq!(again_uids, uids.iter().map(|u| u.to_string()).collect());
    // Only what the reader may read: an agreement for professionals only stays out.
    let mut secret = m1.clone();
    secret.agreements[2].readers = Readers::professionals_only("");
    let text = kring::present::calendar::calendar(&map, &secret, Reader::Network, Lang::Nl, STAMP).unwrap();
    assert_eq!(parse_ics(&text).len(), 3);
}

#[test]
fn calendar_uids_follow_the_items_not_their_place_or_the_maps_name() {
    let f = fx();
    let mut m1 = first(&f);
    m1.calendar_key = "a1b2c3d4e5f6a7b8".into();
    let map = with_meetings(&f, &[&m1]);
    let uids = |map: &FamilyMap, m: &Meeting, reader: Reader| -> Vec<(String, String)> {
        kring::present::calendar::events(map, m, reader, Lang::Nl).into_iter().map(|e| (e.summary, e.uid)).collect()
    };
    let before = uids(&map, &m1, Reader::Professionals);
    assert!(before.iter().all(|(_, uid)| uid.starts_with("kring-a1b2c3d4e5f6a7b8-")), "{before:?}");
    // The map renamed: the same UIDs.
    let mut renamed = map.clone();
    renamed.apply(Edit::RenameMap { title: "Ons netwerk".into() }).unwrap();
    let after: Vec<String> = uids(&renamed, &m1, Reader::Professionals).into_iter().map(|(_, u)| u).collect();
    assert_eq!(after, before.iter().map(|(_, u)| u.clone()).collect::<Vec<_>>());
    // The first agreement hidden from a reader, or the list turned around: every other
    // agreement keeps its UID.
    let mut numbered = m1.clone();
    numbered.number_agreements();
    let mut hidden = numbered.clone();
    hidden.agreements[0].readers = Readers::professionals_only("");
    let mut reversed = numbered.clone();
    reversed.agreements.reverse();
    for other in [uids(&map, &hidden, Reader::Network), uids(&map, &reversed, Reader::Professionals)] {
        for (summary, uid) in &other {
            let was = before.iter().find(|(s, _)| s == summary).map(|(_, u)| u);
            assert_eq!(was, Some(uid), "{summary}");
        }
    }
    // The review meeting carries the agreements on: the same agreement, the same event; its
    // review date is an event of its own.
    let mut review = kring::meeting::start_review(&numbered, MeetingId(9), "2026-05-14");
    review.monitoring.review_date = "2026-07-01".into();
    let in_review = uids(&map, &review, Reader::Professionals);
    for (summary, uid) in in_review.iter().filter(|(_, u)| !u.contains("review")) {
        assert_eq!(before.iter().find(|(s, _)| s == summary).map(|(_, u)| u), Some(uid), "{summary}");
    }
    let reviews: std::collections::HashSet<&String> =
        before.iter().chain(in_review.iter()).filter(|(_, u)| u.contains("review")).map(|(_, u)| u).collect();
    assert_eq!(reviews.len(), 2, "each meeting's review date is its own event");
    // Another family's meeting with the same ids has other UIDs.
    let mut other = numbered.clone();
    other.calendar_key = "ffff0000ffff0000".into();
    let theirs = uids(&map, &other, Reader::Professionals);
    assert!(theirs.iter().all(|(_, u)| before.iter().all(|(_, b)| b != u)));
}

#[test]
fn long_and_awkward_text_is_escaped_and_folded_without_splitting_a_character() {
    let summary = "Één; twee, drie\\vier\nvijf — ".repeat(12) + "ë";
    let events = vec![Event {
        uid: "x@kring.local".into(),
        date: "2026-12-31".into(),
        summary: summary.clone(),
        description: "regel 1\r\nregel 2".into(),
        repeat: Some(Repeat::EveryTwoWeeks),
        until: None,
        remind_days_before: Some(2),
    }];
    let text = ics::write(&events, STAMP).unwrap();
    let parsed = parse_ics(&text);
    assert_eq!(prop(&parsed[0], "SUMMARY").unwrap().1, summary);
    assert_eq!(prop(&parsed[0], "DESCRIPTION").unwrap().1, "regel 1\nregel 2");
    assert_eq!(prop(&parsed[0], "DTEND"), Some(("VALUE=DATE", "20270101")), "across the year's end");
    assert_eq!(prop(&parsed[0], "RRULE"), Some(("", "FREQ=WEEKLY;INTERVAL=2")));
    assert!(text.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\n"));
    assert!(text.contains("TRIGGER:-P2D\r\n"));
    // Errors are typed, never a panic.
    let bad = Event { date: "2026-02-30".into(), ..events[0].clone() };
    assert!(matches!(ics::write(&[bad], STAMP), Err(ics::IcsError::BadDate { .. })));
    let no_uid = Event { uid: " ".into(), ..events[0].clone() };
    assert_eq!(ics::write(&[no_uid], STAMP), Err(ics::IcsError::EmptyUid));
    assert_eq!(ics::write(&[], Stamp { hour: 24, ..STAMP }), Err(ics::IcsError::BadStamp));
    assert_eq!(date_text(Lang::En, "2027-01-01"), "1 January 2027");
}

#[test]
fn every_agreement_gets_an_id_of_its_own_however_it_came_in() {
    let f = fx();
    let m1 = first(&f);
    assert!(m1.agreements.len() >= 3);
    // Added through an edit (as the meeting screen adds them, without an id).
    let map = with_meetings(&f, &[&m1]);
    let ids: Vec<u32> = map.meetings()[0].agreements.iter().map(|a| a.id).collect();
    let unique: std::collections::BTreeSet<u32> = ids.iter().copied().collect();
    assert!(!ids.contains(&0) && unique.len() == ids.len(), "{ids:?}");
    // Read from a file of before version 5 (no ids): the same.
    let mut old: serde_json::Value = serde_json::from_str(&to_json(&map)).unwrap();
    old["version"] = serde_json::json!(4);
    for a in old["meetings"][0]["agreements"].as_array_mut().unwrap() {
        a.as_object_mut().unwrap().remove("id");
    }
    let back = from_json(&old.to_string()).unwrap();
    assert_eq!(back.meetings()[0].agreements.iter().map(|a| a.id).collect::<Vec<_>>(), ids);
    // A new one gets the next id, and a review keeps them.
    assert_eq!(map.meetings()[0].next_agreement_id(), ids.iter().max().unwrap() + 1);
    let review = kring::meeting::start_review(&map.meetings()[0], MeetingId(9), "2026-05-14");
    assert_eq!(review.agreements.iter().map(|a| a.id).collect::<Vec<_>>(), ids);
}
