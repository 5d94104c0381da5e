//! Texts about files: why a file could not be opened, what an import changed, and the
//! words in an exported picture. Dutch on B1 level (the default) and English.
//!
//! Every function matches exhaustively on the error or text, per language: a new error
//! without a translation does not compile.

use super::{t, Key, Lang};
use crate::io::graphml::{FileError, ImportWarning, DEFAULT_RING, DEFAULT_SECTOR, MAX_IMPORT_BYTES};
use crate::model::{LoadError, Ring, TieKind};

/// Words in exported files (the SVG legend and header).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileText {
    LegendRings,
    LegendSectors,
    LegendLines,
    ArrowMeaning,
    WidthMeaning,
    MadeOn,
}

impl FileText {
    pub const ALL: [FileText; 6] = [
        FileText::LegendRings,
        FileText::LegendSectors,
        FileText::LegendLines,
        FileText::ArrowMeaning,
        FileText::WidthMeaning,
        FileText::MadeOn,
    ];
}

pub fn text(lang: Lang, key: FileText) -> &'static str {
    match lang {
        Lang::Nl => match key {
            FileText::LegendRings => "Ringen: hoe dichtbij",
            FileText::LegendSectors => "Groepen",
            FileText::LegendLines => "Lijnen",
            FileText::ArrowMeaning => "De pijl wijst van wie naar wie.",
            FileText::WidthMeaning => "Dikke lijn: sterk. Dunne lijn: zwak.",
            FileText::MadeOn => "Gemaakt op",
        },
        Lang::En => match key {
            FileText::LegendRings => "Rings: how close",
            FileText::LegendSectors => "Sectors",
            FileText::LegendLines => "Lines",
            FileText::ArrowMeaning => "The arrow points from whom to whom.",
            FileText::WidthMeaning => "Thick line: strong. Thin line: weak.",
            FileText::MadeOn => "Made on",
        },
    }
}

/// The name of a tie kind, as in the legend.
pub fn tie_kind_name(lang: Lang, kind: TieKind) -> &'static str {
    match (lang, kind) {
        (Lang::Nl, TieKind::Support) => "Steun",
        (Lang::Nl, TieKind::Risk) => "Risico",
        (Lang::Nl, TieKind::Contact) => "Contact",
        (Lang::En, TieKind::Support) => "Support",
        (Lang::En, TieKind::Risk) => "Risk",
        (Lang::En, TieKind::Contact) => "Contact",
    }
}

/// Ids and names from a file are shown cut short: a hostile file can make them huge.
fn quote(value: &str) -> String {
    const MAX: usize = 40;
    if value.chars().count() <= MAX {
        value.to_owned()
    } else {
        let cut: String = value.chars().take(MAX - 1).collect();
        format!("{cut}…")
    }
}

fn megabytes(bytes: usize) -> String {
    format!("{:.0}", (bytes as f64 / (1024.0 * 1024.0)).ceil())
}

