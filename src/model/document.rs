//! The Kring file: a versioned JSON document. Loading migrates older versions and
//! validates everything, returning a typed error (never a panic) for a bad file.

use super::limits::{Counted, TooMany, MAX_ID};
use super::{FamilyMap, Person, PersonId, Tie, TieId};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashSet;
use std::fmt;

pub const FORMAT_NAME: &str = "kring";
/// Version 2 added meetings, snapshots and perspectives beside persons and ties. Version 3
/// added who may read each item (`Readers`), plan notes, and the typed mark on a child's
/// answers (`ChildAnswer`). Version 4 added the review cycle and the rest of the safety
/// plan to meetings (danger statements, safety goals, scale anchors, preparation, outcomes,
/// agreements owned by someone not on the map): every new field has a default, and an
/// agreement's owner, once a bare person id, is read in both forms. Version 5 added what
/// plays a role per person (`Factor`) and the practice's questions on a risk tie
/// (situation, seriousness, when last); "conflict" and "substance use" stopped being risk
/// types and became conditions of the person who showed them (see `move_conditions`).
pub const FORMAT_VERSION: u32 = 5;
/// Larger files are refused before parsing: a real family map is a few hundred KB.
pub const MAX_DOCUMENT_BYTES: usize = 20 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON at all (or cut off halfway).
    NotJson {
        detail: String,
    },
    /// JSON, but not a Kring file.
    NotKring,
    /// Written by a newer Kring than this one.
    FutureVersion {
        version: u64,
    },
    /// A field is missing, unknown, or of the wrong type.
    Invalid {
        detail: String,
    },
    DuplicatePerson(PersonId),
    DuplicateTie(TieId),
    UnknownTieEnd {
        tie: TieId,
        person: PersonId,
    },
    EmptyName(PersonId),
    /// More persons, ties, snapshots, meetings or perspectives than a map may hold.
    TooMany(TooMany),
    /// A snapshot that holds snapshots (or meetings, or perspectives) of its own: Kring never
    /// writes that, and nesting them is how a small file takes hundreds of MB to read.
    NestedSnapshot {
        snapshot: u64,
    },
    /// An id at the top of its range, where no next id would be left.
    IdTooLarge {
        id: u64,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::TooLarge { bytes } => write!(f, "file of {bytes} bytes is too large"),
            LoadError::NotJson { detail } => write!(f, "not JSON: {detail}"),
            LoadError::NotKring => write!(f, "not a Kring file"),
            LoadError::FutureVersion { version } => write!(f, "Kring file version {version} is newer than this Kring"),
            LoadError::Invalid { detail } => write!(f, "invalid Kring file: {detail}"),
            LoadError::DuplicatePerson(id) => write!(f, "person {id} appears twice"),
            LoadError::DuplicateTie(id) => write!(f, "tie {id} appears twice"),
            LoadError::UnknownTieEnd { tie, person } => write!(f, "tie {tie} points at missing person {person}"),
            LoadError::EmptyName(id) => write!(f, "person {id} has no name"),
            LoadError::TooMany(too_many) => write!(f, "too many: {too_many}"),
            LoadError::NestedSnapshot { snapshot } => write!(f, "snapshot {snapshot} holds snapshots of its own"),
            LoadError::IdTooLarge { id } => write!(f, "id {id} is at the top of its range"),
        }
    }
}

impl std::error::Error for LoadError {}

/// The current version of the file, field for field.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    format: String,
    version: u32,
    title: String,
    #[serde(default)]
    next_person: u32,
    #[serde(default)]
    next_tie: u32,
    #[serde(default)]
    next_meeting: u32,
    #[serde(default)]
    next_snapshot: u32,
    #[serde(default)]
    next_perspective: u32,
    persons: Vec<Person>,
    ties: Vec<Tie>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    meetings: Vec<super::Meeting>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    snapshots: Vec<super::Snapshot>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    perspectives: Vec<super::Perspective>,
}

