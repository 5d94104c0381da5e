//! Import from easyNWK (fhstp/easynwk-web, 2.x), the network-map app used in social work in
//! Austria and Germany, so a family's existing map does not have to be drawn again.
//!
//! ## What is read
//!
//! - The versions file easyNWK saves (`<name>.json`, UTF-8 with a byte-order mark):
//!   `{ "versions": [{ id, title, date, nwk }], "currentVersion": id }`. Every version is
//!   imported (the same easyNWK alter keeps the same Kring id in every version, so they can
//!   become snapshots), and `map` is the version easyNWK showed (`currentVersion`; the last
//!   one if that id is missing or unknown, with a warning).
//! - The bare `{ ego, alteri, connections }` object, as one version.
//! - Missing optional fields take easyNWK's defaults. Numbers may also be numeric strings
//!   (easyNWK's form stores `"2"` once a value was edited).
//! - Not read: the old easyNWK 1.x `.nwk` text format (open it in easyNWK 2 and save again).
//!
//! ## Mapping
//!
//! | easyNWK | Kring |
//! | --- | --- |
//! | ego | person 1 in the household (`household = true`, sector Household, ring 1); `child` when the age is under 18 |
//! | alter with id `n` | person `n + 2` (so ids agree across versions); alters without a usable id get fresh ids after those |
//! | angle 0..90 Familie | Family |
//! | angle 90..180 Freund*innen / Bekannte | Friends |
//! | angle −180..−90 Kolleg*innen | SchoolWork |
//! | angle −90..0 prof. Helfer*innen | Professionals (easyNWK has no neighbours sector, so Community stays empty) |
//! | position inside the quadrant | `angle` inside the Kring wedge, in the same clockwise order, kept 5 % off the wedge edges |
//! | distance 0..100 | rings 1..4 in four equal bands (0..25 ring 1, 25..50 ring 2, 50..75 ring 3, 75..100 ring 4); beyond 100 ring 4 |
//! | distance ≤ 0 (not placed yet) | ring 4, sector from the angle, with a warning |
//! | `human: false` | kind Pet when the category (`currentGender`) names an animal (Haustier, Hund, Katze, pet, …), else Organisation; an empty role gets the category |
//! | `currentGender` weiblich / männlich / divers | gender Female / Male / Other (anything else Unknown) |
//! | `age` | `Age::Years` when it is a number 0..=130, else none (with a warning when it was not empty) |
//! | `role` | role, unless `roleDefault` is true (then it is only easyNWK's sector label, left empty) |
//! | `note`, `emoji`, `deceased` | note, avatar, deceased |
//!
//! Ties, all with `according_to` = the ego's name (an easyNWK map is drawn from the ego's view):
//!
//! | easyNWK | Kring |
//! | --- | --- |
//! | `supportEmotional` / `supportInstrumental` / `supportInformational` / `supportSocial` | support Emotional / Practical / Advice / Company |
//! | `supportLinking` (brings the ego in touch with others) | Advice, and the tie's note says it was linking support |
//! | support value 1 (ego supports alter) | one Support tie ego → alter with those types |
//! | support value 2 (alter supports ego) | one Support tie alter → ego |
//! | support value 3 (mutual) | one Support tie ego → alter with `mutual = true` |
//! | `conflict: true` | tension (`Factor::Tension`) plays a role for the ego and the alter: a condition of both, not an act against someone; without support, a Contact tie ego → alter, `mutual = true` |
//! | `edgeType` 1 or 2, no support and no conflict, and the alter can have ties in easyNWK (human, alive, distance ≤ 100) | a Contact tie ego → alter, `mutual = true` |
//! | `edgeType` 2 (multiplex) | `strength = Strong` on the ego's ties with that alter |
//! | `connections` `{id1, id2}` | a Contact tie id1 → id2, `mutual = true` (duplicates, self-ties and unknown ids are skipped with a warning) |
//!
//! Errors are typed (`EasyNwkError`), never a panic; files over 20 MB are refused before
//! parsing. Texts for people come from `message` and `warning_message` (nl, en).

