//! How far the drawing reaches: the paper, the box around everything drawn (for "fit to
//! screen" and a view box that never cuts a name off), and where the map's own text is.

use super::geometry::{OUTER_RADIUS, RING_WIDTH};
use super::index::Rect;
use super::{text_width, Circle, RingMark, Scene, WedgeMark, BASELINE_DROP, HALF_SIZE, LABEL_FONT_SIZE, LABEL_HEIGHT};

impl Scene {
    /// The box enclosing everything drawn, names included, as `[min_x, min_y, width,
    /// height]`: what "fit to screen" should show.
    pub fn bounds(&self) -> [f64; 4] {
        let paper =
            self.wedges.iter().map(sector_label_box).fold(Rect::around_circle(0.0, 0.0, OUTER_RADIUS), Rect::union);
        self.family_rect().map_or(paper, |family| paper.union(family)).to_view_box()
    }

    /// The box around what the family put on the map: persons, names, ties.
    pub(super) fn family_rect(&self) -> Option<Rect> {
        let circles = self.persons.iter().map(|p| Rect::around_circle(p.x, p.y, p.r));
        let names = self.persons.iter().map(|p| Rect::from_view_box(p.label_box));
        let ties = self.ties.iter().map(|t| curve_box(t.start, t.control, t.end).grown(t.style.width + 6.0));
        // Room for line widths and the names' outline.
        circles.chain(names).chain(ties).reduce(Rect::union).map(|r| r.grown(4.0))
    }
}

/// The square sheet the map is drawn on.
pub(super) fn paper() -> Rect {
    Rect::centred(0.0, 0.0, 2.0 * HALF_SIZE, 2.0 * HALF_SIZE)
}

/// The exact box around a quadratic curve: its ends, and where it turns on each axis.
fn curve_box(start: (f64, f64), control: (f64, f64), end: (f64, f64)) -> Rect {
    let turn = |a: f64, c: f64, b: f64| {
        let denominator = a - 2.0 * c + b;
        let t = if denominator.abs() > 1e-12 { (a - c) / denominator } else { 0.0 };
        let t = t.clamp(0.0, 1.0);
        (1.0 - t) * (1.0 - t) * a + 2.0 * (1.0 - t) * t * c + t * t * b
    };
    let (tx, ty) = (turn(start.0, control.0, end.0), turn(start.1, control.1, end.1));
    Rect {
        min_x: start.0.min(end.0).min(tx),
        min_y: start.1.min(end.1).min(ty),
        max_x: start.0.max(end.0).max(tx),
        max_y: start.1.max(end.1).max(ty),
    }
}

fn sector_label_box(wedge: &WedgeMark) -> Rect {
    let width = text_width(&wedge.label, wedge.label_font) * 1.1;
    // Drawn with dominant-baseline="middle": the box is centred on the point.
    Rect::centred(wedge.label_x, wedge.label_y, width, wedge.label_font * 1.25)
}

/// Where the map's own text sits, so no name covers it: the household label at the top
/// of the centre circle, the ring numbers straight up (in the export) and sector names.
pub(super) fn map_text_boxes(
    centre: &Circle,
    centre_label: &str,
    rings: &[RingMark],
    wedges: &[WedgeMark],
) -> Vec<Rect> {
    let mut boxes = vec![Rect::centred(
        centre.x,
        centre.y - centre.r + 18.0 - BASELINE_DROP,
        text_width(centre_label, LABEL_FONT_SIZE),
        LABEL_HEIGHT,
    )];
    boxes.extend(rings.iter().map(|ring| Rect::centred(0.0, -(ring.radius - RING_WIDTH / 2.0), 14.0, 18.0)));
    boxes.extend(wedges.iter().map(sector_label_box));
    boxes
}
