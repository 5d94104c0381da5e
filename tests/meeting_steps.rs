//! The meeting form in steps: which step holds what, what each step's summary says as the
//! Bakker meeting is filled in, and where each item of "what is missing" leads.

use kring::i18n::meeting_steps::{step_heading, step_name, summary as summary_words};
use kring::i18n::Lang;
use kring::meeting::*;
use kring::model::{from_json, FamilyMap, PersonId};

fn bakker() -> FamilyMap {
    from_json(include_str!("fixtures/bakker.kring.json")).expect("the demo family loads")
}

fn id(map: &FamilyMap, name: &str) -> PersonId {
    map.persons().into_iter().find(|p| p.name == name).map(|p| p.id).unwrap_or_else(|| panic!("{name}"))
}

fn of(meeting: &Meeting, map: &FamilyMap, step: Step) -> StepSummary {
    summary(step, meeting, map, &meeting.validate(map))
}

#[test]
fn the_steps_come_in_the_order_of_preparing_a_meeting_and_move_one_at_a_time() {
    assert_eq!(Step::ALL.len(), 8);
    assert_eq!(Step::ALL[0], Step::Basics);
    assert_eq!(Step::ALL[7], Step::Check, "checking what is missing is the last step");
    for (i, step) in Step::ALL.iter().enumerate() {
        assert_eq!(step.number(), i + 1);
        assert_eq!(step.next(), Step::ALL.get(i + 1).copied());
        assert_eq!(step.previous(), i.checked_sub(1).map(|p| Step::ALL[p]));
    }
    assert_eq!(Step::Basics.previous(), None, "no Previous on the first step");
    assert_eq!(Step::Check.next(), None, "no Next on the last step");
}

#[test]
fn a_new_meeting_has_a_date_and_nothing_else_done() {
    let map = bakker();
    let meeting = Meeting::new(MeetingId(1), "2026-03-10");
    let basics = of(&meeting, &map, Step::Basics);
    assert_eq!((basics.filled, basics.parts), (1, 4), "the date is filled, place, chair and purpose are not");
    assert_eq!(basics.progress(), Progress::Started);
    for step in [Step::Participants, Step::Situation, Step::Goals, Step::Agreements] {
        assert_eq!(of(&meeting, &map, step).progress(), Progress::NotStarted, "{step:?}");
    }
    // No keeper and no review date: two things to check in the safety step, and in the check step.
    let safety = of(&meeting, &map, Step::Safety);
    assert_eq!((safety.filled, safety.to_check), (0, 2));
    assert_eq!(safety.progress(), Progress::Started, "something to check is not 'not started'");
    assert_eq!(of(&meeting, &map, Step::Check).to_check, meeting.validate(&map).len());
}

#[test]
fn filling_the_basics_makes_that_step_done() {
    let map = bakker();
    let mut meeting = Meeting::new(MeetingId(1), "2026-03-10");
    meeting.place = "Buurthuis De Linde".into();
    meeting.chair = "Karin".into();
    assert_eq!(of(&meeting, &map, Step::Basics).filled, 3);
    meeting.purpose = "   ".into();
    assert_eq!(of(&meeting, &map, Step::Basics).filled, 3, "spaces are not a purpose");
    meeting.purpose = "Samen afspreken hoe Noah en Mila veilig thuis kunnen wonen.".into();
    assert_eq!(of(&meeting, &map, Step::Basics).progress(), Progress::Done);
    meeting.date = "10-03-2026".into();
    let basics = of(&meeting, &map, Step::Basics);
    assert_eq!((basics.filled, basics.to_check), (4, 1), "a date that is not a date is filled but to check");
    assert_eq!(basics.progress(), Progress::Started);
}

#[test]
fn an_empty_worry_is_counted_in_its_step_until_it_has_words() {
    let map = bakker();
    let mut meeting = Meeting::new(MeetingId(1), "2026-03-10");
    meeting.worries.push(Worry::default());
    let situation = of(&meeting, &map, Step::Situation);
    assert_eq!((situation.filled, situation.parts, situation.to_check), (0, 2, 1));
    meeting.worries[0].text = "Noah gaat bijna niet meer naar school.".into();
    let situation = of(&meeting, &map, Step::Situation);
    assert_eq!((situation.filled, situation.to_check), (1, 0));
    meeting.going_well.push("Oma Ria is er altijd voor de kinderen.".into());
    assert_eq!(of(&meeting, &map, Step::Situation).progress(), Progress::Done);
}

