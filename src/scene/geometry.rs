//! Polar geometry of the map: where rings and wedges are, in scene units.
//! The centre of the map is (0, 0); y grows downwards, as on screen and in SVG.

use crate::model::{Ring, Sector};
use std::f64::consts::PI;

/// Radius of the household circle in the middle.
pub const CENTRE_RADIUS: f64 = 110.0;
/// Width of each closeness ring.
pub const RING_WIDTH: f64 = 95.0;
/// Radius of the outermost ring.
pub const OUTER_RADIUS: f64 = CENTRE_RADIUS + RING_WIDTH * Ring::COUNT as f64;
/// Persons keep this fraction of their wedge free on both sides, so they never sit on a
/// wedge's border line.
pub const WEDGE_PADDING: f64 = 0.08;
/// The first wedge starts straight up; wedges go clockwise.
pub const FIRST_WEDGE_START: f64 = -PI / 2.0;

pub fn wedge_span() -> f64 {
    2.0 * PI / Sector::OUTER.len() as f64
}

/// The angle (radians, clockwise from the positive x-axis) where a sector's wedge starts.
pub fn wedge_start(sector: Sector) -> Option<f64> {
    sector.wedge_index().map(|i| FIRST_WEDGE_START + i as f64 * wedge_span())
}

/// Inner and outer radius of a ring's band.
pub fn ring_band(ring: Ring) -> (f64, f64) {
    let inner = CENTRE_RADIUS + RING_WIDTH * f64::from(ring.get() - 1);
    (inner, inner + RING_WIDTH)
}

pub fn ring_middle(ring: Ring) -> f64 {
    let (inner, outer) = ring_band(ring);
    (inner + outer) / 2.0
}

/// The screen angle of a position `fraction` (0..1) across a sector's wedge.
pub fn angle_in_wedge(sector: Sector, fraction: f64) -> Option<f64> {
    let start = wedge_start(sector)?;
    let usable = 1.0 - 2.0 * WEDGE_PADDING;
    Some(start + (WEDGE_PADDING + fraction.clamp(0.0, 1.0) * usable) * wedge_span())
}

pub fn polar(radius: f64, angle: f64) -> (f64, f64) {
    (radius * angle.cos(), radius * angle.sin())
}

/// The inverse of `polar`: which sector, ring and fraction a point lies in. Points in the
/// centre circle give the household sector. Used to turn a drop point into a place.
pub fn place_at(x: f64, y: f64) -> (Sector, Ring, f64) {
    let radius = x.hypot(y);
    if radius < CENTRE_RADIUS {
        let angle = (y.atan2(x) - FIRST_WEDGE_START).rem_euclid(2.0 * PI) / (2.0 * PI);
        return (Sector::Household, Ring::CLOSEST, angle);
    }
    let ring_number = ((radius - CENTRE_RADIUS) / RING_WIDTH).floor() as i64 + 1;
    let ring = Ring::new(ring_number.clamp(1, i64::from(Ring::COUNT)) as u8).unwrap_or(Ring::FURTHEST);
    let turned = (y.atan2(x) - FIRST_WEDGE_START).rem_euclid(2.0 * PI);
    let span = wedge_span();
    let index = ((turned / span).floor() as usize).min(Sector::OUTER.len() - 1);
    let within = turned / span - index as f64;
    let usable = 1.0 - 2.0 * WEDGE_PADDING;
    let fraction = ((within - WEDGE_PADDING) / usable).clamp(0.0, 1.0);
    (Sector::OUTER[index], ring, fraction)
}

/// An SVG path for an annular wedge between two radii and two angles.
pub fn wedge_path(inner: f64, outer: f64, start: f64, end: f64) -> String {
    let (x1, y1) = polar(outer, start);
    let (x2, y2) = polar(outer, end);
    let (x3, y3) = polar(inner, end);
    let (x4, y4) = polar(inner, start);
    let large = if end - start > PI { 1 } else { 0 };
    format!(
        "M{x1:.1} {y1:.1}A{outer:.1} {outer:.1} 0 {large} 1 {x2:.1} {y2:.1}L{x3:.1} {y3:.1}A{inner:.1} {inner:.1} 0 {large} 0 {x4:.1} {y4:.1}Z"
    )
}
