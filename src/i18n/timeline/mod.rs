//! Sentences about the map over time and through everyone's eyes, one file per job:
//! what changed between two snapshots (`changes`), where perspectives disagree
//! (`perspectives`), what a merge asks (`merge`), the words for values they share
//! (`words`), and the screen texts and dates of the "Over time" panel (`screen`). Dutch
//! on B1 level (the default) and English; persons are called by their names. Every
//! function matches exhaustively per language, so a new kind of change does not compile
//! until both languages can say it.

mod changes;
mod merge;
mod perspectives;
mod screen;
mod words;

pub use changes::*;
pub use merge::*;
pub use perspectives::*;
pub use screen::*;
use words::*;

use super::{counted, join_words, t, Key, Lang};
use crate::model::{
    Age, ChildAnswer, ChildSafety, FamilyMap, Frequency, Gender, PersonId, PersonKind, Ring, RiskType, Sector,
    Strength, SupportType, Tie, TieKind,
};
use crate::timeline::{
    Change, Conflict, Disagreement, DoubtReason, MergePlan, PairView, PersonDetail, PersonField, PersonMatch,
    PersonMatching, Perspective, PerspectiveId, ProtectiveAdultsThenAndNow, TieDetail, TieField,
};
use std::collections::{BTreeMap, BTreeSet};
