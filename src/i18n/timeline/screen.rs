//! The texts of the "Over time" panel, dates, and the short sentences its screens show.

use super::*;

// ---------------------------------------------------------------------------------------
// Words on the screen: the "Over time" panel, its drawings and the merge step
// ---------------------------------------------------------------------------------------

/// Fixed words in the "Over time" panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    ClosenessInPerspective,
    AsOnTheMap,
    OverTime,
    OverTimeHelp,
    Snapshots,
    SaveSnapshot,
    SnapshotLabel,
    SnapshotLabelHint,
    SnapshotDate,
    SnapshotLabelRequired,
    BadDate,
    SnapshotSaved,
    NoSnapshotsYet,
    TimelineStrip,
    StripHelp,
    DeleteSnapshot,
    CompareWithNow,
    Compare,
    CompareHelp,
    Earlier,
    Later,
    Now,
    WhatChanged,
    NothingChanged,
    ProtectiveAdultsTitle,
    NoChildren,
    NeedSnapshotToCompare,
    MarksLegend,
    MarkJoined,
    MarkLeft,
    MarkCloser,
    MarkFurther,
    MarkPersonChanged,
    MarkTieAdded,
    MarkTieRemoved,
    MarkRiskToSupport,
    MarkSupportToRisk,
    MarkTieChanged,
    Perspectives,
    PerspectivesHelp,
    NewPerspective,
    PerspectiveName,
    PerspectiveHolder,
    NoHolder,
    CreatePerspective,
    PerspectiveCopyHint,
    PerspectiveNameRequired,
    ShowMapAs,
    AllTogether,
    Disagreements,
    DisagreementHint,
    NoDisagreements,
    NeedTwoPerspectives,
    DisagreementMarkLegend,
    TiesInPerspective,
    NoTiesInPerspective,
    AddTieToPerspective,
    DeletePerspective,
    PerspectiveDoesNotFit,
    PickTwoPersons,
    Merge,
    MergeHelp,
    MergeReading,
    MergeSealed,
    MergeQuestions,
    SamePerson,
    OtherPerson,
    Conflicts,
    KeepOurs,
    TakeTheirs,
    MergeNow,
    MergeUndecided,
    MergeDone,
    MergeMapChanged,
    MergeFailed,
    MergeNothingNew,
}

impl Text {
    pub const ALL: [Text; 76] = [
        Text::ClosenessInPerspective,
        Text::AsOnTheMap,
        Text::OverTime,
        Text::OverTimeHelp,
        Text::Snapshots,
        Text::SaveSnapshot,
        Text::SnapshotLabel,
        Text::SnapshotLabelHint,
        Text::SnapshotDate,
        Text::SnapshotLabelRequired,
        Text::BadDate,
        Text::SnapshotSaved,
        Text::NoSnapshotsYet,
        Text::TimelineStrip,
        Text::StripHelp,
        Text::DeleteSnapshot,
        Text::CompareWithNow,
        Text::Compare,
        Text::CompareHelp,
        Text::Earlier,
        Text::Later,
        Text::Now,
        Text::WhatChanged,
        Text::NothingChanged,
        Text::ProtectiveAdultsTitle,
        Text::NoChildren,
        Text::NeedSnapshotToCompare,
        Text::MarksLegend,
        Text::MarkJoined,
        Text::MarkLeft,
        Text::MarkCloser,
        Text::MarkFurther,
        Text::MarkPersonChanged,
        Text::MarkTieAdded,
        Text::MarkTieRemoved,
        Text::MarkRiskToSupport,
        Text::MarkSupportToRisk,
        Text::MarkTieChanged,
        Text::Perspectives,
        Text::PerspectivesHelp,
        Text::NewPerspective,
        Text::PerspectiveName,
        Text::PerspectiveHolder,
        Text::NoHolder,
        Text::CreatePerspective,
        Text::PerspectiveCopyHint,
        Text::PerspectiveNameRequired,
        Text::ShowMapAs,
        Text::AllTogether,
        Text::Disagreements,
        Text::DisagreementHint,
        Text::NoDisagreements,
        Text::NeedTwoPerspectives,
        Text::DisagreementMarkLegend,
        Text::TiesInPerspective,
        Text::NoTiesInPerspective,
        Text::AddTieToPerspective,
        Text::DeletePerspective,
        Text::PerspectiveDoesNotFit,
        Text::PickTwoPersons,
        Text::Merge,
        Text::MergeHelp,
        Text::MergeReading,
        Text::MergeSealed,
        Text::MergeQuestions,
        Text::SamePerson,
        Text::OtherPerson,
        Text::Conflicts,
        Text::KeepOurs,
        Text::TakeTheirs,
        Text::MergeNow,
        Text::MergeUndecided,
        Text::MergeDone,
        Text::MergeMapChanged,
        Text::MergeFailed,
        Text::MergeNothingNew,
    ];
}

