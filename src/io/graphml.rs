//! GraphML out and in, so a map can be studied in Gephi, yEd, Cytoscape, networkx or igraph,
//! and networks drawn there can be brought into Kring.
//!
//! This file also holds what every import shares (`FileError`, `ImportedMap`, the way
//! persons without a place are placed), because `io/mod.rs` is not ours to extend.
//!
//! Export declares every attribute as a `<key>` with a type, so those tools read them as
//! columns. Import accepts what those tools write, restores Kring's own attributes exactly,
//! and keeps anything it does not know in the person's (or tie's) note.

use super::xml::{self, escape};
use crate::model::limits::{Counted, TooMany};
use crate::model::{
    is_iso_date, Age, ChildSafety, Edit, EditError, Factor, FamilyMap, Frequency, Gender, Person, PersonId, PersonKind,
    Ring, RiskType, Sector, Seriousness, Strength, SupportType, Tie, TieId, TieKind,
};
use crate::scene::{MapWords, Scene};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use xml::{Element, XmlError};

/// Larger files are refused before parsing. A real family map is well under 1 MB; this
/// still lets through a large research network, and keeps a hostile file from eating memory.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

/// Written into every Kring GraphML file, so a reader can tell where the file came from.
pub const FORMAT_MARK: &str = "kring 1";

/// Why a file could not be read. Shown to people through `i18n::files::message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    TooLarge {
        bytes: usize,
    },
    Empty,
    NotUtf8,
    /// The file stops halfway (an element, quote or tag is never closed).
    Truncated,
    NotXml {
        line: usize,
        detail: String,
    },
    /// A DOCTYPE or ENTITY declaration: refused, because entities can blow up or leak files.
    DoctypeRefused,
    TooDeep,
    /// XML, but not GraphML (no `<graphml>` with a `<graph>` in it).
    NotGraphml,
    /// GraphML, but a node or edge lacks something it must have.
    BrokenGraphml {
        line: usize,
        detail: String,
    },
    /// Two persons (or two ties) with the same id.
    DuplicateId {
        id: String,
    },
    /// A tie points at a person who is not in the file.
    UnknownTieEnd {
        tie: String,
        person: String,
    },
    MissingColumn {
        name: String,
    },
    /// A CSV cell that cannot be read; `line` is 1-based, as a spreadsheet shows it.
    BadValue {
        line: usize,
        column: String,
    },
    /// A CSV row with more cells than the header has.
    ExtraCells {
        line: usize,
    },
    /// More persons or ties than a map may hold.
    TooMany(TooMany),
}

/// Something an import did not take over exactly; the map was made anyway.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportWarning {
    /// Attributes Kring has no field for: their values were written into notes.
    KeptInNotes { attributes: Vec<String>, values: usize },
    /// Kring attributes with a value Kring cannot read: also written into notes.
    UnreadableValues { attributes: Vec<String>, values: usize },
    /// Persons without a sector or ring: placed in Friends, ring 3.
    PlacedByDefault { persons: usize },
    /// Ties from a person to themselves, which Kring cannot draw.
    SelfLoopsSkipped { ties: usize },
    /// GraphML hyperedges (ties between more than two persons).
    HyperedgesSkipped { count: usize },
    /// Ties to a yEd group box, which is a frame around persons, not a person.
    GroupTiesSkipped { ties: usize },
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportedMap {
    pub map: FamilyMap,
    pub warnings: Vec<ImportWarning>,
}

/// Checks size and encoding of a file's bytes and returns its text without a byte-order mark.
pub fn text_from_bytes(bytes: &[u8]) -> Result<&str, FileError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(FileError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileError::NotUtf8)?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

// ---------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------

/// One `<key>`: its id in the file, what it belongs to, its name and GraphML type.
struct KeyDecl {
    id: &'static str,
    domain: &'static str,
    name: &'static str,
    kind: &'static str,
}

const fn key(id: &'static str, domain: &'static str, name: &'static str, kind: &'static str) -> KeyDecl {
    KeyDecl { id, domain, name, kind }
}

