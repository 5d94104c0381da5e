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
            S::Preparation => "Voorbereiding per persoon (alleen voor professionals)",
            S::Worries => "Waar maken we ons zorgen over?",
            S::GoingWell => "Wat gaat goed?",
            S::DangerStatements => "Wat kan er gebeuren als er niets verandert?",
            S::SafetyGoals => "Wat willen we zien, en hoe lang, voordat de hulp kan stoppen?",
            S::BottomLines => "Ondergrenzen: dit moet altijd",
            S::Agreements => "Afspraken: wie doet wat, voor wie, wanneer",
            S::RedFlags => "Als het misgaat: wie belt wie",
            S::Scales => "Hoe veilig is het nu? (0–10)",
            S::Monitoring => "Wie houdt de afspraken in de gaten?",
            S::Notes => "Notities en veiligheid",
            S::ChildVoice => "Wat ik wil dat jullie weten",
            S::WhoHelpsMe => "Wie helpt mij?",
            S::WhoICanGoTo => "Bij wie kan ik terecht?",
            S::WhoICanCall => "Wie kan ik bellen?",
            S::AgreementsAboutMe => "Wat de grote mensen hebben afgesproken",
            S::MyScore => "Mijn cijfer",
            S::MyWords => "Wat ik wil dat jullie weten",
        },
        Lang::En => match kind {
            S::Participants => "Who is invited?",
            S::Persons => "Who is on the map?",
            S::Ties => "Who does what for whom?",
            S::TiesWithRisks => "Who does what for whom, and who does what against whom?",
            S::Preparation => "Preparation per person (for professionals only)",
            S::Worries => "What are we worried about?",
            S::GoingWell => "What is going well?",
            S::DangerStatements => "What could happen if nothing changes?",
            S::SafetyGoals => "What do we want to see, and for how long, before the help can stop?",
            S::BottomLines => "Bottom lines: this must always happen",
            S::Agreements => "Agreements: who does what, for whom, when",
            S::RedFlags => "If things go wrong: who calls whom",
            S::Scales => "How safe is it now? (0–10)",
            S::Monitoring => "Who keeps an eye on the agreements?",
            S::Notes => "Notes and safety",
            S::ChildVoice => "What I want you to know",
            S::WhoHelpsMe => "Who helps me?",
            S::WhoICanGoTo => "Who can I go to?",
            S::WhoICanCall => "Who can I call?",
            S::AgreementsAboutMe => "What the grown-ups agreed",
            S::MyScore => "My score",
            S::MyWords => "What I want you to know",
        },
    }
}

/// The name of a version of the pack, for its page header.
pub fn audience_name(lang: Lang, audience: Audience) -> &'static str {
    match (lang, audience) {
        (Lang::Nl, Audience::Professionals) => "Volledige versie, alleen voor professionals",
        (Lang::Nl, Audience::Person(_)) => "Persoonlijke versie",
        (Lang::Nl, Audience::Network) => "Voor het netwerk",
        (Lang::Nl, Audience::Child(_)) => "Mijn plan",
        (Lang::En, Audience::Professionals) => "Full version, for professionals only",
        (Lang::En, Audience::Person(_)) => "Personal version",
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
            C::YoungPerson => "16 of 17 jaar: de jongere beslist zelf.",
            C::Adult => "Volwassene: beslist zelf.",
            C::Ask => "Leeftijd onbekend: vraag wie er beslist.",
        },
        Lang::En => match rule {
            C::ParentsDecide => "Under 12: the parents decide.",
            C::YoungPersonAndParents => "12 to 16: the young person and the parents decide together.",
            C::YoungPerson => "16 or 17: the young person decides alone.",
            C::Adult => "Adult: decides alone.",
            C::Ask => "Age unknown: ask who decides.",
        },
    }
}

/// Small words and labels on the pack's pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PackText {
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

