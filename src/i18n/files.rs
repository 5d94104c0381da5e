//! Texts about files: why a file could not be opened, what an import changed, and the
//! words in an exported picture. Dutch on B1 level (the default) and English.
//!
//! Every function matches exhaustively on the error or text, per language: a new error
//! without a translation does not compile.

use super::{t, Key, Lang};
use crate::io::detect::{Refusal, Warning};
use crate::io::graphml::{FileError, ImportWarning, DEFAULT_RING, DEFAULT_SECTOR, MAX_IMPORT_BYTES};
use crate::io::pseudonymise::{Changes, NameStyle, PseudonymWords};
use crate::model::limits::{Counted, TooMany};
use crate::model::{LoadError, Ring};

/// Words in exported files (the SVG legend and header).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PictureText {
    LegendRings,
    LegendSectors,
    LegendLines,
    ArrowMeaning,
    WidthMeaning,
    MadeOn,
}

impl PictureText {
    pub const ALL: [PictureText; 6] = [
        PictureText::LegendRings,
        PictureText::LegendSectors,
        PictureText::LegendLines,
        PictureText::ArrowMeaning,
        PictureText::WidthMeaning,
        PictureText::MadeOn,
    ];
}

pub fn picture_text(lang: Lang, key: PictureText) -> &'static str {
    match lang {
        Lang::Nl => match key {
            PictureText::LegendRings => "Ringen: hoe dichtbij",
            PictureText::LegendSectors => "Groepen",
            PictureText::LegendLines => "Lijnen",
            PictureText::ArrowMeaning => "De pijl wijst van wie naar wie.",
            PictureText::WidthMeaning => "Dikke lijn: sterk. Dunne lijn: zwak.",
            PictureText::MadeOn => "Gemaakt op",
        },
        Lang::En => match key {
            PictureText::LegendRings => "Rings: how close",
            PictureText::LegendSectors => "Sectors",
            PictureText::LegendLines => "Lines",
            PictureText::ArrowMeaning => "The arrow points from whom to whom.",
            PictureText::WidthMeaning => "Thick line: strong. Thin line: weak.",
            PictureText::MadeOn => "Made on",
        },
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
            FileError::UnknownTieEnd { person, .. } => {
                format!("Een verbinding gaat naar ‘{}’, maar die persoon staat niet in het bestand.", quote(person))
            }
            FileError::MissingColumn { name } => format!(
                "De kolom ‘{}’ ontbreekt. In de eerste regel moeten de namen van de kolommen staan.",
                quote(name)
            ),
            FileError::BadValue { line, column } => {
                format!("Kring kan de waarde in regel {line}, kolom ‘{}’ niet lezen.", quote(column))
            }
            FileError::ExtraCells { line } => format!("Regel {line} heeft meer vakjes dan er kolommen zijn."),
            FileError::TooMany(too_many) => too_many_message(lang, too_many),
        },
        Lang::En => match error {
            FileError::TooLarge { bytes } => {
                format!("This file is too large ({} MB). Kring opens files up to {limit} MB.", megabytes(*bytes))
            }
            FileError::Empty => "This file is empty.".into(),
            FileError::NotUtf8 => {
                "Kring cannot read the characters in this file. Save it as UTF-8 and try again.".into()
            }
            FileError::Truncated => "This file is not complete. Perhaps it was not fully downloaded or saved.".into(),
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
            FileError::DuplicateId { id } => {
                format!("‘{}’ appears twice in this file. Each person and tie may appear only once.", quote(id))
            }
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
            FileError::TooMany(too_many) => too_many_message(lang, too_many),
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

/// A file with more in it than a map may hold. Shared by every reader's message.
pub fn too_many_message(lang: Lang, too_many: &TooMany) -> String {
    let (count, max) = (too_many.count, too_many.max());
    let what = match (lang, too_many.what) {
        (Lang::Nl, Counted::Persons) => "personen",
        (Lang::Nl, Counted::Ties) => "verbindingen",
        (Lang::Nl, Counted::Snapshots) => "momentopnamen",
        (Lang::Nl, Counted::Meetings) => "netwerkberaden",
        (Lang::Nl, Counted::Perspectives) => "perspectieven",
        (Lang::Nl, Counted::Versions) => "versies",
        (Lang::En, Counted::Persons) => "persons",
        (Lang::En, Counted::Ties) => "ties",
        (Lang::En, Counted::Snapshots) => "snapshots",
        (Lang::En, Counted::Meetings) => "network meetings",
        (Lang::En, Counted::Perspectives) => "perspectives",
        (Lang::En, Counted::Versions) => "versions",
    };
    match lang {
        Lang::Nl => format!(
            "Kring opent dit bestand niet: er staan {count} {what} in. Een kaart in Kring heeft er hoogstens {max}. \
             Je kaarten in Kring zijn niet veranderd."
        ),
        Lang::En => format!(
            "Kring does not open this file: it holds {count} {what}. A map in Kring has at most {max}. \
             Your maps in Kring have not changed."
        ),
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
            LoadError::TooMany(too_many) => too_many_message(lang, too_many),
            LoadError::NestedSnapshot { .. } => "Kring opent dit bestand niet: er zit een momentopname in een \
                 momentopname. Kring maakt zulke bestanden nooit. Je kaarten in Kring zijn niet veranderd."
                .into(),
            LoadError::IdTooLarge { id } => format!(
                "Kring opent dit bestand niet: het nummer {id} is te hoog, er kan daarna niets meer bij. \
                 Je kaarten in Kring zijn niet veranderd."
            ),
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
            LoadError::TooMany(too_many) => too_many_message(lang, too_many),
            LoadError::NestedSnapshot { .. } => "Kring does not open this file: it has a snapshot inside a \
                 snapshot. Kring never makes such files. Your maps in Kring have not changed."
                .into(),
            LoadError::IdTooLarge { id } => format!(
                "Kring does not open this file: the number {id} is too high, nothing more could be added after it. \
                 Your maps in Kring have not changed."
            ),
        },
    }
}