const KEYS: [KeyDecl; 37] = [
    key("g_format", "graph", "kring_format", "string"),
    key("g_title", "graph", "title", "string"),
    key("n_name", "node", "name", "string"),
    // Gephi shows `label` as the node's name; Cytoscape and igraph use `name`.
    key("n_label", "node", "label", "string"),
    key("n_kind", "node", "kind", "string"),
    key("n_sector", "node", "sector", "string"),
    key("n_sector_label", "node", "sector_label", "string"),
    key("n_ring", "node", "ring", "int"),
    key("n_angle", "node", "angle", "double"),
    key("n_household", "node", "household", "boolean"),
    key("n_child", "node", "child", "boolean"),
    key("n_age", "node", "age", "int"),
    key("n_birth_year", "node", "birth_year", "int"),
    key("n_age_band", "node", "age_band", "string"),
    key("n_role", "node", "role", "string"),
    key("n_note", "node", "note", "string"),
    key("n_avatar", "node", "avatar", "string"),
    key("n_gender", "node", "gender", "string"),
    key("n_deceased", "node", "deceased", "boolean"),
    key("n_child_safety", "node", "child_safety", "string"),
    key("n_factors", "node", "factors", "string"),
    key("n_x", "node", "x", "double"),
    key("n_y", "node", "y", "double"),
    key("e_kind", "edge", "kind", "string"),
    key("e_mutual", "edge", "mutual", "boolean"),
    key("e_direction", "edge", "direction", "string"),
    key("e_support", "edge", "support", "string"),
    key("e_risk", "edge", "risk", "string"),
    key("e_strength", "edge", "strength", "string"),
    key("e_frequency", "edge", "frequency", "string"),
    key("e_according_to", "edge", "according_to", "string"),
    key("e_note", "edge", "note", "string"),
    key("e_situation", "edge", "situation", "string"),
    key("e_seriousness", "edge", "seriousness", "string"),
    key("e_last", "edge", "last", "string"),
    // Not read back: a copy of the kind in words, handy as an edge label in Gephi or yEd.
    key("e_label", "edge", "label", "string"),
    key("e_weight", "edge", "weight", "double"),
];

/// The map as GraphML. `words` gives the words in the label columns (the same as on the
/// screen); the stable keys (`family`, `support`) are always English.
pub fn export(map: &FamilyMap, words: impl MapWords) -> String {
    let scene = Scene::build(map, &words);
    let mut out = String::with_capacity(512 + 600 * map.person_count() + 500 * map.tie_count());
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for k in &KEYS {
        out.push_str(&format!(
            "  <key id=\"{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>\n",
            k.id, k.domain, k.name, k.kind
        ));
    }
    out.push_str("  <graph id=\"G\" edgedefault=\"directed\">\n");
    data(&mut out, 4, "g_format", FORMAT_MARK);
    data(&mut out, 4, "g_title", map.title());
    for person in map.persons() {
        out.push_str(&format!("    <node id=\"{}\">\n", person.id));
        let (x, y) = scene.person(person.id).map_or((0.0, 0.0), |m| (m.x, m.y));
        node_data(&mut out, person, x, y, &words);
        out.push_str("    </node>\n");
    }
    for tie in map.ties() {
        out.push_str(&format!("    <edge id=\"{}\" source=\"{}\" target=\"{}\">\n", tie.id, tie.from, tie.to));
        edge_data(&mut out, tie, &words);
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

fn node_data(out: &mut String, p: &Person, x: f64, y: f64, words: &impl MapWords) {
    data(out, 6, "n_name", &p.name);
    data(out, 6, "n_label", &p.name);
    data(out, 6, "n_kind", &enum_key(p.kind));
    data(out, 6, "n_sector", p.sector.key());
    data(out, 6, "n_sector_label", &words.sector(p.sector));
    data(out, 6, "n_ring", &p.ring.get().to_string());
    // `{}` prints the shortest text that reads back as the same f64: the angle survives exactly.
    data(out, 6, "n_angle", &p.angle.to_string());
    data(out, 6, "n_household", bool_text(p.household));
    data(out, 6, "n_child", bool_text(p.child));
    match p.age {
        Some(Age::Years(years)) => data(out, 6, "n_age", &years.to_string()),
        Some(Age::BirthYear(year)) => data(out, 6, "n_birth_year", &year.to_string()),
        Some(Age::Band { from, to }) => data(out, 6, "n_age_band", &format!("{from}-{to}")),
        None => {}
    }
    data(out, 6, "n_role", &p.role);
    data(out, 6, "n_note", &p.note);
    data(out, 6, "n_avatar", &p.avatar);
    data(out, 6, "n_gender", &enum_key(p.gender));
    data(out, 6, "n_deceased", bool_text(p.deceased));
    if !p.child_safety.is_empty() {
        data(out, 6, "n_child_safety", &child_safety_text(&p.child_safety));
    }
    data(out, 6, "n_factors", &key_list(&p.factors));
    data(out, 6, "n_x", &format!("{x:.2}"));
    data(out, 6, "n_y", &format!("{y:.2}"));
}

fn edge_data(out: &mut String, tie: &Tie, words: &impl MapWords) {
    data(out, 6, "e_kind", &enum_key(tie.kind));
    data(out, 6, "e_mutual", bool_text(tie.mutual));
    data(out, 6, "e_direction", if tie.mutual { "both" } else { "source_to_target" });
    data(out, 6, "e_support", &key_list(&tie.support));
    data(out, 6, "e_risk", &key_list(&tie.risk));
    data(out, 6, "e_strength", &enum_key(tie.strength));
    if let Some(frequency) = tie.frequency {
        data(out, 6, "e_frequency", &enum_key(frequency));
    }
    data(out, 6, "e_according_to", &tie.according_to);
    data(out, 6, "e_note", &tie.note);
    data(out, 6, "e_situation", &tie.situation);
    if let Some(seriousness) = tie.seriousness {
        data(out, 6, "e_seriousness", &enum_key(seriousness));
    }
    data(out, 6, "e_last", tie.last.as_deref().unwrap_or_default());
    data(out, 6, "e_label", &words.tie_kind(tie.kind));
    let weight = match tie.strength {
        Strength::Strong => "3",
        Strength::Normal => "2",
        Strength::Weak => "1",
    };
    data(out, 6, "e_weight", weight);
}

/// Writes one `<data>` element; empty values are left out (a missing value reads as empty).
fn data(out: &mut String, indent: usize, key: &str, value: &str) {
    if value.is_empty() {
        return;
    }
    out.push_str(&format!("{:indent$}<data key=\"{key}\">{}</data>\n", "", escape(value)));
}

fn bool_text(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

// ---------------------------------------------------------------------------------------
// Names of enum values in files: the serde names, so JSON, GraphML and CSV agree.
// ---------------------------------------------------------------------------------------

/// The file name of an enum value (`school_work`, `physical_violence`).
/// Arrangements per child as one text: `3:safe_adult,5:no_contact` (child id, arrangement).
pub(crate) fn child_safety_text(arrangements: &BTreeMap<PersonId, ChildSafety>) -> String {
    let parts: Vec<String> =
        arrangements.iter().map(|(child, safety)| format!("{}:{}", child.0, enum_key(*safety))).collect();
    parts.join(",")
}

/// Reads `child_safety_text` back; `None` when any part does not read.
pub(crate) fn parse_child_safety(text: &str) -> Option<BTreeMap<PersonId, ChildSafety>> {
    let mut arrangements = BTreeMap::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (child, safety) = part.split_once(':')?;
        arrangements.insert(PersonId(child.trim().parse().ok()?), enum_from_key::<ChildSafety>(safety)?);
    }
    Some(arrangements)
}

pub(crate) fn enum_key<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(key)) => key,
        _ => String::new(),
    }
}

