//! Snapshots over time and perspectives (issue 8). Being written.

use crate::ui::state::{Action, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelinePanelProps {
    pub state: UseReducerHandle<AppState>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn TimelinePanel(_props: &TimelinePanelProps) -> Html {
    html! {}
}
