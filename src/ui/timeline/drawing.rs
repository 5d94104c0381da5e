//! A small read-only drawing of a map (a snapshot, or the later map of a comparison) with
//! what changed marked by signs: white on a black circle for a person, on a black square
//! for a tie, and dotted outlines for who and what is gone. Signs and line patterns carry the
//! meaning, so the drawing reads in black-and-white print; colour comes only from the
//! shared tie classes.

use crate::i18n::timeline::{text, Text};
use crate::i18n::Lang;
use crate::model::{PersonId, TieId};
use crate::scene::{Scene, TieLine, BASELINE_DROP, LABEL_FONT_SIZE, PERSON_RADIUS};
use crate::timeline::{Change, MapDiff};
use crate::ui::backdrop::{backdrop, Paper};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

const INK: &str = "#1b1b1f";
const GONE_GREY: &str = "#5f5f6b";
/// Names are drawn a little larger than on the main map (the drawing is shown at about
/// half size), on the spots the scene found for them.
const LABEL_SCALE: f64 = 1.3;
/// Half the size of a sign: large enough to read when the drawing is shown at half size.
const BADGE: f64 = 21.0;
/// Room around the scene, for the larger names and the signs at the edge.
const MARGIN: f64 = 30.0;

/// What happened to a person, strongest first when one person has several changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PersonSign {
    Changed,
    Closer,
    Further,
    Joined,
}

/// What happened to a tie, strongest last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TieSign {
    Changed,
    RiskToSupport,
    SupportToRisk,
    Added,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GonePerson {
    pub x: f64,
    pub y: f64,
    pub label: String,
}

/// The signs to put on a drawing of the later map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Marks {
    pub persons: BTreeMap<PersonId, PersonSign>,
    pub ties: BTreeMap<TieId, TieSign>,
    /// Persons who left, drawn where they were.
    pub gone: Vec<GonePerson>,
    /// Ties that are gone, as straight lines between where their persons are.
    pub gone_ties: Vec<((f64, f64), (f64, f64))>,
}

impl Marks {
    /// The signs for a diff, placed on the drawing of the later map (`after`); persons who
    /// left are placed where the earlier drawing (`before`) had them.
    pub fn of(diff: &MapDiff, before: &Scene, after: &Scene) -> Marks {
        let mut marks = Marks::default();
        let at = |id: PersonId| after.person(id).or_else(|| before.person(id)).map(|p| (p.x, p.y));
        for change in diff.changes() {
            match change {
                Change::TitleChanged { .. } => {}
                Change::PersonJoined { person } => marks.person(*person, PersonSign::Joined),
                Change::PersonLeft { person } => {
                    if let Some(mark) = before.person(*person) {
                        marks.gone.push(GonePerson { x: mark.x, y: mark.y, label: mark.label.clone() });
                    }
                }
                Change::MovedCloser { person, .. } => marks.person(*person, PersonSign::Closer),
                Change::MovedFurther { person, .. } => marks.person(*person, PersonSign::Further),
                Change::Renamed { person, .. }
                | Change::JoinedHousehold { person }
                | Change::LeftHousehold { person }
                | Change::SectorChanged { person, .. }
                | Change::PersonChanged { person, .. } => marks.person(*person, PersonSign::Changed),
                Change::TieAdded { tie } => marks.tie(tie.id, TieSign::Added),
                Change::TieRemoved { tie } => {
                    if let (Some(from), Some(to)) = (at(tie.from), at(tie.to)) {
                        marks.gone_ties.push((from, to));
                    }
                }
                Change::RiskBecameSupport { tie, .. } => marks.tie(*tie, TieSign::RiskToSupport),
                Change::SupportBecameRisk { tie, .. } => marks.tie(*tie, TieSign::SupportToRisk),
                Change::TieKindChanged { tie, .. } | Change::TieChanged { tie, .. } => {
                    marks.tie(*tie, TieSign::Changed)
                }
            }
        }
        marks
    }

    fn person(&mut self, id: PersonId, sign: PersonSign) {
        let slot = self.persons.entry(id).or_insert(sign);
        *slot = (*slot).max(sign);
    }

    fn tie(&mut self, id: TieId, sign: TieSign) {
        let slot = self.ties.entry(id).or_insert(sign);
        *slot = (*slot).max(sign);
    }

