//! Persons and ties as two CSV tables, for Excel, LibreOffice or SPSS, and back.
//!
//! Written as RFC 4180 (comma, CRLF, double quotes) with a UTF-8 byte-order mark, which
//! Excel needs to show accents and emoji. A cell that a spreadsheet would run as a formula
//! (starting with `=`, `+`, `-`, `@`, tab or CR) gets a `'` in front, so a name like
//! `=HYPERLINK(...)` stays text; import takes that `'` off again.
//!
//! Reading forgives what spreadsheets do to a file when it is saved again: a semicolon or
//! tab instead of a comma, a decimal comma, `WAAR`/`ONWAAR`, the byte-order mark.

use super::graphml::{
    assemble, child_safety_text, choose_ids, enum_from_key, enum_key, key_list, kind_from_text, parse_angle,
    parse_bool, parse_child_safety, parse_key_list, parse_ring, Leftovers, PersonDraft, DEFAULT_RING, DEFAULT_SECTOR,
    MAX_IMPORT_BYTES,
};
pub use super::graphml::{FileError, ImportWarning, ImportedMap};
use crate::model::{
    is_iso_date, Age, Factor, FamilyMap, Frequency, Gender, Person, PersonId, PersonKind, Ring, Sector, Seriousness,
    Strength, SupportType, Tie, TieId, TieKind,
};
use crate::scene::MapWords;
use std::collections::HashMap;

pub const PERSON_COLUMNS: [&str; 17] = [
    "id",
    "name",
    "kind",
    "sector",
    "ring",
    "angle",
    "household",
    "child",
    "age",
    "birth_year",
    "role",
    "note",
    "avatar",
    "gender",
    "deceased",
    "child_safety",
    "factors",
];

/// `from_name` and `to_name` are there for people reading the table; import ignores them.
pub const TIE_COLUMNS: [&str; 16] = [
    "id",
    "from",
    "from_name",
    "to",
    "to_name",
    "kind",
    "mutual",
    "support",
    "risk",
    "strength",
    "frequency",
    "according_to",
    "note",
    "situation",
    "seriousness",
    "last",
];

const BOM: char = '\u{feff}';

// ---------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------

pub fn export_persons(map: &FamilyMap) -> String {
    let rows = map.persons().into_iter().map(|p| {
        let (age, birth_year) = match p.age {
            Some(Age::Years(years)) => (years.to_string(), String::new()),
            Some(Age::BirthYear(year)) => (String::new(), year.to_string()),
            Some(Age::Band { from, to }) => (format!("{from}-{to}"), String::new()),
            None => (String::new(), String::new()),
        };
        vec![
            p.id.to_string(),
            p.name.clone(),
            enum_key(p.kind),
            p.sector.key().to_owned(),
            p.ring.get().to_string(),
            // `{}` prints the shortest text that reads back as the same number.
            p.angle.to_string(),
            bool_text(p.household),
            bool_text(p.child),
            age,
            birth_year,
            p.role.clone(),
            p.note.clone(),
            p.avatar.clone(),
            enum_key(p.gender),
            bool_text(p.deceased),
            child_safety_text(&p.child_safety),
            key_list(&p.factors),
        ]
    });
    table(&PERSON_COLUMNS, rows)
}

pub fn export_ties(map: &FamilyMap) -> String {
    let name = |id: PersonId| map.person(id).map(|p| p.name.clone()).unwrap_or_default();
    let rows = map.ties().into_iter().map(|tie| {
        vec![
            tie.id.to_string(),
            tie.from.to_string(),
            name(tie.from),
            tie.to.to_string(),
            name(tie.to),
            enum_key(tie.kind),
            bool_text(tie.mutual),
            key_list(&tie.support),
            key_list(&tie.risk),
            enum_key(tie.strength),
            tie.frequency.map(enum_key).unwrap_or_default(),
            tie.according_to.clone(),
            tie.note.clone(),
            tie.situation.clone(),
            tie.seriousness.map(enum_key).unwrap_or_default(),
            tie.last.clone().unwrap_or_default(),
        ]
    });
    table(&TIE_COLUMNS, rows)
}

fn bool_text(value: bool) -> String {
    if value { "true" } else { "false" }.to_owned()
}

fn table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = String::new();
    out.push(BOM);
    push_row(&mut out, header.iter().map(|h| (*h).to_owned()));
    for row in rows {
        push_row(&mut out, row.into_iter());
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell_text(&cell));
    }
    out.push_str("\r\n");
}

/// Characters that make a spreadsheet read a cell as a formula: also their full-width forms
/// (＝ ＋ － ＠), which some spreadsheets fold to the plain ones, and a leading line break.
fn is_formula_start(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r' | '\n' | '\u{ff1d}' | '\u{ff0b}' | '\u{ff0d}' | '\u{ff20}')
}

