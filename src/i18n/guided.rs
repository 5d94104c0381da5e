//! Words of the guided session: the questions a session leader asks a family,
//! one screen at a time, in plain words (Dutch at B1 level, the default, and English), and
//! the leader's tips. The steps themselves are in `guided`; the screens in `ui::guided`.
//!
//! Every function matches exhaustively per language, so a new step or text does not
//! compile until every language can say it.

use super::Lang;
pub use crate::guided::Step;
use crate::model::Sector;

/// The short name of a step, for the list of steps.
pub fn step_name(lang: Lang, step: Step) -> &'static str {
    use Step as S;
    match lang {
        Lang::Nl => match step {
            S::People(Sector::Household) => "In huis",
            S::People(Sector::Family) => "Familie",
            S::People(Sector::Friends) => "Vrienden",
            S::People(Sector::Community) => "Buurt, club, kerk of moskee",
            S::People(Sector::SchoolWork) => "School en werk",
            S::People(Sector::Professionals) => "Hulpverleners",
            S::WhoHelps => "Wie helpt wie",
            S::Comfort => "Bang of verdrietig",
            S::Worries => "Zorgen",
            S::Meeting => "Netwerkberaad",
        },
        Lang::En => match step {
            S::People(Sector::Household) => "At home",
            S::People(Sector::Family) => "Family",
            S::People(Sector::Friends) => "Friends",
            S::People(Sector::Community) => "Street, club, church or mosque",
            S::People(Sector::SchoolWork) => "School and work",
            S::People(Sector::Professionals) => "Professionals",
            S::WhoHelps => "Who helps whom",
            S::Comfort => "Scared or sad",
            S::Worries => "Worries",
            S::Meeting => "Network meeting",
        },
    }
}

/// The question, as the leader could say it out loud.
pub fn question(lang: Lang, step: Step) -> &'static str {
    use Step as S;
    match lang {
        Lang::Nl => match step {
            S::People(Sector::Household) => "Wie woont er bij jou in huis?",
            S::People(Sector::Family) => "Welke familie zie of spreek je?",
            S::People(Sector::Friends) => "Wie zijn je vrienden?",
            S::People(Sector::Community) => "Wie ken je uit de straat, de buurt, de club, de kerk of de moskee?",
            S::People(Sector::SchoolWork) => "Wie ken je van school of van je werk?",
            S::People(Sector::Professionals) => "Welke hulpverleners zijn er bij jullie betrokken?",
            S::WhoHelps => "Wie helpt wie, en waarmee?",
            S::Comfort => "Naar wie ga je als je bang of verdrietig bent?",
            S::Worries => "Waar maken jullie je zorgen over?",
            S::Meeting => "Wie zou er naar een netwerkberaad kunnen komen?",
        },
        Lang::En => match step {
            S::People(Sector::Household) => "Who lives with you?",
            S::People(Sector::Family) => "Which family do you see or talk to?",
            S::People(Sector::Friends) => "Who are your friends?",
            S::People(Sector::Community) => {
                "Who do you know from your street, the neighbourhood, a club, church or mosque?"
            }
            S::People(Sector::SchoolWork) => "Who do you know from school or work?",
            S::People(Sector::Professionals) => "Which professionals are involved with your family?",
            S::WhoHelps => "Who helps whom, and with what?",
            S::Comfort => "Who do you go to when you are scared or sad?",
            S::Worries => "Where are the worries?",
            S::Meeting => "Who could come to a network meeting?",
        },
    }
}

