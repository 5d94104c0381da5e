//! A person being dragged: drawn under the pointer with its ties following, while the
//! rest of the scene stays exactly as it was. Recomputing the whole scene (names moved
//! out of each other's way, every tie routed around the others) on each pointer move
//! would cost a frame many times over on a large map; the full scene is computed once,
//! when the person is let go. The cell the person would land in is marked, so a family
//! sees "Friends, ring 2" before letting go.

use super::geometry::{place_at, ring_band, wedge_path, wedge_span, wedge_start, CENTRE_RADIUS};
use super::ties::{follow_curve, BENDS, FAN_STEP};
use super::{PersonMark, Scene, TieLine};
use crate::model::{PersonId, Ring, Sector};
use std::collections::HashMap;

/// What is drawn on top of the scene while one person is dragged.
#[derive(Clone, Debug, PartialEq)]
pub struct Lifted {
    /// The person's mark, moved so its centre is at the pointer (the name moves along).
    pub mark: PersonMark,
    /// The person's ties, from the other persons (where they are) to the pointer.
    pub ties: Vec<TieLine>,
    /// Where the person would land: sector and ring under the pointer...
    pub sector: Sector,
    pub ring: Ring,
    /// ...and the outline of that cell (the centre circle for the household), an SVG path.
    pub target: String,
}

impl Scene {
    /// The drawing of person `id` dragged to `(x, y)`, or `None` for a person not on
    /// this scene.
    pub fn lifted(&self, id: PersonId, x: f64, y: f64) -> Option<Lifted> {
        let mark = shifted(self.person(id)?, x, y);
        // Ties between the same two persons fan out, as on the scene.
        let mut fanned: HashMap<PersonId, usize> = HashMap::new();
        let ties = self
            .ties_of(id)
            .filter_map(|line| {
                let other = if line.from == id { line.to } else { line.from };
                let other = self.person(other)?;
                let nth = fanned.entry(other.id).or_insert(0);
                let bend = BENDS[0] + FAN_STEP * *nth as f64;
                *nth += 1;
                let (from, to) = if line.from == id { (&mark, other) } else { (other, &mark) };
                // Bow to the same side whichever way the tie points.
                let bend = if line.from == id { bend } else { -bend };
                Some(follow_curve(line, (from.x, from.y), (to.x, to.y), bend))
            })
            .collect();
        let (sector, ring, _) = place_at(x, y);
        Some(Lifted { mark, ties, sector, ring, target: cell_outline(sector, ring) })
    }
}

/// A mark moved by the same offset as its centre: name, name box and leader line too.
fn shifted(mark: &PersonMark, x: f64, y: f64) -> PersonMark {
    let (dx, dy) = (x - mark.x, y - mark.y);
    let mut moved = mark.clone();
    moved.x = x;
    moved.y = y;
    moved.label_x += dx;
    moved.label_y += dy;
    moved.role_y += dy;
    moved.label_box[0] += dx;
    moved.label_box[1] += dy;
    moved.label_leader = mark.label_leader.map(|[x1, y1, x2, y2]| [x1 + dx, y1 + dy, x2 + dx, y2 + dy]);
    moved
}

/// The outline of one ring in one sector's wedge; the centre circle for the household.
fn cell_outline(sector: Sector, ring: Ring) -> String {
    match wedge_start(sector) {
        Some(start) => {
            let (inner, outer) = ring_band(ring);
            wedge_path(inner, outer, start, start + wedge_span())
        }
        None => {
            let r = CENTRE_RADIUS;
            format!("M{r:.1} 0A{r:.1} {r:.1} 0 1 1 -{r:.1} 0A{r:.1} {r:.1} 0 1 1 {r:.1} 0Z")
        }
    }
}
