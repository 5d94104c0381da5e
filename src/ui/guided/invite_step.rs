//! "Who could come to a network meeting?": one switch per person. The answers go onto
//! the invitation list of the map's first meeting (made today if there is none yet), so
//! the meeting screen starts from them.

use crate::i18n::guided::{invite_person, text, Text};
use crate::meeting::{Meeting, MeetingRole, Participant};
use crate::model::{Edit, FamilyMap, PersonId, PersonKind};
use crate::ui::state::{use_actions, use_app, Action};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InviteStepProps {}

#[component]
pub fn InviteStep(_props: &InviteStepProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let Some(map) = state.map() else { return html! {} };
    let meeting = map.meetings().first();
    let rows: Vec<(PersonId, String, bool)> = map
        .persons()
        .into_iter()
        .filter(|p| p.kind != PersonKind::Pet && !p.deceased)
        .map(|p| (p.id, p.name.clone(), meeting.is_some_and(|m| m.participants_for(p.id).next().is_some())))
        .collect();
    if rows.is_empty() {
        return html! { <p class="empty">{ text(lang, Text::PersonsFirst) }</p> };
    }
    html! {
        <ul class="invite-list" aria-label={text(lang, Text::Invite)}>
            { for rows.into_iter().map(|(id, name, invited)| {
                let state = state.clone();
                let on_action = on_action.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    let Some(map) = state.map() else { return };
                    let edit = toggle_invite(&map, id);
                    if let Some(edit) = edit {
                        on_action.emit(Action::Apply(edit));
                    }
                });
                html! {
                    <li key={id.0}>
                        <button type="button" class="invite" aria-pressed={invited.to_string()}
                            aria-label={invite_person(lang, &name)} {onclick}>{ name.clone() }</button>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The edit that invites a person to the first meeting, or takes the invitation back.
fn toggle_invite(map: &FamilyMap, person: PersonId) -> Option<Edit> {
    let who = map.person(person)?;
    let mut meeting = match map.meetings().first() {
        Some(meeting) => meeting.clone(),
        None => {
            let id = map.next_meeting_id();
            let mut meeting = Meeting::new(id, crate::ui::clock::today());
            meeting.calendar_key = crate::ui::clock::calendar_key();
            meeting
        }
    };
    if meeting.participants_for(person).next().is_some() {
        meeting.participants.retain(|p| p.person != Some(person));
    } else {
        let id = meeting.next_participant_id();
        meeting.participants.push(Participant::on_map(id, person, MeetingRole::likely_for(who)));
    }
    Some(Edit::SetMeeting { id: meeting.id, meeting: Some(meeting) })
}
