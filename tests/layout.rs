//! Layout: auto-arrange, names that never pile up, circles that never overlap and ties
//! that bend around the persons between their ends.

mod common;

use common::*;
use kring::i18n::Lang;
use kring::model::*;
use kring::scene::geometry::*;
use kring::scene::*;
use proptest::prelude::*;
use std::collections::BTreeMap;

// --- auto-arrange -------------------------------------------------------------------

/// Persons placed by hand at uneven angles, some sharing an angle, one odd import (a
/// household member filed under Family).
fn untidy() -> FamilyMap {
    let mut editor = Editor::new(FamilyMap::new("Untidy"));
    let mut put = |name: &str, sector: Sector, ring: u8, angle: f64| {
        let mut p = person(editor.map(), name, sector, ring);
        p.angle = angle;
        let id = p.id;
        editor.apply(Edit::AddPerson { person: p }).unwrap();
        id
    };
    put("Linda", Sector::Household, 1, 0.9);
    put("Noah", Sector::Household, 1, 0.1);
    put("Mila", Sector::Household, 1, 0.1);
    for (name, angle) in [("Oma", 0.02), ("Opa", 0.05), ("Tante", 0.05), ("Oom", 0.97)] {
        put(name, Sector::Family, 1, angle);
    }
    put("Buurvrouw", Sector::Community, 3, 0.3);
    put("Coach", Sector::Community, 2, 0.8);
    put("Juf", Sector::SchoolWork, 4, 0.0);
    put("Juf 2", Sector::SchoolWork, 4, 1.0);
    let mut map = editor.into_map();
    let mut lodger = person(&map, "Kamerbewoner", Sector::Family, 2);
    lodger.household = true;
    lodger.angle = 0.5;
    map.apply(Edit::AddPerson { person: lodger }).unwrap();
    map
}

/// Persons per group (the household, or one sector within one ring) in the order
/// auto-arrange must keep: by angle, then id.
fn groups(map: &FamilyMap) -> BTreeMap<Option<(Sector, Ring)>, Vec<Person>> {
    let mut groups: BTreeMap<_, Vec<Person>> = BTreeMap::new();
    for p in map.persons() {
        groups.entry((!p.in_centre()).then_some((p.sector, p.ring))).or_default().push(p.clone());
    }
    for persons in groups.values_mut() {
        persons.sort_by(|a, b| a.angle.total_cmp(&b.angle).then(a.id.cmp(&b.id)));
    }
    groups
}

#[test]
fn auto_arrange_keeps_everyone_in_their_place_and_order_and_makes_even_gaps() {
    let before = untidy();
    let mut after = before.clone();
    let edit = auto_arrange(&before).expect("an untidy map has something to arrange");
    let Edit::Batch { edits } = &edit else { panic!("one batch, so one undo step: {edit:?}") };
    assert!(edits.iter().all(|e| matches!(e, Edit::MovePerson { .. } | Edit::UpdatePerson { .. })));
    after.apply(edit).unwrap();
    for p in before.persons() {
        let q = after.person(p.id).unwrap();
        assert_eq!((q.sector, q.ring, q.household, q.in_centre()), (p.sector, p.ring, p.household, p.in_centre()));
        assert_eq!(Person { angle: p.angle, ..q.clone() }, *p, "only the angle of {} changes", p.name);
    }
    let (old, new) = (groups(&before), groups(&after));
    assert_eq!(old.len(), new.len());
    for (cell, persons) in &new {
        let order = |ps: &[Person]| ps.iter().map(|p| p.id).collect::<Vec<_>>();
        assert_eq!(order(persons), order(&old[cell]), "order kept in {cell:?}");
        let angles: Vec<f64> = persons.iter().map(|p| p.angle).collect();
        let gap = 1.0 / angles.len() as f64;
        assert!((angles[0] - gap / 2.0).abs() < 1e-12, "half a gap before the first in {cell:?}");
        for pair in angles.windows(2) {
            assert!((pair[1] - pair[0] - gap).abs() < 1e-12, "even gaps in {cell:?}: {angles:?}");
        }
    }
}

