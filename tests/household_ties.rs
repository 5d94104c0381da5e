//! Ties into the household: each outside person's ties into the centre run as
//! one bundle and meet the centre circle at one place, so the centre stays readable.

use kring::i18n::example::bakker;
use kring::i18n::Lang;
use kring::scene::{geometry::CENTRE_RADIUS, Scene, TieLine};
use std::collections::HashMap;

/// Where a tie's curve first comes within `radius` of the map's centre.
fn crossing(line: &TieLine, radius: f64) -> Option<(f64, f64)> {
    (0..=400).map(|k| k as f64 / 400.0).find_map(|t| {
        let u = 1.0 - t;
        let x = u * u * line.start.0 + 2.0 * u * t * line.control.0 + t * t * line.end.0;
        let y = u * u * line.start.1 + 2.0 * u * t * line.control.1 + t * t * line.end.1;
        (x.hypot(y) <= radius).then_some((x, y))
    })
}

#[test]
fn an_outside_persons_ties_into_the_household_meet_its_edge_together() {
    let map = bakker(Lang::Nl, "2026-12-20");
    let scene = Scene::build(&map, Lang::Nl);
    let in_centre: HashMap<_, _> = scene.persons.iter().map(|p| (p.id, p.household)).collect();
    let mut by_outside: HashMap<_, Vec<(f64, f64)>> = HashMap::new();
    for line in &scene.ties {
        let (a, b) = (in_centre[&line.from], in_centre[&line.to]);
        if a == b {
            continue;
        }
        let outside = if a { line.to } else { line.from };
        let point = crossing(line, CENTRE_RADIUS + 2.0).expect("a tie into the household reaches the centre");
        by_outside.entry(outside).or_default().push(point);
    }
    let name = |id| scene.person(id).map(|p| p.label.clone()).unwrap_or_default();
    // Dennis (5 ties into the household) and Oma Ria (3) at least.
    assert!(by_outside.values().filter(|points| points.len() >= 3).count() >= 2);
    for (outside, points) in &by_outside {
        let spread =
            points.iter().flat_map(|a| points.iter().map(move |b| (a.0 - b.0).hypot(a.1 - b.1))).fold(0.0, f64::max);
        // Within a few line widths (ties between the same two persons fan out a little).
        assert!(spread <= 40.0, "{}'s ties meet the centre {spread:.0} apart", name(*outside));
    }
}
