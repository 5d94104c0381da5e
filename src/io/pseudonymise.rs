//! Pseudonymise a map before it leaves the device: names become numbers (by default),
//! initials or roles; names that occur in roles are replaced too ("moeder van Sam" →
//! "moeder van Persoon 2"); notes, avatars, meetings (with their phone numbers and e-mail
//! addresses) and every other free text that can name someone are dropped or replaced;
//! exact ages become age bands and snapshot dates become day numbers that keep their
//! order; child-safety marks and safety scores are left out unless asked. What stays is what a colleague or a researcher needs to read the network: ids,
//! kinds, sectors, rings, positions, household, child, gender and every tie with its kind
//! and types.
//!
//! Pure: the export menu runs this on a copy, so the open map is never touched, and
//! `changes` tells the preview exactly what will be written.

use crate::model::{Age, Edit, FamilyMap, Person, PersonId, PersonKind, Tie};
use crate::model::{Perspective, Snapshot};
use std::collections::{BTreeMap, HashMap};

/// What a person's name becomes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum NameStyle {
    /// "Oma Ria" → "O.R."; the role stays (with names in it replaced).
    Initials,
    /// The role ("oma") becomes the name; without a role, a number. The role stays.
    Roles,
    /// "Persoon 4": nothing of the name or the role is written. The default.
    #[default]
    Numbers,
}

impl NameStyle {
    pub const ALL: [NameStyle; 3] = [NameStyle::Initials, NameStyle::Roles, NameStyle::Numbers];