#[test]
fn auto_arrange_twice_changes_nothing_the_second_time() {
    let mut map = untidy();
    map.apply(auto_arrange(&map).unwrap()).unwrap();
    assert_eq!(auto_arrange(&map), None);
    assert_eq!(auto_arrange(&FamilyMap::new("Empty")), None);
}

#[test]
fn one_undo_puts_everyone_back() {
    let before = untidy();
    let mut editor = Editor::new(before.clone());
    editor.apply(auto_arrange(&before).unwrap()).unwrap();
    assert_ne!(editor.map(), &before);
    assert_eq!(editor.undo_len(), 1);
    assert!(editor.undo());
    assert_eq!(editor.map(), &before);
    for p in before.persons() {
        assert_eq!(editor.map().person(p.id).unwrap().angle.to_bits(), p.angle.to_bits(), "exact angle of {}", p.name);
    }
}

#[test]
fn auto_arrange_keeps_persons_drawn_in_their_cell() {
    let mut map = untidy();
    map.apply(auto_arrange(&map).unwrap()).unwrap();
    assert_drawn_in_place(&map, &Scene::build(&map, Lang::Nl));
}

// --- crowded maps -------------------------------------------------------------------

const FIRST: [&str; 8] =
    ["Wilhelmina", "Alexander", "Mohammed", "Annemarie", "Christiaan", "Fatima", "Jan-Willem", "Geertruida"];
const LAST: [&str; 7] =
    ["van der Berg", "Schimmelpenninck", "El Amrani", "de Vries-Jansen", "Oosterhuis", "Bakker", "Nieuwenhuizen"];

fn long_name(i: usize) -> String {
    format!("{} {} {}", FIRST[i % FIRST.len()], LAST[(i / 2) % LAST.len()], i)
}

/// 60 persons with long names: four at home, ten in one cell, the rest all around.
fn crowded() -> FamilyMap {
    let mut editor = Editor::new(FamilyMap::new("Druk"));
    for i in 0..4 {
        add(&mut editor, &long_name(i), Sector::Household, 1);
    }
    for i in 4..14 {
        add(&mut editor, &long_name(i), Sector::Friends, 4);
    }
    for i in 14..60 {
        add(&mut editor, &long_name(i), Sector::OUTER[i % 5], 1 + ((i / 5) % 4) as u8);
    }
    let ids: Vec<PersonId> = editor.map().persons().iter().map(|p| p.id).collect();
    for k in 0..40 {
        tie(&mut editor, ids[k], ids[(k * 7 + 3) % 60], TieKind::Support);
    }
    editor.into_map()
}

fn label_rect(mark: &PersonMark) -> [f64; 4] {
    let [x, y, w, h] = mark.label_box;
    [x, y, x + w, y + h]
}

fn boxes_overlap(a: [f64; 4], b: [f64; 4]) -> bool {
    a[0] < b[2] - 1e-9 && b[0] < a[2] - 1e-9 && a[1] < b[3] - 1e-9 && b[1] < a[3] - 1e-9
}

fn box_meets_circle(b: [f64; 4], x: f64, y: f64, r: f64) -> bool {
    (x - x.clamp(b[0], b[2])).hypot(y - y.clamp(b[1], b[3])) < r - 1e-9
}

fn assert_names_are_clear(scene: &Scene) {
    for a in &scene.persons {
        let rect = label_rect(a);
        let (w, h) = (rect[2] - rect[0], rect[3] - rect[1]);
        assert!(
            w >= text_width(&a.label, LABEL_FONT_SIZE) && h >= LABEL_HEIGHT - 1e-9,
            "{}'s box fits the name",
            a.label
        );
        assert!((a.label_x - (rect[0] + rect[2]) / 2.0).abs() < 1e-9, "label_x is the middle of the box");
        assert!(rect[1] < a.label_y && a.label_y < rect[3], "the baseline lies inside the box");
        for b in &scene.persons {
            assert!(!box_meets_circle(rect, b.x, b.y, b.r), "{}'s name covers {}", a.label, b.label);
            if a.id < b.id {
                assert!(!boxes_overlap(rect, label_rect(b)), "{} and {} pile up", a.label, b.label);
            }
        }
    }
}