pub fn text(lang: Lang, text: Text) -> &'static str {
    match lang {
        Lang::Nl => ui_nl(text),
        Lang::En => ui_en(text),
    }
}

pub(super) fn ui_nl(text: Text) -> &'static str {
    match text {
        Text::OverTime => "In de tijd",
        Text::OverTimeHelp => {
            "Bewaar hoe de kaart nu is, en kijk later wat er veranderd is. Of laat iedereen de kaart op zijn eigen manier zien."
        }
        Text::Snapshots => "Momentopnamen",
        Text::SaveSnapshot => "Momentopname bewaren",
        Text::SnapshotLabel => "Waarom nu?",
        Text::SnapshotLabelHint => "Bijvoorbeeld: voor het netwerkberaad van 12 maart",
        Text::SnapshotDate => "Datum",
        Text::SnapshotLabelRequired => "Schrijf er een paar woorden bij, zodat je hem later terugvindt.",
        Text::BadDate => "Kies een datum die bestaat.",
        Text::SnapshotSaved => "De momentopname is bewaard.",
        Text::NoSnapshotsYet => "Er zijn nog geen momentopnamen.",
        Text::TimelineStrip => "Momentopnamen op datum",
        Text::StripHelp => {
            "Kies een momentopname om de kaart van toen te zien. Met de pijltjestoetsen ga je naar de vorige of de volgende."
        }
        Text::DeleteSnapshot => "Momentopname weggooien",
        Text::CompareWithNow => "Vergelijken met nu",
        Text::Compare => "Vergelijken",
        Text::CompareHelp => "Kies twee momenten. Je ziet wat er tussen die twee veranderd is.",
        Text::Earlier => "Eerder moment",
        Text::Later => "Later moment",
        Text::Now => "Nu (de kaart zoals hij nu is)",
        Text::WhatChanged => "Wat is er veranderd?",
        Text::NothingChanged => "Er is niets veranderd.",
        Text::ProtectiveAdultsTitle => "Veilige volwassenen per kind",
        Text::NoChildren => "Er staan geen kinderen in het gezin.",
        Text::NeedSnapshotToCompare => "Bewaar eerst een momentopname. Daarna kun je vergelijken.",
        Text::MarksLegend => "Tekens op de tekening",
        Text::MarkJoined => "Nieuw op de kaart",
        Text::MarkLeft => "Niet meer op de kaart (grijze stippelrand)",
        Text::MarkCloser => "Dichterbij gekomen",
        Text::MarkFurther => "Verder weg gegaan",
        Text::MarkPersonChanged => "Iets anders veranderd (plek, naam of gegevens)",
        Text::MarkTieAdded => "Nieuwe verbinding",
        Text::MarkTieRemoved => "Verbinding is weg (dunne stippellijn)",
        Text::MarkRiskToSupport => "Van zorg naar steun",
        Text::MarkSupportToRisk => "Van steun naar zorg",
        Text::MarkTieChanged => "Verbinding is anders",
        Text::Perspectives => "Ieders kijk",
        Text::PerspectivesHelp => {
            "Iedereen ziet het netwerk anders. Maak een perspectief voor een gezinslid, iemand uit het netwerk of een hulpverlener."
        }
        Text::NewPerspective => "Nieuw perspectief",
        Text::PerspectiveName => "Van wie is dit perspectief?",
        Text::PerspectiveHolder => "Staat deze persoon op de kaart?",
        Text::NoHolder => "Nee (bijvoorbeeld een hulpverlener)",
        Text::CreatePerspective => "Perspectief maken",
        Text::PerspectiveCopyHint => {
            "Het perspectief begint met de verbindingen die nu op de kaart staan. Pas daarna aan wat deze persoon anders ziet."
        }
        Text::PerspectiveNameRequired => "Schrijf een naam op, of kies iemand van de kaart.",
        Text::ShowMapAs => "Wiens kijk laat de kaart zien?",
        Text::AllTogether => "Allemaal samen",
        Text::Disagreements => "Waar zien ze het anders?",
        Text::DisagreementHint => "Een verschil is geen fout. Het is iets om samen over te praten.",
        Text::NoDisagreements => "Alle perspectieven zien de verbindingen hetzelfde.",
        Text::NeedTwoPerspectives => "Met twee of meer perspectieven zie je hier waar ze verschillen.",
        Text::DisagreementMarkLegend => "Op de kaart: ≠ en een streep-stippellijn waar perspectieven verschillen.",
        Text::TiesInPerspective => "Verbindingen in dit perspectief",
        Text::NoTiesInPerspective => "Dit perspectief heeft nog geen verbindingen.",
        Text::ClosenessInPerspective => "Hoe dichtbij, in dit perspectief",
        Text::AsOnTheMap => "Zoals op de kaart",
        Text::AddTieToPerspective => "Verbinding toevoegen",
        Text::DeletePerspective => "Perspectief weggooien",
        Text::PerspectiveDoesNotFit => "Dit past niet bij de kaart. Kies twee personen die op de kaart staan.",
        Text::PickTwoPersons => "Kies twee verschillende personen.",
        Text::Merge => "Kaart samenvoegen",
        Text::MergeHelp => {
            "Kies een Kring-bestand van een ander apparaat. Je ziet eerst wat er verschilt. Niets wordt zomaar overschreven."
        }
        Text::MergeReading => "Het bestand wordt gelezen…",
        Text::MergeSealed => {
            "Dit bestand is op slot gezet met een wachtwoord. Open het eerst via ‘Mijn kaarten’ en bewaar het zonder wachtwoord."
        }
        Text::MergeQuestions => "Is dit dezelfde persoon?",
        Text::SamePerson => "Ja, dezelfde persoon",
        Text::OtherPerson => "Nee, iemand anders",
        Text::Conflicts => "Wat verschilt er?",
        Text::KeepOurs => "Houden wat hier staat",
        Text::TakeTheirs => "Nemen uit het andere bestand",
        Text::MergeNow => "Samenvoegen",
        Text::MergeUndecided => "Geef eerst bij elke vraag een antwoord.",
        Text::MergeDone => "De kaarten zijn samengevoegd. Met ‘Ongedaan maken’ draai je dit in één stap terug.",
        Text::MergeMapChanged => "De kaart is intussen veranderd. Kies het bestand nog een keer.",
        Text::MergeFailed => "Samenvoegen lukte niet. De kaart is niet veranderd.",
        Text::MergeNothingNew => "Het andere bestand heeft niets wat hier nog niet staat.",
    }
}

