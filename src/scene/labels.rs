//! Where names go, so they never pile up. Every name gets a box of estimated size
//! (`text_width`). Spots are tried around the person's circle (below, above, right,
//! left, the four corners), then those moved step by step along the ring, across it and
//! diagonally; the first spot that covers no other name, no circle and no text of the
//! map itself wins. Persons nearest the middle choose first: their cells are smallest.
//! Names that found no free spot then get a second chance once all others are known
//! (`Labeller::repair`), possibly moving one or two names out of their way. Where
//! still nothing is free, the spot covering least wins. A name that had to move away
//! from its person gets a leader line. Deterministic: the same map, the same picture.

use super::index::{Rect, Shape, ShapeIndex, ShapeKind};
use super::text::{baselines, label_size};
use super::PersonMark;

/// Air between a circle and its name.
const GAP: f64 = 3.0;
/// A name past the paper's edge widens the view (the map then shows a little
/// smaller), which is far better than covering another name, but worse than a free spot.
const OUTSIDE_WEIGHT: f64 = 0.05;
/// A name further than this from its circle gets a leader line.
const LEADER_AFTER: f64 = 14.0;
/// How far a name may be moved from its first spots, step by step.
const NUDGES: [f64; 11] = [8.0, 16.0, 26.0, 38.0, 52.0, 68.0, 86.0, 106.0, 130.0, 160.0, 200.0];

/// How many spots, summed over all names, may be tested for being free; and how many
/// may be ranked by how much they cover when none is free. A family's map (tens of
/// persons) gets every spot tried; a huge one gets fewer per name, so it still draws in
/// milliseconds.
const FREE_SEARCH_EFFORT: usize = 100_000;
const RANKED_SEARCH_EFFORT: usize = 8_000;
/// A person whose circle overlaps another's (a cell holding more than fit) has no room
/// to find: their name only tries the spots right beside the circle.
const CROWDED_TRIES: usize = 8;
/// After every name has a place, names still in each other's way look again (now that
/// all others are known), for at most this many rounds and this many spots in all.
const REPAIR_ROUNDS: usize = 4;
const REPAIR_EFFORT: usize = 40_000;

/// Places every name. `index` holds the persons' circles and the map's own text; the
/// names are added to it as they are placed. Labels stay inside `frame` if they can.
pub fn place_labels(marks: &mut [PersonMark], index: &mut ShapeIndex, frame: &Rect) {
    // Nearest the middle first (their cells are smallest), then clockwise, then by id.
    let mut order: Vec<(f64, f64, usize)> =
        marks.iter().enumerate().map(|(i, m)| (m.x.hypot(m.y), m.y.atan2(m.x), i)).collect();
    crate::model::order::sort_by(&mut order, |a, b| {
        a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)).then(marks[a.2].id.cmp(&marks[b.2].id))
    });
    let order: Vec<usize> = order.into_iter().map(|(_, _, i)| i).collect();
    let count = marks.len().max(1);
    let mut labeller = Labeller {
        frame,
        placed: vec![None; marks.len()],
        spots: Vec::with_capacity(8 * (1 + 8 * NUDGES.len())),
        free_tries: (FREE_SEARCH_EFFORT / count).max(CROWDED_TRIES),
        ranked_tries: (RANKED_SEARCH_EFFORT / count).max(CROWDED_TRIES),
        crowded: marks.iter().enumerate().map(|(i, m)| index.circle_is_crowded(i, m.x, m.y, m.r)).collect(),
        index,
        effort: 0,
    };
    for &i in &order {
        let (rect, _) = labeller.search(marks, i);
        labeller.put(i, rect);
    }
    labeller.repair(marks, &order);
    for (mark, placed) in marks.iter_mut().zip(labeller.placed) {
        let Some((rect, _)) = placed else { continue };
        mark.label_x = (rect.min_x + rect.max_x) / 2.0;
        (mark.label_y, mark.role_y) = baselines(mark, rect.min_y);
        mark.label_box = rect.to_view_box();
        mark.label_leader = leader(mark, &rect);
    }
}

