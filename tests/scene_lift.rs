//! Dragging a person: it and its ties follow the pointer, the rest of the map stays, and
//! the cell it would land in is marked.

mod common;

use common::*;
use kring::i18n::Lang;
use kring::model::*;
use kring::scene::geometry::*;
use kring::scene::*;

fn small_map() -> (Editor, [PersonId; 3]) {
    let mut editor = Editor::new(FamilyMap::new("Test"));
    let mum = add(&mut editor, "Mama", Sector::Household, 1);
    let oma = add(&mut editor, "Oma", Sector::Family, 1);
    let coach = add(&mut editor, "Coach", Sector::Community, 3);
    tie(&mut editor, oma, mum, TieKind::Support);
    tie(&mut editor, mum, oma, TieKind::Risk);
    tie(&mut editor, coach, mum, TieKind::Contact);
    (editor, [mum, oma, coach])
}

#[test]
fn the_dragged_person_and_its_name_follow_the_pointer() {
    let (editor, [_, oma, _]) = small_map();
    let scene = Scene::build(editor.map(), Lang::Nl);
    let before = scene.person(oma).unwrap().clone();
    let lifted = scene.lifted(oma, before.x + 40.0, before.y - 25.0).unwrap();
    assert_eq!((lifted.mark.x, lifted.mark.y), (before.x + 40.0, before.y - 25.0));
    assert!((lifted.mark.label_x - (before.label_x + 40.0)).abs() < 1e-9);
    assert!((lifted.mark.label_y - (before.label_y - 25.0)).abs() < 1e-9);
    assert_eq!(lifted.mark.label, before.label);
}

#[test]
fn only_the_dragged_persons_ties_follow_each_from_its_other_end_in_its_own_style() {
    let (editor, [mum, oma, coach]) = small_map();
    let scene = Scene::build(editor.map(), Lang::Nl);
    let (x, y) = polar(300.0, 0.3);
    let lifted = scene.lifted(oma, x, y).unwrap();
    assert_eq!(lifted.ties.len(), 2, "the coach's tie does not move");
    assert!(lifted.ties.iter().all(|l| l.from != coach && l.to != coach));
    let mum_mark = scene.person(mum).unwrap();
    for line in &lifted.ties {
        let drawn = scene.ties.iter().find(|l| l.id == line.id).unwrap();
        assert_eq!((line.from, line.to, &line.style, line.kind), (drawn.from, drawn.to, &drawn.style, drawn.kind));
        // It leaves mum's circle where mum is, and reaches the pointer, not the old spot.
        let (at_mum, at_pointer) = if line.from == mum { (line.start, line.end) } else { (line.end, line.start) };
        let from_mum = (at_mum.0 - mum_mark.x).hypot(at_mum.1 - mum_mark.y);
        assert!((PERSON_RADIUS..PERSON_RADIUS + 8.0).contains(&from_mum), "{from_mum}");
        assert!((at_pointer.0 - x).hypot(at_pointer.1 - y) < PERSON_RADIUS + 8.0);
        assert!(line.path.starts_with('M') && line.path.contains('Q'));
    }
    // Two ties between the same pair bow apart, so both stay visible.
    assert_ne!(lifted.ties[0].control, lifted.ties[1].control);
}

#[test]
fn the_landing_cell_is_the_one_under_the_pointer() {
    let (editor, [_, oma, _]) = small_map();
    let scene = Scene::build(editor.map(), Lang::Nl);
    let ring = Ring::new(2).unwrap();
    let start = wedge_start(Sector::Friends).unwrap();
    let (low, high) = ring_band(ring);
    let (x, y) = polar((low + high) / 2.0, start + wedge_span() / 2.0);
    let lifted = scene.lifted(oma, x, y).unwrap();
    assert_eq!((lifted.sector, lifted.ring), (Sector::Friends, ring));
    assert_eq!(lifted.target, wedge_path(low, high, start, start + wedge_span()));
    let centre = scene.lifted(oma, 5.0, 5.0).unwrap();
    assert_eq!(centre.sector, Sector::Household);
    assert!(centre.target.starts_with(&format!("M{CENTRE_RADIUS:.1} 0A")));
}

#[test]
fn a_person_not_on_the_scene_cannot_be_lifted() {
    let (editor, _) = small_map();
    assert!(Scene::build(editor.map(), Lang::Nl).lifted(PersonId(999), 0.0, 0.0).is_none());
}
