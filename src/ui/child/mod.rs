//! Child mode and the safe house (issue 9). Being written.

use crate::ui::state::{Action, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChildModeProps {
    pub state: UseReducerHandle<AppState>,
    pub on_action: Callback<Action>,
    /// Back to the map editor.
    pub on_back: Callback<()>,
}

#[component]
pub fn ChildMode(_props: &ChildModeProps) -> Html {
    html! {}
}
