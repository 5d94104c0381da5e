//! Comparing names the way a person would: "Oma  Ria", "oma ria" and "Oma Ría" are the
//! same name; "Oma Ria" and "Oma Rita" may be the same person, and somebody has to say so.

/// Lower case, accents and other diacritics removed, whitespace collapsed to single spaces
/// and trimmed. Covers Latin letters (Dutch, Turkish, Polish, Czech, Romanian, ...) and
/// combining marks; other scripts are only lower-cased.
pub fn normalize_name(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    for c in name.chars() {
        // Combining diacritical marks (a name typed as "e" + "\u{301}").
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        for lower in c.to_lowercase() {
            match fold(lower) {
                Some(plain) => folded.push_str(plain),
                None => folded.push(lower),
            }
        }
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Words in front of a name that say the relation, not the name: "Oma Ria", "Juf Fatma",
/// "Buurman Piet". They are skipped when looking for the first name.
const TITLES: &[&str] = &[
    "oma",
    "opa",
    "tante",
    "oom",
    "neef",
    "nicht",
    "juf",
    "meester",
    "meneer",
    "mevrouw",
    "mw",
    "mw.",
    "dhr",
    "dhr.",
    "buurvrouw",
    "buurman",
    "coach",
    "trainer",
    "dokter",
    "dr",
    "dr.",
    "zus",
    "broer",
    "grandma",
    "grandpa",
    "granny",
    "aunt",
    "auntie",
    "uncle",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "teacher",
    "neighbour",
    "neighbor",
    "teyze",
    "amca",
    "dayi",
];

/// The first word of a normalized name that is not a title such as "oma" or "juf", if any.
pub fn first_name(name: &str) -> Option<String> {
    normalize_name(name).split(' ').find(|word| !word.is_empty() && !TITLES.contains(word)).map(str::to_owned)
}

/// How two different names may still belong to one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameSimilarity {
    /// One or two letters apart ("Oma Ria" / "Oma Rita"); the number is the edit distance.
    Spelling(u8),
    /// Different names with the same first name ("Ria" / "Oma Ria de Vries").
    SameFirstName,
}

/// Whether two names are similar but not the same (after normalizing). Short names need
/// to be closer: "Bo" and "Jo" are one letter apart and two different children.
pub fn similar_names(a: &str, b: &str) -> Option<NameSimilarity> {
    let (a, b) = (normalize_name(a), normalize_name(b));
    similar_normalized(&a, &b)
}

pub(super) fn similar_normalized(a: &str, b: &str) -> Option<NameSimilarity> {
    if a == b {
        return None;
    }
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let shorter = ca.len().min(cb.len());
    let limit = if shorter >= 6 {
        2
    } else if shorter >= 3 {
        1
    } else {
        0
    };
    if limit > 0 {
        if let Some(distance) = edit_distance_at_most(&ca, &cb, limit) {
            return Some(NameSimilarity::Spelling(distance));
        }
    }
    let first = |name: &str| name.split(' ').find(|w| !TITLES.contains(w)).map(str::to_owned);
    match (first(a), first(b)) {
        (Some(x), Some(y)) if x == y && x.chars().count() >= 2 => Some(NameSimilarity::SameFirstName),
        _ => None,
    }
}

/// Levenshtein distance if it is at most `limit` (small), else `None`.
fn edit_distance_at_most(a: &[char], b: &[char], limit: u8) -> Option<u8> {
    let limit_usize = usize::from(limit);
    if a.len().abs_diff(b.len()) > limit_usize {
        return None;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        if current.iter().all(|&d| d > limit_usize) {
            return None;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    u8::try_from(distance).ok().filter(|d| *d <= limit)
}
