//! How ties are drawn: a curved path between two persons, and a style per tie kind that
//! still reads in black-and-white print (line pattern and weight, not colour alone).
//! Each curve bows to the side (and by the amount) that passes fewest other persons and
//! names, checked against a coarse coverage picture of the scene (`raster`).

use super::bounds::paper;
use super::geometry::CENTRE_RADIUS;
use super::index::{Rect, ShapeIndex};
use super::raster::Coverage;
use super::{PersonMark, TieLine, PERSON_RADIUS};
use crate::model::{FamilyMap, PersonId, Strength, Tie, TieKind};
use std::collections::HashMap;
use std::fmt::Write;

#[derive(Clone, Debug, PartialEq)]
pub struct TieStyle {
    /// SVG `stroke-dasharray`, or `None` for a solid line.
    pub dash: Option<&'static str>,
    pub width: f64,
    /// A CSS class naming the kind, so the stylesheet can add colour on top.
    pub class: &'static str,
    pub arrow_start: bool,
    pub arrow_end: bool,
}

/// Support is a solid line, risk a long dash, contact a dotted line; a strong tie is
/// thick, a weak or fragile one thin.
pub fn tie_style(tie: &Tie) -> TieStyle {
    let (dash, class) = match tie.kind {
        TieKind::Support => (None, "tie-support"),
        TieKind::Risk => (Some("12 5"), "tie-risk"),
        TieKind::Contact => (Some("2 5"), "tie-contact"),
    };
    let width = match tie.shown_strength() {
        Strength::Strong => 5.0,
        Strength::Normal => 3.0,
        Strength::Weak => 1.5,
    };
    TieStyle { dash, width, class, arrow_start: tie.mutual, arrow_end: true }
}

/// Sideways bows tried for a tie, as a fraction of its length, best first (for the pair
/// taken from lower to higher id). A gentle bow when the way is clear; otherwise the
/// one passing fewest other persons and names.
pub(super) const BENDS: [f64; 8] = [0.12, -0.12, 0.25, -0.25, 0.4, -0.4, 0.6, -0.6];
/// Each further tie between the same two persons bows this much more, so all stay visible.
pub(super) const FAN_STEP: f64 = 0.14;
/// A curve passing this close to a circle or name counts as passing through it.
const CLEARANCE: f64 = 3.0;
/// Points along a candidate curve are checked at most this far apart: less than the
/// height of a name, so a curve cannot skip over one.
const SAMPLE_STEP: f64 = 10.0;
/// Side of a pixel of the coverage picture the curves are checked against.
const PIXEL: f64 = 6.0;
/// How many bows, and how many points along them, may be tried summed over all ties. A
/// family's map (up to hundreds of ties) gets every bow in `BENDS` checked closely; a
/// huge one only which side to bow to, checked more coarsely, so it still draws quickly.
const ROUTING_EFFORT: usize = 4_000;
const SAMPLING_EFFORT: usize = 100_000;

