//! What the analysis finds, as typed data. Sentences are made from these in
//! `i18n::insights`, so the analysis never decides wording and every language says the
//! same thing.

use crate::model::{ChildSafety, Factor, PersonId, RiskType, Sector, TieId};

/// How much an insight asks for attention. The order of the variants is the order in
/// which insights are shown: most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// A child may be unsafe or alone: talk about it now.
    Urgent,
    /// A weak spot in the network worth working on.
    Attention,
    /// A strength of the network, worth naming too.
    Good,
    /// A plain fact about the network.
    Info,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Insight {
    /// Serious harm against a child or someone in the household: named first, with what
    /// happens and who said so (the ties' "according to"). Only readers who may read the
    /// ties see it: the insights are made from the reader's own copy of the map.
    SeriousRisk {
        person: PersonId,
        against: PersonId,
        risks: Vec<RiskType>,
        reported_by: Vec<String>,
        ties: Vec<TieId>,
    },
    /// A child in the household without any protective adult outside it. `professionals`:
    /// the professionals who do support the child (paid help, counted apart: who stays
    /// when the help stops?).
    NoProtectiveAdult { child: PersonId, professionals: Vec<PersonId> },
    /// Someone who supports a child does serious harm to others in the child's household,
    /// so does not count as a safe adult for the child now.
    HarmsHousehold {
        person: PersonId,
        child: PersonId,
        harmed: Vec<PersonId>,
        support_ties: Vec<TieId>,
        risk_ties: Vec<TieId>,
    },
    /// Someone who supports a child may see the child only under supervision, or not at
    /// all, so does not count as a safe adult for the child.
    KeptFromChild { person: PersonId, child: PersonId, safety: ChildSafety },
    /// A child said in child mode they would rather not have this person near. The child's
    /// wish, not an accusation; it counts as harm for this child.
    ChildRatherNotNear { child: PersonId, person: PersonId },
    /// A parent (an adult in the household) who supports the child and harms no one in
    /// the household: a protecting parent.
    ProtectingParent { child: PersonId, parent: PersonId, ties: Vec<TieId> },
    /// Someone both supports and harms a child. `support_ties` go either way between them;
    /// `risk_ties` are from the person against the child. `otherwise_protective`: without
    /// the harm, this person would count as a protective adult for the child.
    SupportAndRisk {
        person: PersonId,
        child: PersonId,
        support_ties: Vec<TieId>,
        risk_ties: Vec<TieId>,
        otherwise_protective: bool,
    },
    /// A child's only protective adult outside the household.
    SinglePointOfFailure { child: PersonId, supporter: PersonId, ties: Vec<TieId> },
    /// Every route from a child to support outside the household runs through these
    /// persons (nearest the child first); losing any one of them cuts the child off.
    /// `bridges` are the ties that every such route uses.
    SupportBottleneck { child: PersonId, through: Vec<PersonId>, bridges: Vec<TieId> },
    /// There are as many professionals as people in the family's own network, or more:
    /// the "seed problem", where help is mostly paid help.
    ProfessionalsOutnumber { professionals: usize, informal: usize },
    /// Someone gives support in three or more ties and gets none back: a carer who may be
    /// overloaded.
    GivesWithoutReceiving { person: PersonId, receivers: Vec<PersonId>, ties: Vec<TieId> },
    /// An outer sector with no one (alive) in it.
    EmptySector { sector: Sector },
    /// A child with two or more protective adults outside the household.
    ProtectiveAdults { child: PersonId, adults: Vec<PersonId>, ties: Vec<TieId> },
    /// The family's own network is larger than the professional help around it.
    InformalOutnumbers { professionals: usize, informal: usize },
    /// Pairs of persons between whom support goes both ways (a mutual tie, or a tie each
    /// way). Reported even when there are none, since one-way support is worth noticing.
    MutualSupport { pairs: Vec<(PersonId, PersonId)>, ties: Vec<TieId> },
    /// What plays a role, counted over the map: the persons (not professionals) it plays a
    /// role for, the professionals who are there for it, and how many professionals there
    /// are ("three of the five professionals are for debts").
    PlaysARole { factor: Factor, persons: Vec<PersonId>, for_it: Vec<PersonId>, professionals: usize },
}

impl Insight {
    pub fn severity(&self) -> Severity {
        match self {
            Insight::SeriousRisk { .. }
            | Insight::NoProtectiveAdult { .. }
            | Insight::SupportAndRisk { .. }
            | Insight::HarmsHousehold { .. }
            | Insight::ChildRatherNotNear { .. } => Severity::Urgent,
            Insight::KeptFromChild { .. } => Severity::Attention,
            Insight::ProtectingParent { .. } => Severity::Good,
            Insight::SinglePointOfFailure { .. }
            | Insight::SupportBottleneck { .. }
            | Insight::ProfessionalsOutnumber { .. }
            | Insight::GivesWithoutReceiving { .. } => Severity::Attention,
            // An empty sector is a question to ask the family, not a warning.
            Insight::EmptySector { .. } => Severity::Info,
            Insight::ProtectiveAdults { .. } | Insight::InformalOutnumbers { .. } => Severity::Good,
            // Something plays a role and none of the professionals is there for it.
            Insight::PlaysARole { persons, for_it, .. } if !persons.is_empty() && for_it.is_empty() => {
                Severity::Attention
            }
            Insight::PlaysARole { .. } => Severity::Info,
            Insight::MutualSupport { pairs, .. } if pairs.is_empty() => Severity::Info,
            Insight::MutualSupport { .. } => Severity::Good,
        }
    }