/// A formula character first, or first after leading spaces and line breaks (spreadsheets
/// skip those before a formula).
fn starts_formula(text: &str) -> bool {
    text.starts_with(is_formula_start) || text.trim_start().starts_with(is_formula_start)
}

/// A value as it goes into the file: neutralised, then quoted when needed. A value that
/// already starts with `'`s before a formula character gets one more, so import (which
/// takes one off) gives back exactly what was written.
fn cell_text(value: &str) -> String {
    let after_quotes = value.trim_start_matches('\'');
    let value = if starts_formula(after_quotes) { format!("'{value}") } else { value.to_owned() };
    // Semicolons too: Dutch Excel splits on them when it opens a CSV.
    let needs_quotes = value.contains([',', ';', '"', '\n', '\r'])
        || value.starts_with(char::is_whitespace)
        || value.ends_with(char::is_whitespace);
    if needs_quotes {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// Takes off the `'` that export put before a formula character.
fn plain_value(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if starts_formula(rest.trim_start_matches('\'')) => rest,
        _ => cell,
    }
}

// ---------------------------------------------------------------------------------------
// Reading CSV
// ---------------------------------------------------------------------------------------

struct Record {
    /// 1-based line where the record starts, as a spreadsheet numbers rows.
    line: usize,
    cells: Vec<String>,
}

/// The delimiter of the header line: comma, or what a spreadsheet used instead.
fn delimiter(text: &str) -> char {
    let header = text.lines().next().unwrap_or_default();
    let mut in_quotes = false;
    let mut counts = [(',', 0usize), (';', 0), ('\t', 0)];
    for c in header.chars() {
        if c == '"' {
            in_quotes = !in_quotes;
        } else if !in_quotes {
            for (d, n) in counts.iter_mut() {
                if c == *d {
                    *n += 1;
                }
            }
        }
    }
    // `max_by_key` keeps the last of equals; reversed, the comma wins a tie.
    counts.iter().rev().max_by_key(|(_, n)| *n).map_or(',', |(d, _)| *d)
}

/// Splits CSV text into records (RFC 4180: quotes, doubled quotes, line ends inside
/// quotes). Lines with only empty cells are left out.
fn records(text: &str) -> Result<Vec<Record>, FileError> {
    let sep = delimiter(text);
    let mut out = Vec::new();
    let (mut cells, mut cell) = (Vec::new(), String::new());
    let (mut in_quotes, mut was_quoted) = (false, false);
    let (mut line, mut record_line) = (1usize, 1usize);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => in_quotes = false,
                // CR LF counts as one line end: count it at the LF.
                '\r' if chars.peek() != Some(&'\n') => {
                    line += 1;
                    cell.push(c);
                }
                '\n' => {
                    line += 1;
                    cell.push(c);
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() && !was_quoted => (in_quotes, was_quoted) = (true, true),
            c if c == sep => {
                cells.push(std::mem::take(&mut cell));
                was_quoted = false;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                cells.push(std::mem::take(&mut cell));
                finish(&mut out, std::mem::take(&mut cells), record_line);
                was_quoted = false;
                line += 1;
                record_line = line;
            }
            _ => cell.push(c),
        }
    }
    if in_quotes {
        return Err(FileError::Truncated);
    }
    cells.push(cell);
    finish(&mut out, cells, record_line);
    Ok(out)
}

fn finish(out: &mut Vec<Record>, cells: Vec<String>, line: usize) {
    if cells.iter().any(|c| !c.is_empty()) {
        out.push(Record { line, cells });
    }
}

/// A table: its column names (lower-cased) and rows.
struct Table {
    columns: Vec<String>,
    /// Where each column is (the first, if a name is repeated), for quick lookups.
    index: HashMap<String, usize>,
    rows: Vec<Record>,
}

impl Table {
    fn read(text: &str) -> Result<Table, FileError> {
        let text = text.strip_prefix(BOM).unwrap_or(text);
        let mut records = records(text)?.into_iter();
        let header = records.next().ok_or(FileError::Empty)?;
        let columns: Vec<String> = header.cells.iter().map(|c| plain_value(c.trim()).to_lowercase()).collect();
        let mut index = HashMap::new();
        for (i, name) in columns.iter().enumerate() {
            index.entry(name.clone()).or_insert(i);
        }
        let table = Table { columns, index, rows: records.collect() };
        if let Some(row) = table.rows.iter().find(|r| r.cells.len() > table.columns.len() && has_extra(r, &table)) {
            return Err(FileError::ExtraCells { line: row.line });
        }
        Ok(table)
    }

    fn require(&self, name: &str) -> Result<(), FileError> {
        if self.has(name) {
            Ok(())
        } else {
            Err(FileError::MissingColumn { name: name.to_owned() })
        }
    }

