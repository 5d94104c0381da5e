//! Words for who may read what: the readership choice on every item, the reason,
//! the "Show as" lens, and exports for one reader. Dutch at B1 and English; every match is
//! exhaustive, so a new text does not compile until both languages say it.

use super::Lang;
use crate::model::{FamilyMap, Reader};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    WhoMayRead,
    Everyone,
    NotFor,
    ProfessionalsOnly,
    NotForWhom,
    Reason,
    ReasonHint,
    Suggested,
    ShowAs,
    WholeMap,
    BackToWholeMap,
    ForThisReader,
    ChildAnswerPrivate,
    LeftOutTitle,
    NamesInText,
    ReplaceAll,
    FullExport,
    AddNote,
    NoteText,
    NotesHelp,
    PlanTab,
    NoPlanYet,
    MenuUnderLens,
    PlanFile,
    PlanFileHelp,
    /// Under "who keeps an eye": what its readership covers.
    MonitoringReadersHelp,
}

pub fn text(lang: Lang, key: Text) -> &'static str {
    use Text as T;
    match lang {
        Lang::Nl => match key {
            T::WhoMayRead => "Wie mag dit lezen?",
            T::Everyone => "Iedereen in het plan",
            T::NotFor => "Niet voor …",
            T::ProfessionalsOnly => "Alleen professionals",
            T::NotForWhom => "Niet voor:",
            T::Reason => "Waarom? (kort)",
            T::ReasonHint => "Alleen professionals lezen de reden.",
            T::Suggested => "Voorstel",
            T::ShowAs => "Laat zien als",
            T::WholeMap => "De hele kaart (professionals)",
            T::BackToWholeMap => "Terug naar de hele kaart",
            T::ForThisReader => "Exporteren voor",
            T::ChildAnswerPrivate => "Wat een kind in de kindmodus zegt, is eerst alleen voor professionals.",
            T::LeftOutTitle => "Wat is weggelaten",
            T::NamesInText => "Namen in de tekst",
            T::ReplaceAll => "Vervang in deze afdruk",
            T::FullExport => "Alles (alleen voor professionals)",
            T::AddNote => "Notitie toevoegen",
            T::NoteText => "Notitie",
            T::NotesHelp => {
                "Bijvoorbeeld een veilig adres, of waarom iemand apart wordt uitgenodigd. \
                             Een nieuwe notitie is eerst alleen voor professionals."
            }
            T::MonitoringReadersHelp => {
                "Dit gaat over wie het plan in de gaten houdt en wat er gebeurt als het plan niet lukt. \
                             De datum van de evaluatie is altijd voor iedereen."
            }
            T::PlanTab => "Plan",
            T::NoPlanYet => "Er is nog geen beraad, dus ook nog geen plan.",
            T::MenuUnderLens => "Het menu is dicht zolang je de kaart laat zien als iemand anders.",
            T::PlanFile => "Het plan (tekst)",
            T::PlanFileHelp => "Het plan van het laatste beraad, precies zoals de afdruk voor deze lezer.",
        },
        Lang::En => match key {
            T::WhoMayRead => "Who may read this?",
            T::Everyone => "Everyone in the plan",
            T::NotFor => "Not for …",
            T::ProfessionalsOnly => "Professionals only",
            T::NotForWhom => "Not for:",
            T::Reason => "Why? (short)",
            T::ReasonHint => "Only professionals read the reason.",
            T::Suggested => "Suggestion",
            T::ShowAs => "Show as",
            T::WholeMap => "The whole map (professionals)",
            T::BackToWholeMap => "Back to the whole map",
            T::ForThisReader => "Export for",
            T::ChildAnswerPrivate => "What a child says in child mode is for professionals only at first.",
            T::LeftOutTitle => "What is left out",
            T::NamesInText => "Names in the text",
            T::ReplaceAll => "Replace in this printout",
            T::FullExport => "Everything (for professionals only)",
            T::AddNote => "Add a note",
            T::NoteText => "Note",
            T::NotesHelp => {
                "For example a safe address, or why someone is invited separately. \
                             A new note is for professionals only at first."
            }
            T::MonitoringReadersHelp => {
                "This is about who keeps an eye on the plan and what happens if it is not kept. \
                             The review date is always for everyone."
            }
            T::PlanTab => "Plan",
            T::NoPlanYet => "There is no meeting yet, so there is no plan yet.",
            T::MenuUnderLens => "The menu is closed while you show the map as someone else.",
            T::PlanFile => "The plan (text)",
            T::PlanFileHelp => "The plan of the latest meeting, exactly as the printout for this reader.",
        },
    }
}

/// A reader by name: "Dennis", "het netwerk", "professionals".
pub fn reader_name(lang: Lang, reader: Reader, map: &FamilyMap) -> String {
    match (lang, reader) {
        (Lang::Nl, Reader::Professionals) => "professionals".to_owned(),
        (Lang::En, Reader::Professionals) => "professionals".to_owned(),
        (Lang::Nl, Reader::Network) => "het netwerk".to_owned(),
        (Lang::En, Reader::Network) => "the network".to_owned(),
        (_, Reader::Person(id)) => map.person(id).map(|p| p.name.clone()).unwrap_or_default(),
    }
}

/// The lens banner: whose view this is, and that it is not the whole map.
pub fn lens_banner(lang: Lang, reader: Reader, map: &FamilyMap) -> String {
    let name = reader_name(lang, reader, map);
    match lang {
        Lang::Nl => format!("Je ziet de kaart zoals {name} die krijgt. Wat niet voor {name} is, staat er niet op."),
        Lang::En => format!("You see the map as {name} gets it. What is not for {name} is not on it."),
    }
}

/// "Voorstel: niet voor Dennis": the source of a risk against the people this is about.
pub fn suggest_not_for(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("Niet voor {name}"),
        Lang::En => format!("Not for {name}"),
    }
}