use crate::model::limits::{Counted, TooMany};
use crate::model::{
    is_valid_date, Age, Edit, Factor, FamilyMap, Gender, Person, PersonId, PersonKind, Ring, Sector, Snapshot,
    Strength, SupportType, Tie, TieId, TieKind,
};
use serde_json::{Map, Value};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;

/// Larger files are refused before parsing.
pub const MAX_EASYNWK_BYTES: usize = 20 * 1024 * 1024;
/// The ego is always this person in every imported version.
pub const EGO: PersonId = PersonId(1);
/// Alter ids above this get fresh Kring ids instead (keeps every id far from `u32::MAX`).
const MAX_KEPT_ALTER_ID: f64 = 1_000_000_000.0;
/// The note on a tie that came (partly) from easyNWK's linking support.
pub const LINKING_NOTE: &str = "easyNWK: verbindende steun (linking): brengt in contact met anderen";

/// Everything read from one easyNWK file.
#[derive(Clone, Debug, PartialEq)]
pub struct EasyNwkImport {
    /// The map of the version easyNWK showed when the file was saved.
    pub map: FamilyMap,
    /// Index in `versions` of that version.
    pub current: usize,
    /// Every version in file order, for snapshots.
    pub versions: Vec<EasyNwkVersion>,
    /// About the file and the shown version (each version also keeps its own).
    pub warnings: Vec<EasyNwkWarning>,
}

/// One dated version of the network.
#[derive(Clone, Debug, PartialEq)]
pub struct EasyNwkVersion {
    pub id: i64,
    pub title: String,
    /// As easyNWK wrote it, normally `YYYY-MM-DD`; empty for a bare object.
    pub date: String,
    pub map: FamilyMap,
    pub warnings: Vec<EasyNwkWarning>,
}

/// The JSON type a field should have had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    Object,
    List,
    Text,
    Number,
    YesNo,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EasyNwkError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON at all (or cut off halfway).
    NotJson {
        detail: String,
    },
    /// JSON, but not an easyNWK file.
    NotEasyNwk,
    /// A versions file without any version.
    NoVersions,
    /// A field has the wrong type, e.g. `alteri` is not a list. `field` is a path such as
    /// `versions[0].nwk.alteri[2].distance`.
    WrongType {
        field: String,
        expected: JsonType,
    },
    /// Kring refused the result (cannot happen for what this importer builds).
    Invalid {
        detail: String,
    },
    /// More versions, persons or ties than a map may hold.
    TooMany(TooMany),
}

/// For logs and tests; people read `i18n::easynwk::message`.
impl fmt::Display for EasyNwkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EasyNwkError::TooLarge { bytes } => write!(f, "easyNWK file of {bytes} bytes is too large"),
            EasyNwkError::NotJson { detail } => write!(f, "not JSON: {detail}"),
            EasyNwkError::NotEasyNwk => write!(f, "not an easyNWK file"),
            EasyNwkError::NoVersions => write!(f, "easyNWK file without versions"),
            EasyNwkError::WrongType { field, expected } => write!(f, "{field} is not {expected:?}"),
            EasyNwkError::Invalid { detail } => write!(f, "invalid map: {detail}"),
            EasyNwkError::TooMany(too_many) => write!(f, "too many: {too_many}"),
        }
    }
}

impl std::error::Error for EasyNwkError {}

/// Something the import did not take over exactly; the map is still usable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EasyNwkWarning {
    /// `currentVersion` names no version in the file; the last version is shown.
    CurrentVersionNotFound { current: String },
    /// Not placed on the easyNWK map yet: put in the outer ring.
    Unplaced { name: String },
    /// No name in easyNWK: this name was given.
    MissingName { name: String },
    /// Two alters with the same easyNWK id: the second got a new Kring id.
    DuplicateAlterId { name: String, id: String },
    /// A support field with a value other than 0..3: ignored.
    UnknownSupportValue { name: String, field: String, value: String },
    /// An age that is not a number of years: left out.
    AgeNotUnderstood { name: String, age: String },
    /// A connection to an unknown alter or to itself: left out.
    BadConnection { id1: String, id2: String },
}

