//! The meeting pack per audience: one pure function decides what each audience may see,
//! and returns plain data that a screen or a print view shows without deciding anything.
//!
//! See the module documentation (`meeting`) for the rules in words.

use super::consent::{age_in_years, consent_complete, normalise, participant_name, participant_rule, ConsentRule};
use super::consent::{participant_consents, person_consents, Grant};
use super::readers::{readable_map_counted, readable_meeting, LeftOut};
use super::review::{scale_trends, Direction, TrendPoint};
use crate::model::Reader;
use crate::model::{
    Age, ChildSafety, Factor, FamilyMap, Frequency, Person, PersonId, PersonKind, Ring, RiskType, Sector, Seriousness,
    Strength, SupportType, Tie, TieId, TieKind,
};
use crate::model::{
    Agreement, AgreementStatus, ChildAnswer, InviteMode, Kept, Meeting, MeetingRole, Participant, ParticipantId,
    Repeat, ScaleAnchors, Statement, Who,
};
use serde::Serialize;
use std::collections::{BTreeSet, HashSet};

/// Who the pack is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The professionals: the full version, with every item and every reason.
    Professionals,
    /// One invited person on the map: what that person may read, with the rules of their
    /// place in the meeting (family, network or professional).
    Person(PersonId),
    /// Invited network members as a group: only what people agreed to share, and only
    /// what is for everyone.
    Network,
    /// One child or young person: who helps me, in simple words.
    Child(PersonId),
}

impl Audience {
    /// Who reads this version, for the readership of each item.
    pub fn reader(self) -> Reader {
        match self {
            Audience::Professionals => Reader::Professionals,
            Audience::Network => Reader::Network,
            Audience::Person(id) | Audience::Child(id) => Reader::Person(id),
        }
    }
}

/// Which rules a version follows besides the readership of each item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Base {
    /// Everything about the household, by name (the professionals and the family).
    Family,
    /// Only what people agreed to share (network members).
    Network,
    /// The child's own plan.
    Child,
}

/// Which rules a person's own version follows: their role in this meeting (or, when they
/// are not on the list, the role their place on the map suggests).
pub fn base_for(map: &FamilyMap, meeting: &Meeting, audience: Audience) -> Base {
    match audience {
        Audience::Professionals => Base::Family,
        Audience::Network => Base::Network,
        Audience::Child(_) => Base::Child,
        Audience::Person(id) => {
            let role = meeting
                .participants_for(id)
                .map(|p| p.role)
                .next()
                .or_else(|| map.person(id).map(MeetingRole::likely_for));
            match role {
                Some(MeetingRole::FamilyMember | MeetingRole::Professional | MeetingRole::Chair) => Base::Family,
                _ => Base::Network,
            }
        }
    }
}

/// An adult is 18 or older (for "who can I go to").
pub const ADULT_FROM: u8 = 18;

/// How a person or participant is shown.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Shown {
    Named(String),
    /// A person on the map who did not agree to appear: only their sector.
    SomeoneFrom(Sector),
    /// A participant not on the map who did not agree to appear: only their meeting role.
    SomeoneAs(MeetingRole),
    /// A reference to someone who is not on the map or the list any more.
    Unknown,
}

impl Shown {
    pub fn is_named(&self) -> bool {
        matches!(self, Shown::Named(_))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    Participants,
    Persons,
    /// Ties without risk ties.
    Ties,
    /// Ties including risk ties.
    TiesWithRisks,
    /// The coordinator's preparation notes (professionals only by default).
    Preparation,
    Worries,
    GoingWell,
    DangerStatements,
    SafetyGoals,
    BottomLines,
    Agreements,
    RedFlags,
    Scales,
    Monitoring,
    Notes,
    ChildVoice,
    WhoHelpsMe,
    WhoICanGoTo,
    /// The child's plan: whom I can call, with a number when that person agreed.
    WhoICanCall,
    AgreementsAboutMe,
    /// The child's plan: my own score, and how it went since last time.
    MyScore,
    MyWords,
}

impl SectionKind {
    pub const ALL: [SectionKind; 22] = [
        SectionKind::Participants,
        SectionKind::Persons,
        SectionKind::Ties,
        SectionKind::TiesWithRisks,
        SectionKind::Preparation,
        SectionKind::Worries,
        SectionKind::GoingWell,
        SectionKind::DangerStatements,
        SectionKind::SafetyGoals,
        SectionKind::BottomLines,
        SectionKind::Agreements,
        SectionKind::RedFlags,
        SectionKind::Scales,
        SectionKind::Monitoring,
        SectionKind::Notes,
        SectionKind::ChildVoice,
        SectionKind::WhoHelpsMe,
        SectionKind::WhoICanGoTo,
        SectionKind::WhoICanCall,
        SectionKind::AgreementsAboutMe,
        SectionKind::MyScore,
        SectionKind::MyWords,
    ];
}

/// What one audience sees, ready to print.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PackView {
    pub audience: Audience,
    pub header: PackHeader,
    /// How many items this version leaves out, and why, in numbers only (for the preview).
    pub left_out: LeftOut,
    /// Free text in this version that names someone it does not show by name.
    pub name_flags: Vec<NameFlag>,
    /// In print order. A section an audience may not see is absent; a section it may see is
    /// present even when empty, so the printout shows that nothing was filled in.
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PackHeader {
    pub map_title: String,
    pub meeting_date: String,
    pub place: Option<String>,
    /// The chair as named in the meeting; shown like a participant when it is the name of
    /// someone on the list or the map who did not agree to appear.
    pub chair: Option<Shown>,
    pub purpose: Option<String>,
    /// The review date, shown prominently (not in the child version).
    pub review_date: Option<String>,
    /// The person (or child) this version is for.
    pub for_person: Option<Shown>,
    /// The full version: for professionals only, and it says so.
    pub full: bool,
    /// A review meeting: the date of the meeting it reviews.
    pub reviews: Option<String>,
    /// What 0 and 10 mean on this family's scale (versions with scales only).
    pub scale_anchors: Option<ScaleAnchors>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "section", content = "lines")]