/// Reads an enum value from its file name, forgiving case and surrounding spaces.
pub(crate) fn enum_from_key<T: DeserializeOwned>(text: &str) -> Option<T> {
    let key = text.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    serde_json::from_value(serde_json::Value::String(key)).ok()
}

/// A set as comma-separated keys, in a fixed order.
pub(crate) fn key_list<T: Serialize + Copy>(set: &BTreeSet<T>) -> String {
    set.iter().map(|v| enum_key(*v)).collect::<Vec<_>>().join(",")
}

/// Reads comma-separated keys; `None` when one of them is unknown.
/// A list of risk types. Kring before file version 5 also wrote "conflict" and
/// "substance_use": they are conditions of a person now (tension, addiction), given back
/// apart so the importer can put them on the person (see `Leftovers::condition`).
pub(crate) fn parse_risk_list(text: &str) -> Option<(BTreeSet<RiskType>, Vec<Factor>)> {
    let mut factors = Vec::new();
    let mut rest = Vec::new();
    for part in text.split([',', ';']).map(str::trim).filter(|part| !part.is_empty()) {
        match part {
            "conflict" => factors.push(Factor::Tension),
            "substance_use" => factors.push(Factor::Addiction),
            other => rest.push(other),
        }
    }
    let risks = rest.into_iter().map(enum_from_key).collect::<Option<BTreeSet<RiskType>>>()?;
    Some((risks, factors))
}

/// After a tie is read: conditions that came in as risk types go to the person they came
/// from (both on a mutual tie); a risk tie left without a type becomes a contact.
pub(crate) fn move_conditions(tie: &mut Tie, factors: Vec<Factor>, left: &mut Leftovers) {
    if factors.is_empty() {
        return;
    }
    for factor in factors {
        left.conditions.push((tie.from, factor));
        if tie.mutual {
            left.conditions.push((tie.to, factor));
        }
    }
    if tie.kind == TieKind::Risk && tie.risk.is_empty() {
        tie.kind = TieKind::Contact;
    }
}

pub(crate) fn parse_key_list<T: DeserializeOwned + Ord>(text: &str) -> Option<BTreeSet<T>> {
    text.split([',', ';']).filter(|part| !part.trim().is_empty()).map(enum_from_key).collect()
}

/// Booleans as tools and spreadsheets write them, Dutch Excel included.
pub(crate) fn parse_bool(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "ja" | "waar" | "y" | "j" => Some(true),
        "false" | "0" | "no" | "nee" | "onwaar" | "n" => Some(false),
        _ => None,
    }
}

/// A number, also when a Dutch spreadsheet wrote a decimal comma.
pub(crate) fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    text.parse::<f64>().ok().or_else(|| text.replace(',', ".").parse::<f64>().ok()).filter(|n| n.is_finite())
}

pub(crate) fn parse_ring(text: &str) -> Option<Ring> {
    let n = parse_number(text)?;
    (n.fract() == 0.0 && (1.0..=4.0).contains(&n)).then(|| Ring::new(n as u8)).flatten()
}