/// One or two plain sentences under the question.
pub fn explanation(lang: Lang, step: Step) -> &'static str {
    use Step as S;
    match lang {
        Lang::Nl => match step {
            S::People(Sector::Household) => "Noem iedereen die bij jou woont. Ook de kinderen en de huisdieren.",
            S::People(Sector::Family) => {
                "Denk aan opa en oma, ooms en tantes, broers en zussen die ergens anders wonen."
            }
            S::People(Sector::Friends) => "Mensen bij wie je langs kunt gaan, of die je belt of appt.",
            S::People(Sector::Community) => "De buurvrouw, de trainer van de club, iemand van de kerk of de moskee.",
            S::People(Sector::SchoolWork) => "De juf of meester, een mentor, collega's of de baas.",
            S::People(Sector::Professionals) => "Bijvoorbeeld het wijkteam, de huisarts, jeugdzorg of de schuldhulp.",
            S::WhoHelps => "Kies wie helpt, wie er hulp krijgt en wat voor hulp het is.",
            S::Comfort => "Kies wie er bang of verdrietig is, en naar wie die persoon dan gaat.",
            S::Worries => "Kies van wie de zorg komt, om wie het gaat en wat er gebeurt.",
            S::Meeting => "In een netwerkberaad maken jullie samen met de mensen om jullie heen een plan.",
        },
        Lang::En => match step {
            S::People(Sector::Household) => "Name everyone who lives with you. The children and the pets too.",
            S::People(Sector::Family) => {
                "Think of grandparents, uncles and aunts, brothers and sisters who live elsewhere."
            }
            S::People(Sector::Friends) => "People you can drop in on, or who you call or text.",
            S::People(Sector::Community) => "The neighbour, the coach at the club, someone from church or the mosque.",
            S::People(Sector::SchoolWork) => "The teacher, a mentor, colleagues or the boss.",
            S::People(Sector::Professionals) => {
                "For example the local care team, the GP, youth care or debt counselling."
            }
            S::WhoHelps => "Choose who helps, who gets the help and what kind of help it is.",
            S::Comfort => "Choose who is scared or sad, and who they go to then.",
            S::Worries => "Choose who the worry comes from, who it is about and what happens.",
            S::Meeting => "In a network meeting you make a plan together with the people around you.",
        },
    }
}

/// Tips for the person leading the session, for this step.
pub fn tips(lang: Lang, step: Step) -> &'static [&'static str] {
    use Step as S;
    match lang {
        Lang::Nl => match step {
            S::People(Sector::Household) => &[
                "Laat de familie zelf de namen zeggen en zelf typen als ze dat willen.",
                "Vraag ook naar wie er soms blijft slapen.",
            ],
            S::People(Sector::Family) => &[
                "Vraag ook naar familie met wie het contact slecht is: die kan later toch belangrijk zijn.",
                "Laat de familie zelf kiezen hoe dichtbij iemand staat.",
            ],
            S::People(Sector::Friends) => {
                &["Geen vrienden noemen is ook een antwoord. Wacht even: vaak komt er nog iemand."]
            }
            S::People(Sector::Community) => {
                &["Denk aan de kapper, de moskee of de kerk, de moeders op het schoolplein, de sportclub."]
            }
            S::People(Sector::SchoolWork) => &["Vraag de kinderen zelf naar hun juf, meester of mentor."],
            S::People(Sector::Professionals) => &[
                "Zet alleen hulpverleners op de kaart die de familie zelf noemt.",
                "Ben je zelf betrokken? Dan hoor jij er ook bij.",
            ],
            S::WhoHelps => &["Vraag ook wat de familie zelf voor anderen doet. Helpen gaat vaak twee kanten op."],
            S::Comfort => {
                &["Vraag het kind apart, zonder de ouders erbij, als dat kan.", "Gebruik de woorden van het kind."]
            }
            S::Worries => &[
                "Vraag het kind apart, zonder de ouders erbij.",
                "Beschrijf wat er gebeurt, niet wat iemand is.",
                "Is een kind nu niet veilig? Volg dan je meldcode.",
            ],
            S::Meeting => &["Vraag wie er zeker bij moet zijn, en wie liever niet. Vraag ook waarom."],
        },
        Lang::En => match step {
            S::People(Sector::Household) => &[
                "Let the family say the names themselves, and type them if they want to.",
                "Ask about people who sometimes stay the night, too.",
            ],
            S::People(Sector::Family) => &[
                "Ask about family they are not on good terms with as well: they may matter later.",
                "Let the family place people themselves: they decide how close someone is.",
            ],
            S::People(Sector::Friends) => {
                &["Naming no friends is an answer too. Wait a moment: often someone comes to mind."]
            }
            S::People(Sector::Community) => {
                &["Think of the hairdresser, the mosque or church, parents at the school gate, the sports club."]
            }
            S::People(Sector::SchoolWork) => &["Ask the children themselves about their teacher or mentor."],
            S::People(Sector::Professionals) => &[
                "Only put professionals on the map that the family names themselves.",
                "Are you involved yourself? Then you belong on the map too.",
            ],
            S::WhoHelps => &["Ask what the family does for others as well. Help often goes both ways."],
            S::Comfort => &["Ask the child separately, without the parents, if you can.", "Use the child's own words."],
            S::Worries => &[
                "Ask the child separately, without the parents.",
                "Describe what happens, not what someone is.",
                "Is a child not safe right now? Then follow your reporting code.",
            ],
            S::Meeting => &["Ask who must be there, and who they would rather not invite. Ask why, too."],
        },
    }
}