pub(super) fn ui_en(text: Text) -> &'static str {
    match text {
        Text::OverTime => "Over time",
        Text::OverTimeHelp => {
            "Keep how the map is now, and see later what changed. Or let everyone show the map their own way."
        }
        Text::Snapshots => "Snapshots",
        Text::SaveSnapshot => "Save snapshot",
        Text::SnapshotLabel => "Why now?",
        Text::SnapshotLabelHint => "For example: before the network meeting on 12 March",
        Text::SnapshotDate => "Date",
        Text::SnapshotLabelRequired => "Write a few words, so you can find it again later.",
        Text::BadDate => "Choose a date that exists.",
        Text::SnapshotSaved => "The snapshot is saved.",
        Text::NoSnapshotsYet => "There are no snapshots yet.",
        Text::TimelineStrip => "Snapshots by date",
        Text::StripHelp => {
            "Choose a snapshot to see the map as it was then. The arrow keys go to the previous or the next one."
        }
        Text::DeleteSnapshot => "Delete snapshot",
        Text::CompareWithNow => "Compare with now",
        Text::Compare => "Compare",
        Text::CompareHelp => "Choose two moments. You see what changed between them.",
        Text::Earlier => "Earlier moment",
        Text::Later => "Later moment",
        Text::Now => "Now (the map as it is now)",
        Text::WhatChanged => "What changed?",
        Text::NothingChanged => "Nothing changed.",
        Text::ProtectiveAdultsTitle => "Safe adults per child",
        Text::NoChildren => "There are no children in the household.",
        Text::NeedSnapshotToCompare => "Save a snapshot first. Then you can compare.",
        Text::MarksLegend => "Signs on the drawing",
        Text::MarkJoined => "New on the map",
        Text::MarkLeft => "No longer on the map (grey dotted outline)",
        Text::MarkCloser => "Moved closer",
        Text::MarkFurther => "Moved further away",
        Text::MarkPersonChanged => "Something else changed (place, name or details)",
        Text::MarkTieAdded => "New tie",
        Text::MarkTieRemoved => "Tie is gone (thin dotted line)",
        Text::MarkRiskToSupport => "From risk to support",
        Text::MarkSupportToRisk => "From support to risk",
        Text::MarkTieChanged => "Tie is different",
        Text::Perspectives => "Everyone's view",
        Text::PerspectivesHelp => {
            "Everyone sees the network differently. Make a perspective for a household member, someone in the network or a professional."
        }
        Text::NewPerspective => "New perspective",
        Text::PerspectiveName => "Whose perspective is this?",
        Text::PerspectiveHolder => "Is this person on the map?",
        Text::NoHolder => "No (for example a professional)",
        Text::CreatePerspective => "Make perspective",
        Text::PerspectiveCopyHint => {
            "The perspective starts with the ties on the map now. Then change what this person sees differently."
        }
        Text::PerspectiveNameRequired => "Write a name, or choose someone on the map.",
        Text::ShowMapAs => "Whose view does the map show?",
        Text::AllTogether => "All together",
        Text::Disagreements => "Where do they see it differently?",
        Text::DisagreementHint => "A difference is not a mistake. It is something to talk about together.",
        Text::NoDisagreements => "All perspectives see the ties the same way.",
        Text::NeedTwoPerspectives => "With two or more perspectives you see here where they differ.",
        Text::DisagreementMarkLegend => "On the map: ≠ and a dash-dot line where perspectives differ.",
        Text::TiesInPerspective => "Ties in this perspective",
        Text::NoTiesInPerspective => "This perspective has no ties yet.",
        Text::ClosenessInPerspective => "How close, in this perspective",
        Text::AsOnTheMap => "As on the map",
        Text::AddTieToPerspective => "Add tie",
        Text::DeletePerspective => "Delete perspective",
        Text::PerspectiveDoesNotFit => "This does not fit the map. Choose two persons who are on the map.",
        Text::PickTwoPersons => "Choose two different persons.",
        Text::Merge => "Merge a map",
        Text::MergeHelp => {
            "Choose a Kring file from another device. You first see what differs. Nothing is overwritten without asking."
        }
        Text::MergeReading => "Reading the file…",
        Text::MergeSealed => {
            "This file is locked with a password. Open it through ‘My maps’ first and save it without a password."
        }
        Text::MergeQuestions => "Is this the same person?",
        Text::SamePerson => "Yes, the same person",
        Text::OtherPerson => "No, someone else",
        Text::Conflicts => "What differs?",
        Text::KeepOurs => "Keep what is here",
        Text::TakeTheirs => "Take from the other file",
        Text::MergeNow => "Merge",
        Text::MergeUndecided => "First answer every question.",
        Text::MergeDone => "The maps are merged. ‘Undo’ takes this back in one step.",
        Text::MergeMapChanged => "The map changed in the meantime. Choose the file again.",
        Text::MergeFailed => "Merging did not work. The map has not changed.",
        Text::MergeNothingNew => "The other file has nothing that is not here already.",
    }
}

