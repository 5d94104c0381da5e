//! Zoom and pan: which part of the scene the map shows. Plain arithmetic on the SVG
//! viewBox, so it needs no browser API.

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// The scene point in the middle of the view.
    pub cx: f64,
    pub cy: f64,
    /// 1.0 shows the whole scene; 2.0 shows half of it twice as big.
    pub zoom: f64,
}

pub const MIN_ZOOM: f64 = 0.5;
pub const MAX_ZOOM: f64 = 6.0;
const STEP: f64 = 1.25;
/// Names on the map are at least this many CSS pixels on screen (14 px asked, a little
/// more so rounding never takes it under).
pub const MIN_NAME_PX: f64 = 15.0;
/// Every person takes taps in a circle at least this wide on screen (CSS pixels).
pub const MIN_TOUCH_PX: f64 = 46.0;
/// Sector names read at this size on screen or more (up to `MAX_SECTOR_FONT`).
pub const MIN_SECTOR_PX: f64 = 12.0;
/// The largest sector name, in scene units (the scene's).
pub use crate::scene::MAX_SECTOR_FONT;

/// The font size (scene units, in steps of 2) to place names for on a map whose whole
/// `size` fills `frame_px` pixels, so they read at `MIN_NAME_PX` at "Fit to screen"
/// and never below `base`. Steps keep a small resize from placing every name again.
pub fn placement_font(base: f64, size: f64, frame_px: f64) -> f64 {
    if size <= 0.0 || frame_px <= 0.0 {
        return base;
    }
    let wanted = MIN_NAME_PX * size / frame_px;
    base.max((wanted / 2.0).ceil() * 2.0)
}

/// How many times names are placed again for a larger font, at most.
const PLACING_ROUNDS: usize = 3;
/// Room the screen keeps around the scene, in scene units.
const SCREEN_MARGIN: f64 = 30.0;

/// Half the side of the square the screen shows a scene in at "Fit to screen": square
/// around the centre and large enough for everything drawn (with a little extra: bold
/// sector names are wider than the scene estimates).
pub fn shown_half(view_box: [f64; 4]) -> f64 {
    let [x, y, w, h] = view_box;
    [-x, x + w, -y, y + h].into_iter().fold(crate::scene::HALF_SIZE, f64::max) + SCREEN_MARGIN
}

/// The font names were placed for, and whether they are drawn at that size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub font: f64,
    /// False for a map too crowded for its frame: names drawn at a readable size need more
    /// room than the map can give, so however large they are placed, the map grows and they
    /// are drawn larger still.
    pub settled: bool,
}

/// The font names are first placed for on a map `frame_px` wide: the one that reads at
/// `MIN_NAME_PX` when the usual paper fills the frame.
pub fn paper_font(base: f64, frame_px: f64) -> f64 {
    placement_font(base, 2.0 * (crate::scene::HALF_SIZE + SCREEN_MARGIN), frame_px)
}

/// The font names of a map too crowded for its frame are placed for (the map then keeps
/// the size it had before names were placed as drawn; its names may touch).
pub const UNSETTLED_FONT: f64 = 48.0;

/// A scene with its names placed for the size they are shown at on a map `frame_px`
/// wide, and how. `build` makes a scene with names placed for a font. The font is first
/// chosen for the usual paper; when names pushed past its edge make the whole map larger
/// (it then shows smaller, so names are drawn larger to stay readable), the names are
/// placed once more, for that larger font: names drawn larger than they were placed for
/// would run into each other. A map where that does not settle in a few rounds is too
/// crowded for the frame: it is placed for `UNSETTLED_FONT`, so it is not made smaller
/// on screen for nothing.
///
/// `start`: how this map's names were placed last time (on this frame), so that an edit
/// places them once, not once per round again: from that font when it settled, and only
/// at that font when it did not. Starting too large only keeps the names a little larger
/// than needed until the map is opened again.
pub fn scene_for_frame(
    base: f64,
    frame_px: f64,
    start: Option<Placed>,
    build: impl Fn(f64) -> crate::scene::Scene,
) -> (crate::scene::Scene, Placed) {
    if let Some(Placed { font, settled: false }) = start {
        return (build(font), Placed { font, settled: false });
    }
    let placeable = |font: f64| font.min(crate::scene::MAX_LABEL_FONT);
    let first = paper_font(base, frame_px);
    let drawn_as_placed = |scene: &crate::scene::Scene, font: f64| {
        // Within a percent is close enough: the font steps by 2 units, and another round
        // could push the edge out by as much again.
        frame_px <= 0.0 || MIN_NAME_PX * 2.0 * shown_half(scene.view_box) / frame_px <= font * 1.01
    };
    let mut font = placeable(first.max(start.map_or(0.0, |s| s.font)));
    let mut scene = build(font);
    for _ in 0..PLACING_ROUNDS {
        if drawn_as_placed(&scene, font) {
            return (scene, Placed { font, settled: true });
        }
        // (Rounded up, so only the largest font keeps it from being larger.)
        let needed = placeable(placement_font(base, 2.0 * shown_half(scene.view_box), frame_px));
        if needed <= font {
            break;
        }
        font = needed;
        scene = build(font);
    }
    if drawn_as_placed(&scene, font) {
        return (scene, Placed { font, settled: true });
    }
    let font = placeable(first).min(UNSETTLED_FONT);
    (build(font), Placed { font, settled: false })
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport { cx: 0.0, cy: 0.0, zoom: 1.0 }
    }
}

