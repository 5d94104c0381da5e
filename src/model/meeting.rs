//! The meeting as stored data: who is invited, what worries people, the bottom lines, the
//! agreements and how they are kept. Every struct refuses unknown fields (a typo in a file
//! is an error, not silently lost data) and gives optional fields a default, so a meeting
//! can live inside the Kring file and old files keep opening when fields are added.

use super::{Person, PersonId, Readers, Sector, SupportType, TieId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MeetingId(pub u32);

/// A participant's id within one meeting (extra participants have no `PersonId`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ParticipantId(pub u32);

impl fmt::Display for MeetingId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "m{}", self.0)
    }
}

impl fmt::Display for ParticipantId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "d{}", self.0)
    }
}

/// One network meeting (netwerkberaad, Eigen Kracht-conferentie, Signs of Safety meeting).
/// A map can have several over time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub id: MeetingId,
    /// YYYY-MM-DD.
    pub date: String,
    #[serde(default)]
    pub place: String,
    /// Who may read the place (it can be a safe address).
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub place_readers: Readers,
    /// Who leads the meeting: a professional or an expert-by-experience.
    #[serde(default)]
    pub chair: String,
    #[serde(default)]
    pub purpose: String,
    /// Who may read the purpose (it can name what the meeting is about).
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub purpose_readers: Readers,
    #[serde(default)]
    pub participants: Vec<Participant>,
    #[serde(default)]
    pub worries: Vec<Worry>,
    #[serde(default)]
    pub going_well: Vec<GoingWell>,
    #[serde(default)]
    pub bottom_lines: Vec<BottomLine>,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    #[serde(default)]
    pub red_flags: Vec<RedFlag>,
    #[serde(default)]
    pub scales: Vec<ScaleScore>,
    #[serde(default)]
    pub monitoring: Monitoring,
    #[serde(default)]
    pub child_voice: Vec<ChildVoice>,
    /// The family chose to show risk ties (and their types) in the network version.
    /// Off unless the family says so.
    #[serde(default)]
    pub share_risks_with_network: bool,
    /// Notes for the plan that may need a readership of their own: a preparation note, why
    /// a parent is invited separately, the address of a safe place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<PlanNote>,
    /// The meeting this one reviews (an evaluatieberaad), when it was started from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<MeetingId>,
    /// What we are worried will happen if nothing changes (Signs of Safety danger statements).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub danger_statements: Vec<Statement>,
    /// What must be seen, and for how long, before the help can stop (safety goals).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub safety_goals: Vec<Statement>,
    /// What 0 and 10 mean on this family's scale.
    #[serde(default, skip_serializing_if = "ScaleAnchors::is_empty")]
    pub scale_anchors: ScaleAnchors,
    /// The coordinator's preparation talks, one item per participant: for professionals
    /// only unless someone chooses otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub preparation: Vec<PrepNote>,
    /// A random key made with the first meeting of a cycle and kept by its reviews: the
    /// calendar file's events are named by it and by item ids, so an event keeps its UID
    /// when the map is renamed or the list changes, and never matches another family's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub calendar_key: String,
}

/// A danger statement or a safety goal, in the family's words, with who agrees to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub text: String,
    /// Participants who agree with these words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agreed_by: Vec<ParticipantId>,
    /// For a safety goal: how long it must be seen ("drie maanden"). Empty for a danger statement.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub how_long: String,
    /// Who may read this item.
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
}

/// What the ends of the 0–10 scale mean for this family ("0: ... , 10: ...").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleAnchors {
    #[serde(default)]
    pub zero: String,
    #[serde(default)]
    pub ten: String,
    /// Who may read what 0 and 10 mean (they can say what is feared).
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
}

impl ScaleAnchors {
    /// Neither end has words (then who may read them does not matter).
    pub fn is_empty(&self) -> bool {
        self.zero.trim().is_empty() && self.ten.trim().is_empty()
    }
}

/// How someone is invited to the meeting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InviteMode {
    /// With everyone else.
    #[default]
    Together,
    /// Apart: a separate talk or a separate part of the meeting.
    Separately,
    /// Not invited (the reason goes in the preparation note).
    NotInvited,
}

