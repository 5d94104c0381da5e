//! The list view: every person and tie as a table. This is the screen-reader path to the
//! map, so it shows everything the map shows.

use super::state::AppState;
use crate::i18n::{t, Key};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ListViewProps {
    pub state: UseReducerHandle<AppState>,
}

#[component]
pub fn ListView(props: &ListViewProps) -> Html {
    let lang = props.state.lang;
    let Some(map) = props.state.map() else { return html! {} };
    let persons = map.persons();
    let name_of = |id| map.person(id).map(|p| p.name.clone()).unwrap_or_default();
    html! {
        <section class="list-view" aria-labelledby="list-view-title">
            <h2 id="list-view-title">{ t(lang, Key::ListView) }</h2>
            if persons.is_empty() {
                <p class="empty">{ t(lang, Key::NoPersonsYet) }</p>
            } else {
                <table class="persons">
                    <caption>{ t(lang, Key::PersonTableCaption) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::Name) }</th>
                        <th scope="col">{ t(lang, Key::SectorLabel) }</th>
                        <th scope="col">{ t(lang, Key::ClosenessLabel) }</th>
                    </tr></thead>
                    <tbody>
                        { for persons.iter().map(|p| html! {
                            <tr key={p.id.0}>
                                <th scope="row">{ p.name.clone() }</th>
                                <td>{ t(lang, Key::Sector(if p.in_centre() { crate::model::Sector::Household } else { p.sector })) }</td>
                                <td>{ if p.in_centre() { "–" } else { t(lang, Key::Ring(p.ring)) } }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            if map.tie_count() > 0 {
                <table class="ties">
                    <caption>{ t(lang, Key::TieTableCaption) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::From) }</th>
                        <th scope="col">{ t(lang, Key::To) }</th>
                        <th scope="col">{ t(lang, Key::TieKindLabel) }</th>
                    </tr></thead>
                    <tbody>
                        { for map.ties().iter().map(|tie| html! {
                            <tr key={tie.id.0}>
                                <td>{ name_of(tie.from) }</td>
                                <td>{ name_of(tie.to) }</td>
                                <td>{ t(lang, Key::TieKindName(tie.kind)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
