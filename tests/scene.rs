//! The scene: every person is drawn inside their own ring and sector.

mod common;

use common::*;
use kring::i18n::Lang;
use kring::model::*;
use kring::scene::geometry::*;
use kring::scene::*;

#[test]
fn every_person_is_drawn_inside_their_ring_and_sector() {
    let mut editor = Editor::new(bakker());
    // Crowd every cell, including the wedge edges.
    for sector in Sector::OUTER {
        for ring in 1..=4u8 {
            for _ in 0..5 {
                add(&mut editor, "X", sector, ring);
            }
        }
    }
    let map = editor.map();
    let scene = Scene::build(map, Lang::Nl);
    assert_eq!(scene.persons.len(), map.person_count());
    for person in map.persons() {
        let mark = scene.person(person.id).expect("every person is drawn");
        let radius = mark.x.hypot(mark.y);
        if person.in_centre() {
            assert!(radius + mark.r <= CENTRE_RADIUS, "{} leaves the centre", person.name);
            continue;
        }
        let (inner, outer) = ring_band(person.ring);
        assert!(radius - mark.r >= inner - 1e-9 && radius + mark.r <= outer + 1e-9, "{} leaves ring", person.name);
        let (sector, ring, _) = place_at(mark.x, mark.y);
        assert_eq!((sector, ring), (person.sector, person.ring), "{} drawn in the wrong place", person.name);
    }
}

#[test]
fn a_point_maps_back_to_the_place_it_was_drawn_at() {
    for sector in Sector::OUTER {
        for ring in Ring::all() {
            for fraction in [0.0, 0.25, 0.5, 1.0] {
                let angle = angle_in_wedge(sector, fraction).unwrap();
                let (x, y) = polar(ring_middle(ring), angle);
                let (s, r, f) = place_at(x, y);
                assert_eq!((s, r), (sector, ring));
                assert!((f - fraction).abs() < 1e-9);
            }
        }
    }
    assert_eq!(place_at(3.0, -4.0).0, Sector::Household);
}

#[test]
fn the_scene_labels_sectors_in_the_chosen_language() {
    let map = bakker();
    let nl = Scene::build(&map, Lang::Nl);
    let en = Scene::build(&map, Lang::En);
    assert_eq!(nl.wedges.len(), 5);
    assert!(nl.wedges.iter().any(|w| w.label == "Familie"));
    assert!(en.wedges.iter().any(|w| w.label == "Neighbours & community"));
    assert_eq!(nl.centre_label, "Gezin");
}

#[test]
fn ties_are_drawn_between_their_persons_and_styled_by_kind() {
    let map = bakker();
    let scene = Scene::build(&map, Lang::En);
    assert_eq!(scene.ties.len(), map.tie_count());
    let support = scene.ties.iter().find(|t| t.kind == TieKind::Support).unwrap();
    let risk = scene.ties.iter().find(|t| t.kind == TieKind::Risk).unwrap();
    // Black-and-white print: the line pattern alone must tell them apart.
    assert_ne!(support.style.dash, risk.style.dash);
    assert!(support.style.arrow_end && risk.style.arrow_end);
}

#[test]
fn two_ties_between_the_same_pair_do_not_overlap() {
    let mut editor = Editor::new(bakker());
    let ids: Vec<PersonId> = editor.map().persons().iter().map(|p| p.id).take(2).collect();
    let a = tie(&mut editor, ids[0], ids[1], TieKind::Support);
    let b = tie(&mut editor, ids[0], ids[1], TieKind::Risk);
    let scene = Scene::build(editor.map(), Lang::En);
    let path = |id| scene.ties.iter().find(|t| t.id == id).unwrap().path.clone();
    assert_ne!(path(a), path(b));
}

#[test]
fn long_names_are_cut_on_the_map_but_not_in_the_accessible_name() {
    let mut editor = Editor::new(FamilyMap::new("T"));
    let long = "Wilhelmina Johanna Cornelia van der Berg-Schimmelpenninck";
    let id = add(&mut editor, long, Sector::Family, 1);
    let scene = Scene::build(editor.map(), Lang::En);
    let mark = scene.person(id).unwrap();
    assert!(mark.label.chars().count() <= MAX_LABEL_CHARS);
    assert!(mark.label.ends_with('…'));
    assert!(mark.accessible_name.starts_with(long));
    assert_eq!(short_label("😀 Oma"), "😀 Oma");
}

#[test]
fn a_name_box_counts_emoji_double_and_joiners_not_at_all() {
    let letter = text_width("x", LABEL_FONT_SIZE);
    assert!((text_width("Oma", LABEL_FONT_SIZE) - 3.0 * letter).abs() < 1e-9);
    assert!((text_width("😀", LABEL_FONT_SIZE) - 2.0 * letter).abs() < 1e-9);
    // A family emoji is three pictographs held together by zero-width joiners.
    assert!((text_width("👩\u{200d}👧\u{200d}👦", LABEL_FONT_SIZE) - 6.0 * letter).abs() < 1e-9);
    let mut editor = Editor::new(FamilyMap::new("T"));
    let id = add(&mut editor, "😀😀 Oma", Sector::Family, 2);
    let scene = Scene::build(editor.map(), Lang::En);
    let width = scene.person(id).unwrap().label_box[2];
    assert!(width >= text_width("xxxx Oma", LABEL_FONT_SIZE), "the box makes room for both emoji");
}

#[test]
fn a_gender_that_was_said_shows_as_a_symbol_on_screen_and_in_the_picture() {
    let mut editor = Editor::new(FamilyMap::new("T"));
    let linda = add(&mut editor, "Linda", Sector::Household, 1);
    let bas = add(&mut editor, "Coach Bas", Sector::Community, 2);
    let mut person = editor.map().person(linda).cloned().unwrap();
    person.gender = Gender::Female;
    editor.apply(Edit::UpdatePerson { person }).unwrap();
    let scene = Scene::build(editor.map(), Lang::Nl);
    assert_eq!(scene.person(linda).unwrap().gender_symbol, "♀");
    assert_eq!(scene.person(bas).unwrap().gender_symbol, "", "not said: no symbol");
    assert!(kring::present::svg::export(&scene, Lang::Nl, "2026-11-29").contains('♀'));
}