impl EasyNwkImport {
    /// The shown version as the map, with every version as a snapshot, so the history the
    /// family built in easyNWK stays with the map. `label(title, date)` names a snapshot;
    /// versions without a usable date get `today`. Linear in the number of versions.
    pub fn into_map_with_snapshots(self, today: &str, label: impl Fn(&str, &str) -> String) -> FamilyMap {
        let EasyNwkImport { map, versions, .. } = self;
        let snapshots = versions
            .into_iter()
            .enumerate()
            .filter_map(|(n, version)| {
                let id = u32::try_from(n + 1).ok()?;
                let date = if is_valid_date(&version.date) { version.date.clone() } else { today.to_owned() };
                Snapshot::new(id, label(&version.title, &version.date), date, &version.map).ok()
            })
            .collect();
        map.with_new_snapshots(snapshots)
    }
}

/// Reads an easyNWK file (see the module documentation for what becomes what).
pub fn import(text: &str) -> Result<EasyNwkImport, EasyNwkError> {
    if text.len() > MAX_EASYNWK_BYTES {
        return Err(EasyNwkError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| EasyNwkError::NotJson { detail: e.to_string() })?;
    let Value::Object(top) = value else { return Err(EasyNwkError::NotEasyNwk) };

    let mut warnings = Vec::new();
    let (versions, current) = if let Some(list) = present(&top, "versions") {
        let Value::Array(list) = list else {
            return Err(wrong("versions", JsonType::List));
        };
        if list.is_empty() {
            return Err(EasyNwkError::NoVersions);
        }
        Counted::Versions.check(list.len()).map_err(EasyNwkError::TooMany)?;
        let mut versions = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            versions.push(read_version(item, i)?);
        }
        let current = match present(&top, "currentVersion") {
            None => versions.len() - 1,
            Some(raw) => {
                let wanted = as_number(raw).filter(|n| n.fract() == 0.0).map(|n| n as i64);
                match wanted.and_then(|id| versions.iter().position(|v| v.id == id)) {
                    Some(index) => index,
                    None => {
                        warnings.push(EasyNwkWarning::CurrentVersionNotFound { current: short_repr(raw) });
                        versions.len() - 1
                    }
                }
            }
        };
        (versions, current)
    } else if top.contains_key("ego") && top.contains_key("alteri") {
        let map = build_map(&top, "")?;
        let version = EasyNwkVersion { id: 1, title: String::new(), date: String::new(), map: map.0, warnings: map.1 };
        (vec![version], 0)
    } else {
        return Err(EasyNwkError::NotEasyNwk);
    };

    let shown = versions.get(current).ok_or_else(|| EasyNwkError::Invalid { detail: "no current version".into() })?;
    warnings.extend(shown.warnings.iter().cloned());
    Ok(EasyNwkImport { map: shown.map.clone(), current, versions, warnings })
}

