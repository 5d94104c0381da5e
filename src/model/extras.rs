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
pub(super) fn replace_by_id<T, K: PartialEq + Copy>(
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
            items.push(value);
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
