//! The tools that float over the map: zoom, fit to screen, auto-arrange and opening the
//! panel (pictures with names for screen readers and tooltips), which ties to show, whose
//! printout the map is shown as ("Show as", with a banner while it is on), and, while
//! connecting, the kind of tie to make with a way to stop.

use super::dom;
use super::icons::{icon, Icon};
use super::state::{use_actions, use_app, Action, TieFilter};
use crate::i18n::readers::{lens_banner, reader_name, text as rt, Text as RT};
use crate::i18n::workspace::{text, Text};
use crate::i18n::{t, Key};
use crate::model::{PersonId, Reader, TieKind};
use crate::viewport::Viewport;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapControlsProps {
    pub viewport: UseStateHandle<Viewport>,
    /// Whether the panel beside (or under) the map is open, and how to open or close it.
    pub panel_shown: bool,
    pub on_panel: Callback<bool>,
}

#[component]
pub fn MapControls(props: &MapControlsProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let state = &state;
    let lang = state.lang;
    let view = |change: fn(Viewport) -> Viewport| {
        let viewport = props.viewport.clone();
        Callback::from(move |_: MouseEvent| viewport.set(change(*viewport)))
    };
    let on_arrange = {
        let on_action = on_action.clone();
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let edit = state.map().and_then(|map| crate::model::auto_arrange(&map));
            if let Some(edit) = edit {
                on_action.emit(Action::Apply(edit));
            }
        })
    };
    let on_panel = {
        let (on_panel, shown) = (props.on_panel.clone(), props.panel_shown);
        Callback::from(move |_: MouseEvent| on_panel.emit(!shown))
    };
    let tool = |label: &'static str, which: Icon, onclick: Callback<MouseEvent>| {
        html! {
            <button class="tool" aria-label={label} title={label} {onclick}>{ icon(which) }</button>
        }
    };
    let panel_label = if props.panel_shown { text(lang, Text::ClosePanel) } else { text(lang, Text::OpenPanel) };

    let looking = state.lens.is_some();
    html! {
        <>
            <div class="map-tools" role="toolbar" aria-label={text(lang, Text::MapTools)} aria-orientation="vertical">
                { tool(t(lang, Key::ZoomIn), Icon::ZoomIn, view(Viewport::zoomed_in)) }
                { tool(t(lang, Key::ZoomOut), Icon::ZoomOut, view(Viewport::zoomed_out)) }
                { tool(t(lang, Key::FitToScreen), Icon::Fit, view(|_| Viewport::default())) }
                // Under the "Show as" lens the map is only looked at.
                if !looking {
                    { tool(t(lang, Key::AutoArrange), Icon::Arrange, on_arrange) }
                }
                <button id="panel-toggle" class="tool" aria-label={panel_label} title={panel_label}
                    aria-expanded={props.panel_shown.to_string()} aria-controls="side-pane" onclick={on_panel}>
                    { icon(Icon::Panel) }
                </button>
            </div>
            <ShowAs />
            if !looking {
                <TieFilterChoice />
            }
        </>
    }
}

/// "Show as": the map, the insights and the plan as one reader's printout has them (the
/// network, or one person on the map), with a banner saying whose view it is and one step
/// back to the whole map. Under it the names of everyone else stay off the screen.
#[component]
fn ShowAs() -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let state = &state;
    let lang = state.lang;
    if let Some(reader) = state.lens {
        let banner = state.map().map(|map| lens_banner(lang, reader, &map)).unwrap_or_default();
        let on_back = {
            let on_action = on_action.clone();
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::ShowAs(None));
                dom::focus_id("show-as");
            })
        };
        return html! {
            <div class="lens-banner" role="status" aria-live="polite">
                <p id="lens-text">{ banner }</p>
                <button id="lens-back" class="primary" onclick={on_back}>{ rt(lang, RT::BackToWholeMap) }</button>
            </div>
        };
    }
    let readers: Vec<(String, String)> = state
        .map()
        .map(|map| {
            let mut out = vec![("network".to_owned(), reader_name(lang, Reader::Network, &map))];
            out.extend(
                map.persons()
                    .iter()
                    .filter(|p| p.kind == crate::model::PersonKind::Person && !p.deceased)
                    .map(|p| (format!("person-{}", p.id.0), p.name.clone())),
            );
            out
        })
        .unwrap_or_default();
    let on_show_as = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let value = dom::event_value(&e);
            let reader = match value.as_str() {
                "network" => Some(Reader::Network),
                other => {
                    other.strip_prefix("person-").and_then(|n| n.parse().ok()).map(|n| Reader::Person(PersonId(n)))
                }
            };
            on_action.emit(Action::ShowAs(reader));
            if reader.is_some() {
                dom::focus_id("lens-back");
            }
        })
    };
    html! {
        <label class="map-filter show-as" for="show-as">
            <span class="visually-hidden">{ rt(lang, RT::ShowAs) }</span>
            <select id="show-as" onchange={on_show_as} title={rt(lang, RT::ShowAs)}>
                <option value="" selected=true>{ rt(lang, RT::WholeMap) }</option>
                { for readers.iter().map(|(value, name)| html! { <option value={value.clone()}>{ name.clone() }</option> }) }
            </select>
        </label>
    }
}

