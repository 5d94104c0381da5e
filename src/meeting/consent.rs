//! Consent: who decides, by age (Dutch guidance), and whether a recorded yes counts.
//!
//! The age rules (WGBO / AVG guidance as used in Dutch youth care):
//! - under 12: the parents decide;
//! - 12 to 15: the young person *and* the parents decide;
//! - 16 and older: the young person decides alone;
//! - age unknown: ask (the screen shows every option).
//!
//! A yes counts only when the consent was given by the right people for that rule:
//! - parents decide: at least one name other than the child's own;
//! - young person and parents: the young person's own name and at least one other name;
//! - young person: the person's own name;
//! - ask: at least one name.
//!
//! Names are compared without case and surrounding spaces, against the person's name on the
//! map (or an extra participant's name). Kring does not know who the parents are, so "a
//! parent" means "someone other than the young person"; the screen offers the parents.

use crate::model::{Age, FamilyMap, PersonId};
use crate::model::{Meeting, Participant};
use serde::{Deserialize, Serialize};

/// From this age the young person decides with the parents.
pub const DECIDES_WITH_PARENTS_FROM: u8 = 12;
/// From this age the young person decides alone.
pub const DECIDES_ALONE_FROM: u8 = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentRule {
    /// Under 12.
    ParentsDecide,
    /// 12 to 15.
    YoungPersonAndParents,
    /// 16 and 17.
    YoungPerson,
    /// 18 and older: an adult decides for themself.
    Adult,
    /// Age unknown: ask, and show every option.
    Ask,
}

impl ConsentRule {
    pub const ALL: [ConsentRule; 5] = [
        ConsentRule::ParentsDecide,
        ConsentRule::YoungPersonAndParents,
        ConsentRule::YoungPerson,
        ConsentRule::Adult,
        ConsentRule::Ask,
    ];

    /// Whether consent given by these names meets the rule for a person called `own_name`.
    pub fn satisfied_by(self, given_by: &[String], own_name: &str) -> bool {
        let own = normalise(own_name);
        let names: Vec<String> = given_by.iter().map(|n| normalise(n)).filter(|n| !n.is_empty()).collect();
        let by_self = !own.is_empty() && names.contains(&own);
        let by_other = names.iter().any(|n| *n != own);
        match self {
            ConsentRule::ParentsDecide => by_other,
            ConsentRule::YoungPersonAndParents => by_self && by_other,
            ConsentRule::YoungPerson | ConsentRule::Adult => by_self,
            ConsentRule::Ask => !names.is_empty(),
        }
    }
}

/// Who decides about sharing, for an age in years (`None`: unknown).
pub fn who_decides(age: Option<u8>) -> ConsentRule {
    match age {
        None => ConsentRule::Ask,
        Some(years) if years < DECIDES_WITH_PARENTS_FROM => ConsentRule::ParentsDecide,
        Some(years) if years < DECIDES_ALONE_FROM => ConsentRule::YoungPersonAndParents,
        Some(years) if years < super::ADULT_FROM => ConsentRule::YoungPerson,
        Some(_) => ConsentRule::Adult,
    }
}

/// The year a meeting's plan judges ages in (the consent rules, who counts as an adult):
/// the meeting's own year, or `today` while its date is not filled in.
///
/// Every output of one plan uses this same year: the printout, its preview, the "Show as"
/// lens (map, insights and plan tab) and "Export for". Why the meeting's year and not
/// today's, for safety:
/// - the lens is projected and the export handed over next to the printout; with two years
///   they disagree, and the screen or the file names a child the paper (which the
///   professional checked in the preview) hides. One year for all makes that impossible;
/// - today's year is not the stricter one: a child who turned 12 since the meeting now needs
///   their own yes as well, but one who turned 16 no longer needs the parents', and with
///   every year more people count as an adult to go to. There is no year that is always
///   safer, so the safe choice is the one the consents were asked and given for: the
///   meeting's. A child who crosses an age boundary is asked again at the next meeting.
pub fn rule_year(meeting: &Meeting, today: u16) -> u16 {
    super::year_of(&meeting.date).unwrap_or(today)
}