// ---------------------------------------------------------------------------------------
// The Export menu and the Import control
// ---------------------------------------------------------------------------------------

/// Labels and short sentences of the Export menu, the password dialogs and the Import
/// control. The menu button and the file input use `Key::Export` and `Key::Import`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    ExportChoices,
    /// The file name field of the Export menu; empty gives the neutral `kring-<date>`.
    FileNameOptional,
    KringFile,
    SealedFile,
    Graphml,
    Csv,
    SvgPicture,
    PngPicture,
    Pseudonymise,
    PseudonymiseHelp,
    NamesBecome,
    PreviewHeading,
    /// Whether child-safety marks and safety scores go along in a pseudonymised file.
    KeepSafety,
    NameNow,
    NameInFile,
    RoleInFile,
    SealTitle,
    SealIntro,
    Password,
    PasswordAgain,
    PasswordTooShort,
    PasswordsDiffer,
    SealAndSave,
    Sealing,
    OpenSealedTitle,
    OpenSealedIntro,
    Opening,
    UnknownFormat,
    TooManyFiles,
    TiesTableOnly,
    ReadFailed,
    ExportFailed,
    WarningsHeading,
    DropHere,
    CsvPersons,
    CsvTies,
}

impl Text {
    pub const ALL: [Text; 36] = [
        Text::ExportChoices,
        Text::KringFile,
        Text::SealedFile,
        Text::Graphml,
        Text::Csv,
        Text::SvgPicture,
        Text::PngPicture,
        Text::Pseudonymise,
        Text::PseudonymiseHelp,
        Text::NamesBecome,
        Text::PreviewHeading,
        Text::KeepSafety,
        Text::NameNow,
        Text::NameInFile,
        Text::RoleInFile,
        Text::SealTitle,
        Text::SealIntro,
        Text::Password,
        Text::PasswordAgain,
        Text::PasswordTooShort,
        Text::PasswordsDiffer,
        Text::SealAndSave,
        Text::Sealing,
        Text::OpenSealedTitle,
        Text::OpenSealedIntro,
        Text::Opening,
        Text::UnknownFormat,
        Text::TooManyFiles,
        Text::TiesTableOnly,
        Text::ReadFailed,
        Text::ExportFailed,
        Text::WarningsHeading,
        Text::DropHere,
        Text::CsvPersons,
        Text::FileNameOptional,
        Text::CsvTies,
    ];
}