pub(crate) fn parse_angle(text: &str) -> Option<f64> {
    parse_number(text).filter(|a| (0.0..=1.0).contains(a))
}

pub(crate) fn parse_id(text: &str, prefix: char) -> Option<u32> {
    let text = text.trim();
    let digits = text.strip_prefix(prefix).unwrap_or(text);
    digits.parse::<u32>().ok().filter(|n| *n > 0)
}

// ---------------------------------------------------------------------------------------
// Building a map from an import (shared with csv.rs)
// ---------------------------------------------------------------------------------------

/// Where a person goes when a file says nothing about it.
pub const DEFAULT_SECTOR: Sector = Sector::Friends;
pub const DEFAULT_RING: u8 = 3;

/// A person read from a file, before their place is settled.
pub(crate) struct PersonDraft {
    pub person: Person,
    /// False when the file had no usable angle: one is found with `free_angle`.
    pub angle_known: bool,
}

/// Unknown or unreadable attributes, counted per name, for one summary warning each.
#[derive(Default)]
pub(crate) struct Leftovers {
    unknown: BTreeSet<String>,
    unknown_values: usize,
    unreadable: BTreeSet<String>,
    unreadable_values: usize,
    pub placed_by_default: usize,
    pub self_loops: usize,
    pub hyperedges: usize,
    pub group_ties: usize,
    /// Conditions read from the risk types of older files: (whose, which).
    pub conditions: Vec<(PersonId, Factor)>,
}

impl Leftovers {
    /// Keeps an attribute Kring has no field for, as a line in the note.
    pub fn keep_unknown(&mut self, note: &mut String, name: &str, value: &str) {
        self.unknown.insert(name.to_owned());
        self.unknown_values += 1;
        append_line(note, name, value);
    }

    /// Keeps a Kring attribute whose value could not be read, as a line in the note.
    pub fn keep_unreadable(&mut self, note: &mut String, name: &str, value: &str) {
        self.unreadable.insert(name.to_owned());
        self.unreadable_values += 1;
        append_line(note, name, value);
    }

    fn warnings(self) -> Vec<ImportWarning> {
        let mut warnings = Vec::new();
        if self.unknown_values > 0 {
            warnings.push(ImportWarning::KeptInNotes {
                attributes: self.unknown.into_iter().collect(),
                values: self.unknown_values,
            });
        }
        if self.unreadable_values > 0 {
            warnings.push(ImportWarning::UnreadableValues {
                attributes: self.unreadable.into_iter().collect(),
                values: self.unreadable_values,
            });
        }
        if self.placed_by_default > 0 {
            warnings.push(ImportWarning::PlacedByDefault { persons: self.placed_by_default });
        }
        if self.self_loops > 0 {
            warnings.push(ImportWarning::SelfLoopsSkipped { ties: self.self_loops });
        }
        if self.hyperedges > 0 {
            warnings.push(ImportWarning::HyperedgesSkipped { count: self.hyperedges });
        }
        if self.group_ties > 0 {
            warnings.push(ImportWarning::GroupTiesSkipped { ties: self.group_ties });
        }
        warnings
    }
}

fn append_line(note: &mut String, name: &str, value: &str) {
    if !note.is_empty() {
        note.push('\n');
    }
    note.push_str(name);
    note.push_str(": ");
    note.push_str(value.trim());
}

/// Above this many persons without an angle, `free_angle` (which looks at every person
/// each time) would make a big import slow; they are spread evenly instead.
const FREE_ANGLE_LIMIT: usize = 500;

/// Makes the map through edit commands, as the UI would, placing persons without an
/// angle in the free gaps between those with one.
pub(crate) fn assemble(
    title: String,
    persons: Vec<PersonDraft>,
    ties: Vec<Tie>,
    leftovers: Leftovers,
) -> Result<ImportedMap, FileError> {
    Counted::Persons.check(persons.len()).map_err(FileError::TooMany)?;
    Counted::Ties.check(ties.len()).map_err(FileError::TooMany)?;
    let mut persons = persons;
    for (id, factor) in &leftovers.conditions {
        if let Some(draft) = persons.iter_mut().find(|d| d.person.id == *id) {
            draft.person.factors.insert(*factor);
        }
    }
    let mut map = FamilyMap::new(title);
    let (known, unknown): (Vec<PersonDraft>, Vec<PersonDraft>) = persons.into_iter().partition(|d| d.angle_known);
    for draft in known {
        add(&mut map, Edit::AddPerson { person: draft.person })?;
    }
    let spread = unknown.len() > FREE_ANGLE_LIMIT;
    let mut groups: HashMap<(Sector, Ring), (usize, usize)> = HashMap::new();
    if spread {
        for draft in &unknown {
            groups.entry((draft.person.sector, draft.person.ring)).or_default().1 += 1;
        }
    }
    for mut draft in unknown {
        let place = (draft.person.sector, draft.person.ring);
        draft.person.angle = match groups.get_mut(&place) {
            Some((placed, total)) => {
                *placed += 1;
                (*placed as f64 - 0.5) / *total as f64
            }
            None => map.free_angle(place.0, place.1),
        };
        add(&mut map, Edit::AddPerson { person: draft.person })?;
    }
    for tie in ties {
        add(&mut map, Edit::AddTie { tie })?;
    }
    Ok(ImportedMap { map, warnings: leftovers.warnings() })
}

