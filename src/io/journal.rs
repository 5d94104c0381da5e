//! The crash journal's format: what Kring writes to the browser's Origin Private File
//! System beside IndexedDB, so a map survives a browser killed at a moment when
//! IndexedDB does not. Pure: bytes in, bytes out; `storage::journal` moves the
//! bytes to and from the files, through a worker.
//!
//! A journal is a file of records. Each record is framed as
//!
//! ```text
//! "KRJ1" | payload length (u32, little-endian) | CRC-32 of the payload (u32, LE) | payload
//! ```
//!
//! and its payload is one JSON `Record`. A file holds one chain: a `Checkpoint` (the whole
//! map and its undo history, as saved to IndexedDB) followed by the editor operations done
//! since, in order. Reading stops at the first record that is cut short (the browser was
//! killed while it was written), has a bad checksum or does not parse: that record and
//! anything after it are dropped, everything before it is kept.
//!
//! The operations are the editor's own (`Op::apply` is what the app calls for every
//! change), undo and redo included, so replaying a chain gives back the map *and* its
//! history exactly as they were. The app seals every undo step whenever it takes a
//! checkpoint (`Editor::seal_all`), so a chain starts from the same editor state that
//! `Editor::with_history` rebuilds from it (a reloaded history merges nothing).
//!
//! Checksums are CRC-32 (IEEE, the one zip and PNG use), written out here in a few lines
//! rather than pulled in as a crate: it only has to catch a torn or garbled record, not an
//! attacker, and the table is computed at compile time.

use crate::model::{
    from_json, migrate_legacy_edit, with_moved_conditions, Edit, Editor, HistoryRead, MergeKey, MovedConditions,
};
use serde::{Deserialize, Serialize};

/// Every record starts with these four bytes.
pub const MAGIC: [u8; 4] = *b"KRJ1";
/// Magic, length and checksum.
pub const HEADER_BYTES: usize = 12;
/// A record longer than this is taken as garbage (a map of 10,000 persons is ~8 MB).
pub const MAX_RECORD_BYTES: usize = 64 * 1024 * 1024;
/// How many undo steps a checkpoint keeps: the same as the IndexedDB record.
pub const CHECKPOINT_HISTORY_STEPS: usize = 300;

/// One change to the editor, exactly as the app made it. (Ops live for moments, in a
/// short queue: the size difference between the variants does not matter.)
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Op {
    /// `Editor::apply_merged(edit, merge)`.
    Apply {
        edit: Edit,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        merge: Option<MergeKey>,
    },
    /// `Editor::seal`: the gesture ended.
    Seal,
    Undo,
    Redo,
}

impl Op {
    /// Does this operation on `editor`; `true` when the map changed (a seal changes only
    /// the history, and counts as done).
    pub fn apply(&self, editor: &mut Editor) -> bool {
        match self {
            Op::Apply { edit, merge } => editor.apply_merged(edit.clone(), merge.clone()).is_ok(),
            Op::Seal => {
                editor.seal();
                true
            }
            Op::Undo => editor.undo(),
            Op::Redo => editor.redo(),
        }
    }
}

/// One record of a journal file. (Made and read one at a time: the size difference
/// between the variants does not matter.)
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "record", rename_all = "snake_case")]
pub enum Record {
    /// The whole map: where a chain starts.
    Checkpoint {
        /// The map's id in storage.
        map: String,
        /// When (milliseconds since 1970, with a fraction that keeps stamps increasing):
        /// compared with the IndexedDB record's `updated` to find the newer of the two.
        stamp: f64,
        /// The Kring document (`model::to_json`).
        document: String,
        /// The undo/redo history (`Editor::history_json`).
        history: String,
    },
    /// One operation after the checkpoint.
    Op { stamp: f64, op: Op },
}

/// Why reading stopped before the end of a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// The last record is cut short: the browser stopped while writing it.
    Torn,
    /// A record's bytes do not match its checksum, or its header is not a record's.
    BadChecksum,
    /// The checksum matches but the record does not parse (written by a newer Kring?).
    Unreadable,
}

