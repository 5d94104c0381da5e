//! The guided session's steps: asked in order, each answered when the map holds what it
//! asks for (the list of steps ticks them off).

mod common;

use common::*;
use kring::guided::Step;
use kring::model::*;

#[test]
fn an_empty_map_answers_no_step() {
    let map = FamilyMap::new("Nieuw");
    assert!(Step::ALL.iter().all(|step| !step.is_answered(&map)));
}

#[test]
fn each_sector_step_is_answered_by_a_person_there_and_only_there() {
    let mut editor = Editor::new(FamilyMap::new("Nieuw"));
    add(&mut editor, "Samira", Sector::Community, 2);
    let answered: Vec<Step> = Step::ALL.into_iter().filter(|s| s.is_answered(editor.map())).collect();
    assert_eq!(answered, vec![Step::People(Sector::Community)]);
}

#[test]
fn a_household_member_answers_the_household_step_whatever_their_sector() {
    let mut editor = Editor::new(FamilyMap::new("Nieuw"));
    let mut linda = person(editor.map(), "Linda", Sector::Family, 1);
    linda.household = true;
    editor.apply(Edit::AddPerson { person: linda }).unwrap();
    assert!(Step::People(Sector::Household).is_answered(editor.map()));
    assert!(!Step::People(Sector::Family).is_answered(editor.map()));
}

#[test]
fn tie_steps_are_answered_by_their_kind_of_tie() {
    let map = bakker();
    assert!(Step::WhoHelps.is_answered(&map));
    assert!(Step::Worries.is_answered(&map));
    let mut no_risks = Editor::new(map.clone());
    for tie in map.ties().into_iter().filter(|t| t.kind == TieKind::Risk) {
        no_risks.apply(Edit::RemoveTie { id: tie.id }).unwrap();
    }
    assert!(!Step::Worries.is_answered(no_risks.map()));
}

#[test]
fn steps_are_asked_in_order_and_each_has_its_place() {
    for (i, step) in Step::ALL.iter().enumerate() {
        assert_eq!(step.index(), i);
    }
    let sectors: Vec<Sector> = Step::ALL.iter().filter_map(|s| s.sector()).collect();
    assert_eq!(sectors, Sector::ALL.to_vec());
}
