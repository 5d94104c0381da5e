//! Life areas around the household. The ids are stable (they are written to files);
//! the labels shown to people come from `i18n`.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// The centre circle: the people who live together.
    Household,
    Family,
    Friends,
    /// Neighbours, the street, clubs, church or mosque.
    Community,
    SchoolWork,
    Professionals,
}

impl Sector {
    /// Every sector, the household first.
    pub const ALL: [Sector; 6] = [
        Sector::Household,
        Sector::Family,
        Sector::Friends,
        Sector::Community,
        Sector::SchoolWork,
        Sector::Professionals,
    ];

    /// The wedges around the centre, clockwise from the top.
    pub const OUTER: [Sector; 5] =
        [Sector::Family, Sector::Friends, Sector::Community, Sector::SchoolWork, Sector::Professionals];

    /// Position among the outer wedges, `None` for the household.
    pub fn wedge_index(self) -> Option<usize> {
        Self::OUTER.iter().position(|s| *s == self)
    }

    /// The next outer wedge clockwise (or anticlockwise), round the circle; `None` for the
    /// household, which has no neighbours.
    pub fn neighbour(self, clockwise: bool) -> Option<Sector> {
        let index = self.wedge_index()?;
        let count = Self::OUTER.len();
        let next = if clockwise { (index + 1) % count } else { (index + count - 1) % count };
        Some(Self::OUTER[next])
    }

    pub fn key(self) -> &'static str {
        match self {
            Sector::Household => "household",
            Sector::Family => "family",
            Sector::Friends => "friends",
            Sector::Community => "community",
            Sector::SchoolWork => "school_work",
            Sector::Professionals => "professionals",
        }
    }

    pub fn from_key(key: &str) -> Option<Sector> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}
