//! Through everyone's eyes and over time, as a pure core without any UI:
//!
//! - [`Snapshot`]: a map frozen with a date and a label, stored inside the Kring file;
//! - [`diff`]: what changed between two maps, as typed [`Change`]s in plain order, and as
//!   edits ([`MapDiff::as_edits`]) that turn the one map into the other exactly;
//! - [`merge`]: a map made on another device, matched person by person against the open
//!   map, with doubtful matches and conflicts listed for a person to decide. Nothing is
//!   overwritten without a decision, and the result is one undoable [`Edit`];
//! - [`Perspective`]: one person's view of the ties and closeness on a shared map, and
//!   [`disagreements`] between views, which are information for the meeting, not errors.
//!
//! Sentences for all of these are in `i18n::timeline`.
//!
//! [`Edit`]: crate::model::Edit

pub mod answers;
mod diff;
mod merge;
mod names;
mod perspective;

pub use crate::model::{is_valid_date, Perspective, PerspectiveId, Snapshot, SnapshotError};
pub use diff::{
    diff, protective_adults_then_and_now, Change, MapDiff, PersonDetail, ProtectiveAdultsThenAndNow, TieDetail, TieEnds,
};
pub use merge::{
    merge, Choice, Conflict, ConflictKey, Decisions, DoubtReason, MatchedBy, MergeError, MergePlan, PersonField,
    PersonMatch, PersonMatching, TieField, TieMatch, TieMatching,
};
pub use names::{first_name, normalize_name, similar_names, NameSimilarity};
pub use perspective::{
    current_disagreements, disagreements, fitted, shown_map, Disagreement, Kinds, PairView, PerspectiveError,
    RingOpinion, TieOpinion,
};