/// Age in whole years in `today_year`. A birth year gives the age reached this year (the
/// birthday may still be to come); a birth year after `today_year` gives `None`.
pub fn age_in_years(age: Age, today_year: u16) -> Option<u8> {
    match age {
        Age::Years(years) => Some(years),
        Age::BirthYear(born) => today_year.checked_sub(born).map(|y| u8::try_from(y).unwrap_or(u8::MAX)),
        // The youngest age in the band: consent is never assumed for someone who may be younger.
        Age::Band { from, .. } => Some(from),
    }
}

/// The rule for a person's recorded age. With only a birth year the person is one of two
/// ages; when those two ages fall under different rules (11 or 12, 15 or 16), both the young
/// person and the parents decide, which satisfies either rule.
pub fn consent_rule(age: Option<Age>, today_year: u16) -> ConsentRule {
    let Some(age) = age else { return ConsentRule::Ask };
    let Some(years) = age_in_years(age, today_year) else { return ConsentRule::Ask };
    let rule = who_decides(Some(years));
    match age {
        Age::Years(_) => rule,
        Age::Band { to, .. } if who_decides(Some(to)) != rule => ConsentRule::YoungPersonAndParents,
        Age::Band { .. } => rule,
        Age::BirthYear(_) => {
            let younger = who_decides(Some(years.saturating_sub(1)));
            if younger == rule || (younger == ConsentRule::YoungPerson && rule == ConsentRule::Adult) {
                rule
            } else {
                ConsentRule::YoungPersonAndParents
            }
        }
    }
}

/// What a person may agree to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Grant {
    AppearOnSharedMap,
    ReceivePlan,
}

/// The name a participant goes by: the map's name when linked to a person on the map,
/// otherwise the extra participant's own name.
pub fn participant_name(map: &FamilyMap, participant: &Participant) -> String {
    match participant.person.and_then(|id| map.person(id)) {
        Some(person) => person.name.clone(),
        None => participant.name.clone(),
    }
}

/// The rule for a participant: by the linked person's age, or `Ask` for anyone else.
pub fn participant_rule(map: &FamilyMap, participant: &Participant, today_year: u16) -> ConsentRule {
    match participant.person.and_then(|id| map.person(id)) {
        Some(person) => consent_rule(person.age, today_year),
        // Someone not on the map who comes as a professional, expert or chair is an adult.
        None if matches!(
            participant.role,
            crate::model::MeetingRole::Professional
                | crate::model::MeetingRole::ExpertByExperience
                | crate::model::MeetingRole::Chair
        ) =>
        {
            ConsentRule::Adult
        }
        None => ConsentRule::Ask,
    }
}

/// Whether the recorded consent was given by the right people (whatever was agreed to).
pub fn consent_complete(map: &FamilyMap, participant: &Participant, today_year: u16) -> bool {
    participant_rule(map, participant, today_year)
        .satisfied_by(&participant.consent.consent_given_by, &participant_name(map, participant))
}

fn grants(map: &FamilyMap, participant: &Participant, grant: Grant, today_year: u16) -> bool {
    let flag = match grant {
        Grant::AppearOnSharedMap => participant.consent.may_appear_on_shared_map,
        Grant::ReceivePlan => participant.consent.may_receive_plan,
    };
    flag && consent_complete(map, participant, today_year)
}

/// A person on the map agreed: they are on the invitation list, and every participant record
/// for them says yes with complete consent. Someone who is not on the list never agreed.
pub fn person_consents(map: &FamilyMap, meeting: &Meeting, person: PersonId, grant: Grant, today_year: u16) -> bool {
    let mut records = meeting.participants_for(person).peekable();
    records.peek().is_some() && records.all(|p| grants(map, p, grant, today_year))
}

/// A participant agreed: through their person when they are on the map, otherwise by their
/// own record.
pub fn participant_consents(
    map: &FamilyMap,
    meeting: &Meeting,
    participant: &Participant,
    grant: Grant,
    today_year: u16,
) -> bool {
    match participant.person.filter(|id| map.contains_person(*id)) {
        Some(person) => person_consents(map, meeting, person, grant, today_year),
        None => grants(map, participant, grant, today_year),
    }
}

/// A name as compared: no case, single spaces, no spaces around.
pub(crate) fn normalise(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}
