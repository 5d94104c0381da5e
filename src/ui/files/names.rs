//! File names for downloads. Neutral by default ("kring-2026-11-28.kring"): a file mailed
//! or left in Downloads does not say which family it is about. A name the person types in
//! the Export menu is used instead, made safe for every system.

/// Characters Windows, macOS or Linux refuse in a file name, or that change its meaning.
const REFUSED: [char; 9] = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];
/// Long names are cut, so they fit every file system.
const MAX_NAME_CHARS: usize = 80;

/// The name the person typed (cleaned up), or `kring-<date>`; `suffix` starts with its own
/// dot or space.
pub fn file_name(typed: &str, iso_date: &str, suffix: &str) -> String {
    let cleaned: String = typed.chars().map(|c| if REFUSED.contains(&c) || c.is_control() { ' ' } else { c }).collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let mut base: String = words.join(" ").chars().take(MAX_NAME_CHARS).collect();
    // A name that starts or ends with a dot is hidden or refused on some systems.
    base = base.trim_matches(|c: char| c == '.' || c.is_whitespace()).to_owned();
    // A typed name may end in the suffix already ("bakker.kring").
    if let Some(stem) = base.strip_suffix(suffix.trim()) {
        base = stem.trim_end_matches('.').to_owned();
    }
    if base.is_empty() {
        return default_name(iso_date, suffix);
    }
    format!("{base}{suffix}")
}

/// `kring-<date><suffix>`: what every export is called unless the person names it.
pub fn default_name(iso_date: &str, suffix: &str) -> String {
    format!("kring-{iso_date}{suffix}")
}