fn read_version(item: &Value, index: usize) -> Result<EasyNwkVersion, EasyNwkError> {
    let path = format!("versions[{index}]");
    let Value::Object(version) = item else { return Err(wrong(&path, JsonType::Object)) };
    let id = match number(version, "id", &path)? {
        Some(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => n as i64,
        Some(_) => return Err(wrong(&format!("{path}.id"), JsonType::Number)),
        None => index as i64 + 1,
    };
    let title = text(version, "title", &path)?;
    let date = text(version, "date", &path)?;
    let nwk_path = format!("{path}.nwk");
    let nwk = match present(version, "nwk") {
        Some(Value::Object(nwk)) => nwk,
        _ => return Err(wrong(&nwk_path, JsonType::Object)),
    };
    let (map, warnings) = build_map(nwk, &nwk_path)?;
    Ok(EasyNwkVersion { id, title, date, map, warnings })
}

/// One alter as read, before it becomes a person.
struct Alter {
    easy_id: Option<f64>,
    raw_id: String,
    person: Person,
    /// (value, field name, Kring support type) for each easyNWK support field.
    support: [(Option<f64>, &'static str, SupportType); 5],
    conflict: bool,
    edge_type: i64,
    connectable: bool,
}

const SUPPORT_FIELDS: [(&str, SupportType); 5] = [
    ("supportEmotional", SupportType::Emotional),
    ("supportInstrumental", SupportType::Practical),
    ("supportInformational", SupportType::Advice),
    ("supportSocial", SupportType::Company),
    ("supportLinking", SupportType::Advice),
];

/// Builds the Kring map of one easyNWK `{ego, alteri, connections}`.
fn build_map(nwk: &Map<String, Value>, path: &str) -> Result<(FamilyMap, Vec<EasyNwkWarning>), EasyNwkError> {
    let mut warnings = Vec::new();
    let join = |key: &str| if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") };

    // The ego.
    let ego_path = join("ego");
    let empty = Map::new();
    let ego = match present(nwk, "ego") {
        Some(Value::Object(ego)) => ego,
        None => &empty,
        Some(_) => return Err(wrong(&ego_path, JsonType::Object)),
    };
    let mut ego_name = text(ego, "name", &ego_path)?.trim().to_owned();
    if ego_name.is_empty() {
        ego_name = "Ego".to_owned();
        warnings.push(EasyNwkWarning::MissingName { name: ego_name.clone() });
    }
    let mut me = Person::new(EGO, ego_name.clone(), Sector::Household, Ring::CLOSEST);
    me.household = true;
    me.gender = gender(&text(ego, "currentGender", &ego_path)?);
    me.age = age(&text(ego, "age", &ego_path)?, &ego_name, &mut warnings);
    me.child = matches!(me.age, Some(Age::Years(years)) if years < 18);
    me.note = text(ego, "note", &ego_path)?;
    me.avatar = text(ego, "emoji", &ego_path)?.trim().to_owned();

    let mut map = FamilyMap::new(ego_name.clone());
    apply(&mut map, Edit::AddPerson { person: me })?;

    // The alteri.
    let alteri_path = join("alteri");
    let alteri: &[Value] = match present(nwk, "alteri") {
        Some(Value::Array(list)) => list,
        None => &[],
        Some(_) => return Err(wrong(&alteri_path, JsonType::List)),
    };
    // The ego is a person too.
    Counted::Persons.check(alteri.len() + 1).map_err(EasyNwkError::TooMany)?;
    let mut read = Vec::with_capacity(alteri.len());
    for (i, item) in alteri.iter().enumerate() {
        read.push(read_alter(item, &format!("{alteri_path}[{i}]"), &mut warnings)?);
    }

    // Kring ids: easyNWK id + 2 where usable, so versions agree; fresh ids for the rest.
    let mut by_easy_id: HashMap<i64, PersonId> = HashMap::new();
    let mut taken: HashSet<u32> = HashSet::from([EGO.0]);
    let mut ids: Vec<Option<PersonId>> = Vec::with_capacity(read.len());
    for alter in &read {
        let usable =
            alter.easy_id.filter(|n| n.fract() == 0.0 && (0.0..=MAX_KEPT_ALTER_ID).contains(n)).map(|n| n as i64);
        match usable {
            Some(n) if !by_easy_id.contains_key(&n) => {
                let id = PersonId(n as u32 + 2);
                by_easy_id.insert(n, id);
                taken.insert(id.0);
                ids.push(Some(id));
            }
            Some(_) => {
                warnings.push(EasyNwkWarning::DuplicateAlterId {
                    name: alter.person.name.clone(),
                    id: alter.raw_id.clone(),
                });
                ids.push(None);
            }
            None => ids.push(None),
        }
    }
    let mut fresh = taken.iter().copied().max().unwrap_or(EGO.0);
    let mut next_fresh = || {
        fresh += 1;
        PersonId(fresh)
    };
    let ids: Vec<PersonId> = ids.into_iter().map(|id| id.unwrap_or_else(&mut next_fresh)).collect();

    let mut tie_id = 0u32;
    let mut new_tie = |from: PersonId, to: PersonId, kind: TieKind| {
        tie_id += 1;
        let mut tie = Tie::new(TieId(tie_id), from, to, kind);
        tie.according_to = ego_name.clone();
        tie
    };
    let mut ties = Vec::new();
    for (alter, id) in read.iter().zip(&ids) {
        let mut person = alter.person.clone();
        person.id = *id;
        if alter.conflict {
            person.factors.insert(Factor::Tension);
        }
        apply(&mut map, Edit::AddPerson { person })?;

        let strength = if alter.edge_type == 2 { Strength::Strong } else { Strength::Normal };
        // Support, one tie per direction: [mutual, ego -> alter, alter -> ego].
        let mut sets: [(BTreeSet<SupportType>, bool); 3] = Default::default();
        for (value, field, kind) in &alter.support {
            let Some(value) = value else { continue };
            let whole = if value.fract() == 0.0 && value.abs() <= 3.0 { *value as i64 } else { -1 };
            let slot = match whole {
                0 => continue,
                3 => 0,
                1 => 1,
                2 => 2,
                _ => {
                    warnings.push(EasyNwkWarning::UnknownSupportValue {
                        name: alter.person.name.clone(),
                        field: (*field).to_owned(),
                        value: format_number(*value),
                    });
                    continue;
                }
            };
            sets[slot].0.insert(*kind);
            if *field == "supportLinking" {
                sets[slot].1 = true;
            }
        }
        let mut any_support = false;
        for (slot, (set, linking)) in sets.into_iter().enumerate() {
            if set.is_empty() {
                continue;
            }
            let (from, to) = if slot == 2 { (*id, EGO) } else { (EGO, *id) };
            let mut tie = new_tie(from, to, TieKind::Support);
            tie.mutual = slot == 0;
            tie.support = set;
            tie.strength = strength;
            if linking {
                tie.note = LINKING_NOTE.to_owned();
            }
            ties.push(tie);
            any_support = true;
        }
        if !any_support && (alter.conflict || alter.connectable && matches!(alter.edge_type, 1 | 2)) {
            let mut tie = new_tie(EGO, *id, TieKind::Contact);
            tie.mutual = true;
            tie.strength = strength;
            ties.push(tie);
        }
    }

    // Connections between alteri.
    let connections_path = join("connections");
    let connections: &[Value] = match present(nwk, "connections") {
        Some(Value::Array(list)) => list,
        None => &[],
        Some(_) => return Err(wrong(&connections_path, JsonType::List)),
    };
    Counted::Ties.check(connections.len()).map_err(EasyNwkError::TooMany)?;
    let mut seen: HashSet<(PersonId, PersonId)> = HashSet::new();
    for (i, item) in connections.iter().enumerate() {
        let path = format!("{connections_path}[{i}]");
        let Value::Object(connection) = item else { return Err(wrong(&path, JsonType::Object)) };
        let end = |key: &str| -> Option<PersonId> {
            let n = present(connection, key).and_then(as_number)?;
            (n.fract() == 0.0).then(|| by_easy_id.get(&(n as i64)).copied()).flatten()
        };
        match (end("id1"), end("id2")) {
            (Some(a), Some(b)) if a != b => {
                let key = (a.min(b), a.max(b));
                if seen.insert(key) {
                    let mut tie = new_tie(a, b, TieKind::Contact);
                    tie.mutual = true;
                    ties.push(tie);
                }
            }
            _ => warnings.push(EasyNwkWarning::BadConnection {
                id1: present(connection, "id1").map(short_repr).unwrap_or_default(),
                id2: present(connection, "id2").map(short_repr).unwrap_or_default(),
            }),
        }
    }
    if let Some(mut me) = read.iter().any(|a| a.conflict).then(|| map.person(EGO).cloned()).flatten() {
        me.factors.insert(Factor::Tension);
        apply(&mut map, Edit::UpdatePerson { person: me })?;
    }
    for tie in ties {
        apply(&mut map, Edit::AddTie { tie })?;
    }
    Ok((map, warnings))
}

fn read_alter(item: &Value, path: &str, warnings: &mut Vec<EasyNwkWarning>) -> Result<Alter, EasyNwkError> {
    let Value::Object(alter) = item else { return Err(wrong(path, JsonType::Object)) };
    let easy_id = number(alter, "id", path)?;
    let raw_id = present(alter, "id").map(short_repr).unwrap_or_default();
    let mut name = text(alter, "name", path)?.trim().to_owned();
    if name.is_empty() {
        name = format!("Contact {}", if raw_id.is_empty() { "?".to_owned() } else { raw_id.clone() });
        warnings.push(EasyNwkWarning::MissingName { name: name.clone() });
    }
    let human = flag(alter, "human", path)?.unwrap_or(true);
    let deceased = flag(alter, "deceased", path)?.unwrap_or(false);
    let category = text(alter, "currentGender", path)?.trim().to_owned();
    let angle = number(alter, "angle", path)?.unwrap_or(0.0);
    let distance = number(alter, "distance", path)?.unwrap_or(0.0);

    let (sector, fraction) = place(angle);
    let ring = if distance <= 0.0 {
        warnings.push(EasyNwkWarning::Unplaced { name: name.clone() });
        Ring::FURTHEST
    } else {
        ring(distance)
    };
    let mut person = Person::new(EGO, name.clone(), sector, ring);
    person.angle = fraction;
    person.household = false;
    person.deceased = deceased;
    person.note = text(alter, "note", path)?;
    person.avatar = text(alter, "emoji", path)?.trim().to_owned();
    person.age = age(&text(alter, "age", path)?, &name, warnings);
    let role_default = flag(alter, "roleDefault", path)?.unwrap_or(false);
    if !role_default {
        person.role = text(alter, "role", path)?.trim().to_owned();
    }
    if human {
        person.gender = gender(&category);
    } else {
        person.kind = if names_an_animal(&category) { PersonKind::Pet } else { PersonKind::Organisation };
        if person.role.is_empty() {
            person.role = category;
        }
    }

    let mut support = [(None, "", SupportType::Emotional); 5];
    for (slot, (field, kind)) in support.iter_mut().zip(SUPPORT_FIELDS) {
        let value = match present(alter, field) {
            None => None,
            Some(raw) => match as_number(raw) {
                Some(n) => Some(n),
                None => {
                    warnings.push(EasyNwkWarning::UnknownSupportValue {
                        name: name.clone(),
                        field: field.to_owned(),
                        value: short_repr(raw),
                    });
                    None
                }
            },
        };
        *slot = (value, field, kind);
    }
    let edge_type = match number(alter, "edgeType", path)? {
        Some(n) if n.fract() == 0.0 => n as i64,
        Some(_) => return Err(wrong(&format!("{path}.edgeType"), JsonType::Number)),
        None => 1,
    };
    Ok(Alter {
        easy_id,
        raw_id,
        person,
        support,
        conflict: flag(alter, "conflict", path)?.unwrap_or(false),
        edge_type,
        connectable: human && !deceased && distance <= 100.0,
    })
}

/// easyNWK angle (degrees, counter-clockwise from the right) -> Kring sector and the
/// position inside its wedge (0 = the wedge's clockwise start).
fn place(angle: f64) -> (Sector, f64) {
    let a = if (-180.0..=180.0).contains(&angle) { angle } else { (angle + 180.0).rem_euclid(360.0) - 180.0 };
    let (sector, quadrant_start) = if a < -90.0 {
        (Sector::SchoolWork, -180.0)
    } else if a < 0.0 {
        (Sector::Professionals, -90.0)
    } else if a < 90.0 {
        (Sector::Family, 0.0)
    } else {
        (Sector::Friends, 90.0)
    };
    // Counter-clockwise share of the quadrant; Kring's wedge angle runs clockwise.
    let ccw = ((a - quadrant_start) / 90.0).clamp(0.0, 1.0);
    // Rounded to millionths: far finer than a screen, and a short decimal reads back
    // from JSON as exactly the same number, so a saved import equals the import.
    let fraction = ((0.05 + 0.9 * (1.0 - ccw)) * 1e6).round() / 1e6;
    (sector, fraction)
}

/// easyNWK distance (0 centre, 100 outer circle) -> Kring ring 1..4.
fn ring(distance: f64) -> Ring {
    let band = (distance / 25.0).floor().clamp(0.0, 3.0) as u8;
    Ring::new(band + 1).unwrap_or(Ring::FURTHEST)
}

fn gender(text: &str) -> Gender {
    match text.trim().to_lowercase().as_str() {
        "weiblich" | "female" | "w" => Gender::Female,
        "männlich" | "maennlich" | "male" | "m" => Gender::Male,
        "divers" | "diverse" | "d" => Gender::Other,
        _ => Gender::Unknown,
    }
}

fn age(text: &str, name: &str, warnings: &mut Vec<EasyNwkWarning>) -> Option<Age> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return None;
    }
    match trimmed.replace(',', ".").parse::<f64>() {
        Ok(years) if years.is_finite() && (0.0..=130.0).contains(&years) => Some(Age::Years(years.floor() as u8)),
        _ => {
            warnings.push(EasyNwkWarning::AgeNotUnderstood { name: name.to_owned(), age: trimmed.to_owned() });
            None
        }
    }
}

/// Whether the category of a non-human alter names an animal (German, English, Dutch).
fn names_an_animal(category: &str) -> bool {
    const WORDS: [&str; 30] = [
        "tier",
        "tiere",
        "haustier",
        "hund",
        "hunde",
        "katze",
        "katzen",
        "kater",
        "pferd",
        "vogel",
        "hase",
        "kaninchen",
        "meerschweinchen",
        "hamster",
        "fisch",
        "pet",
        "pets",
        "animal",
        "dog",
        "cat",
        "horse",
        "bird",
        "rabbit",
        "huisdier",
        "dier",
        "hond",
        "kat",
        "paard",
        "konijn",
        "vis",
    ];
    category
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| WORDS.contains(&w) || w.ends_with("tier") || w.ends_with("huisdier"))
}

