//! Insights as sentences, in plain language (B1): short sentences, ordinary words, and
//! persons called by their names. One exhaustive `match` per language, so a new kind of
//! insight does not compile until every language can say it.

use super::{counted, join_words, t, Key, Lang};
use crate::analysis::Insight;
use crate::model::{ChildSafety, Factor, FamilyMap, PersonId, RiskType, Sector};

/// Name lists longer than this end in "and N others", so a sentence stays readable.
const NAMES_SHOWN: usize = 5;

pub fn sentence(lang: Lang, insight: &Insight, map: &FamilyMap) -> String {
    let names = Names { lang, map };
    match lang {
        Lang::Nl => dutch(insight, &names),
        Lang::En => english(insight, &names),
    }
}

fn dutch(insight: &Insight, n: &Names) -> String {
    match insight {
        Insight::SeriousRisk { person, against, risks, reported_by, .. } => {
            let mut text = format!("Er zijn zorgen over wat {} doet tegen {}", n.one(*person), n.one(*against));
            text += &n.risks(risks);
            if !reported_by.is_empty() {
                text += &format!(" Dat zegt {}.", n.join(reported_by));
            }
            text
        }
        Insight::NoProtectiveAdult { child, professionals } => {
            let child = n.one(*child);
            let mut text = format!("{child} heeft geen veilige volwassene buiten het gezin.");
            if !professionals.is_empty() {
                text += &format!(
                    " Alleen professionals helpen {child}: {}. Wie blijft er als de hulp stopt?",
                    n.list(professionals)
                );
            }
            text
        }
        Insight::SupportAndRisk { person, child, otherwise_protective, .. } => {
            let (person, child) = (n.one(*person), n.one(*child));
            let mut text = format!("{person} helpt {child}. Er zijn ook zorgen over wat {person} doet tegen {child}.");
            if *otherwise_protective {
                text += &format!(" Daarom telt {person} nu niet als veilige volwassene voor {child}.");
            }
            text
        }
        Insight::HarmsHousehold { person, child, harmed, .. } => {
            let (person, child) = (n.one(*person), n.one(*child));
            format!(
                "{person} helpt {child}. Er zijn ook zorgen over wat {person} doet tegen {}. \
                 Daarom telt {person} nu niet als veilige volwassene voor {child}.",
                n.list(harmed)
            )
        }
        Insight::KeptFromChild { person, child, safety } => {
            let (person, child) = (n.one(*person), n.one(*child));
            match safety {
                ChildSafety::NoContact => format!(
                    "{person} helpt {child}, maar heeft nu geen contact met {child}. \
                     Daarom telt {person} niet als veilige volwassene."
                ),
                _ => format!(
                    "{person} helpt {child}, maar ziet {child} alleen onder toezicht. \
                     Daarom telt {person} niet als veilige volwassene."
                ),
            }
        }
        Insight::ChildRatherNotNear { child, person } => {
            let child = n.one(*child);
            format!(
                "{child} wil {} liever niet dichtbij. Praat met {child} over wat {child} nodig heeft.",
                n.one(*person)
            )
        }
        Insight::ProtectingParent { child, parent, .. } => {
            format!("{} helpt {} en beschermt {} thuis.", n.one(*parent), n.one(*child), n.one(*child))
        }
        Insight::SinglePointOfFailure { child, supporter, .. } => {
            let child = n.one(*child);
            format!(
                "{child} heeft maar één veilige volwassene buiten het gezin: {supporter}. \
                 Als {supporter} er niet meer is, heeft {child} buiten het gezin niemand. Wie kan er nog bij?",
                supporter = n.one(*supporter)
            )
        }
        Insight::SupportBottleneck { child, through, .. } => {
            let child = n.one(*child);
            let who = if through.len() == 1 { n.one(through[0]) } else { "een van hen".to_string() };
            format!(
                "De steun van buiten het gezin voor {child} hangt af van {}. \
                 Als {who} er niet meer is, krijgt {child} geen steun meer van buiten het gezin.",
                n.list(through)
            )
        }
        Insight::ProfessionalsOutnumber { professionals, informal } => format!(
            "Het gezin heeft {} en {} uit het eigen netwerk. De hulp komt vooral van professionals; \
             het eigen netwerk is klein.",
            counted(*professionals, "professional", "professionals"),
            people_nl(*informal),
        ),
        Insight::GivesWithoutReceiving { person, receivers, .. } => {
            let person = n.one(*person);
            format!(
                "{person} helpt {}, maar krijgt zelf van niemand steun. Misschien wordt het {person} te veel.",
                n.list(receivers)
            )
        }
        Insight::EmptySector { sector } => {
            let who = n.household_adult().unwrap_or_else(|| "het gezin".to_owned());
            match sector {
                Sector::Family => format!("Wie hoort bij de familie van {who}?"),
                Sector::Friends => format!("Wie zijn de vrienden van {who}?"),
                Sector::Community => format!("Wie kent {who} uit de buurt, een club of de kerk of moskee?"),
                Sector::SchoolWork => format!("Wie kent {who} van school of werk?"),
                Sector::Professionals => format!("Welke hulpverleners kent {who}?"),
                Sector::Household => format!("Wie woont er bij {who} thuis?"),
            }
        }
        Insight::ProtectiveAdults { child, adults, .. } => format!(
            "{} heeft {} veilige volwassenen buiten het gezin: {}.",
            n.one(*child),
            number_nl(adults.len()),
            n.list(adults)
        ),
        Insight::InformalOutnumbers { professionals, informal } => format!(
            "Het eigen netwerk is groter dan de hulp van professionals: {} tegen {}.",
            counted(*informal, "persoon", "personen"),
            counted(*professionals, "professional", "professionals"),
        ),
        Insight::MutualSupport { pairs, .. } => match pairs.len() {
            0 => "Steun gaat nergens twee kanten op: wie steun geeft, krijgt die niet terug.".to_string(),
            count if count <= NAMES_SHOWN => n.each_pair(pairs, |a, b| format!("{a} en {b} steunen elkaar.")),
            count => format!("In {} gaat steun twee kanten op.", counted(count, "relatie", "relaties")),
        },
        Insight::PlaysARole { factor, persons, for_it, professionals } => {
            n.plays_a_role(*factor, persons, for_it, *professionals)
        }
    }
}