/// The shortest password a sealed file accepts.
/// Passwords for new sealed files must be longer than 8 characters.
pub const MIN_PASSWORD_CHARS: usize = 9;

pub fn text(lang: Lang, key: Text) -> &'static str {
    match lang {
        Lang::Nl => match key {
            Text::ExportChoices => "Kies wat voor bestand",
            Text::KringFile => "Kring-bestand",
            Text::SealedFile => "Kring-bestand met wachtwoord",
            Text::Graphml => "GraphML",
            Text::Csv => "CSV",
            Text::SvgPicture => "SVG-plaatje",
            Text::PngPicture => "PNG-plaatje",
            Text::Pseudonymise => "Namen vervangen (pseudoniem)",
            Text::PseudonymiseHelp => "Voor een bestand dat je deelt. De kaart zelf blijft zoals hij is.",
            Text::NamesBecome => "Namen worden",
            Text::PreviewHeading => "Dit komt in het bestand",
            Text::KeepSafety => "Veiligheid van kinderen ook meesturen (veilige volwassene, alleen onder toezicht, geen contact, en ieders cijfer voor veiligheid)",
            Text::NameNow => "Naam nu",
            Text::NameInFile => "Naam in het bestand",
            Text::RoleInFile => "Rol in het bestand",
            Text::SealTitle => "Bestand beveiligen met een wachtwoord",
            Text::SealIntro => {
                "Wie het bestand wil openen, heeft dit wachtwoord nodig. Onthoud het goed: \
                 Kring kan een vergeten wachtwoord niet terughalen."
            }
            Text::Password => "Wachtwoord",
            Text::PasswordAgain => "Wachtwoord nog een keer",
            Text::PasswordTooShort => "Het wachtwoord is te kort. Kies minstens 9 tekens, of neem de voorgestelde zin.",
            Text::PasswordsDiffer => "De twee wachtwoorden zijn niet hetzelfde. Typ ze nog een keer.",
            Text::SealAndSave => "Beveiligen en bewaren",
            Text::Sealing => "Bezig met beveiligen…",
            Text::OpenSealedTitle => "Dit bestand heeft een wachtwoord",
            Text::OpenSealedIntro => "Typ het wachtwoord om de kaart te openen.",
            Text::Opening => "Bezig met openen…",
            Text::UnknownFormat => {
                "Kring kent dit soort bestand niet. Kies een Kring-bestand, een easyNWK-bestand, \
                 een GraphML-bestand of een CSV-tabel."
            }
            Text::TooManyFiles => {
                "Kies één bestand. Alleen bij CSV mogen het er twee zijn: de tabel met personen \
                 en de tabel met verbindingen."
            }
            Text::TiesTableOnly => {
                "Dit is de tabel met verbindingen. Kies de tabel met personen erbij: \
                 twee bestanden tegelijk."
            }
            Text::ReadFailed => "Kring kon dit bestand niet lezen. Probeer het nog een keer.",
            Text::ExportFailed => "Het bestand kon niet gemaakt worden. Probeer het nog een keer.",
            Text::WarningsHeading => "Let op bij deze kaart:",
            Text::DropHere => "Laat het bestand los om het te openen als nieuwe kaart.",
            Text::CsvPersons => "personen",
            Text::FileNameOptional => "Bestandsnaam (mag leeg blijven)",
            Text::CsvTies => "verbindingen",
        },
        Lang::En => match key {
            Text::ExportChoices => "Choose a kind of file",
            Text::KringFile => "Kring file",
            Text::SealedFile => "Encrypted Kring file",
            Text::Graphml => "GraphML",
            Text::Csv => "CSV",
            Text::SvgPicture => "SVG picture",
            Text::PngPicture => "PNG picture",
            Text::Pseudonymise => "Pseudonymise",
            Text::PseudonymiseHelp => "For a file you share. The map itself stays as it is.",
            Text::NamesBecome => "Names become",
            Text::PreviewHeading => "This goes into the file",
            Text::KeepSafety => "Also include children's safety (safe adult, supervised only, no contact, and everyone's safety score)",
            Text::NameNow => "Name now",
            Text::NameInFile => "Name in the file",
            Text::RoleInFile => "Role in the file",
            Text::SealTitle => "Protect the file with a password",
            Text::SealIntro => {
                "Whoever opens the file needs this password. Remember it well: \
                 Kring cannot bring back a forgotten password."
            }
            Text::Password => "Password",
            Text::PasswordAgain => "Password again",
            Text::PasswordTooShort => {
                "The password is too short. Choose at least 9 characters, or take the suggested phrase."
            }
            Text::PasswordsDiffer => "The two passwords are not the same. Please type them again.",
            Text::SealAndSave => "Protect and save",
            Text::Sealing => "Protecting…",
            Text::OpenSealedTitle => "This file has a password",
            Text::OpenSealedIntro => "Type the password to open the map.",
            Text::Opening => "Opening…",
            Text::UnknownFormat => {
                "Kring does not know this kind of file. Choose a Kring file, an easyNWK file, \
                 a GraphML file or a CSV table."
            }
            Text::TooManyFiles => {
                "Choose one file. Only for CSV may there be two: the table of persons \
                 and the table of ties."
            }
            Text::TiesTableOnly => "This is the table of ties. Choose the table of persons with it: two files at once.",
            Text::ReadFailed => "Kring could not read this file. Please try again.",
            Text::ExportFailed => "The file could not be made. Please try again.",
            Text::WarningsHeading => "Please note about this map:",
            Text::DropHere => "Let go of the file to open it as a new map.",
            Text::CsvPersons => "persons",
            Text::FileNameOptional => "File name (may stay empty)",
            Text::CsvTies => "ties",
        },
    }
}

