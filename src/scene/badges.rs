//! The badges beside a person's circle, so what matters reads without colour: a child (a
//! small figure on a dark badge), the age, and a shield with the first letters of the
//! children this person is a safe adult for. Pure geometry, the same for screen and print.

use super::{svg_number as n, text_width, PersonMark};

/// A rounded badge at the circle's top left: the age, and for a child a small figure.
#[derive(Clone, Debug, PartialEq)]
pub struct AgeBadge {
    /// `[x, y, width, height]` of the badge.
    pub rect: [f64; 4],
    /// Dark with light text for a child; light with a dark outline for an adult.
    pub child: bool,
    /// The child figure (an SVG path: head and body), when `child`.
    pub figure: Option<String>,
    pub text: String,
    /// Where the text's middle and baseline are.
    pub text_x: f64,
    pub text_y: f64,
    pub font: f64,
}

/// A shield at the circle's bottom right with the children's first letters.
#[derive(Clone, Debug, PartialEq)]
pub struct SafeBadge {
    /// `[x, y, width, height]` around the shield.
    pub rect: [f64; 4],
    pub path: String,
    pub text: String,
    pub text_x: f64,
    pub text_y: f64,
    pub font: f64,
}

/// How high the badges are for names placed at `label_font` (scene units): they grow with
/// the names when the map is shown small, within limits.
pub fn badge_size(label_font: f64) -> f64 {
    (label_font * 0.85).clamp(14.0, 36.0)
}

/// The badges of a person, `size` high (scene units).
pub fn badges(mark: &PersonMark, size: f64) -> (Option<AgeBadge>, Option<SafeBadge>) {
    let (x, y, r) = (mark.x, mark.y, mark.r);
    let font = size * 0.72;
    let age = (mark.child || !mark.age.is_empty()).then(|| {
        let figure_w = if mark.child { size * 0.6 } else { 0.0 };
        let text_w = if mark.age.is_empty() { 0.0 } else { text_width(&mark.age, font) };
        let width = (figure_w + text_w + size * 0.45).max(size);
        // The badge's right end sits over the circle's top left.
        let (right, top) = (x - r * 0.35, y - r - size * 0.35);
        let left = right - width;
        let figure = mark.child.then(|| {
            let cx = left + size * 0.22 + figure_w / 2.0;
            let head = size * 0.14;
            let (hy, foot) = (top + size * 0.3, top + size * 0.85);
            format!(
                "M{} {}a{h} {h} 0 1 0 {} 0a{h} {h} 0 1 0 {} 0ZM{} {}L{} {}L{} {}Z",
                n(cx - head),
                n(hy),
                n(2.0 * head),
                n(-2.0 * head),
                n(cx - size * 0.2),
                n(foot),
                n(cx),
                n(top + size * 0.48),
                n(cx + size * 0.2),
                n(foot),
                h = n(head)
            )
        });
        AgeBadge {
            rect: [left, top, width, size],
            child: mark.child,
            figure,
            text: mark.age.clone(),
            text_x: left + size * 0.22 + figure_w + text_w / 2.0,
            text_y: top + size * 0.5 + font * 0.36,
            font,
        }
    });
    let safe = (!mark.safe_for.is_empty()).then(|| {
        let text = super::safe_for_initials(&mark.safe_for);
        let w = (text_width(&text, font) + size * 0.4).max(size);
        let (cx, top) = (x + r * 0.75, y + r * 0.35);
        let h = size * 1.15;
        let (l, rr, e) = (cx - w / 2.0, cx + w / 2.0, size * 0.15);
        let path = format!(
            "M{l} {te}L{cx} {t}L{rr} {te}V{side}Q{rr} {curve} {cx} {bottom}Q{l} {curve} {l} {side}Z",
            l = n(l),
            rr = n(rr),
            cx = n(cx),
            t = n(top),
            te = n(top + e),
            side = n(top + h * 0.55),
            curve = n(top + h * 0.9),
            bottom = n(top + h),
        );
        SafeBadge { rect: [l, top, w, h], path, text, text_x: cx, text_y: top + h * 0.45 + font * 0.36, font }
    });
    (age, safe)
}