impl PackText {
    pub const ALL: [PackText; 35] = [
        PackText::Date,
        PackText::Place,
        PackText::Chair,
        PackText::Purpose,
        PackText::ReviewDate,
        PackText::Phone,
        PackText::Email,
        PackText::Role,
        PackText::Age,
        PackText::Note,
        PackText::AccordingTo,
        PackText::Mutual,
        PackText::Deceased,
        PackText::SharedBy,
        PackText::NotSharedBy,
        PackText::SetBy,
        PackText::ForWhom,
        PackText::From,
        PackText::By,
        PackText::HowWeKnow,
        PackText::LinkedTies,
        PackText::AddsSupportTie,
        PackText::Does,
        PackText::Calls,
        PackText::Keeper,
        PackText::IfNotKept,
        PackText::MayAppear,
        PackText::MayReceivePlan,
        PackText::ConsentGivenBy,
        PackText::ConsentDate,
        PackText::ConsentComplete,
        PackText::ConsentIncomplete,
        PackText::NothingYet,
        PackText::Confidential,
        PackText::For,
    ];
}

pub fn pack_text(lang: Lang, label: PackText) -> &'static str {
    use PackText as L;
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
            L::SharedBy => "Deze zorg delen",
            L::NotSharedBy => "Deze zorg delen niet",
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
        (Lang::Nl, Age::Band { from, to }) => format!("{from} tot en met {to} jaar"),
        (Lang::En, Age::Band { from, to }) => format!("{from} to {to} years"),
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

/// Words of the Meeting screen (the form and the print preview's controls).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    ScreenTitle,
    BackToMap,
    MeetingsForMap,
    NoMeetingsYet,
    NewMeeting,
    DeleteMeeting,
    ConfirmDeleteMeeting,
    NoReviewDate,
    ReviewPassed,
    FillIn,
    Versions,
    ForTheChild,
    WhichChild,
    NoChildOnMap,
    PrintHint,
    TheMeeting,
    ShareRisks,
    ShareRisksHelp,
    InviteFromMap,
    Invite,
    InviteExtra,
    Name,
    MeetingRoleLabel,
    InvitationLabel,
    ContactOnlyHere,
    Remove,
    Consent,
    ConsentNamesHelp,
    NobodyInvited,
    EveryoneInvited,
    AddWorry,
    WorryText,
    WhoSharesIt,
    NotSaid,
    Shares,
    DoesNotShare,
    AddGoingWell,
    GoingWellText,
    AddBottomLine,
    BottomLineText,
    NonNegotiable,
    AddAgreement,
    AgreementWho,
    AgreementWhat,
    AddsSupport,
    SupportFor,
    SupportKinds,
    ApplyTies,
    ApplyTiesHelp,
    NothingToApply,
    Choose,
    AddRedFlag,
    RedFlagSign,
    AddStep,
    StepWho,
    Nobody,
    ScalesHelp,
    NotAsked,
    AddChildVoice,
    Child,
    Words,
    ProblemsTitle,
    NoProblems,
    MapPage,
    Version,
    Moved,
    Add,
}

