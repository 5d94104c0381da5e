//! Words of the meeting pack: section titles, labels, and the sentences about problems in a
//! meeting. Dutch on B1 level (the default) and English; the child version uses even
//! simpler words and never the words for risk. The tie vocabulary (support and risk types,
//! strength, frequency) is the editor's, from `i18n::t`, so the pack says what the map says.
//!
//! Every function matches exhaustively per language: a new section, role or problem does not
//! compile until every language can say it.

use super::{t, Key, Lang};
use crate::meeting::{
    participant_name, Audience, ConsentRule, Invitation, Meeting, MeetingProblem, MeetingRole, Place, SectionKind,
    Shown, Who,
};
use crate::model::{Age, FamilyMap};

pub fn section_title(lang: Lang, kind: SectionKind) -> &'static str {
    use SectionKind as S;
    match lang {
        Lang::Nl => match kind {
            S::Participants => "Wie zijn er uitgenodigd?",
            S::Persons => "Wie staan er op de kaart?",
            S::Ties => "Wie doet wat voor wie?",
            S::TiesWithRisks => "Wie doet wat voor wie, en wie doet wat tegen wie?",
            S::Worries => "Waar maken we ons zorgen over?",
            S::GoingWell => "Wat gaat goed?",
            S::BottomLines => "Grenzen voor veiligheid (niet onderhandelbaar)",
            S::Agreements => "Afspraken: wie doet wat, voor wie, wanneer",
            S::RedFlags => "Als het misgaat: wie belt wie",
            S::Scales => "Hoe veilig is het nu? (0–10)",
            S::Monitoring => "Wie houdt de afspraken in de gaten?",
            S::ChildVoice => "Wat ik wil dat jullie weten",
            S::WhoHelpsMe => "Wie helpt mij?",
            S::WhoICanGoTo => "Bij wie kan ik terecht?",
            S::AgreementsAboutMe => "Afspraken over mij",
            S::MyWords => "Wat ik wil dat jullie weten",
        },
        Lang::En => match kind {
            S::Participants => "Who is invited?",
            S::Persons => "Who is on the map?",
            S::Ties => "Who does what for whom?",
            S::TiesWithRisks => "Who does what for whom, and who does what against whom?",
            S::Worries => "What are we worried about?",
            S::GoingWell => "What is going well?",
            S::BottomLines => "Bottom lines for safety (not negotiable)",
            S::Agreements => "Agreements: who does what, for whom, when",
            S::RedFlags => "If things go wrong: who calls whom",
            S::Scales => "How safe is it now? (0–10)",
            S::Monitoring => "Who keeps an eye on the agreements?",
            S::ChildVoice => "What I want you to know",
            S::WhoHelpsMe => "Who helps me?",
            S::WhoICanGoTo => "Who can I go to?",
            S::AgreementsAboutMe => "Agreements about me",
            S::MyWords => "What I want you to know",
        },
    }
}

/// The name of a version of the pack, for its page header.
pub fn audience_name(lang: Lang, audience: Audience) -> &'static str {
    match (lang, audience) {
        (Lang::Nl, Audience::FamilyAndProfessionals) => "Voor het gezin en de professionals",
        (Lang::Nl, Audience::Network) => "Voor het netwerk",
        (Lang::Nl, Audience::Child(_)) => "Mijn plan",
        (Lang::En, Audience::FamilyAndProfessionals) => "For the family and the professionals",
        (Lang::En, Audience::Network) => "For the network",
        (Lang::En, Audience::Child(_)) => "My plan",
    }
}

pub fn role_name(lang: Lang, role: MeetingRole) -> &'static str {
    use MeetingRole as R;
    match lang {
        Lang::Nl => match role {
            R::FamilyMember => "Gezinslid of familie",
            R::NetworkMember => "Iemand uit het netwerk",
            R::Professional => "Professional",
            R::ExpertByExperience => "Ervaringsdeskundige",
            R::SupportFigure => "Steunfiguur van de jongere",
            R::Chair => "Voorzitter",
        },
        Lang::En => match role {
            R::FamilyMember => "Family member",
            R::NetworkMember => "Network member",
            R::Professional => "Professional",
            R::ExpertByExperience => "Expert by experience",
            R::SupportFigure => "Support figure for the young person",
            R::Chair => "Chair",
        },
    }
}

