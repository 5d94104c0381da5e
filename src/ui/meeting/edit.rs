//! How the meeting form changes a meeting: read the meeting as it is *now* (from the shared
//! editor, not from the render that made the callback), change one thing, and send the whole
//! meeting back as one `Edit::SetMeeting`. Typing into one field is one undo step.

use crate::meeting::{participant_name, Meeting, MeetingId, Who};
use crate::model::{Edit, FamilyMap, MergeKey, PersonId};
use crate::ui::dom;
use crate::ui::state::{Action, AppState};
use yew::prelude::*;

/// What every part of the form needs to change the meeting it shows.
#[derive(Clone, PartialEq)]
pub struct MeetingEdit {
    pub state: UseReducerHandle<AppState>,
    pub on_action: Callback<Action>,
    pub id: MeetingId,
    /// The "add" button that last refused a new item because one was still empty.
    pub refused: UseStateHandle<Option<String>>,
}

impl MeetingEdit {
    /// The meeting as it is in the map right now.
    pub fn current(&self) -> Option<Meeting> {
        let map = self.state.map()?;
        map.meetings().iter().find(|m| m.id == self.id).cloned()
    }

    /// Changes the meeting as one undo step (a click, a choice in a list).
    pub fn change(&self, change: impl FnOnce(&mut Meeting)) {
        if let Some(mut meeting) = self.current() {
            change(&mut meeting);
            self.on_action.emit(Action::Apply(Edit::SetMeeting { id: self.id, meeting: Some(meeting) }));
        }
    }

    /// A callback for a button or checkbox.
    pub fn on<E: 'static>(&self, change: impl Fn(&mut Meeting) + 'static) -> Callback<E> {
        let this = self.clone();
        Callback::from(move |_: E| this.change(&change))
    }

    /// A callback for a select or checkbox whose new value matters.
    pub fn on_value(&self, change: impl Fn(&mut Meeting, String) + 'static) -> Callback<Event> {
        let this = self.clone();
        Callback::from(move |event: Event| {
            let value = dom::event_value(&event);
            this.change(|m| change(m, value));
        })
    }

    /// A callback for typing into the field `field`: every keystroke joins one undo step,
    /// which `seal` (on leaving the field) closes.
    pub fn on_typing(&self, field: &str, change: impl Fn(&mut Meeting, String) + 'static) -> Callback<InputEvent> {
        let this = self.clone();
        let key = MergeKey::Meeting(self.id, field.to_owned());
        Callback::from(move |event: InputEvent| {
            let value = dom::event_value(&event);
            if let Some(mut meeting) = this.current() {
                change(&mut meeting, value);
                let edit = Edit::SetMeeting { id: this.id, meeting: Some(meeting) };
                this.on_action.emit(Action::ApplyMerged(edit, key.clone()));
            }
        })
    }

    pub fn seal(&self) -> Callback<FocusEvent> {
        let on_action = self.on_action.clone();
        Callback::from(move |_: FocusEvent| on_action.emit(Action::Seal))
    }
}

/// Who can be picked for "set by", "who", "calls" and "keeps an eye": everyone on the
/// invitation list first, then everyone else on the map.
pub fn who_choices(meeting: &Meeting, map: &FamilyMap) -> Vec<(Who, String)> {
    let mut out: Vec<(Who, String)> =
        meeting.participants.iter().map(|p| (Who::Participant(p.id), participant_name(map, p))).collect();
    for person in map.persons() {
        if meeting.participants_for(person.id).next().is_none() {
            out.push((Who::Person(person.id), person.name.clone()));
        }
    }
    out
}

/// A `Who` as the value of an `<option>`, and back.
pub fn who_key(who: Who) -> String {
    match who {
        Who::Person(id) => format!("p{}", id.0),
        Who::Participant(id) => format!("d{}", id.0),
    }
}

pub fn who_from_key(key: &str) -> Option<Who> {
    let number = |rest: &str| rest.parse::<u32>().ok();
    if let Some(rest) = key.strip_prefix('p') {
        number(rest).map(|n| Who::Person(PersonId(n)))
    } else if let Some(rest) = key.strip_prefix('d') {
        number(rest).map(|n| Who::Participant(crate::meeting::ParticipantId(n)))
    } else {
        None
    }
}

pub fn person_from_key(key: &str) -> Option<PersonId> {
    key.parse::<u32>().ok().map(PersonId)
}

/// The year the consent age rules are judged in: the meeting's, or this year (see
/// `meeting::consent::rule_year` for why).
pub fn rule_year(meeting: &Meeting) -> u16 {
    crate::meeting::consent::rule_year(meeting, crate::ui::clock::this_year())
}