    /// The legend: only the signs this drawing uses, in a fixed order.
    fn legend(&self) -> Vec<Sign> {
        let mut signs = Vec::new();
        for sign in [PersonSign::Joined, PersonSign::Closer, PersonSign::Further, PersonSign::Changed] {
            if self.persons.values().any(|s| *s == sign) {
                signs.push(Sign::Person(sign));
            }
        }
        if !self.gone.is_empty() {
            signs.push(Sign::Gone);
        }
        for sign in [TieSign::Added, TieSign::RiskToSupport, TieSign::SupportToRisk, TieSign::Changed] {
            if self.ties.values().any(|s| *s == sign) {
                signs.push(Sign::Tie(sign));
            }
        }
        if !self.gone_ties.is_empty() {
            signs.push(Sign::GoneTie);
        }
        signs
    }
}

#[derive(Clone, Copy)]
enum Sign {
    Person(PersonSign),
    Tie(TieSign),
    Gone,
    GoneTie,
}

impl Sign {
    fn glyph(self) -> &'static str {
        match self {
            Sign::Person(PersonSign::Joined) | Sign::Tie(TieSign::Added) => "+",
            Sign::Person(PersonSign::Closer) => "><",
            Sign::Person(PersonSign::Further) => "<>",
            Sign::Person(PersonSign::Changed) | Sign::Tie(TieSign::Changed) => "~",
            Sign::Tie(TieSign::RiskToSupport) => "✓",
            Sign::Tie(TieSign::SupportToRisk) => "!",
            Sign::Gone | Sign::GoneTie => "−",
        }
    }

    fn text(self) -> Text {
        match self {
            Sign::Person(PersonSign::Joined) => Text::MarkJoined,
            Sign::Person(PersonSign::Closer) => Text::MarkCloser,
            Sign::Person(PersonSign::Further) => Text::MarkFurther,
            Sign::Person(PersonSign::Changed) => Text::MarkPersonChanged,
            Sign::Tie(TieSign::Added) => Text::MarkTieAdded,
            Sign::Tie(TieSign::RiskToSupport) => Text::MarkRiskToSupport,
            Sign::Tie(TieSign::SupportToRisk) => Text::MarkSupportToRisk,
            Sign::Tie(TieSign::Changed) => Text::MarkTieChanged,
            Sign::Gone => Text::MarkLeft,
            Sign::GoneTie => Text::MarkTieRemoved,
        }
    }

    /// Person signs sit in a circle, tie signs in a square.
    fn on_tie(self) -> bool {
        matches!(self, Sign::Tie(_) | Sign::GoneTie)
    }
}