pub enum Section {
    Participants(Vec<ParticipantLine>),
    Persons(Vec<PersonLine>),
    Ties(Vec<TieLine>),
    TiesWithRisks(Vec<TieLine>),
    Preparation(Vec<PrepLine>),
    Worries(Vec<WorryLine>),
    GoingWell(Vec<String>),
    DangerStatements(Vec<StatementLine>),
    SafetyGoals(Vec<StatementLine>),
    BottomLines(Vec<BottomLineLine>),
    Agreements(Vec<AgreementLine>),
    RedFlags(Vec<RedFlagLine>),
    Scales(Vec<ScaleLine>),
    Monitoring(MonitoringLine),
    Notes(Vec<String>),
    ChildVoice(Vec<VoiceLine>),
    WhoHelpsMe(Vec<HelperLine>),
    WhoICanGoTo(Vec<HelperLine>),
    WhoICanCall(Vec<CallLine>),
    AgreementsAboutMe(Vec<AgreementLine>),
    MyScore(Vec<ScaleLine>),
    MyWords(Vec<String>),
}

impl Section {
    /// Nothing to show in this section (the printout then says so in one line).
    pub fn is_empty(&self) -> bool {
        match self {
            Section::Participants(l) => l.is_empty(),
            Section::Persons(l) => l.is_empty(),
            Section::Ties(l) | Section::TiesWithRisks(l) => l.is_empty(),
            Section::Worries(l) => l.is_empty(),
            Section::GoingWell(l) | Section::MyWords(l) | Section::Notes(l) => l.is_empty(),
            Section::BottomLines(l) => l.is_empty(),
            Section::Agreements(l) | Section::AgreementsAboutMe(l) => l.is_empty(),
            Section::RedFlags(l) => l.is_empty(),
            Section::Scales(l) | Section::MyScore(l) => l.is_empty(),
            Section::Preparation(l) => l.is_empty(),
            Section::DangerStatements(l) | Section::SafetyGoals(l) => l.is_empty(),
            Section::WhoICanCall(l) => l.is_empty(),
            Section::Monitoring(m) => m.keeper.is_none() && m.review_date.is_empty() && m.if_not_kept.is_empty(),
            Section::ChildVoice(l) => l.is_empty(),
            Section::WhoHelpsMe(l) | Section::WhoICanGoTo(l) => l.is_empty(),
        }
    }
}

impl Section {
    pub fn kind(&self) -> SectionKind {
        match self {
            Section::Participants(_) => SectionKind::Participants,
            Section::Persons(_) => SectionKind::Persons,
            Section::Ties(_) => SectionKind::Ties,
            Section::TiesWithRisks(_) => SectionKind::TiesWithRisks,
            Section::Worries(_) => SectionKind::Worries,
            Section::GoingWell(_) => SectionKind::GoingWell,
            Section::BottomLines(_) => SectionKind::BottomLines,
            Section::Agreements(_) => SectionKind::Agreements,
            Section::RedFlags(_) => SectionKind::RedFlags,
            Section::Scales(_) => SectionKind::Scales,
            Section::Monitoring(_) => SectionKind::Monitoring,
            Section::Notes(_) => SectionKind::Notes,
            Section::ChildVoice(_) => SectionKind::ChildVoice,
            Section::WhoHelpsMe(_) => SectionKind::WhoHelpsMe,
            Section::WhoICanGoTo(_) => SectionKind::WhoICanGoTo,
            Section::AgreementsAboutMe(_) => SectionKind::AgreementsAboutMe,
            Section::MyWords(_) => SectionKind::MyWords,
            Section::Preparation(_) => SectionKind::Preparation,
            Section::DangerStatements(_) => SectionKind::DangerStatements,
            Section::SafetyGoals(_) => SectionKind::SafetyGoals,
            Section::WhoICanCall(_) => SectionKind::WhoICanCall,
            Section::MyScore(_) => SectionKind::MyScore,
        }
    }
}