/// Why an import failed, in words for the person who chose the file.
pub fn message(lang: Lang, error: &FileError) -> String {
    let limit = megabytes(MAX_IMPORT_BYTES);
    match lang {
        Lang::Nl => match error {
            FileError::TooLarge { bytes } => {
                format!("Dit bestand is te groot ({} MB). Kring opent bestanden tot {limit} MB.", megabytes(*bytes))
            }
            FileError::Empty => "Dit bestand is leeg.".into(),
            FileError::NotUtf8 => {
                "Kring kan de tekens in dit bestand niet lezen. Sla het bestand op als UTF-8 en probeer het opnieuw."
                    .into()
            }
            FileError::Truncated => {
                "Dit bestand is niet compleet. Misschien is het niet helemaal gedownload of opgeslagen.".into()
            }
            FileError::NotXml { line, .. } => {
                format!("Dit bestand is beschadigd of het is geen GraphML-bestand. De fout staat in regel {line}.")
            }
            FileError::DoctypeRefused => {
                "Kring opent dit bestand niet. Er staat een onderdeel in (een DOCTYPE) dat onveilig kan zijn.".into()
            }
            FileError::TooDeep => "Kring opent dit bestand niet. Het is te diep in elkaar genest.".into(),
            FileError::NotGraphml => "Dit is geen GraphML-bestand. Kies een bestand dat eindigt op .graphml.".into(),
            FileError::BrokenGraphml { line, .. } => {
                format!("Dit GraphML-bestand is niet compleet. In regel {line} mist iets.")
            }
            FileError::DuplicateId { id } => format!(
                "In dit bestand staat ‘{}’ twee keer. Elke persoon en verbinding mag er maar één keer in staan.",
                quote(id)
            ),
            FileError::UnknownTieEnd { person, .. } => format!(
                "Een verbinding gaat naar ‘{}’, maar die persoon staat niet in het bestand.",
                quote(person)
            ),
            FileError::MissingColumn { name } => format!(
                "De kolom ‘{}’ ontbreekt. In de eerste regel moeten de namen van de kolommen staan.",
                quote(name)
            ),
            FileError::BadValue { line, column } => {
                format!("Kring kan de waarde in regel {line}, kolom ‘{}’ niet lezen.", quote(column))
            }
            FileError::ExtraCells { line } => format!("Regel {line} heeft meer vakjes dan er kolommen zijn."),
        },
        Lang::En => match error {
            FileError::TooLarge { bytes } => {
                format!("This file is too large ({} MB). Kring opens files up to {limit} MB.", megabytes(*bytes))
            }
            FileError::Empty => "This file is empty.".into(),
            FileError::NotUtf8 => {
                "Kring cannot read the characters in this file. Save it as UTF-8 and try again.".into()
            }
            FileError::Truncated => {
                "This file is not complete. Perhaps it was not fully downloaded or saved.".into()
            }
            FileError::NotXml { line, .. } => {
                format!("This file is damaged or is not a GraphML file. The error is on line {line}.")
            }
            FileError::DoctypeRefused => {
                "Kring does not open this file. It contains a part (a DOCTYPE) that can be unsafe.".into()
            }
            FileError::TooDeep => "Kring does not open this file. It is nested too deeply.".into(),
            FileError::NotGraphml => "This is not a GraphML file. Choose a file that ends in .graphml.".into(),
            FileError::BrokenGraphml { line, .. } => {
                format!("This GraphML file is not complete. Something is missing on line {line}.")
            }
            FileError::DuplicateId { id } => format!(
                "‘{}’ appears twice in this file. Each person and tie may appear only once.",
                quote(id)
            ),
            FileError::UnknownTieEnd { person, .. } => {
                format!("A tie points to ‘{}’, but that person is not in the file.", quote(person))
            }
            FileError::MissingColumn { name } => {
                format!("The column ‘{}’ is missing. The first line must hold the column names.", quote(name))
            }
            FileError::BadValue { line, column } => {
                format!("Kring cannot read the value on line {line}, column ‘{}’.", quote(column))
            }
            FileError::ExtraCells { line } => format!("Line {line} has more cells than there are columns."),
        },
    }
}

/// A short list of attribute names: the first few, then an ellipsis.
fn names(attributes: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut list: Vec<String> = attributes.iter().take(SHOWN).map(|a| quote(a)).collect();
    if attributes.len() > SHOWN {
        list.push("…".into());
    }
    list.join(", ")
}