/// What a name style is called in the Export menu.
pub fn name_style_label(lang: Lang, style: NameStyle) -> &'static str {
    match (lang, style) {
        (Lang::Nl, NameStyle::Initials) => "Initialen (zoals ‘O.R.’)",
        (Lang::Nl, NameStyle::Roles) => "Rol (zoals ‘oma’)",
        (Lang::Nl, NameStyle::Numbers) => "Nummer (zoals ‘Persoon 4’), zonder rol",
        (Lang::En, NameStyle::Initials) => "Initials (such as ‘O.R.’)",
        (Lang::En, NameStyle::Roles) => "Role (such as ‘grandma’)",
        (Lang::En, NameStyle::Numbers) => "Number (such as ‘Person 4’), without role",
    }
}

/// Words that replace texts in a pseudonymised file.
pub const fn pseudonym_words(lang: Lang) -> PseudonymWords {
    match lang {
        Lang::Nl => PseudonymWords {
            person: "Persoon",
            pet: "Huisdier",
            organisation: "Organisatie",
            title: "Netwerkkaart",
            snapshot: "Momentopname",
            view: "Kijk",
            view_of: "Kijk van",
        },
        Lang::En => PseudonymWords {
            person: "Person",
            pet: "Pet",
            organisation: "Organisation",
            title: "Network map",
            snapshot: "Snapshot",
            view: "View",
            view_of: "View of",
        },
    }
}

