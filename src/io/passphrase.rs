//! Passwords for sealed files: how strong a typed one is (a rough, honest estimate) and a
//! suggested passphrase of random words. Typed values only; the words of the list and of
//! the hint are in `i18n::sealed`.

/// How hard a password is to guess, roughly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Shorter than a new sealed file allows.
    TooShort,
    /// Guessable with a list of common passwords or a few days of trying.
    Weak,
    Fair,
    /// Several random words, or long and varied.
    Strong,
}

/// The estimate: about how many bits of guessing a password takes, by its length and the
/// kinds of characters in it, with one common pattern (the same character over and over)
/// counted for little. Not a proof of anything; it points people to longer passwords.
pub fn strength(password: &str, min_chars: usize) -> Strength {
    let chars: Vec<char> = password.chars().collect();
    if chars.len() < min_chars {
        return Strength::TooShort;
    }
    let mut pool = 0u32;
    if chars.iter().any(|c| c.is_lowercase()) {
        pool += 26;
    }
    if chars.iter().any(|c| c.is_uppercase()) {
        pool += 26;
    }
    if chars.iter().any(|c| c.is_ascii_digit()) {
        pool += 10;
    }
    if chars.iter().any(|c| !c.is_alphanumeric()) {
        pool += 20;
    }
    let mut distinct: Vec<char> = chars.clone();
    distinct.sort_unstable();
    distinct.dedup();
    // "aaaaaaaaaa" or "1212121212" is barely better than its few distinct characters.
    let effective = chars.len().min(distinct.len() * 2);
    let bits = effective as f64 * f64::from(pool.max(1)).log2();
    if bits >= 70.0 {
        Strength::Strong
    } else if bits >= 50.0 {
        Strength::Fair
    } else {
        Strength::Weak
    }
}

/// Words picked from `list` by `random` (one number per word, from a cryptographic
/// source), joined by hyphens. With 5 words from a list of 256 that is 40 bits, each guess
/// costing one Argon2 run of 64 MiB.
pub fn suggest(list: &[&str], random: &[u32]) -> String {
    if list.is_empty() {
        return String::new();
    }
    random.iter().map(|n| list[*n as usize % list.len()]).collect::<Vec<_>>().join("-")
}