#[test]
fn every_problem_of_the_bakker_meeting_leads_to_the_step_where_it_is_put_right() {
    let map = bakker();
    let (linda, noah, karin) = (id(&map, "Linda"), id(&map, "Noah"), id(&map, "Karin"));
    let mut meeting = Meeting::new(MeetingId(1), "");
    meeting.participants.push(Participant::on_map(ParticipantId(1), linda, MeetingRole::FamilyMember));
    meeting.participants[0].consent.may_appear_on_shared_map = true; // agreed, but by nobody and with no date
    meeting.worries.push(Worry::default());
    meeting.going_well.push("".into());
    meeting.bottom_lines.push(BottomLine {
        text: "Er wordt niet geslagen.".into(),
        set_by: Who::Person(linda),
        readers: Default::default(),
    });
    let mut agreement = Agreement::new(karin, "Regelt een afspraak bij de schuldhulp.");
    agreement.from = "2026-04-10".into();
    agreement.by = "2026-04-01".into();
    meeting.agreements.push(agreement);
    meeting.red_flags.push(RedFlag::default());
    meeting.child_voice.push(ChildVoice { child: noah, words: String::new(), readers: Default::default() });
    meeting.child_voice.push(ChildVoice { child: karin, words: "Ik".into(), readers: Default::default() });

    let problems = meeting.validate(&map);
    let step_for = |wanted: &dyn Fn(&MeetingProblem) -> bool| {
        problems.iter().find(|p| wanted(p)).map(step_of).unwrap_or_else(|| panic!("no such problem in {problems:?}"))
    };
    assert_eq!(step_for(&|p| *p == MeetingProblem::MeetingDateMissing), Step::Basics);
    assert_eq!(step_for(&|p| matches!(p, MeetingProblem::ConsentIncomplete { .. })), Step::Participants);
    assert_eq!(step_for(&|p| matches!(p, MeetingProblem::ConsentDateMissing(_))), Step::Participants);
    assert_eq!(step_for(&|p| matches!(p, MeetingProblem::EmptyText { place: Place::Worry(0) })), Step::Situation);
    assert_eq!(step_for(&|p| matches!(p, MeetingProblem::EmptyText { place: Place::GoingWell(0) })), Step::Situation);
    assert_eq!(step_for(&|p| matches!(p, MeetingProblem::BottomLineNotByProfessional(0))), Step::Goals);
    assert_eq!(step_for(&|p| matches!(p, MeetingProblem::AgreementDatesReversed(0))), Step::Agreements);
    assert_eq!(step_for(&|p| matches!(p, MeetingProblem::EmptyText { place: Place::RedFlag(0) })), Step::Safety);
    assert_eq!(step_for(&|p| *p == MeetingProblem::KeeperMissing), Step::Safety);
    assert_eq!(step_for(&|p| *p == MeetingProblem::ReviewDateMissing), Step::Safety);
    assert_eq!(step_for(&|p| matches!(p, MeetingProblem::EmptyText { place: Place::ChildVoice(0) })), Step::ChildVoice);
    assert_eq!(step_for(&|p| matches!(p, MeetingProblem::NotAChild { .. })), Step::ChildVoice);

    // Each step counts its own problems; together they are the check step's count.
    let per_step: usize =
        Step::ALL.iter().filter(|s| **s != Step::Check).map(|s| summary(*s, &meeting, &map, &problems).to_check).sum();
    assert_eq!(per_step, problems.len(), "every problem is in exactly one step");
    assert_eq!(summary(Step::Check, &meeting, &map, &problems).to_check, problems.len());
}

#[test]
fn the_childs_words_are_asked_for_only_when_the_map_has_a_child() {
    let map = bakker();
    let meeting = Meeting::new(MeetingId(1), "2026-03-10");
    let voice = of(&meeting, &map, Step::ChildVoice);
    assert_eq!((voice.filled, voice.parts), (0, 1), "Noah and Mila are on the map");

    let grown_up = from_json(
        &include_str!("fixtures/bakker.kring.json")
            .replace("\"child\": true", "\"child\": false")
            .replace("\"years\": 12", "\"years\": 40")
            .replace("\"years\": 7\n", "\"years\": 40\n"),
    )
    .expect("the map loads");
    assert!(
        grown_up.persons().iter().all(|p| !p.child && p.age != Some(kring::model::Age::Years(7))),
        "the fixture's children are grown up now (the replacements matched)"
    );
    let voice = of(&meeting, &grown_up, Step::ChildVoice);
    assert_eq!(voice.parts, 0);
    assert_eq!(voice.progress(), Progress::Optional, "a step that asks nothing is not 'not started'");
}

#[test]
fn the_summary_says_in_words_what_is_done_in_dutch_and_english() {
    let map = bakker();
    let mut meeting = Meeting::new(MeetingId(1), "2026-03-10");
    let basics = of(&meeting, &map, Step::Basics);
    assert_eq!(summary_words(Lang::Nl, Step::Basics, &basics), "1 van 4 ingevuld");
    assert_eq!(summary_words(Lang::En, Step::Basics, &basics), "1 of 4 filled in");
    let agreements = of(&meeting, &map, Step::Agreements);
    assert_eq!(summary_words(Lang::Nl, Step::Agreements, &agreements), "nog niet begonnen");
    assert_eq!(summary_words(Lang::En, Step::Agreements, &agreements), "not started");
    let safety = of(&meeting, &map, Step::Safety);
    assert_eq!(summary_words(Lang::Nl, Step::Safety, &safety), "0 van 5 ingevuld, 2 punten nakijken");
    assert_eq!(summary_words(Lang::En, Step::Safety, &safety), "0 of 5 filled in, 2 items to check");

    meeting.agreements.push(Agreement::new(id(&map, "Oma Ria"), "Haalt Mila elke woensdag uit school."));
    let agreements = of(&meeting, &map, Step::Agreements);
    assert_eq!(summary_words(Lang::Nl, Step::Agreements, &agreements), "klaar");
    assert_eq!(summary_words(Lang::En, Step::Agreements, &agreements), "done");

    let check = of(&meeting, &map, Step::Check);
    assert_eq!(summary_words(Lang::Nl, Step::Check, &check), "nog 2 punten open");
    meeting.monitoring.keeper = Some(Who::Person(id(&map, "Karin")));
    meeting.monitoring.review_date = "2026-06-10".into();
    let check = of(&meeting, &map, Step::Check);
    assert_eq!(summary_words(Lang::Nl, Step::Check, &check), "alles ingevuld");
    assert_eq!(summary_words(Lang::En, Step::Check, &check), "everything filled in");

    assert_eq!(step_heading(Lang::Nl, Step::Participants), "Stap 2 van 8: Wie komen er");
    assert_eq!(step_heading(Lang::En, Step::Check), format!("Step 8 of 8: {}", step_name(Lang::En, Step::Check)));
}
