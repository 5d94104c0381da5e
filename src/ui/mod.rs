//! The browser layer: Yew components that draw the scene and turn pointer and key events
//! into edit commands. Nothing here changes a map except by dispatching an `Edit`.

mod app;
mod backdrop;
mod child;
mod clock;
pub(crate) mod dom;
mod drag_layer;
mod example;
mod factors_field;
mod files;
mod gestures;
mod guided;
mod icons;
mod insights_panel;
mod kdf;
mod legend;
mod list_view;
mod lock;
mod map_controls;
mod map_marks;
mod map_view;
mod meeting;
mod person_form;
mod person_panel;
mod quick_exit;
mod readers_field;
mod relations_view;
mod saver;
mod screen;
mod side_panel;
mod start_screen;
pub(crate) mod state;
mod tab_guard;
mod tie_panel;
mod timeline;
mod toolbar;

pub use app::App;
pub use state::{Action, AppState, SaveState};

/// Mounts Kring into the page's `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
