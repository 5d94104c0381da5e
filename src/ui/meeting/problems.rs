//! What is missing or wrong in the meeting, in plain sentences that say where. Problems do
//! not block anything: a half-filled plan can still be printed and talked about.

use crate::i18n::meeting::{problem, text, Text};
use crate::i18n::Lang;
use crate::meeting::Meeting;
use crate::model::FamilyMap;
use yew::prelude::*;

pub fn view(lang: Lang, meeting: &Meeting, map: &FamilyMap) -> Html {
    let problems = meeting.validate(map);
    html! {
        <section class="panel meeting-section problems" aria-labelledby="mt-problems-title">
            <h3 id="mt-problems-title">{ text(lang, Text::ProblemsTitle) }</h3>
            if problems.is_empty() {
                <p class="all-good">{ text(lang, Text::NoProblems) }</p>
            } else {
                <ul class="problem-list">
                    { for problems.iter().map(|p| html! { <li>{ problem(lang, p, meeting, map) }</li> }) }
                </ul>
            }
        </section>
    }
}