fn assert_circles_apart(scene: &Scene) {
    for (i, a) in scene.persons.iter().enumerate() {
        for b in &scene.persons[i + 1..] {
            let distance = (a.x - b.x).hypot(a.y - b.y);
            assert!(distance >= a.r + b.r, "{} and {} overlap ({distance:.1} apart)", a.label, b.label);
        }
    }
}

fn assert_drawn_in_place(map: &FamilyMap, scene: &Scene) {
    for p in map.persons() {
        let mark = scene.person(p.id).expect("every person is drawn");
        let radius = mark.x.hypot(mark.y);
        if p.in_centre() {
            assert!(radius + mark.r <= CENTRE_RADIUS + 1e-9, "{} leaves the centre", p.name);
            continue;
        }
        let (inner, outer) = ring_band(p.ring);
        assert!(radius - mark.r >= inner - 1e-9 && radius + mark.r <= outer + 1e-9, "{} leaves the ring", p.name);
        // The whole circle stays inside the wedge: both its sides map to the same sector.
        let angle = mark.y.atan2(mark.x);
        let side = (mark.r / radius).asin();
        for turn in [-side, 0.0, side] {
            let (x, y) = polar(radius, angle + turn);
            assert_eq!(place_at(x, y).0, p.sector, "{} crosses its wedge's border", p.name);
        }
    }
}

#[test]
fn names_on_a_crowded_map_never_pile_up_or_cover_a_person() {
    let map = crowded();
    let scene = Scene::build(&map, Lang::Nl);
    assert_eq!(scene.persons.len(), 60);
    assert_names_are_clear(&scene);
}

/// A tiny deterministic random generator, for maps that differ but never change.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u32) -> u32 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % u64::from(n)) as u32
    }
}

/// 60 persons with names of 20 to 29 characters (cut to 24 on the map): four at home,
/// ten in one outer cell, the rest scattered at random.
fn scattered(seed: u64) -> FamilyMap {
    let mut rng = Lcg(seed);
    let mut editor = Editor::new(FamilyMap::new("Verspreid"));
    let letters: Vec<char> = "Wilhelmina Geertruida van der Berg-Schimmelpenninck ".chars().collect();
    let (busy_sector, busy_ring) = (Sector::OUTER[(seed % 5) as usize], 3 + (seed / 5 % 2) as u8);
    for i in 0..60 {
        let (sector, ring) = match i {
            0..4 => (Sector::Household, 1),
            4..14 => (busy_sector, busy_ring),
            _ => (Sector::OUTER[rng.below(5) as usize], 1 + rng.below(4) as u8),
        };
        let start = rng.below(20) as usize;
        let name: String = letters.iter().cycle().skip(start).take(20 + rng.below(10) as usize).collect();
        add(&mut editor, &format!("{}{i}", name.trim()), sector, ring);
    }
    editor.into_map()
}

#[test]
fn names_on_scattered_crowded_maps_never_pile_up() {
    for seed in 0..10 {
        let map = scattered(seed * 7 + 1);
        let scene = Scene::build(&map, Lang::Nl);
        assert_circles_apart(&scene);
        assert_names_are_clear(&scene);
    }
}

#[test]
fn persons_on_a_crowded_map_stay_in_their_cell_and_apart() {
    let map = crowded();
    let scene = Scene::build(&map, Lang::Nl);
    assert_drawn_in_place(&map, &scene);
    assert_circles_apart(&scene);
}

#[test]
fn persons_with_the_same_angle_are_drawn_apart() {
    let mut editor = Editor::new(FamilyMap::new("Same"));
    for i in 0..7 {
        let mut p = person(editor.map(), &format!("P{i}"), Sector::Family, 1);
        p.angle = 0.5;
        editor.apply(Edit::AddPerson { person: p }).unwrap();
    }
    for i in 0..12 {
        add(&mut editor, &format!("H{i}"), Sector::Household, 1);
    }
    let scene = Scene::build(editor.map(), Lang::En);
    assert_circles_apart(&scene);
    assert_drawn_in_place(editor.map(), &scene);
}