/// A snapshot's day as people write it: 12 maart 2026 (nl) or 12 March 2026 (en), as every
/// date in Kring. A date that is not `YYYY-MM-DD` is shown as it is.
pub use crate::i18n::review::date_text;

/// A snapshot as named in the timeline strip and the compare choices: "12 maart 2026: voor het
/// netwerkberaad".
pub fn snapshot_name(lang: Lang, date: &str, label: &str) -> String {
    format!("{}: {label}", date_text(lang, date))
}

/// What the read-only drawing of a snapshot shows, for screen readers.
pub fn snapshot_drawing_label(lang: Lang, date: &str, label: &str) -> String {
    match lang {
        Lang::Nl => format!("Tekening van de kaart op {} ({label}). Alleen om te bekijken.", date_text(lang, date)),
        Lang::En => format!("Drawing of the map on {} ({label}). For viewing only.", date_text(lang, date)),
    }
}

/// The heading above one shown snapshot.
pub fn snapshot_heading(lang: Lang, date: &str, label: &str) -> String {
    match lang {
        Lang::Nl => format!("De kaart op {}: {label}", date_text(lang, date)),
        Lang::En => format!("The map on {}: {label}", date_text(lang, date)),
    }
}

/// The drawing of a comparison: the later map with the changes marked.
pub fn comparison_drawing_label(lang: Lang, changes: usize) -> String {
    match lang {
        Lang::Nl => format!(
            "Tekening van de latere kaart met {} erop. De lijst hiernaast zegt hetzelfde in woorden.",
            counted(changes, "verandering", "veranderingen")
        ),
        Lang::En => format!(
            "Drawing of the later map with {} marked. The list says the same in words.",
            counted(changes, "change", "changes")
        ),
    }
}