    /// The child this insight is about, if it is about one.
    pub fn child(&self) -> Option<PersonId> {
        match self {
            Insight::NoProtectiveAdult { child, .. }
            | Insight::HarmsHousehold { child, .. }
            | Insight::KeptFromChild { child, .. }
            | Insight::ChildRatherNotNear { child, .. }
            | Insight::ProtectingParent { child, .. }
            | Insight::SupportAndRisk { child, .. }
            | Insight::SinglePointOfFailure { child, .. }
            | Insight::SupportBottleneck { child, .. }
            | Insight::ProtectiveAdults { child, .. } => Some(*child),
            Insight::SeriousRisk { .. }
            | Insight::ProfessionalsOutnumber { .. }
            | Insight::GivesWithoutReceiving { .. }
            | Insight::EmptySector { .. }
            | Insight::InformalOutnumbers { .. }
            | Insight::PlaysARole { .. }
            | Insight::MutualSupport { .. } => None,
        }
    }

    /// The persons to highlight on the map for this insight, without repeats.
    pub fn persons(&self) -> Vec<PersonId> {
        let mut persons = match self {
            Insight::SeriousRisk { person, against, .. } => vec![*person, *against],
            Insight::NoProtectiveAdult { child, professionals } => {
                std::iter::once(*child).chain(professionals.iter().copied()).collect()
            }
            Insight::HarmsHousehold { person, child, harmed, .. } => {
                [*person, *child].into_iter().chain(harmed.iter().copied()).collect()
            }
            Insight::KeptFromChild { person, child, .. } | Insight::ChildRatherNotNear { person, child } => {
                vec![*person, *child]
            }
            Insight::ProtectingParent { child, parent, .. } => vec![*parent, *child],
            Insight::SupportAndRisk { person, child, .. } => vec![*person, *child],
            Insight::SinglePointOfFailure { child, supporter, .. } => vec![*child, *supporter],
            Insight::SupportBottleneck { child, through, .. } => {
                std::iter::once(*child).chain(through.iter().copied()).collect()
            }
            Insight::GivesWithoutReceiving { person, receivers, .. } => {
                std::iter::once(*person).chain(receivers.iter().copied()).collect()
            }
            Insight::ProtectiveAdults { child, adults, .. } => {
                std::iter::once(*child).chain(adults.iter().copied()).collect()
            }
            Insight::MutualSupport { pairs, .. } => pairs.iter().flat_map(|(a, b)| [*a, *b]).collect(),
            Insight::PlaysARole { persons, for_it, .. } => persons.iter().chain(for_it.iter()).copied().collect(),
            Insight::ProfessionalsOutnumber { .. }
            | Insight::EmptySector { .. }
            | Insight::InformalOutnumbers { .. } => Vec::new(),
        };
        dedup_keep_order(&mut persons);
        persons
    }

    /// The ties to highlight on the map for this insight, in id order.
    pub fn ties(&self) -> Vec<TieId> {
        let mut ties = match self {
            Insight::SupportAndRisk { support_ties, risk_ties, .. }
            | Insight::HarmsHousehold { support_ties, risk_ties, .. } => {
                support_ties.iter().chain(risk_ties.iter()).copied().collect()
            }
            Insight::SinglePointOfFailure { ties, .. }
            | Insight::GivesWithoutReceiving { ties, .. }
            | Insight::ProtectiveAdults { ties, .. }
            | Insight::MutualSupport { ties, .. }
            | Insight::SeriousRisk { ties, .. }
            | Insight::ProtectingParent { ties, .. } => ties.clone(),
            Insight::SupportBottleneck { bridges, .. } => bridges.clone(),
            Insight::NoProtectiveAdult { .. }
            | Insight::KeptFromChild { .. }
            | Insight::ChildRatherNotNear { .. }
            | Insight::ProfessionalsOutnumber { .. }
            | Insight::EmptySector { .. }
            | Insight::PlaysARole { .. }
            | Insight::InformalOutnumbers { .. } => Vec::new(),
        };
        crate::model::order::sort_by(&mut ties, Ord::cmp);
        ties.dedup();
        ties
    }

    /// Within one severity, which kind comes first: the most pressing for a child first,
    /// then the network as a whole.
    pub(super) fn rank_within_severity(&self) -> u8 {
        match self {
            Insight::SeriousRisk { .. } => 0,
            Insight::NoProtectiveAdult { .. } => 1,
            Insight::SupportAndRisk { .. } => 2,
            Insight::HarmsHousehold { .. } => 3,
            Insight::ChildRatherNotNear { .. } => 4,
            Insight::KeptFromChild { .. } => 5,
            Insight::SinglePointOfFailure { .. } => 6,
            Insight::SupportBottleneck { .. } => 7,
            Insight::ProfessionalsOutnumber { .. } => 8,
            Insight::GivesWithoutReceiving { .. } => 9,
            Insight::EmptySector { .. } => 10,
            Insight::ProtectingParent { .. } => 11,
            Insight::ProtectiveAdults { .. } => 12,
            Insight::InformalOutnumbers { .. } => 13,
            Insight::MutualSupport { .. } => 14,
            Insight::PlaysARole { .. } => 15,
        }
    }
}

fn dedup_keep_order(ids: &mut Vec<PersonId>) {
    let mut seen = std::collections::BTreeSet::new();
    ids.retain(|id| seen.insert(*id));
}
