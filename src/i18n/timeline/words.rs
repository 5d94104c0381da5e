//! The words for values the sentences share (kinds, ages, types, arrangements, quotes),
//! and looking persons up by name.

use super::*;

// ---------------------------------------------------------------------------------------
// Words for values
// ---------------------------------------------------------------------------------------

pub(super) fn kind_word(lang: Lang, kind: PersonKind) -> &'static str {
    t(lang, Key::Kind(kind))
}

/// "steun", "zorgen", "contact".
pub(super) fn tie_kind_word(lang: Lang, kind: TieKind) -> String {
    lower_first(t(lang, Key::TieKindName(kind)))
}

pub(super) fn age_nl(age: Option<Age>) -> String {
    match age {
        Some(Age::Years(years)) => format!("{years} jaar"),
        Some(Age::BirthYear(year)) => format!("geboren in {year}"),
        Some(Age::Band { from, to }) => format!("{from} tot en met {to} jaar"),
        None => "niet gezegd".to_owned(),
    }
}

pub(super) fn age_en(age: Option<Age>) -> String {
    match age {
        Some(Age::Years(1)) => "1 year".to_owned(),
        Some(Age::Years(years)) => format!("{years} years"),
        Some(Age::BirthYear(year)) => format!("born in {year}"),
        Some(Age::Band { from, to }) => format!("{from} to {to} years"),
        None => "not said".to_owned(),
    }
}

// The words for values are the editor's own (`Key::...Name`), lower-cased inside a
// sentence, so the list of changes says what the form said.

pub(super) fn gender_word(lang: Lang, gender: Gender) -> String {
    lower_first(t(lang, Key::GenderName(gender)))
}

pub(super) fn strength_word(lang: Lang, strength: Strength) -> String {
    lower_first(t(lang, Key::StrengthName(strength)))
}

pub(super) fn frequency_word(lang: Lang, frequency: Option<Frequency>) -> String {
    match frequency {
        Some(frequency) => lower_first(t(lang, Key::FrequencyName(frequency))),
        None => not_said(lang).to_owned(),
    }
}

pub(super) fn support_word(lang: Lang, support: SupportType) -> String {
    lower_first(t(lang, Key::SupportTypeName(support)))
}

pub(super) fn risk_word(lang: Lang, risk: RiskType) -> String {
    lower_first(t(lang, Key::RiskTypeName(risk)))
}

/// What an arrangement means, as a clause: "Dennis mag Noah alleen onder toezicht zien".
pub(super) fn arrangement(lang: Lang, safety: ChildSafety, person: &str, child: &str) -> String {
    match (lang, safety) {
        (Lang::Nl, ChildSafety::SafeAdult) => format!("{person} is een veilige volwassene voor {child}"),
        (Lang::Nl, ChildSafety::SupervisedOnly) => format!("{person} mag {child} alleen onder toezicht zien"),
        (Lang::Nl, ChildSafety::NoContact) => format!("{person} mag geen contact hebben met {child}"),
        (Lang::En, ChildSafety::SafeAdult) => format!("{person} is a safe adult for {child}"),
        (Lang::En, ChildSafety::SupervisedOnly) => format!("{person} may see {child} only under supervision"),
        (Lang::En, ChildSafety::NoContact) => format!("{person} may have no contact with {child}"),
    }
}

/// "veilige volwassene voor Noah, geen contact met Mila", or "geen afspraken".
pub(super) fn arrangements(lang: Lang, safety: &BTreeMap<PersonId, ChildSafety>, names: &Names) -> String {
    if safety.is_empty() {
        return match lang {
            Lang::Nl => "geen afspraken".to_owned(),
            Lang::En => "no arrangements".to_owned(),
        };
    }
    let parts: Vec<String> = safety
        .iter()
        .map(|(child, value)| {
            let key = match value {
                ChildSafety::SafeAdult => Key::SafeAdultFor,
                ChildSafety::SupervisedOnly => Key::SupervisedOnlyFor,
                ChildSafety::NoContact => Key::NoContactWith,
            };
            format!("{} {}", lower_first(t(lang, key)), names.one(*child))
        })
        .collect();
    parts.join(", ")
}

pub(super) fn support_list(lang: Lang, types: &BTreeSet<SupportType>) -> String {
    word_list(lang, types.iter().map(|s| support_word(lang, *s)).collect())
}

pub(super) fn risk_list(lang: Lang, types: &BTreeSet<RiskType>) -> String {
    word_list(lang, types.iter().map(|r| risk_word(lang, *r)).collect())
}

pub(super) fn word_list(lang: Lang, words: Vec<String>) -> String {
    if words.is_empty() {
        return not_said(lang).to_owned();
    }
    join_words(lang, &words)
}

pub(super) fn not_said(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "niet gezegd",
        Lang::En => "not said",
    }
}

pub(super) fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Nl => quoted_nl(text),
        Lang::En => quoted_en(text),
    }
}

pub(super) fn quoted_nl(text: &str) -> String {
    if text.trim().is_empty() {
        "leeg".to_owned()
    } else {
        format!("‘{text}’")
    }
}

pub(super) fn quoted_en(text: &str) -> String {
    if text.trim().is_empty() {
        "empty".to_owned()
    } else {
        format!("‘{text}’")
    }
}

pub(super) fn said_nl(who: &str) -> String {
    if who.trim().is_empty() {
        "niet gezegd".to_owned()
    } else {
        format!("‘{who}’")
    }
}

pub(super) fn said_en(who: &str) -> String {
    if who.trim().is_empty() {
        "not said".to_owned()
    } else {
        format!("‘{who}’")
    }
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// Looks persons up in the first map that has them (the later map first, for changes).
pub(super) struct Names<'a> {
    pub(super) lang: Lang,
    pub(super) maps: Vec<&'a FamilyMap>,
}

impl Names<'_> {
    pub(super) fn one(&self, id: PersonId) -> String {
        match self.maps.iter().find_map(|map| map.person(id)) {
            Some(person) => person.name.clone(),
            None => match self.lang {
                Lang::Nl => "iemand".to_owned(),
                Lang::En => "someone".to_owned(),
            },
        }
    }

    /// The life area a person is in: the household, or their sector.
    pub(super) fn place(&self, id: PersonId) -> &'static str {
        let sector = match self.maps.iter().find_map(|map| map.person(id)) {
            Some(person) if person.in_centre() => Sector::Household,
            Some(person) => person.sector,
            None => Sector::Household,
        };
        t(self.lang, Key::Sector(sector))
    }

    pub(super) fn join(&self, parts: &[String]) -> String {
        join_words(self.lang, parts)
    }
}

pub(super) fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(super) fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
