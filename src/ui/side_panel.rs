//! The panel beside the map (under it, as a sheet, on a phone): one closable panel with
//! tabs for what stands out, who does what, the list, the map over time and the legend.
//! Tabs follow the WAI-ARIA pattern: one tab stop, arrow keys move between tabs.

use super::icons::{icon, Icon};
use crate::i18n::timeline;
use crate::i18n::workspace::{text, Text};
use crate::i18n::{t, Key, Lang};
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelTab {
    Insights,
    Relations,
    List,
    OverTime,
    Legend,
}

impl PanelTab {
    pub const ALL: [PanelTab; 5] =
        [PanelTab::Insights, PanelTab::Relations, PanelTab::List, PanelTab::OverTime, PanelTab::Legend];

    fn id(self) -> &'static str {
        match self {
            PanelTab::Insights => "tab-insights",
            PanelTab::Relations => "tab-relations",
            PanelTab::List => "tab-list",
            PanelTab::OverTime => "tab-over-time",
            PanelTab::Legend => "tab-legend",
        }
    }

    fn name(self, lang: Lang) -> &'static str {
        match self {
            PanelTab::Insights => t(lang, Key::Insights),
            PanelTab::Relations => t(lang, Key::Relations),
            PanelTab::List => t(lang, Key::ListView),
            PanelTab::OverTime => timeline::text(lang, timeline::Text::OverTime),
            PanelTab::Legend => t(lang, Key::Legend),
        }
    }
}

/// The id of the element that holds the chosen tab's content.
pub const TAB_BODY: &str = "panel-body";

#[derive(Properties, PartialEq)]
pub struct PanelTabsProps {
    pub lang: Lang,
    pub tab: UseStateHandle<PanelTab>,
    /// Closes the panel (and lets go of what was chosen on the map).
    pub on_close: Callback<()>,
}

#[component]
pub fn PanelTabs(props: &PanelTabsProps) -> Html {
    let lang = props.lang;
    let current = *props.tab;
    let on_key = {
        let tab = props.tab.clone();
        Callback::from(move |event: KeyboardEvent| {
            let at = PanelTab::ALL.iter().position(|&t| t == *tab).unwrap_or(0);
            let last = PanelTab::ALL.len() - 1;
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => (at + 1) % PanelTab::ALL.len(),
                "ArrowLeft" | "ArrowUp" => (at + last) % PanelTab::ALL.len(),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            event.prevent_default();
            let chosen = PanelTab::ALL[next];
            tab.set(chosen);
            super::dom::focus_id(chosen.id());
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| {
            on_close.emit(());
            super::dom::focus_id("panel-toggle");
        })
    };
    html! {
        <div class="panel-bar">
            <div class="panel-tabs" role="tablist" aria-label={text(lang, Text::PanelTabs)} onkeydown={on_key}>
                { for PanelTab::ALL.iter().map(|&which| {
                    let tab = props.tab.clone();
                    let chosen = which == current;
                    html! {
                        <button id={which.id()} role="tab" aria-selected={chosen.to_string()}
                            aria-controls={TAB_BODY} tabindex={if chosen { "0" } else { "-1" }}
                            onclick={Callback::from(move |_: MouseEvent| tab.set(which))}>
                            { which.name(lang) }
                        </button>
                    }
                }) }
            </div>
            <button class="tool panel-close" aria-label={text(lang, Text::ClosePanel)} title={text(lang, Text::ClosePanel)}
                onclick={close}>{ icon(Icon::Close) }</button>
        </div>
    }
}

/// The chosen tab's id, for the tab panel's `aria-labelledby`.
pub fn tab_id(tab: PanelTab) -> &'static str {
    tab.id()
}
