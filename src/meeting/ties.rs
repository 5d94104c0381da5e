//! From an agreement to the map: agreeing that grandma picks the children up on Wednesdays
//! adds that support tie, or strengthens it when it is there already.

use crate::model::{Edit, FamilyMap, Strength, Tie, TieKind};
use crate::model::{Meeting, TieSuggestion};

impl TieSuggestion {
    /// The edit that puts this support on the map, or `None` when it cannot (a person is not
    /// on the map, the tie joins someone to themself, or `existing` is not a support tie
    /// between the two). Strengthening adds the support types and raises the strength one
    /// step (weak to normal, normal to strong). The edit goes through the map's history like
    /// any other, so it can be undone.
    pub fn edit(&self, map: &FamilyMap) -> Option<Edit> {
        if self.from == self.to || !map.contains_person(self.from) || !map.contains_person(self.to) {
            return None;
        }
        let joins = |t: &Tie| {
            t.kind == TieKind::Support
                && ((t.from == self.from && t.to == self.to) || (t.mutual && t.from == self.to && t.to == self.from))
        };
        let existing = match self.existing {
            Some(id) => Some(map.tie(id).filter(|t| joins(t))?),
            None => map.ties_of(self.from).into_iter().find(|t| joins(t)),
        };
        match existing {
            Some(tie) => {
                let mut tie = tie.clone();
                tie.support.extend(self.support.iter().copied());
                tie.strength = match tie.strength {
                    Strength::Weak => Strength::Normal,
                    Strength::Normal | Strength::Strong => Strength::Strong,
                };
                Some(Edit::UpdateTie { tie })
            }
            None => {
                let mut tie = Tie::new(map.next_tie_id(), self.from, self.to, TieKind::Support);
                tie.support = self.support.clone();
                Some(Edit::AddTie { tie })
            }
        }
    }
}

impl Meeting {
    /// The edits for every agreement's support tie, as one undoable step. They are worked out
    /// one after the other, so a second agreement about the same two persons strengthens the
    /// tie the first one added. `None` when there is nothing to do.
    pub fn tie_edits(&self, map: &FamilyMap) -> Option<Edit> {
        let mut scratch = map.clone();
        let mut edits = Vec::new();
        for suggestion in self.agreements.iter().filter_map(|a| a.strengthens.as_ref()) {
            if let Some(edit) = suggestion.edit(&scratch) {
                if scratch.apply(edit.clone()).is_ok() {
                    edits.push(edit);
                }
            }
        }
        (!edits.is_empty()).then_some(Edit::Batch { edits })
    }
}
