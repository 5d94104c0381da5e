//! Words for the shared analysis on the map: what plays a role per person, and a risk tie
//! described as the practice asks it (what happens, in which situation, how serious, how
//! often, when last).

use super::{t, Key, Lang};
use crate::model::{Factor, Frequency, Seriousness};

/// The labels of the person panel, the tie panel and the printouts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    /// The person panel's group of checkboxes (a family member or someone around them).
    PlaysARole,
    /// The same group for a professional: what they are there for.
    ThereFor,
    /// On a risk tie: "In which situation?"
    Situation,
    /// On a risk tie: "How serious?"
    Seriousness,
    /// On a risk tie: "How often?"
    HowOften,
    /// On a risk tie: "When was the last time?"
    LastTime,
    NotSaid,
    /// The legend's line for the number in a square beside a person.
    BadgeMeaning,
}

pub fn text(lang: Lang, key: Text) -> &'static str {
    use Text as F;
    match (lang, key) {
        (Lang::Nl, F::PlaysARole) => "Wat speelt er?",
        (Lang::Nl, F::ThereFor) => "Waarvoor is deze professional er?",
        (Lang::Nl, F::Situation) => "In welke situatie gebeurt het?",
        (Lang::Nl, F::Seriousness) => "Hoe ernstig is het?",
        (Lang::Nl, F::HowOften) => "Hoe vaak gebeurt het?",
        (Lang::Nl, F::LastTime) => "Wanneer was de laatste keer?",
        (Lang::Nl, F::NotSaid) => "Niet ingevuld",
        (Lang::Nl, F::BadgeMeaning) => {
            "Getal in een vierkantje: zoveel dingen spelen een rol (bij een professional: waarvoor die er is)."
        }
        (Lang::En, F::PlaysARole) => "What plays a role?",
        (Lang::En, F::ThereFor) => "What is this professional there for?",
        (Lang::En, F::Situation) => "In which situation does it happen?",
        (Lang::En, F::Seriousness) => "How serious is it?",
        (Lang::En, F::HowOften) => "How often does it happen?",
        (Lang::En, F::LastTime) => "When was the last time?",
        (Lang::En, F::NotSaid) => "Not filled in",
        (Lang::En, F::BadgeMeaning) => {
            "Number in a square: how many things play a role (for a professional: what they are there for)."
        }
    }
}

/// The factors as one line: "Schulden, Scheiding".
pub fn factor_list(lang: Lang, factors: &[Factor]) -> String {
    factors.iter().map(|f| t(lang, Key::FactorName(*f))).collect::<Vec<_>>().join(", ")
}

/// What a person's line in a list or printout adds: "speelt: Schulden, Scheiding" or, for a
/// professional, "is er voor: Schulden".
pub fn factors_phrase(lang: Lang, factors: &[Factor], professional: bool) -> String {
    let head = match (lang, professional) {
        (Lang::Nl, false) => "Speelt",
        (Lang::Nl, true) => "Is er voor",
        (Lang::En, false) => "Plays a role",
        (Lang::En, true) => "There for",
    };
    format!("{head}: {}", factor_list(lang, factors))
}

/// How often, in the words of a risk tie ("elke week").
fn how_often(lang: Lang, frequency: Frequency) -> String {
    t(lang, Key::FrequencyName(frequency)).to_lowercase()
}

/// The practice's questions about a risk tie, answered in one run of text for a printout or
/// a list: "ernstig · elke week · bij het ophalen van de kinderen · laatste keer: 2 maart 2026".
/// Empty when nothing is filled in.
pub fn risk_details(
    lang: Lang,
    seriousness: Option<Seriousness>,
    frequency: Option<Frequency>,
    situation: Option<&str>,
    last: Option<&str>,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(s) = seriousness {
        parts.push(t(lang, Key::SeriousnessName(s)).to_lowercase());
    }
    if let Some(f) = frequency {
        parts.push(how_often(lang, f));
    }
    if let Some(situation) = situation.map(str::trim).filter(|s| !s.is_empty()) {
        let head = match lang {
            Lang::Nl => "wanneer",
            Lang::En => "when",
        };
        parts.push(format!("{head}: {situation}"));
    }
    if let Some(last) = last.filter(|d| !d.trim().is_empty()) {
        let head = match lang {
            Lang::Nl => "laatste keer",
            Lang::En => "last time",
        };
        parts.push(format!("{head}: {}", super::review::date_text(lang, last)));
    }
    parts.join(" · ")
}

/// The insight: "Schulden: speelt bij Linda. 3 van de 5 professionals zijn hiervoor: Karin,
/// Omar en Schuldhulp." `persons` and `for_it` are names, already joined; `for_count` is how
/// many professionals `for_it` names. Without persons, only the professionals are counted.
pub fn plays_a_role(
    lang: Lang,
    factor: Factor,
    persons: Option<&str>,
    for_it: &str,
    for_count: usize,
    professionals: usize,
) -> String {
    let name = t(lang, Key::FactorName(factor));
    let first = match (lang, persons) {
        (_, None) => format!("{name}:"),
        (Lang::Nl, Some(who)) => format!("{name}: speelt bij {who}."),
        (Lang::En, Some(who)) => format!("{name}: plays a role for {who}."),
    };
    let second = match (lang, for_count, professionals) {
        (_, _, 0) => String::new(),
        (Lang::Nl, 0, 1) => " De enige professional is hier niet voor.".to_owned(),
        (Lang::Nl, 0, total) => format!(" Geen van de {total} professionals is hiervoor."),
        (Lang::Nl, 1, 1) => format!(" De enige professional is hiervoor: {for_it}."),
        (Lang::Nl, 1, total) => format!(" 1 van de {total} professionals is hiervoor: {for_it}."),
        (Lang::Nl, n, total) => format!(" {n} van de {total} professionals zijn hiervoor: {for_it}."),
        (Lang::En, 0, 1) => " The one professional is not there for it.".to_owned(),
        (Lang::En, 0, total) => format!(" None of the {total} professionals is there for it."),
        (Lang::En, 1, 1) => format!(" The one professional is there for it: {for_it}."),
        (Lang::En, 1, total) => format!(" 1 of the {total} professionals is there for it: {for_it}."),
        (Lang::En, n, total) => format!(" {n} of the {total} professionals are there for it: {for_it}."),
    };
    format!("{first}{second}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_insight_counts_the_professionals_in_plain_words() {
        assert_eq!(
            plays_a_role(Lang::Nl, Factor::Debts, Some("Linda"), "Karin, Omar en Rob", 3, 5),
            "Schulden: speelt bij Linda. 3 van de 5 professionals zijn hiervoor: Karin, Omar en Rob."
        );
        assert_eq!(
            plays_a_role(Lang::En, Factor::Debts, Some("Linda"), "", 0, 2),
            "Debts: plays a role for Linda. None of the 2 professionals is there for it."
        );
        assert_eq!(
            plays_a_role(Lang::Nl, Factor::Language, None, "Rob", 1, 1),
            "Taal: De enige professional is hiervoor: Rob."
        );
    }

    #[test]
    fn a_risk_tie_reads_as_the_practice_asks() {
        let text = risk_details(
            Lang::Nl,
            Some(Seriousness::Serious),
            Some(Frequency::Weekly),
            Some("bij het ophalen"),
            Some("2026-03-02"),
        );
        assert_eq!(text, "ernstig · elke week · wanneer: bij het ophalen · laatste keer: 2 maart 2026");
        assert_eq!(risk_details(Lang::En, None, None, Some("  "), None), "");
    }
}
