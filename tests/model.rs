//! Edit commands, their inverses and the undo/redo history.

mod common;

use common::*;
use kring::model::*;

fn first_person(map: &FamilyMap, name: &str) -> Person {
    map.persons().into_iter().find(|p| p.name == name).cloned().expect("fixture has this person")
}

/// Applying an edit and then its inverse must give back exactly the map we started with.
fn assert_inverse_restores(map: &FamilyMap, edit: Edit) {
    let mut changed = map.clone();
    let inverse = changed.apply(edit.clone()).unwrap_or_else(|e| panic!("{edit:?} failed: {e}"));
    assert_ne!(&changed, map, "{edit:?} changed nothing, so this test would prove nothing");
    let redo = changed.apply(inverse).expect("inverse applies");
    assert_eq!(&changed, map, "undoing {edit:?} did not restore the map");
    // And the inverse of the inverse does the edit again.
    let mut again = map.clone();
    again.apply(edit).expect("edit applies");
    changed.apply(redo).expect("redo applies");
    assert_eq!(changed, again);
}

#[test]
fn every_edit_kind_is_undone_by_its_inverse() {
    let map = bakker();
    let ria = first_person(&map, "Oma Ria");
    let tie = map.ties()[0].clone();

    let newcomer = person(&map, "Buurman Piet", Sector::Community, 4);
    assert_inverse_restores(&map, Edit::AddPerson { person: newcomer });
    assert_inverse_restores(&map, Edit::RemovePerson { id: ria.id });

    let mut renamed = ria.clone();
    renamed.name = "Oma Ria de Vries".into();
    renamed.child = true;
    assert_inverse_restores(&map, Edit::UpdatePerson { person: renamed });
    assert_inverse_restores(
        &map,
        Edit::MovePerson { id: ria.id, sector: Sector::Friends, ring: Ring::FURTHEST, angle: 0.9 },
    );

    let new_tie = Tie::new(map.next_tie_id(), ria.id, tie.to, TieKind::Contact);
    assert_inverse_restores(&map, Edit::AddTie { tie: new_tie });
    assert_inverse_restores(&map, Edit::RemoveTie { id: tie.id });
    let mut stronger = tie.clone();
    stronger.strength = Strength::Strong;
    stronger.support.insert(SupportType::Childcare);
    assert_inverse_restores(&map, Edit::UpdateTie { tie: stronger });
    let mut turned = tie.clone();
    std::mem::swap(&mut turned.from, &mut turned.to);
    assert_inverse_restores(&map, Edit::UpdateTie { tie: turned });
    assert_inverse_restores(&map, Edit::RenameMap { title: "Bakker, maart".into() });
    let meeting = kring::meeting::Meeting::new(kring::meeting::MeetingId(3), "2026-12-01");
    assert_inverse_restores(&map, Edit::SetMeeting { id: meeting.id, meeting: Some(meeting.clone()) });
    let mut with_meeting = map.clone();
    with_meeting.apply(Edit::SetMeeting { id: meeting.id, meeting: Some(meeting.clone()) }).unwrap();
    let mut changed = meeting.clone();
    changed.place = "Buurthuis De Kring".into();
    assert_inverse_restores(&with_meeting, Edit::SetMeeting { id: meeting.id, meeting: Some(changed) });
    assert_inverse_restores(&with_meeting, Edit::SetMeeting { id: meeting.id, meeting: None });
    let snapshot = kring::timeline::Snapshot::new(1, "nu", "2026-11-28", &map).unwrap();
    assert_inverse_restores(&map, Edit::SetSnapshot { id: 1, snapshot: Some(snapshot) });
    let view = kring::timeline::Perspective::new(kring::timeline::PerspectiveId(1), "Linda", None);
    assert_inverse_restores(&map, Edit::SetPerspective { id: view.id, perspective: Some(view) });
    assert_inverse_restores(
        &map,
        Edit::Batch {
            edits: vec![
                Edit::RenameMap { title: "Nieuw".into() },
                Edit::MovePerson { id: ria.id, sector: Sector::Family, ring: Ring::FURTHEST, angle: 0.1 },
            ],
        },
    );
}

#[test]
fn removing_a_person_removes_their_ties_and_undo_brings_them_back() {
    let mut editor = Editor::new(bakker());
    let dennis = first_person(editor.map(), "Dennis");
    assert_eq!(editor.map().ties_of(dennis.id).len(), 2);
    let ties_before = editor.map().tie_count();

    editor.apply(Edit::RemovePerson { id: dennis.id }).expect("Dennis exists");
    assert!(editor.map().person(dennis.id).is_none());
    assert_eq!(editor.map().tie_count(), ties_before - 2);
    assert!(editor.map().ties().iter().all(|t| !t.touches(dennis.id)));

    assert!(editor.undo());
    assert_eq!(editor.map().person(dennis.id), Some(&dennis));
    assert_eq!(editor.map().tie_count(), ties_before);
}

