//! The row of controls above the map: connect, zoom, fit, auto-arrange, legend, list view,
//! and which ties to show.

use super::dom;
use super::state::{Action, AppState, TieFilter};
use crate::i18n::readers::{lens_banner, reader_name, text as rt, Text as RT};
use crate::i18n::{t, Key};
use crate::model::PersonId;
use crate::model::Reader;
use crate::viewport::Viewport;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapControlsProps {
    pub state: UseReducerHandle<AppState>,
    pub on_action: Callback<Action>,
    pub viewport: UseStateHandle<Viewport>,
    pub show_legend: UseStateHandle<bool>,
    pub show_list: UseStateHandle<bool>,
    pub show_insights: UseStateHandle<bool>,
    pub show_relations: UseStateHandle<bool>,
}

#[component]
pub fn MapControls(props: &MapControlsProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let connecting = state.connecting.is_some();
    let view = |change: fn(Viewport) -> Viewport| {
        let viewport = props.viewport.clone();
        Callback::from(move |_: MouseEvent| viewport.set(change(*viewport)))
    };
    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_: MouseEvent| flag.set(!*flag))
    };
    let on_connect = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Connect(!connecting)))
    };
    let on_arrange = {
        let on_action = props.on_action.clone();
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let edit = state.map().and_then(|map| crate::model::auto_arrange(&map));
            if let Some(edit) = edit {
                on_action.emit(Action::Apply(edit));
            }
        })
    };
    let on_filter = {
        let on_action = props.on_action.clone();
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
    // "Show as": the whole map, the network, or each person on the map.
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
        let on_action = props.on_action.clone();
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
    if let Some(reader) = state.lens {
        // Under the lens: only looking. The names of everyone else stay off the screen.
        let banner = state.map().map(|map| lens_banner(lang, reader, &map)).unwrap_or_default();
        let on_back = {
            let on_action = props.on_action.clone();
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::ShowAs(None));
                dom::focus_id("show-as");
            })
        };
        return html! {
            <div class="map-controls lens-on">
                <div class="lens-banner" role="status" aria-live="polite">
                    <p id="lens-text">{ banner }</p>
                    <button id="lens-back" class="primary" onclick={on_back}>{ rt(lang, RT::BackToWholeMap) }</button>
                </div>
                <div class="control-row" role="toolbar" aria-label={t(lang, Key::NetworkMap)}>
                    <button onclick={view(Viewport::zoomed_in)} aria-label={t(lang, Key::ZoomIn)}>{ "+" }</button>
                    <button onclick={view(Viewport::zoomed_out)} aria-label={t(lang, Key::ZoomOut)}>{ "−" }</button>
                    <button onclick={view(|_| Viewport::default())}>{ t(lang, Key::FitToScreen) }</button>
                    <button aria-pressed={props.show_legend.to_string()} onclick={toggle(&props.show_legend)}>{ t(lang, Key::Legend) }</button>
                    <button aria-pressed={props.show_insights.to_string()} onclick={toggle(&props.show_insights)}>{ t(lang, Key::Insights) }</button>
                </div>
            </div>
        };
    }
    let connect_hint = state.connecting.map(|c| match c.from {
        None => t(lang, Key::ConnectPickFrom),
        Some(_) => t(lang, Key::ConnectPickTo),
    });

    html! {
        <div class="map-controls">
            <div class="control-row" role="toolbar" aria-label={t(lang, Key::NetworkMap)}>
                <button id="connect" aria-pressed={connecting.to_string()} onclick={on_connect}>
                    { if connecting { t(lang, Key::StopConnecting) } else { t(lang, Key::Connect) } }
                </button>
                <button onclick={view(Viewport::zoomed_in)} aria-label={t(lang, Key::ZoomIn)}>{ "+" }</button>
                <button onclick={view(Viewport::zoomed_out)} aria-label={t(lang, Key::ZoomOut)}>{ "−" }</button>
                <button onclick={view(|_| Viewport::default())}>{ t(lang, Key::FitToScreen) }</button>
                <button onclick={on_arrange}>{ t(lang, Key::AutoArrange) }</button>
                <button aria-pressed={props.show_legend.to_string()} onclick={toggle(&props.show_legend)}>{ t(lang, Key::Legend) }</button>
                <button aria-pressed={props.show_list.to_string()} onclick={toggle(&props.show_list)}>{ t(lang, Key::ListView) }</button>
                <button aria-pressed={props.show_insights.to_string()} onclick={toggle(&props.show_insights)}>{ t(lang, Key::Insights) }</button>
                <button aria-pressed={props.show_relations.to_string()} onclick={toggle(&props.show_relations)}>{ t(lang, Key::Relations) }</button>
                <label class="filter">
                    <span>{ t(lang, Key::FilterLabel) }</span>
                    <select onchange={on_filter}>
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
                <label class="filter" for="show-as">
                    <span>{ rt(lang, RT::ShowAs) }</span>
                    <select id="show-as" onchange={on_show_as}>
                        <option value="" selected=true>{ rt(lang, RT::WholeMap) }</option>
                        { for readers.iter().map(|(value, name)| html! { <option value={value.clone()}>{ name.clone() }</option> }) }
                    </select>
                </label>
            </div>
            <p class="connect-hint" role="status" aria-live="polite">{ connect_hint.unwrap_or("") }</p>
        </div>
    }
}
