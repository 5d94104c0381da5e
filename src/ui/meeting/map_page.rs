//! The map page of a pack: the map as this audience may see it (`PackView::to_map`, drawn
//! from the same `Scene` as the editor and the SVG export) with a legend that explains only
//! the kinds of line on it, so the network version never shows the word for risk unless the
//! family chose to share risks.
//!
//! Drawn here rather than pasted in from the SVG export: that keeps the picture inside the
//! page's own markup (no raw HTML), and lets the legend leave out what is not shown.

use crate::i18n::meeting::{map_picture, text, Text};
use crate::i18n::{t, Key, Lang};
use crate::meeting::{PackView, SectionKind};
use crate::model::{PersonId, PersonKind, Ring, Strength, Tie, TieId, TieKind};
use crate::scene::{tie_style, PersonMark, Scene, TieLine, LABEL_FONT_SIZE};
use crate::ui::backdrop::{backdrop, Paper};
use yew::prelude::*;

/// Extra room at the sides: the scene's paper is measured with the screen's font, and
/// print fonts may run wider on the long sector names.
const SIDE_ROOM: f64 = 40.0;

pub fn map_page(lang: Lang, view: &PackView) -> Html {
    let map = view.to_map(lang);
    let scene = Scene::build(&map, lang);
    let [x, y, w, h] = scene.view_box;
    let (x, w) = (x - SIDE_ROOM, w + 2.0 * SIDE_ROOM);
    let risks = view.has(SectionKind::TiesWithRisks);
    let kinds: Vec<TieKind> = [TieKind::Support, TieKind::Contact, TieKind::Risk]
        .into_iter()
        .filter(|k| *k != TieKind::Risk || risks)
        .collect();
    html! {
        <div class="pack-map">
            <h4>{ text(lang, Text::MapPage) }</h4>
            <div class="pack-map-body">
                <svg class="pack-map-picture" viewBox={format!("{x:.1} {y:.1} {w:.1} {h:.1}")} role="img"
                    aria-label={map_picture(lang, scene.persons.len(), scene.ties.len())}
                    font-family="Arial, Helvetica, sans-serif">
                    <defs>{ for kinds.iter().map(|k| marker(*k)) }</defs>
                    { backdrop(&scene, Paper::Print, None) }
                    <g aria-hidden="true">
                        { for scene.ties.iter().map(tie) }
                        { for scene.persons.iter().map(person) }
                    </g>
                </svg>
                { legend(lang, &kinds) }
            </div>
        </div>
    }
}

/// Ink per tie kind. The line pattern carries the meaning; colour only helps, and these
/// stay dark enough to read when printed in grey.
fn ink(kind: TieKind) -> &'static str {
    match kind {
        TieKind::Support => "#1d6b3f",
        TieKind::Risk => "#a1221b",
        TieKind::Contact => "#444450",
    }
}

fn kind_name(kind: TieKind) -> &'static str {
    match kind {
        TieKind::Support => "support",
        TieKind::Risk => "risk",
        TieKind::Contact => "contact",
    }
}

fn marker(kind: TieKind) -> Html {
    html! {
        <marker id={format!("pack-arrow-{}", kind_name(kind))} viewBox="0 0 10 10" refX="8" refY="5"
            markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M0 0L10 5L0 10z" fill={ink(kind)} />
        </marker>
    }
}

fn tie(line: &TieLine) -> Html {
    let style = &line.style;
    let arrow = format!("url(#pack-arrow-{})", kind_name(line.kind));
    html! {
        <path d={line.path.clone()} fill="none" stroke={ink(line.kind)} stroke-width={fmt(style.width)}
            stroke-dasharray={style.dash} stroke-linecap="round"
            marker-end={style.arrow_end.then(|| arrow.clone())} marker-start={style.arrow_start.then_some(arrow)} />
    }
}

