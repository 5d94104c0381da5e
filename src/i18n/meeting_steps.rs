//! Words of the meeting form in steps: the name of each step, what is done in it, and the
//! buttons that move between steps. Dutch on B1 level and English.

use super::Lang;
use crate::meeting::{Progress, Step, StepSummary};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    /// The name of the list of steps, for screen readers.
    StepsNav,
    /// Above the list of what is missing, on every step but the last.
    MissingSummary,
    /// Under the title of the list of what is missing.
    MissingHelp,
}

impl Text {
    pub const ALL: [Text; 3] = [Text::StepsNav, Text::MissingSummary, Text::MissingHelp];
}

pub fn text(lang: Lang, text: Text) -> &'static str {
    match lang {
        Lang::Nl => match text {
            Text::StepsNav => "Stappen van het beraad",
            Text::MissingSummary => "Wat ontbreekt nog?",
            Text::MissingHelp => "Kies een punt. Dan ga je meteen naar de plek waar je het kunt invullen.",
        },
        Lang::En => match text {
            Text::StepsNav => "Steps of the meeting",
            Text::MissingSummary => "What is missing?",
            Text::MissingHelp => "Choose an item to go straight to where you can fill it in.",
        },
    }
}

/// The short name of a step, as in the list of steps.
pub fn step_name(lang: Lang, step: Step) -> &'static str {
    use Step as S;
    match lang {
        Lang::Nl => match step {
            S::Basics => "Wanneer en waar",
            S::Participants => "Wie komen er",
            S::Situation => "Zorgen en wat goed gaat",
            S::Goals => "Doelen en grenzen",
            S::Agreements => "Afspraken",
            S::Safety => "Veiligheid",
            S::ChildVoice => "Woorden van het kind en notities",
            S::Check => "Nakijken",
        },
        Lang::En => match step {
            S::Basics => "When and where",
            S::Participants => "Who comes",
            S::Situation => "Worries and what goes well",
            S::Goals => "Goals and bottom lines",
            S::Agreements => "Agreements",
            S::Safety => "Safety",
            S::ChildVoice => "The child's words and notes",
            S::Check => "Check",
        },
    }
}

/// The heading of a step: "Stap 2 van 8: Wie komen er".
pub fn step_heading(lang: Lang, step: Step) -> String {
    let (n, of) = (step.number(), Step::ALL.len());
    match lang {
        Lang::Nl => format!("Stap {n} van {of}: {}", step_name(lang, step)),
        Lang::En => format!("Step {n} of {of}: {}", step_name(lang, step)),
    }
}

pub fn previous_step(lang: Lang, step: Step) -> String {
    match lang {
        Lang::Nl => format!("Vorige stap: {}", step_name(lang, step)),
        Lang::En => format!("Previous step: {}", step_name(lang, step)),
    }
}

pub fn next_step(lang: Lang, step: Step) -> String {
    match lang {
        Lang::Nl => format!("Volgende stap: {}", step_name(lang, step)),
        Lang::En => format!("Next step: {}", step_name(lang, step)),
    }
}

/// How many things are still missing or not right: "3".
pub fn missing_count(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Nl, 1) => "1 punt".to_owned(),
        (Lang::Nl, n) => format!("{n} punten"),
        (Lang::En, 1) => "1 item".to_owned(),
        (Lang::En, n) => format!("{n} items"),
    }
}

/// What is done in a step, in a few words: "2 van 4 ingevuld", "klaar", "nog niet
/// begonnen", with "1 punt nakijken" when something in it is missing or not right.
pub fn summary(lang: Lang, step: Step, summary: &StepSummary) -> String {
    if step == Step::Check {
        return match (lang, summary.to_check) {
            (Lang::Nl, 0) => "alles ingevuld".to_owned(),
            (Lang::En, 0) => "everything filled in".to_owned(),
            (Lang::Nl, n) => format!("nog {} open", missing_count(lang, n)),
            (Lang::En, n) => format!("{} still open", missing_count(lang, n)),
        };
    }
    let (filled, parts) = (summary.filled, summary.parts);
    let base = match (lang, summary.progress()) {
        (Lang::Nl, Progress::Done) => "klaar".to_owned(),
        (Lang::En, Progress::Done) => "done".to_owned(),
        (Lang::Nl, Progress::NotStarted) => "nog niet begonnen".to_owned(),
        (Lang::En, Progress::NotStarted) => "not started".to_owned(),
        (Lang::Nl, Progress::Optional) => "mag leeg blijven".to_owned(),
        (Lang::En, Progress::Optional) => "can stay empty".to_owned(),
        (Lang::Nl, Progress::Started) if parts == 0 || filled == parts => "ingevuld".to_owned(),
        (Lang::En, Progress::Started) if parts == 0 || filled == parts => "filled in".to_owned(),
        (Lang::Nl, Progress::Started) => format!("{filled} van {parts} ingevuld"),
        (Lang::En, Progress::Started) => format!("{filled} of {parts} filled in"),
    };
    match (lang, summary.to_check) {
        (_, 0) => base,
        (Lang::Nl, n) => format!("{base}, {} nakijken", missing_count(lang, n)),
        (Lang::En, n) => format!("{base}, {} to check", missing_count(lang, n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_a_name_of_its_own_in_every_language() {
        for lang in Lang::ALL {
            let mut names: Vec<&str> = Step::ALL.iter().map(|s| step_name(lang, *s)).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), Step::ALL.len(), "{lang:?}");
            for key in Text::ALL {
                assert!(!text(lang, key).is_empty());
            }
        }
    }
}
