//! Edit commands: the one way a map changes. Each is plain data (serde), and applying one
//! returns its inverse, so history, autosave and later merging share one mechanism.

use super::extras::{meeting_key, perspective_key, replace_by_id, snapshot_key};
use super::limits::{Counted, TooMany, MAX_ID};
use super::{FamilyMap, Person, PersonId, Ring, Sector, Tie, TieId};
use serde::{Deserialize, Serialize};
use std::fmt;

// `SetMeeting` carries a whole meeting (every item with its readership), so it is the
// largest variant by far. Edits live in a bounded undo history (`Editor::DEFAULT_LIMIT`
// steps, a few megabytes at worst, far less in use): the size difference does not matter,
// and boxing the meeting would change every place that makes or reads one.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "snake_case")]
pub enum Edit {
    AddPerson {
        person: Person,
    },
    /// Removes the person and every tie from or to them.
    RemovePerson {
        id: PersonId,
    },
    /// Replaces everything about a person except the id.
    UpdatePerson {
        person: Person,
    },
    /// Places a person: a drag, an arrow key, or auto-arrange.
    MovePerson {
        id: PersonId,
        sector: Sector,
        ring: Ring,
        angle: f64,
    },
    AddTie {
        tie: Tie,
    },
    RemoveTie {
        id: TieId,
    },
    UpdateTie {
        tie: Tie,
    },
    RenameMap {
        title: String,
    },
    /// Adds, replaces (same id) or removes (`None`) a network meeting.
    SetMeeting {
        id: super::MeetingId,
        meeting: Option<super::Meeting>,
    },
    /// Adds, replaces or removes a dated snapshot of the map.
    SetSnapshot {
        id: u32,
        snapshot: Option<super::Snapshot>,
    },
    /// Adds, replaces or removes one participant's perspective.
    SetPerspective {
        id: super::PerspectiveId,
        perspective: Option<super::Perspective>,
    },
    /// Several edits as one step (undone together); applied in order, all or nothing.
    Batch {
        edits: Vec<Edit>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    UnknownPerson(PersonId),
    UnknownTie(TieId),
    DuplicatePerson(PersonId),
    DuplicateTie(TieId),
    /// A tie must join two different persons.
    TieToSelf(PersonId),
    EmptyName,
    /// The id beside a meeting, snapshot or perspective is not its own id.
    IdMismatch,
    /// The map holds as many of these as a map may (`model::limits`): the same limits a
    /// file is read with, so a map made in Kring always opens again.
    TooMany(TooMany),
    /// A new item's id is above `limits::MAX_ID`: the ids of this map are used up.
    IdTooHigh,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::UnknownPerson(id) => write!(f, "no person {id}"),
            EditError::UnknownTie(id) => write!(f, "no tie {id}"),
            EditError::DuplicatePerson(id) => write!(f, "person {id} exists already"),
            EditError::DuplicateTie(id) => write!(f, "tie {id} exists already"),
            EditError::TieToSelf(id) => write!(f, "tie from {id} to itself"),
            EditError::EmptyName => write!(f, "empty name"),
            EditError::IdMismatch => write!(f, "id does not match the item"),
            EditError::TooMany(too_many) => write!(f, "too many: {too_many}"),
            EditError::IdTooHigh => write!(f, "id above the highest a map may use"),
        }
    }
}

impl std::error::Error for EditError {}