/// "3 veranderingen" / "3 changes", above the list.
pub fn change_count(lang: Lang, changes: usize) -> String {
    match lang {
        Lang::Nl => counted(changes, "verandering", "veranderingen"),
        Lang::En => counted(changes, "change", "changes"),
    }
}

/// The caption on the map while it shows one perspective.
pub fn seen_by(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("Zoals {name} het ziet"),
        Lang::En => format!("As {name} sees it"),
    }
}

/// The caption on the map in "all together" when perspectives differ.
pub fn differences_on_map(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Nl => format!("Allemaal samen: {} (≠)", counted(count, "verschil", "verschillen")),
        Lang::En => format!("All together: {} (≠)", counted(count, "difference", "differences")),
    }
}

/// A tie in a perspective's list: "Dennis → Noah (Praktische hulp)", with the types of
/// its kind when there are any, so two ties between the same persons can be told apart.
pub fn perspective_tie_name(lang: Lang, from: &str, to: &str, tie: &Tie) -> String {
    let arrow = if tie.mutual { "↔" } else { "→" };
    let types: Vec<String> = match tie.kind {
        TieKind::Support => tie.support.iter().map(|s| support_word(lang, *s)).collect(),
        TieKind::Risk => tie.risk.iter().map(|r| risk_word(lang, *r)).collect(),
        TieKind::Contact => Vec::new(),
    };
    if types.is_empty() {
        format!("{from} {arrow} {to}")
    } else {
        format!("{from} {arrow} {to} ({})", join_words(lang, &types))
    }
}

/// The kind of one tie in a perspective, as a form label: "Soort verbinding van Dennis
/// naar Noah (praktische hulp)".
pub fn perspective_tie_kind_label(lang: Lang, from: &str, to: &str, tie: &Tie) -> String {
    let name = perspective_tie_name(lang, from, to, tie);
    let details = name.find(" (").map_or("", |at| &name[at..]);
    match (lang, tie.mutual) {
        (Lang::Nl, false) => format!("Soort verbinding van {from} naar {to}{details}"),
        (Lang::Nl, true) => format!("Soort verbinding tussen {from} en {to}{details}"),
        (Lang::En, false) => format!("Kind of tie from {from} to {to}{details}"),
        (Lang::En, true) => format!("Kind of tie between {from} and {to}{details}"),
    }
}

