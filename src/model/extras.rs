//! What a Kring file holds besides persons and ties: the network meetings prepared from
//! the map, dated snapshots of it, and the perspectives of the people who drew it. They
//! change through edits like everything else, so undo and autosave cover them too.

use super::{Meeting, MeetingId, Perspective, PerspectiveId, Snapshot};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extras {
    pub meetings: Vec<Meeting>,
    pub snapshots: Vec<Snapshot>,
    pub perspectives: Vec<Perspective>,
}

impl Extras {
    pub fn is_empty(&self) -> bool {
        self.meetings.is_empty() && self.snapshots.is_empty() && self.perspectives.is_empty()
    }
}

/// Puts `value` in place of the item with `id` (or adds it, or removes the item when
/// `value` is `None`) and gives back what was there, for the inverse edit.
/// Items are kept in the order of their ids where they were.
pub(super) fn replace_by_id<T, K: Ord + Copy>(
    items: &mut Vec<T>,
    id: K,
    key: impl Fn(&T) -> K,
    value: Option<T>,
) -> Option<T> {
    let at = items.iter().position(|item| key(item) == id);
    match (at, value) {
        (Some(i), Some(value)) => Some(std::mem::replace(&mut items[i], value)),
        (Some(i), None) => Some(items.remove(i)),
        (None, Some(value)) => {
            // Back in its place by id (undoing a removal keeps the order); a new id goes last.
            let at = items.iter().position(|item| key(item) > id).unwrap_or(items.len());
            items.insert(at, value);
            None
        }
        (None, None) => None,
    }
}

pub(super) fn meeting_key(m: &Meeting) -> MeetingId {
    m.id
}

pub(super) fn snapshot_key(s: &Snapshot) -> u32 {
    s.id
}

pub(super) fn perspective_key(p: &Perspective) -> PerspectiveId {
    p.id
}

impl super::FamilyMap {
    /// A newly read map (no history yet) with snapshots made for it, e.g. one per easyNWK
    /// version: added in one pass (an edit per snapshot would look for each id among all the
    /// others). Snapshots whose id is taken already, and any beyond the limit, are left out.
    pub fn with_new_snapshots(mut self, snapshots: Vec<Snapshot>) -> super::FamilyMap {
        let mut taken: std::collections::HashSet<u32> = self.extras.snapshots.iter().map(|s| s.id).collect();
        for snapshot in snapshots {
            if self.extras.snapshots.len() >= super::limits::MAX_SNAPSHOTS {
                break;
            }
            if taken.insert(snapshot.id) {
                self.extras.snapshots.push(snapshot);
            }
        }
        self
    }
}