/// The preview's sentences about what else a pseudonymised file leaves out or replaces.
/// Only what applies to this map is said, but names, notes and the title always are.
pub fn pseudonymise_summary(lang: Lang, changes: &Changes, style: NameStyle, keep_safety: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let notes = changes.person_notes_dropped + changes.tie_notes_dropped;
    match lang {
        Lang::Nl => {
            lines.push(format!("De kaart heet in het bestand ‘{}’.", changes.title));
            lines.push(match style {
                NameStyle::Numbers => "Namen en rollen gaan niet mee.".to_owned(),
                NameStyle::Initials | NameStyle::Roles => {
                    "Namen gaan niet mee. Rollen wel: kijk of er geen naam in staat.".to_owned()
                }
            });
            lines.push(format!("Notities en contactgegevens gaan niet mee ({}).", count(notes, "notitie", "notities")));
            if changes.according_to_replaced + changes.according_to_dropped > 0 {
                lines.push(format!(
                    "Bij ‘volgens’ komt de nieuwe naam; {} die bij niemand op de kaart {} {} weggelaten.",
                    count(changes.according_to_dropped, "tekst", "teksten"),
                    if changes.according_to_dropped == 1 { "hoort" } else { "horen" },
                    if changes.according_to_dropped == 1 { "wordt" } else { "worden" },
                ));
            }
            if changes.meetings_dropped > 0 {
                lines.push(format!(
                    "{} {} niet mee.",
                    count(changes.meetings_dropped, "netwerkberaad", "netwerkberaden"),
                    if changes.meetings_dropped == 1 { "gaat" } else { "gaan" }
                ));
            }
            if changes.snapshots_renamed + changes.perspectives_renamed > 0 {
                lines.push("Momentopnames en ieders kijk gaan mee, met de nieuwe namen.".to_owned());
            }
            let safety = changes.safety_marks + changes.safety_scores;
            if safety > 0 {
                lines.push(if keep_safety {
                    format!(
                        "Wat over de veiligheid van kinderen is vastgelegd, gaat mee ({}).",
                        count(safety, "markering", "markeringen")
                    )
                } else {
                    format!(
                        "Wat over de veiligheid van kinderen is vastgelegd, gaat niet mee ({}).",
                        count(safety, "markering", "markeringen")
                    )
                });
            }
            lines.push("Groep, ring, plek, leeftijd, geslacht en alle verbindingen blijven.".to_owned());
        }
        Lang::En => {
            lines.push(format!("The map is called ‘{}’ in the file.", changes.title));
            lines.push(match style {
                NameStyle::Numbers => "Names and roles are left out.".to_owned(),
                NameStyle::Initials | NameStyle::Roles => {
                    "Names are left out. Roles stay: check that no name is in them.".to_owned()
                }
            });
            lines.push(format!("Notes and contact details are left out ({}).", count(notes, "note", "notes")));
            if changes.according_to_replaced + changes.according_to_dropped > 0 {
                lines.push(format!(
                    "‘According to’ gets the new name; {} that name nobody on the map {} left out.",
                    count(changes.according_to_dropped, "text", "texts"),
                    if changes.according_to_dropped == 1 { "is" } else { "are" },
                ));
            }
            if changes.meetings_dropped > 0 {
                lines.push(format!(
                    "{} {} left out.",
                    count(changes.meetings_dropped, "network meeting", "network meetings"),
                    if changes.meetings_dropped == 1 { "is" } else { "are" }
                ));
            }
            if changes.snapshots_renamed + changes.perspectives_renamed > 0 {
                lines.push("Snapshots and everyone's views go along, with the new names.".to_owned());
            }
            let safety = changes.safety_marks + changes.safety_scores;
            if safety > 0 {
                lines.push(format!(
                    "What is noted about children's safety is {} ({}).",
                    if keep_safety { "included" } else { "left out" },
                    count(safety, "mark", "marks")
                ));
            }
            lines.push("Sector, ring, place, age, gender and all ties stay.".to_owned());
        }
    }
    lines
}