/// A sign in white on a black circle or square, centred on (x, y). Filled black, unlike the
/// outlined symbols the main map puts on support and risk ties, so a change never reads as
/// a kind of tie.
fn badge(sign: Sign, x: f64, y: f64) -> Html {
    let size = if sign.glyph().chars().count() > 1 { "24" } else { "32" };
    let shape = if sign.on_tie() {
        html! { <rect x={fmt(x - BADGE)} y={fmt(y - BADGE)} width={fmt(2.0 * BADGE)} height={fmt(2.0 * BADGE)}
        fill={INK} stroke="#ffffff" stroke-width="2" /> }
    } else {
        html! { <circle cx={fmt(x)} cy={fmt(y)} r={fmt(BADGE)} fill={INK} stroke="#ffffff" stroke-width="2" /> }
    };
    html! {
        <g class="change-sign">
            { shape }
            <text x={fmt(x)} y={fmt(y)} text-anchor="middle" dominant-baseline="central" font-size={size}
                font-weight="700" fill="#ffffff">{ sign.glyph() }</text>
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub struct MapPictureProps {
    pub scene: Rc<Scene>,
    #[prop_or_default]
    pub marks: Rc<Marks>,
    /// What the drawing shows, for screen readers.
    pub label: AttrValue,
    /// Keeps the arrow marker's id unique when several drawings are on the page.
    pub id_prefix: AttrValue,
    pub lang: Lang,
}

#[component]
pub fn MapPicture(props: &MapPictureProps) -> Html {
    let scene = &props.scene;
    let marks = &props.marks;
    let arrow = format!("{}-arrow", props.id_prefix);
    let arrow_url = format!("url(#{arrow})");
    let [x, y, w, h] = scene.view_box;
    let (x, y, w, h) = (x - MARGIN, y - MARGIN, w + 2.0 * MARGIN, h + 2.0 * MARGIN);
    let tie_signs = marks.ties.iter().filter_map(|(id, sign)| {
        let (mx, my) = curve_middle(scene.ties.iter().find(|l| l.id == *id)?);
        Some(badge(Sign::Tie(*sign), mx, my))
    });
    let person_signs = marks.persons.iter().filter_map(|(id, sign)| {
        let mark = scene.person(*id)?;
        Some(badge(Sign::Person(*sign), mark.x + mark.r * 0.8, mark.y - mark.r * 0.8))
    });
    let legend = marks.legend();
    let label_size = fmt(LABEL_FONT_SIZE * LABEL_SCALE);
    // The scene's baseline, moved down for the larger text so the name keeps its middle.
    let baseline = |label_y: f64| label_y - BASELINE_DROP + BASELINE_DROP * LABEL_SCALE;
    html! {
        <figure class="map-picture">
            <svg viewBox={format!("{x:.1} {y:.1} {w:.1} {h:.1}")} role="img" aria-label={props.label.clone()}
                preserveAspectRatio="xMidYMid meet">
                <defs>
                    <marker id={arrow} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5"
                        orient="auto-start-reverse" markerUnits="strokeWidth">
                        <path d="M0 0L10 5L0 10z" class="arrow" />
                    </marker>
                </defs>
                { backdrop(scene, Paper::Screen, None) }
                <g class="picture-ties">
                    { for scene.ties.iter().map(|line| {
                        let style = &line.style;
                        html! {
                            <path class={classes!("tie", style.class)} d={line.path.clone()} fill="none"
                                stroke-width={fmt(style.width)} stroke-dasharray={style.dash}
                                marker-end={style.arrow_end.then(|| arrow_url.clone())}
                                marker-start={style.arrow_start.then(|| arrow_url.clone())} />
                        }
                    }) }
                    { for marks.gone_ties.iter().map(|(a, b)| html! {
                        <line class="gone-tie" x1={fmt(a.0)} y1={fmt(a.1)} x2={fmt(b.0)} y2={fmt(b.1)}
                            stroke={GONE_GREY} stroke-width="2" stroke-dasharray="2 7" />
                    }) }
                </g>
                <g class="picture-persons">
                    { for scene.persons.iter().map(|mark| html! {
                        <g>
                            if let Some([x1, y1, x2, y2]) = mark.label_leader {
                                <line x1={fmt(x1)} y1={fmt(y1)} x2={fmt(x2)} y2={fmt(y2)} stroke={GONE_GREY} stroke-width="1.5" />
                            }
                            <circle cx={fmt(mark.x)} cy={fmt(mark.y)} r={fmt(mark.r)}
                                fill={if mark.household { "#fff4d6" } else { "#ffffff" }}
                                stroke={INK} stroke-width="2.5" stroke-dasharray={mark.child.then_some("6 3")} />
                            <text x={fmt(mark.label_x)} y={fmt(baseline(mark.label_y))} text-anchor="middle"
                                font-size={label_size.clone()} fill={INK}
                                paint-order="stroke" stroke="#ffffff" stroke-width="6" stroke-linejoin="round">
                                { mark.label.clone() }</text>
                        </g>
                    }) }
                    { for marks.gone.iter().map(|gone| html! {
                        <g class="gone-person" transform={format!("translate({} {})", fmt(gone.x), fmt(gone.y))}>
                            <circle r={fmt(PERSON_RADIUS)} fill="none" stroke={GONE_GREY} stroke-width="2.5" stroke-dasharray="3 5" />
                            <text y={fmt(PERSON_RADIUS + 26.0)} text-anchor="middle" font-size={label_size.clone()} fill={GONE_GREY}
                                paint-order="stroke" stroke="#ffffff" stroke-width="6" stroke-linejoin="round">
                                { gone.label.clone() }</text>
                        </g>
                    }) }
                </g>
                <g class="change-signs">
                    { for tie_signs }
                    { for person_signs }
                    { for marks.gone.iter().map(|g| badge(Sign::Gone, g.x + PERSON_RADIUS * 0.8, g.y - PERSON_RADIUS * 0.8)) }
                </g>
            </svg>
            if !legend.is_empty() {
                <figcaption>
                    <p class="sign-legend-title">{ text(props.lang, Text::MarksLegend) }</p>
                    <ul class="sign-legend">
                        { for legend.iter().map(|sign| html! {
                            <li>
                                <svg viewBox="-24 -24 48 48" width="28" height="28" aria-hidden="true">{ badge(*sign, 0.0, 0.0) }</svg>
                                { text(props.lang, sign.text()) }
                            </li>
                        }) }
                    </ul>
                </figcaption>
            }
        </figure>
    }
}

/// The point halfway along a tie's curve (a quadratic curve: a quarter of each end plus
/// half the control point), where its sign goes.
fn curve_middle(line: &TieLine) -> (f64, f64) {
    let (a, c, b) = (line.start, line.control, line.end);
    (0.25 * a.0 + 0.5 * c.0 + 0.25 * b.0, 0.25 * a.1 + 0.5 * c.1 + 0.25 * b.1)
}

pub use crate::scene::svg_number as fmt;