impl InviteMode {
    pub const ALL: [InviteMode; 3] = [InviteMode::Together, InviteMode::Separately, InviteMode::NotInvited];
}

fn professionals_only() -> Readers {
    Readers::professionals_only("")
}

/// The coordinator's notes from the preparation talk with one participant, and why they
/// are invited apart or not at all. For professionals only by default.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrepNote {
    pub participant: ParticipantId,
    /// Why this person is invited separately, or not invited.
    #[serde(default)]
    pub why_apart: String,
    /// Notes of the preparation talk.
    #[serde(default)]
    pub notes: String,
    /// Who may read this item. Missing in a file means professionals only.
    #[serde(default = "professionals_only")]
    pub readers: Readers,
}

impl PrepNote {
    pub fn new(participant: ParticipantId) -> PrepNote {
        PrepNote { participant, why_apart: String::new(), notes: String::new(), readers: professionals_only() }
    }
}

/// Something that is going well, with who may read it ("Linda woont nu bij haar zus" can
/// say where she is). Written as a bare string while it is for everyone, so a file without
/// restrictions is the same as before; read in both forms.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoingWell {
    pub text: String,
    /// Who may read this item.
    pub readers: Readers,
}

impl From<&str> for GoingWell {
    fn from(text: &str) -> GoingWell {
        GoingWell { text: text.to_owned(), readers: Readers::Everyone }
    }
}

impl From<String> for GoingWell {
    fn from(text: String) -> GoingWell {
        GoingWell { text, readers: Readers::Everyone }
    }
}

/// The restricted form in the file.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct GoingWellItem {
    text: String,
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    readers: Readers,
}

impl Serialize for GoingWell {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.readers.is_everyone() {
            serializer.serialize_str(&self.text)
        } else {
            GoingWellItem { text: self.text.clone(), readers: self.readers.clone() }.serialize(serializer)
        }
    }
}

impl<'de> Deserialize<'de> for GoingWell {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<GoingWell, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Form {
            Text(String),
            Item(GoingWellItem),
        }
        Ok(match Form::deserialize(deserializer)? {
            Form::Text(text) => GoingWell { text, readers: Readers::Everyone },
            Form::Item(item) => GoingWell { text: item.text, readers: item.readers },
        })
    }
}

/// A note in the plan (a safety-plan detail such as a safe address, a preparation note).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanNote {
    pub text: String,
    /// Who may read this item.
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
}

impl Meeting {
    /// An empty meeting on a date.
    pub fn new(id: MeetingId, date: impl Into<String>) -> Meeting {
        Meeting {
            id,
            date: date.into(),
            place: String::new(),
            place_readers: Readers::Everyone,
            chair: String::new(),
            purpose: String::new(),
            purpose_readers: Readers::Everyone,
            participants: Vec::new(),
            worries: Vec::new(),
            going_well: Vec::new(),
            bottom_lines: Vec::new(),
            agreements: Vec::new(),
            red_flags: Vec::new(),
            scales: Vec::new(),
            monitoring: Monitoring::default(),
            child_voice: Vec::new(),
            share_risks_with_network: false,
            notes: Vec::new(),
            follows: None,
            danger_statements: Vec::new(),
            safety_goals: Vec::new(),
            scale_anchors: ScaleAnchors::default(),
            preparation: Vec::new(),
            calendar_key: String::new(),
        }
    }

    /// The id for a new agreement: one more than the highest in this meeting.
    pub fn next_agreement_id(&self) -> u32 {
        self.agreements.iter().map(|a| a.id).max().unwrap_or(0).saturating_add(1)
    }

    /// Gives every agreement without an id (files before version 5), or with an id another
    /// agreement of this meeting has, a new one. Agreements carried into a review keep their
    /// id, so the same agreement is the same item over the cycle.
    pub fn number_agreements(&mut self) {
        let mut seen = std::collections::HashSet::new();
        let mut next = self.next_agreement_id();
        for agreement in &mut self.agreements {
            if agreement.id == 0 || !seen.insert(agreement.id) {
                agreement.id = next;
                seen.insert(next);
                next = next.saturating_add(1);
            }
        }
    }