impl Text {
    pub const ALL: [Text; 67] = [
        Text::ScreenTitle,
        Text::BackToMap,
        Text::MeetingsForMap,
        Text::NoMeetingsYet,
        Text::NewMeeting,
        Text::DeleteMeeting,
        Text::ConfirmDeleteMeeting,
        Text::NoReviewDate,
        Text::ReviewPassed,
        Text::FillIn,
        Text::Versions,
        Text::ForTheChild,
        Text::WhichChild,
        Text::NoChildOnMap,
        Text::PrintHint,
        Text::TheMeeting,
        Text::ShareRisks,
        Text::ShareRisksHelp,
        Text::InviteFromMap,
        Text::Invite,
        Text::InviteExtra,
        Text::Name,
        Text::MeetingRoleLabel,
        Text::InvitationLabel,
        Text::ContactOnlyHere,
        Text::Remove,
        Text::Consent,
        Text::ConsentNamesHelp,
        Text::NobodyInvited,
        Text::EveryoneInvited,
        Text::AddWorry,
        Text::WorryText,
        Text::WhoSharesIt,
        Text::NotSaid,
        Text::Shares,
        Text::DoesNotShare,
        Text::AddGoingWell,
        Text::GoingWellText,
        Text::AddBottomLine,
        Text::BottomLineText,
        Text::NonNegotiable,
        Text::AddAgreement,
        Text::AgreementWho,
        Text::AgreementWhat,
        Text::AddsSupport,
        Text::SupportFor,
        Text::SupportKinds,
        Text::ApplyTies,
        Text::ApplyTiesHelp,
        Text::NothingToApply,
        Text::Choose,
        Text::AddRedFlag,
        Text::RedFlagSign,
        Text::AddStep,
        Text::StepWho,
        Text::Nobody,
        Text::ScalesHelp,
        Text::NotAsked,
        Text::AddChildVoice,
        Text::Child,
        Text::Words,
        Text::ProblemsTitle,
        Text::NoProblems,
        Text::MapPage,
        Text::Version,
        Text::Moved,
        Text::Add,
    ];
}

