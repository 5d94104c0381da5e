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

/// The box a person's name needs, before it is placed.
pub fn label_size(mark: &PersonMark) -> (f64, f64) {
    // The export adds " †" after the name of someone who died.
    let extra = if mark.deceased { 2.0 * CHAR_WIDTH * LABEL_FONT_SIZE } else { 0.0 };
    (text_width(&mark.label, LABEL_FONT_SIZE) + extra + 4.0, LABEL_HEIGHT)
}