#[test]
fn bad_edits_are_refused_and_leave_the_map_unchanged() {
    let map = bakker();
    let ria = first_person(&map, "Oma Ria");
    let cases = vec![
        (Edit::AddPerson { person: ria.clone() }, EditError::DuplicatePerson(ria.id)),
        (Edit::RemovePerson { id: PersonId(999) }, EditError::UnknownPerson(PersonId(999))),
        (Edit::AddTie { tie: Tie::new(TieId(50), ria.id, ria.id, TieKind::Support) }, EditError::TieToSelf(ria.id)),
        (
            Edit::AddTie { tie: Tie::new(TieId(50), ria.id, PersonId(999), TieKind::Support) },
            EditError::UnknownPerson(PersonId(999)),
        ),
        (Edit::RemoveTie { id: TieId(999) }, EditError::UnknownTie(TieId(999))),
        (Edit::UpdatePerson { person: Person { name: "   ".into(), ..ria.clone() } }, EditError::EmptyName),
        // A batch whose second edit fails must not keep its first.
        (
            Edit::Batch {
                edits: vec![Edit::RenameMap { title: "half done".into() }, Edit::RemovePerson { id: PersonId(999) }],
            },
            EditError::UnknownPerson(PersonId(999)),
        ),
    ];
    for (edit, expected) in cases {
        let mut copy = map.clone();
        assert_eq!(copy.apply(edit.clone()), Err(expected), "{edit:?}");
        assert_eq!(copy, map, "{edit:?} changed the map although it failed");
    }
}

#[test]
fn undo_and_redo_walk_the_history_both_ways() {
    let mut editor = Editor::new(FamilyMap::new("Test"));
    assert!(!editor.can_undo());
    let a = add(&mut editor, "Anna", Sector::Friends, 1);
    let b = add(&mut editor, "Bram", Sector::Friends, 2);
    assert_eq!(editor.map().person_count(), 2);

    assert!(editor.undo());
    assert!(editor.map().person(b).is_none());
    assert!(editor.map().person(a).is_some());
    assert!(editor.undo());
    assert_eq!(editor.map().person_count(), 0);
    assert!(!editor.undo(), "nothing left to undo");

    assert!(editor.redo());
    assert!(editor.redo());
    assert_eq!(editor.map().person_count(), 2);
    assert!(!editor.redo());

    // A new edit after an undo clears the redo stack.
    editor.undo();
    add(&mut editor, "Cas", Sector::Family, 3);
    assert!(!editor.can_redo());
}

#[test]
fn typing_a_name_is_one_undo_step() {
    let mut editor = Editor::new(bakker());
    let ria = first_person(editor.map(), "Oma Ria");
    let before = editor.map().clone();
    let steps = editor.undo_len();
    let typing = MergeKey::Person(ria.id, PersonTextField::Name);
    let mut name = String::from("Oma Ria");
    for letter in " Jansen".chars() {
        name.push(letter);
        let person = Person { name: name.clone(), ..ria.clone() };
        editor.apply_merged(Edit::UpdatePerson { person }, Some(typing.clone())).expect("rename applies");
    }
    assert_eq!(editor.undo_len(), steps + 1);
    assert!(editor.undo());
    assert_eq!(editor.map(), &before);
    assert!(editor.redo());
    assert_eq!(editor.map().person(ria.id).map(|p| p.name.as_str()), Some("Oma Ria Jansen"));
}

#[test]
fn typing_into_another_field_or_person_is_another_step() {
    let mut editor = Editor::new(bakker());
    let ria = first_person(editor.map(), "Oma Ria");
    let steps = editor.undo_len();
    let role = Person { role: "oma".into(), ..ria.clone() };
    let note = Person { note: "komt op woensdag".into(), ..role.clone() };
    editor
        .apply_merged(Edit::UpdatePerson { person: role }, Some(MergeKey::Person(ria.id, PersonTextField::Role)))
        .unwrap();
    editor
        .apply_merged(Edit::UpdatePerson { person: note }, Some(MergeKey::Person(ria.id, PersonTextField::Note)))
        .unwrap();
    assert_eq!(editor.undo_len(), steps + 2);
}

#[test]
fn a_saved_history_from_a_newer_kring_is_dropped_and_an_older_one_kept() {
    let mut editor = Editor::new(bakker());
    add(&mut editor, "Buurvrouw Els", Sector::Community, 3);
    let saved = editor.history_json(300);
    assert!(saved.contains(&format!("\"version\":{HISTORY_VERSION}")));
    let reopened = Editor::with_history(editor.map().clone(), &saved);
    assert_eq!(reopened.undo_len(), editor.undo_len());
    let newer = saved.replace(&format!("\"version\":{HISTORY_VERSION}"), "\"version\":99");
    assert_eq!(Editor::with_history(editor.map().clone(), &newer).undo_len(), 0);
    let unversioned = saved.replace(&format!("\"version\":{HISTORY_VERSION},"), "");
    assert_eq!(Editor::with_history(editor.map().clone(), &unversioned).undo_len(), editor.undo_len());
}

