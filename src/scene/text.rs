//! How much room a name needs, estimated from its characters (the scene is computed
//! without a browser, so text cannot be measured).

use super::PersonMark;

/// The font size names are drawn at on the map (see `.person-label` in the stylesheet).
pub const LABEL_FONT_SIZE: f64 = 17.0;
/// Height of a name's box: ascent and descent at `LABEL_FONT_SIZE`.
pub const LABEL_HEIGHT: f64 = 20.0;
/// The baseline (the `y` of an SVG `<text>`) lies this far below the box's middle.
pub const BASELINE_DROP: f64 = 5.0;
/// Average advance of one character, in ems; generous, so real text fits its box.
const CHAR_WIDTH: f64 = 0.55;

/// The estimated width of a text: emoji and other wide characters count double,
/// joiners and combining marks not at all.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    let units: f64 = text.chars().map(char_units).sum();
    units * CHAR_WIDTH * font_size
}

fn char_units(c: char) -> f64 {
    match u32::from(c) {
        // Combining accents, zero-width joiner and spaces, variation selectors, skin tones.
        0x0300..=0x036F | 0x200B..=0x200F | 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F => 0.0,
        // Emoji and pictographs, CJK and Hangul, full-width forms.
        0x1F000..=0x1FAFF
        | 0x2600..=0x27BF
        | 0x2B00..=0x2BFF
        | 0x1100..=0x115F
        | 0x2E80..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFF00..=0xFF60 => 2.0,
        _ => 1.0,
    }
}

/// The role line under a name is this much smaller than the name.
pub const ROLE_SCALE: f64 = 0.8;

/// The box a person's name (and the role under it) needs, before it is placed, at the
/// mark's own font size.
pub fn label_size(mark: &PersonMark) -> (f64, f64) {
    let font = mark.label_font;
    // The export adds " †" after the name of someone who died.
    let extra = if mark.deceased { 2.0 * CHAR_WIDTH * font } else { 0.0 };
    let name = text_width(&mark.label, font) + extra;
    let role = text_width(&mark.role, font * ROLE_SCALE);
    (name.max(role) + 4.0, name_line(font) + role_line(mark))
}

/// The height of the name's line at `font`.
pub fn name_line(font: f64) -> f64 {
    LABEL_HEIGHT * font / LABEL_FONT_SIZE
}

/// The height of the role's line under the name (nothing without a role).
pub fn role_line(mark: &PersonMark) -> f64 {
    if mark.role.is_empty() {
        0.0
    } else {
        name_line(mark.label_font) * ROLE_SCALE
    }
}

/// Where the name's and the role's baselines go in a label box starting at `top`.
pub fn baselines(mark: &PersonMark, top: f64) -> (f64, f64) {
    let scale = mark.label_font / LABEL_FONT_SIZE;
    let name = top + name_line(mark.label_font) / 2.0 + BASELINE_DROP * scale;
    let role = top + name_line(mark.label_font) + role_line(mark) / 2.0 + BASELINE_DROP * scale * ROLE_SCALE;
    (name, role)
}
