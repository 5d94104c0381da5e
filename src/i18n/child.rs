//! Words of child mode, for a child of about eight: very short sentences, no
//! words for risk, danger or violence anywhere. Dutch (the default) and English.
//!
//! The child's answers are stored in a perspective on the map. Its name tells whose view
//! it is and, once the child has stood on the path of the safe house, how safe the child
//! feels ("Zoals Mila het ziet · veilig: 7/10"). The core's `Perspective` has no field for
//! that number, so it lives in the name, written and read only here.
//!
//! Every function matches exhaustively per language.

use super::Lang;
use crate::model::Ring;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    WhoAreYou,
    TapYourName,
    NotOnTheMap,
    YourName,
    ThatsMe,
    SomeoneElse,
    Me,
    TabCloseFar,
    TabQuestions,
    TabHouse,
    CloseFarPrompt,
    Closer,
    Further,
    QuestionSafe,
    QuestionHelps,
    QuestionSeeMore,
    TapPeople,
    NextQuestion,
    PreviousQuestion,
    HousePrompt,
    InMyHouse,
    HelpsMe,
    NotNear,
    NotChosen,
    DontKnow,
    ShortHelps,
    ShortNotNear,
    PathPrompt,
    PathLow,
    PathHigh,
    ReadAloud,
    Done,
    TabShare,
    SharePrompt,
    NothingToShare,
    OnlyHelpers,
    ShareEveryone,
    ShareEveryoneBut,
    NotFor,
    CloseAndSafeStay,
}

impl Text {
    pub const ALL: [Text; 40] = [
        Text::WhoAreYou,
        Text::TapYourName,
        Text::NotOnTheMap,
        Text::YourName,
        Text::ThatsMe,
        Text::SomeoneElse,
        Text::Me,
        Text::TabCloseFar,
        Text::TabQuestions,
        Text::TabHouse,
        Text::CloseFarPrompt,
        Text::Closer,
        Text::Further,
        Text::QuestionSafe,
        Text::QuestionHelps,
        Text::QuestionSeeMore,
        Text::TapPeople,
        Text::NextQuestion,
        Text::PreviousQuestion,
        Text::HousePrompt,
        Text::InMyHouse,
        Text::HelpsMe,
        Text::NotNear,
        Text::NotChosen,
        Text::DontKnow,
        Text::ShortHelps,
        Text::ShortNotNear,
        Text::PathPrompt,
        Text::PathLow,
        Text::PathHigh,
        Text::ReadAloud,
        Text::Done,
        Text::TabShare,
        Text::SharePrompt,
        Text::NothingToShare,
        Text::OnlyHelpers,
        Text::ShareEveryone,
        Text::ShareEveryoneBut,
        Text::NotFor,
        Text::CloseAndSafeStay,
    ];
}