impl Viewport {
    /// The SVG viewBox for a scene of `size` x `size` units centred on the origin.
    pub fn view_box(&self, size: f64) -> [f64; 4] {
        let w = size / self.zoom;
        [self.cx - w / 2.0, self.cy - w / 2.0, w, w]
    }

    pub fn zoomed_in(self) -> Viewport {
        self.zoom_at(STEP, self.cx, self.cy)
    }

    pub fn zoomed_out(self) -> Viewport {
        self.zoom_at(1.0 / STEP, self.cx, self.cy)
    }

    /// Zooms by `factor`, keeping the scene point (x, y) where it is on screen (under the
    /// mouse wheel or between two fingers).
    pub fn zoom_at(self, factor: f64, x: f64, y: f64) -> Viewport {
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let real = zoom / self.zoom;
        Viewport { cx: x - (x - self.cx) / real, cy: y - (y - self.cy) / real, zoom }
    }

    /// Moves the view by a distance in scene units.
    pub fn panned(self, dx: f64, dy: f64) -> Viewport {
        Viewport { cx: self.cx - dx, cy: self.cy - dy, zoom: self.zoom }
    }

    /// The view after two fingers spread `factor` times (or pinched) and their midpoint
    /// moved `shift` screen pixels: the scene point `anchor`, under the midpoint when the
    /// gesture began, ends up under the midpoint where it is now. `pixels_per_unit` is the
    /// screen scale before the gesture.
    pub fn pinched(self, factor: f64, anchor: (f64, f64), shift: (f64, f64), pixels_per_unit: f64) -> Viewport {
        let zoomed = self.zoom_at(factor, anchor.0, anchor.1);
        let scale = pixels_per_unit * zoomed.zoom / self.zoom;
        if scale.abs() < 1e-9 {
            return zoomed;
        }
        zoomed.panned(shift.0 / scale, shift.1 / scale)
    }

    /// How much of a zoom by `factor` the limits allow from here.
    pub fn allowed_factor(self, factor: f64) -> f64 {
        self.zoom_at(factor, self.cx, self.cy).zoom / self.zoom
    }

    /// Screen pixels per scene unit when the view of a `size` x `size` scene fills a
    /// square of `frame_px` CSS pixels.
    pub fn pixels_per_unit(&self, size: f64, frame_px: f64) -> f64 {
        if size <= 0.0 || frame_px <= 0.0 {
            return 1.0;
        }
        frame_px * self.zoom / size
    }

    /// The font size (scene units) names are drawn at: the size they were placed for,
    /// larger when zoomed out, and never under `MIN_NAME_PX` on screen.
    pub fn name_font(&self, placed: f64, size: f64, frame_px: f64) -> f64 {
        (placed * self.text_scale()).max(MIN_NAME_PX / self.pixels_per_unit(size, frame_px))
    }

    /// The font size (scene units) of the sector names around the rings: `base`, larger
    /// when the map is shown small (a phone) so they read at `MIN_SECTOR_PX` on screen,
    /// but never above `MAX_SECTOR_FONT`, where they would cover the outer ring.
    pub fn sector_font(&self, base: f64, size: f64, frame_px: f64) -> f64 {
        (MIN_SECTOR_PX / self.pixels_per_unit(size, frame_px)).clamp(base, MAX_SECTOR_FONT.max(base))
    }

    /// The radius (scene units) of the invisible circle that takes a tap on a person:
    /// the drawn circle, or `MIN_TOUCH_PX` wide on screen if that is larger.
    pub fn hit_radius(&self, drawn: f64, size: f64, frame_px: f64) -> f64 {
        drawn.max(MIN_TOUCH_PX / 2.0 / self.pixels_per_unit(size, frame_px))
    }

