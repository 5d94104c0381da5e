//! Files in and out: the Export menu and the Import control (issue 5). Being written.

use crate::storage::MapRecord;
use crate::ui::state::{Action, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilesMenuProps {
    pub state: UseReducerHandle<AppState>,
    pub on_action: Callback<Action>,
    /// Opens an imported map as a new map (`true`: it is not stored yet).
    pub on_open: Callback<(MapRecord, bool)>,
}

#[component]
pub fn FilesMenu(_props: &FilesMenuProps) -> Html {
    html! {}
}