#[test]
fn a_quiet_cell_keeps_its_chosen_angles() {
    let mut editor = Editor::new(FamilyMap::new("Quiet"));
    let id = add(&mut editor, "Oma", Sector::Friends, 3);
    let scene = Scene::build(editor.map(), Lang::En);
    let mark = scene.person(id).unwrap();
    let (x, y) = polar(ring_middle(Ring::new(3).unwrap()), angle_in_wedge(Sector::Friends, 0.5).unwrap());
    assert!((mark.x - x).abs() < 1e-9 && (mark.y - y).abs() < 1e-9);
    // Nothing in the way: the name goes right below the circle.
    assert!((mark.label_x - mark.x).abs() < 1e-9 && mark.label_y > mark.y + mark.r);
}

#[test]
fn the_scene_is_the_same_every_time() {
    let map = crowded();
    assert_eq!(Scene::build(&map, Lang::Nl), Scene::build(&map, Lang::Nl));
}

// --- ties ---------------------------------------------------------------------------

/// Points along a tie's drawn path `M x y Q cx cy x y`.
fn along(path: &str) -> Vec<(f64, f64)> {
    let numbers: Vec<f64> =
        path.split(['M', 'Q', ' ']).filter(|s| !s.is_empty()).map(|s| s.parse().expect("a number")).collect();
    assert_eq!(numbers.len(), 6, "{path}");
    (0..=200)
        .map(|k| {
            let t = k as f64 / 200.0;
            let u = 1.0 - t;
            let at = |i: usize| u * u * numbers[i] + 2.0 * u * t * numbers[i + 2] + t * t * numbers[i + 4];
            (at(0), at(1))
        })
        .collect()
}

#[test]
fn a_tie_bends_around_a_person_in_between() {
    let mut editor = Editor::new(FamilyMap::new("Line"));
    let near = add(&mut editor, "Oma", Sector::Family, 1);
    let between = add(&mut editor, "Tante", Sector::Family, 2);
    let far = add(&mut editor, "Opa", Sector::Family, 3);
    let id = tie(&mut editor, near, far, TieKind::Support);
    let scene = Scene::build(editor.map(), Lang::En);
    let (a, b, c) = (scene.person(near).unwrap(), scene.person(between).unwrap(), scene.person(far).unwrap());
    // The three are on one line, the middle one halfway.
    assert!(((a.x + c.x) / 2.0 - b.x).abs() < 1e-9 && ((a.y + c.y) / 2.0 - b.y).abs() < 1e-9);
    let line = scene.ties.iter().find(|t| t.id == id).unwrap();
    let label = label_rect(b);
    for (x, y) in along(&line.path) {
        assert!((x - b.x).hypot(y - b.y) > b.r, "the tie runs through {}", b.label);
        assert!(!(label[0] <= x && x <= label[2] && label[1] <= y && y <= label[3]), "the tie crosses the name");
    }
}

#[test]
fn ties_start_and_end_at_the_edges_of_their_circles() {
    let map = bakker();
    let scene = Scene::build(&map, Lang::En);
    for line in &scene.ties {
        let (from, to) = (scene.person(line.from).unwrap(), scene.person(line.to).unwrap());
        let points = along(&line.path);
        let (first, last) = (points[0], points[points.len() - 1]);
        assert!(((first.0 - from.x).hypot(first.1 - from.y) - from.r - 2.0).abs() < 0.2, "starts at the edge");
        // The path stops short by the arrowhead's length; the arrowhead's tip touches the edge.
        assert!(((last.0 - to.x).hypot(last.1 - to.y) - to.r - 6.0).abs() < 0.2, "ends at the edge");
        // The path is written with one decimal.
        let near = |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).abs() <= 0.051 && (a.1 - b.1).abs() <= 0.051;
        assert!(near(line.start, first) && near(line.end, last), "start and end match the path");
    }
}

#[test]
fn a_tie_with_nothing_in_the_way_keeps_its_gentle_bow() {
    let mut editor = Editor::new(FamilyMap::new("Two"));
    let a = add(&mut editor, "Oma", Sector::Family, 2);
    let b = add(&mut editor, "Vriendin", Sector::Friends, 2);
    let id = tie(&mut editor, a, b, TieKind::Support);
    let scene = Scene::build(editor.map(), Lang::En);
    let line = scene.ties.iter().find(|t| t.id == id).unwrap();
    let (from, to) = (scene.person(a).unwrap(), scene.person(b).unwrap());
    let (mx, my) = ((from.x + to.x) / 2.0, (from.y + to.y) / 2.0);
    let bow = (line.control.0 - mx).hypot(line.control.1 - my) / (to.x - from.x).hypot(to.y - from.y);
    assert!((bow - 0.12).abs() < 1e-9, "the gentlest bow, not {bow}");
}