    /// Names stay readable when zoomed out: below zoom 1 text grows in scene units so it
    /// keeps its size on screen.
    pub fn text_scale(&self) -> f64 {
        1.0 / self.zoom.min(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sector_names_grow_on_a_phone_and_shrink_back_when_zoomed_in() {
        let size = 1200.0;
        let fit = Viewport::default();
        // A laptop: the base size is already large enough.
        assert_eq!(fit.sector_font(22.0, size, 744.0), 22.0);
        // A phone at fit: grown to read at 12 px.
        let phone = fit.sector_font(22.0, size, 370.0);
        assert!((phone * fit.pixels_per_unit(size, 370.0) - MIN_SECTOR_PX).abs() < 1e-9, "{phone}");
        // Zoomed in on the phone: smaller in scene units, still 12 px or more on screen.
        let zoomed = fit.zoomed_in();
        let closer = zoomed.sector_font(22.0, size, 370.0);
        assert!(closer < phone && closer * zoomed.pixels_per_unit(size, 370.0) >= MIN_SECTOR_PX - 1e-9);
        // A tiny frame: capped, so the names never cover the outer ring.
        assert_eq!(fit.sector_font(22.0, size, 100.0), MAX_SECTOR_FONT);
    }

    #[test]
    fn names_read_at_15_px_and_persons_take_44_px_taps_at_fit_to_screen() {
        for frame in [300.0, 390.0, 700.0, 744.0, 1200.0] {
            let size = 1200.0;
            let view = Viewport::default();
            let placed = placement_font(17.0, size, frame);
            assert!(placed >= 17.0 && placed % 2.0 < 1e-9 || placed == 17.0);
            let font = view.name_font(placed, size, frame);
            assert!(font * view.pixels_per_unit(size, frame) >= MIN_NAME_PX - 1e-9, "{frame}");
            let hit = view.hit_radius(22.0, size, frame);
            assert!(2.0 * hit * view.pixels_per_unit(size, frame) >= 44.0, "{frame}");
        }
        // A large screen keeps the normal size.
        assert_eq!(placement_font(17.0, 1200.0, 2000.0), 17.0);
        // Zoomed in, names grow with the map.
        let zoomed = Viewport { zoom: 2.0, ..Viewport::default() };
        assert_eq!(zoomed.name_font(24.0, 1200.0, 744.0), 24.0);
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer_still() {
        let view = Viewport::default().zoom_at(2.0, 100.0, 50.0);
        // The point (100, 50) was at fraction ((100 + 500) / 1000) of the width before; it is still.
        let [x0, y0, w0, _] = Viewport::default().view_box(1000.0);
        let [x1, y1, w1, _] = view.view_box(1000.0);
        assert!(((100.0 - x0) / w0 - (100.0 - x1) / w1).abs() < 1e-9);
        assert!(((50.0 - y0) / w0 - (50.0 - y1) / w1).abs() < 1e-9);
        assert_eq!(view.zoom, 2.0);
    }

    /// Where a scene point is drawn on a square map of `pixels` CSS pixels.
    fn on_screen(view: Viewport, size: f64, pixels: f64, (x, y): (f64, f64)) -> (f64, f64) {
        let [left, top, width, _] = view.view_box(size);
        ((x - left) * pixels / width, (y - top) * pixels / width)
    }

    #[test]
    fn a_pinch_keeps_the_point_between_the_fingers_between_them() {
        let (size, pixels) = (1200.0, 800.0);
        let view = Viewport { cx: 40.0, cy: -30.0, zoom: 1.5 };
        let pixels_per_unit = pixels * view.zoom / size;
        let start = (300.0, 500.0);
        let [left, top, ..] = view.view_box(size);
        let anchor = (left + start.0 / pixels_per_unit, top + start.1 / pixels_per_unit);
        assert!((on_screen(view, size, pixels, anchor).0 - start.0).abs() < 1e-9);
        // Spread twice as far, and the midpoint moved 80 px right and 20 px up.
        let after = view.pinched(2.0, anchor, (80.0, -20.0), pixels_per_unit);
        assert_eq!(after.zoom, 3.0);
        let (x, y) = on_screen(after, size, pixels, anchor);
        assert!((x - 380.0).abs() < 1e-6 && (y - 480.0).abs() < 1e-6, "({x}, {y})");
        // Past the limit, only what the limit allows is applied, and still around the anchor.
        assert!((view.allowed_factor(10.0) - MAX_ZOOM / 1.5).abs() < 1e-12);
        let capped = view.pinched(10.0, anchor, (0.0, 0.0), pixels_per_unit);
        assert_eq!(capped.zoom, MAX_ZOOM);
        let (x, y) = on_screen(capped, size, pixels, anchor);
        assert!((x - start.0).abs() < 1e-6 && (y - start.1).abs() < 1e-6);
    }

    #[test]
    fn zoom_stays_within_limits() {
        let mut view = Viewport::default();
        for _ in 0..50 {
            view = view.zoomed_in();
        }
        assert_eq!(view.zoom, MAX_ZOOM);
        for _ in 0..50 {
            view = view.zoomed_out();
        }
        assert_eq!(view.zoom, MIN_ZOOM);
        assert_eq!(view.text_scale(), 2.0);
    }
}