    /// The preparation note for one participant, if there is one.
    pub fn prep_for(&self, participant: ParticipantId) -> Option<&PrepNote> {
        self.preparation.iter().find(|n| n.participant == participant)
    }

    pub fn participant(&self, id: ParticipantId) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// Every participant record that stands for a person on the map (normally one).
    pub fn participants_for(&self, person: PersonId) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(move |p| p.person == Some(person))
    }

    /// The person on the map a `Who` stands for, if any.
    pub fn person_of(&self, who: Who) -> Option<PersonId> {
        match who {
            Who::Person(id) => Some(id),
            Who::Participant(id) => self.participant(id).and_then(|p| p.person),
        }
    }

    /// The agreement is about this person: they do it (by themself, or as a participant
    /// on the list), or it is for them.
    pub fn agreement_concerns(&self, agreement: &Agreement, person: PersonId) -> bool {
        agreement.for_whom.contains(&person) || agreement.owners().any(|w| self.person_of(w) == Some(person))
    }

    /// The id the next added participant should get.
    pub fn next_participant_id(&self) -> ParticipantId {
        ParticipantId(self.participants.iter().map(|p| p.id.0.saturating_add(1)).max().unwrap_or(1).max(1))
    }
}

/// Someone on the invitation list: a person on the map, or an extra participant who is not
/// on the map (an expert-by-experience, a chair from outside).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub id: ParticipantId,
    /// The person on the map, if they are on it.
    #[serde(default)]
    pub person: Option<PersonId>,
    /// The name of an extra participant who is not on the map. Ignored while `person` points
    /// at a person on the map (the map's name is used).
    #[serde(default)]
    pub name: String,
    pub role: MeetingRole,
    /// Contact details live only here, on the invitation list, never on the map.
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub invitation: Invitation,
    #[serde(default)]
    pub consent: Consent,
    /// Together with everyone, separately, or not invited.
    #[serde(default, skip_serializing_if = "is_default")]
    pub invite: InviteMode,
    /// The language of an interpreter this person needs; empty when none is needed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub interpreter: String,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Participant {
    /// A participant who is a person on the map.
    pub fn on_map(id: ParticipantId, person: PersonId, role: MeetingRole) -> Participant {
        Participant {
            id,
            person: Some(person),
            name: String::new(),
            role,
            phone: String::new(),
            email: String::new(),
            invitation: Invitation::Invited,
            consent: Consent::default(),
            invite: InviteMode::Together,
            interpreter: String::new(),
        }
    }

    /// An extra participant who is not on the map.
    pub fn extra(id: ParticipantId, name: impl Into<String>, role: MeetingRole) -> Participant {
        Participant {
            id,
            person: None,
            name: name.into(),
            role,
            phone: String::new(),
            email: String::new(),
            invitation: Invitation::Invited,
            consent: Consent::default(),
            invite: InviteMode::Together,
            interpreter: String::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingRole {
    FamilyMember,
    NetworkMember,
    Professional,
    ExpertByExperience,
    /// A support figure chosen by the young person (steunfiguur).
    SupportFigure,
    Chair,
}

impl MeetingRole {
    /// The role someone on the map most likely has in the meeting, from where they are
    /// on it (the household and family, professionals, everyone else); it can be changed.
    pub fn likely_for(person: &Person) -> MeetingRole {
        if person.in_centre() || person.sector == Sector::Family {
            MeetingRole::FamilyMember
        } else if person.sector == Sector::Professionals {
            MeetingRole::Professional
        } else {
            MeetingRole::NetworkMember
        }
    }

    pub const ALL: [MeetingRole; 6] = [
        MeetingRole::FamilyMember,
        MeetingRole::NetworkMember,
        MeetingRole::Professional,
        MeetingRole::ExpertByExperience,
        MeetingRole::SupportFigure,
        MeetingRole::Chair,
    ];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Invitation {
    #[default]
    Invited,
    Confirmed,
    Declined,
}

impl Invitation {
    pub const ALL: [Invitation; 3] = [Invitation::Invited, Invitation::Confirmed, Invitation::Declined];
}

/// What a person agreed to, and who said so. Nothing is shared by default. A yes counts only
/// when it was given by the right people for the person's age (see `consent`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// May appear by name (with role) on the map and plan shared with the network.
    #[serde(default)]
    pub may_appear_on_shared_map: bool,
    /// May receive the plan; their phone and e-mail may then be printed in it, so others in
    /// the plan can reach them ("who calls whom").
    #[serde(default)]
    pub may_receive_plan: bool,
    /// Names of who gave the consent: the person themself, a parent.
    #[serde(default)]
    pub consent_given_by: Vec<String>,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub consent_date: String,
}

/// A worry (danger statement) in the family's own words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Worry {
    pub text: String,
    #[serde(default)]
    pub shared_by: Vec<ParticipantId>,
    #[serde(default)]
    pub not_shared_by: Vec<ParticipantId>,
    /// Who may read this item.
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
}

/// Someone referred to in the plan: a person on the map or a participant not on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    Person(PersonId),
    Participant(ParticipantId),
}