pub fn to_json(map: &FamilyMap) -> String {
    let doc = Document {
        format: FORMAT_NAME.to_owned(),
        version: FORMAT_VERSION,
        title: map.title.clone(),
        next_person: map.next_person,
        next_tie: map.next_tie,
        next_meeting: map.next_meeting_id().0,
        next_snapshot: map.next_snapshot_id(),
        next_perspective: map.next_perspective_id().0,
        persons: map.persons().into_iter().cloned().collect(),
        ties: map.ties().into_iter().cloned().collect(),
        meetings: map.extras.meetings.clone(),
        snapshots: map.extras.snapshots.clone(),
        perspectives: map.extras.perspectives.clone(),
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

pub fn from_json(text: &str) -> Result<FamilyMap, LoadError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    // Some editors put a byte-order mark in front of UTF-8 JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| LoadError::NotJson { detail: e.to_string() })?;
    from_value(value, Level::File)
}

/// Where a document is read: a file of its own, or the map inside one snapshot.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Level {
    File,
    Snapshot,
}

/// Reads a parsed document (a whole file, or the map in a snapshot, which is read from the
/// parsed value directly rather than written out and parsed again).
pub(super) fn from_value(value: Value, level: Level) -> Result<FamilyMap, LoadError> {
    let value = migrate(value)?;
    check_shape(&value, level)?;
    let doc: Document = serde_json::from_value(value).map_err(|e| LoadError::Invalid { detail: e.to_string() })?;
    build(doc)
}

/// Counts and nesting, checked on the parsed value before anything is built from it.
fn check_shape(value: &Value, level: Level) -> Result<(), LoadError> {
    let list = |key: &str| value.get(key).and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
    let counted = [
        (Counted::Persons, "persons"),
        (Counted::Ties, "ties"),
        (Counted::Snapshots, "snapshots"),
        (Counted::Meetings, "meetings"),
        (Counted::Perspectives, "perspectives"),
    ];
    for (what, key) in counted {
        what.check(list(key).len()).map_err(LoadError::TooMany)?;
    }
    let holds_extras = ["snapshots", "meetings", "perspectives"].iter().any(|key| !list(key).is_empty());
    if level == Level::Snapshot && holds_extras {
        // Reported by the file level below with the snapshot's id; this is the backstop.
        return Err(LoadError::NestedSnapshot { snapshot: 0 });
    }
    for snapshot in list("snapshots") {
        let id = snapshot.get("id").and_then(Value::as_u64).unwrap_or(0);
        let inner = snapshot.get("map");
        let nested = ["snapshots", "meetings", "perspectives"]
            .iter()
            .any(|key| inner.and_then(|m| m.get(*key)).and_then(Value::as_array).is_some_and(|l| !l.is_empty()));
        if nested {
            return Err(LoadError::NestedSnapshot { snapshot: id });
        }
    }
    Ok(())
}

/// Brings any version this Kring knows up to the current one. Each future version adds a
/// step here (v1 -> v2, v2 -> v3, ...), so every file ever written still opens.
fn migrate(value: Value) -> Result<Value, LoadError> {
    let Value::Object(fields) = &value else { return Err(LoadError::NotKring) };
    if fields.get("format").and_then(Value::as_str) != Some(FORMAT_NAME) {
        return Err(LoadError::NotKring);
    }
    let version = fields
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| LoadError::Invalid { detail: "version is missing or not a number".into() })?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(LoadError::FutureVersion { version });
    }
    if version == 0 {
        return Err(LoadError::Invalid { detail: format!("unknown version {version}") });
    }
    let mut value = value;
    let Value::Object(fields) = &mut value else { return Err(LoadError::NotKring) };
    // Version 1 had no meetings, snapshots or perspectives: they start empty. Version 2
    // had no readerships: everything stays readable by everyone, as it was, except a
    // child's answers, which were recognised by the words of a note and are now marked
    // (and, as every child's answer now, for professionals only). Version 3 had no review
    // cycle: the new meeting fields start empty (serde defaults). Version 4 had tension and
    // substance use as risk types on ties, and a strength on risk ties.
    //
    // Why a child's old answers do not stay "readable by everyone" (as older files do in
    // general): safety decides. Nobody ever chose to share them: before version 3 there was
    // no choice to make, and the child was never asked. Read as "everyone", "I don't want
    // Papa near" would reach the family's and the network's printouts and screens the moment
    // an old file is opened, and a leak cannot be taken back; kept for professionals, the
    // child (with the professional) shares it in one step in child mode ("Who may know?").
    // Everything else keeps its old readers. Pinned by
    // `a_version_2_file_opens_readable_by_everyone_except_the_childs_answers` (tests/document.rs).
    if version <= 2 {
        if let Some(Value::Array(perspectives)) = fields.get_mut("perspectives") {
            perspectives.iter_mut().for_each(mark_child_answers);
        }
    }
    if version <= 4 {
        move_conditions(fields);
    }
    fields.insert("version".into(), Value::from(FORMAT_VERSION));
    Ok(value)
}

