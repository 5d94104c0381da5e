//! A snapshot: the map as it was on a day, with a label ("voor het netwerkberaad van 12
//! maart"). Snapshots are kept inside the Kring file; the map in a snapshot is written as a
//! complete, nested Kring document, so reading one back migrates and validates it exactly
//! like a file of its own (and an old snapshot keeps opening after the format moves on).

use super::document::{from_value, Level};
use super::{to_json, FamilyMap, LoadError};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub id: u32,
    pub label: String,
    /// The day, as `YYYY-MM-DD`.
    #[serde(deserialize_with = "read_date")]
    pub date: String,
    #[serde(with = "as_document")]
    pub map: FamilyMap,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnapshotError {
    /// Not a real day written as `YYYY-MM-DD`.
    BadDate(String),
}

impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SnapshotError::BadDate(date) => write!(f, "‘{date}’ is not a date written as YYYY-MM-DD"),
        }
    }
}

impl std::error::Error for SnapshotError {}

impl Snapshot {
    /// Freezes a copy of the map. The date must be a real day written as `YYYY-MM-DD`.
    pub fn new(
        id: u32,
        label: impl Into<String>,
        date: impl Into<String>,
        map: &FamilyMap,
    ) -> Result<Snapshot, SnapshotError> {
        let date = date.into();
        if !is_valid_date(&date) {
            return Err(SnapshotError::BadDate(date));
        }
        // Only persons and ties: a snapshot never holds meetings or older snapshots.
        Ok(Snapshot { id, label: label.into(), date, map: map.without_extras() })
    }
}

/// `YYYY-MM-DD` with a month and day that exist (29 February only in leap years).
pub fn is_valid_date(date: &str) -> bool {
    super::is_iso_date(date)
}

fn read_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let date = String::deserialize(deserializer)?;
    if is_valid_date(&date) {
        Ok(date)
    } else {
        Err(serde::de::Error::custom(SnapshotError::BadDate(date)))
    }
}

/// The map as a nested Kring document (a JSON object, not a string inside a string).
mod as_document {
    use super::*;
    use serde_json::Value;

    pub fn serialize<S: Serializer>(map: &FamilyMap, serializer: S) -> Result<S::Ok, S::Error> {
        let value: Value = serde_json::from_str(&to_json(map)).map_err(serde::ser::Error::custom)?;
        value.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<FamilyMap, D::Error> {
        let value = Value::deserialize(deserializer)?;
        from_value(value, Level::Snapshot).map_err(|err: LoadError| serde::de::Error::custom(err))
    }
}
