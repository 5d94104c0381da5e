//! The guided session (issue 9). Being written.

use crate::ui::state::{Action, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GuidedSessionProps {
    pub state: UseReducerHandle<AppState>,
    pub on_action: Callback<Action>,
    /// Back to the map editor.
    pub on_back: Callback<()>,
}

#[component]
pub fn GuidedSession(_props: &GuidedSessionProps) -> Html {
    html! {}
}