pub fn text(lang: Lang, text: Text) -> &'static str {
    use Text as T;
    match lang {
        Lang::Nl => match text {
            T::WhoAreYou => "Wie ben jij?",
            T::TapYourName => "Tik op je naam.",
            T::NotOnTheMap => "Sta je er niet bij? Schrijf dan je naam.",
            T::YourName => "Jouw naam",
            T::ThatsMe => "Dat ben ik",
            T::SomeoneElse => "Iemand anders",
            T::Me => "Ik",
            T::TabCloseFar => "Dichtbij of ver weg",
            T::TabQuestions => "Vragen",
            T::TabHouse => "Mijn huis",
            T::CloseFarPrompt => "Wie is dichtbij jou? Schuif de mensen naar waar ze horen.",
            T::Closer => "Dichterbij",
            T::Further => "Verder weg",
            T::QuestionSafe => "Wie geeft jou een veilig gevoel?",
            T::QuestionHelps => "Wie helpt jou?",
            T::QuestionSeeMore => "Wie wil je vaker zien?",
            T::TapPeople => "Tik op de mensen. Tik nog een keer als het niet klopt.",
            T::NextQuestion => "Volgende vraag",
            T::PreviousQuestion => "Vorige vraag",
            T::HousePrompt => {
                "Dit is jouw huis. Wie woont er bij jou? Wie komt langs en helpt jou? Wie wil je niet dichtbij?"
            }
            T::InMyHouse => "In mijn huis",
            T::HelpsMe => "Komt langs en helpt mij",
            T::NotNear => "Wil ik niet dichtbij",
            T::NotChosen => "Nog niet gekozen",
            T::DontKnow => "Weet ik niet",
            T::ShortHelps => "Helpt mij",
            T::ShortNotNear => "Niet dichtbij",
            T::PathPrompt => {
                "Hoe fijn en veilig voel jij je? Ga op het pad staan. Bij 10 ben je bij het huis waar alles veilig is en voel je je heel fijn."
            }
            T::PathLow => "0: helemaal niet fijn",
            T::PathHigh => "10: heel fijn",
            T::ReadAloud => "Lees voor",
            T::Done => "Klaar",
            T::TabShare => "Wie mag het weten?",
            T::SharePrompt => {
                "Dit heb jij gezegd. Het is van jou. Nu weten alleen de hulpverleners het. Jij kiest of iemand anders het ook mag weten."
            }
            T::NothingToShare => "Je hebt nog niets gekozen bij de vragen of in je huis.",
            T::OnlyHelpers => "Alleen de hulpverleners",
            T::ShareEveryone => "Iedereen",
            T::ShareEveryoneBut => "Iedereen, maar niet:",
            T::NotFor => "Niet voor",
            T::CloseAndSafeStay => "Wie dichtbij is en hoe fijn je je voelt: dat weten alleen de hulpverleners.",
        },
        Lang::En => match text {
            T::WhoAreYou => "Who are you?",
            T::TapYourName => "Tap your name.",
            T::NotOnTheMap => "Not there? Then write your name.",
            T::YourName => "Your name",
            T::ThatsMe => "That's me",
            T::SomeoneElse => "Someone else",
            T::Me => "Me",
            T::TabCloseFar => "Close or far",
            T::TabQuestions => "Questions",
            T::TabHouse => "My house",
            T::CloseFarPrompt => "Who is close to you? Move the people to where they belong.",
            T::Closer => "Closer",
            T::Further => "Further",
            T::QuestionSafe => "Who makes you feel safe?",
            T::QuestionHelps => "Who helps you?",
            T::QuestionSeeMore => "Who do you want to see more?",
            T::TapPeople => "Tap the people. Tap again if it is not right.",
            T::NextQuestion => "Next question",
            T::PreviousQuestion => "Previous question",
            T::HousePrompt => {
                "This is your house. Who lives with you? Who comes by and helps you? Who do you not want near?"
            }
            T::InMyHouse => "In my house",
            T::HelpsMe => "Comes by and helps me",
            T::NotNear => "I don't want them near",
            T::NotChosen => "Not chosen yet",
            T::DontKnow => "I don't know",
            T::ShortHelps => "Helps me",
            T::ShortNotNear => "Not near",
            T::PathPrompt => {
                "How good and safe do you feel? Stand on the path. At 10 you are at the house where everything is safe and you feel really good."
            }
            T::PathLow => "0: not good at all",
            T::PathHigh => "10: really good",
            T::ReadAloud => "Read aloud",
            T::Done => "Done",
            T::TabShare => "Who may know?",
            T::SharePrompt => {
                "This is what you said. It is yours. Now only the helpers know it. You choose if someone else may know it too."
            }
            T::NothingToShare => "You have not chosen anything yet in the questions or in your house.",
            T::OnlyHelpers => "Only the helpers",
            T::ShareEveryone => "Everyone",
            T::ShareEveryoneBut => "Everyone, but not:",
            T::NotFor => "Not for",
            T::CloseAndSafeStay => "Who is close and how good you feel: only the helpers know that.",
        },
    }
}

/// Closeness in the child's words.
pub fn ring_name(lang: Lang, ring: Ring) -> &'static str {
    match (lang, ring.get()) {
        (Lang::Nl, 1) => "Heel dichtbij",
        (Lang::Nl, 2) => "Dichtbij",
        (Lang::Nl, 3) => "Een beetje ver",
        (Lang::Nl, _) => "Ver weg",
        (Lang::En, 1) => "Very close",
        (Lang::En, 2) => "Close",
        (Lang::En, 3) => "A bit far",
        (Lang::En, _) => "Far away",
    }
}