    /// Whether the role text is written as it is.
    pub fn keeps_roles(self) -> bool {
        match self {
            NameStyle::Initials | NameStyle::Roles => true,
            NameStyle::Numbers => false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pseudonyms {
    pub names: NameStyle,
    /// The words that replace texts ("Persoon 4", "Netwerkkaart"), in the reader's language.
    pub words: PseudonymWords,
    /// Whether the child-safety marks (safe adult, supervised only, no contact) and the
    /// perspectives' safety scores go into the file. Off by default: together with the
    /// ties they can say who a family is protected from, which a colleague or a researcher
    /// rarely needs and the wrong reader must never get.
    pub keep_safety: bool,
}

/// Words that replace texts in a pseudonymised file (`i18n::files::pseudonym_words`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PseudonymWords {
    pub person: &'static str,
    pub pet: &'static str,
    pub organisation: &'static str,
    /// The map's title.
    pub title: &'static str,
    /// Before a snapshot's date.
    pub snapshot: &'static str,
    /// A perspective without a holder on the map, before its number.
    pub view: &'static str,
    /// Before the pseudonym of a perspective's holder.
    pub view_of: &'static str,
}

/// What pseudonymising a map changes, for the preview.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Per person, in id order: the name now, then the name and role that will be written.
    pub persons: Vec<PersonLine>,
    pub title: String,
    pub person_notes_dropped: usize,
    pub tie_notes_dropped: usize,
    /// "According to" texts that became a pseudonym.
    pub according_to_replaced: usize,
    /// "According to" texts that name nobody on the map: left out.
    pub according_to_dropped: usize,
    pub meetings_dropped: usize,
    /// Snapshots and perspectives keep their persons and ties, under the new names.
    pub snapshots_renamed: usize,
    pub perspectives_renamed: usize,
    /// Child-safety marks on the map (per person, per child) and perspectives with a safety
    /// score: left out unless `keep_safety`.
    pub safety_marks: usize,
    pub safety_scores: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonLine {
    pub id: PersonId,
    pub name: String,
    pub written_name: String,
    pub written_role: String,
}

/// The map with every name, note and other identifying text replaced or dropped.
/// Ids, sectors, rings, positions and ties are kept, so the picture stays the same.
pub fn pseudonymise(map: &FamilyMap, how: Pseudonyms) -> FamilyMap {
    let names = NameTable::new(map, how);
    let mut out = pseudonymise_people(map, &names, how);
    let mut edits: Vec<Edit> = map.meetings().iter().map(|m| Edit::SetMeeting { id: m.id, meeting: None }).collect();
    // Exact dates say when the family met a professional: each snapshot gets a day number
    // instead (1 January 2000 onwards), in the same order as the real dates.
    let mut by_date: Vec<(&str, u32)> = map.snapshots().iter().map(|s| (s.date.as_str(), s.id)).collect();
    by_date.sort();
    for snapshot in map.snapshots() {
        let frozen = pseudonymise_people(&snapshot.map, &names, how);
        let order = by_date.iter().position(|(_, id)| *id == snapshot.id).unwrap_or(0);
        let date = ordered_date(order);
        let label = format!("{} {}", how.words.snapshot, order + 1);
        // The date was valid when the snapshot was made, so this only fails on a file
        // that bypassed the checks; then the snapshot is left out rather than leaked.
        let replacement = Snapshot::new(snapshot.id, label, date, &frozen).ok();
        edits.push(Edit::SetSnapshot { id: snapshot.id, snapshot: replacement });
    }
    for (n, view) in map.perspectives().iter().enumerate() {
        let perspective = Perspective {
            id: view.id,
            name: perspective_name(view, n + 1, &names, &how.words),
            holder: view.holder,
            ties: view.ties.iter().map(|tie| pseudonymise_tie(tie, &names)).collect(),
            closeness: view.closeness.clone(),
            safety: if how.keep_safety { view.safety } else { None },
        };
        edits.push(Edit::SetPerspective { id: view.id, perspective: Some(perspective) });
    }
    for edit in edits {
        // Each edit names an item that exists with its own id: none can fail. Should one
        // ever fail, dropping the item is the safe side.
        if out.apply(edit.clone()).is_err() {
            drop_item(&mut out, &edit);
        }
    }
    out
}

/// What `pseudonymise` will do to this map, person by person and in counts.
pub fn changes(map: &FamilyMap, how: Pseudonyms) -> Changes {
    let names = NameTable::new(map, how);
    let ties = map.ties();
    let according: Vec<&str> = ties.iter().map(|t| t.according_to.trim()).filter(|a| !a.is_empty()).collect();
    let replaced = according.iter().filter(|a| names.by_text(a).is_some()).count();
    Changes {
        persons: map
            .persons()
            .into_iter()
            .map(|p| {
                let written = pseudonymise_person(p, &names, how);
                PersonLine { id: p.id, name: p.name.clone(), written_name: written.name, written_role: written.role }
            })
            .collect(),
        title: how.words.title.to_owned(),
        person_notes_dropped: map.persons().iter().filter(|p| !p.note.trim().is_empty()).count(),
        tie_notes_dropped: ties.iter().filter(|t| !t.note.trim().is_empty()).count(),
        according_to_replaced: replaced,
        according_to_dropped: according.len() - replaced,
        meetings_dropped: map.meetings().len(),
        snapshots_renamed: map.snapshots().len(),
        perspectives_renamed: map.perspectives().len(),
        safety_marks: map.persons().iter().map(|p| p.child_safety.len()).sum(),
        safety_scores: map.perspectives().iter().filter(|p| p.safety.is_some()).count(),
    }
}

/// Title, persons and ties of one map (the map itself or a snapshot's), renamed.
fn pseudonymise_people(map: &FamilyMap, names: &NameTable, how: Pseudonyms) -> FamilyMap {
    let mut out = map.clone();
    // The title usually holds the family's name ("Familie Bakker").
    let _ = out.apply(Edit::RenameMap { title: how.words.title.to_owned() });
    let mut edits: Vec<Edit> =
        map.persons().into_iter().map(|p| Edit::UpdatePerson { person: pseudonymise_person(p, names, how) }).collect();
    edits.extend(map.ties().into_iter().map(|t| Edit::UpdateTie { tie: pseudonymise_tie(t, names) }));
    for edit in edits {
        // Updates of persons and ties that exist, with non-empty names: cannot fail. If
        // one did, the person or tie is removed rather than written with its real name.
        if out.apply(edit.clone()).is_err() {
            drop_item(&mut out, &edit);
        }
    }
    out
}

fn pseudonymise_person(person: &Person, names: &NameTable, how: Pseudonyms) -> Person {
    let mut written = person.clone();
    written.name = names.name(person.id);
    written.role = if how.names.keeps_roles() { names.scrub(&person.role) } else { String::new() };
    written.note = String::new();
    written.avatar = String::new();
    if !how.keep_safety {
        written.child_safety.clear();
    }
    written.age = person.age.map(|age| match age {
        Age::Years(years) => Age::band_of(years),
        // A birth year is an exact date of a kind: it goes; a band stays a band.
        Age::BirthYear(_) => Age::Band { from: 0, to: 130 },
        band @ Age::Band { .. } => band,
    });
    if matches!(written.age, Some(Age::Band { from: 0, to: 130 })) {
        written.age = None;
    }
    written
}

/// The `n`th day from 1 January 2000 (0-based), as `YYYY-MM-DD`: a date that keeps only
/// the order of the real ones. Snapshots are far fewer than 366.
fn ordered_date(n: usize) -> String {
    let mut day = n.min(365) + 1;
    const DAYS: [usize; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut month = 1;
    for length in DAYS {
        if day <= length {
            break;
        }
        day -= length;
        month += 1;
    }
    format!("2000-{month:02}-{day:02}")
}

fn pseudonymise_tie(tie: &Tie, names: &NameTable) -> Tie {
    let mut written = tie.clone();
    written.note = String::new();
    // Free text (it may name people or places) and an exact day go; seriousness and how
    // often stay.
    written.situation = String::new();
    written.last = None;
    written.according_to = names.by_text(tie.according_to.trim()).unwrap_or_default();
    written
}

fn perspective_name(view: &Perspective, n: usize, names: &NameTable, words: &PseudonymWords) -> String {
    match view.holder {
        Some(holder) => format!("{} {}", words.view_of, names.name(holder)),
        None => format!("{} {n}", words.view),
    }
}

/// Removes what an edit was about: the fallback when an edit unexpectedly fails.
fn drop_item(map: &mut FamilyMap, edit: &Edit) {
    let removal = match edit {
        Edit::UpdatePerson { person } => Edit::RemovePerson { id: person.id },
        Edit::UpdateTie { tie } => Edit::RemoveTie { id: tie.id },
        Edit::SetSnapshot { id, .. } => Edit::SetSnapshot { id: *id, snapshot: None },
        Edit::SetPerspective { id, .. } => Edit::SetPerspective { id: *id, perspective: None },
        Edit::SetMeeting { id, .. } => Edit::SetMeeting { id: *id, meeting: None },
        _ => return,
    };
    let _ = map.apply(removal);
}

/// The written name of every person, decided once for the map and all its snapshots, so
/// the same person has the same pseudonym everywhere in the file.
struct NameTable {
    by_id: HashMap<PersonId, String>,
    /// Real names and roles (lower case) to pseudonyms, for "according to".
    by_text: HashMap<String, String>,
    /// Words of real names (capitalised, 3 letters or more) to pseudonyms, for names in
    /// roles: "moeder van Sam". Lower-case words are left, so the role "oma" stays.
    name_words: HashMap<String, String>,
}

impl NameTable {
    fn new(map: &FamilyMap, how: Pseudonyms) -> NameTable {
        // The map's own persons first, then anyone only a snapshot still has.
        let mut persons: BTreeMap<PersonId, &Person> = BTreeMap::new();
        for snapshot in map.snapshots() {
            for p in snapshot.map.persons() {
                persons.insert(p.id, p);
            }
        }
        for p in map.persons() {
            persons.insert(p.id, p);
        }
        let words_of_names: std::collections::HashSet<&str> =
            persons.values().flat_map(|p| name_words_of(&p.name)).collect();
        let mut by_id = HashMap::new();
        let mut used: HashMap<String, usize> = HashMap::new();
        for (id, person) in &persons {
            let base = match how.names {
                NameStyle::Initials => initials(&person.name),
                // A role that names someone ("moeder van Sam") is not used as a name.
                NameStyle::Roles => Some(person.role.trim().to_owned())
                    .filter(|r| !r.is_empty() && !r.split_whitespace().any(|w| words_of_names.contains(core_of(w)))),
                NameStyle::Numbers => None,
            };
            let name = match base {
                Some(base) => {
                    // Two "oom"s or two "L.B."s: the second gets a number.
                    let seen = used.entry(base.to_lowercase()).or_insert(0);
                    *seen += 1;
                    if *seen == 1 {
                        base
                    } else {
                        format!("{base} ({seen})")
                    }
                }
                None => numbered(person.kind, *id, &how.words),
            };
            by_id.insert(*id, name);
        }
        let mut by_text = HashMap::new();
        let mut name_words = HashMap::new();
        for (id, person) in &persons {
            let Some(name) = by_id.get(id) else { continue };
            for word in name_words_of(&person.name) {
                name_words.entry(word.to_owned()).or_insert_with(|| name.clone());
            }
        }
        for (id, person) in &persons {
            let Some(name) = by_id.get(id) else { continue };
            if how.names.keeps_roles() && !person.role.trim().is_empty() {
                by_text.entry(person.role.trim().to_lowercase()).or_insert_with(|| name.clone());
            }
            by_text.entry(person.name.trim().to_lowercase()).or_insert_with(|| name.clone());
        }
        NameTable { by_id, by_text, name_words }
    }

    /// A role with every name in it replaced by that person's pseudonym.
    fn scrub(&self, role: &str) -> String {
        let words: Vec<String> = role
            .split_whitespace()
            .map(|word| {
                let core = core_of(word);
                match self.name_words.get(core) {
                    Some(pseudonym) if !core.is_empty() => word.replacen(core, pseudonym, 1),
                    _ => word.to_owned(),
                }
            })
            .collect();
        words.join(" ")
    }

    fn name(&self, id: PersonId) -> String {
        self.by_id.get(&id).cloned().unwrap_or_else(|| format!("#{}", id.0))
    }

    fn by_text(&self, text: &str) -> Option<String> {
        if text.is_empty() {
            return None;
        }
        self.by_text.get(&text.to_lowercase()).cloned()
    }
}

/// The words of a name that are names: capitalised, 3 letters or more ("Ria" in "Oma Ria";
/// "Oma" too, which is why they are matched only capitalised).
fn name_words_of(name: &str) -> impl Iterator<Item = &str> {
    name.split_whitespace().map(core_of).filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
}

/// A word without the punctuation around it.
fn core_of(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// "Oma Ria" → "O.R.", "van der Berg" → "V.D.B.". Letters and digits only, so a name
/// that is all punctuation or emoji has no initials (it gets a number instead).
fn initials(name: &str) -> Option<String> {
    let letters: Vec<String> = name
        .split_whitespace()
        .filter_map(|word| word.chars().find(|c| c.is_alphanumeric()))
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect();
    (!letters.is_empty()).then(|| letters.concat())
}

fn numbered(kind: PersonKind, id: PersonId, words: &PseudonymWords) -> String {
    let word = match kind {
        PersonKind::Person => words.person,
        PersonKind::Pet => words.pet,
        PersonKind::Organisation => words.organisation,
    };
    format!("{word} {}", id.0)
}
