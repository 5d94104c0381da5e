//! A person (or pet, or organisation) on the map.

use super::{PersonId, Readers, Sector};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What plays a role for a person (the problems underneath: debts, mental health, ...).
/// On a professional it says what they are there for, so the insights can count who
/// works on what ("three of the five professionals are for debts").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    Debts,
    MentalHealth,
    /// Addiction, or using a lot of alcohol or drugs.
    Addiction,
    Housing,
    Separation,
    Disability,
    Language,
    WorkStress,
    /// Tension or quarrels: a condition of the person, not an act against someone.
    Tension,
}

impl Factor {
    pub const ALL: [Factor; 9] = [
        Factor::Debts,
        Factor::MentalHealth,
        Factor::Addiction,
        Factor::Housing,
        Factor::Separation,
        Factor::Disability,
        Factor::Language,
        Factor::WorkStress,
        Factor::Tension,
    ];
}

/// What a person is for one named child: someone the child can go to, or someone who may
/// see the child only under supervision, or not at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChildSafety {
    SafeAdult,
    SupervisedOnly,
    NoContact,
}

impl ChildSafety {
    pub const ALL: [ChildSafety; 3] = [ChildSafety::SafeAdult, ChildSafety::SupervisedOnly, ChildSafety::NoContact];
}

/// Closeness: 1 is the closest ring around the household, 4 the furthest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Ring(u8);

impl Ring {
    pub const CLOSEST: Ring = Ring(1);
    pub const FURTHEST: Ring = Ring(4);
    pub const COUNT: u8 = 4;

    pub fn new(value: u8) -> Option<Ring> {
        (1..=Self::COUNT).contains(&value).then_some(Ring(value))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    pub fn closer(self) -> Ring {
        Ring(self.0.saturating_sub(1).max(1))
    }

    pub fn further(self) -> Ring {
        Ring((self.0 + 1).min(Self::COUNT))
    }

    pub fn all() -> impl Iterator<Item = Ring> {
        (1..=Self::COUNT).map(Ring)
    }
}

impl TryFrom<u8> for Ring {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Ring::new(value).ok_or_else(|| format!("ring must be 1 to {}, not {value}", Ring::COUNT))
    }
}

impl From<Ring> for u8 {
    fn from(ring: Ring) -> u8 {
        ring.0
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonKind {
    #[default]
    Person,
    Pet,
    /// An organisation or a place (a school, the football club, a mosque).
    Organisation,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    #[default]
    Unknown,
    Female,
    Male,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Age {
    Years(u8),
    BirthYear(u16),
    /// An age band, `from` to `to` years (both included): what a pseudonymised file keeps
    /// instead of an exact age (`io::pseudonymise`).
    Band {
        from: u8,
        to: u8,
    },
}

impl Age {
    /// The bands a pseudonymised file uses: the ages where consent rules and services
    /// change (under 12, 12–15, 16–17), then wider bands for adults.
    pub const BANDS: [(u8, u8); 8] = [(0, 3), (4, 11), (12, 15), (16, 17), (18, 29), (30, 49), (50, 64), (65, 130)];

    /// The band an age in years falls in.
    pub fn band_of(years: u8) -> Age {
        let (from, to) = Age::BANDS.iter().copied().find(|(_, to)| years <= *to).unwrap_or((65, 130));
        Age::Band { from, to }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    #[serde(default)]
    pub kind: PersonKind,
    pub sector: Sector,
    pub ring: Ring,
    /// Where in its sector's wedge: 0.0 at the wedge's start, 1.0 at its end (clockwise).
    /// For household members: where around the centre circle.
    #[serde(default = "half")]
    pub angle: f64,
    /// Lives in the household: drawn in the centre circle.
    #[serde(default)]
    pub household: bool,
    #[serde(default)]
    pub child: bool,
    #[serde(default)]
    pub age: Option<Age>,
    /// Role or relationship in the person's own words: "oma", "buurvrouw", "mentor".
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub note: String,
    /// An emoji avatar, or empty.
    #[serde(default)]
    pub avatar: String,
    #[serde(default)]
    pub gender: Gender,
    #[serde(default)]
    pub deceased: bool,
    /// Arrangements per child (keyed by the child's id).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub child_safety: BTreeMap<PersonId, ChildSafety>,
    /// What plays a role for this person (for a professional: what they are there for).
    /// One of the person's details: read only by who may read them.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub factors: BTreeSet<Factor>,
    /// Who may read this person's details (role, age, note, the child-safety marks). The
    /// name and place on the map are shared facts.
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
}

fn half() -> f64 {
    0.5
}

impl Person {
    /// A new person with everything optional left empty.
    pub fn new(id: PersonId, name: impl Into<String>, sector: Sector, ring: Ring) -> Person {
        Person {
            id,
            name: name.into(),
            kind: PersonKind::Person,
            sector,
            ring,
            angle: 0.5,
            household: sector == Sector::Household,
            child: false,
            age: None,
            role: String::new(),
            note: String::new(),
            avatar: String::new(),
            gender: Gender::Unknown,
            deceased: false,
            child_safety: BTreeMap::new(),
            factors: BTreeSet::new(),
            readers: Readers::Everyone,
        }
    }

    /// Household members sit in the centre whatever their sector says.
    pub fn in_centre(&self) -> bool {
        self.household || self.sector == Sector::Household
    }
}