/// A line from the circle to its name, when they are far enough apart that which name
/// belongs to which person could be unclear.
fn leader(mark: &PersonMark, rect: &Rect) -> Option<[f64; 4]> {
    let (x, y) = (mark.x.clamp(rect.min_x, rect.max_x), mark.y.clamp(rect.min_y, rect.max_y));
    let (dx, dy) = (x - mark.x, y - mark.y);
    let distance = (dx * dx + dy * dy).sqrt();
    (distance > mark.r + LEADER_AFTER).then(|| {
        let edge = mark.r / distance;
        [mark.x + dx * edge, mark.y + dy * edge, x, y]
    })
}

struct Labeller<'a> {
    index: &'a mut ShapeIndex,
    frame: &'a Rect,
    /// Per person: the name's box and its shape in the index.
    placed: Vec<Option<(Rect, usize)>>,
    spots: Vec<(f64, f64)>,
    free_tries: usize,
    ranked_tries: usize,
    /// Per person: whether their circle overlaps another's.
    crowded: Vec<bool>,
    /// Spots tried so far while repairing.
    effort: usize,
}

impl Labeller<'_> {
    /// The first free spot for a name, or else the one covering least; and whether it
    /// is free.
    fn search(&mut self, marks: &[PersonMark], i: usize) -> (Rect, bool) {
        if let Some(free) = self.free_spot(marks, i) {
            return (free, true);
        }
        let ranked_tries = if self.crowded[i] { 1 } else { self.ranked_tries };
        self.effort += ranked_tries.min(self.spots.len());
        let (width, height) = label_size(&marks[i]);
        let boxes = self.spots.iter().map(|&(x, y)| Rect::centred(x, y, width, height));
        (least_covering(boxes.take(ranked_tries), self.index, self.frame), false)
    }

    fn free_spot(&mut self, marks: &[PersonMark], i: usize) -> Option<Rect> {
        let (width, height) = label_size(&marks[i]);
        let free_tries = if self.crowded[i] { CROWDED_TRIES } else { self.free_tries };
        candidate_spots(&marks[i], width, height, free_tries.max(self.ranked_tries), &mut self.spots);
        let (index, frame) = (&mut *self.index, self.frame);
        let mut tries = 0;
        let free = self.spots.iter().take(free_tries).map(|&(x, y)| Rect::centred(x, y, width, height)).find(|rect| {
            tries += 1;
            rect.area_outside(frame) == 0.0 && index.is_free(rect, |_| false)
        });
        self.effort += tries;
        free
    }

    fn put(&mut self, i: usize, rect: Rect) {
        let shape = self.index.insert(Shape::label(i, rect));
        self.placed[i] = Some((rect, shape));
    }

    fn lift(&mut self, i: usize) -> Option<Rect> {
        let (rect, shape) = self.placed[i].take()?;
        self.index.remove(shape);
        Some(rect)
    }

    /// Names placed early cannot know which later names will have no choice but to
    /// cover them. So each name still in another's way is lifted and placed again with
    /// every other name known; where it still finds no free spot, it takes a spot where
    /// only one or two names are in the way, if those can move to free spots elsewhere.
    fn repair(&mut self, marks: &[PersonMark], order: &[usize]) {
        self.effort = 0;
        for _ in 0..REPAIR_ROUNDS {
            let mut moved = false;
            for &i in order {
                if self.effort >= REPAIR_EFFORT {
                    return;
                }
                let Some((rect, _)) = self.placed[i] else { continue };
                if self.crowded[i] {
                    continue;
                }
                let own_name = |s: &Shape| s.kind == ShapeKind::Label && s.owner == i;
                if rect.area_outside(self.frame) == 0.0 && self.index.is_free(&rect, own_name) {
                    continue;
                }
                self.lift(i);
                let (better, free) = self.search(marks, i);
                if free {
                    self.put(i, better);
                    moved = true;
                } else if self.make_room(marks, i) {
                    moved = true;
                } else {
                    moved |= better != rect;
                    self.put(i, better);
                }
            }
            if !moved {
                return;
            }
        }
    }

    /// Places name `i` (lifted) where at most two other names are in the way, moving
    /// those to free spots. Leaves everything as it was when no such spot works.
    fn make_room(&mut self, marks: &[PersonMark], i: usize) -> bool {
        let (width, height) = label_size(&marks[i]);
        let mut spots = Vec::new();
        candidate_spots(&marks[i], width, height, self.free_tries, &mut spots);
        for (x, y) in spots.into_iter().take(self.free_tries) {
            let rect = Rect::centred(x, y, width, height);
            self.effort += 1;
            if self.effort >= REPAIR_EFFORT {
                return false;
            }
            if rect.area_outside(self.frame) > 0.0 {
                continue;
            }
            let Some(in_the_way) = self.index.names_in_the_way(&rect, 2) else { continue };
            let old: Vec<(usize, Rect)> = in_the_way.iter().filter_map(|&j| Some((j, self.lift(j)?))).collect();
            self.put(i, rect);
            let mut moved = Vec::new();
            for &(j, _) in &old {
                match self.free_spot(marks, j) {
                    Some(spot) => {
                        self.put(j, spot);
                        moved.push(j);
                    }
                    None => break,
                }
            }
            if moved.len() == old.len() {
                return true;
            }
            for j in moved.into_iter().chain(std::iter::once(i)) {
                self.lift(j);
            }
            for (j, rect) in old {
                self.put(j, rect);
            }
        }
        false
    }
}