/// After an import: the map opened as a new map, the others are still there.
pub fn imported(lang: Lang, title: &str) -> String {
    match lang {
        Lang::Nl => {
            format!("‘{}’ is geopend als nieuwe kaart. Je andere kaarten staan bij Mijn kaarten.", quote(title))
        }
        Lang::En => format!("‘{}’ was opened as a new map. Your other maps are in My maps.", quote(title)),
    }
}

/// After an export: the names of the files the browser saved.
pub fn exported(lang: Lang, files: &[String]) -> String {
    let list = files.join(", ");
    let one = files.len() == 1;
    match lang {
        Lang::Nl => format!("Bewaard als {list}. Je vindt {} bij je downloads.", if one { "het" } else { "ze" }),
        Lang::En => format!("Saved as {list}. You will find {} in your downloads.", if one { "it" } else { "them" }),
    }
}

/// The label of a snapshot made from one easyNWK version.
pub fn easynwk_version_label(lang: Lang, title: &str, date: &str) -> String {
    let title = if title.trim().is_empty() { date.trim() } else { title.trim() };
    if title.is_empty() {
        return "easyNWK".to_owned();
    }
    match lang {
        Lang::Nl => format!("easyNWK-versie: {}", quote(title)),
        Lang::En => format!("easyNWK version: {}", quote(title)),
    }
}

/// Why no map came out of the chosen file(s), in the reader's language.
pub fn refusal_message(lang: Lang, refusal: &Refusal) -> String {
    match refusal {
        Refusal::TooManyFiles => text(lang, Text::TooManyFiles).to_owned(),
        Refusal::UnknownFormat => text(lang, Text::UnknownFormat).to_owned(),
        Refusal::TiesTableOnly => text(lang, Text::TiesTableOnly).to_owned(),
        Refusal::File(error) => message(lang, error),
        Refusal::Kring(error) => load_error_message(lang, error),
        Refusal::EasyNwk(error) => super::easynwk::message(lang, error),
        Refusal::Sealed(error) => super::sealed::message(lang, error),
    }
}

/// What an import did not take over exactly, in the reader's language.
pub fn import_warning(lang: Lang, warning: &Warning) -> String {
    match warning {
        Warning::Table(warning) => warning_message(lang, warning),
        Warning::EasyNwk(warning) => super::easynwk::warning_message(lang, warning),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_text_exists_in_every_language_and_differs() {
        for key in PictureText::ALL {
            assert!(!picture_text(Lang::Nl, key).trim().is_empty());
            assert!(!picture_text(Lang::En, key).trim().is_empty());
        }
        assert_ne!(picture_text(Lang::Nl, PictureText::LegendLines), picture_text(Lang::En, PictureText::LegendLines));
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

    #[test]
    fn every_files_menu_text_exists_in_every_language() {
        for key in Text::ALL {
            assert!(!text(Lang::Nl, key).trim().is_empty(), "{key:?}");
            assert!(!text(Lang::En, key).trim().is_empty(), "{key:?}");
        }
        assert_ne!(text(Lang::Nl, Text::SealedFile), text(Lang::En, Text::SealedFile));
        assert!(text(Lang::Nl, Text::PasswordTooShort).contains(&MIN_PASSWORD_CHARS.to_string()));
        assert!(text(Lang::En, Text::PasswordTooShort).contains(&MIN_PASSWORD_CHARS.to_string()));
    }

    #[test]
    fn import_and_export_sentences_cut_long_titles_and_count_files() {
        let long = "x".repeat(10_000);
        assert!(imported(Lang::En, &long).chars().count() < 200);
        assert!(exported(Lang::Nl, &["a.csv".into(), "b.csv".into()]).contains(" ze "));
        assert!(exported(Lang::En, &["a.svg".into()]).contains(" it "));
    }
}