fn english(insight: &Insight, n: &Names) -> String {
    match insight {
        Insight::SeriousRisk { person, against, risks, reported_by, .. } => {
            let mut text = format!("There are worries about what {} does to {}", n.one(*person), n.one(*against));
            text += &n.risks(risks);
            if !reported_by.is_empty() {
                text += &format!(" {} says so.", n.join(reported_by));
            }
            text
        }
        Insight::NoProtectiveAdult { child, professionals } => {
            let child = n.one(*child);
            let mut text = format!("{child} has no safe adult outside the household.");
            if !professionals.is_empty() {
                text += &format!(
                    " Only professionals help {child}: {}. Who stays when the help stops?",
                    n.list(professionals)
                );
            }
            text
        }
        Insight::SupportAndRisk { person, child, otherwise_protective, .. } => {
            let (person, child) = (n.one(*person), n.one(*child));
            let mut text =
                format!("{person} helps {child}. There are also worries about what {person} does to {child}.");
            if *otherwise_protective {
                text += &format!(" So {person} does not count as a safe adult for {child} now.");
            }
            text
        }
        Insight::HarmsHousehold { person, child, harmed, .. } => {
            let (person, child) = (n.one(*person), n.one(*child));
            format!(
                "{person} helps {child}. There are also worries about what {person} does to {}. \
                 So {person} does not count as a safe adult for {child} now.",
                n.list(harmed)
            )
        }
        Insight::KeptFromChild { person, child, safety } => {
            let (person, child) = (n.one(*person), n.one(*child));
            match safety {
                ChildSafety::NoContact => format!(
                    "{person} helps {child}, but has no contact with {child} now. \
                     So {person} does not count as a safe adult."
                ),
                _ => format!(
                    "{person} helps {child}, but sees {child} only under supervision. \
                     So {person} does not count as a safe adult."
                ),
            }
        }
        Insight::ChildRatherNotNear { child, person } => {
            let child = n.one(*child);
            format!("{child} would rather not be near {}. Talk with {child} about what {child} needs.", n.one(*person))
        }
        Insight::ProtectingParent { child, parent, .. } => {
            format!("{} helps {} and protects {} at home.", n.one(*parent), n.one(*child), n.one(*child))
        }
        Insight::SinglePointOfFailure { child, supporter, .. } => {
            let child = n.one(*child);
            format!(
                "{child} has only one safe adult outside the household: {supporter}. \
                 If {supporter} is no longer there, {child} has no one outside the household. Who else could help?",
                supporter = n.one(*supporter)
            )
        }
        Insight::SupportBottleneck { child, through, .. } => {
            let child = n.one(*child);
            let who = if through.len() == 1 { n.one(through[0]) } else { "one of them".to_string() };
            format!(
                "{child}'s support from outside the household depends on {}. \
                 If {who} is no longer there, {child} gets no more support from outside the household.",
                n.list(through)
            )
        }
        Insight::ProfessionalsOutnumber { professionals, informal } => format!(
            "The family has {} and {} from its own network. Most help comes from professionals; \
             the family's own network is small.",
            counted(*professionals, "professional", "professionals"),
            people_en(*informal),
        ),
        Insight::GivesWithoutReceiving { person, receivers, .. } => {
            let person = n.one(*person);
            format!(
                "{person} supports {}, but gets support from no one. It may become too much for {person}.",
                n.list(receivers)
            )
        }
        Insight::EmptySector { sector } => {
            let who = n.household_adult().unwrap_or_else(|| "the family".to_owned());
            match sector {
                Sector::Family => format!("Who is in {who}’s family?"),
                Sector::Friends => format!("Who are {who}’s friends?"),
                Sector::Community => {
                    format!("Who does {who} know from the neighbourhood, a club or a place of worship?")
                }
                Sector::SchoolWork => format!("Who does {who} know from school or work?"),
                Sector::Professionals => format!("Which professionals does {who} know?"),
                Sector::Household => format!("Who lives at home with {who}?"),
            }
        }
        Insight::ProtectiveAdults { child, adults, .. } => format!(
            "{} has {} safe adults outside the household: {}.",
            n.one(*child),
            number_en(adults.len()),
            n.list(adults)
        ),
        Insight::InformalOutnumbers { professionals, informal } => format!(
            "The family's own network is larger than the professional help: {} against {}.",
            counted(*informal, "person", "people"),
            counted(*professionals, "professional", "professionals"),
        ),
        Insight::MutualSupport { pairs, .. } => match pairs.len() {
            0 => "Support never goes both ways: whoever gives support does not get it back.".to_string(),
            count if count <= NAMES_SHOWN => n.each_pair(pairs, |a, b| format!("{a} and {b} support each other.")),
            count => format!("In {} support goes both ways.", counted(count, "relationship", "relationships")),
        },
        Insight::PlaysARole { factor, persons, for_it, professionals } => {
            n.plays_a_role(*factor, persons, for_it, *professionals)
        }
    }
}

