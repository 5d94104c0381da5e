//! Where each person's circle is drawn. The sector, ring and angle are what the family
//! chose; the drawing only nudges persons apart inside their own cell (one sector's wedge
//! within one ring) so no two circles overlap: first along the ring, and when one row is
//! too full, in two staggered rows at the band's inner and outer edge.

use super::geometry::*;
use super::spread::spread;
use super::PERSON_RADIUS;
use crate::model::{FamilyMap, Person, Ring, Sector};
use std::collections::BTreeMap;
use std::f64::consts::PI;

/// Centres of two circles are at least this far apart: a little air between them.
pub const PERSON_SPACING: f64 = 2.0 * PERSON_RADIUS + 4.0;
/// Circles keep this much distance from a wedge's border line, so persons in
/// neighbouring wedges cannot touch either.
const BORDER_CLEARANCE: f64 = PERSON_RADIUS + 1.0;
/// Two rows sit this far inside their ring band's edges (and are then
/// `RING_WIDTH - 2 * (PERSON_RADIUS + ROW_INSET)` apart, more than `PERSON_SPACING`).
const ROW_INSET: f64 = 0.5;
/// Household members sit on a circle this far from the middle (more when many).
const HOUSEHOLD_RADIUS: f64 = CENTRE_RADIUS * 0.55;
/// The outermost circle household members may use, still inside the centre circle.
const HOUSEHOLD_OUTER: f64 = CENTRE_RADIUS - PERSON_RADIUS - 2.0;

/// The drawn centre of every person, in id order.
pub fn place_persons(map: &FamilyMap) -> Vec<(&Person, f64, f64)> {
    let mut household: Vec<&Person> = Vec::new();
    let mut cells: BTreeMap<(usize, Ring), Vec<&Person>> = BTreeMap::new();
    for person in map.persons() {
        match person.sector.wedge_index() {
            Some(wedge) if !person.in_centre() => cells.entry((wedge, person.ring)).or_default().push(person),
            _ => household.push(person),
        }
    }
    let mut placed = place_household(household);
    for ((wedge, ring), persons) in cells {
        placed.extend(place_cell(Sector::OUTER[wedge], ring, persons));
    }
    crate::model::order::sort_by_key(&mut placed, |(person, _, _)| person.id);
    placed
}

/// By the order of their angle, persons take turns around the middle of the centre
/// circle; a large household gets a second, inner circle.
fn place_household(mut persons: Vec<&Person>) -> Vec<(&Person, f64, f64)> {
    sort_by_angle(&mut persons);
    let count = persons.len();
    if count <= 1 {
        return persons.into_iter().map(|p| (p, 0.0, 0.0)).collect();
    }
    let outer_capacity = circle_capacity(HOUSEHOLD_OUTER);
    let inner_radius = HOUSEHOLD_OUTER - PERSON_SPACING;
    if count <= outer_capacity {
        // The smallest circle that still keeps them apart, but not smaller than usual.
        let radius = (PERSON_SPACING / 2.0 / (PI / count as f64).sin()).clamp(HOUSEHOLD_RADIUS, HOUSEHOLD_OUTER);
        return around(persons, radius, 0.0);
    }
    let inner_capacity = circle_capacity(inner_radius);
    let outer_count = if count <= outer_capacity + inner_capacity {
        outer_capacity
    } else {
        // Overfull whatever we do: share the crowding in proportion.
        count * outer_capacity / (outer_capacity + inner_capacity)
    };
    let (outer, inner) = interleave(persons, outer_count);
    let mut placed = around(outer, HOUSEHOLD_OUTER, 0.0);
    // Half a step turned, so the inner circle looks through the gaps of the outer one.
    let inner_count = inner.len().max(1) as f64;
    placed.extend(around(inner, inner_radius, PI / inner_count));
    placed
}

fn circle_capacity(radius: f64) -> usize {
    let step = 2.0 * (PERSON_SPACING / 2.0 / radius).min(1.0).asin();
    (2.0 * PI / step).floor() as usize
}

