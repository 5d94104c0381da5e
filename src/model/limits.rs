//! How much a map may hold. A real family map has tens of persons, a large one a few
//! hundred; these limits are far above that, and far below what would freeze or exhaust a
//! tablet. Every reader (Kring files, GraphML, CSV, easyNWK) refuses more with a typed
//! error, so a hostile or broken file cannot take Kring hostage.

use std::fmt;

/// Persons on one map.
pub const MAX_PERSONS: usize = 2_000;
/// Ties on one map.
pub const MAX_TIES: usize = 10_000;
/// Snapshots kept in one file (also: easyNWK versions, which become snapshots).
pub const MAX_SNAPSHOTS: usize = 200;
/// Network meetings in one file.
pub const MAX_MEETINGS: usize = 200;
/// Perspectives in one file.
pub const MAX_PERSPECTIVES: usize = 200;
/// The highest id a person, tie, meeting, snapshot or perspective may have in a file. Far
/// above any real count, and far enough below `u32::MAX` that "the next id" always exists.
pub const MAX_ID: u32 = 1 << 30;

/// What a limit counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Counted {
    Persons,
    Ties,
    Snapshots,
    Meetings,
    Perspectives,
    /// easyNWK versions.
    Versions,
}

impl Counted {
    pub fn max(self) -> usize {
        match self {
            Counted::Persons => MAX_PERSONS,
            Counted::Ties => MAX_TIES,
            Counted::Snapshots | Counted::Versions => MAX_SNAPSHOTS,
            Counted::Meetings => MAX_MEETINGS,
            Counted::Perspectives => MAX_PERSPECTIVES,
        }
    }

    /// `Err((what, count))` when `count` is over this limit.
    pub fn check(self, count: usize) -> Result<(), TooMany> {
        if count > self.max() {
            Err(TooMany { what: self, count })
        } else {
            Ok(())
        }
    }
}

/// More of something than a map may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooMany {
    pub what: Counted,
    pub count: usize,
}

impl TooMany {
    pub fn max(&self) -> usize {
        self.what.max()
    }
}

impl fmt::Display for TooMany {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {:?}, at most {}", self.count, self.what, self.max())
    }
}