/// Words on the screens of the guided session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    Steps,
    Previous,
    Next,
    Skip,
    Skipped,
    Answered,
    LeaderTips,
    Name,
    RoleHint,
    IsChild,
    HowClose,
    PutOnMap,
    NobodyYet,
    NameNeeded,
    Helper,
    Helped,
    WithWhat,
    WhoIsScared,
    GoesTo,
    WorryFrom,
    WorryAbout,
    WhatHappens,
    AddTie,
    TwoDifferentPersons,
    PersonsFirst,
    TiesSoFar,
    MapSoFar,
    Invite,
    Finish,
    BackToMap,
}

impl Text {
    pub const ALL: [Text; 30] = [
        Text::Steps,
        Text::Previous,
        Text::Next,
        Text::Skip,
        Text::Skipped,
        Text::Answered,
        Text::LeaderTips,
        Text::Name,
        Text::RoleHint,
        Text::IsChild,
        Text::HowClose,
        Text::PutOnMap,
        Text::NobodyYet,
        Text::NameNeeded,
        Text::Helper,
        Text::Helped,
        Text::WithWhat,
        Text::WhoIsScared,
        Text::GoesTo,
        Text::WorryFrom,
        Text::WorryAbout,
        Text::WhatHappens,
        Text::AddTie,
        Text::TwoDifferentPersons,
        Text::PersonsFirst,
        Text::TiesSoFar,
        Text::MapSoFar,
        Text::Invite,
        Text::Finish,
        Text::BackToMap,
    ];
}

pub fn text(lang: Lang, text: Text) -> &'static str {
    use Text as T;
    match lang {
        Lang::Nl => match text {
            T::Steps => "Stappen",
            T::Previous => "Vorige",
            T::Next => "Volgende",
            T::Skip => "Sla over",
            T::Skipped => "overgeslagen",
            T::Answered => "ingevuld",
            T::LeaderTips => "Tips voor de gespreksleider",
            T::Name => "Naam",
            T::RoleHint => "Wie is het voor jullie? Bijvoorbeeld oma, buurman of juf (mag leeg blijven)",
            T::IsChild => "Dit is een kind",
            T::HowClose => "Hoe dichtbij?",
            T::PutOnMap => "Zet op de kaart",
            T::NobodyYet => "Nog niemand.",
            T::NameNeeded => "Schrijf eerst een naam.",
            T::Helper => "Wie helpt?",
            T::Helped => "Wie krijgt de hulp?",
            T::WithWhat => "Waarmee?",
            T::WhoIsScared => "Wie is er bang of verdrietig?",
            T::GoesTo => "Naar wie gaat die dan?",
            T::WorryFrom => "Wie doet het?",
            T::WorryAbout => "Bij wie gebeurt het?",
            T::WhatHappens => "Wat gebeurt er?",
            T::AddTie => "Zet de verbinding op de kaart",
            T::TwoDifferentPersons => "Kies twee verschillende mensen.",
            T::PersonsFirst => "Zet eerst mensen op de kaart, in de stappen hiervoor.",
            T::TiesSoFar => "Al op de kaart",
            T::MapSoFar => "De kaart tot nu toe",
            T::Invite => "Uitnodigen",
            T::Finish => "Klaar: naar de kaart",
            T::BackToMap => "Terug naar de kaart",
        },
        Lang::En => match text {
            T::Steps => "Steps",
            T::Previous => "Previous",
            T::Next => "Next",
            T::Skip => "Skip",
            T::Skipped => "skipped",
            T::Answered => "answered",
            T::LeaderTips => "Tips for the session leader",
            T::Name => "Name",
            T::RoleHint => "Who are they to you? For example grandma, neighbour or teacher (may stay empty)",
            T::IsChild => "This is a child",
            T::HowClose => "How close?",
            T::PutOnMap => "Put on the map",
            T::NobodyYet => "Nobody yet.",
            T::NameNeeded => "Write a name first.",
            T::Helper => "Who helps?",
            T::Helped => "Who gets the help?",
            T::WithWhat => "With what?",
            T::WhoIsScared => "Who is scared or sad?",
            T::GoesTo => "Who do they go to then?",
            T::WorryFrom => "Who does it?",
            T::WorryAbout => "Who does it happen to?",
            T::WhatHappens => "What happens?",
            T::AddTie => "Put the tie on the map",
            T::TwoDifferentPersons => "Choose two different people.",
            T::PersonsFirst => "First put people on the map, in the steps before this one.",
            T::TiesSoFar => "On the map already",
            T::MapSoFar => "The map so far",
            T::Invite => "Invite",
            T::Finish => "Done: go to the map",
            T::BackToMap => "Back to the map",
        },
    }
}

