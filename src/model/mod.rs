//! The family's network as data: persons, ties, the edits that change them and their history.
//! Pure Rust: no browser APIs, so all of it is tested natively.

mod arrange;
mod command;
mod date;
mod document;
mod extras;
mod history;
mod ids;
mod map;
mod person;
mod sector;
mod tie;

pub use arrange::*;
pub use command::{Edit, EditError};
pub use date::is_iso_date;
pub use document::{from_json, to_json, LoadError, FORMAT_NAME, FORMAT_VERSION};
pub use extras::Extras;
pub use history::{Editor, MergeKey};
pub use ids::{PersonId, TieId};
pub use map::FamilyMap;
pub use person::{Age, ChildSafety, Gender, Person, PersonKind, Ring};
pub use sector::Sector;
pub use tie::{Frequency, RiskType, Strength, SupportType, Tie, TieKind};
