//! How ties are drawn: a curved path between two persons, and a style per tie kind that
//! still reads in black-and-white print (line pattern and weight, not colour alone).

use super::{PersonMark, TieLine, PERSON_RADIUS};
use crate::model::{FamilyMap, PersonId, Strength, Tie, TieKind};
use std::collections::HashMap;

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
    let width = match tie.strength {
        Strength::Strong => 5.0,
        Strength::Normal => 3.0,
        Strength::Weak => 1.5,
    };
    TieStyle { dash, width, class, arrow_start: tie.mutual, arrow_end: true }
}

pub(super) fn tie_lines(map: &FamilyMap, persons: &[PersonMark]) -> Vec<TieLine> {
    let at: HashMap<PersonId, (f64, f64)> = persons.iter().map(|p| (p.id, (p.x, p.y))).collect();
    // Ties between the same two persons are fanned out so each stays visible.
    let mut seen_pairs: HashMap<(PersonId, PersonId), usize> = HashMap::new();
    let mut lines = Vec::new();
    for tie in map.ties() {
        let (Some(&from), Some(&to)) = (at.get(&tie.from), at.get(&tie.to)) else { continue };
        let pair = if tie.from < tie.to { (tie.from, tie.to) } else { (tie.to, tie.from) };
        let nth = seen_pairs.entry(pair).or_insert(0);
        // Bend the same way for the same pair regardless of direction, then fan out.
        let flipped = tie.from > tie.to;
        let bend = 0.12 + 0.14 * *nth as f64;
        *nth += 1;
        lines.push(TieLine {
            id: tie.id,
            from: tie.from,
            to: tie.to,
            path: curve(from, to, if flipped { -bend } else { bend }),
            style: tie_style(tie),
            kind: tie.kind,
        });
    }
    lines
}

/// A quadratic curve from the edge of one person's circle to the edge of the other's,
/// bowed sideways by `bend` times the distance.
fn curve(from: (f64, f64), to: (f64, f64), bend: f64) -> String {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = dx.hypot(dy).max(1e-6);
    let (ux, uy) = (dx / length, dy / length);
    // The normal to the line; the control point sits on it.
    let (nx, ny) = (-uy, ux);
    let (mx, my) = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
    let (cx, cy) = (mx + nx * bend * length, my + ny * bend * length);
    // Start and end just outside the circles, aimed at the control point.
    let start = towards(from, (cx, cy), PERSON_RADIUS + 2.0);
    let end = towards(to, (cx, cy), PERSON_RADIUS + 6.0);
    format!("M{:.1} {:.1}Q{cx:.1} {cy:.1} {:.1} {:.1}", start.0, start.1, end.0, end.1)
}

fn towards(from: (f64, f64), to: (f64, f64), distance: f64) -> (f64, f64) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = dx.hypot(dy).max(1e-6);
    (from.0 + dx / length * distance, from.1 + dy / length * distance)
}
