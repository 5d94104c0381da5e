//! Small pictures for the buttons of the header and the tools over the map, drawn by
//! Kring as SVG (emoji differ per device, and some devices show empty boxes). Every
//! icon is decoration: the button it sits in carries the words.

use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    AddPerson,
    Connect,
    Undo,
    Redo,
    Menu,
    ZoomIn,
    ZoomOut,
    Fit,
    Arrange,
    Panel,
    Close,
}

/// A 24 x 24 line drawing in the text colour.
pub fn icon(which: Icon) -> Html {
    let d = match which {
        Icon::AddPerson => "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21v-1a6 6 0 0 1 6-6h2a6 6 0 0 1 6 6v1M19 8v6M16 11h6",
        Icon::Connect => "M6 6m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0M18 18m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0M8.5 8.5l7 7",
        Icon::Undo => "M9 14L4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3",
        Icon::Redo => "M15 14l5-5-5-5M20 9H10a6 6 0 0 0 0 12h3",
        Icon::Menu => "M4 6h16M4 12h16M4 18h16",
        Icon::ZoomIn => "M11 11m-7 0a7 7 0 1 0 14 0a7 7 0 1 0-14 0M21 21l-5-5M11 8v6M8 11h6",
        Icon::ZoomOut => "M11 11m-7 0a7 7 0 1 0 14 0a7 7 0 1 0-14 0M21 21l-5-5M8 11h6",
        Icon::Fit => "M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5M12 12m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0",
        Icon::Arrange => "M12 12m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M12 12m-8 0a8 8 0 1 0 16 0a8 8 0 1 0-16 0M12 2v2M12 20v2M2 12h2M20 12h2",
        Icon::Panel => "M4 4h16v16H4zM14 4v16",
        Icon::Close => "M6 6l12 12M18 6L6 18",
    };
    html! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d={d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}