/// The box covering least of what is already there (the first among equals). Covering
/// more than a whole name's area is hopeless whichever box it is, so counting stops
/// there: that keeps this quick where a map is packed.
fn least_covering(mut boxes: impl Iterator<Item = Rect>, index: &mut ShapeIndex, frame: &Rect) -> Rect {
    let Some(first) = boxes.next() else { return Rect::centred(0.0, 0.0, 0.0, 0.0) };
    let hopeless = (first.max_x - first.min_x) * (first.max_y - first.min_y);
    let mut best = first;
    let mut best_cost = hopeless;
    for rect in std::iter::once(first).chain(boxes) {
        let outside = OUTSIDE_WEIGHT * rect.area_outside(frame);
        if outside >= best_cost {
            continue;
        }
        let cost = outside + index.covered(&rect, best_cost - outside);
        if cost < best_cost {
            best = rect;
            best_cost = cost;
        }
    }
    best
}

/// Centres for a name's box, best first and at most about `limit`: touching the circle
/// on each side, then each of those moved by growing steps along the ring, away from or
/// towards the middle, and diagonally between those.
fn candidate_spots(mark: &PersonMark, width: f64, height: f64, limit: usize, spots: &mut Vec<(f64, f64)>) {
    let (x, y, r) = (mark.x, mark.y, mark.r);
    let (half_w, half_h) = (width / 2.0, height / 2.0);
    // A corner box touches the circle at 45°: 0.72 r on each axis keeps it just outside.
    let corner = 0.72 * r + GAP;
    let sides = [
        (x, y + r + GAP + half_h),
        (x, y - r - GAP - half_h),
        (x + r + GAP + half_w, y),
        (x - r - GAP - half_w, y),
        (x + corner + half_w, y + corner + half_h),
        (x - corner - half_w, y + corner + half_h),
        (x + corner + half_w, y - corner - half_h),
        (x - corner - half_w, y - corner - half_h),
    ];
    // Outward from the map's middle, and along the ring (clockwise).
    let distance = x.hypot(y);
    let (out_x, out_y) = if distance > 1e-9 { (x / distance, y / distance) } else { (0.0, 1.0) };
    let (along_x, along_y) = (-out_y, out_x);
    let d = std::f64::consts::FRAC_1_SQRT_2;
    let directions = [
        (along_x, along_y),
        (-along_x, -along_y),
        (out_x, out_y),
        (-out_x, -out_y),
        (d * (along_x + out_x), d * (along_y + out_y)),
        (d * (-along_x + out_x), d * (-along_y + out_y)),
        (d * (along_x - out_x), d * (along_y - out_y)),
        (d * (-along_x - out_x), d * (-along_y - out_y)),
    ];
    spots.clear();
    spots.extend_from_slice(&sides);
    for step in NUDGES {
        if spots.len() >= limit {
            return;
        }
        for &(sx, sy) in &sides {
            for &(dx, dy) in &directions {
                let (cx, cy) = (sx + dx * step, sy + dy * step);
                // A name never covers its own person.
                if !Rect::centred(cx, cy, width, height).meets_circle(x, y, r + GAP) {
                    spots.push((cx, cy));
                }
            }
        }
    }
}
