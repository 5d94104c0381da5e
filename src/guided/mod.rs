//! The guided session as a pure core: the questions a session leader asks a family, in
//! the order they are asked, and whether the map already answers each. The words of each
//! step are in `i18n::guided`; the screens in `ui::guided`.

use crate::model::{FamilyMap, Person, Sector, SupportType, TieKind};

/// One question of the guided session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// "Who do you know in this part of your life?": adds persons to one sector (the
    /// household step fills the centre).
    People(Sector),
    /// Who helps whom: support ties.
    WhoHelps,
    /// Who comforts you when you are scared or sad: emotional support.
    Comfort,
    /// Worries: risk ties.
    Worries,
    /// Who to invite to the network meeting.
    Meeting,
}

impl Step {
    pub const ALL: [Step; 10] = [
        Step::People(Sector::Household),
        Step::People(Sector::Family),
        Step::People(Sector::Friends),
        Step::People(Sector::Community),
        Step::People(Sector::SchoolWork),
        Step::People(Sector::Professionals),
        Step::WhoHelps,
        Step::Comfort,
        Step::Worries,
        Step::Meeting,
    ];

    /// Position in `ALL`, counted from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The sector a "who do you know" step fills.
    pub fn sector(self) -> Option<Sector> {
        match self {
            Step::People(sector) => Some(sector),
            Step::WhoHelps | Step::Comfort | Step::Worries | Step::Meeting => None,
        }
    }

    /// Whether the map already holds an answer to this step (shown in the list of steps).
    pub fn is_answered(self, map: &FamilyMap) -> bool {
        let ties = map.ties();
        match self {
            Step::People(sector) => map.persons().iter().any(|p| in_sector(p, sector)),
            Step::WhoHelps => ties.iter().any(|t| t.kind == TieKind::Support),
            Step::Comfort => {
                ties.iter().any(|t| t.kind == TieKind::Support && t.support.contains(&SupportType::Emotional))
            }
            Step::Worries => ties.iter().any(|t| t.kind == TieKind::Risk),
            Step::Meeting => map.meetings().iter().any(|m| !m.participants.is_empty()),
        }
    }
}

/// A person belongs to a step's sector; household members belong to the household step
/// whatever sector they have.
pub fn in_sector(person: &Person, sector: Sector) -> bool {
    if sector == Sector::Household {
        person.in_centre()
    } else {
        !person.in_centre() && person.sector == sector
    }
}
