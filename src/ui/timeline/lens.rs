//! What the main map shows of the perspectives (used by `map_view`): the map as one
//! perspective sees it, and in "all together" a mark on every pair of persons (and every
//! person's closeness) the perspectives disagree about. The marks are a dash-dot line and a
//! "≠" in a circle, so they read without colour.

use super::drawing::fmt;
use crate::i18n::timeline::{differences_on_map, seen_by};
use crate::i18n::Lang;
use crate::model::FamilyMap;
use crate::scene::Scene;
use crate::timeline::{current_disagreements, Disagreement, PerspectiveId};
use yew::prelude::*;

const INK: &str = "#1b1b1f";
const MARK_RADIUS: f64 = 18.0;

/// Drawn over the ties of the main map: the caption saying whose view this is, and in
/// "all together" the disagreement marks.
pub fn map_overlay(lang: Lang, map: &FamilyMap, perspective: Option<PerspectiveId>, scene: &Scene) -> Html {
    let [left, top, ..] = scene.view_box;
    let caption = |text: String| {
        html! {
            <text class="lens-caption" x={fmt(left + 16.0)} y={fmt(top + 36.0)} font-size="26" font-weight="700"
                fill={INK} paint-order="stroke" stroke="#ffffff" stroke-width="6" stroke-linejoin="round">{ text }</text>
        }
    };
    if let Some(id) = perspective {
        let Some(chosen) = map.perspectives().iter().find(|p| p.id == id) else { return html! {} };
        return html! { <g class="lens" aria-hidden="true">{ caption(seen_by(lang, &chosen.name)) }</g> };
    }
    let found = current_disagreements(map);
    if found.is_empty() {
        return html! {};
    }
    html! {
        <g class="lens" aria-hidden="true">
            { for found.iter().filter_map(|d| disagreement_mark(d, scene)) }
            { caption(differences_on_map(lang, found.len())) }
        </g>
    }
}

fn disagreement_mark(disagreement: &Disagreement, scene: &Scene) -> Option<Html> {
    match disagreement {
        Disagreement::Tie { a, b, .. } => {
            let (from, to) = (scene.person(*a)?, scene.person(*b)?);
            let (mx, my) = clear_spot(scene, (from.x, from.y), (to.x, to.y));
            Some(html! {
                <g class="disagreement-mark" data-persons={format!("{} {}", a.0, b.0)}>
                    <line x1={fmt(from.x)} y1={fmt(from.y)} x2={fmt(to.x)} y2={fmt(to.y)} stroke={INK}
                        stroke-width="2.5" stroke-dasharray="12 4 2 4" />
                    { not_equal(mx, my) }
                </g>
            })
        }
        Disagreement::Closeness { person, .. } => {
            let mark = scene.person(*person)?;
            Some(html! {
                <g class="disagreement-mark" data-persons={person.0.to_string()}>
                    { not_equal(mark.x - mark.r * 0.9, mark.y - mark.r * 0.9) }
                </g>
            })
        }
    }
}

/// Where the "≠" goes on the line between two persons: off the middle (where the map puts
/// its symbols on ties) and clear of every person's circle and name, on the line if it
/// leaves room and else just beside it.
fn clear_spot(scene: &Scene, a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    const ALONG: [f64; 11] = [0.4, 0.6, 0.33, 0.67, 0.27, 0.73, 0.2, 0.8, 0.45, 0.55, 0.5];
    let at = |t: f64| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
    let room = MARK_RADIUS + 2.0;
    let clear = |(x, y): (f64, f64)| {
        scene.persons.iter().all(|p| {
            let [left, top, width, height] = p.label_box;
            // Distance from the spot to the name's box (0 inside it).
            let dx = (left - x).max(x - (left + width)).max(0.0);
            let dy = (top - y).max(y - (top + height)).max(0.0);
            (p.x - x).hypot(p.y - y) > p.r + room && dx.hypot(dy) > room
        })
    };
    // Beside the line when a crowded stretch (a full household) leaves no room on it.
    const ASIDE: [f64; 5] = [0.0, 28.0, -28.0, 52.0, -52.0];
    let length = (b.0 - a.0).hypot(b.1 - a.1).max(1e-6);
    let normal = (-(b.1 - a.1) / length, (b.0 - a.0) / length);
    ASIDE
        .iter()
        .flat_map(|off| ALONG.iter().map(move |t| (*t, *off)))
        .map(|(t, off)| {
            let (x, y) = at(t);
            (x + normal.0 * off, y + normal.1 * off)
        })
        .find(|spot| clear(*spot))
        .unwrap_or_else(|| at(0.4))
}

fn not_equal(x: f64, y: f64) -> Html {
    html! {
        <>
            <circle cx={fmt(x)} cy={fmt(y)} r={fmt(MARK_RADIUS)} fill="#ffffff" stroke={INK} stroke-width="3" />
            <text x={fmt(x)} y={fmt(y)} text-anchor="middle" dominant-baseline="central" font-size="28"
                font-weight="700" fill={INK}>{ "≠" }</text>
        </>
    }
}
