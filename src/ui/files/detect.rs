//! What a chosen file is, and the map in it. Pure (bytes in, a map or a message out), so
//! a bad file can never reach the open map: the caller opens the result as a new map.
//!
//! Recognised by content first, the extension only breaks ties: a sealed file by its magic
//! bytes, JSON by `{` (a Kring file, else easyNWK), XML by `<` (GraphML); `.csv` is always
//! CSV. Two files at once are a persons table and a ties table.

use crate::i18n::files::{easynwk_version_label, load_error_message, message, ui_text, warning_message, UiText};
use crate::i18n::Lang;
use crate::io::crypto::{self, CryptoError};
use crate::io::csv;
use crate::io::easynwk::{self, EasyNwkError, EasyNwkImport};
use crate::io::graphml::{self, FileError, ImportedMap};
use crate::model::{from_json, Edit, FamilyMap, LoadError};
use std::rc::Rc;

/// A sentence in the language the person reads at the time it is shown.
pub type Say = Rc<dyn Fn(Lang) -> String>;
/// Sentences, likewise.
pub type SayAll = Rc<dyn Fn(Lang) -> Vec<String>>;

pub struct Chosen {
    pub name: String,
    pub bytes: Vec<u8>,
}

pub enum Outcome {
    /// A sealed Kring file: ask for the password, then call `open_sealed`.
    NeedsPassword(Chosen),
    Opened(Opened),
    Failed(Say),
}

pub struct Opened {
    pub map: FamilyMap,
    pub warnings: SayAll,
}

/// Why a sealed file did not open; a wrong password may simply be typed again.
pub struct SealedFailure {
    pub say: Say,
    pub wrong_password: bool,
}

pub fn say_text(key: UiText) -> Say {
    Rc::new(move |lang| ui_text(lang, key).to_owned())
}

fn say_file_error(error: FileError) -> Say {
    Rc::new(move |lang| message(lang, &error))
}

/// Refused before reading: the size the browser reports is enough.
pub fn too_large(bytes: usize) -> Say {
    say_file_error(FileError::TooLarge { bytes })
}

fn no_warnings() -> SayAll {
    Rc::new(|_| Vec::new())
}

/// When the file was read, for what an import writes into the map itself.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    /// `YYYY-MM-DD`: the date of easyNWK versions that carry no usable date of their own.
    pub today: &'a str,
    /// The language of the labels an import writes (snapshot labels), as a person would type them.
    pub lang: Lang,
}

/// Reads one file, or two CSV tables.
pub fn read(mut files: Vec<Chosen>, context: Context<'_>) -> Outcome {
    match files.len() {
        1 => {}
        2 => return read_csv_pair(files),
        _ => return Outcome::Failed(say_text(UiText::TooManyFiles)),
    }
    let Some(file) = files.pop() else { return Outcome::Failed(say_text(UiText::TooManyFiles)) };
    if crypto::looks_sealed(&file.bytes) {
        return Outcome::NeedsPassword(file);
    }
    let text = match graphml::text_from_bytes(&file.bytes) {
        Ok(text) => text,
        Err(err) => return Outcome::Failed(say_file_error(err)),
    };
    if text.trim().is_empty() {
        return Outcome::Failed(say_file_error(FileError::Empty));
    }
    let extension = extension(&file.name);
    let start = text.trim_start().chars().next();
    let result = match (extension.as_str(), start) {
        ("csv", _) => read_csv(text),
        (_, Some('{')) => read_json(text, context),
        (_, Some('<')) => read_graphml(text),
        ("json" | "kring", _) => read_json(text, context),
        ("graphml" | "xml", _) => read_graphml(text),
        _ if looks_like_table(text) => read_csv(text),
        _ => Err(say_text(UiText::UnknownFormat)),
    };
    match result {
        Ok(opened) => Outcome::Opened(named(opened, &file.name)),
        Err(say) => Outcome::Failed(say),
    }
}

