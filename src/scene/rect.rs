//! Axis-aligned boxes: names, circles' bounds, the paper.

/// An axis-aligned box in scene units (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub min_x: f64,
    pub min_y: f64,
    pub max_x: f64,
    pub max_y: f64,
}

impl Rect {
    pub fn centred(cx: f64, cy: f64, width: f64, height: f64) -> Rect {
        Rect { min_x: cx - width / 2.0, min_y: cy - height / 2.0, max_x: cx + width / 2.0, max_y: cy + height / 2.0 }
    }

    pub fn around_circle(x: f64, y: f64, r: f64) -> Rect {
        Rect { min_x: x - r, min_y: y - r, max_x: x + r, max_y: y + r }
    }

    /// `[min_x, min_y, width, height]`, the shape of an SVG viewBox.
    pub fn to_view_box(self) -> [f64; 4] {
        [self.min_x, self.min_y, self.max_x - self.min_x, self.max_y - self.min_y]
    }

    pub fn from_view_box([x, y, width, height]: [f64; 4]) -> Rect {
        Rect { min_x: x, min_y: y, max_x: x + width, max_y: y + height }
    }

    pub fn union(self, other: Rect) -> Rect {
        Rect {
            min_x: self.min_x.min(other.min_x),
            min_y: self.min_y.min(other.min_y),
            max_x: self.max_x.max(other.max_x),
            max_y: self.max_y.max(other.max_y),
        }
    }

    pub fn grown(self, by: f64) -> Rect {
        Rect { min_x: self.min_x - by, min_y: self.min_y - by, max_x: self.max_x + by, max_y: self.max_y + by }
    }

    /// The area both boxes cover; zero when they only touch.
    pub fn shared_area(&self, other: &Rect) -> f64 {
        let w = self.max_x.min(other.max_x) - self.min_x.max(other.min_x);
        let h = self.max_y.min(other.max_y) - self.min_y.max(other.min_y);
        if w > 0.0 && h > 0.0 {
            w * h
        } else {
            0.0
        }
    }

    /// The area of this box outside `frame`.
    pub fn area_outside(&self, frame: &Rect) -> f64 {
        let area = (self.max_x - self.min_x) * (self.max_y - self.min_y);
        (area - self.shared_area(frame)).max(0.0)
    }

    /// Whether a circle reaches into this box (touching does not count).
    pub fn meets_circle(&self, x: f64, y: f64, r: f64) -> bool {
        let nearest_x = x.clamp(self.min_x, self.max_x);
        let nearest_y = y.clamp(self.min_y, self.max_y);
        // Squared: `hypot` is slow, and this runs for every spot a name tries.
        (x - nearest_x).powi(2) + (y - nearest_y).powi(2) < r * r
    }
}
