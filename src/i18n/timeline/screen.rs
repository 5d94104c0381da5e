//! The texts of the "Over time" panel, dates, and the short sentences its screens show.

use super::*;

// ---------------------------------------------------------------------------------------
// Words on the screen: the "Over time" panel, its drawings and the merge step
// ---------------------------------------------------------------------------------------

/// Fixed words in the "Over time" panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiText {
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

impl UiText {
    pub const ALL: [UiText; 76] = [
        UiText::ClosenessInPerspective,
        UiText::AsOnTheMap,
        UiText::OverTime,
        UiText::OverTimeHelp,
        UiText::Snapshots,
        UiText::SaveSnapshot,
        UiText::SnapshotLabel,
        UiText::SnapshotLabelHint,
        UiText::SnapshotDate,
        UiText::SnapshotLabelRequired,
        UiText::BadDate,
        UiText::SnapshotSaved,
        UiText::NoSnapshotsYet,
        UiText::TimelineStrip,
        UiText::StripHelp,
        UiText::DeleteSnapshot,
        UiText::CompareWithNow,
        UiText::Compare,
        UiText::CompareHelp,
        UiText::Earlier,
        UiText::Later,
        UiText::Now,
        UiText::WhatChanged,
        UiText::NothingChanged,
        UiText::ProtectiveAdultsTitle,
        UiText::NoChildren,
        UiText::NeedSnapshotToCompare,
        UiText::MarksLegend,
        UiText::MarkJoined,
        UiText::MarkLeft,
        UiText::MarkCloser,
        UiText::MarkFurther,
        UiText::MarkPersonChanged,
        UiText::MarkTieAdded,
        UiText::MarkTieRemoved,
        UiText::MarkRiskToSupport,
        UiText::MarkSupportToRisk,
        UiText::MarkTieChanged,
        UiText::Perspectives,
        UiText::PerspectivesHelp,
        UiText::NewPerspective,
        UiText::PerspectiveName,
        UiText::PerspectiveHolder,
        UiText::NoHolder,
        UiText::CreatePerspective,
        UiText::PerspectiveCopyHint,
        UiText::PerspectiveNameRequired,
        UiText::ShowMapAs,
        UiText::AllTogether,
        UiText::Disagreements,
        UiText::DisagreementHint,
        UiText::NoDisagreements,
        UiText::NeedTwoPerspectives,
        UiText::DisagreementMarkLegend,
        UiText::TiesInPerspective,
        UiText::NoTiesInPerspective,
        UiText::AddTieToPerspective,
        UiText::DeletePerspective,
        UiText::PerspectiveDoesNotFit,
        UiText::PickTwoPersons,
        UiText::Merge,
        UiText::MergeHelp,
        UiText::MergeReading,
        UiText::MergeSealed,
        UiText::MergeQuestions,
        UiText::SamePerson,
        UiText::OtherPerson,
        UiText::Conflicts,
        UiText::KeepOurs,
        UiText::TakeTheirs,
        UiText::MergeNow,
        UiText::MergeUndecided,
        UiText::MergeDone,
        UiText::MergeMapChanged,
        UiText::MergeFailed,
        UiText::MergeNothingNew,
    ];
}

pub fn ui(lang: Lang, text: UiText) -> &'static str {
    match lang {
        Lang::Nl => ui_nl(text),
        Lang::En => ui_en(text),
    }
}