#[test]
fn ties_of_a_person_are_every_tie_from_or_to_them() {
    let map = bakker();
    let scene = Scene::build(&map, Lang::En);
    for p in map.persons() {
        let ours: Vec<TieId> = scene.ties_of(p.id).map(|t| t.id).collect();
        let theirs: Vec<TieId> = map.ties_of(p.id).iter().map(|t| t.id).collect();
        assert_eq!(ours, theirs, "ties of {}", p.name);
    }
}

#[test]
fn bounds_and_the_view_box_enclose_every_circle_name_and_tie() {
    let map = crowded();
    let scene = Scene::build(&map, Lang::Nl);
    for (what, [x, y, w, h]) in [("bounds", scene.bounds()), ("view box", scene.view_box)] {
        let inside = |px: f64, py: f64| x <= px && px <= x + w && y <= py && py <= y + h;
        assert!(inside(-OUTER_RADIUS, -OUTER_RADIUS) && inside(OUTER_RADIUS, OUTER_RADIUS), "{what}");
        for p in &scene.persons {
            let [lx, ly, lw, lh] = p.label_box;
            assert!(inside(p.x - p.r, p.y - p.r) && inside(p.x + p.r, p.y + p.r), "{what}: {}", p.label);
            assert!(inside(lx, ly) && inside(lx + lw, ly + lh), "{what}: {}'s name", p.label);
        }
        for line in &scene.ties {
            assert!(along(&line.path).into_iter().all(|(px, py)| inside(px, py)), "{what}: {:?}", line.id);
        }
    }
    let [x, y, w, h] = scene.bounds();
    for wedge in &scene.wedges {
        assert!(x < wedge.label_x && wedge.label_x < x + w && y < wedge.label_y && wedge.label_y < y + h);
    }
}

#[test]
fn a_name_far_from_its_person_gets_a_leader_line() {
    let scene = Scene::build(&crowded(), Lang::Nl);
    for p in &scene.persons {
        let [x, y, w, h] = p.label_box;
        let gap = (p.x - p.x.clamp(x, x + w)).hypot(p.y - p.y.clamp(y, y + h)) - p.r;
        match p.label_leader {
            Some([x1, y1, x2, y2]) => {
                assert!(((x1 - p.x).hypot(y1 - p.y) - p.r).abs() < 1e-9, "starts at the circle");
                let e = 1e-9;
                assert!(x - e <= x2 && x2 <= x + w + e && y - e <= y2 && y2 <= y + h + e, "ends at the name");
                assert!(gap > 10.0);
            }
            None => assert!(gap < 20.0, "{} is {gap:.0} away without a line", p.label),
        }
    }
}

// --- random maps --------------------------------------------------------------------