impl FamilyMap {
    /// Whether `edit` would take the map past a limit (`model::limits`) or past the highest
    /// id: checked before anything changes, so the app can say why (`apply` refuses it too).
    /// For a batch, the first of its edits that is refused on the map as it is now.
    pub fn refuses(&self, edit: &Edit) -> Option<EditError> {
        let full = |what: Counted, count: usize| {
            (count >= what.max()).then_some(EditError::TooMany(TooMany { what, count: count + 1 }))
        };
        let new = |exists: bool, id: u32, what: Counted, count: usize| {
            if exists {
                None
            } else if id > MAX_ID {
                Some(EditError::IdTooHigh)
            } else {
                full(what, count)
            }
        };
        match edit {
            Edit::AddPerson { person } => {
                new(self.contains_person(person.id), person.id.0, Counted::Persons, self.person_count())
            }
            Edit::AddTie { tie } => new(self.tie(tie.id).is_some(), tie.id.0, Counted::Ties, self.tie_count()),
            Edit::SetMeeting { id, meeting: Some(_) } => {
                let exists = self.meetings().iter().any(|m| m.id == *id);
                new(exists, id.0, Counted::Meetings, self.meetings().len())
            }
            Edit::SetSnapshot { id, snapshot: Some(_) } => {
                let exists = self.snapshots().iter().any(|s| s.id == *id);
                new(exists, *id, Counted::Snapshots, self.snapshots().len())
            }
            Edit::SetPerspective { id, perspective: Some(_) } => {
                let exists = self.perspectives().iter().any(|p| p.id == *id);
                new(exists, id.0, Counted::Perspectives, self.perspectives().len())
            }
            Edit::Batch { edits } => edits.iter().find_map(|edit| self.refuses(edit)),
            _ => None,
        }
    }

    /// Applies an edit and returns the edit that undoes it. On error the map is unchanged.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        if !matches!(edit, Edit::Batch { .. }) {
            if let Some(refused) = self.refuses(&edit) {
                return Err(refused);
            }
        }
        match edit {
            Edit::AddPerson { person } => {
                check_name(&person.name)?;
                if self.contains_person(person.id) {
                    return Err(EditError::DuplicatePerson(person.id));
                }
                let id = person.id;
                self.insert_person(person);
                Ok(Edit::RemovePerson { id })
            }
            Edit::RemovePerson { id } => {
                let ties: Vec<Tie> = self.ties_of(id).into_iter().cloned().collect();
                let person = self.take_person(id).ok_or(EditError::UnknownPerson(id))?;
                let mut restore = vec![Edit::AddPerson { person }];
                restore.extend(ties.into_iter().map(|tie| Edit::AddTie { tie }));
                Ok(Edit::Batch { edits: restore })
            }
            Edit::UpdatePerson { person } => {
                check_name(&person.name)?;
                let slot = self.person_mut(person.id).ok_or(EditError::UnknownPerson(person.id))?;
                let old = std::mem::replace(slot, person);
                Ok(Edit::UpdatePerson { person: old })
            }
            Edit::MovePerson { id, sector, ring, angle } => {
                let slot = self.person_mut(id).ok_or(EditError::UnknownPerson(id))?;
                let inverse = Edit::MovePerson { id, sector: slot.sector, ring: slot.ring, angle: slot.angle };
                slot.sector = sector;
                slot.ring = ring;
                slot.angle = clamp_angle(angle);
                slot.household = sector == Sector::Household;
                Ok(inverse)
            }
            Edit::AddTie { tie } => {
                if self.tie(tie.id).is_some() {
                    return Err(EditError::DuplicateTie(tie.id));
                }
                if tie.from == tie.to {
                    return Err(EditError::TieToSelf(tie.from));
                }
                for end in [tie.from, tie.to] {
                    if !self.contains_person(end) {
                        return Err(EditError::UnknownPerson(end));
                    }
                }
                let id = tie.id;
                self.insert_tie(tie);
                Ok(Edit::RemoveTie { id })
            }
            Edit::RemoveTie { id } => {
                let tie = self.take_tie(id).ok_or(EditError::UnknownTie(id))?;
                Ok(Edit::AddTie { tie })
            }
            Edit::UpdateTie { tie } => {
                let old = self.tie(tie.id).cloned().ok_or(EditError::UnknownTie(tie.id))?;
                if old.from != tie.from || old.to != tie.to {
                    // Changing the ends means moving the edge in the graph: remove and re-add.
                    let removed = self.apply(Edit::RemoveTie { id: tie.id })?;
                    if let Err(err) = self.apply(Edit::AddTie { tie }) {
                        let _ = self.apply(removed);
                        return Err(err);
                    }
                    return Ok(Edit::UpdateTie { tie: old });
                }
                if let Some(ix) = self.ties.get(&tie.id).copied() {
                    if let Some(slot) = self.graph.edge_weight_mut(ix) {
                        *slot = tie;
                    }
                }
                Ok(Edit::UpdateTie { tie: old })
            }
            Edit::RenameMap { title } => {
                let old = std::mem::replace(&mut self.title, title);
                Ok(Edit::RenameMap { title: old })
            }
            Edit::SetMeeting { id, meeting } => {
                if meeting.as_ref().is_some_and(|m| m.id != id) {
                    return Err(EditError::IdMismatch);
                }
                // Every agreement has an id of its own, however it was added.
                let mut meeting = meeting;
                if let Some(m) = &mut meeting {
                    m.number_agreements();
                }
                let old = replace_by_id(&mut self.extras.meetings, id, meeting_key, meeting);
                self.note_extra_ids();
                Ok(Edit::SetMeeting { id, meeting: old })
            }
            Edit::SetSnapshot { id, snapshot } => {
                if snapshot.as_ref().is_some_and(|s| s.id != id) {
                    return Err(EditError::IdMismatch);
                }
                let old = replace_by_id(&mut self.extras.snapshots, id, snapshot_key, snapshot);
                self.note_extra_ids();
                Ok(Edit::SetSnapshot { id, snapshot: old })
            }
            Edit::SetPerspective { id, perspective } => {
                if perspective.as_ref().is_some_and(|p| p.id != id) {
                    return Err(EditError::IdMismatch);
                }
                let old = replace_by_id(&mut self.extras.perspectives, id, perspective_key, perspective);
                self.note_extra_ids();
                Ok(Edit::SetPerspective { id, perspective: old })
            }
            Edit::Batch { edits } => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match self.apply(edit) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(err) => {
                            // All or nothing: roll back what this batch did so far.
                            for inverse in inverses.into_iter().rev() {
                                let _ = self.apply(inverse);
                            }
                            return Err(err);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch { edits: inverses })
            }
        }
    }
}

