//! What a chosen file is, and the map in it. Pure (bytes in, a map or a typed refusal out),
//! so a bad file can never reach the open map: the caller opens the result as a new map.
//!
//! Recognised by content first, the extension only breaks ties: a sealed file by its magic
//! bytes, JSON by `{` (a Kring file, else easyNWK), XML by `<` (GraphML); `.csv` is always
//! CSV. Two files at once are a persons table and a ties table.

use crate::io::crypto::{self, CryptoError};
use crate::io::csv;
use crate::io::easynwk::{self, EasyNwkError, EasyNwkImport, EasyNwkWarning};
use crate::io::graphml::{self, FileError, ImportWarning, ImportedMap};
use crate::model::{from_json, Edit, FamilyMap, LoadError};
use crate::scene::MapWords;

/// A file the person chose, read into memory.
pub struct Chosen {
    pub name: String,
    pub bytes: Vec<u8>,
}

pub enum Outcome {
    /// A sealed Kring file: ask for the password, then call `open_sealed`.
    NeedsPassword(Chosen),
    Opened(Box<Opened>),
    Failed(Refusal),
}

/// A map read from a file, with what the import did not take over exactly.
pub struct Opened {
    pub map: FamilyMap,
    pub warnings: Vec<Warning>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// From a GraphML or CSV import.
    Table(ImportWarning),
    EasyNwk(EasyNwkWarning),
}

/// Why no map came out of the chosen file(s).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// More than two files, or two that are not a persons table and a ties table.
    TooManyFiles,
    UnknownFormat,
    /// A ties table alone names persons it does not describe.
    TiesTableOnly,
    File(FileError),
    Kring(LoadError),
    EasyNwk(EasyNwkError),
    /// A sealed file that did not open.
    Sealed(CryptoError),
}

impl Refusal {
    /// A wrong password may simply be typed again; every other refusal ends the attempt.
    pub fn is_wrong_password(&self) -> bool {
        matches!(self, Refusal::Sealed(CryptoError::WrongPassword))
    }
}

/// When the file was read, for what an import writes into the map itself.
#[derive(Clone, Copy)]
pub struct Context<'a, W: MapWords> {
    /// `YYYY-MM-DD`: the date of easyNWK versions that carry no usable date of their own.
    pub today: &'a str,
    /// The label of the snapshot an easyNWK version becomes (its title and date), in the
    /// reader's language, as a person would type it.
    pub version_label: &'a dyn Fn(&str, &str) -> String,
    /// The languages a CSV table's sector names may be written in.
    pub languages: &'a [W],
}

/// Reads one file, or two CSV tables.
pub fn read<W: MapWords>(mut files: Vec<Chosen>, context: Context<'_, W>) -> Outcome {
    match files.len() {
        1 => {}
        2 => return read_csv_pair(files, context.languages),
        _ => return Outcome::Failed(Refusal::TooManyFiles),
    }
    let Some(file) = files.pop() else { return Outcome::Failed(Refusal::TooManyFiles) };
    if crypto::looks_sealed(&file.bytes) {
        return Outcome::NeedsPassword(file);
    }
    let text = match graphml::text_from_bytes(&file.bytes) {
        Ok(text) => text,
        Err(err) => return Outcome::Failed(Refusal::File(err)),
    };
    if text.trim().is_empty() {
        return Outcome::Failed(Refusal::File(FileError::Empty));
    }
    let extension = extension(&file.name);
    let start = text.trim_start().chars().next();
    let result = match (extension.as_str(), start) {
        ("csv", _) => read_csv(text, context.languages),
        (_, Some('{')) => read_json(text, context),
        (_, Some('<')) => read_graphml(text),
        ("json" | "kring", _) => read_json(text, context),
        ("graphml" | "xml", _) => read_graphml(text),
        _ if looks_like_table(text) => read_csv(text, context.languages),
        _ => Err(Refusal::UnknownFormat),
    };
    match result {
        Ok(opened) => Outcome::Opened(Box::new(named(opened, &file.name))),
        Err(refusal) => Outcome::Failed(refusal),
    }
}

/// Opens a sealed file with the password the person typed.
pub fn open_sealed<W: MapWords>(file: &Chosen, password: &str, context: Context<'_, W>) -> Result<Opened, Refusal> {
    let json = crypto::open(&file.bytes, password).map_err(Refusal::Sealed)?;
    read_opened_json(&json, &file.name, context)
}

