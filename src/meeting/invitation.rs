//! The invitation for one participant: why, when, where, what to expect and who
//! else comes. Others are named only when they agreed to appear in what the network sees;
//! the rest are counted. Someone invited separately is told that, and no names at all.
//! Typed values only: the words are in `i18n::review::invitation_text`.

use super::consent::{participant_consents, participant_name, Grant};
use super::readers::may_read;
use crate::model::{FamilyMap, Invitation, InviteMode, Meeting, ParticipantId, Reader};
use serde::Serialize;

use super::Shown;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InvitationView {
    pub for_person: Shown,
    /// The map's title ("Familie Bakker").
    pub family: String,
    pub date: String,
    pub place: String,
    pub purpose: String,
    /// A review meeting (evaluatieberaad).
    pub review: bool,
    /// Invited apart: the text then names nobody else.
    pub separately: bool,
    pub others_named: Vec<String>,
    pub others_unnamed: usize,
    pub interpreter: Option<String>,
    /// The chair, whom to ask questions.
    pub chair: Option<String>,
}

/// The invitation for `participant`, or `None` when they are not on the list or not invited.
pub fn invitation(map: &FamilyMap, meeting: &Meeting, participant: ParticipantId, year: u16) -> Option<InvitationView> {
    let me = meeting.participant(participant)?;
    if me.invite == InviteMode::NotInvited {
        return None;
    }
    let separately = me.invite == InviteMode::Separately;
    let mut others_named = Vec::new();
    let mut others_unnamed = 0;
    if !separately {
        let others = meeting.participants.iter().filter(|p| {
            p.id != me.id
                && p.invite == InviteMode::Together
                && p.invitation != Invitation::Declined
                && (p.person.is_none() || p.person != me.person)
        });
        for other in others {
            let name = participant_name(map, other);
            if !name.trim().is_empty() && participant_consents(map, meeting, other, Grant::AppearOnSharedMap, year) {
                if !others_named.contains(&name) {
                    others_named.push(name);
                }
            } else {
                others_unnamed += 1;
            }
        }
    }
    let text = |t: &str| (!t.trim().is_empty()).then(|| t.trim().to_owned());
    // The place can be a safe address and the purpose can say what is feared: each only
    // when this person may read it (someone not on the map reads as the network does).
    let reader = me.person.map_or(Reader::Network, Reader::Person);
    let readable = |value: &str, readers| if may_read(map, readers, reader) { value.to_owned() } else { String::new() };
    Some(InvitationView {
        for_person: Shown::Named(participant_name(map, me)),
        family: map.title().to_owned(),
        date: meeting.date.clone(),
        place: readable(&meeting.place, &meeting.place_readers),
        purpose: readable(&meeting.purpose, &meeting.purpose_readers),
        review: meeting.follows.is_some(),
        separately,
        others_named,
        others_unnamed,
        interpreter: text(&me.interpreter),
        chair: text(&meeting.chair),
    })
}