/// Looks up what sentences mention: persons by name, sectors by their label.
struct Names<'a> {
    lang: Lang,
    map: &'a FamilyMap,
}

impl Names<'_> {
    /// The first adult who lives in the household (the one to ask about their network).
    fn household_adult(&self) -> Option<String> {
        self.map.persons().iter().find(|p| p.in_centre() && !p.child).map(|p| p.name.clone())
    }

    fn one(&self, id: PersonId) -> String {
        match self.map.person(id) {
            Some(person) => person.name.clone(),
            // Only when an insight outlives an edit that removed the person.
            None => match self.lang {
                Lang::Nl => "iemand".to_string(),
                Lang::En => "someone".to_string(),
            },
        }
    }

    /// ": bedreigen, kleineren of uitschelden." / "." when no type is known.
    fn risks(&self, risks: &[RiskType]) -> String {
        if risks.is_empty() {
            return ".".to_owned();
        }
        let names: Vec<String> = risks.iter().map(|r| t(self.lang, Key::RiskTypeName(*r)).to_lowercase()).collect();
        format!(": {}.", self.join(&names))
    }

    /// "A, B en C" / "A, B and C"; long lists end in "en 3 anderen" / "and 3 others".
    fn list(&self, ids: &[PersonId]) -> String {
        let mut parts: Vec<String> = ids.iter().take(NAMES_SHOWN).map(|id| self.one(*id)).collect();
        let rest = ids.len().saturating_sub(NAMES_SHOWN);
        if rest > 0 {
            parts.push(match self.lang {
                Lang::Nl => counted(rest, "ander", "anderen"),
                Lang::En => counted(rest, "other", "others"),
            });
        }
        self.join(&parts)
    }

    /// One short sentence per pair: easier to read than one long list of pairs.
    fn each_pair(&self, pairs: &[(PersonId, PersonId)], say: impl Fn(String, String) -> String) -> String {
        let sentences: Vec<String> = pairs.iter().map(|(a, b)| say(self.one(*a), self.one(*b))).collect();
        sentences.join(" ")
    }

    fn plays_a_role(&self, factor: Factor, persons: &[PersonId], for_it: &[PersonId], professionals: usize) -> String {
        let who = (!persons.is_empty()).then(|| self.list(persons));
        super::factors::plays_a_role(self.lang, factor, who.as_deref(), &self.list(for_it), for_it.len(), professionals)
    }

    fn join(&self, parts: &[String]) -> String {
        join_words(self.lang, parts)
    }
}

fn people_nl(count: usize) -> String {
    if count == 0 {
        "niemand".to_string()
    } else {
        counted(count, "persoon", "personen")
    }
}

fn people_en(count: usize) -> String {
    if count == 0 {
        "no one".to_string()
    } else {
        counted(count, "person", "people")
    }
}

/// Small numbers in words read easier: "twee veilige volwassenen".
fn number_nl(count: usize) -> String {
    const WORDS: [&str; 11] = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"];
    WORDS.get(count).map_or_else(|| count.to_string(), |w| w.to_string())
}

fn number_en(count: usize) -> String {
    const WORDS: [&str; 11] = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    WORDS.get(count).map_or_else(|| count.to_string(), |w| w.to_string())
}