pub fn text(lang: Lang, text: Text) -> &'static str {
    use Text as U;
    match lang {
        Lang::Nl => match text {
            U::ScreenTitle => "Netwerkberaad",
            U::BackToMap => "Terug naar de kaart",
            U::MeetingsForMap => "Beraden bij deze kaart",
            U::NoMeetingsYet => "Er is nog geen beraad. Begin een nieuw beraad.",
            U::NewMeeting => "Nieuw beraad",
            U::DeleteMeeting => "Dit beraad verwijderen",
            U::ConfirmDeleteMeeting => "Dit beraad verwijderen? Met ‘Ongedaan maken’ komt het terug.",
            U::NoReviewDate => "Er is nog geen datum om opnieuw naar het plan te kijken.",
            U::ReviewPassed => "Die datum is voorbij: tijd om samen opnieuw te kijken.",
            U::FillIn => "Invullen",
            U::Versions => "Bekijken en afdrukken",
            U::ForTheChild => "Voor het kind",
            U::WhichChild => "Voor welk kind?",
            U::NoChildOnMap => "Er staat nog geen kind op de kaart. Zet bij een persoon ‘Kind’ aan.",
            U::PrintHint => "Hieronder staat precies wat er op papier komt. Kies in het afdrukvenster ‘Opslaan als PDF’ voor een PDF.",
            U::TheMeeting => "Het beraad",
            U::ShareRisks => "Het gezin wil dat het netwerk ook de zorgen op de kaart ziet",
            U::ShareRisksHelp => "Staat dit uit, dan ziet het netwerk alleen steun en contact.",
            U::InviteFromMap => "Iemand van de kaart uitnodigen",
            U::Invite => "Uitnodigen",
            U::InviteExtra => "Iemand uitnodigen die niet op de kaart staat",
            U::Name => "Naam",
            U::MeetingRoleLabel => "Rol in het beraad",
            U::InvitationLabel => "Uitnodiging",
            U::ContactOnlyHere => "Telefoon en e-mail staan alleen op deze lijst, nooit op de kaart.",
            U::Remove => "Weghalen",
            U::Consent => "Toestemming",
            U::ConsentNamesHelp => "Namen, met een komma ertussen.",
            U::NobodyInvited => "Nog niemand uitgenodigd.",
            U::EveryoneInvited => "Iedereen van de kaart is uitgenodigd.",
            U::AddWorry => "Zorg toevoegen",
            U::WorryText => "De zorg, in de woorden van het gezin",
            U::WhoSharesIt => "Wie vindt dit ook, wie niet?",
            U::NotSaid => "Niet gezegd",
            U::Shares => "Vindt dit ook",
            U::DoesNotShare => "Vindt dit niet",
            U::AddGoingWell => "Toevoegen wat goed gaat",
            U::GoingWellText => "Wat goed gaat",
            U::AddBottomLine => "Grens toevoegen",
            U::BottomLineText => "De grens",
            U::NonNegotiable => "Moet altijd",
            U::AddAgreement => "Afspraak toevoegen",
            U::AgreementWho => "Wie doet het?",
            U::AgreementWhat => "Wat doet die persoon?",
            U::AddsSupport => "Deze afspraak zet steun op de kaart",
            U::SupportFor => "Steun voor wie?",
            U::SupportKinds => "Wat voor steun?",
            U::ApplyTies => "Steun uit de afspraken op de kaart zetten",
            U::ApplyTiesHelp => "Nieuwe steun komt op de kaart; steun die er al is, wordt sterker. ‘Ongedaan maken’ zet het terug.",
            U::NothingToApply => "Geen afspraak zet nu nog steun op de kaart.",
            U::Choose => "— kies —",
            U::AddRedFlag => "Signaal toevoegen",
            U::RedFlagSign => "Waaraan merken we dat het misgaat?",
            U::AddStep => "Wie doet wat toevoegen",
            U::StepWho => "Wie",
            U::Nobody => "Niemand",
            U::ScalesHelp => "Vraag iedereen: hoe veilig is het nu? 0 is helemaal niet veilig, 10 is helemaal veilig.",
            U::NotAsked => "Niet gevraagd",
            U::AddChildVoice => "Woorden van een kind toevoegen",
            U::Child => "Kind",
            U::Words => "In eigen woorden",
            U::ProblemsTitle => "Wat nog ontbreekt of niet klopt",
            U::NoProblems => "Alles is ingevuld.",
            U::MapPage => "De kaart",
            U::Version => "Versie",
            U::Moved => "Deze verbinding staat niet meer op de kaart.",
            U::Add => "Toevoegen",
        },
        Lang::En => match text {
            U::ScreenTitle => "Network meeting",
            U::BackToMap => "Back to the map",
            U::MeetingsForMap => "Meetings for this map",
            U::NoMeetingsYet => "There is no meeting yet. Start a new meeting.",
            U::NewMeeting => "New meeting",
            U::DeleteMeeting => "Delete this meeting",
            U::ConfirmDeleteMeeting => "Delete this meeting? ‘Undo’ brings it back.",
            U::NoReviewDate => "There is no date yet to look at the plan again.",
            U::ReviewPassed => "That date has passed: time to look at the plan together again.",
            U::FillIn => "Fill in",
            U::Versions => "View and print",
            U::ForTheChild => "For the child",
            U::WhichChild => "For which child?",
            U::NoChildOnMap => "There is no child on the map yet. Tick ‘Child’ for a person.",
            U::PrintHint => "Below is exactly what will be printed. Choose ‘Save as PDF’ in the print window for a PDF.",
            U::TheMeeting => "The meeting",
            U::ShareRisks => "The family wants the network to see the worries and danger on the map too",
            U::ShareRisksHelp => "When this is off, the network only sees support and contact.",
            U::InviteFromMap => "Invite someone from the map",
            U::Invite => "Invite",
            U::InviteExtra => "Invite someone who is not on the map",
            U::Name => "Name",
            U::MeetingRoleLabel => "Role in the meeting",
            U::InvitationLabel => "Invitation",
            U::ContactOnlyHere => "Phone and e-mail are kept only on this list, never on the map.",
            U::Remove => "Remove",
            U::Consent => "Consent",
            U::ConsentNamesHelp => "Names, with a comma between them.",
            U::NobodyInvited => "Nobody invited yet.",
            U::EveryoneInvited => "Everyone on the map is invited.",
            U::AddWorry => "Add a worry",
            U::WorryText => "The worry, in the family's own words",
            U::WhoSharesIt => "Who shares this worry, who does not?",
            U::NotSaid => "Not said",
            U::Shares => "Shares it",
            U::DoesNotShare => "Does not share it",
            U::AddGoingWell => "Add what is going well",
            U::GoingWellText => "What is going well",
            U::AddBottomLine => "Add a bottom line",
            U::BottomLineText => "The bottom line",
            U::NonNegotiable => "Must always happen",
            U::AddAgreement => "Add an agreement",
            U::AgreementWho => "Who does it?",
            U::AgreementWhat => "What does this person do?",
            U::AddsSupport => "This agreement puts support on the map",
            U::SupportFor => "Support for whom?",
            U::SupportKinds => "What kind of support?",
            U::ApplyTies => "Put the support from the agreements on the map",
            U::ApplyTiesHelp => "New support is added to the map; support that is there already gets stronger. ‘Undo’ takes it back.",
            U::NothingToApply => "No agreement puts support on the map right now.",
            U::Choose => "— choose —",
            U::AddRedFlag => "Add a sign",
            U::RedFlagSign => "A sign that things go wrong",
            U::AddStep => "Add who does what",
            U::StepWho => "Who",
            U::Nobody => "Nobody",
            U::ScalesHelp => "Ask everyone: how safe is it now? 0 is not safe at all, 10 is completely safe.",
            U::NotAsked => "Not asked",
            U::AddChildVoice => "Add a child's words",
            U::Child => "Child",
            U::Words => "In their own words",
            U::ProblemsTitle => "What is missing or not right",
            U::NoProblems => "Everything is filled in.",
            U::MapPage => "The map",
            U::Version => "Version",
            U::Moved => "This tie is no longer on the map.",
            U::Add => "Add",
        },
    }
}