/// Applies one edit. Callers check ids and ends first; this maps what is left.
fn add(map: &mut FamilyMap, edit: Edit) -> Result<(), FileError> {
    map.apply(edit).map(|_| ()).map_err(|err| match err {
        EditError::DuplicatePerson(id) => FileError::DuplicateId { id: id.to_string() },
        EditError::DuplicateTie(id) => FileError::DuplicateId { id: id.to_string() },
        EditError::UnknownPerson(id) => FileError::UnknownTieEnd { tie: String::new(), person: id.to_string() },
        EditError::UnknownTie(id) => FileError::DuplicateId { id: id.to_string() },
        EditError::TieToSelf(id) => FileError::UnknownTieEnd { tie: String::new(), person: id.to_string() },
        EditError::EmptyName => FileError::BadValue { line: 0, column: "name".to_owned() },
        EditError::IdMismatch | EditError::IdTooHigh => FileError::BadValue { line: 0, column: "id".to_owned() },
        EditError::TooMany(too_many) => FileError::TooMany(too_many),
    })
}

/// Gives every draft an id: the file's own ids when they are all Kring ids (`p12`, or
/// `12` from a spreadsheet) and unique, otherwise 1, 2, 3... in file order.
/// `12-15` as written for an age band.
pub(crate) fn parse_band(text: &str) -> Option<Age> {
    let (from, to) = text.trim().split_once('-')?;
    let (from, to) = (from.trim().parse::<u8>().ok()?, to.trim().parse::<u8>().ok()?);
    (from <= to).then_some(Age::Band { from, to })
}

pub(crate) fn choose_ids(file_ids: &[&str], prefix: char) -> Vec<u32> {
    // Ids at the top of their range would leave no next id: such files are numbered afresh.
    let parsed: Vec<Option<u32>> =
        file_ids.iter().map(|id| parse_id(id, prefix).filter(|n| *n <= crate::model::limits::MAX_ID)).collect();
    let unique: HashSet<u32> = parsed.iter().flatten().copied().collect();
    if parsed.iter().all(Option::is_some) && unique.len() == parsed.len() {
        parsed.into_iter().flatten().collect()
    } else {
        (1..=file_ids.len() as u32).collect()
    }
}

// ---------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------

/// Reads GraphML as Kring, Gephi, yEd, Cytoscape, networkx, igraph and Network Canvas write it.
pub fn import(text: &str) -> Result<ImportedMap, FileError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root = xml::parse(text).map_err(|err| match err {
        XmlError::Empty => FileError::Empty,
        XmlError::Truncated => FileError::Truncated,
        XmlError::Doctype => FileError::DoctypeRefused,
        XmlError::TooDeep => FileError::TooDeep,
        XmlError::Malformed { line, detail } => FileError::NotXml { line, detail },
    })?;
    if root.local_name() != "graphml" {
        return Err(FileError::NotGraphml);
    }
    let keys = Keys::read(&root);
    let graph = root.elements_named("graph").next().ok_or(FileError::NotGraphml)?;
    let mut found = Found::default();
    collect(graph, &mut found);
    let mut leftovers = Leftovers { hyperedges: found.hyperedges, ..Leftovers::default() };
    let title = graph_title(graph, &keys);

    let node_ids: Vec<&str> = found.nodes.iter().map(|n| n.attribute("id").unwrap_or_default()).collect();
    let mut by_file_id: HashMap<&str, PersonId> = HashMap::new();
    let mut drafts = Vec::with_capacity(found.nodes.len());
    for (node, id) in found.nodes.iter().zip(choose_ids(&node_ids, 'p')) {
        let Some(file_id) = node.attribute("id") else {
            return Err(FileError::BrokenGraphml { line: node.line, detail: "a node without id".into() });
        };
        if by_file_id.insert(file_id, PersonId(id)).is_some() {
            return Err(FileError::DuplicateId { id: (*file_id).to_owned() });
        }
        drafts.push(read_person(node, PersonId(id), &keys, &mut leftovers));
    }

    let edge_ids: Vec<String> = found.edges.iter().map(|(e, _)| edge_file_id(e, &keys)).collect();
    let edge_ids: Vec<&str> = edge_ids.iter().map(String::as_str).collect();
    let mut ties = Vec::with_capacity(found.edges.len());
    for ((edge, directed), id) in found.edges.iter().zip(choose_ids(&edge_ids, 't')) {
        let mut ends = [None, None];
        for (slot, side) in ends.iter_mut().zip(["source", "target"]) {
            let Some(file_id) = edge.attribute(side) else {
                return Err(FileError::BrokenGraphml { line: edge.line, detail: format!("an edge without {side}") });
            };
            if found.groups.contains(file_id) {
                continue;
            }
            let Some(person) = by_file_id.get(file_id) else {
                return Err(FileError::UnknownTieEnd { tie: edge_file_id(edge, &keys), person: file_id.to_owned() });
            };
            *slot = Some(*person);
        }
        let [Some(from), Some(to)] = ends else {
            leftovers.group_ties += 1;
            continue;
        };
        if from == to {
            leftovers.self_loops += 1;
            continue;
        }
        ties.push(read_tie(edge, Tie::new(TieId(id), from, to, TieKind::Contact), *directed, &keys, &mut leftovers));
    }
    assemble(title, drafts, ties, leftovers)
}