    fn has(&self, name: &str) -> bool {
        self.index.contains_key(name)
    }
}

/// Spreadsheets often add empty cells at the end of a row; only filled ones are extra.
fn has_extra(row: &Record, table: &Table) -> bool {
    row.cells[table.columns.len()..].iter().any(|c| !c.trim().is_empty())
}

/// One row, read cell by cell by column name.
struct Row<'a> {
    table: &'a Table,
    record: &'a Record,
}

impl<'a> Row<'a> {
    /// The cell's value with the export's `'` taken off; empty when the column is absent.
    fn get(&self, column: &str) -> &'a str {
        self.table.index.get(column).and_then(|i| self.record.cells.get(*i)).map_or("", |cell| plain_value(cell))
    }

    /// Reads a cell that may be empty; a filled cell that cannot be read is an error.
    fn read<T>(&self, column: &str, parse: impl FnOnce(&str) -> Option<T>) -> Result<Option<T>, FileError> {
        let value = self.get(column);
        if value.trim().is_empty() {
            return Ok(None);
        }
        parse(value).map(Some).ok_or_else(|| self.bad(column))
    }

    fn bad(&self, column: &str) -> FileError {
        FileError::BadValue { line: self.record.line, column: column.to_owned() }
    }

    /// Columns Kring does not know, with their filled values, for the note.
    fn unknown<'b>(&'b self, known: &'b [&str]) -> impl Iterator<Item = (&'b str, &'b str)> + 'b {
        self.table
            .columns
            .iter()
            .zip(&self.record.cells)
            .filter(move |(name, value)| !known.contains(&name.as_str()) && !value.trim().is_empty())
            .map(|(name, value)| (name.as_str(), plain_value(value)))
    }
}

// ---------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------

/// Reads a persons table and, optionally, a ties table, in the shape `export_persons` and
/// `export_ties` write. Only the `name` column is required (and `from` and `to` for ties).
/// A sector may be given by its key or by its name in one of `names`' languages.
pub fn import(persons_csv: &str, ties_csv: Option<&str>, names: &[impl MapWords]) -> Result<ImportedMap, FileError> {
    let bytes = persons_csv.len() + ties_csv.map_or(0, str::len);
    if bytes > MAX_IMPORT_BYTES {
        return Err(FileError::TooLarge { bytes });
    }
    let persons = Table::read(persons_csv)?;
    persons.require("name")?;
    // Refused before a person is made: a 2 MB table of empty rows is 400 000 of them.
    crate::model::limits::Counted::Persons.check(persons.rows.len()).map_err(FileError::TooMany)?;
    let mut left = Leftovers::default();
    let file_ids: Vec<String> = persons
        .rows
        .iter()
        .enumerate()
        .map(|(i, record)| {
            let id = Row { table: &persons, record }.get("id").trim().to_owned();
            // Without ids, rows are numbered 1, 2, 3...: that is how the ties table refers to them.
            if id.is_empty() {
                (i + 1).to_string()
            } else {
                id
            }
        })
        .collect();
    let id_refs: Vec<&str> = file_ids.iter().map(String::as_str).collect();
    let mut by_file_id: HashMap<String, PersonId> = HashMap::new();
    let mut drafts = Vec::with_capacity(persons.rows.len());
    for ((record, file_id), id) in persons.rows.iter().zip(&file_ids).zip(choose_ids(&id_refs, 'p')) {
        let id = PersonId(id);
        // `p12` and `12` mean the same person.
        let canonical = super::graphml::parse_id(file_id, 'p').map_or_else(|| file_id.clone(), |n| n.to_string());
        if by_file_id.insert(canonical, id).is_some() {
            return Err(FileError::DuplicateId { id: file_id.clone() });
        }
        drafts.push(read_person(&Row { table: &persons, record }, id, names, &mut left)?);
    }
    let ties = match ties_csv {
        Some(text) => read_ties(text, &by_file_id, &mut left)?,
        None => Vec::new(),
    };
    assemble(String::new(), drafts, ties, left)
}