fn around(persons: Vec<&Person>, radius: f64, turn: f64) -> Vec<(&Person, f64, f64)> {
    let count = persons.len() as f64;
    persons
        .into_iter()
        .enumerate()
        .map(|(k, person)| {
            let (x, y) = polar(radius, FIRST_WEDGE_START + turn + k as f64 * 2.0 * PI / count);
            (person, x, y)
        })
        .collect()
}

/// One arc of persons at a given radius inside a wedge.
struct Row {
    radius: f64,
    /// The angles a centre may take without the circle crossing the wedge's border.
    first: f64,
    last: f64,
    /// The angle between neighbours that keeps their circles `PERSON_SPACING` apart.
    step: f64,
}

impl Row {
    fn new(sector: Sector, radius: f64) -> Row {
        let start = wedge_start(sector).unwrap_or(FIRST_WEDGE_START);
        let margin = (BORDER_CLEARANCE / radius).min(1.0).asin();
        let step = 2.0 * (PERSON_SPACING / 2.0 / radius).min(1.0).asin();
        Row { radius, first: start + margin, last: start + wedge_span() - margin, step }
    }

    fn capacity(&self) -> usize {
        ((self.last - self.first).max(0.0) / self.step).floor() as usize + 1
    }

    fn place<'a>(&self, sector: Sector, persons: Vec<&'a Person>) -> Vec<(&'a Person, f64, f64)> {
        let wanted: Vec<f64> =
            persons.iter().map(|p| angle_in_wedge(sector, p.angle).unwrap_or(FIRST_WEDGE_START)).collect();
        let angles = spread(&wanted, self.step, self.first, self.last);
        persons
            .into_iter()
            .zip(angles)
            .map(|(person, angle)| {
                let (x, y) = polar(self.radius, angle);
                (person, x, y)
            })
            .collect()
    }
}

fn place_cell(sector: Sector, ring: Ring, mut persons: Vec<&Person>) -> Vec<(&Person, f64, f64)> {
    sort_by_angle(&mut persons);
    let single = Row::new(sector, ring_middle(ring));
    if persons.len() <= single.capacity() {
        return single.place(sector, persons);
    }
    let (inner, outer) = ring_band(ring);
    let inner_row = Row::new(sector, inner + PERSON_RADIUS + ROW_INSET);
    let outer_row = Row::new(sector, outer - PERSON_RADIUS - ROW_INSET);
    let (inner_cap, outer_cap) = (inner_row.capacity(), outer_row.capacity());
    let count = persons.len();
    // Half each, as far as the rows hold them; the outer row is longer.
    let outer_count = if count <= inner_cap + outer_cap {
        count.div_ceil(2).max(count.saturating_sub(inner_cap)).min(outer_cap)
    } else {
        count * outer_cap / (inner_cap + outer_cap)
    };
    let (on_outer, on_inner) = interleave(persons, outer_count);
    let mut placed = outer_row.place(sector, on_outer);
    placed.extend(inner_row.place(sector, on_inner));
    placed
}

/// Splits persons (in angle order) into two rows, `first_count` of them to the first,
/// taking turns as evenly as the counts allow, so the rows zigzag.
fn interleave(persons: Vec<&Person>, first_count: usize) -> (Vec<&Person>, Vec<&Person>) {
    let count = persons.len().max(1);
    let mut first = Vec::with_capacity(first_count);
    let mut second = Vec::with_capacity(count - first_count.min(count));
    for (i, person) in persons.into_iter().enumerate() {
        if (i + 1) * first_count / count > i * first_count / count {
            first.push(person);
        } else {
            second.push(person);
        }
    }
    (first, second)
}

/// The order the family sees: by angle, then by id so equal angles stay put.
fn sort_by_angle(persons: &mut [&Person]) {
    crate::model::order::sort_by(persons, |a, b| a.angle.total_cmp(&b.angle).then(a.id.cmp(&b.id)));
}