/// The risk types before version 5 that were conditions of a person, and what they became.
pub(super) const LEGACY_CONDITIONS: [(&str, &str); 2] = [("conflict", "tension"), ("substance_use", "addiction")];

/// Before version 5: "conflict" and "substance use" on a tie (in the map or in anyone's
/// perspective) become what plays a role for the person they came from (both persons on
/// a mutual tie); a risk tie left with no type becomes a plain contact (a risk with no type
/// counts as serious harm, which they were not). Risk ties lose their strength.
fn move_conditions(fields: &mut serde_json::Map<String, Value>) {
    let mut moved: Vec<(u64, &'static str)> = Vec::new();
    if let Some(Value::Array(ties)) = fields.get_mut("ties") {
        ties.iter_mut().for_each(|tie| move_tie_conditions(tie, &mut moved));
    }
    if let Some(Value::Array(perspectives)) = fields.get_mut("perspectives") {
        for perspective in perspectives.iter_mut() {
            if let Some(Value::Array(ties)) = perspective.get_mut("ties") {
                ties.iter_mut().for_each(|tie| move_tie_conditions(tie, &mut moved));
            }
        }
    }
    let Some(Value::Array(persons)) = fields.get_mut("persons") else { return };
    for person in persons.iter_mut() {
        let Value::Object(person) = person else { continue };
        let Some(id) = person.get("id").and_then(Value::as_u64) else { continue };
        let mine: Vec<&str> = moved.iter().filter(|(who, _)| *who == id).map(|(_, factor)| *factor).collect();
        if mine.is_empty() {
            continue;
        }
        let factors = person.entry("factors").or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(factors) = factors {
            for factor in mine {
                if !factors.iter().any(|f| f.as_str() == Some(factor)) {
                    factors.push(Value::from(factor));
                }
            }
        }
    }
}

pub(super) fn move_tie_conditions(tie: &mut Value, moved: &mut Vec<(u64, &'static str)>) {
    let Value::Object(tie) = tie else { return };
    let from = tie.get("from").and_then(Value::as_u64);
    let to = tie.get("to").and_then(Value::as_u64);
    let mutual = tie.get("mutual").and_then(Value::as_bool).unwrap_or(false);
    let mut found = false;
    if let Some(Value::Array(risks)) = tie.get_mut("risk") {
        for (old, factor) in LEGACY_CONDITIONS {
            if risks.iter().any(|r| r.as_str() == Some(old)) {
                found = true;
                let ends = [from, if mutual { to } else { None }];
                moved.extend(ends.into_iter().flatten().map(|id| (id, factor)));
            }
        }
        risks.retain(|r| !LEGACY_CONDITIONS.iter().any(|(old, _)| r.as_str() == Some(*old)));
        let left = risks.len();
        let is_risk = tie.get("kind").and_then(Value::as_str) == Some("risk");
        if found && left == 0 && is_risk {
            tie.insert("kind".into(), Value::from("contact"));
        }
    }
    if tie.get("kind").and_then(Value::as_str) == Some("risk") {
        tie.remove("strength");
    }
}

/// The notes child mode wrote on its ties before version 3, in every language it spoke.
const LEGACY_SEE_MORE: [&str; 2] = ["Wil ik vaker zien", "I want to see them more"];
const LEGACY_NOT_NEAR: [&str; 2] = ["Wil ik niet dichtbij", "I don't want them near"];

/// In a perspective held by someone, a tie child mode made (recognised for the last time
/// by its note) gets its typed mark, loses the note, and becomes for professionals only.
fn mark_child_answers(perspective: &mut Value) {
    let Some(holder) = perspective.get("holder").and_then(Value::as_u64) else { return };
    let Some(Value::Array(ties)) = perspective.get_mut("ties") else { return };
    for tie in ties.iter_mut() {
        let Value::Object(tie) = tie else { continue };
        let note = tie.get("note").and_then(Value::as_str).unwrap_or_default();
        let kind = tie.get("kind").and_then(Value::as_str).unwrap_or_default();
        let from = tie.get("from").and_then(Value::as_u64);
        let to = tie.get("to").and_then(Value::as_u64);
        let answer = if kind == "contact" && from == Some(holder) && LEGACY_SEE_MORE.contains(&note) {
            "see_more"
        } else if kind == "risk" && to == Some(holder) && LEGACY_NOT_NEAR.contains(&note) {
            "not_near"
        } else {
            continue;
        };
        tie.insert("answer".into(), Value::from(answer));
        tie.insert("note".into(), Value::from(""));
        let mut readers = serde_json::Map::new();
        readers.insert("kind".into(), Value::from("professionals_only"));
        tie.insert("readers".into(), Value::Object(readers));
    }
}

fn build(doc: Document) -> Result<FamilyMap, LoadError> {
    let mut map = FamilyMap::new(doc.title);
    let mut seen = HashSet::new();
    for person in doc.persons {
        if !seen.insert(person.id) {
            return Err(LoadError::DuplicatePerson(person.id));
        }
        if person.name.trim().is_empty() {
            return Err(LoadError::EmptyName(person.id));
        }
        if !person.angle.is_finite() || !(0.0..=1.0).contains(&person.angle) {
            return Err(LoadError::Invalid { detail: format!("person {} has angle {}", person.id, person.angle) });
        }
        map.insert_person(person);
    }
    let mut seen = HashSet::new();
    for tie in doc.ties {
        if !seen.insert(tie.id) {
            return Err(LoadError::DuplicateTie(tie.id));
        }
        for end in [tie.from, tie.to] {
            if !map.contains_person(end) {
                return Err(LoadError::UnknownTieEnd { tie: tie.id, person: end });
            }
        }
        if tie.from == tie.to {
            return Err(LoadError::Invalid { detail: format!("tie {} joins a person to themselves", tie.id) });
        }
        if let Some(last) = tie.last.as_deref().filter(|d| !super::is_iso_date(d)) {
            return Err(LoadError::Invalid {
                detail: format!("tie {} last happened on ‘{last}’, not a date", tie.id)
            });
        }
        map.insert_tie(tie);
    }
    check_unique(doc.meetings.iter().map(|m| m.id.0), "meeting")?;
    let mut meetings = doc.meetings;
    meetings.iter_mut().for_each(super::Meeting::number_agreements);
    check_unique(doc.snapshots.iter().map(|s| s.id), "snapshot")?;
    check_unique(doc.perspectives.iter().map(|p| p.id.0), "perspective")?;
    map.extras = super::Extras { meetings, snapshots: doc.snapshots, perspectives: doc.perspectives };
    map.next_person = map.next_person.max(doc.next_person);
    map.next_tie = map.next_tie.max(doc.next_tie);
    (map.next_meeting, map.next_snapshot, map.next_perspective) =
        (doc.next_meeting, doc.next_snapshot, doc.next_perspective);
    map.note_extra_ids();
    check_ids(&map)?;
    // A meeting, perspective or mark naming someone not on the map loses that reference.
    map.drop_unknown_references();
    Ok(map)
}

/// Every id, and every next id, leaves room for one more.
fn check_ids(map: &FamilyMap) -> Result<(), LoadError> {
    let extras = &map.extras;
    let ids = [map.next_person, map.next_tie]
        .into_iter()
        .chain(extras.meetings.iter().map(|m| m.id.0))
        .chain(extras.meetings.iter().flat_map(|m| m.participants.iter().map(|p| p.id.0)))
        .chain(extras.snapshots.iter().map(|s| s.id))
        .chain(extras.perspectives.iter().map(|p| p.id.0));
    // Person and tie ids are below the next ids, which grow past every id read.
    match ids.into_iter().find(|id| *id > MAX_ID) {
        Some(id) => Err(LoadError::IdTooLarge { id: u64::from(id) }),
        None => Ok(()),
    }
}

fn check_unique(ids: impl Iterator<Item = u32>, what: &str) -> Result<(), LoadError> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(LoadError::Invalid { detail: format!("{what} {id} appears twice") });
        }
    }
    Ok(())
}