pub fn invitation_name(lang: Lang, invitation: Invitation) -> &'static str {
    match (lang, invitation) {
        (Lang::Nl, Invitation::Invited) => "Uitgenodigd",
        (Lang::Nl, Invitation::Confirmed) => "Komt",
        (Lang::Nl, Invitation::Declined) => "Komt niet",
        (Lang::En, Invitation::Invited) => "Invited",
        (Lang::En, Invitation::Confirmed) => "Coming",
        (Lang::En, Invitation::Declined) => "Not coming",
    }
}

/// The age rule as guidance next to the consent questions.
pub fn consent_rule_text(lang: Lang, rule: ConsentRule) -> &'static str {
    use ConsentRule as C;
    match lang {
        Lang::Nl => match rule {
            C::ParentsDecide => "Jonger dan 12: de ouders beslissen.",
            C::YoungPersonAndParents => "12 tot 16 jaar: de jongere én de ouders beslissen samen.",
            C::YoungPerson => "16 jaar of ouder: de jongere beslist zelf.",
            C::Ask => "Leeftijd onbekend: vraag wie er beslist.",
        },
        Lang::En => match rule {
            C::ParentsDecide => "Under 12: the parents decide.",
            C::YoungPersonAndParents => "12 to 16: the young person and the parents decide together.",
            C::YoungPerson => "16 or older: the young person decides alone.",
            C::Ask => "Age unknown: ask who decides.",
        },
    }
}

/// Small words and labels on the pack's pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Label {
    Date,
    Place,
    Chair,
    Purpose,
    ReviewDate,
    Phone,
    Email,
    Role,
    Age,
    Note,
    AccordingTo,
    Mutual,
    Deceased,
    SharedBy,
    NotSharedBy,
    SetBy,
    ForWhom,
    From,
    By,
    HowWeKnow,
    LinkedTies,
    AddsSupportTie,
    Does,
    Calls,
    Keeper,
    IfNotKept,
    MayAppear,
    MayReceivePlan,
    ConsentGivenBy,
    ConsentDate,
    ConsentComplete,
    ConsentIncomplete,
    NothingYet,
    Confidential,
    For,
}

impl Label {
    pub const ALL: [Label; 35] = [
        Label::Date,
        Label::Place,
        Label::Chair,
        Label::Purpose,
        Label::ReviewDate,
        Label::Phone,
        Label::Email,
        Label::Role,
        Label::Age,
        Label::Note,
        Label::AccordingTo,
        Label::Mutual,
        Label::Deceased,
        Label::SharedBy,
        Label::NotSharedBy,
        Label::SetBy,
        Label::ForWhom,
        Label::From,
        Label::By,
        Label::HowWeKnow,
        Label::LinkedTies,
        Label::AddsSupportTie,
        Label::Does,
        Label::Calls,
        Label::Keeper,
        Label::IfNotKept,
        Label::MayAppear,
        Label::MayReceivePlan,
        Label::ConsentGivenBy,
        Label::ConsentDate,
        Label::ConsentComplete,
        Label::ConsentIncomplete,
        Label::NothingYet,
        Label::Confidential,
        Label::For,
    ];
}