#[test]
fn sealing_ends_a_merge_so_leaving_and_coming_back_to_a_field_is_two_steps() {
    let mut editor = Editor::new(bakker());
    let ria = first_person(editor.map(), "Oma Ria");
    let steps = editor.undo_len();
    let key = MergeKey::Person(ria.id, PersonTextField::Role);
    let role = |text: &str| Edit::UpdatePerson { person: Person { role: text.into(), ..ria.clone() } };
    editor.apply_merged(role("oma"), Some(key.clone())).unwrap();
    editor.seal();
    editor.apply_merged(role("oma van Mila"), Some(key)).unwrap();
    assert_eq!(editor.undo_len(), steps + 2);
}

#[test]
fn history_is_capped_at_its_limit() {
    let mut editor = Editor::with_limit(FamilyMap::new("Test"), 5);
    for i in 0..8 {
        add(&mut editor, &format!("P{i}"), Sector::Friends, 2);
    }
    let mut undone = 0;
    while editor.undo() {
        undone += 1;
    }
    assert_eq!(undone, 5);
    assert_eq!(editor.map().person_count(), 3);
}

#[test]
fn ids_are_never_reused_after_a_delete() {
    let mut editor = Editor::new(FamilyMap::new("Test"));
    let a = add(&mut editor, "Anna", Sector::Friends, 1);
    editor.apply(Edit::RemovePerson { id: a }).unwrap();
    let b = add(&mut editor, "Bram", Sector::Friends, 1);
    assert_ne!(a, b);
}

#[test]
fn newcomers_get_a_free_spot_in_their_ring() {
    let mut editor = Editor::new(FamilyMap::new("Test"));
    let ids: Vec<PersonId> = (0..4).map(|i| add(&mut editor, &format!("P{i}"), Sector::Friends, 2)).collect();
    let mut angles: Vec<f64> = ids.iter().map(|id| editor.map().person(*id).unwrap().angle).collect();
    angles.sort_by(f64::total_cmp);
    for pair in angles.windows(2) {
        assert!(pair[1] - pair[0] > 0.1, "persons too close together: {angles:?}");
    }
}

#[test]
fn edits_are_plain_data_that_survive_json() {
    let map = bakker();
    let edit = Edit::Batch {
        edits: vec![
            Edit::AddPerson { person: person(&map, "Piet", Sector::Community, 2) },
            Edit::RemoveTie { id: TieId(1) },
        ],
    };
    let text = serde_json::to_string(&edit).unwrap();
    let back: Edit = serde_json::from_str(&text).unwrap();
    assert_eq!(back, edit);
}

#[test]
fn history_survives_being_saved_beside_the_map() {
    let mut editor = Editor::new(FamilyMap::new("Test"));
    add(&mut editor, "Anna", Sector::Friends, 1);
    let b = add(&mut editor, "Bram", Sector::Friends, 2);
    add(&mut editor, "Cas", Sector::Family, 3);
    editor.undo();

    let saved_map = to_json(editor.map());
    let saved_history = editor.history_json(100);
    let mut reloaded = Editor::with_history(from_json(&saved_map).unwrap(), &saved_history);
    assert!(reloaded.can_redo());
    assert!(reloaded.undo());
    assert!(reloaded.map().person(b).is_none(), "undo after reload removes the last person added");
    assert!(reloaded.redo() && reloaded.redo());
    assert_eq!(reloaded.map().person_count(), 3);

    // Only the newest steps are kept when asked, and a broken history is dropped.
    let short = Editor::with_history(editor.map().clone(), &editor.history_json(1));
    assert_eq!(short.undo_len(), 1);
    let broken = Editor::with_history(editor.map().clone(), "{not json");
    assert!(!broken.can_undo() && !broken.can_redo());
}

#[test]
fn moving_by_list_menu_or_keys_keeps_the_spot_within_the_wedge() {
    let map = bakker();
    let ria = first_person(&map, "Oma Ria");
    let Some(Edit::MovePerson { id, sector, ring, angle }) = Edit::move_to(&ria, Sector::Friends, Ring::FURTHEST)
    else {
        panic!("a move to another place is an edit");
    };
    assert_eq!((id, sector, ring, angle), (ria.id, Sector::Friends, Ring::FURTHEST, ria.angle));
    assert_eq!(Edit::move_to(&ria, ria.sector, ria.ring), None, "no edit when nothing changes");
}

#[test]
fn the_arrow_keys_go_round_the_outer_wedges_and_never_into_the_household() {
    assert_eq!(Sector::Family.neighbour(true), Some(Sector::Friends));
    assert_eq!(Sector::Family.neighbour(false), Some(Sector::Professionals));
    assert_eq!(Sector::Professionals.neighbour(true), Some(Sector::Family));
    assert_eq!(Sector::Household.neighbour(true), None);
    for sector in Sector::OUTER {
        assert_eq!(sector.neighbour(true).and_then(|s| s.neighbour(false)), Some(sector));
    }
}

#[test]
fn a_map_being_read_never_changes_under_its_reader() {
    let mut editor = Editor::new(bakker());
    let before = editor.shared_map();
    let persons = before.person_count();
    add(&mut editor, "Buurvrouw Els", Sector::Community, 3);
    assert_eq!(before.person_count(), persons, "the reader's map is the map as it was");
    assert_eq!(editor.map().person_count(), persons + 1);
    assert_eq!(editor.shared_map().person_count(), persons + 1);
}
