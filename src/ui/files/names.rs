//! File names for downloads: the map's title and the date, made safe for every system
//! ("Familie Bakker 2026-11-28.kring.json").

/// Characters Windows, macOS or Linux refuse in a file name, or that change its meaning.
const REFUSED: [char; 9] = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];
/// Long titles are cut, so the name fits every file system with room for the date.
const MAX_TITLE_CHARS: usize = 80;

/// `title date suffix`, with the title cleaned up; `suffix` starts with its own dot or space.
pub fn file_name(title: &str, iso_date: &str, suffix: &str) -> String {
    let cleaned: String = title.chars().map(|c| if REFUSED.contains(&c) || c.is_control() { ' ' } else { c }).collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let mut base: String = words.join(" ").chars().take(MAX_TITLE_CHARS).collect();
    // A name that starts or ends with a dot is hidden or refused on some systems.
    base = base.trim_matches(|c: char| c == '.' || c.is_whitespace()).to_owned();
    if base.is_empty() {
        base = "Kring".to_owned();
    }
    format!("{base} {iso_date}{suffix}")
}
