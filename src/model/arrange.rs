//! Auto-arrange: tidies the map by spreading persons evenly within their own place.
//!
//! Sector and ring are what the family chose, so nobody ever leaves theirs; only the
//! angle changes, and the order by angle is kept. The result is one edit, so one undo
//! puts everyone back.

use super::{Edit, FamilyMap, Person, Ring, Sector};
use std::collections::BTreeMap;

/// Angles closer than this count as equal: arranging an arranged map changes nothing.
const SAME_ANGLE: f64 = 1e-9;

/// One `Edit::Batch` that spreads the persons of every cell (one sector within one ring)
/// evenly across it, keeping their order by angle (then id); household members are
/// spread evenly around the centre in the same way. `None` when nobody would move.
pub fn auto_arrange(map: &FamilyMap) -> Option<Edit> {
    // The household shares one circle, whatever sector or ring its members have.
    let mut groups: BTreeMap<Option<(Sector, Ring)>, Vec<&Person>> = BTreeMap::new();
    for person in map.persons() {
        let cell = (!person.in_centre()).then_some((person.sector, person.ring));
        groups.entry(cell).or_default().push(person);
    }
    let mut edits = Vec::new();
    for persons in groups.values_mut() {
        super::order::sort_by(persons, |a, b| a.angle.total_cmp(&b.angle).then(a.id.cmp(&b.id)));
        let count = persons.len() as f64;
        for (k, person) in persons.iter().enumerate() {
            // The middles of equal slots: even gaps, and half a gap at either edge.
            let angle = (k as f64 + 0.5) / count;
            if (person.angle - angle).abs() > SAME_ANGLE {
                edits.push(move_to(person, angle));
            }
        }
    }
    (!edits.is_empty()).then_some(Edit::Batch { edits })
}

/// A move to a new angle in the same place. `MovePerson` also sets the household flag
/// from the sector; for the rare person whose flag and sector disagree (an imported
/// file can say so), the flag is kept by updating the person instead.
fn move_to(person: &Person, angle: f64) -> Edit {
    if person.household == (person.sector == Sector::Household) {
        Edit::MovePerson { id: person.id, sector: person.sector, ring: person.ring, angle }
    } else {
        Edit::UpdatePerson { person: Person { angle, ..person.clone() } }
    }
}