/// A safety condition set by the responsible professional. Always non-negotiable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BottomLine {
    pub text: String,
    pub set_by: Who,
    /// Who may read this item.
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
}

/// Who does what, for whom, when, and how we know it happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// Unique within its meeting and kept when the agreement is carried into a review (0:
    /// not given yet; loading gives one).
    #[serde(default)]
    pub id: u32,
    /// Who does it: a person on the map, or someone on the invitation list who is not on it
    /// (an expert-by-experience). Files before version 4 hold a person's id here.
    #[serde(deserialize_with = "owner_compat")]
    pub who: Who,
    /// Who does it together with `who` (a duo, two grandparents).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Who>,
    /// An organisation that carries it, not drawn on the map ("Humanitas thuisadministratie").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    pub what: String,
    /// The same agreement in words a child understands, for the child's own plan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub child_words: String,
    #[serde(default)]
    pub for_whom: Vec<PersonId>,
    /// YYYY-MM-DD, or empty.
    #[serde(default)]
    pub from: String,
    /// YYYY-MM-DD, or empty.
    #[serde(default)]
    pub by: String,
    /// It happens again and again ("every Friday": weekly, on the weekday of `from`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat: Option<Repeat>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: AgreementStatus,
    #[serde(default)]
    pub how_we_know: String,
    /// Ties on the map this agreement is about.
    #[serde(default)]
    pub ties: Vec<TieId>,
    /// A support tie this agreement adds or strengthens.
    #[serde(default)]
    pub strengthens: Option<TieSuggestion>,
    /// Who may read this item.
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
    /// How it went, recorded at the review meeting (in the review meeting's copy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<AgreementOutcome>,
}

/// `who` as files before version 4 wrote it (a person's id), or as it is written now.
fn owner_compat<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Who, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Owner {
        Person(PersonId),
        Who(Who),
    }
    Ok(match Owner::deserialize(deserializer)? {
        Owner::Person(id) => Who::Person(id),
        Owner::Who(who) => who,
    })
}

/// How often an agreement comes back; the day is the weekday or day of the month of its
/// start date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Repeat {
    Daily,
    Weekly,
    EveryTwoWeeks,
    Monthly,
}

impl Repeat {
    pub const ALL: [Repeat; 4] = [Repeat::Daily, Repeat::Weekly, Repeat::EveryTwoWeeks, Repeat::Monthly];
}

/// Where an agreement stands between meetings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementStatus {
    /// Agreed, not started yet.
    #[default]
    Agreed,
    /// It is happening.
    Running,
    /// Stopped or finished.
    Stopped,
}

impl AgreementStatus {
    pub const ALL: [AgreementStatus; 3] = [AgreementStatus::Agreed, AgreementStatus::Running, AgreementStatus::Stopped];
}

/// Did it happen? Recorded at the review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kept {
    Done,
    Partly,
    NotDone,
}

impl Kept {
    pub const ALL: [Kept; 3] = [Kept::Done, Kept::Partly, Kept::NotDone];
}

