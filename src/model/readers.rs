//! Who may read an item, saved with the item: a person's details, a tie, every meeting item.
//! Transparency towards the family is the default (everyone in the plan reads everything);
//! safety decides when it is not: an item can be kept from named persons (the parent who
//! uses violence) or kept for professionals only, always with a short reason that
//! professionals can read back.
//!
//! `Reader` is who looks: the professionals (the full view), the network as a group, or one
//! person on the map. Deciding what a reader may read from the whole map is the domain's
//! work (`meeting::readers`); the rule for one item is here, beside the type.

use super::{PersonId, Sector};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Who may read one item.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", deny_unknown_fields)]
pub enum Readers {
    /// Everyone in the plan (the default).
    #[default]
    Everyone,
    /// Everyone in the plan except these persons.
    NotFor {
        persons: BTreeSet<PersonId>,
        #[serde(default)]
        reason: String,
    },
    /// Only the professionals.
    ProfessionalsOnly {
        #[serde(default)]
        reason: String,
    },
}

/// Who is reading: the question every output asks of every item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "reader", content = "person")]
pub enum Reader {
    /// The professionals: everything (the full view).
    Professionals,
    /// The invited network as one group: only what is for everyone.
    Network,
    /// One person on the map (a parent, a child, grandma, a professional).
    Person(PersonId),
}

impl Readers {
    pub fn is_everyone(&self) -> bool {
        matches!(self, Readers::Everyone)
    }

    pub fn not_for(persons: impl IntoIterator<Item = PersonId>, reason: impl Into<String>) -> Readers {
        Readers::NotFor { persons: persons.into_iter().collect(), reason: reason.into() }
    }

    pub fn professionals_only(reason: impl Into<String>) -> Readers {
        Readers::ProfessionalsOnly { reason: reason.into() }
    }

    /// The reason given for a restriction (empty for everyone).
    pub fn reason(&self) -> &str {
        match self {
            Readers::Everyone => "",
            Readers::NotFor { reason, .. } | Readers::ProfessionalsOnly { reason } => reason,
        }
    }

    /// The persons named in "not for" (none otherwise).
    pub fn excluded(&self) -> impl Iterator<Item = PersonId> + '_ {
        let persons = match self {
            Readers::NotFor { persons, .. } => Some(persons.iter().copied()),
            _ => None,
        };
        persons.into_iter().flatten()
    }

    /// May `reader` read the item? `professional` says whether a person reader counts as a
    /// professional (see [`Reader::is_professional`]). The network is a group whose members
    /// are not all known, so it reads only what is for everyone.
    pub fn allows(&self, reader: Reader, professional: bool) -> bool {
        match (self, reader) {
            (Readers::Everyone, _) | (_, Reader::Professionals) => true,
            (_, Reader::Network) => false,
            (Readers::NotFor { persons, .. }, Reader::Person(id)) => !persons.contains(&id),
            (Readers::ProfessionalsOnly { .. }, Reader::Person(_)) => professional,
        }
    }
}

impl Reader {
    /// Whether a person on the map reads as a professional: a person in the professionals'
    /// sector. Someone in the family is never one, whatever their job.
    pub fn is_professional(sector: Sector, household: bool) -> bool {
        sector == Sector::Professionals && !household
    }
}

/// What a child said in child mode, as a typed mark on the tie that holds the answer (in
/// the child's own perspective). Never recognised by the words of a note.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChildAnswer {
    /// "Makes me feel safe" or "helps me": a support tie to the child.
    Support,
    /// "I want to see them more": a contact tie from the child.
    SeeMore,
    /// "I don't want them near": a risk tie to the child. The child's wish, never an
    /// accusation: it counts as harm in the child's own printout and insights, and is
    /// never shown to that person.
    NotNear,
}