/// A name in free text that this version does not show by name: `shown` is how the
/// version shows the person instead, for a one-step replacement.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NameFlag {
    pub person: PersonId,
    pub name: String,
    pub shown: Shown,
    pub section: SectionKind,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParticipantLine {
    pub id: ParticipantId,
    pub person: Option<PersonId>,
    pub label: Shown,
    pub role: MeetingRole,
    pub invitation: crate::model::Invitation,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// The consent record (family-and-professionals version only).
    pub consent: Option<ConsentLine>,
    /// Invited together, separately, or not (family version only; `Together` otherwise).
    pub invite: InviteMode,
    /// The language of the interpreter this person needs (family version only).
    pub interpreter: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ConsentLine {
    pub may_appear_on_shared_map: bool,
    pub may_receive_plan: bool,
    pub given_by: Vec<String>,
    pub date: String,
    /// Who should decide, by age.
    pub rule: ConsentRule,
    /// The consent was given by the right people for that rule.
    pub complete: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PersonLine {
    pub id: PersonId,
    pub label: Shown,
    pub kind: PersonKind,
    pub sector: Sector,
    pub ring: Ring,
    pub angle: f64,
    pub household: bool,
    pub child: bool,
    pub deceased: bool,
    pub avatar: Option<String>,
    pub role: Option<String>,
    pub age: Option<Age>,
    pub note: Option<String>,
    /// What plays a role for this person: one of their own details.
    pub factors: Vec<Factor>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TieLine {
    pub id: TieId,
    pub from: PersonId,
    pub to: PersonId,
    pub from_label: Shown,
    pub to_label: Shown,
    pub kind: TieKind,
    pub mutual: bool,
    pub strength: Strength,
    pub frequency: Option<Frequency>,
    pub support: Vec<SupportType>,
    pub risk: Vec<RiskType>,
    pub according_to: Option<String>,
    pub note: Option<String>,
    /// A risk tie, where its types may be read: in which situation, how serious, when last.
    pub situation: Option<String>,
    pub seriousness: Option<Seriousness>,
    pub last: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WorryLine {
    pub text: String,
    pub shared_by: Vec<Shown>,
    pub not_shared_by: Vec<Shown>,
}

/// Always non-negotiable.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BottomLineLine {
    pub text: String,
    pub set_by: Shown,
}

/// A danger statement or a safety goal, with who agrees to it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatementLine {
    pub text: String,
    /// For a safety goal: for how long it must be seen.
    pub how_long: Option<String>,
    pub agreed_by: Vec<Shown>,
}

/// The preparation of one participant: how they are invited, an interpreter, why apart,
/// and the notes of the preparation talk.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PrepLine {
    pub participant: Shown,
    pub invite: InviteMode,
    pub interpreter: Option<String>,
    pub why_apart: Option<String>,
    pub notes: Option<String>,
}

/// Someone the child can call, with their number only when they agreed to it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CallLine {
    pub label: Shown,
    pub phone: Option<String>,
}

