//! Which screen the app shows. Its own file so the app and the toolbar that switches
//! screens both use it without using each other.

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Editor,
    Maps,
    Meeting,
    Guided,
    Child,
}