pub fn label(lang: Lang, label: Label) -> &'static str {
    use Label as L;
    match lang {
        Lang::Nl => match label {
            L::Date => "Datum",
            L::Place => "Plaats",
            L::Chair => "Voorzitter",
            L::Purpose => "Doel",
            L::ReviewDate => "We kijken opnieuw naar het plan op",
            L::Phone => "Telefoon",
            L::Email => "E-mail",
            L::Role => "Rol",
            L::Age => "Leeftijd",
            L::Note => "Notitie",
            L::AccordingTo => "Volgens",
            L::Mutual => "allebei",
            L::Deceased => "overleden",
            L::SharedBy => "Dit vinden",
            L::NotSharedBy => "Dit vinden niet",
            L::SetBy => "Gesteld door",
            L::ForWhom => "Voor wie",
            L::From => "Vanaf",
            L::By => "Uiterlijk",
            L::HowWeKnow => "Zo weten we dat het gebeurt",
            L::LinkedTies => "Hoort bij verbinding",
            L::AddsSupportTie => "Hierdoor komt er steun bij",
            L::Does => "Doet",
            L::Calls => "Belt",
            L::Keeper => "Houdt het plan in de gaten",
            L::IfNotKept => "Als de afspraken niet lukken",
            L::MayAppear => "Mag op de kaart voor het netwerk",
            L::MayReceivePlan => "Mag het plan krijgen",
            L::ConsentGivenBy => "Toestemming gegeven door",
            L::ConsentDate => "Datum toestemming",
            L::ConsentComplete => "Toestemming is compleet",
            L::ConsentIncomplete => "Toestemming is nog niet compleet",
            L::NothingYet => "Nog niets ingevuld.",
            L::Confidential => "Vertrouwelijk",
            L::For => "Voor",
        },
        Lang::En => match label {
            L::Date => "Date",
            L::Place => "Place",
            L::Chair => "Chair",
            L::Purpose => "Purpose",
            L::ReviewDate => "We look at the plan again on",
            L::Phone => "Phone",
            L::Email => "E-mail",
            L::Role => "Role",
            L::Age => "Age",
            L::Note => "Note",
            L::AccordingTo => "According to",
            L::Mutual => "both ways",
            L::Deceased => "deceased",
            L::SharedBy => "Shared by",
            L::NotSharedBy => "Not shared by",
            L::SetBy => "Set by",
            L::ForWhom => "For whom",
            L::From => "From",
            L::By => "By",
            L::HowWeKnow => "How we know it happens",
            L::LinkedTies => "Belongs to tie",
            L::AddsSupportTie => "This adds support",
            L::Does => "Does",
            L::Calls => "Calls",
            L::Keeper => "Keeps an eye on the plan",
            L::IfNotKept => "If the agreements are not kept",
            L::MayAppear => "May appear on the network's map",
            L::MayReceivePlan => "May receive the plan",
            L::ConsentGivenBy => "Consent given by",
            L::ConsentDate => "Date of consent",
            L::ConsentComplete => "Consent is complete",
            L::ConsentIncomplete => "Consent is not complete yet",
            L::NothingYet => "Nothing filled in yet.",
            L::Confidential => "Confidential",
            L::For => "For",
        },
    }
}

/// How a person or participant is called in a pack.
pub fn shown(lang: Lang, who: &Shown) -> String {
    match (lang, who) {
        (_, Shown::Named(name)) => name.clone(),
        (Lang::Nl, Shown::SomeoneFrom(sector)) => format!("iemand uit ‘{}’", t(lang, Key::Sector(*sector))),
        (Lang::En, Shown::SomeoneFrom(sector)) => format!("someone from ‘{}’", t(lang, Key::Sector(*sector))),
        (Lang::Nl, Shown::SomeoneAs(role)) => format!("iemand ({})", role_name(lang, *role).to_lowercase()),
        (Lang::En, Shown::SomeoneAs(role)) => format!("someone ({})", role_name(lang, *role).to_lowercase()),
        (Lang::Nl, Shown::Unknown) => "onbekend".to_owned(),
        (Lang::En, Shown::Unknown) => "unknown".to_owned(),
    }
}

pub fn age_text(lang: Lang, age: Age) -> String {
    match (lang, age) {
        (Lang::Nl, Age::Years(y)) => format!("{y} jaar"),
        (Lang::Nl, Age::BirthYear(y)) => format!("geboren in {y}"),
        (Lang::En, Age::Years(y)) => format!("{y} years"),
        (Lang::En, Age::BirthYear(y)) => format!("born in {y}"),
    }
}