/// The button that opens one meeting in the list.
pub fn meeting_in_list(lang: Lang, date: &str, review: &str) -> String {
    let date = if date.trim().is_empty() { text(lang, Text::NotSaid) } else { date };
    match (lang, review.trim().is_empty()) {
        (Lang::Nl, true) => format!("Beraad van {date}"),
        (Lang::Nl, false) => format!("Beraad van {date} · opnieuw kijken op {review}"),
        (Lang::En, true) => format!("Meeting of {date}"),
        (Lang::En, false) => format!("Meeting of {date} · review on {review}"),
    }
}

/// The print button of one version.
pub fn print_version(lang: Lang, audience: Audience) -> String {
    match lang {
        Lang::Nl => format!("Afdrukken: {}", audience_name(lang, audience).to_lowercase()),
        Lang::En => format!("Print: {}", audience_name(lang, audience).to_lowercase()),
    }
}

/// "Worry 2", "Agreement 3": the heading of one item in a list of the form.
pub fn numbered(lang: Lang, kind: SectionKind, index: usize) -> String {
    use SectionKind as S;
    let n = index + 1;
    let word = match (lang, kind) {
        (Lang::Nl, S::Worries) => "Zorg",
        (Lang::Nl, S::GoingWell) => "Wat goed gaat",
        (Lang::Nl, S::BottomLines) => "Grens",
        (Lang::Nl, S::Agreements | S::AgreementsAboutMe) => "Afspraak",
        (Lang::Nl, S::RedFlags) => "Signaal",
        (Lang::Nl, S::DangerStatements) => "Zorg voor later",
        (Lang::Nl, S::SafetyGoals) => "Doel",
        (Lang::Nl, S::Preparation) => "Voorbereiding",
        (Lang::Nl, S::WhoICanCall) => "Persoon",
        (Lang::Nl, S::MyScore) => "Cijfer",
        (Lang::Nl, S::ChildVoice | S::MyWords) => "Woorden van een kind",
        (Lang::Nl, S::Notes) => "Notitie",
        (Lang::Nl, S::Participants) => "Deelnemer",
        (Lang::Nl, S::Persons | S::Ties | S::TiesWithRisks | S::Scales | S::Monitoring) => "Regel",
        (Lang::Nl, S::WhoHelpsMe | S::WhoICanGoTo) => "Persoon",
        (Lang::En, S::Worries) => "Worry",
        (Lang::En, S::GoingWell) => "Going well",
        (Lang::En, S::BottomLines) => "Bottom line",
        (Lang::En, S::Agreements | S::AgreementsAboutMe) => "Agreement",
        (Lang::En, S::RedFlags) => "Sign",
        (Lang::En, S::DangerStatements) => "Danger statement",
        (Lang::En, S::SafetyGoals) => "Goal",
        (Lang::En, S::Preparation) => "Preparation",
        (Lang::En, S::WhoICanCall) => "Person",
        (Lang::En, S::MyScore) => "Score",
        (Lang::En, S::ChildVoice | S::MyWords) => "A child's words",
        (Lang::En, S::Notes) => "Note",
        (Lang::En, S::Participants) => "Participant",
        (Lang::En, S::Persons | S::Ties | S::TiesWithRisks | S::Scales | S::Monitoring) => "Line",
        (Lang::En, S::WhoHelpsMe | S::WhoICanGoTo) => "Person",
    };
    format!("{word} {n}")
}

