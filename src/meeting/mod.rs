//! The network-meeting pack as a pure core: the meeting's data, the consent age
//! rules, one pure function that decides what each audience may see, and validation. No UI:
//! the Meeting screen and the print views show a `PackView` without deciding anything.
//!
//! # Who sees what
//!
//! Transparency towards the family is a principle (no secret file); privacy is owed to
//! everyone else. "Consents to X" below means: the person has a record on the invitation
//! list, every record for them says yes to X, and the yes was given by the right people for
//! their age (see [`consent`]). Someone not on the invitation list never consented.
//! "Appear" is `may_appear_on_shared_map`; "receive" is `may_receive_plan`.
//!
//! **Family and professionals** ([`Audience::FamilyAndProfessionals`]):
//! - every person by name, with sector, ring and role, and every tie (support, risk and
//!   contact) with its support and risk types, strength, frequency and "according to";
//! - a person's own data (note, age): always for household members; for anyone else only if
//!   they consent to appear;
//! - a tie's note: if the tie touches the household; otherwise only if both ends consent to
//!   appear;
//! - contact details (phone, e-mail): of household members always; of anyone else only if
//!   they consent to receive the plan (receiving the plan means taking part in it, and "who
//!   calls whom" needs their number);
//! - participants with role, invitation status and their consent record (with the age rule
//!   and whether the consent is complete); worries with who shares them and who does not;
//!   what goes well; bottom lines; agreements with how we know, linked ties and the support
//!   they add; red flags; scales (0 to 10 only); monitoring; the children's words.
//!
//! **Network** ([`Audience::Network`]):
//! - a person is named (with role) only if they consent to appear, household members
//!   included; anyone else is "someone from <sector>", and an extra participant who is not
//!   on the map is "someone (<meeting role>)"; the chair in the header too, when the chair's
//!   name is that of such a person; nobody's age, note or avatar, and no tie notes or
//!   "according to";
//! - support and contact ties, without risk types; risk ties and risk types only when the
//!   family chose to share them (`Meeting::share_risks_with_network`);
//! - contact details only of participants who consent to appear *and* to receive the plan
//!   (a number next to "someone from Family" would give the person away);
//! - participants (role and invitation status, no consent records), worries, what goes well,
//!   bottom lines, agreements, red flags and monitoring: what the network needs to carry the
//!   plan. No scales (each participant's own judgement) and no children's words.
//!
//! **Child** ([`Audience::Child`]):
//! - "Who helps me?": living persons with a support tie to the child (or a mutual one),
//!   with the kinds of help; "Who can I go to?": those of them who are adults (a person, not
//!   marked as a child, 18 or older when the age is known);
//! - both lists leave out anyone with a risk tie towards the child or anyone in the child's
//!   household (a person who harms the family is not presented as help), and anyone outside
//!   the household who does not consent to appear (household members are always named: it
//!   is the child's own home);
//! - "Agreements about me": agreements the child does or that are for the child, without
//!   linked ties or how-we-know; "What I want you to know": only this child's own words;
//! - no map, no ties, no risk words, no worries, no bottom lines, no scales, no contact
//!   details.

pub mod consent;
pub mod invitation;
mod names;
mod pack;
pub mod readers;
pub mod review;
pub mod steps;
mod ties;
mod validate;

pub use crate::model::meeting::{
    Agreement, AgreementOutcome, AgreementStatus, BottomLine, ChildVoice, Consent, GoingWell, Invitation, InviteMode,
    Kept, Meeting, MeetingId, MeetingRole, Monitoring, Participant, ParticipantId, PrepNote, RedFlag, RedFlagStep,
    Repeat, ScaleAnchors, ScaleScore, Statement, TieSuggestion, Who, Worry,
};
pub use consent::{
    age_in_years, consent_complete, consent_rule, participant_consents, participant_name, participant_rule,
    person_consents, who_decides, ConsentRule, Grant,
};
pub use names::{free_texts, replace_name, word_positions};
pub use pack::{
    base_for, pack, AgreementLine, Audience, Base, BottomLineLine, CallLine, ConsentLine, HelperLine, MonitoringLine,
    NameFlag, OutcomeLine, PackHeader, PackView, ParticipantLine, PersonLine, PrepLine, RedFlagLine, ScaleLine,
    Section, SectionKind, Shown, StatementLine, StepLine, SuggestionLine, TieLine, VoiceLine, WorryLine, ADULT_FROM,
};
pub use readers::{readable_map, readable_meeting, LeftOut};
pub use review::{
    chain, history, overdue, scale_trends, start_review, Direction, HistoryLine, OutcomeCount, Overdue, ScaleTrend,
    TrendPoint,
};
pub use steps::{step_of, step_of_place, summaries, summary, Progress, Step, StepSummary};
pub use validate::{is_date, year_of, MeetingProblem, Place};