fn apply(map: &mut FamilyMap, edit: Edit) -> Result<(), EasyNwkError> {
    map.apply(edit).map(|_| ()).map_err(|e| EasyNwkError::Invalid { detail: e.to_string() })
}

// --- lenient field readers: missing or null means "not given" ---

fn present<'v>(obj: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    obj.get(key).filter(|v| !v.is_null())
}

fn wrong(field: &str, expected: JsonType) -> EasyNwkError {
    EasyNwkError::WrongType { field: field.to_owned(), expected }
}

fn field_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Text; a number is taken as its text (an age saved as `42`).
fn text(obj: &Map<String, Value>, key: &str, path: &str) -> Result<String, EasyNwkError> {
    match present(obj, key) {
        None => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        Some(_) => Err(wrong(&field_path(path, key), JsonType::Text)),
    }
}

/// A number, or a numeric string; an empty string counts as not given.
fn number(obj: &Map<String, Value>, key: &str, path: &str) -> Result<Option<f64>, EasyNwkError> {
    match present(obj, key) {
        None => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(raw) => as_number(raw).map(Some).ok_or_else(|| wrong(&field_path(path, key), JsonType::Number)),
    }
}

fn as_number(value: &Value) -> Option<f64> {
    let n = match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    }?;
    n.is_finite().then_some(n)
}

/// Yes or no; also `"true"`/`"false"` and 0/1 as some tools write them.
fn flag(obj: &Map<String, Value>, key: &str, path: &str) -> Result<Option<bool>, EasyNwkError> {
    match present(obj, key) {
        None => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(Value::String(s)) if s.trim() == "true" => Ok(Some(true)),
        Some(Value::String(s)) if s.trim() == "false" => Ok(Some(false)),
        Some(Value::Number(n)) if n.as_f64() == Some(1.0) => Ok(Some(true)),
        Some(Value::Number(n)) if n.as_f64() == Some(0.0) => Ok(Some(false)),
        Some(_) => Err(wrong(&field_path(path, key), JsonType::YesNo)),
    }
}

/// A value as a short text for a warning.
fn short_repr(value: &Value) -> String {
    let text = match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if text.chars().count() > 40 {
        let cut: String = text.chars().take(40).collect();
        format!("{cut}…")
    } else {
        text
    }
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}