fn check_name(name: &str) -> Result<(), EditError> {
    if name.trim().is_empty() {
        Err(EditError::EmptyName)
    } else {
        Ok(())
    }
}

fn clamp_angle(angle: f64) -> f64 {
    if angle.is_finite() {
        angle.clamp(0.0, 1.0)
    } else {
        0.5
    }
}

impl Edit {
    /// Moving a person to another sector or ring chosen from a list, a menu or the arrow
    /// keys (a drag puts them exactly where they are dropped instead). The one rule for all
    /// of these: the person keeps their spot within the wedge, and the drawing keeps
    /// neighbours apart. `None` when nothing would change.
    pub fn move_to(person: &Person, sector: Sector, ring: Ring) -> Option<Edit> {
        ((person.sector, person.ring) != (sector, ring)).then_some(Edit::MovePerson {
            id: person.id,
            sector,
            ring,
            angle: person.angle,
        })
    }

    /// The persons this edit is about, for highlighting what changed.
    pub fn persons(&self) -> Vec<PersonId> {
        match self {
            Edit::AddPerson { person } | Edit::UpdatePerson { person } => vec![person.id],
            Edit::RemovePerson { id } | Edit::MovePerson { id, .. } => vec![*id],
            Edit::AddTie { tie } | Edit::UpdateTie { tie } => vec![tie.from, tie.to],
            Edit::RemoveTie { .. }
            | Edit::RenameMap { .. }
            | Edit::SetMeeting { .. }
            | Edit::SetSnapshot { .. }
            | Edit::SetPerspective { .. } => Vec::new(),
            Edit::Batch { edits } => edits.iter().flat_map(Edit::persons).collect(),
        }
    }
}
