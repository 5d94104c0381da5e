//! A coarse picture of what covers the scene: per pixel, how many circles and names
//! reach into it. Routing a tie asks this thousands of times ("what is under this point
//! of the curve?"), and one array read answers it.

use super::index::Rect;

pub struct Coverage {
    counts: Vec<u16>,
    columns: usize,
    rows: usize,
    origin_x: f64,
    origin_y: f64,
    pixel: f64,
    /// `1 / pixel`: a multiplication is quicker than a division, and this is per point.
    per_unit: f64,
}

impl Coverage {
    /// An empty picture of `area`, in square pixels of side `pixel`.
    pub fn new(area: Rect, pixel: f64) -> Coverage {
        let columns = ((area.max_x - area.min_x) / pixel).ceil().max(1.0) as usize;
        let rows = ((area.max_y - area.min_y) / pixel).ceil().max(1.0) as usize;
        Coverage {
            counts: vec![0; columns * rows],
            columns,
            rows,
            origin_x: area.min_x,
            origin_y: area.min_y,
            pixel,
            per_unit: 1.0 / pixel,
        }
    }

    /// Counts a box in every pixel it reaches into.
    pub fn add_rect(&mut self, rect: &Rect) {
        let (x0, x1) = (self.column(rect.min_x), self.column(rect.max_x));
        for row in self.row(rect.min_y)..self.row(rect.max_y) + 1 {
            for count in &mut self.counts[row * self.columns + x0..row * self.columns + x1 + 1] {
                *count = count.saturating_add(1);
            }
        }
    }

    /// Counts a circle in every pixel it reaches into (see `circle_reaches`).
    pub fn add_circle(&mut self, x: f64, y: f64, r: f64) {
        for row in self.row(y - r)..self.row(y + r) + 1 {
            if let Some((first, last)) = self.circle_span(row, x, y, r) {
                for count in &mut self.counts[row * self.columns + first..row * self.columns + last + 1] {
                    *count = count.saturating_add(1);
                }
            }
        }
    }

    /// How many shapes reach into the pixel holding this point.
    pub fn at(&self, x: f64, y: f64) -> u16 {
        self.counts[self.row(y) * self.columns + self.column(x)]
    }

    /// Whether `add_circle(cx, cy, r)` counted the pixel holding this point: lets a
    /// caller leave out shapes it does not care about (a tie's own two persons).
    pub fn circle_reaches(&self, x: f64, y: f64, cx: f64, cy: f64, r: f64) -> bool {
        let column = self.column(x);
        self.circle_span(self.row(y), cx, cy, r).is_some_and(|(first, last)| (first..=last).contains(&column))
    }

    /// Whether `add_rect(rect)` counted the pixel holding this point.
    pub fn rect_reaches(&self, x: f64, y: f64, rect: &Rect) -> bool {
        let (column, row) = (self.column(x), self.row(y));
        (self.column(rect.min_x)..=self.column(rect.max_x)).contains(&column)
            && (self.row(rect.min_y)..=self.row(rect.max_y)).contains(&row)
    }

    /// The pixels of one row that a circle reaches into, first and last column.
    fn circle_span(&self, row: usize, cx: f64, cy: f64, r: f64) -> Option<(usize, usize)> {
        let top = self.origin_y + row as f64 * self.pixel;
        // How far the row's band is from the circle's centre, up or down.
        let dy = (top - cy).max(cy - (top + self.pixel)).max(0.0);
        let half = (r * r - dy * dy).sqrt();
        (half > 0.0).then(|| (self.column(cx - half), self.column(cx + half)))
    }

    /// Points outside the picture count in its border pixels.
    fn column(&self, x: f64) -> usize {
        clamp_index((x - self.origin_x) * self.per_unit, self.columns)
    }

    fn row(&self, y: f64) -> usize {
        clamp_index((y - self.origin_y) * self.per_unit, self.rows)
    }
}

fn clamp_index(position: f64, count: usize) -> usize {
    // Truncating is flooring for what is not negative (and NaN fails the test).
    if position >= 0.0 {
        (position as usize).min(count - 1)
    } else {
        0
    }
}
