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
    /// Only under the "Show as" lens: the plan as that reader gets it.
    Plan,
}

impl PanelTab {
    pub const ALL: [PanelTab; 5] =
        [PanelTab::Insights, PanelTab::Relations, PanelTab::List, PanelTab::OverTime, PanelTab::Legend];
    /// Under the "Show as" lens: what that reader's printout holds, and the legend. The
    /// list, who does what and over time show the whole map, so they wait.
    pub const UNDER_LENS: [PanelTab; 3] = [PanelTab::Insights, PanelTab::Plan, PanelTab::Legend];

    /// The tabs there are now.
    pub fn shown(lens: bool) -> &'static [PanelTab] {
        if lens {
            &Self::UNDER_LENS
        } else {
            &Self::ALL
        }
    }

    /// The tab that shows: the chosen one, or, when it is not there now, the first that
    /// fits (the plan under the lens, what stands out without it).
    pub fn effective(self, lens: bool) -> PanelTab {
        match (lens, Self::shown(lens).contains(&self)) {
            (_, true) => self,
            (true, false) => PanelTab::Plan,
            (false, false) => PanelTab::Insights,
        }
    }

    fn id(self) -> &'static str {
        match self {
            PanelTab::Insights => "tab-insights",
            PanelTab::Relations => "tab-relations",
            PanelTab::List => "tab-list",
            PanelTab::OverTime => "tab-over-time",
            PanelTab::Legend => "tab-legend",
            PanelTab::Plan => "tab-plan",
        }
    }

    fn name(self, lang: Lang) -> &'static str {
        match self {
            PanelTab::Insights => t(lang, Key::Insights),
            PanelTab::Relations => t(lang, Key::Relations),
            PanelTab::List => t(lang, Key::ListView),
            PanelTab::OverTime => timeline::text(lang, timeline::Text::OverTime),
            PanelTab::Legend => t(lang, Key::Legend),
            PanelTab::Plan => crate::i18n::readers::text(lang, crate::i18n::readers::Text::PlanTab),
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
    /// The "Show as" lens is on (other tabs, see `PanelTab::shown`).
    #[prop_or_default]
    pub lens: bool,
}

#[component]
pub fn PanelTabs(props: &PanelTabsProps) -> Html {
    let lang = props.lang;
    let lens = props.lens;
    let tabs = PanelTab::shown(lens);
    let current = props.tab.effective(lens);
    let on_key = {
        let tab = props.tab.clone();
        Callback::from(move |event: KeyboardEvent| {
            let at = tabs.iter().position(|&t| t == tab.effective(lens)).unwrap_or(0);
            let last = tabs.len() - 1;
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => (at + 1) % tabs.len(),
                "ArrowLeft" | "ArrowUp" => (at + last) % tabs.len(),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            event.prevent_default();
            let chosen = tabs[next];
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
                { for tabs.iter().map(|&which| {
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