fn read_person(
    row: &Row,
    id: PersonId,
    names: &[impl MapWords],
    left: &mut Leftovers,
) -> Result<PersonDraft, FileError> {
    let name = row.get("name");
    if name.trim().is_empty() {
        return Err(row.bad("name"));
    }
    let sector = row.read("sector", |text| sector_from_text(text, names))?;
    let ring = row.read("ring", parse_ring)?;
    let angle = row.read("angle", parse_angle)?;
    let default_ring = Ring::new(DEFAULT_RING).unwrap_or(Ring::FURTHEST);
    if sector.is_none() && ring.is_none() {
        left.placed_by_default += 1;
    }
    let mut person = Person::new(id, name, sector.unwrap_or(DEFAULT_SECTOR), ring.unwrap_or(default_ring));
    person.household = row.read("household", parse_bool)?.unwrap_or(person.sector == Sector::Household);
    person.child = row.read("child", parse_bool)?.unwrap_or(false);
    person.deceased = row.read("deceased", parse_bool)?.unwrap_or(false);
    person.child_safety = row.read("child_safety", parse_child_safety)?.unwrap_or_default();
    person.factors = row.read("factors", parse_key_list::<Factor>)?.unwrap_or_default();
    person.kind = row.read("kind", enum_from_key::<PersonKind>)?.unwrap_or_default();
    person.gender = row.read("gender", enum_from_key::<Gender>)?.unwrap_or_default();
    // An age, or an age band ("12-15") as a pseudonymised table has it.
    let years =
        row.read("age", |v| v.trim().parse::<u8>().ok().map(Age::Years).or_else(|| super::graphml::parse_band(v)))?;
    let born = row.read("birth_year", |v| v.trim().parse::<u16>().ok())?;
    person.age = years.or(born.map(Age::BirthYear));
    person.role = row.get("role").to_owned();
    person.note = row.get("note").to_owned();
    person.avatar = row.get("avatar").to_owned();
    let mut extra = String::new();
    for (column, value) in row.unknown(&PERSON_COLUMNS) {
        left.keep_unknown(&mut extra, column, value);
    }
    if !extra.is_empty() {
        if !person.note.is_empty() {
            person.note.push('\n');
        }
        person.note.push_str(&extra);
    }
    person.angle = angle.unwrap_or(0.5);
    Ok(PersonDraft { person, angle_known: angle.is_some() })
}

/// A sector by its key (`school_work`) or by its name in one of `names`' languages (`Familie`).
fn sector_from_text(text: &str, names: &[impl MapWords]) -> Option<Sector> {
    let wanted = text.trim().to_lowercase();
    Sector::from_key(&wanted.replace([' ', '-'], "_")).or_else(|| {
        Sector::ALL.into_iter().find(|s| names.iter().any(|words| words.sector(*s).to_lowercase() == wanted))
    })
}

fn read_ties(text: &str, persons: &HashMap<String, PersonId>, left: &mut Leftovers) -> Result<Vec<Tie>, FileError> {
    let table = Table::read(text)?;
    table.require("from")?;
    table.require("to")?;
    crate::model::limits::Counted::Ties.check(table.rows.len()).map_err(FileError::TooMany)?;
    let file_ids: Vec<&str> = table
        .rows
        .iter()
        .map(|record| if table.has("id") { Row { table: &table, record }.get("id").trim() } else { "" })
        .collect();
    let mut ties = Vec::with_capacity(table.rows.len());
    for (record, id) in table.rows.iter().zip(choose_ids(&file_ids, 't')) {
        let row = Row { table: &table, record };
        let end = |column: &str| {
            let value = row.get(column).trim();
            let canonical = super::graphml::parse_id(value, 'p').map_or_else(|| value.to_owned(), |n| n.to_string());
            persons.get(&canonical).copied().ok_or_else(|| row.bad(column))
        };
        let (from, to) = (end("from")?, end("to")?);
        if from == to {
            return Err(row.bad("to"));
        }
        let mut tie = Tie::new(TieId(id), from, to, row.read("kind", kind_from_text)?.unwrap_or(TieKind::Contact));
        tie.mutual = row.read("mutual", parse_bool)?.unwrap_or(false);
        tie.support = row.read("support", parse_key_list::<SupportType>)?.unwrap_or_default();
        let (risks, conditions) = row.read("risk", super::graphml::parse_risk_list)?.unwrap_or_default();
        tie.risk = risks;
        tie.strength = row.read("strength", enum_from_key::<Strength>)?.unwrap_or_default();
        tie.frequency = row.read("frequency", enum_from_key::<Frequency>)?;
        tie.according_to = row.get("according_to").to_owned();
        tie.note = row.get("note").to_owned();
        tie.situation = row.get("situation").to_owned();
        tie.seriousness = row.read("seriousness", enum_from_key::<Seriousness>)?;
        tie.last = row.read("last", |v| is_iso_date(v.trim()).then(|| v.trim().to_owned()))?;
        let mut extra = String::new();
        for (column, value) in row.unknown(&TIE_COLUMNS) {
            left.keep_unknown(&mut extra, column, value);
        }
        if !extra.is_empty() {
            if !tie.note.is_empty() {
                tie.note.push('\n');
            }
            tie.note.push_str(&extra);
        }
        super::graphml::move_conditions(&mut tie, conditions, left);
        ties.push(tie);
    }
    Ok(ties)
}