/// Opens a sealed file with the password the person typed.
/// Every check that needs no password comes first, so a file asking for too much work is
/// refused before any; Argon2 then runs in the key derivation worker.
pub async fn open_sealed(file: &Chosen, password: &str, context: Context<'_>) -> Result<Opened, SealedFailure> {
    let failure = |err: CryptoError| SealedFailure {
        wrong_password: err == CryptoError::WrongPassword,
        say: Rc::new(move |lang| crate::i18n::sealed::message(lang, &err)),
    };
    let (salt, params) = crypto::kdf_input(&file.bytes).map_err(failure)?;
    let derived = crate::ui::kdf::derive(password, &salt, params).await.map_err(failure)?;
    let json = crypto::open_derived(&file.bytes, &derived).map_err(failure)?;
    drop(derived);
    read_json(&json, context)
        .map(|opened| named(opened, &file.name))
        .map_err(|say| SealedFailure { say, wrong_password: false })
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

fn read_json(text: &str, context: Context<'_>) -> Result<Opened, Say> {
    match from_json(text) {
        Ok(map) => Ok(Opened { map, warnings: no_warnings() }),
        // Valid JSON, but not Kring's: easyNWK is the other JSON Kring reads.
        Err(LoadError::NotKring) => match easynwk::import(text) {
            Ok(import) => Ok(from_easynwk(import, context)),
            Err(EasyNwkError::NotEasyNwk) => Err(say_text(UiText::UnknownFormat)),
            Err(err) => Err(Rc::new(move |lang| crate::i18n::easynwk::message(lang, &err))),
        },
        Err(err) => Err(Rc::new(move |lang| load_error_message(lang, &err))),
    }
}

/// The version easyNWK showed becomes the map; every version becomes a snapshot, so the
/// history the family built in easyNWK stays with the map.
fn from_easynwk(import: EasyNwkImport, context: Context<'_>) -> Opened {
    let warnings = import.warnings.clone();
    let map =
        import.into_map_with_snapshots(context.today, |title, date| easynwk_version_label(context.lang, title, date));
    Opened {
        map,
        warnings: Rc::new(move |lang| {
            warnings.iter().map(|w| crate::i18n::easynwk::warning_message(lang, w)).collect()
        }),
    }
}

fn read_graphml(text: &str) -> Result<Opened, Say> {
    graphml::import(text).map(from_imported).map_err(say_file_error)
}

fn read_csv(text: &str) -> Result<Opened, Say> {
    if is_ties_table(text) {
        return Err(say_text(UiText::TiesTableOnly));
    }
    csv::import(text, None, &Lang::ALL).map(from_imported).map_err(say_file_error)
}

fn read_csv_pair(files: Vec<Chosen>) -> Outcome {
    let mut texts = Vec::with_capacity(2);
    for file in &files {
        if crypto::looks_sealed(&file.bytes) {
            return Outcome::Failed(say_text(UiText::TooManyFiles));
        }
        match graphml::text_from_bytes(&file.bytes) {
            Ok(text) => texts.push(text),
            Err(err) => return Outcome::Failed(say_file_error(err)),
        }
    }
    let (ties, persons): (Vec<_>, Vec<_>) = files.iter().zip(texts).partition(|(_, text)| is_ties_table(text));
    let (Some((persons_file, persons)), Some((_, ties)), true) = (persons.first(), ties.first(), persons.len() == 1)
    else {
        return Outcome::Failed(say_text(UiText::TooManyFiles));
    };
    match csv::import(persons, Some(ties), &Lang::ALL) {
        Ok(imported) => Outcome::Opened(named(from_imported(imported), &persons_file.name)),
        Err(err) => Outcome::Failed(say_file_error(err)),
    }
}

fn from_imported(imported: ImportedMap) -> Opened {
    let ImportedMap { map, warnings } = imported;
    Opened { map, warnings: Rc::new(move |lang| warnings.iter().map(|w| warning_message(lang, w)).collect()) }
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