/// Reads the Kring JSON that came out of a sealed file, however it was unsealed.
pub fn read_opened_json<W: MapWords>(json: &str, file_name: &str, context: Context<'_, W>) -> Result<Opened, Refusal> {
    read_json(json, context).map(|opened| named(opened, file_name))
}

fn extension(name: &str) -> String {
    name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase()).unwrap_or_default()
}

/// A map without a title is named after its file, so it can be found in "My maps".
fn named(mut opened: Opened, file_name: &str) -> Opened {
    if opened.map.title().trim().is_empty() {
        let stem = file_name.split('.').next().unwrap_or_default().trim();
        if !stem.is_empty() {
            let _ = opened.map.apply(Edit::RenameMap { title: stem.to_owned() });
        }
    }
    opened
}

fn read_json<W: MapWords>(text: &str, context: Context<'_, W>) -> Result<Opened, Refusal> {
    match from_json(text) {
        Ok(map) => Ok(Opened { map, warnings: Vec::new() }),
        // Valid JSON, but not Kring's: easyNWK is the other JSON Kring reads.
        Err(LoadError::NotKring) => match easynwk::import(text) {
            Ok(import) => Ok(from_easynwk(import, context)),
            Err(EasyNwkError::NotEasyNwk) => Err(Refusal::UnknownFormat),
            Err(err) => Err(Refusal::EasyNwk(err)),
        },
        Err(err) => Err(Refusal::Kring(err)),
    }
}

/// The version easyNWK showed becomes the map; every version becomes a snapshot, so the
/// history the family built in easyNWK stays with the map.
fn from_easynwk<W: MapWords>(import: EasyNwkImport, context: Context<'_, W>) -> Opened {
    let warnings = import.warnings.iter().cloned().map(Warning::EasyNwk).collect();
    let map = import.into_map_with_snapshots(context.today, context.version_label);
    Opened { map, warnings }
}

fn read_graphml(text: &str) -> Result<Opened, Refusal> {
    graphml::import(text).map(from_imported).map_err(Refusal::File)
}

fn read_csv<W: MapWords>(text: &str, languages: &[W]) -> Result<Opened, Refusal> {
    if is_ties_table(text) {
        return Err(Refusal::TiesTableOnly);
    }
    csv::import(text, None, languages).map(from_imported).map_err(Refusal::File)
}

fn read_csv_pair<W: MapWords>(files: Vec<Chosen>, languages: &[W]) -> Outcome {
    let mut texts = Vec::with_capacity(2);
    for file in &files {
        if crypto::looks_sealed(&file.bytes) {
            return Outcome::Failed(Refusal::TooManyFiles);
        }
        match graphml::text_from_bytes(&file.bytes) {
            Ok(text) => texts.push(text),
            Err(err) => return Outcome::Failed(Refusal::File(err)),
        }
    }
    let (ties, persons): (Vec<_>, Vec<_>) = files.iter().zip(texts).partition(|(_, text)| is_ties_table(text));
    let (Some((persons_file, persons)), Some((_, ties)), true) = (persons.first(), ties.first(), persons.len() == 1)
    else {
        return Outcome::Failed(Refusal::TooManyFiles);
    };
    match csv::import(persons, Some(ties), languages) {
        Ok(imported) => Outcome::Opened(Box::new(named(from_imported(imported), &persons_file.name))),
        Err(err) => Outcome::Failed(Refusal::File(err)),
    }
}

fn from_imported(imported: ImportedMap) -> Opened {
    let ImportedMap { map, warnings } = imported;
    Opened { map, warnings: warnings.into_iter().map(Warning::Table).collect() }
}

/// The column names in a table's first line, in lower case.
fn header(text: &str) -> Vec<String> {
    let first = text.trim_start_matches('\u{feff}').lines().next().unwrap_or_default();
    first.split([',', ';', '\t']).map(|cell| cell.trim().trim_matches('"').trim().to_lowercase()).collect()
}

/// A ties table names where each tie goes, and has no `name` column of its own.
fn is_ties_table(text: &str) -> bool {
    let columns = header(text);
    let has = |name: &str| columns.iter().any(|c| c == name);
    has("from") && has("to") && !has("name")
}

/// A file without a known extension that starts like one of Kring's tables.
fn looks_like_table(text: &str) -> bool {
    let columns = header(text);
    columns.len() > 1 && (columns.iter().any(|c| c == "name") || is_ties_table(text))
}