/// The button that takes a tie out of one perspective.
pub fn remove_tie_from_perspective(lang: Lang, from: &str, to: &str, tie: &Tie, perspective: &str) -> String {
    let name = perspective_tie_name(lang, from, to, tie);
    match lang {
        Lang::Nl => format!("Verbinding {name} weghalen uit het perspectief van {perspective}"),
        Lang::En => format!("Remove the tie {name} from {perspective}'s perspective"),
    }
}

/// The heading above the ties of the perspective being shown.
pub fn perspective_heading(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("Perspectief van {name}"),
        Lang::En => format!("{name}'s perspective"),
    }
}

/// The button that shows the persons of one disagreement on the map.
pub fn show_disagreement(lang: Lang, sentence: &str) -> String {
    match lang {
        Lang::Nl => format!("Laat zien op de kaart: {sentence}"),
        Lang::En => format!("Show on the map: {sentence}"),
    }
}

/// What a merge brings in besides the answers asked for.
pub fn merge_summary(lang: Lang, new_persons: usize, new_ties: usize, perspectives: usize) -> String {
    match lang {
        Lang::Nl => format!(
            "Nieuw uit het andere bestand: {}, {} en {}.",
            counted(new_persons, "persoon", "personen"),
            counted(new_ties, "verbinding", "verbindingen"),
            counted(perspectives, "perspectief", "perspectieven")
        ),
        Lang::En => format!(
            "New from the other file: {}, {} and {}.",
            counted(new_persons, "person", "persons"),
            counted(new_ties, "tie", "ties"),
            counted(perspectives, "perspective", "perspectives")
        ),
    }
}

#[cfg(test)]
mod ui_tests {
    use super::*;

    #[test]
    fn every_screen_text_exists_in_both_languages() {
        for key in Text::ALL {
            assert!(!text(Lang::Nl, key).trim().is_empty(), "{key:?} nl");
            assert!(!text(Lang::En, key).trim().is_empty(), "{key:?} en");
        }
        assert_eq!(text(Lang::En, Text::OverTime), "Over time");
        assert_eq!(text(Lang::Nl, Text::OverTime), "In de tijd");
        assert_eq!(text(Lang::Nl, Text::Merge), "Kaart samenvoegen");
    }

    #[test]
    fn snapshot_dates_read_as_people_write_them() {
        assert_eq!(date_text(Lang::Nl, "2026-03-12"), "12 maart 2026");
        assert_eq!(date_text(Lang::En, "2026-03-12"), "12 March 2026");
        assert_eq!(date_text(Lang::En, "gisteren"), "gisteren");
        assert_eq!(snapshot_name(Lang::Nl, "2026-03-12", "voor het beraad"), "12 maart 2026: voor het beraad");
    }

    #[test]
    fn a_tie_in_a_perspective_is_named_with_its_types() {
        let mut tie = Tie::new(crate::model::TieId(1), PersonId(4), PersonId(2), TieKind::Support);
        tie.support.insert(SupportType::Practical);
        assert_eq!(perspective_tie_name(Lang::En, "Dennis", "Noah", &tie), "Dennis → Noah (practical help)");
        assert_eq!(
            perspective_tie_kind_label(Lang::Nl, "Dennis", "Noah", &tie),
            "Soort verbinding van Dennis naar Noah (praktische hulp)"
        );
        tie.kind = TieKind::Contact;
        tie.mutual = true;
        assert_eq!(perspective_tie_name(Lang::Nl, "Dennis", "Noah", &tie), "Dennis ↔ Noah");
    }

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(change_count(Lang::Nl, 1), "1 verandering");
        assert_eq!(change_count(Lang::En, 3), "3 changes");
        assert_eq!(merge_summary(Lang::En, 1, 2, 0), "New from the other file: 1 person, 2 ties and 0 perspectives.");
    }
}