/// The accessible name of a button that removes one thing: "Weghalen: Zorg 2".
pub fn remove_what(lang: Lang, what: &str) -> String {
    format!("{}: {what}", text(lang, Text::Remove))
}

/// A suggestion button next to "consent given by": adds this name.
pub fn add_consent_name(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("{name} toevoegen"),
        Lang::En => format!("Add {name}"),
    }
}

/// After the agreements' support was put on the map.
pub fn ties_applied(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Nl, 1) => "1 verbinding op de kaart is toegevoegd of sterker gemaakt.".to_owned(),
        (Lang::Nl, n) => format!("{n} verbindingen op de kaart zijn toegevoegd of sterker gemaakt."),
        (Lang::En, 1) => "1 tie on the map was added or made stronger.".to_owned(),
        (Lang::En, n) => format!("{n} ties on the map were added or made stronger."),
    }
}

/// The accessible name of the map picture on the map page.
pub fn map_picture(lang: Lang, persons: usize, ties: usize) -> String {
    match lang {
        Lang::Nl => format!("Netwerkkaart met {persons} mensen en {ties} verbindingen"),
        Lang::En => format!("Network map with {persons} people and {ties} ties"),
    }
}

/// A tie in a picker: "Oma Ria → Noah (Steun)".
pub fn tie_choice(lang: Lang, from: &str, to: &str, mutual: bool, kind: crate::model::TieKind) -> String {
    let arrow = if mutual { "↔" } else { "→" };
    format!("{from} {arrow} {to} ({})", t(lang, Key::TieKindName(kind)))
}

/// The age rule for a participant, with their name, above the consent questions.
pub fn consent_guidance(lang: Lang, rule: ConsentRule) -> String {
    let lead = match lang {
        Lang::Nl => "Wie beslist over delen?",
        Lang::En => "Who decides about sharing?",
    };
    format!("{lead} {}", consent_rule_text(lang, rule))
}

/// "Voor Dennis": whom one version is for, by name (or "the network", "professionals").
pub fn print_for(lang: Lang, audience: Audience, name: &str) -> String {
    match (lang, audience) {
        (Lang::Nl, Audience::Professionals) => "Voor professionals (alles)".to_owned(),
        (Lang::Nl, Audience::Network) => "Voor het netwerk".to_owned(),
        (Lang::Nl, Audience::Person(_)) => format!("Voor {name}"),
        (Lang::Nl, Audience::Child(_)) => format!("Voor {name} (kindversie)"),
        (Lang::En, Audience::Professionals) => "For professionals (everything)".to_owned(),
        (Lang::En, Audience::Network) => "For the network".to_owned(),
        (Lang::En, Audience::Person(_)) => format!("For {name}"),
        (Lang::En, Audience::Child(_)) => format!("For {name} (child version)"),
    }
}