pub(super) fn tie_lines(map: &FamilyMap, persons: &[PersonMark], index: &ShapeIndex) -> Vec<TieLine> {
    let at: HashMap<PersonId, usize> = persons.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let coverage = obstacles(index);
    let tries = (ROUTING_EFFORT / map.tie_count().max(1)).clamp(2, BENDS.len());
    let most_samples = (SAMPLING_EFFORT / (tries * map.tie_count().max(1))).max(8);
    // Per pair (lower id first): the chosen bow and how many ties already use it.
    let mut pairs: HashMap<(PersonId, PersonId), (f64, usize)> = HashMap::new();
    let mut lines = Vec::with_capacity(map.tie_count());
    for tie in map.ties() {
        let (Some(&from), Some(&to)) = (at.get(&tie.from), at.get(&tie.to)) else { continue };
        let flipped = tie.from > tie.to;
        let (low, high) = if flipped { (&persons[to], &persons[from]) } else { (&persons[from], &persons[to]) };
        let curve = if let Some(gate) = household_gate(&persons[from], &persons[to]) {
            // Into the household: every tie of one outside person runs as one bundle to
            // the centre circle's edge, and only there spreads to each member.
            let nth = pairs.entry((low.id, high.id)).or_insert((0.0, 0));
            let control = fanned_gate(gate, nth.1);
            nth.1 += 1;
            Curve::with_control(centre(&persons[from]), centre(&persons[to]), control)
        } else {
            let (bend, nth) = pairs
                .entry((low.id, high.id))
                .or_insert_with(|| (clearest_bend(low, high, &coverage, &BENDS[..tries], most_samples), 0));
            // Fan out on the chosen side; the same side whichever way the tie points.
            let fanned = bend.signum() * (bend.abs() + FAN_STEP * *nth as f64);
            *nth += 1;
            Curve::new(centre(&persons[from]), centre(&persons[to]), if flipped { -fanned } else { fanned })
        };
        lines.push(TieLine {
            id: tie.id,
            from: tie.from,
            to: tie.to,
            path: curve.path(),
            style: tie_style(tie),
            kind: tie.kind,
            start: curve.start,
            control: curve.control,
            end: curve.end,
        });
    }
    lines
}

/// Where a tie between someone outside and a household member meets the centre circle:
/// on its edge, in the outside person's direction. `None` for other ties.
fn household_gate(a: &PersonMark, b: &PersonMark) -> Option<(f64, f64)> {
    let outside = match (a.household, b.household) {
        (true, false) => b,
        (false, true) => a,
        _ => return None,
    };
    let length = outside.x.hypot(outside.y);
    (length > CENTRE_RADIUS).then(|| (outside.x / length * CENTRE_RADIUS, outside.y / length * CENTRE_RADIUS))
}

/// A further tie between the same two persons passes the gate a little to the side, so
/// each stays visible.
fn fanned_gate((x, y): (f64, f64), nth: usize) -> (f64, f64) {
    let length = x.hypot(y).max(1e-6);
    let step = GATE_FAN * nth as f64;
    (x - y / length * step, y + x / length * step)
}

/// How far apart further ties between the same two persons pass the household's gate.
const GATE_FAN: f64 = 12.0;

/// A tie's line redrawn between two new centres with a given bow, in the tie's own
/// style: for a person being dragged (see `lift`).
pub(super) fn follow_curve(line: &TieLine, from: (f64, f64), to: (f64, f64), bend: f64) -> TieLine {
    let curve = Curve::new(from, to, bend);
    TieLine { path: curve.path(), start: curve.start, control: curve.control, end: curve.end, ..line.clone() }
}

/// Every circle and name (and the map's own text), grown by `CLEARANCE`. Ties run
/// between persons, well inside the paper; a name further out counts at its edge.
fn obstacles(index: &ShapeIndex) -> Coverage {
    let mut coverage = Coverage::new(paper(), PIXEL);
    for shape in index.shapes() {
        match shape.circle {
            Some((x, y, r)) => coverage.add_circle(x, y, r + CLEARANCE),
            None => coverage.add_rect(&shape.bounds.grown(CLEARANCE)),
        }
    }
    coverage
}

fn centre(mark: &PersonMark) -> (f64, f64) {
    (mark.x, mark.y)
}

/// The bow (for the pair from `low` to `high`) whose curve passes through the fewest
/// other persons' circles and names; the earliest in `bends` among equals.
fn clearest_bend(low: &PersonMark, high: &PersonMark, coverage: &Coverage, bends: &[f64], most_samples: usize) -> f64 {
    let (from, to) = (centre(low), centre(high));
    let mut best = (usize::MAX, BENDS[0]);
    for &bend in bends {
        let hits = Curve::new(from, to, bend).obstacles(coverage, [low, high], most_samples, best.0);
        if hits < best.0 {
            best = (hits, bend);
            if hits == 0 {
                break;
            }
        }
    }
    best.1
}