/// What a journal file holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The records that read, in order.
    pub records: Vec<Record>,
    /// How many bytes those records take (where an append may continue).
    pub valid_bytes: usize,
    /// What stopped reading before the end, if anything.
    pub damage: Option<Damage>,
    /// Records written before format version 5 whose edit held "conflict" or "substance
    /// use" on a tie: by index in `records`, the conditions taken off them (the record
    /// itself is migrated; `replay` gives the conditions to the persons).
    pub moved: Vec<(usize, MovedConditions)>,
}

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
}

const CRC_TABLE: [u32; 256] = crc_table();

/// CRC-32 (IEEE 802.3), as in zip, PNG and `cksum -o 3`.
pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, &b| CRC_TABLE[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8))
}

/// One record, framed and ready to append.
pub fn encode(record: &Record) -> Vec<u8> {
    // Plain data with string keys: serialising cannot fail.
    let payload = serde_json::to_vec(record).unwrap_or_default();
    let mut out = Vec::with_capacity(HEADER_BYTES + payload.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// Several records, framed one after the other (one write).
pub fn encode_all(records: &[Record]) -> Vec<u8> {
    records.iter().flat_map(encode).collect()
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let four: [u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
    Some(u32::from_le_bytes(four))
}

/// Reads every record up to the first damaged one.
pub fn decode(bytes: &[u8]) -> Decoded {
    let mut records = Vec::new();
    let mut moved = Vec::new();
    let mut at = 0;
    let damage = loop {
        if at == bytes.len() {
            break None;
        }
        let rest = &bytes[at..];
        if rest.len() < HEADER_BYTES {
            // A header cut short is torn, unless what is there is not even a header's start.
            let matches = rest.iter().zip(MAGIC.iter()).all(|(a, b)| a == b);
            break Some(if matches { Damage::Torn } else { Damage::BadChecksum });
        }
        if rest[..4] != MAGIC {
            break Some(Damage::BadChecksum);
        }
        let (Some(len), Some(crc)) = (u32_at(rest, 4), u32_at(rest, 8)) else {
            break Some(Damage::Torn);
        };
        let len = len as usize;
        if len == 0 || len > MAX_RECORD_BYTES {
            break Some(Damage::BadChecksum);
        }
        let Some(payload) = rest.get(HEADER_BYTES..HEADER_BYTES + len) else {
            break Some(Damage::Torn);
        };
        if crc32(payload) != crc {
            break Some(Damage::BadChecksum);
        }
        match read_record(payload) {
            Some((record, conditions)) => {
                if !conditions.is_empty() {
                    moved.push((records.len(), conditions));
                }
                records.push(record);
            }
            None => break Some(Damage::Unreadable),
        }
        at += HEADER_BYTES + len;
    };
    Decoded { records, valid_bytes: at, damage, moved }
}

/// One record's payload. A record has no version of its own; one written before format
/// version 5 is recognised by a tie holding "conflict" or "substance use", and migrated
/// (`model::migrate_legacy_edit`): only such ties are touched, so a record of this Kring
/// reads exactly as written.
fn read_record(payload: &[u8]) -> Option<(Record, MovedConditions)> {
    if let Ok(record) = serde_json::from_slice::<Record>(payload) {
        return Some((record, Vec::new()));
    }
    let mut value: serde_json::Value = serde_json::from_slice(payload).ok()?;
    let conditions = match value.get_mut("op").and_then(|op| op.get_mut("edit")) {
        Some(edit) => migrate_legacy_edit(edit, false),
        None => Vec::new(),
    };
    let record = serde_json::from_value(value).ok()?;
    Some((record, conditions))
}

/// A map as a journal chain left it.
#[derive(Clone, Debug)]
pub struct Replayed {
    pub map: String,
    /// The stamp of the last record replayed.
    pub stamp: f64,
    pub editor: Editor,
    /// Operations replayed on top of the checkpoint.
    pub ops: usize,
    /// Operations that could not be replayed (replay stops at the first; should be 0).
    pub refused: usize,
    /// What cut the file short, if anything.
    pub damage: Option<Damage>,
    /// Whether the checkpoint's undo history read (`Dropped`: the map is whole, undo
    /// starts afresh, and the user is told).
    pub history: HistoryRead,
}

/// Why a file gives no map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReplayError {
    /// Empty, or not even the checkpoint survived.
    NoCheckpoint,
    /// The checkpoint's document does not open.
    BadDocument(String),
}

/// Rebuilds the map from one journal file: its checkpoint, then every operation after it.
pub fn replay(bytes: &[u8]) -> Result<Replayed, ReplayError> {
    let decoded = decode(bytes);
    let moved = decoded.moved;
    let conditions = |index: usize| moved.iter().find(|(i, _)| *i == index).map(|(_, c)| c.as_slice());
    let mut records = decoded.records.into_iter().enumerate().map(|(index, record)| (record, conditions(index)));
    let Some((Record::Checkpoint { map, stamp, document, history }, _)) = records.next() else {
        return Err(ReplayError::NoCheckpoint);
    };
    let opened = from_json(&document).map_err(|e| ReplayError::BadDocument(format!("{e:?}")))?;
    let (mut editor, history) = Editor::read_history(opened, &history);
    let (mut last, mut ops, mut refused) = (stamp, 0, 0);
    let mut rest = records.peekable();
    while let Some((record, conditions)) = rest.next() {
        match record {
            Record::Op { stamp, op } if apply_old(&op, conditions, &mut editor) => {
                ops += 1;
                last = stamp;
            }
            // The live editor only journals what it could do, so an operation that does
            // not apply means the chain is not what it was; and Kring never writes a second
            // checkpoint into one file. Keep the map as it was before this point.
            _ => {
                refused = 1 + rest.count();
                break;
            }
        }
    }
    Ok(Replayed { map, stamp: last, editor, ops, refused, damage: decoded.damage, history })
}

/// `Op::apply`, with the conditions an old record held on ties given to the persons who
/// showed them, in the same undo step.
fn apply_old(
    op: &Op,
    conditions: Option<&[(crate::model::PersonId, crate::model::Factor)]>,
    editor: &mut Editor,
) -> bool {
    match (op, conditions) {
        (Op::Apply { edit, merge }, Some(moved)) => {
            let edit = with_moved_conditions(editor.map(), edit.clone(), moved);
            editor.apply_merged(edit, merge.clone()).is_ok()
        }
        _ => op.apply(editor),
    }
}

/// The newest map among a journal's files (Kring keeps two per map and writes each new
/// checkpoint into the one not holding the current chain): the chain whose last record
/// is newest. Returns its index and the map.
pub fn newest(files: &[&[u8]]) -> Option<(usize, Replayed)> {
    files.iter().enumerate().filter_map(|(index, bytes)| replay(bytes).ok().map(|r| (index, r))).fold(
        None,
        |best: Option<(usize, Replayed)>, (index, r)| match best {
            Some((i, b)) if b.stamp >= r.stamp => Some((i, b)),
            _ => Some((index, r)),
        },
    )
}

/// The next stamp: the clock, but always later than `previous` (two changes in one
/// millisecond, or a clock set back a little, still come in order).
pub fn next_stamp(previous: f64, now: f64) -> f64 {
    // 1/1024 ms is exact in an f64 for any date until the year 2100 and beyond.
    let after = previous + 1.0 / 1024.0;
    if now > after {
        now
    } else {
        after
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn stamps_always_increase() {
        assert_eq!(next_stamp(100.0, 200.0), 200.0);
        assert!(next_stamp(200.0, 200.0) > 200.0);
        assert!(next_stamp(200.0, 150.0) > 200.0);
    }
}