fn random_map() -> impl Strategy<Value = FamilyMap> {
    let place = (0usize..6, 1u8..=4, 0.0f64..=1.0, 1usize..30);
    prop::collection::vec(place, 0..40).prop_map(|places| {
        let mut map = FamilyMap::new("Random");
        for (sector, ring, angle, name_length) in places {
            let mut p = Person::new(
                map.next_person_id(),
                "x".repeat(name_length),
                Sector::ALL[sector],
                Ring::new(ring).unwrap(),
            );
            p.angle = angle;
            map.apply(Edit::AddPerson { person: p }).unwrap();
        }
        map
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_maps_keep_persons_in_place_and_apart(map in random_map()) {
        let scene = Scene::build(&map, Lang::En);
        // A cell holds seven persons even in the smallest ring; more than that cannot
        // be kept apart, but they must still stay in place.
        let full = groups(&map).iter().any(|(cell, ps)| cell.is_some() && ps.len() > 7);
        assert_drawn_in_place(&map, &scene);
        if !full {
            assert_circles_apart(&scene);
        }
        let mut arranged = map.clone();
        if let Some(edit) = auto_arrange(&map) {
            arranged.apply(edit).unwrap();
        }
        prop_assert_eq!(auto_arrange(&arranged), None);
        for p in map.persons() {
            let q = arranged.person(p.id).unwrap();
            prop_assert_eq!((q.sector, q.ring, q.household), (p.sector, p.ring, p.household));
        }
    }
}

/// 30 persons in every sector and ring, with a role each: a busy family map.
fn thirty() -> FamilyMap {
    let mut editor = Editor::new(FamilyMap::new("Dertig"));
    for i in 0..30 {
        let (sector, ring) = if i < 3 { (Sector::Household, 1) } else { (Sector::OUTER[i % 5], 1 + (i % 4) as u8) };
        let id = add(&mut editor, &long_name(i), sector, ring);
        let mut p = editor.map().person(id).expect("just added").clone();
        p.role = format!("rol van persoon {i}");
        editor.apply(Edit::UpdatePerson { person: p }).expect("a role");
    }
    editor.into_map()
}

#[test]
fn names_are_drawn_at_the_size_they_were_placed_for_on_a_phone_and_a_tablet() {
    use kring::viewport::{scene_for_frame, shown_half, Viewport, MIN_NAME_PX};
    // The example family on a phone, a tablet beside a panel and a laptop; a busy or
    // crowded map with long names on a laptop.
    let cases = [
        ("Bakker", bakker(), &[330.0, 550.0, 760.0][..]),
        ("thirty", thirty(), &[760.0][..]),
        ("crowded", crowded(), &[760.0][..]),
    ];
    for (what, map, frames) in cases {
        for &frame in frames {
            let (scene, placed) =
                scene_for_frame(LABEL_FONT_SIZE, frame, None, |font| Scene::build_with(&map, Lang::Nl, font));
            assert!(placed.settled, "{what} at {frame} px settles");
            let size = 2.0 * shown_half(scene.view_box);
            let fit = Viewport::default();
            let drawn = fit.name_font(placed.font, size, frame);
            // Drawn larger than placed, names would run into each other.
            assert!(
                drawn <= placed.font * 1.01,
                "{what} at {frame} px: placed for {}, drawn at {drawn:.1}",
                placed.font
            );
            let px = drawn * fit.pixels_per_unit(size, frame);
            assert!(px >= MIN_NAME_PX - 0.01, "{what} at {frame} px: names of {px:.1} px");
            // The next edit starts from that font: the names are placed once, as before.
            let builds = std::cell::Cell::new(0);
            let (_, again) = scene_for_frame(LABEL_FONT_SIZE, frame, Some(placed), |font| {
                builds.set(builds.get() + 1);
                Scene::build_with(&map, Lang::Nl, font)
            });
            assert_eq!((again, builds.get()), (placed, 1), "{what} at {frame} px: placed again in one go");
        }
    }
    // Thirty long names with roles on a phone or a tablet beside a panel: names at a
    // readable size need more room than the map has, so placing them larger only makes
    // the map grow. Such a map keeps the size it had (names placed for the old largest
    // font), and each edit places its names once.
    for frame in [330.0, 550.0] {
        let map = thirty();
        let (scene, placed) =
            scene_for_frame(LABEL_FONT_SIZE, frame, None, |font| Scene::build_with(&map, Lang::Nl, font));
        assert!(!placed.settled && placed.font <= kring::viewport::UNSETTLED_FONT, "thirty at {frame} px: {placed:?}");
        let largest = Scene::build_with(&map, Lang::Nl, kring::scene::MAX_LABEL_FONT);
        assert!(
            shown_half(scene.view_box) < shown_half(largest.view_box),
            "thirty at {frame} px is not made smaller for nothing"
        );
        let builds = std::cell::Cell::new(0);
        scene_for_frame(LABEL_FONT_SIZE, frame, Some(placed), |font| {
            builds.set(builds.get() + 1);
            Scene::build_with(&map, Lang::Nl, font)
        });
        assert_eq!(builds.get(), 1, "thirty at {frame} px: one placement per edit");
    }
}