/// An edge's id. networkx moves it from the element into a data column named `id`.
fn edge_file_id(edge: &Element, keys: &Keys) -> String {
    match edge.attribute("id") {
        Some(id) => id.to_owned(),
        None => data_values(edge, keys, "edge")
            .into_iter()
            .find(|(name, _)| name == "id")
            .map(|(_, v)| v)
            .unwrap_or_default(),
    }
}

/// What a `<key>` declares.
struct KeyInfo {
    domain: String,
    /// `attr.name`, lower-cased; the key's id when there is none.
    name: String,
    /// yEd's drawing data (`nodegraphics`, `edgegraphics`), which holds its labels.
    yfiles: Option<String>,
    default: Option<String>,
}

/// The declared keys by id. Cytoscape declares the same id once per domain (`name` for
/// the graph, the nodes and the edges), so one id can have several declarations.
struct Keys {
    by_id: HashMap<String, Vec<KeyInfo>>,
    /// Per domain, the default values of Kring's attributes, one per attribute name.
    /// Only Kring's: for other attributes a default would repeat the same line in every
    /// note. One per name, so a file with thousands of keys cannot slow every element down.
    defaults: HashMap<String, Vec<(String, String)>>,
}

impl Keys {
    fn read(root: &Element) -> Keys {
        let mut by_id: HashMap<String, Vec<KeyInfo>> = HashMap::new();
        let mut defaults: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for k in root.elements_named("key") {
            let Some(id) = k.attribute("id") else { continue };
            let info = KeyInfo {
                domain: k.attribute("for").unwrap_or("all").to_owned(),
                name: k.attribute("attr.name").unwrap_or(id).trim().to_lowercase(),
                yfiles: k.attribute("yfiles.type").map(str::to_owned),
                default: k.elements_named("default").next().map(Element::text),
            };
            // Keys for ports, hyperedges or the whole file say nothing about persons or ties.
            let domains = match info.domain.as_str() {
                "all" => vec!["graph", "node", "edge"],
                one @ ("graph" | "node" | "edge") => vec![one],
                _ => continue,
            };
            if let Some(default) = &info.default {
                for domain in domains {
                    let list = defaults.entry(domain.to_owned()).or_default();
                    if is_kring_attribute(&info.name, domain) && !list.iter().any(|(n, _)| *n == info.name) {
                        list.push((info.name.clone(), default.clone()));
                    }
                }
            }
            // One declaration per id and domain (later ones are ignored), so looking a
            // key up stays quick whatever a file declares.
            let same_id = by_id.entry(id.to_owned()).or_default();
            if !same_id.iter().any(|k| k.domain == info.domain) {
                same_id.push(info);
            }
        }
        Keys { by_id, defaults }
    }

    fn defaults(&self, domain: &str) -> &[(String, String)] {
        self.defaults.get(domain).map_or(&[], Vec::as_slice)
    }

    /// The declaration of `id` for this domain, or failing that any declaration of it.
    fn get(&self, id: &str, domain: &str) -> Option<&KeyInfo> {
        let all = self.by_id.get(id)?;
        all.iter().find(|k| k.domain == domain || k.domain == "all").or_else(|| all.first())
    }
}

#[derive(Default)]
struct Found<'a> {
    nodes: Vec<&'a Element>,
    /// Each edge with whether it is directed.
    edges: Vec<(&'a Element, bool)>,
    hyperedges: usize,
    /// Ids of yEd group and folder nodes: frames, not persons.
    groups: HashSet<&'a str>,
}

/// Gathers nodes and edges from a graph and the graphs nested in its nodes (yEd groups).
/// Group and folder nodes are only containers and are left out.
fn collect<'a>(graph: &'a Element, found: &mut Found<'a>) {
    let mut graphs = vec![graph];
    while let Some(graph) = graphs.pop() {
        let directed_default = graph.attribute("edgedefault") != Some("undirected");
        for element in graph.elements() {
            match element.local_name() {
                "node" => {
                    let container =
                        element.attribute("yfiles.foldertype").is_some_and(|t| t == "group" || t == "folder");
                    match (container, element.attribute("id")) {
                        (true, Some(id)) => {
                            found.groups.insert(id);
                        }
                        (true, None) => {}
                        (false, _) => found.nodes.push(element),
                    }
                    graphs.extend(element.elements_named("graph"));
                }
                "edge" => {
                    let directed = element.attribute("directed").and_then(parse_bool).unwrap_or(directed_default);
                    found.edges.push((element, directed));
                    graphs.extend(element.elements_named("graph"));
                }
                "hyperedge" => found.hyperedges += 1,
                _ => {}
            }
        }
    }
}

