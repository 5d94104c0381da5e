//! Edits written before format version 5, in a saved undo history or a crash journal.
//! Then "conflict" and "substance use" were risk types on a tie; since version 5 they are
//! what plays a role for a person (`Factor::Tension`, `Factor::Addiction`), and such an
//! edit no longer reads. The document migration (`document::move_conditions`) moves them
//! in the saved map; this moves them in the edits, so an upgrade loses neither the undo
//! history nor a change only the journal held.
//!
//! The decision: the condition moves onto the person, as in the document, in the same
//! undo step as the tie edit (`with_moved_conditions`). A tie edit cannot say it, so the
//! step becomes the tie edit followed by an update of that person, worked out against the
//! map the edit is applied to. Only where that person is not there when the edit applies
//! (an edit that cannot apply at all) is the condition dropped from the edit: there is
//! nobody to give it to, and the document migration already gave it to everyone who still
//! had it in the saved map.

use super::document::{move_tie_conditions, LEGACY_CONDITIONS};
use super::{Edit, Factor, FamilyMap, PersonId};
use serde_json::Value;

/// Conditions taken off the ties of an old edit: who showed what.
pub type MovedConditions = Vec<(PersonId, Factor)>;

fn factor_of(name: &str) -> Option<Factor> {
    match name {
        "tension" => Some(Factor::Tension),
        "addiction" => Some(Factor::Addiction),
        _ => None,
    }
}

fn holds_legacy(tie: &Value) -> bool {
    tie.get("risk")
        .and_then(Value::as_array)
        .is_some_and(|risks| risks.iter().any(|r| LEGACY_CONDITIONS.iter().any(|(old, _)| r.as_str() == Some(*old))))
}

/// Migrates one edit (as parsed JSON) written before version 5: every tie in it (added,
/// updated, or in a perspective) loses "conflict" and "substance use" exactly as the
/// document migration does (a risk tie left without a type becomes a contact, and loses
/// its strength). With `every_tie` false only ties that hold one of them are touched (a
/// journal record has no version: there only an old risk type says a record is old).
/// Returns the conditions taken off, for `with_moved_conditions`.
pub fn migrate_legacy_edit(edit: &mut Value, every_tie: bool) -> MovedConditions {
    let mut moved = Vec::new();
    walk(edit, every_tie, &mut moved);
    moved.into_iter().filter_map(|(id, factor)| Some((PersonId(u32::try_from(id).ok()?), factor_of(factor)?))).collect()
}

fn walk(edit: &mut Value, every_tie: bool, moved: &mut Vec<(u64, &'static str)>) {
    let mut tie = |tie: &mut Value| {
        if every_tie || holds_legacy(tie) {
            move_tie_conditions(tie, moved);
        }
    };
    match edit.get("edit").and_then(Value::as_str) {
        Some("add_tie" | "update_tie") => {
            if let Some(t) = edit.get_mut("tie") {
                tie(t);
            }
        }
        Some("set_perspective") => {
            if let Some(Value::Array(ties)) = edit.get_mut("perspective").and_then(|p| p.get_mut("ties")) {
                ties.iter_mut().for_each(tie);
            }
        }
        Some("batch") => {
            if let Some(Value::Array(edits)) = edit.get_mut("edits") {
                edits.iter_mut().for_each(|e| walk(e, every_tie, moved));
            }
        }
        _ => {}
    }
}

/// `edit` together with the conditions an old version of it held on ties: when applied to
/// `map`, the persons who showed them get them as what plays a role, in the same step.
/// Returns `edit` itself when nobody needs them (or when it does not apply to `map`).
pub fn with_moved_conditions(map: &FamilyMap, edit: Edit, moved: &[(PersonId, Factor)]) -> Edit {
    if moved.is_empty() {
        return edit;
    }
    let mut after = map.clone();
    if after.apply(edit.clone()).is_err() {
        return edit;
    }
    let mut updates: Vec<Edit> = Vec::new();
    for (id, factor) in moved {
        let Some(person) = after.person_mut(*id) else { continue };
        if person.factors.insert(*factor) {
            updates.retain(|u| !matches!(u, Edit::UpdatePerson { person: p } if p.id == *id));
            updates.push(Edit::UpdatePerson { person: person.clone() });
        }
    }
    if updates.is_empty() {
        return edit;
    }
    let mut edits = vec![edit];
    edits.extend(updates);
    Edit::Batch { edits }
}
