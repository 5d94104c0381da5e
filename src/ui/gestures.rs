//! Pointer gestures on the map, for mouse, pen and touch alike (pointer events):
//! press-and-release on a person selects it (or picks it while connecting); dragging a
//! person places it (one undo step per drag); dragging from a person to another while
//! connecting makes a tie; dragging the background pans; two fingers pinch-zoom.

use crate::model::PersonId;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub fn distance(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }

    pub fn midpoint(self, other: Point) -> Point {
        Point { x: (self.x + other.x) / 2.0, y: (self.y + other.y) / 2.0 }
    }
}

/// How a point on screen (CSS pixels) maps into the scene: the map is only ever scaled
/// and shifted, never rotated. Read once when a gesture starts, because asking the
/// browser for it makes it lay out the page first, which each frame of a drag would
/// otherwise pay for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenToScene {
    pub scale_x: f64,
    pub scale_y: f64,
    pub offset_x: f64,
    pub offset_y: f64,
}

impl ScreenToScene {
    pub const IDENTITY: ScreenToScene = ScreenToScene { scale_x: 1.0, scale_y: 1.0, offset_x: 0.0, offset_y: 0.0 };

    pub fn apply(self, at: Point) -> Point {
        Point { x: (at.x - self.offset_x) / self.scale_x, y: (at.y - self.offset_y) / self.scale_y }
    }
}

/// Movement below this many CSS pixels is a tap, not a drag (fingers wobble).
pub const TAP_SLOP: f64 = 6.0;

#[derive(Clone, Debug, Default)]
pub enum Gesture {
    #[default]
    Idle,
    /// A pointer went down on a person.
    OnPerson { pointer: i32, person: PersonId, start: Point, latest: Point, dragging: bool, screen: ScreenToScene },
    /// One pointer drags the background: the map slides from where it was when the
    /// pointer went down (`start`) to where the pointer is now (`last`).
    Panning { pointer: i32, start: Point, last: Point },
    /// Two pointers on the background, each with where it is now; `from` is where both
    /// were when the second came down, and `corner` the map's top-left corner on screen.
    Pinching { a: (i32, Point), b: (i32, Point), from: (Point, Point), corner: Point },
}
