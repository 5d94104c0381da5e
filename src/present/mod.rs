//! The outputs that carry words: the printed meeting pack as text and the SVG picture with
//! its legend. They sit in the words layer, beside `i18n`, and use the same words as the
//! screen, so what is exported is what was seen. Below them, `scene`, `meeting` and `io`
//! give typed values only.

pub mod pack_text;
pub mod svg;