/// How an agreement went since the last meeting: done, partly or not, what happened, and
/// who recorded it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreementOutcome {
    pub result: Kept,
    #[serde(default)]
    pub what_happened: String,
    #[serde(default)]
    pub recorded_by: Option<Who>,
    /// Who may read this item.
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
}

impl Agreement {
    pub fn new(who: PersonId, what: impl Into<String>) -> Agreement {
        Agreement::by(Who::Person(who), what)
    }

    /// An agreement someone (on the map or only on the list) takes on.
    pub fn by(who: Who, what: impl Into<String>) -> Agreement {
        Agreement {
            id: 0,
            who,
            also: Vec::new(),
            organisation: String::new(),
            what: what.into(),
            child_words: String::new(),
            for_whom: Vec::new(),
            from: String::new(),
            by: String::new(),
            repeat: None,
            status: AgreementStatus::Agreed,
            how_we_know: String::new(),
            ties: Vec::new(),
            strengthens: None,
            readers: Readers::Everyone,
            outcome: None,
        }
    }

    /// Everyone who does it, `who` first.
    pub fn owners(&self) -> impl Iterator<Item = Who> + '_ {
        std::iter::once(self.who).chain(self.also.iter().copied())
    }

    /// The person on the map who does it, when `who` is one.
    pub fn owner_person(&self) -> Option<PersonId> {
        match self.who {
            Who::Person(id) => Some(id),
            Who::Participant(_) => None,
        }
    }

    /// The agreement is about this person: they do it (alone or with others), or it is for
    /// them. A participant is matched by the meeting (see `Meeting::agreement_concerns`).
    pub fn concerns(&self, person: PersonId) -> bool {
        self.owners().any(|w| w == Who::Person(person)) || self.for_whom.contains(&person)
    }
}

/// A support tie to add to the map, or to strengthen when it is there already.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TieSuggestion {
    pub from: PersonId,
    pub to: PersonId,
    #[serde(default)]
    pub support: BTreeSet<SupportType>,
    /// The support tie to strengthen; `None` finds one from `from` to `to` or adds one.
    #[serde(default)]
    pub existing: Option<TieId>,
}

/// A sign that things go wrong, and what each person then does.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlag {
    pub sign: String,
    #[serde(default)]
    pub steps: Vec<RedFlagStep>,
    /// Who may read this item.
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
}

/// One step when a red flag appears: who does what, and whom they call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlagStep {
    pub who: Who,
    #[serde(default)]
    pub does: String,
    #[serde(default)]
    pub calls: Option<Who>,
}

/// "How safe is it now?" on a scale of 0 to 10, per participant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleScore {
    pub participant: ParticipantId,
    /// 0 to 10; `Meeting::validate` reports anything else.
    pub score: u8,
    /// YYYY-MM-DD, or empty for the meeting's date.
    #[serde(default)]
    pub date: String,
    /// Why this number, in the person's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
    /// What would make it one higher.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub one_higher: String,
    /// Who may read this score with its why (the person who gave it always may).
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
}

impl ScaleScore {
    pub const MAX: u8 = 10;

    /// A score for everyone, with no words yet.
    pub fn new(participant: ParticipantId, score: u8) -> ScaleScore {
        ScaleScore {
            participant,
            score,
            date: String::new(),
            why: String::new(),
            one_higher: String::new(),
            readers: Readers::Everyone,
        }
    }

    pub fn in_range(&self) -> bool {
        self.score <= Self::MAX
    }
}

/// Who keeps an eye on the plan, when it is reviewed, and what happens if it is not kept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Monitoring {
    #[serde(default)]
    pub keeper: Option<Who>,
    /// YYYY-MM-DD. Shown prominently.
    #[serde(default)]
    pub review_date: String,
    #[serde(default)]
    pub if_not_kept: String,
    /// Who may read who keeps an eye and what happens if the plan is not kept. The review
    /// date stays for everyone: everyone in the plan needs to know when it is reviewed.
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
}

/// What a child wants the meeting to know, in their own words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChildVoice {
    pub child: PersonId,
    pub words: String,
    /// Who may read this item.
    #[serde(default, skip_serializing_if = "Readers::is_everyone")]
    pub readers: Readers,
}