pub(super) fn ui_nl(text: UiText) -> &'static str {
    match text {
        UiText::OverTime => "In de tijd",
        UiText::OverTimeHelp => {
            "Bewaar hoe de kaart nu is, en kijk later wat er veranderd is. Of laat iedereen de kaart op zijn eigen manier zien."
        }
        UiText::Snapshots => "Momentopnamen",
        UiText::SaveSnapshot => "Momentopname bewaren",
        UiText::SnapshotLabel => "Waarom nu?",
        UiText::SnapshotLabelHint => "Bijvoorbeeld: voor het netwerkberaad van 12 maart",
        UiText::SnapshotDate => "Datum",
        UiText::SnapshotLabelRequired => "Schrijf er een paar woorden bij, zodat je hem later terugvindt.",
        UiText::BadDate => "Kies een datum die bestaat.",
        UiText::SnapshotSaved => "De momentopname is bewaard.",
        UiText::NoSnapshotsYet => "Er zijn nog geen momentopnamen.",
        UiText::TimelineStrip => "Momentopnamen op datum",
        UiText::StripHelp => {
            "Kies een momentopname om de kaart van toen te zien. Met de pijltjestoetsen ga je naar de vorige of de volgende."
        }
        UiText::DeleteSnapshot => "Momentopname weggooien",
        UiText::CompareWithNow => "Vergelijken met nu",
        UiText::Compare => "Vergelijken",
        UiText::CompareHelp => "Kies twee momenten. Je ziet wat er tussen die twee veranderd is.",
        UiText::Earlier => "Eerder moment",
        UiText::Later => "Later moment",
        UiText::Now => "Nu (de kaart zoals hij nu is)",
        UiText::WhatChanged => "Wat is er veranderd?",
        UiText::NothingChanged => "Er is niets veranderd.",
        UiText::ProtectiveAdultsTitle => "Veilige volwassenen per kind",
        UiText::NoChildren => "Er staan geen kinderen in het gezin.",
        UiText::NeedSnapshotToCompare => "Bewaar eerst een momentopname. Daarna kun je vergelijken.",
        UiText::MarksLegend => "Tekens op de tekening",
        UiText::MarkJoined => "Nieuw op de kaart",
        UiText::MarkLeft => "Niet meer op de kaart (grijze stippelrand)",
        UiText::MarkCloser => "Dichterbij gekomen",
        UiText::MarkFurther => "Verder weg gegaan",
        UiText::MarkPersonChanged => "Iets anders veranderd (plek, naam of gegevens)",
        UiText::MarkTieAdded => "Nieuwe verbinding",
        UiText::MarkTieRemoved => "Verbinding is weg (dunne stippellijn)",
        UiText::MarkRiskToSupport => "Van zorg naar steun",
        UiText::MarkSupportToRisk => "Van steun naar zorg",
        UiText::MarkTieChanged => "Verbinding is anders",
        UiText::Perspectives => "Ieders kijk",
        UiText::PerspectivesHelp => {
            "Iedereen ziet het netwerk anders. Maak een perspectief voor een gezinslid, iemand uit het netwerk of een hulpverlener."
        }
        UiText::NewPerspective => "Nieuw perspectief",
        UiText::PerspectiveName => "Van wie is dit perspectief?",
        UiText::PerspectiveHolder => "Staat deze persoon op de kaart?",
        UiText::NoHolder => "Nee (bijvoorbeeld een hulpverlener)",
        UiText::CreatePerspective => "Perspectief maken",
        UiText::PerspectiveCopyHint => {
            "Het perspectief begint met de verbindingen die nu op de kaart staan. Pas daarna aan wat deze persoon anders ziet."
        }
        UiText::PerspectiveNameRequired => "Schrijf een naam op, of kies iemand van de kaart.",
        UiText::ShowMapAs => "Wiens kijk laat de kaart zien?",
        UiText::AllTogether => "Allemaal samen",
        UiText::Disagreements => "Waar zien ze het anders?",
        UiText::DisagreementHint => "Een verschil is geen fout. Het is iets om samen over te praten.",
        UiText::NoDisagreements => "Alle perspectieven zien de verbindingen hetzelfde.",
        UiText::NeedTwoPerspectives => "Met twee of meer perspectieven zie je hier waar ze verschillen.",
        UiText::DisagreementMarkLegend => "Op de kaart: ≠ en een streep-stippellijn waar perspectieven verschillen.",
        UiText::TiesInPerspective => "Verbindingen in dit perspectief",
        UiText::NoTiesInPerspective => "Dit perspectief heeft nog geen verbindingen.",
        UiText::ClosenessInPerspective => "Hoe dichtbij, in dit perspectief",
        UiText::AsOnTheMap => "Zoals op de kaart",
        UiText::AddTieToPerspective => "Verbinding toevoegen",
        UiText::DeletePerspective => "Perspectief weggooien",
        UiText::PerspectiveDoesNotFit => "Dit past niet bij de kaart. Kies twee personen die op de kaart staan.",
        UiText::PickTwoPersons => "Kies twee verschillende personen.",
        UiText::Merge => "Kaart samenvoegen",
        UiText::MergeHelp => {
            "Kies een Kring-bestand van een ander apparaat. Je ziet eerst wat er verschilt. Niets wordt zomaar overschreven."
        }
        UiText::MergeReading => "Het bestand wordt gelezen…",
        UiText::MergeSealed => {
            "Dit bestand is op slot gezet met een wachtwoord. Open het eerst via ‘Mijn kaarten’ en bewaar het zonder wachtwoord."
        }
        UiText::MergeQuestions => "Is dit dezelfde persoon?",
        UiText::SamePerson => "Ja, dezelfde persoon",
        UiText::OtherPerson => "Nee, iemand anders",
        UiText::Conflicts => "Wat verschilt er?",
        UiText::KeepOurs => "Houden wat hier staat",
        UiText::TakeTheirs => "Nemen uit het andere bestand",
        UiText::MergeNow => "Samenvoegen",
        UiText::MergeUndecided => "Geef eerst bij elke vraag een antwoord.",
        UiText::MergeDone => "De kaarten zijn samengevoegd. Met ‘Ongedaan maken’ draai je dit in één stap terug.",
        UiText::MergeMapChanged => "De kaart is intussen veranderd. Kies het bestand nog een keer.",
        UiText::MergeFailed => "Samenvoegen lukte niet. De kaart is niet veranderd.",
        UiText::MergeNothingNew => "Het andere bestand heeft niets wat hier nog niet staat.",
    }
}