/// What is wrong with a meeting, in a sentence that says where.
pub fn problem(lang: Lang, problem: &MeetingProblem, meeting: &Meeting, map: &FamilyMap) -> String {
    let n = Names { lang, meeting, map };
    use MeetingProblem as P;
    match lang {
        Lang::Nl => match problem {
            P::MeetingDateMissing => "Vul de datum van het beraad in.".to_owned(),
            P::InvalidDate { place, value } => {
                format!("{}: ‘{value}’ is geen datum. Schrijf die als jjjj-mm-dd.", n.place(*place))
            }
            P::ReviewDateMissing => "Vul in wanneer jullie opnieuw naar het plan kijken.".to_owned(),
            P::ReviewBeforeMeeting => "De datum om opnieuw naar het plan te kijken ligt vóór het beraad.".to_owned(),
            P::KeeperMissing => "Kies wie de afspraken in de gaten houdt.".to_owned(),
            P::UnknownPerson { place, .. } => {
                format!("{}: die persoon staat niet (meer) op de kaart.", n.place(*place))
            }
            P::UnknownParticipant { place, .. } => {
                format!("{}: die deelnemer staat niet (meer) op de lijst.", n.place(*place))
            }
            P::UnknownTie { place, .. } => {
                format!("{}: die verbinding staat niet (meer) op de kaart.", n.place(*place))
            }
            P::EmptyText { place } => format!("{}: er staat nog geen tekst.", n.place(*place)),
            P::DuplicateParticipant(id) => format!("Deelnemer {id} staat twee keer op de lijst."),
            P::InvitedTwice(person) => format!("{} staat twee keer op de lijst.", n.person(*person)),
            P::ParticipantWithoutName(_) => "Een deelnemer heeft geen naam.".to_owned(),
            P::ConsentIncomplete { participant, rule } => format!(
                "De toestemming van {} is niet compleet. {}",
                n.participant(*participant),
                consent_rule_text(lang, *rule)
            ),
            P::ConsentDateMissing(participant) => {
                format!("Vul in wanneer {} toestemming gaf.", n.participant(*participant))
            }
            P::SharedAndNotShared { worry, participant } => format!(
                "Zorg {}: {} staat bij ‘vindt dit ook’ én bij ‘vindt dit niet’.",
                worry + 1,
                n.participant(*participant)
            ),
            P::BottomLineNotByProfessional(index) => format!(
                "Grens {}: een grens voor veiligheid wordt gesteld door de verantwoordelijke professional.",
                index + 1
            ),
            P::AgreementDatesReversed(index) => {
                format!("Afspraak {}: de einddatum ligt vóór de begindatum.", index + 1)
            }
            P::SuggestionInvalid(index) => {
                format!("Afspraak {}: de steun die erbij komt past niet bij de kaart.", index + 1)
            }
            P::ScoreOutOfRange { participant, score } => {
                format!("{} gaf {score}, maar een cijfer gaat van 0 tot en met 10.", n.participant(*participant))
            }
            P::NotAChild { place, person } => {
                format!("{}: {} staat niet als kind op de kaart.", n.place(*place), n.person(*person))
            }
        },
        Lang::En => match problem {
            P::MeetingDateMissing => "Fill in the date of the meeting.".to_owned(),
            P::InvalidDate { place, value } => {
                format!("{}: ‘{value}’ is not a date. Write it as yyyy-mm-dd.", n.place(*place))
            }
            P::ReviewDateMissing => "Fill in when you will look at the plan again.".to_owned(),
            P::ReviewBeforeMeeting => "The date to look at the plan again is before the meeting.".to_owned(),
            P::KeeperMissing => "Choose who keeps an eye on the agreements.".to_owned(),
            P::UnknownPerson { place, .. } => format!("{}: that person is not on the map (any more).", n.place(*place)),
            P::UnknownParticipant { place, .. } => {
                format!("{}: that participant is not on the list (any more).", n.place(*place))
            }
            P::UnknownTie { place, .. } => format!("{}: that tie is not on the map (any more).", n.place(*place)),
            P::EmptyText { place } => format!("{}: there is no text yet.", n.place(*place)),
            P::DuplicateParticipant(id) => format!("Participant {id} is on the list twice."),
            P::InvitedTwice(person) => format!("{} is on the list twice.", n.person(*person)),
            P::ParticipantWithoutName(_) => "A participant has no name.".to_owned(),
            P::ConsentIncomplete { participant, rule } => format!(
                "The consent of {} is not complete. {}",
                n.participant(*participant),
                consent_rule_text(lang, *rule)
            ),
            P::ConsentDateMissing(participant) => {
                format!("Fill in when {} gave consent.", n.participant(*participant))
            }
            P::SharedAndNotShared { worry, participant } => format!(
                "Worry {}: {} is both among those who share it and those who do not.",
                worry + 1,
                n.participant(*participant)
            ),
            P::BottomLineNotByProfessional(index) => {
                format!("Bottom line {}: bottom lines for safety are set by the responsible professional.", index + 1)
            }
            P::AgreementDatesReversed(index) => {
                format!("Agreement {}: the end date is before the start date.", index + 1)
            }
            P::SuggestionInvalid(index) => {
                format!("Agreement {}: the support it adds does not fit the map.", index + 1)
            }
            P::ScoreOutOfRange { participant, score } => {
                format!("{} gave {score}, but a score goes from 0 to 10.", n.participant(*participant))
            }
            P::NotAChild { place, person } => {
                format!("{}: {} is not marked as a child on the map.", n.place(*place), n.person(*person))
            }
        },
    }
}