fn graph_title(graph: &Element, keys: &Keys) -> String {
    let values = data_values(graph, keys, "graph");
    ["title", "name", "label"]
        .iter()
        .find_map(|wanted| values.iter().find(|(name, value)| name == wanted && !value.is_empty()))
        .map(|(_, value)| value.clone())
        .unwrap_or_default()
}

/// The `(attribute name, value)` pairs of an element, key defaults included, in file
/// order. yEd's drawing data is reduced to its label, under the name `label`.
fn data_values(element: &Element, keys: &Keys, domain: &str) -> Vec<(String, String)> {
    let mut values = Vec::new();
    for d in element.elements_named("data") {
        let key_id = d.attribute("key").unwrap_or_default();
        match keys.get(key_id, domain) {
            Some(KeyInfo { yfiles: Some(kind), .. }) if kind.ends_with("graphics") => {
                let label = if domain == "edge" { "EdgeLabel" } else { "NodeLabel" };
                if let Some(text) = d.find(label).map(Element::text) {
                    values.push(("label".to_owned(), text.trim().to_owned()));
                }
            }
            Some(KeyInfo { yfiles: Some(_), .. }) => {}
            Some(info) => values.push((info.name.clone(), d.text())),
            None => values.push((key_id.to_lowercase(), d.text())),
        }
    }
    for (name, default) in keys.defaults(domain) {
        if !values.iter().any(|(n, _)| n == name) {
            values.push((name.clone(), default.clone()));
        }
    }
    values
}

const PERSON_FIELDS: [&str; 15] = [
    "name",
    "label",
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
    "child_safety",
];
const TIE_FIELDS: [&str; 9] =
    ["kind", "mutual", "support", "risk", "strength", "frequency", "according_to", "note", "direction"];

fn is_kring_attribute(name: &str, domain: &str) -> bool {
    match domain {
        "node" => PERSON_FIELDS.contains(&name) || name == "deceased",
        "edge" => TIE_FIELDS.contains(&name),
        _ => name == "title",
    }
}

/// Drawing and bookkeeping attributes of other tools (Gephi's colours and size,
/// Cytoscape's SUID): they say nothing about the person, so they are dropped quietly.
const IGNORED: [&str; 17] = [
    "x",
    "y",
    "z",
    "r",
    "g",
    "b",
    "size",
    "color",
    "colour",
    "width",
    "height",
    "shape",
    "selected",
    "suid",
    "shared name",
    "shared interaction",
    "sector_label",
];

fn read_person(node: &Element, id: PersonId, keys: &Keys, left: &mut Leftovers) -> PersonDraft {
    let values = data_values(node, keys, "node");
    let file_id = node.attribute("id").unwrap_or_default();
    let name = choose_name(&values, file_id);
    let mut person = Person::new(id, name.clone(), DEFAULT_SECTOR, Ring::new(DEFAULT_RING).unwrap_or(Ring::FURTHEST));
    let mut extra = String::new();
    let (mut sector, mut ring, mut angle, mut household) = (None, None, None, None);
    for (attr, value) in &values {
        let v = value.as_str();
        let ok = match attr.as_str() {
            "name" | "label" if v.trim().is_empty() || v == name => true,
            "sector" => fill(&mut sector, Sector::from_key(v.trim())),
            "ring" => fill(&mut ring, parse_ring(v)),
            "angle" => fill(&mut angle, parse_angle(v)),
            "household" => fill(&mut household, parse_bool(v)),
            "child" => set(&mut person.child, parse_bool(v)),
            "deceased" => set(&mut person.deceased, parse_bool(v)),
            "child_safety" => set(&mut person.child_safety, parse_child_safety(v)),
            "factors" => set(&mut person.factors, parse_key_list::<Factor>(v)),
            "kind" => set(&mut person.kind, enum_from_key::<PersonKind>(v)),
            "gender" => set(&mut person.gender, enum_from_key::<Gender>(v)),
            "age" => fill(&mut person.age, v.trim().parse::<u8>().ok().map(Age::Years)),
            "birth_year" => fill(&mut person.age, v.trim().parse::<u16>().ok().map(Age::BirthYear)),
            "age_band" => fill(&mut person.age, parse_band(v)),
            "role" => set(&mut person.role, Some(v.to_owned())),
            "note" => set(&mut person.note, Some(v.to_owned())),
            "avatar" => set(&mut person.avatar, Some(v.to_owned())),
            ignored if IGNORED.contains(&ignored) => true,
            _ if v.trim().is_empty() => true,
            other => {
                left.keep_unknown(&mut extra, other, v);
                true
            }
        };
        if !ok {
            left.keep_unreadable(&mut extra, attr, v);
        }
    }
    if let (Some(sector), Some(ring)) = (sector, ring) {
        person.sector = sector;
        person.ring = ring;
    } else if sector.is_none() && ring.is_none() {
        left.placed_by_default += 1;
    } else {
        // Half a place: keep what is known, fill in the default for the rest.
        person.sector = sector.unwrap_or(DEFAULT_SECTOR);
        person.ring = ring.unwrap_or(person.ring);
    }
    person.household = household.unwrap_or(person.sector == Sector::Household);
    join_note(&mut person.note, extra);
    PersonDraft { angle_known: angle.is_some(), person: Person { angle: angle.unwrap_or(0.5), ..person } }
}