/// What one version leaves out, in numbers only: "4 onderdelen zijn niet voor Dennis."
/// `name` is whom the version is for (empty for the network). Never says what.
pub fn left_out_text(lang: Lang, left_out: crate::meeting::LeftOut, audience: Audience, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let count_nl = |n: usize| if n == 1 { "1 onderdeel is".to_owned() } else { format!("{n} onderdelen zijn") };
    let count_en = |n: usize| if n == 1 { "1 item is".to_owned() } else { format!("{n} items are") };
    if left_out.not_for_reader > 0 {
        let n = left_out.not_for_reader;
        out.push(match (lang, audience) {
            (Lang::Nl, Audience::Network) => format!("{} niet voor iedereen en staan er dus niet in.", count_nl(n)),
            (Lang::En, Audience::Network) => format!("{} not for everyone, so they are left out.", count_en(n)),
            (Lang::Nl, _) => format!("{} niet voor {name}.", count_nl(n)),
            (Lang::En, _) => format!("{} not for {name}.", count_en(n)),
        });
    }
    if left_out.professionals_only > 0 {
        let n = left_out.professionals_only;
        out.push(match lang {
            Lang::Nl => format!("{} alleen voor professionals.", count_nl(n)),
            Lang::En => format!("{} for professionals only.", count_en(n)),
        });
    }
    if left_out.child_answers > 0 {
        let n = left_out.child_answers;
        let one = n == 1;
        out.push(match (lang, audience, one) {
            (Lang::Nl, Audience::Network, true) => {
                "1 antwoord van een kind is niet voor iedereen en staat er dus niet in.".to_owned()
            }
            (Lang::Nl, Audience::Network, false) => {
                format!("{n} antwoorden van kinderen zijn niet voor iedereen en staan er dus niet in.")
            }
            (Lang::En, Audience::Network, true) => {
                "1 answer a child gave is not for everyone, so it is left out.".to_owned()
            }
            (Lang::En, Audience::Network, false) => {
                format!("{n} answers children gave are not for everyone, so they are left out.")
            }
            (Lang::Nl, _, true) => format!("1 antwoord van een kind is niet voor {name}."),
            (Lang::Nl, _, false) => format!("{n} antwoorden van kinderen zijn niet voor {name}."),
            (Lang::En, _, true) => format!("1 answer a child gave is not for {name}."),
            (Lang::En, _, false) => format!("{n} answers children gave are not for {name}."),
        });
    }
    if out.is_empty() {
        out.push(match lang {
            Lang::Nl => "Er is niets weggelaten.".to_owned(),
            Lang::En => "Nothing is left out.".to_owned(),
        });
    }
    out
}

/// The full version says whom it is for on every printout.
pub fn full_version_note(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => {
            "Dit is de volledige versie, met alles wat is ingevuld, ook wat niet voor iedereen is. \
                     Alleen voor professionals: geef dit niet mee aan het gezin of het netwerk."
        }
        Lang::En => {
            "This is the full version, with everything filled in, also what is not for everyone. \
                     For professionals only: do not hand it to the family or the network."
        }
    }
}

/// A name in free text that this version does not show: the warning, and the button.
pub fn name_flag_text(lang: Lang, name: &str, section: SectionKind, instead: &str) -> String {
    let section = section_title(lang, section);
    match lang {
        Lang::Nl => {
            format!("‘{name}’ staat in de tekst bij ‘{section}’, maar deze versie noemt die persoon ‘{instead}’.")
        }
        Lang::En => {
            format!("‘{name}’ is in the text under ‘{section}’, but this version calls that person ‘{instead}’.")
        }
    }
}

pub fn name_flag_fix(lang: Lang, name: &str, instead: &str) -> String {
    match lang {
        Lang::Nl => format!("Vervang ‘{name}’ door ‘{instead}’"),
        Lang::En => format!("Replace ‘{name}’ with ‘{instead}’"),
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
            for l in PackText::ALL {
                assert!(!pack_text(lang, l).trim().is_empty());
            }
            for r in MeetingRole::ALL {
                assert!(!role_name(lang, r).trim().is_empty());
            }
            for c in ConsentRule::ALL {
                assert!(!consent_rule_text(lang, c).trim().is_empty());
            }
            for u in Text::ALL {
                assert!(!text(lang, u).trim().is_empty());
            }
        }
    }
}