/// The name of the child's perspective, with how safe the child feels once known.
pub fn perspective_name(lang: Lang, child: &str) -> String {
    match lang {
        Lang::Nl => format!("Zoals {child} het ziet"),
        Lang::En => format!("As {child} sees it"),
    }
}

/// The spoken and visible name of a stone on the safe house path.
pub fn path_stone(lang: Lang, value: u8) -> String {
    match (lang, value) {
        (Lang::Nl, 0) => "0: helemaal niet fijn".to_owned(),
        (Lang::Nl, 10) => "10: heel fijn".to_owned(),
        (Lang::En, 0) => "0: not good at all".to_owned(),
        (Lang::En, 10) => "10: really good".to_owned(),
        (_, n) => n.to_string(),
    }
}

/// "Move Oma Ria closer": the accessible name of the buttons on a person's card.
pub fn move_person(lang: Lang, name: &str, closer: bool) -> String {
    match (lang, closer) {
        (Lang::Nl, true) => format!("{name} dichterbij"),
        (Lang::Nl, false) => format!("{name} verder weg"),
        (Lang::En, true) => format!("{name} closer"),
        (Lang::En, false) => format!("{name} further away"),
    }
}

/// "Oma Ria: In my house", the accessible name of a zone button on a person's card.
pub fn put_in_zone(lang: Lang, name: &str, zone: Text) -> String {
    format!("{name}: {}", text(lang, zone))
}

/// One answer of the child, said back in the child's words ("Oma Ria helpt mij").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Said {
    Safe,
    Helps,
    SafeAndHelps,
    SeeMore,
    NotNear,
}

pub fn said(lang: Lang, said: Said, name: &str) -> String {
    match (lang, said) {
        (Lang::Nl, Said::Safe) => format!("{name} geeft mij een veilig gevoel"),
        (Lang::Nl, Said::Helps) => format!("{name} helpt mij"),
        (Lang::Nl, Said::SafeAndHelps) => format!("{name} geeft mij een veilig gevoel en helpt mij"),
        (Lang::Nl, Said::SeeMore) => format!("Ik wil {name} vaker zien"),
        (Lang::Nl, Said::NotNear) => format!("Ik wil {name} liever niet dichtbij"),
        (Lang::En, Said::Safe) => format!("{name} makes me feel safe"),
        (Lang::En, Said::Helps) => format!("{name} helps me"),
        (Lang::En, Said::SafeAndHelps) => format!("{name} makes me feel safe and helps me"),
        (Lang::En, Said::SeeMore) => format!("I want to see {name} more"),
        (Lang::En, Said::NotNear) => format!("I would rather not have {name} near"),
    }
}

/// Under a "not near" answer: that person is never told, whatever the child chooses.
pub fn never_told(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("{name} hoort dit nooit."),
        Lang::En => format!("{name} is never told this."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words a child must never read in child mode, in any language.
    const RISK_WORDS: [&str; 14] = [
        "risico",
        "gevaar",
        "geweld",
        "misbruik",
        "zorg",
        "mishandel",
        "bedreig",
        "risk",
        "danger",
        "violence",
        "abuse",
        "worr",
        "threat",
        "harm",
    ];

    #[test]
    fn every_text_exists_and_says_nothing_about_risk() {
        for lang in Lang::ALL {
            let mut all: Vec<String> = Text::ALL.iter().map(|k| text(lang, *k).to_owned()).collect();
            all.extend(Ring::all().map(|r| ring_name(lang, r).to_owned()));
            all.extend((0..=10).map(|n| path_stone(lang, n)));
            all.push(perspective_name(lang, "Mila"));
            for kind in [Said::Safe, Said::Helps, Said::SafeAndHelps, Said::SeeMore, Said::NotNear] {
                all.push(said(lang, kind, "Papa"));
            }
            all.push(never_told(lang, "Papa"));
            for words in all {
                assert!(!words.trim().is_empty());
                let lower = words.to_lowercase();
                for risk in RISK_WORDS {
                    assert!(!lower.contains(risk), "‘{words}’ contains ‘{risk}’");
                }
            }
        }
    }
}
