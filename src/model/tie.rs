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
    /// Keeps an eye out: notices when things are not going well.
    KeepingAnEye,
    /// Supervises contact between a child and a parent.
    SupervisingContact,
    /// A place to stay when home is not safe.
    SafePlace,
    /// Steps in when things go wrong.
    StepsIn,
}

impl SupportType {
    pub const ALL: [SupportType; 11] = [
        SupportType::Emotional,
        SupportType::Practical,
        SupportType::Childcare,
        SupportType::Housing,
        SupportType::Money,
        SupportType::Advice,
        SupportType::Company,
        SupportType::KeepingAnEye,
        SupportType::SupervisingContact,
        SupportType::SafePlace,
        SupportType::StepsIn,
    ];
}

/// What someone does against someone else. Tension and the use of alcohol or drugs are
/// not here: they are conditions of a person (`Factor`), not acts against someone (files
/// before version 5 had them on ties; loading moves them).
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
    OnlineViolence,
    CriminalExploitation,
    SexualExploitation,
    /// A child pulled into the parents' conflict in a separation.
    LoyaltyConflict,
    ElderAbuse,
}

impl RiskType {
    pub const ALL: [RiskType; 14] = [
        RiskType::PhysicalViolence,
        RiskType::PsychologicalAbuse,
        RiskType::CoerciveControl,
        RiskType::Neglect,
        RiskType::SexualAbuse,
        RiskType::FinancialExploitation,
        RiskType::Stalking,
        RiskType::HonourBasedViolence,
        RiskType::WitnessingViolence,
        RiskType::OnlineViolence,
        RiskType::CriminalExploitation,
        RiskType::SexualExploitation,
        RiskType::LoyaltyConflict,
        RiskType::ElderAbuse,
    ];
}

/// How serious what happens on a risk tie is, as the practice asks it. A risk tie has no
/// strength: "normal violence" is not a thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Seriousness {
    Worrying,
    Serious,
    /// Someone's life or health is in danger.
    Dangerous,
}

impl Seriousness {
    pub const ALL: [Seriousness; 3] = [Seriousness::Worrying, Seriousness::Serious, Seriousness::Dangerous];
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
    /// A risk tie only: in which situation it happens ("when he has been drinking",
    /// "at handovers"). What happens is `risk` and `note`; how often is `frequency`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub situation: String,
    /// A risk tie only: how serious it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seriousness: Option<Seriousness>,
    /// A risk tie only: when it last happened, as `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<String>,
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
            situation: String::new(),
            seriousness: None,
            last: None,
        }
    }

    pub fn touches(&self, person: PersonId) -> bool {
        self.from == person || self.to == person
    }

    /// The strength that counts: a risk tie has none (drawn and read as normal).
    pub fn shown_strength(&self) -> Strength {
        if self.kind == TieKind::Risk {
            Strength::Normal
        } else {
            self.strength
        }
    }
}

impl RiskType {
    /// Serious harm rules someone out as a safe adult and is named first in the insights.
    /// A loyalty conflict is harm to talk about, but on its own it does not rule a parent
    /// out as someone the child can go to.
    pub fn is_serious(self) -> bool {
        !matches!(self, RiskType::LoyaltyConflict)
    }
}

impl Tie {
    /// A risk tie that stands for serious harm: one with a serious risk type, or with no
    /// type at all (safety first: an unnamed risk counts as serious).
    pub fn is_serious_risk(&self) -> bool {
        self.kind == TieKind::Risk && (self.risk.is_empty() || self.risk.iter().any(|r| r.is_serious()))
    }
}