/// The name: Kring's or Cytoscape's `name`, else the `label` of Gephi, networkx or yEd,
/// else the node's id. Kept exactly as written when it is not blank.
fn choose_name(values: &[(String, String)], file_id: &str) -> String {
    ["name", "label"]
        .iter()
        .find_map(|wanted| values.iter().find(|(name, value)| name == wanted && !value.trim().is_empty()))
        .map(|(_, value)| value.clone())
        .unwrap_or_else(|| if file_id.trim().is_empty() { "?".to_owned() } else { file_id.to_owned() })
}

fn read_tie(edge: &Element, mut tie: Tie, directed: bool, keys: &Keys, left: &mut Leftovers) -> Tie {
    let values = data_values(edge, keys, "edge");
    let interaction = values.iter().find(|(n, _)| n == "interaction").map(|(_, v)| format!("({})", v.trim()));
    // A file Kring wrote has Kring's `mutual` column on its edges.
    let from_kring = values.iter().any(|(n, _)| n == "mutual");
    let mut extra = String::new();
    let mut mutual = None;
    let mut conditions = Vec::new();
    for (attr, value) in &values {
        let v = value.as_str();
        let ok = match attr.as_str() {
            "kind" => set(&mut tie.kind, kind_from_text(v)),
            "mutual" => fill(&mut mutual, parse_bool(v)),
            "support" => set(&mut tie.support, parse_key_list::<SupportType>(v)),
            "risk" => match parse_risk_list(v) {
                Some((risks, factors)) => {
                    tie.risk = risks;
                    conditions = factors;
                    true
                }
                None => false,
            },
            "strength" => set(&mut tie.strength, enum_from_key::<Strength>(v)),
            "frequency" => fill(&mut tie.frequency, enum_from_key::<Frequency>(v)),
            "according_to" => set(&mut tie.according_to, Some(v.to_owned())),
            "note" => set(&mut tie.note, Some(v.to_owned())),
            "situation" => set(&mut tie.situation, Some(v.to_owned())),
            "seriousness" => fill(&mut tie.seriousness, enum_from_key::<Seriousness>(v)),
            "last" => fill(&mut tie.last, is_iso_date(v.trim()).then(|| v.trim().to_owned())),
            // The edge id, moved into a column by networkx: already used as the tie's id.
            "id" => true,
            // Kring writes these as copies of the fields above.
            "direction" | "label" | "weight" if from_kring => true,
            // Gephi gives every edge weight 1: that says nothing.
            "weight" if parse_number(v) == Some(1.0) => true,
            // Cytoscape names edges "A (interaction) B": a copy of what is already there.
            "name" if interaction.as_ref().is_some_and(|i| v.contains(i.as_str())) => true,
            ignored if IGNORED.contains(&ignored) => true,
            _ if v.trim().is_empty() => true,
            other => {
                left.keep_unknown(&mut extra, other, v);
                true
            }
        };
        if !ok {
            left.keep_unreadable(&mut extra, attr, v);
        }
    }
    // An undirected edge from another tool goes both ways.
    tie.mutual = mutual.unwrap_or(!directed);
    join_note(&mut tie.note, extra);
    move_conditions(&mut tie, conditions, left);
    tie
}

/// A tie kind, in Kring's words or plain Dutch.
pub(crate) fn kind_from_text(text: &str) -> Option<TieKind> {
    match text.trim().to_lowercase().as_str() {
        "steun" => Some(TieKind::Support),
        "risico" => Some(TieKind::Risk),
        other => enum_from_key(other),
    }
}

/// Stores a read value; says whether it could be read.
fn set<T>(slot: &mut T, value: Option<T>) -> bool {
    match value {
        Some(value) => {
            *slot = value;
            true
        }
        None => false,
    }
}

/// Like `set`, for a field that may stay empty.
fn fill<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    let read = value.is_some();
    if read {
        *slot = value;
    }
    read
}

fn join_note(note: &mut String, extra: String) {
    if extra.is_empty() {
        return;
    }
    if !note.is_empty() {
        note.push('\n');
    }
    note.push_str(&extra);
}