/// A quadratic curve from the edge of one person's circle to the edge of the other's,
/// bowed sideways by `bend` times the distance between them.
struct Curve {
    start: (f64, f64),
    control: (f64, f64),
    end: (f64, f64),
}

impl Curve {
    fn new(from: (f64, f64), to: (f64, f64), bend: f64) -> Curve {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let length = dx.hypot(dy).max(1e-6);
        // The normal to the line; the control point sits on it.
        let (nx, ny) = (-dy / length, dx / length);
        let (mx, my) = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
        Curve::with_control(from, to, (mx + nx * bend * length, my + ny * bend * length))
    }

    fn with_control(from: (f64, f64), to: (f64, f64), control: (f64, f64)) -> Curve {
        // Start and end just outside the circles, aimed at the control point; the end
        // leaves room for the arrowhead, whose tip then touches the circle's edge.
        Curve {
            start: towards(from, control, PERSON_RADIUS + 2.0),
            control,
            end: towards(to, control, PERSON_RADIUS + 6.0),
        }
    }

    fn path(&self) -> String {
        let mut path = String::with_capacity(48);
        for (letter, (x, y)) in [('M', self.start), ('Q', self.control), (' ', self.end)] {
            path.push(letter);
            push_tenths(&mut path, x);
            path.push(' ');
            push_tenths(&mut path, y);
        }
        path
    }

    fn point(&self, t: f64) -> (f64, f64) {
        let u = 1.0 - t;
        let (a, b, c) = (u * u, 2.0 * u * t, t * t);
        (a * self.start.0 + b * self.control.0 + c * self.end.0, a * self.start.1 + b * self.control.1 + c * self.end.1)
    }

    /// About how many other persons' circles and names the curve passes through: how
    /// often, walking along it, the number of shapes under foot goes up. Stops counting
    /// at `enough`.
    fn obstacles(&self, coverage: &Coverage, ends: [&PersonMark; 2], most_samples: usize, enough: usize) -> usize {
        // The control polygon is never shorter than the curve.
        let hull = distance(self.start, self.control) + distance(self.control, self.end);
        let samples = ((hull / SAMPLE_STEP).ceil() as usize).clamp(2, most_samples);
        // The two persons' own circles and names do not count. Only points this near a
        // centre can be in a pixel its circle reached.
        let own = ends.map(|end| {
            let reach = (end.r + CLEARANCE + 1.5 * PIXEL).powi(2);
            (end.x, end.y, end.r + CLEARANCE, reach, Rect::from_view_box(end.label_box).grown(CLEARANCE))
        });
        let mut hits = 0;
        let mut under_foot = 0;
        for k in 0..=samples {
            let (x, y) = self.point(k as f64 / samples as f64);
            let mut count = usize::from(coverage.at(x, y));
            for (cx, cy, r, reach, label) in &own {
                if count > 0
                    && (x - cx).powi(2) + (y - cy).powi(2) < *reach
                    && coverage.circle_reaches(x, y, *cx, *cy, *r)
                {
                    count -= 1;
                }
                if count > 0 && coverage.rect_reaches(x, y, label) {
                    count -= 1;
                }
            }
            hits += count.saturating_sub(under_foot);
            under_foot = count;
            if hits >= enough {
                break;
            }
        }
        hits
    }
}

/// Appends a number with one decimal, like `{:.1}` but without the general float
/// formatter, which is most of the cost of writing thousands of paths.
fn push_tenths(out: &mut String, value: f64) {
    let tenths = if value.is_finite() { (value * 10.0).round() as i64 } else { 0 };
    if tenths < 0 {
        out.push('-');
    }
    let tenths = tenths.unsigned_abs();
    let _ = write!(out, "{}.{}", tenths / 10, tenths % 10);
}

fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt()
}

fn towards(from: (f64, f64), to: (f64, f64), distance: f64) -> (f64, f64) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = dx.hypot(dy).max(1e-6);
    (from.0 + dx / length * distance, from.1 + dy / length * distance)
}