/// Which ties the map shows: all, support, risk, or those around one child.
#[component]
fn TieFilterChoice() -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let state = &state;
    let lang = state.lang;
    let on_filter = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let value = dom::event_value(&e);
            let filter = match value.as_str() {
                "support" => TieFilter::Support,
                "risk" => TieFilter::Risk,
                other => other
                    .strip_prefix("person-")
                    .and_then(|n| n.parse().ok())
                    .map(|n| TieFilter::AroundPerson(PersonId(n)))
                    .unwrap_or(TieFilter::All),
            };
            on_action.emit(Action::Filter(filter));
        })
    };
    let children: Vec<(PersonId, String)> = state
        .map()
        .map(|map| map.persons().iter().filter(|p| p.child).map(|p| (p.id, p.name.clone())).collect())
        .unwrap_or_default();
    let filter_value = match state.filter {
        TieFilter::All => "all".to_owned(),
        TieFilter::Support => "support".to_owned(),
        TieFilter::Risk => "risk".to_owned(),
        TieFilter::AroundPerson(id) => format!("person-{}", id.0),
    };
    html! {
        <label class="map-filter">
            <span class="visually-hidden">{ t(lang, Key::FilterLabel) }</span>
            <select onchange={on_filter} title={t(lang, Key::FilterLabel)}>
                <option value="all" selected={filter_value == "all"}>{ t(lang, Key::FilterAll) }</option>
                <option value="support" selected={filter_value == "support"}>{ t(lang, Key::FilterSupport) }</option>
                <option value="risk" selected={filter_value == "risk"}>{ t(lang, Key::FilterRisk) }</option>
                { for children.iter().map(|(id, name)| {
                    let value = format!("person-{}", id.0);
                    let selected = filter_value == value;
                    html! { <option {selected} {value}>{ crate::i18n::around_person(lang, name) }</option> }
                }) }
            </select>
        </label>
    }
}

/// While connecting: the kind of tie first (support, risk, contact; the last one
/// chosen is pressed), what to pick next, and Done. The hint is always in the page, so
/// a screen reader hears it change.
#[component]
pub fn ConnectBar() -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let state = &state;
    let lang = state.lang;
    let hint = state.connecting.map(|c| match (c.from, c.safe_adult) {
        (None, false) => t(lang, Key::ConnectPickFrom),
        (Some(_), false) => t(lang, Key::ConnectPickTo),
        (None, true) => text(lang, Text::ConnectPickAdult),
        (Some(_), true) => text(lang, Text::ConnectPickChild),
    });
    let stop = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Connect(false)))
    };
    html! {
        <div class={classes!("connect-bar", state.connecting.is_none().then_some("idle"))}>
            if let Some(connecting) = state.connecting {
                <div class="connect-kinds" role="group" aria-label={text(lang, Text::ConnectKindQuestion)}>
                    <span class="connect-question" aria-hidden="true">{ text(lang, Text::ConnectKindQuestion) }</span>
                    { for [TieKind::Support, TieKind::Risk, TieKind::Contact].into_iter().map(|kind| {
                        let on_action = on_action.clone();
                        html! {
                            <button class={classes!("kind", format!("kind-{}", kind_class(kind)))}
                                aria-pressed={(!connecting.safe_adult && connecting.kind == kind).to_string()}
                                onclick={Callback::from(move |_: MouseEvent| on_action.emit(Action::ConnectKind(kind)))}>
                                { t(lang, Key::TieKindName(kind)) }
                            </button>
                        }
                    }) }
                    <button class="kind kind-safe" aria-pressed={connecting.safe_adult.to_string()}
                        onclick={{
                            let on_action = on_action.clone();
                            Callback::from(move |_: MouseEvent| on_action.emit(Action::ConnectSafeAdult))
                        }}>{ text(lang, Text::ConnectSafeAdult) }</button>
                    <button class="primary" onclick={stop}>{ text(lang, Text::ConnectDone) }</button>
                </div>
            }
            <p class="connect-hint" role="status" aria-live="polite">{ hint.unwrap_or("") }</p>
        </div>
    }
}

fn kind_class(kind: TieKind) -> &'static str {
    match kind {
        TieKind::Support => "support",
        TieKind::Risk => "risk",
        TieKind::Contact => "contact",
    }
}
