//! The circles and boxes already drawn, in a uniform grid over the scene, so placing a
//! name asks "what is near here?" of a handful of neighbours instead of every shape.

pub use super::rect::Rect;
use super::HALF_SIZE;
use std::ops::ControlFlow;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShapeKind {
    /// A person's circle; `owner` is the person's index in the scene.
    Person,
    /// A person's name; `owner` is the person's index in the scene.
    Label,
    /// Text of the map itself: the centre label, sector names, ring numbers.
    Fixed,
}

#[derive(Clone, Copy, Debug)]
pub struct Shape {
    pub kind: ShapeKind,
    pub owner: usize,
    pub circle: Option<(f64, f64, f64)>,
    pub bounds: Rect,
}

impl Shape {
    pub fn person(owner: usize, x: f64, y: f64, r: f64) -> Shape {
        Shape { kind: ShapeKind::Person, owner, circle: Some((x, y, r)), bounds: Rect::around_circle(x, y, r) }
    }

    pub fn label(owner: usize, bounds: Rect) -> Shape {
        Shape { kind: ShapeKind::Label, owner, circle: None, bounds }
    }

    pub fn fixed(bounds: Rect) -> Shape {
        Shape { kind: ShapeKind::Fixed, owner: usize::MAX, circle: None, bounds }
    }

    /// How much of `rect` this shape covers. For a circle that truly reaches into the
    /// box, the share of its bounding square: cheap, and ranks candidates the same way.
    fn covered_area(&self, rect: &Rect) -> f64 {
        match self.circle {
            Some((x, y, r)) if rect.meets_circle(x, y, r) => self.bounds.shared_area(rect).max(1.0),
            Some(_) => 0.0,
            None => self.bounds.shared_area(rect),
        }
    }
}

/// Side of one grid cell: about a person's circle, so a circle sits in at most four.
const CELL: f64 = 48.0;
/// The grid covers the scene and a margin around it; anything further out lands in the
/// border cells, which stays correct (just slower) for the rare far-out label.
const REACH: f64 = HALF_SIZE + 240.0;

pub struct ShapeIndex {
    shapes: Vec<Shape>,
    /// Shapes taken out again (a name being moved) keep their slot, marked here.
    removed: Vec<bool>,
    cells: Vec<Vec<u32>>,
    columns: usize,
    /// Marks which shapes were already looked at in the current question, since a shape
    /// spanning several cells is listed in each.
    seen: Vec<u32>,
    question: u32,
}

impl ShapeIndex {
    pub fn new() -> ShapeIndex {
        let columns = (2.0 * REACH / CELL).ceil() as usize;
        ShapeIndex {
            shapes: Vec::new(),
            removed: Vec::new(),
            cells: vec![Vec::new(); columns * columns],
            columns,
            seen: Vec::new(),
            question: 0,
        }
    }

    /// Adds a shape; the number returned takes it out again (see `remove`).
    pub fn insert(&mut self, shape: Shape) -> usize {
        let id = self.shapes.len();
        let (x0, y0, x1, y1) = self.cell_span(&shape.bounds);
        for row in y0..y1 + 1 {
            for column in x0..x1 + 1 {
                self.cells[row * self.columns + column].push(id as u32);
            }
        }
        self.shapes.push(shape);
        self.removed.push(false);
        self.seen.push(0);
        id
    }

    pub fn remove(&mut self, id: usize) {
        let Some(shape) = self.shapes.get(id) else { return };
        if self.removed[id] {
            return;
        }
        let (x0, y0, x1, y1) = self.cell_span(&shape.bounds);
        for row in y0..y1 + 1 {
            for column in x0..x1 + 1 {
                self.cells[row * self.columns + column].retain(|&other| other as usize != id);
            }
        }
        self.removed[id] = true;
    }

