//! The family's network as data: persons, ties, the edits that change them and their history,
//! and every other type saved in the Kring file (meetings, snapshots, perspectives).
//! The bottom layer: it uses no other module of the app, and no browser APIs, so all of it
//! is read and tested on its own.

mod arrange;
mod command;
mod date;
mod document;
mod extras;
mod forget;
mod history;
mod ids;
mod legacy;
pub mod limits;
mod map;
pub mod meeting;
pub mod order;
mod person;
mod perspective;
mod readers;
mod sector;
mod snapshot;
mod tie;

pub use arrange::*;
pub use command::{Edit, EditError};
pub use date::{date_from_millis, date_parts, is_iso_date, iso_date_from_millis, next_day, weekday};
pub use document::{from_json, to_json, LoadError, FORMAT_NAME, FORMAT_VERSION};
pub use extras::Extras;
pub use forget::{forget_person, Appearances, Forget};
pub use history::{Editor, HistoryRead, MergeKey, PersonTextField, TieTextField, HISTORY_VERSION};
pub use ids::{PersonId, TieId};
pub use legacy::{migrate_legacy_edit, with_moved_conditions, MovedConditions};
pub use map::FamilyMap;
pub use meeting::{
    Agreement, AgreementOutcome, AgreementStatus, BottomLine, ChildVoice, Consent, GoingWell, Invitation, InviteMode,
    Kept, Meeting, MeetingId, MeetingRole, Monitoring, Participant, ParticipantId, PlanNote, PrepNote, RedFlag,
    RedFlagStep, Repeat, ScaleAnchors, ScaleScore, Statement, TieSuggestion, Who, Worry,
};
pub use person::{Age, ChildSafety, Factor, Gender, Person, PersonKind, Ring};
pub use perspective::{Perspective, PerspectiveId};
pub use readers::{ChildAnswer, Reader, Readers};
pub use sector::Sector;
pub use snapshot::{is_valid_date, Snapshot, SnapshotError};
pub use tie::{Frequency, RiskType, Seriousness, Strength, SupportType, Tie, TieKind};