/// How an agreement went, recorded at the review.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutcomeLine {
    pub result: Kept,
    pub what_happened: Option<String>,
    pub recorded_by: Option<Shown>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AgreementLine {
    pub who: Shown,
    /// Who does it together with `who`.
    pub also: Vec<Shown>,
    /// An organisation that carries it, not on the map.
    pub organisation: Option<String>,
    pub repeat: Option<Repeat>,
    pub status: AgreementStatus,
    /// How it went, in a review meeting (when this version may read it).
    pub outcome: Option<OutcomeLine>,
    pub what: String,
    pub for_whom: Vec<Shown>,
    pub from: String,
    pub by: String,
    pub how_we_know: Option<String>,
    /// Linked ties that this audience sees.
    pub ties: Vec<TieId>,
    pub strengthens: Option<SuggestionLine>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SuggestionLine {
    pub from: Shown,
    pub to: Shown,
    pub support: Vec<SupportType>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RedFlagLine {
    pub sign: String,
    pub steps: Vec<StepLine>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StepLine {
    pub who: Shown,
    pub does: String,
    pub calls: Option<Shown>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScaleLine {
    pub participant: Shown,
    pub score: u8,
    pub date: String,
    /// Why this number (family versions only).
    pub why: Option<String>,
    /// What would make it one higher.
    pub one_higher: Option<String>,
    /// The person's own score as a child or young person, shown beside the adults'.
    pub child: bool,
    /// Every score of this person over the meetings, oldest first, ending with this one.
    pub trend: Vec<TrendPoint>,
    pub direction: Direction,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MonitoringLine {
    pub keeper: Option<Shown>,
    pub review_date: String,
    pub if_not_kept: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VoiceLine {
    pub child: Shown,
    pub words: String,
}

/// Someone in the child version: who helps, and how.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HelperLine {
    pub person: PersonId,
    pub label: Shown,
    pub support: Vec<SupportType>,
}

impl PackView {
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind() == kind)
    }

    pub fn has(&self, kind: SectionKind) -> bool {
        self.section(kind).is_some()
    }

    pub fn section_kinds(&self) -> Vec<SectionKind> {
        self.sections.iter().map(Section::kind).collect()
    }

    /// The persons on the map page (empty in the child version).
    pub fn persons(&self) -> &[PersonLine] {
        self.sections
            .iter()
            .find_map(|s| match s {
                Section::Persons(lines) => Some(lines.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }

    /// The ties on the map page (empty in the child version).
    pub fn ties(&self) -> &[TieLine] {
        self.sections
            .iter()
            .find_map(|s| match s {
                Section::Ties(lines) | Section::TiesWithRisks(lines) => Some(lines.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }

    pub fn participants(&self) -> &[ParticipantLine] {
        self.sections
            .iter()
            .find_map(|s| match s {
                Section::Participants(lines) => Some(lines.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }
}

/// What `audience` may see of this meeting and map. `today_year` dates birth years for the
/// consent age rules.
pub fn pack(map: &FamilyMap, meeting: &Meeting, audience: Audience, today_year: u16) -> PackView {
    let reader = audience.reader();
    let (visible, _) = readable_map_counted(map, reader);
    let (meeting, left_out) = readable_meeting(map, meeting, reader);
    let base = base_for(map, &meeting, audience);
    let ctx = Ctx { map: &visible, meeting: &meeting, audience, base, year: today_year };
    let mut view = match audience {
        Audience::Child(child) => ctx.child_pack(child),
        _ => ctx.full_pack(),
    };
    view.left_out = left_out;
    if let Audience::Person(id) = audience {
        view.header.for_person = map.person(id).map(|p| Shown::Named(p.name.clone()));
    }
    let hidden: Vec<NameFlag> = visible
        .persons()
        .into_iter()
        .filter_map(|p| match ctx.person_label(p.id) {
            Shown::Named(_) => None,
            shown => Some(NameFlag { person: p.id, name: p.name.clone(), shown, section: SectionKind::Participants }),
        })
        .collect();
    view.name_flags = super::names::flags_for(&view, &hidden);
    view
}

struct Ctx<'a> {
    map: &'a FamilyMap,
    meeting: &'a Meeting,
    audience: Audience,
    base: Base,
    year: u16,
}

impl Ctx<'_> {
    fn family(&self) -> bool {
        self.base == Base::Family
    }

    fn person_consents(&self, person: PersonId, grant: Grant) -> bool {
        person_consents(self.map, self.meeting, person, grant, self.year)
    }

    fn participant_consents(&self, participant: &Participant, grant: Grant) -> bool {
        participant_consents(self.map, self.meeting, participant, grant, self.year)
    }

    /// May this person be shown by name?
    fn appears(&self, person: &Person) -> bool {
        match (self.base, self.audience) {
            (Base::Family, _) => true,
            (Base::Network, Audience::Person(me)) => {
                person.id == me || self.person_consents(person.id, Grant::AppearOnSharedMap)
            }
            (Base::Network, _) => self.person_consents(person.id, Grant::AppearOnSharedMap),
            (Base::Child, _) => {
                Some(person.id) == self.child()
                    || person.in_centre()
                    || self.person_consents(person.id, Grant::AppearOnSharedMap)
            }
        }
    }

    /// A non-household person's own data (note, age) in the family version; nobody's in the
    /// other versions.
    /// What plays a role for someone (mental health, addiction, debts) is read by the
    /// professionals and by that person in their own printout: never, by default, by the
    /// others in the family, among whom may be the person who does harm.
    fn factors_visible(&self, person: &Person) -> bool {
        match self.audience {
            Audience::Professionals => true,
            Audience::Person(id) => id == person.id && self.own_data_visible(person),
            Audience::Network | Audience::Child(_) => false,
        }
    }

    fn own_data_visible(&self, person: &Person) -> bool {
        self.family() && (person.in_centre() || self.person_consents(person.id, Grant::AppearOnSharedMap))
    }

    fn person_label(&self, id: PersonId) -> Shown {
        match self.map.person(id) {
            None => Shown::Unknown,
            Some(person) if self.appears(person) => Shown::Named(person.name.clone()),
            Some(person) => Shown::SomeoneFrom(person.sector),
        }
    }

    fn participant_label(&self, id: ParticipantId) -> Shown {
        let Some(participant) = self.meeting.participant(id) else { return Shown::Unknown };
        if let Some(person) = participant.person.filter(|p| self.map.contains_person(*p)) {
            return self.person_label(person);
        }
        if participant.name.trim().is_empty() {
            Shown::Unknown
        } else if self.family() || self.participant_consents(participant, Grant::AppearOnSharedMap) {
            Shown::Named(participant.name.clone())
        } else {
            Shown::SomeoneAs(participant.role)
        }
    }

    fn who_label(&self, who: Who) -> Shown {
        match who {
            Who::Person(id) => self.person_label(id),
            Who::Participant(id) => self.participant_label(id),
        }
    }

    fn contact_visible(&self, participant: &Participant) -> bool {
        match self.base {
            Base::Family => {
                let household = participant.person.and_then(|id| self.map.person(id)).is_some_and(Person::in_centre);
                household || self.participant_consents(participant, Grant::ReceivePlan)
            }
            Base::Network => {
                self.participant_consents(participant, Grant::AppearOnSharedMap)
                    && self.participant_consents(participant, Grant::ReceivePlan)
            }
            Base::Child => false,
        }
    }

    fn child(&self) -> Option<PersonId> {
        match self.audience {
            Audience::Child(child) => Some(child),
            _ => None,
        }
    }

    fn risks_visible(&self) -> bool {
        self.family() || self.meeting.share_risks_with_network
    }

    // --- the family-and-professionals and network versions ---

    fn full_pack(&self) -> PackView {
        let m = self.meeting;
        let header = PackHeader {
            map_title: self.map.title().to_owned(),
            meeting_date: m.date.clone(),
            place: Some(m.place.clone()),
            chair: self.chair_label(),
            purpose: Some(m.purpose.clone()),
            review_date: Some(m.monitoring.review_date.clone()),
            for_person: None,
            full: self.audience == Audience::Professionals,
            reviews: self.reviews(),
            scale_anchors: (self.family() && !m.scale_anchors.is_empty()).then(|| m.scale_anchors.clone()),
        };
        let ties = self.tie_lines();
        let visible_ties: HashSet<TieId> = ties.iter().map(|t| t.id).collect();
        let mut sections: Vec<Section> = vec![
            Section::Participants(m.participants.iter().map(|p| self.participant_line(p)).collect()),
            Section::Persons(self.map.persons().into_iter().map(|p| self.person_line(p)).collect()),
            if self.risks_visible() { Section::TiesWithRisks(ties) } else { Section::Ties(ties) },
        ];
        let preparation = self.preparation_lines();
        if self.audience == Audience::Professionals || !preparation.is_empty() {
            sections.push(Section::Preparation(preparation));
        }
        sections.extend([
            Section::Worries(
                m.worries
                    .iter()
                    .map(|w| WorryLine {
                        text: w.text.clone(),
                        shared_by: w.shared_by.iter().map(|p| self.participant_label(*p)).collect(),
                        not_shared_by: w.not_shared_by.iter().map(|p| self.participant_label(*p)).collect(),
                    })
                    .collect(),
            ),
            Section::GoingWell(m.going_well.iter().map(|g| g.text.clone()).collect()),
            Section::DangerStatements(m.danger_statements.iter().map(|d| self.statement_line(d)).collect()),
            Section::SafetyGoals(m.safety_goals.iter().map(|g| self.statement_line(g)).collect()),
            Section::BottomLines(
                m.bottom_lines
                    .iter()
                    .map(|b| BottomLineLine { text: b.text.clone(), set_by: self.who_label(b.set_by) })
                    .collect(),
            ),
            Section::Agreements(m.agreements.iter().map(|a| self.agreement_line(a, &visible_ties, true)).collect()),
            Section::RedFlags(
                m.red_flags
                    .iter()
                    .map(|f| RedFlagLine {
                        sign: f.sign.clone(),
                        steps: f
                            .steps
                            .iter()
                            .map(|s| StepLine {
                                who: self.who_label(s.who),
                                does: s.does.clone(),
                                calls: s.calls.map(|c| self.who_label(c)),
                            })
                            .collect(),
                    })
                    .collect(),
            ),
        ]);
        if self.family() {
            sections.push(Section::Scales(self.scale_lines(None)));
        }
        sections.push(Section::Monitoring(MonitoringLine {
            keeper: m.monitoring.keeper.map(|k| self.who_label(k)),
            review_date: m.monitoring.review_date.clone(),
            if_not_kept: m.monitoring.if_not_kept.clone(),
        }));
        sections.push(Section::Notes(m.notes.iter().map(|n| n.text.clone()).collect()));
        if self.family() {
            sections.push(Section::ChildVoice(
                m.child_voice
                    .iter()
                    .map(|v| VoiceLine { child: self.person_label(v.child), words: v.words.clone() })
                    .collect(),
            ));
        }
        PackView { audience: self.audience, header, sections, left_out: LeftOut::default(), name_flags: Vec::new() }
    }

    fn chair_label(&self) -> Option<Shown> {
        let chair = normalise(&self.meeting.chair);
        if chair.is_empty() {
            return None;
        }
        if !self.family() {
            if let Some(p) =
                self.meeting.participants.iter().find(|p| normalise(&participant_name(self.map, p)) == chair)
            {
                return Some(self.participant_label(p.id));
            }
            if let Some(person) = self.map.persons().into_iter().find(|p| normalise(&p.name) == chair) {
                return Some(self.person_label(person.id));
            }
        }
        Some(Shown::Named(self.meeting.chair.trim().to_owned()))
    }

    fn participant_line(&self, p: &Participant) -> ParticipantLine {
        let contact = self.contact_visible(p);
        let non_empty = |s: &str| (contact && !s.trim().is_empty()).then(|| s.to_owned());
        ParticipantLine {
            id: p.id,
            person: p.person.filter(|id| self.map.contains_person(*id)),
            label: self.participant_label(p.id),
            role: p.role,
            invitation: p.invitation,
            phone: non_empty(&p.phone),
            email: non_empty(&p.email),
            consent: self.family().then(|| ConsentLine {
                may_appear_on_shared_map: p.consent.may_appear_on_shared_map,
                may_receive_plan: p.consent.may_receive_plan,
                given_by: p.consent.consent_given_by.clone(),
                date: p.consent.consent_date.clone(),
                rule: participant_rule(self.map, p, self.year),
                complete: consent_complete(self.map, p, self.year),
            }),
            invite: if self.family() { p.invite } else { InviteMode::Together },
            interpreter: (self.family() && !p.interpreter.trim().is_empty()).then(|| p.interpreter.trim().to_owned()),
        }
    }

    /// A review meeting says which meeting it reviews, by its date.
    fn reviews(&self) -> Option<String> {
        let id = self.meeting.follows?;
        self.map.meetings().iter().find(|m| m.id == id).map(|m| m.date.clone())
    }

    fn statement_line(&self, s: &Statement) -> StatementLine {
        StatementLine {
            text: s.text.clone(),
            how_long: (!s.how_long.trim().is_empty()).then(|| s.how_long.clone()),
            agreed_by: s.agreed_by.iter().map(|p| self.participant_label(*p)).collect(),
        }
    }

    /// The preparation notes this version may read (the readable meeting holds only those).
    fn preparation_lines(&self) -> Vec<PrepLine> {
        let m = self.meeting;
        let text = |t: &str| (!t.trim().is_empty()).then(|| t.to_owned());
        m.preparation
            .iter()
            .map(|n| {
                let p = m.participant(n.participant);
                PrepLine {
                    participant: self.participant_label(n.participant),
                    invite: p.map(|p| p.invite).unwrap_or_default(),
                    interpreter: p.and_then(|p| text(&p.interpreter)),
                    why_apart: text(&n.why_apart),
                    notes: text(&n.notes),
                }
            })
            .collect()
    }

    /// The scores of this meeting with each person's trend over the meetings before it;
    /// `only` keeps one participant (the child's own score).
    fn scale_lines(&self, only: Option<ParticipantId>) -> Vec<ScaleLine> {
        let m = self.meeting;
        let trends = scale_trends(self.map, self.map.meetings(), m);
        let family = self.family();
        let text = |t: &str| (family && !t.trim().is_empty()).then(|| t.to_owned());
        m.scales
            .iter()
            .filter(|s| s.in_range() && only.is_none_or(|p| p == s.participant))
            .map(|s| {
                let trend = trends.iter().find(|t| t.participant == s.participant);
                ScaleLine {
                    participant: self.participant_label(s.participant),
                    score: s.score,
                    date: if s.date.is_empty() { m.date.clone() } else { s.date.clone() },
                    why: text(&s.why),
                    one_higher: text(&s.one_higher),
                    child: trend.is_some_and(|t| t.child),
                    trend: trend.map(|t| t.points.clone()).unwrap_or_default(),
                    direction: trend.map_or(Direction::First, |t| t.direction),
                }
            })
            .collect()
    }

    fn person_line(&self, p: &Person) -> PersonLine {
        let named = self.appears(p);
        let own = self.own_data_visible(p);
        PersonLine {
            id: p.id,
            label: self.person_label(p.id),
            kind: p.kind,
            sector: p.sector,
            ring: p.ring,
            angle: p.angle,
            household: p.household,
            child: p.child,
            deceased: p.deceased,
            avatar: (named && !p.avatar.is_empty()).then(|| p.avatar.clone()),
            role: (named && !p.role.trim().is_empty()).then(|| p.role.clone()),
            age: if own { p.age } else { None },
            note: (own && !p.note.trim().is_empty()).then(|| p.note.clone()),
            factors: if self.factors_visible(p) { p.factors.iter().copied().collect() } else { Vec::new() },
        }
    }

    fn tie_lines(&self) -> Vec<TieLine> {
        let risks = self.risks_visible();
        self.map
            .ties()
            .into_iter()
            .filter(|t| risks || t.kind != TieKind::Risk)
            .map(|t| TieLine {
                id: t.id,
                from: t.from,
                to: t.to,
                from_label: self.person_label(t.from),
                to_label: self.person_label(t.to),
                kind: t.kind,
                mutual: t.mutual,
                strength: t.shown_strength(),
                frequency: t.frequency,
                support: t.support.iter().copied().collect(),
                risk: if risks { t.risk.iter().copied().collect() } else { Vec::new() },
                according_to: (self.family() && !t.according_to.trim().is_empty()).then(|| t.according_to.clone()),
                note: (self.tie_note_visible(t) && !t.note.trim().is_empty()).then(|| t.note.clone()),
                situation: (risks && self.tie_note_visible(t) && !t.situation.trim().is_empty())
                    .then(|| t.situation.clone()),
                seriousness: t.seriousness.filter(|_| risks && t.kind == TieKind::Risk),
                last: t.last.clone().filter(|_| risks && t.kind == TieKind::Risk),
            })
            .collect()
    }

    /// Family version only: a tie touching the household is about the family; a tie between
    /// two others is theirs, shown when both agreed to appear.
    fn tie_note_visible(&self, tie: &Tie) -> bool {
        if !self.family() {
            return false;
        }
        let ends: Vec<&Person> = [tie.from, tie.to].into_iter().filter_map(|id| self.map.person(id)).collect();
        ends.iter().any(|p| p.in_centre()) || ends.iter().all(|p| self.person_consents(p.id, Grant::AppearOnSharedMap))
    }

    fn agreement_line(&self, a: &Agreement, visible_ties: &HashSet<TieId>, details: bool) -> AgreementLine {
        AgreementLine {
            who: self.who_label(a.who),
            also: a.also.iter().map(|w| self.who_label(*w)).collect(),
            organisation: (!a.organisation.trim().is_empty()).then(|| a.organisation.trim().to_owned()),
            repeat: a.repeat,
            status: a.status,
            outcome: a.outcome.as_ref().map(|o| OutcomeLine {
                result: o.result,
                what_happened: (!o.what_happened.trim().is_empty()).then(|| o.what_happened.clone()),
                recorded_by: o.recorded_by.map(|w| self.who_label(w)),
            }),
            what: if !details && !a.child_words.trim().is_empty() { a.child_words.clone() } else { a.what.clone() },
            for_whom: a.for_whom.iter().map(|p| self.person_label(*p)).collect(),
            from: a.from.clone(),
            by: a.by.clone(),
            how_we_know: (details && !a.how_we_know.trim().is_empty()).then(|| a.how_we_know.clone()),
            ties: if details {
                a.ties.iter().copied().filter(|t| visible_ties.contains(t)).collect()
            } else {
                Vec::new()
            },
            strengthens: a.strengthens.as_ref().filter(|_| details).map(|s| SuggestionLine {
                from: self.person_label(s.from),
                to: self.person_label(s.to),
                support: s.support.iter().copied().collect(),
            }),
        }
    }

    // --- the child version ---

    fn child_pack(&self, child: PersonId) -> PackView {
        let m = self.meeting;
        let header = PackHeader {
            map_title: self.map.title().to_owned(),
            meeting_date: m.date.clone(),
            place: None,
            chair: None,
            purpose: None,
            review_date: None,
            for_person: self.map.person(child).map(|p| Shown::Named(p.name.clone())),
            full: false,
            reviews: None,
            scale_anchors: None,
        };
        let (helpers, can_go_to) = self.helpers(child);
        let calls = self.calls(&can_go_to);
        let none = HashSet::new();
        let own: Vec<ScaleLine> = m
            .participants_for(child)
            .next()
            .map(|p| self.scale_lines(Some(p.id)))
            .unwrap_or_default()
            .into_iter()
            .map(|line| ScaleLine { why: None, one_higher: None, ..line })
            .collect();
        let sections = vec![
            Section::WhoHelpsMe(helpers),
            Section::WhoICanGoTo(can_go_to),
            Section::WhoICanCall(calls),
            Section::AgreementsAboutMe(
                m.agreements
                    .iter()
                    .filter(|a| m.agreement_concerns(a, child))
                    .map(|a| {
                        // Nothing about how it went: the child's plan is what happens now.
                        AgreementLine { outcome: None, ..self.agreement_line(a, &none, false) }
                    })
                    .collect(),
            ),
            Section::MyScore(own),
            Section::MyWords(m.child_voice.iter().filter(|v| v.child == child).map(|v| v.words.clone()).collect()),
        ];
        PackView { audience: self.audience, header, sections, left_out: LeftOut::default(), name_flags: Vec::new() }
    }

    /// "Who helps me": living persons with a support tie to the child. "Who can I go to":
    /// the adults among them, and anyone marked as a safe adult for this child. Both leave
    /// out anyone with a risk tie towards the child or the child's household, anyone who may
    /// see the child only under supervision or not at all, and anyone who may not appear.
    fn helpers(&self, child: PersonId) -> (Vec<HelperLine>, Vec<HelperLine>) {
        if !self.map.contains_person(child) {
            return (Vec::new(), Vec::new());
        }
        let home: HashSet<PersonId> =
            self.map.persons().into_iter().filter(|p| p.in_centre() || p.id == child).map(|p| p.id).collect();
        let mut harmful: HashSet<PersonId> = HashSet::new();
        // The child's own "I don't want them near" counts as harm in the child's own plan.
        for perspective in self.map.perspectives().iter().filter(|p| p.holder == Some(child)) {
            for tie in &perspective.ties {
                if tie.answer == Some(ChildAnswer::NotNear) && tie.to == child {
                    harmful.insert(tie.from);
                }
            }
        }
        for tie in self.map.ties().into_iter().filter(|t| t.is_serious_risk()) {
            if home.contains(&tie.to) {
                harmful.insert(tie.from);
            }
            if tie.mutual && home.contains(&tie.from) {
                harmful.insert(tie.to);
            }
        }
        let mut helps_me = Vec::new();
        let mut go_to = Vec::new();
        for person in self.map.persons() {
            let safety = person.child_safety.get(&child).copied();
            if person.id == child
                || person.deceased
                || harmful.contains(&person.id)
                || matches!(safety, Some(ChildSafety::SupervisedOnly | ChildSafety::NoContact))
                || !self.appears(person)
            {
                continue;
            }
            let mut support: BTreeSet<SupportType> = BTreeSet::new();
            let mut helps = false;
            for tie in self.map.ties_of(person.id).into_iter().filter(|t| t.kind == TieKind::Support) {
                if (tie.from == person.id && tie.to == child)
                    || (tie.mutual && tie.from == child && tie.to == person.id)
                {
                    helps = true;
                    support.extend(tie.support.iter().copied());
                }
            }
            let line = HelperLine {
                person: person.id,
                label: Shown::Named(person.name.clone()),
                support: support.into_iter().collect(),
            };
            if (helps && self.is_adult(person)) || safety == Some(ChildSafety::SafeAdult) {
                go_to.push(line.clone());
            }
            if helps {
                helps_me.push(line);
            }
        }
        (helps_me, go_to)
    }

    /// Whom the child can call: the adults they can go to, each with their number from
    /// the invitation list only when they agreed to receive the plan (and so to be called).
    fn calls(&self, go_to: &[HelperLine]) -> Vec<CallLine> {
        go_to
            .iter()
            .map(|h| {
                let phone = self
                    .meeting
                    .participants_for(h.person)
                    .find(|p| !p.phone.trim().is_empty() && self.participant_consents(p, Grant::ReceivePlan))
                    .map(|p| p.phone.trim().to_owned());
                CallLine { label: h.label.clone(), phone }
            })
            .collect()
    }

    fn is_adult(&self, person: &Person) -> bool {
        person.kind == PersonKind::Person
            && !person.child
            && person.age.and_then(|a| age_in_years(a, self.year)).is_none_or(|years| years >= ADULT_FROM)
    }
}