struct Names<'a> {
    lang: Lang,
    meeting: &'a Meeting,
    map: &'a FamilyMap,
}

impl Names<'_> {
    fn person(&self, id: crate::model::PersonId) -> String {
        match self.map.person(id) {
            Some(p) => p.name.clone(),
            None => shown(self.lang, &Shown::Unknown),
        }
    }

    fn participant(&self, id: crate::meeting::ParticipantId) -> String {
        match self.meeting.participant(id) {
            Some(p) => {
                let name = participant_name(self.map, p);
                if name.trim().is_empty() {
                    format!("{id}")
                } else {
                    name
                }
            }
            None => shown(self.lang, &Shown::Unknown),
        }
    }

    fn place(&self, place: Place) -> String {
        match (self.lang, place) {
            (Lang::Nl, Place::Meeting) => "Het beraad".to_owned(),
            (Lang::Nl, Place::Participant(id)) => format!("Deelnemer {}", self.participant(id)),
            (Lang::Nl, Place::Worry(i)) => format!("Zorg {}", i + 1),
            (Lang::Nl, Place::GoingWell(i)) => format!("Wat goed gaat {}", i + 1),
            (Lang::Nl, Place::BottomLine(i)) => format!("Grens {}", i + 1),
            (Lang::Nl, Place::Agreement(i)) => format!("Afspraak {}", i + 1),
            (Lang::Nl, Place::RedFlag(i)) => format!("Als het misgaat {}", i + 1),
            (Lang::Nl, Place::Scale(i)) => format!("Cijfer {}", i + 1),
            (Lang::Nl, Place::Monitoring) => "In de gaten houden".to_owned(),
            (Lang::Nl, Place::ChildVoice(i)) => format!("Woorden van het kind {}", i + 1),
            (Lang::En, Place::Meeting) => "The meeting".to_owned(),
            (Lang::En, Place::Participant(id)) => format!("Participant {}", self.participant(id)),
            (Lang::En, Place::Worry(i)) => format!("Worry {}", i + 1),
            (Lang::En, Place::GoingWell(i)) => format!("Going well {}", i + 1),
            (Lang::En, Place::BottomLine(i)) => format!("Bottom line {}", i + 1),
            (Lang::En, Place::Agreement(i)) => format!("Agreement {}", i + 1),
            (Lang::En, Place::RedFlag(i)) => format!("If things go wrong {}", i + 1),
            (Lang::En, Place::Scale(i)) => format!("Score {}", i + 1),
            (Lang::En, Place::Monitoring) => "Keeping an eye".to_owned(),
            (Lang::En, Place::ChildVoice(i)) => format!("The child's words {}", i + 1),
        }
    }
}

/// For the person picker next to a `Who`: the name as the family and professionals see it.
pub fn who_name(meeting: &Meeting, map: &FamilyMap, who: Who) -> Option<String> {
    match who {
        Who::Person(id) => map.person(id).map(|p| p.name.clone()),
        Who::Participant(id) => meeting.participant(id).map(|p| participant_name(map, p)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_filled_in_every_language() {
        for lang in Lang::ALL {
            for kind in SectionKind::ALL {
                assert!(!section_title(lang, kind).trim().is_empty());
            }
            for l in Label::ALL {
                assert!(!label(lang, l).trim().is_empty());
            }
            for r in MeetingRole::ALL {
                assert!(!role_name(lang, r).trim().is_empty());
            }
            for c in ConsentRule::ALL {
                assert!(!consent_rule_text(lang, c).trim().is_empty());
            }
        }
    }
}
