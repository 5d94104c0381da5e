//! The meetings of this map as a history, oldest first: each review says which meeting it
//! reviews and how its agreements went. "New meeting", and "Start a review meeting" from
//! the meeting that is open.

use crate::i18n::meeting::{text, Text};
use crate::i18n::review::{history_text, text as rt, Text as RT};
use crate::i18n::Lang;
use crate::meeting::{history, Meeting, MeetingId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MeetingListProps {
    pub lang: Lang,
    pub meetings: Vec<Meeting>,
    pub current: Option<MeetingId>,
    pub on_choose: Callback<MeetingId>,
    pub on_new: Callback<MouseEvent>,
    /// Starts a review of the current meeting.
    pub on_review: Callback<MouseEvent>,
}

#[component]
pub fn MeetingList(props: &MeetingListProps) -> Html {
    let lang = props.lang;
    let lines = history(&props.meetings);
    html! {
        <section class="panel meeting-list no-print" aria-labelledby="mt-list-title">
            <h3 id="mt-list-title">{ text(lang, Text::MeetingsForMap) }</h3>
            if lines.is_empty() {
                <p class="empty">{ text(lang, Text::NoMeetingsYet) }</p>
            } else {
                <p class="hint">{ rt(lang, RT::History) }</p>
                <ol class="meeting-choices meeting-history">
                    { for lines.iter().map(|line| {
                        let id = line.id;
                        let on_choose = props.on_choose.clone();
                        html! {
                            <li key={id.0} class={classes!(line.follows.is_some().then_some("review"))}>
                                <button type="button" aria-pressed={(props.current == Some(id)).to_string()}
                                    onclick={Callback::from(move |_: MouseEvent| on_choose.emit(id))}>
                                    { history_text(lang, line) }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            }
            <div class="actions">
                <button id="mt-new" type="button" class="primary" onclick={props.on_new.clone()}>{ text(lang, Text::NewMeeting) }</button>
                if props.current.is_some() {
                    <button id="mt-start-review" type="button" onclick={props.on_review.clone()} aria-describedby="mt-start-review-help">
                        { rt(lang, RT::StartReview) }</button>
                    <p id="mt-start-review-help" class="hint">{ rt(lang, RT::StartReviewHelp) }</p>
                }
            </div>
        </section>
    }
}