/// "Step 3 of 10".
pub fn step_of(lang: Lang, number: usize, total: usize) -> String {
    match lang {
        Lang::Nl => format!("Stap {number} van {total}"),
        Lang::En => format!("Step {number} of {total}"),
    }
}

/// What the small drawing shows, for screen readers and as its caption.
pub fn map_summary(lang: Lang, persons: usize, ties: usize) -> String {
    let (p, t) = match lang {
        Lang::Nl => (
            if persons == 1 { "1 persoon".to_owned() } else { format!("{persons} mensen") },
            if ties == 1 { "1 verbinding".to_owned() } else { format!("{ties} verbindingen") },
        ),
        Lang::En => (
            if persons == 1 { "1 person".to_owned() } else { format!("{persons} people") },
            if ties == 1 { "1 tie".to_owned() } else { format!("{ties} ties") },
        ),
    };
    match lang {
        Lang::Nl => format!("{p} en {t} op de kaart"),
        Lang::En => format!("{p} and {t} on the map"),
    }
}

/// Said after a person was put on the map (read by screen readers).
pub fn person_added(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("{name} staat op de kaart."),
        Lang::En => format!("{name} is on the map."),
    }
}

/// The accessible name of the invite switch for one person.
pub fn invite_person(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("{name} uitnodigen"),
        Lang::En => format!("Invite {name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_and_text_has_words_in_every_language() {
        for lang in Lang::ALL {
            for step in Step::ALL {
                assert!(!step_name(lang, step).is_empty());
                assert!(question(lang, step).ends_with('?'), "{step:?} in {} is not a question", lang.code());
                assert!(!explanation(lang, step).is_empty());
                assert!(!tips(lang, step).is_empty());
            }
            for key in Text::ALL {
                assert!(!text(lang, key).trim().is_empty(), "{key:?} has no {} text", lang.code());
            }
        }
    }

    #[test]
    fn the_issue_names_every_question() {
        assert_eq!(question(Lang::En, Step::People(Sector::Household)), "Who lives with you?");
        assert_eq!(question(Lang::En, Step::Comfort), "Who do you go to when you are scared or sad?");
        assert_eq!(Step::Meeting.index(), Step::ALL.len() - 1);
        assert!(tips(Lang::En, Step::Comfort).iter().any(|t| t.contains("separately")));
    }

    #[test]
    fn counts_read_naturally() {
        assert_eq!(map_summary(Lang::Nl, 1, 0), "1 persoon en 0 verbindingen op de kaart");
        assert_eq!(map_summary(Lang::En, 10, 1), "10 people and 1 tie on the map");
        assert_eq!(step_of(Lang::Nl, 3, 10), "Stap 3 van 10");
    }
}