fn person(p: &PersonMark) -> Html {
    let fill = match (p.deceased, p.household) {
        (true, _) => "#dddddd",
        (false, true) => "#fff4d6",
        (false, false) => "#ffffff",
    };
    // A child has a dashed outline, as on the map on screen.
    let dash = p.child.then_some("6 3");
    let shape = if p.kind == PersonKind::Organisation {
        html! { <rect x={fmt(p.x - p.r)} y={fmt(p.y - p.r)} width={fmt(2.0 * p.r)} height={fmt(2.0 * p.r)} rx="5"
        fill={fill} stroke="#111111" stroke-width="2.5" stroke-dasharray={dash} /> }
    } else {
        html! { <circle cx={fmt(p.x)} cy={fmt(p.y)} r={fmt(p.r)} fill={fill} stroke="#111111" stroke-width="2.5" stroke-dasharray={dash} /> }
    };
    let label = if p.deceased { format!("{} †", p.label) } else { p.label.clone() };
    html! {
        <>
            // A name moved away from its person on a crowded map keeps a thin line to them.
            if let Some([x1, y1, x2, y2]) = p.label_leader {
                <line x1={fmt(x1)} y1={fmt(y1)} x2={fmt(x2)} y2={fmt(y2)} stroke="#555555" stroke-width="1" />
            }
            { shape }
            if !p.avatar.is_empty() {
                <text x={fmt(p.x)} y={fmt(p.y)} text-anchor="middle" dominant-baseline="central" font-size="20">{ p.avatar.clone() }</text>
            }
            <text x={fmt(p.label_x)} y={fmt(p.label_y)} text-anchor="middle" font-size={fmt(LABEL_FONT_SIZE)} fill="#111111"
                stroke="#ffffff" stroke-width="5" stroke-linejoin="round" paint-order="stroke">{ label }</text>
        </>
    }
}

/// What the rings, the centre and each kind of line on this page mean.
fn legend(lang: Lang, kinds: &[TieKind]) -> Html {
    let sample = |kind: TieKind, strength: Strength, mutual: bool| {
        let mut tie = Tie::new(TieId(0), PersonId(0), PersonId(1), kind);
        tie.strength = strength;
        tie.mutual = mutual;
        let style = tie_style(&tie);
        let arrow = format!("url(#pack-legend-{})", kind_name(kind));
        html! {
            <svg class="legend-sample" viewBox="0 0 60 14" width="60" height="14" aria-hidden="true" focusable="false">
                <line x1="6" y1="7" x2="50" y2="7" stroke={ink(kind)} stroke-width={fmt(style.width)}
                    stroke-dasharray={style.dash} marker-end={arrow.clone()} marker-start={mutual.then_some(arrow)} />
            </svg>
        }
    };
    let line_text = |kind: TieKind| match kind {
        TieKind::Support => t(lang, Key::LegendSupport),
        TieKind::Risk => t(lang, Key::LegendRisk),
        TieKind::Contact => t(lang, Key::LegendContact),
    };
    let first = kinds.first().copied().unwrap_or(TieKind::Support);
    html! {
        <div class="pack-legend">
            <h5>{ t(lang, Key::Legend) }</h5>
            // The legend's arrowheads, defined once for all samples.
            <svg class="defs-only" width="0" height="0" aria-hidden="true" focusable="false">
                <defs>
                    { for kinds.iter().map(|k| html! {
                        <marker id={format!("pack-legend-{}", kind_name(*k))} viewBox="0 0 10 10" refX="8" refY="5"
                            markerWidth="3.5" markerHeight="3.5" orient="auto-start-reverse" markerUnits="strokeWidth">
                            <path d="M0 0L10 5L0 10z" fill={ink(*k)} />
                        </marker>
                    }) }
                </defs>
            </svg>
            <ul>
                <li>{ t(lang, Key::LegendHousehold) }</li>
                <li>
                    { t(lang, Key::LegendRings) }
                    <ol class="ring-numbers">
                        { for Ring::all().map(|r| html! { <li>{ t(lang, Key::Ring(r)) }</li> }) }
                    </ol>
                </li>
                { for kinds.iter().map(|k| html! { <li>{ sample(*k, Strength::Normal, false) }{ line_text(*k) }</li> }) }
                <li>{ sample(first, Strength::Normal, true) }{ t(lang, Key::LegendArrow) }</li>
                <li>{ sample(first, Strength::Strong, false) }{ sample(first, Strength::Weak, false) }{ t(lang, Key::LegendStrength) }</li>
                <li>{ t(lang, Key::LegendChild) }</li>
            </ul>
        </div>
    }
}

use crate::scene::svg_number as fmt;
