//! The meetings of this map, newest first, with their review dates; and "New meeting".

use crate::i18n::meeting::{meeting_in_list, ui, Ui};
use crate::i18n::Lang;
use crate::meeting::{Meeting, MeetingId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MeetingListProps {
    pub lang: Lang,
    pub meetings: Vec<Meeting>,
    pub current: Option<MeetingId>,
    pub on_choose: Callback<MeetingId>,
    pub on_new: Callback<MouseEvent>,
}

#[component]
pub fn MeetingList(props: &MeetingListProps) -> Html {
    let lang = props.lang;
    let mut meetings: Vec<&Meeting> = props.meetings.iter().collect();
    crate::model::order::sort_by(&mut meetings, |a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
    html! {
        <section class="panel meeting-list no-print" aria-labelledby="mt-list-title">
            <h3 id="mt-list-title">{ ui(lang, Ui::MeetingsForMap) }</h3>
            if meetings.is_empty() {
                <p class="empty">{ ui(lang, Ui::NoMeetingsYet) }</p>
            } else {
                <ul class="meeting-choices">
                    { for meetings.iter().map(|m| {
                        let id = m.id;
                        let on_choose = props.on_choose.clone();
                        html! {
                            <li key={id.0}>
                                <button type="button" aria-pressed={(props.current == Some(id)).to_string()}
                                    onclick={Callback::from(move |_: MouseEvent| on_choose.emit(id))}>
                                    { meeting_in_list(lang, &m.date, &m.monitoring.review_date) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <button id="mt-new" type="button" class="primary" onclick={props.on_new.clone()}>{ ui(lang, Ui::NewMeeting) }</button>
        </section>
    }
}
