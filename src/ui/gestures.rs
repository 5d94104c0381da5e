//! Pointer gestures on the map, for mouse, pen and touch alike (pointer events):
//! press-and-release on a person selects it (or picks it while connecting); dragging a
//! person places it (one undo step per drag); dragging from a person to another while
//! connecting makes a tie; dragging the background pans; two fingers pinch-zoom.

use crate::model::{MergeKey, PersonId};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub fn distance(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// Movement below this many CSS pixels is a tap, not a drag (fingers wobble).
pub const TAP_SLOP: f64 = 6.0;

#[derive(Clone, Debug, Default)]
pub enum Gesture {
    #[default]
    Idle,
    /// A pointer went down on a person.
    OnPerson { pointer: i32, person: PersonId, start: Point, latest: Point, dragging: bool, key: MergeKey },
    /// One pointer drags the background.
    Panning { pointer: i32, last: Point },
    /// Two pointers on the background.
    Pinching { a: (i32, Point), b: (i32, Point) },
}

/// Each drag gets its own merge key, so two drags of the same person are two undo steps.
pub fn next_merge_key() -> MergeKey {
    thread_local! {
        static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    }
    NEXT.with(|n| {
        let key = n.get();
        n.set(key + 1);
        MergeKey(key)
    })
}