pub(super) fn ui_en(text: UiText) -> &'static str {
    match text {
        UiText::OverTime => "Over time",
        UiText::OverTimeHelp => {
            "Keep how the map is now, and see later what changed. Or let everyone show the map their own way."
        }
        UiText::Snapshots => "Snapshots",
        UiText::SaveSnapshot => "Save snapshot",
        UiText::SnapshotLabel => "Why now?",
        UiText::SnapshotLabelHint => "For example: before the network meeting on 12 March",
        UiText::SnapshotDate => "Date",
        UiText::SnapshotLabelRequired => "Write a few words, so you can find it again later.",
        UiText::BadDate => "Choose a date that exists.",
        UiText::SnapshotSaved => "The snapshot is saved.",
        UiText::NoSnapshotsYet => "There are no snapshots yet.",
        UiText::TimelineStrip => "Snapshots by date",
        UiText::StripHelp => {
            "Choose a snapshot to see the map as it was then. The arrow keys go to the previous or the next one."
        }
        UiText::DeleteSnapshot => "Delete snapshot",
        UiText::CompareWithNow => "Compare with now",
        UiText::Compare => "Compare",
        UiText::CompareHelp => "Choose two moments. You see what changed between them.",
        UiText::Earlier => "Earlier moment",
        UiText::Later => "Later moment",
        UiText::Now => "Now (the map as it is now)",
        UiText::WhatChanged => "What changed?",
        UiText::NothingChanged => "Nothing changed.",
        UiText::ProtectiveAdultsTitle => "Safe adults per child",
        UiText::NoChildren => "There are no children in the household.",
        UiText::NeedSnapshotToCompare => "Save a snapshot first. Then you can compare.",
        UiText::MarksLegend => "Signs on the drawing",
        UiText::MarkJoined => "New on the map",
        UiText::MarkLeft => "No longer on the map (grey dotted outline)",
        UiText::MarkCloser => "Moved closer",
        UiText::MarkFurther => "Moved further away",
        UiText::MarkPersonChanged => "Something else changed (place, name or details)",
        UiText::MarkTieAdded => "New tie",
        UiText::MarkTieRemoved => "Tie is gone (thin dotted line)",
        UiText::MarkRiskToSupport => "From risk to support",
        UiText::MarkSupportToRisk => "From support to risk",
        UiText::MarkTieChanged => "Tie is different",
        UiText::Perspectives => "Everyone's view",
        UiText::PerspectivesHelp => {
            "Everyone sees the network differently. Make a perspective for a household member, someone in the network or a professional."
        }
        UiText::NewPerspective => "New perspective",
        UiText::PerspectiveName => "Whose perspective is this?",
        UiText::PerspectiveHolder => "Is this person on the map?",
        UiText::NoHolder => "No (for example a professional)",
        UiText::CreatePerspective => "Make perspective",
        UiText::PerspectiveCopyHint => {
            "The perspective starts with the ties on the map now. Then change what this person sees differently."
        }
        UiText::PerspectiveNameRequired => "Write a name, or choose someone on the map.",
        UiText::ShowMapAs => "Whose view does the map show?",
        UiText::AllTogether => "All together",
        UiText::Disagreements => "Where do they see it differently?",
        UiText::DisagreementHint => "A difference is not a mistake. It is something to talk about together.",
        UiText::NoDisagreements => "All perspectives see the ties the same way.",
        UiText::NeedTwoPerspectives => "With two or more perspectives you see here where they differ.",
        UiText::DisagreementMarkLegend => "On the map: ≠ and a dash-dot line where perspectives differ.",
        UiText::TiesInPerspective => "Ties in this perspective",
        UiText::NoTiesInPerspective => "This perspective has no ties yet.",
        UiText::ClosenessInPerspective => "How close, in this perspective",
        UiText::AsOnTheMap => "As on the map",
        UiText::AddTieToPerspective => "Add tie",
        UiText::DeletePerspective => "Delete perspective",
        UiText::PerspectiveDoesNotFit => "This does not fit the map. Choose two persons who are on the map.",
        UiText::PickTwoPersons => "Choose two different persons.",
        UiText::Merge => "Merge a map",
        UiText::MergeHelp => {
            "Choose a Kring file from another device. You first see what differs. Nothing is overwritten without asking."
        }
        UiText::MergeReading => "Reading the file…",
        UiText::MergeSealed => {
            "This file is locked with a password. Open it through ‘My maps’ first and save it without a password."
        }
        UiText::MergeQuestions => "Is this the same person?",
        UiText::SamePerson => "Yes, the same person",
        UiText::OtherPerson => "No, someone else",
        UiText::Conflicts => "What differs?",
        UiText::KeepOurs => "Keep what is here",
        UiText::TakeTheirs => "Take from the other file",
        UiText::MergeNow => "Merge",
        UiText::MergeUndecided => "First answer every question.",
        UiText::MergeDone => "The maps are merged. ‘Undo’ takes this back in one step.",
        UiText::MergeMapChanged => "The map changed in the meantime. Choose the file again.",
        UiText::MergeFailed => "Merging did not work. The map has not changed.",
        UiText::MergeNothingNew => "The other file has nothing that is not here already.",
    }
}

/// A snapshot's day as people write it: 12 maart 2026 (nl) or 12 March 2026 (en), as every
/// date in Kring. A date that is not `YYYY-MM-DD` is shown as it is.
pub fn date_text(lang: Lang, iso: &str) -> String {
    crate::i18n::review::date_text(lang, iso)
}

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
        for text in UiText::ALL {
            assert!(!ui(Lang::Nl, text).trim().is_empty(), "{text:?} nl");
            assert!(!ui(Lang::En, text).trim().is_empty(), "{text:?} en");
        }
        assert_eq!(ui(Lang::En, UiText::OverTime), "Over time");
        assert_eq!(ui(Lang::Nl, UiText::OverTime), "In de tijd");
        assert_eq!(ui(Lang::Nl, UiText::Merge), "Kaart samenvoegen");
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
