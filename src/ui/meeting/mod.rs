//! The meeting screen and its printouts (issue 6). Being written.

use crate::ui::state::{Action, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MeetingScreenProps {
    pub state: UseReducerHandle<AppState>,
    pub on_action: Callback<Action>,
    /// Back to the map editor.
    pub on_back: Callback<()>,
}

#[component]
pub fn MeetingScreen(_props: &MeetingScreenProps) -> Html {
    html! {}
}