/// What an import changed or left out, in words.
pub fn warning_message(lang: Lang, warning: &ImportWarning) -> String {
    let place = format!(
        "{}, {}",
        t(lang, Key::Sector(DEFAULT_SECTOR)),
        t(lang, Key::Ring(Ring::new(DEFAULT_RING).unwrap_or(Ring::FURTHEST)))
    );
    match lang {
        Lang::Nl => match warning {
            ImportWarning::KeptInNotes { attributes, values } => format!(
                "{} zonder eigen plek in Kring {} nu in de notities ({}).",
                count(*values, "gegeven", "gegevens"),
                if *values == 1 { "staat" } else { "staan" },
                names(attributes)
            ),
            ImportWarning::UnreadableValues { attributes, values } => format!(
                "Kring kon {} niet lezen ({}). Ze staan in de notities.",
                count(*values, "waarde", "waarden"),
                names(attributes)
            ),
            ImportWarning::PlacedByDefault { persons } => format!(
                "{} had geen plek op de kaart en {} nu bij {place}. Sleep ze naar de goede plek.",
                count(*persons, "persoon", "personen"),
                if *persons == 1 { "staat" } else { "staan" },
            ),
            ImportWarning::SelfLoopsSkipped { ties } => format!(
                "{} van iemand naar zichzelf {} weggelaten.",
                count(*ties, "verbinding", "verbindingen"),
                if *ties == 1 { "is" } else { "zijn" }
            ),
            ImportWarning::HyperedgesSkipped { count: n } => format!(
                "{} tussen meer dan twee personen {} weggelaten.",
                count(*n, "verbinding", "verbindingen"),
                if *n == 1 { "is" } else { "zijn" }
            ),
            ImportWarning::GroupTiesSkipped { ties } => format!(
                "{} met een groep (een kader in yEd) {} weggelaten.",
                count(*ties, "verbinding", "verbindingen"),
                if *ties == 1 { "is" } else { "zijn" }
            ),
        },
        Lang::En => match warning {
            ImportWarning::KeptInNotes { attributes, values } => format!(
                "{} without a place in Kring {} added to the notes ({}).",
                count(*values, "value", "values"),
                if *values == 1 { "was" } else { "were" },
                names(attributes)
            ),
            ImportWarning::UnreadableValues { attributes, values } => format!(
                "Kring could not read {} ({}). They were added to the notes.",
                count(*values, "value", "values"),
                names(attributes)
            ),
            ImportWarning::PlacedByDefault { persons } => format!(
                "{} had no place on the map and {} now in {place}. Drag them to the right place.",
                count(*persons, "person", "persons"),
                if *persons == 1 { "is" } else { "are" },
            ),
            ImportWarning::SelfLoopsSkipped { ties } => format!(
                "{} from someone to themselves {} left out.",
                count(*ties, "tie", "ties"),
                if *ties == 1 { "was" } else { "were" }
            ),
            ImportWarning::HyperedgesSkipped { count: n } => format!(
                "{} between more than two persons {} left out.",
                count(*n, "tie", "ties"),
                if *n == 1 { "was" } else { "were" }
            ),
            ImportWarning::GroupTiesSkipped { ties } => format!(
                "{} to a group (a frame in yEd) {} left out.",
                count(*ties, "tie", "ties"),
                if *ties == 1 { "was" } else { "were" }
            ),
        },
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Why a Kring file (the native JSON) could not be opened.
pub fn load_error_message(lang: Lang, error: &LoadError) -> String {
    match lang {
        Lang::Nl => match error {
            LoadError::TooLarge { bytes } => format!(
                "Dit bestand is te groot ({} MB). Kring opent bestanden tot {} MB.",
                megabytes(*bytes),
                megabytes(MAX_IMPORT_BYTES)
            ),
            LoadError::NotJson { .. } => {
                "Dit bestand is beschadigd of niet compleet. Kring kan het niet openen.".into()
            }
            LoadError::NotKring => "Dit is geen Kring-bestand.".into(),
            LoadError::FutureVersion { .. } => "Dit bestand is gemaakt met een nieuwere versie van Kring. \
                 Laad de pagina opnieuw om Kring bij te werken, en probeer het dan nog een keer."
                .into(),
            LoadError::Invalid { .. } => "Dit Kring-bestand is beschadigd. Er klopt iets niet in de gegevens.".into(),
            LoadError::DuplicatePerson(id) => format!("In dit bestand staat persoon {id} twee keer."),
            LoadError::DuplicateTie(id) => format!("In dit bestand staat verbinding {id} twee keer."),
            LoadError::UnknownTieEnd { tie, .. } => {
                format!("Verbinding {tie} gaat naar iemand die niet in het bestand staat.")
            }
            LoadError::EmptyName(id) => format!("In dit bestand staat een persoon zonder naam ({id})."),
        },
        Lang::En => match error {
            LoadError::TooLarge { bytes } => format!(
                "This file is too large ({} MB). Kring opens files up to {} MB.",
                megabytes(*bytes),
                megabytes(MAX_IMPORT_BYTES)
            ),
            LoadError::NotJson { .. } => "This file is damaged or not complete. Kring cannot open it.".into(),
            LoadError::NotKring => "This is not a Kring file.".into(),
            LoadError::FutureVersion { .. } => "This file was made with a newer version of Kring. \
                 Reload the page to update Kring, then try again."
                .into(),
            LoadError::Invalid { .. } => "This Kring file is damaged. Some of its data is wrong.".into(),
            LoadError::DuplicatePerson(id) => format!("Person {id} appears twice in this file."),
            LoadError::DuplicateTie(id) => format!("Tie {id} appears twice in this file."),
            LoadError::UnknownTieEnd { tie, .. } => format!("Tie {tie} points to someone who is not in the file."),
            LoadError::EmptyName(id) => format!("This file has a person without a name ({id})."),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_text_exists_in_every_language_and_differs() {
        for key in FileText::ALL {
            assert!(!text(Lang::Nl, key).trim().is_empty());
            assert!(!text(Lang::En, key).trim().is_empty());
        }
        assert_ne!(text(Lang::Nl, FileText::LegendLines), text(Lang::En, FileText::LegendLines));
    }

    #[test]
    fn messages_name_the_numbers_and_cut_long_ids() {
        let long = "x".repeat(10_000);
        let m = message(Lang::Nl, &FileError::DuplicateId { id: long });
        assert!(m.chars().count() < 200, "{m}");
        assert!(message(Lang::En, &FileError::TooLarge { bytes: 30 * 1024 * 1024 }).contains("30 MB"));
        assert!(message(Lang::Nl, &FileError::BadValue { line: 7, column: "ring".into() }).contains("regel 7"));
        let w = warning_message(Lang::Nl, &ImportWarning::PlacedByDefault { persons: 1 });
        assert!(w.contains("1 persoon ") && w.contains("Vrienden"), "{w}");
    }
}
