//! A directed tie between two persons: who does what for whom (support),
//! who does what against whom (risk), or just being in touch.

use super::{ChildAnswer, PersonId, Readers, TieId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TieKind {
    Support,
    Risk,
    #[default]
    Contact,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportType {
    Emotional,
    Practical,
    Childcare,
    Housing,
    Money,
    Advice,
    Company,
}

impl SupportType {
    pub const ALL: [SupportType; 7] = [
        SupportType::Emotional,
        SupportType::Practical,
        SupportType::Childcare,
        SupportType::Housing,
        SupportType::Money,
        SupportType::Advice,
        SupportType::Company,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskType {
    PhysicalViolence,
    PsychologicalAbuse,
    CoerciveControl,
    Neglect,
    SexualAbuse,
    FinancialExploitation,
    Stalking,
    HonourBasedViolence,
    WitnessingViolence,
    Conflict,
    SubstanceUse,
}

impl RiskType {
    pub const ALL: [RiskType; 11] = [
        RiskType::PhysicalViolence,
        RiskType::PsychologicalAbuse,
        RiskType::CoerciveControl,
        RiskType::Neglect,
        RiskType::SexualAbuse,
        RiskType::FinancialExploitation,
        RiskType::Stalking,
        RiskType::HonourBasedViolence,
        RiskType::WitnessingViolence,
        RiskType::Conflict,
        RiskType::SubstanceUse,
    ];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    Strong,
    #[default]
    Normal,
    /// Weak or fragile.
    Weak,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Daily,
    Weekly,
    Monthly,
    Rarely,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tie {
    pub id: TieId,
    pub from: PersonId,
    pub to: PersonId,
    pub kind: TieKind,
    /// Goes both ways (drawn with two arrowheads).
    #[serde(default)]
    pub mutual: bool,
    #[serde(default)]
    pub support: BTreeSet<SupportType>,
    #[serde(default)]
    pub risk: BTreeSet<RiskType>,
    #[serde(default)]
    pub strength: Strength,
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// Who says so: "moeder", "Sanne", "wijkteam".
    #[serde(default)]
    pub according_to: String,
    #[serde(default)]
    pub note: String,
    /// Who may read this tie (with its note and "according to").
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
    /// The tie holds an answer a child gave in child mode (in the child's perspective).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<ChildAnswer>,
}

impl Tie {
    pub fn new(id: TieId, from: PersonId, to: PersonId, kind: TieKind) -> Tie {
        Tie {
            id,
            from,
            to,
            kind,
            mutual: false,
            support: BTreeSet::new(),
            risk: BTreeSet::new(),
            strength: Strength::Normal,
            frequency: None,
            according_to: String::new(),
            note: String::new(),
            readers: Readers::Everyone,
            answer: None,
        }
    }

    pub fn touches(&self, person: PersonId) -> bool {
        self.from == person || self.to == person
    }
}

impl RiskType {
    /// Serious harm rules someone out as a safe adult and is named first in the insights.
    /// Tension or conflict, and substance use on its own, are worries to talk about, not
    /// harm that makes someone "a risk".
    pub fn is_serious(self) -> bool {
        !matches!(self, RiskType::Conflict | RiskType::SubstanceUse)
    }
}

impl Tie {
    /// A risk tie that stands for serious harm: one with a serious risk type, or with no
    /// type at all (safety first: an unnamed risk counts as serious).
    pub fn is_serious_risk(&self) -> bool {
        self.kind == TieKind::Risk && (self.risk.is_empty() || self.risk.iter().any(|r| r.is_serious()))
    }
}