    /// The weighted area of `rect` covered by shapes. Stops
    /// counting once `enough` is reached: the caller only needs to know it is worse.
    pub fn covered(&mut self, rect: &Rect, enough: f64) -> f64 {
        let mut total = 0.0;
        self.visit_each_once(rect, |shape| {
            // Covering a person's face is worse than covering a name.
            let weight = if shape.kind == ShapeKind::Person { 2.0 } else { 1.0 };
            total += weight * shape.covered_area(rect);
            if total >= enough {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        total
    }

    /// Whether no shape (other than those `skip` names) reaches into `rect`. Cheaper
    /// than `covered`: it stops at the first shape in the way.
    pub fn is_free(&self, rect: &Rect, skip: impl Fn(&Shape) -> bool) -> bool {
        let (x0, y0, x1, y1) = self.cell_span(rect);
        for row in y0..y1 + 1 {
            for column in x0..x1 + 1 {
                for &id in &self.cells[row * self.columns + column] {
                    let shape = &self.shapes[id as usize];
                    if shape.covered_area(rect) > 0.0 && !skip(shape) {
                        return false;
                    }
                }
            }
        }
        true
    }

    /// Whether another person's circle overlaps this one (an overfull cell).
    pub fn circle_is_crowded(&self, owner: usize, x: f64, y: f64, r: f64) -> bool {
        let (x0, y0, x1, y1) = self.cell_span(&Rect::around_circle(x, y, r));
        (y0..y1 + 1).any(|row| {
            (x0..x1 + 1).any(|column| {
                self.cells[row * self.columns + column].iter().any(|&id| {
                    let shape = &self.shapes[id as usize];
                    match shape.circle {
                        Some((cx, cy, cr)) if shape.kind == ShapeKind::Person && shape.owner != owner => {
                            (cx - x).powi(2) + (cy - y).powi(2) < (cr + r).powi(2) - 1e-6
                        }
                        _ => false,
                    }
                })
            })
        })
    }

    /// The owners of the names (and only names) reaching into `rect`, at most `most`
    /// of them; `None` when anything else is in the way, or more names.
    pub fn names_in_the_way(&mut self, rect: &Rect, most: usize) -> Option<Vec<usize>> {
        let mut owners = Vec::new();
        let mut blocked = false;
        self.visit_each_once(rect, |shape| {
            if shape.covered_area(rect) > 0.0 {
                if shape.kind != ShapeKind::Label || owners.len() == most {
                    blocked = true;
                    return ControlFlow::Break(());
                }
                owners.push(shape.owner);
            }
            ControlFlow::Continue(())
        });
        (!blocked).then_some(owners)
    }

    /// Calls `visit` once for each shape in the grid cells `rect` touches (a shape
    /// spanning several cells is visited once), until it asks to stop.
    fn visit_each_once(&mut self, rect: &Rect, mut visit: impl FnMut(&Shape) -> ControlFlow<()>) {
        self.next_question();
        let (x0, y0, x1, y1) = self.cell_span(rect);
        let question = self.question;
        for row in y0..y1 + 1 {
            for column in x0..x1 + 1 {
                for &id in &self.cells[row * self.columns + column] {
                    let id = id as usize;
                    if self.seen[id] == question {
                        continue;
                    }
                    self.seen[id] = question;
                    if visit(&self.shapes[id]).is_break() {
                        return;
                    }
                }
            }
        }
    }

    /// Every shape in the index.
    pub fn shapes(&self) -> impl Iterator<Item = &Shape> {
        self.shapes.iter().zip(&self.removed).filter(|(_, removed)| !**removed).map(|(shape, _)| shape)
    }

    fn next_question(&mut self) {
        self.question = self.question.wrapping_add(1);
        if self.question == 0 {
            // After four billion questions the old marks could collide: forget them.
            self.seen.iter_mut().for_each(|s| *s = 0);
            self.question = 1;
        }
    }

    fn column_of(&self, coordinate: f64) -> usize {
        let cell = (coordinate + REACH) / CELL;
        // Truncating is flooring for what is not negative (and NaN fails the test).
        if cell >= 0.0 {
            (cell as usize).min(self.columns - 1)
        } else {
            0
        }
    }

    fn cell_span(&self, rect: &Rect) -> (usize, usize, usize, usize) {
        (self.column_of(rect.min_x), self.column_of(rect.min_y), self.column_of(rect.max_x), self.column_of(rect.max_y))
    }
}
