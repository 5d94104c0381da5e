//! The list view: every person and tie as a table, with every action the map has (edit,
//! move to another sector or ring, delete, connect). This is the screen-reader path to the
//! map, so nothing may be possible only by pointing.

use super::dom;
use super::state::{Action, AppState, MapShown, Selection};
use crate::i18n::{factors, t, tie_description, Key};
use crate::model::{Edit, PersonId, Ring, Sector, TieKind};
use yew::prelude::*;

#[derive(Properties)]
pub struct ListViewProps {
    /// Read for the newest map; not compared (see `shown`).
    pub state: UseReducerHandle<AppState>,
    /// The list is made again only when the map changed (not the save status or the
    /// selection): on a large map it has thousands of cells.
    pub shown: MapShown,
    pub on_action: Callback<Action>,
}

impl PartialEq for ListViewProps {
    fn eq(&self, other: &Self) -> bool {
        (&self.shown, &self.on_action) == (&other.shown, &other.on_action)
    }
}

#[component]
pub fn ListView(props: &ListViewProps) -> Html {
    let lang = props.state.lang;
    let Some(map) = props.state.map() else { return html! {} };
    let persons: Vec<_> = map.persons().into_iter().cloned().collect();
    let ties: Vec<_> = map.ties().into_iter().cloned().collect();
    let name_of = |id| map.person(id).map(|p| p.name.clone()).unwrap_or_default();
    let tie_rows: Vec<(crate::model::Tie, String)> = ties
        .iter()
        .map(|tie| (tie.clone(), tie_description(lang, &name_of(tie.from), &name_of(tie.to), tie)))
        .collect();

    html! {
        <section class="panel list-view" aria-labelledby="list-view-title">
            <h2 id="list-view-title">{ t(lang, Key::ListView) }</h2>
            if persons.is_empty() {
                <p class="empty">{ t(lang, Key::NoPersonsYet) }</p>
            } else {
                <div class="table-scroll">
                <table class="persons">
                    <caption>{ t(lang, Key::PersonTableCaption) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::Name) }</th>
                        <th scope="col">{ t(lang, Key::SectorLabel) }</th>
                        <th scope="col">{ t(lang, Key::ClosenessLabel) }</th>
                        <th scope="col">{ factors::text(lang, factors::Text::PlaysARole) }</th>
                        <th scope="col"><span class="visually-hidden">{ t(lang, Key::Edit) }</span></th>
                    </tr></thead>
                    <tbody>{ for persons.iter().map(|p| html! {
                        <PersonRow key={p.id.0} person={p.clone()} lang={lang} on_action={props.on_action.clone()} />
                    }) }</tbody>
                </table>
                </div>
            }
            if !tie_rows.is_empty() {
                <div class="table-scroll">
                <table class="ties">
                    <caption>{ t(lang, Key::TieTableCaption) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::TieDetails) }</th>
                        <th scope="col"><span class="visually-hidden">{ t(lang, Key::Edit) }</span></th>
                    </tr></thead>
                    <tbody>{ for tie_rows.iter().map(|(tie, description)| html! {
                        <TieRow key={tie.id.0} id={tie.id} kind={tie.kind} description={description.clone()}
                            lang={lang} on_action={props.on_action.clone()} />
                    }) }</tbody>
                </table>
                </div>
            }
            if persons.len() >= 2 {
                <AddTieForm state={props.state.clone()} on_action={props.on_action.clone()} persons={persons.iter().map(|p| (p.id, p.name.clone())).collect::<Vec<_>>()} />
            }
        </section>
    }
}

fn kind_key(kind: TieKind) -> &'static str {
    match kind {
        TieKind::Support => "support",
        TieKind::Risk => "risk",
        TieKind::Contact => "contact",
    }
}

#[derive(Properties, PartialEq)]
struct AddTieFormProps {
    state: UseReducerHandle<AppState>,
    on_action: Callback<Action>,
    persons: Vec<(PersonId, String)>,
}

/// Connect two persons from the list: from, to, and what kind of tie.
#[component]
fn AddTieForm(props: &AddTieFormProps) -> Html {
    let lang = props.state.lang;
    let from = use_state(|| None::<PersonId>);
    let to = use_state(|| None::<PersonId>);
    let kind = use_state(|| TieKind::Support);
    let pick = |slot: &UseStateHandle<Option<PersonId>>| {
        let slot = slot.clone();
        Callback::from(move |e: Event| slot.set(dom::event_value(&e).parse().ok().map(PersonId)))
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            kind.set(match dom::event_value(&e).as_str() {
                "risk" => TieKind::Risk,
                "contact" => TieKind::Contact,
                _ => TieKind::Support,
            })
        })
    };
    let on_submit = {
        let (from, to, kind) = (from.clone(), to.clone(), kind.clone());
        let on_action = props.on_action.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let (Some(a), Some(b)) = (*from, *to) {
                if a != b {
                    on_action.emit(Action::ConnectPair { from: a, to: b, kind: *kind });
                }
            }
        })
    };
    let options = |chosen: Option<PersonId>| {
        html! {
            <>
                <option value="" selected={chosen.is_none()}>{ t(lang, Key::Choose) }</option>
                { for props.persons.iter().map(|(id, name)| html! {
                    <option value={id.0.to_string()} selected={chosen == Some(*id)}>{ name.clone() }</option>
                }) }
            </>
        }
    };
    html! {
        <form class="add-tie" onsubmit={on_submit} aria-labelledby="add-tie-title">
            <h3 id="add-tie-title">{ t(lang, Key::AddTie) }</h3>
            <div class="field-row">
                <div class="field">
                    <label for="new-tie-from">{ t(lang, Key::From) }</label>
                    <select id="new-tie-from" onchange={pick(&from)}>{ options(*from) }</select>
                </div>
                <div class="field">
                    <label for="new-tie-to">{ t(lang, Key::To) }</label>
                    <select id="new-tie-to" onchange={pick(&to)}>{ options(*to) }</select>
                </div>
                <div class="field">
                    <label for="new-tie-kind">{ t(lang, Key::TieKindLabel) }</label>
                    <select id="new-tie-kind" onchange={on_kind}>
                        { for [TieKind::Support, TieKind::Risk, TieKind::Contact].iter().map(|&k| html! {
                            <option value={kind_key(k)} selected={k == *kind}>{ t(lang, Key::TieKindName(k)) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <button type="submit" disabled={from.is_none() || to.is_none() || *from == *to}>{ t(lang, Key::AddTie) }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct PersonRowProps {
    person: crate::model::Person,
    lang: crate::i18n::Lang,
    on_action: Callback<Action>,
}

/// One person's row. A component of its own, compared by value, so dragging one person
/// on a map of hundreds redraws one row, not the whole table.
#[component]
fn PersonRow(props: &PersonRowProps) -> Html {
    let (lang, p) = (props.lang, &props.person);
    let id = p.id;
    let in_centre = p.in_centre();
    let (sector, ring) = (p.sector, p.ring);
    let on_sector = {
        let on_action = props.on_action.clone();
        let person = p.clone();
        Callback::from(move |e: Event| {
            let Some(new) = Sector::from_key(&dom::event_value(&e)) else { return };
            if let Some(edit) = Edit::move_to(&person, new, person.ring) {
                on_action.emit(Action::Apply(edit));
            }
        })
    };
    let on_ring = {
        let on_action = props.on_action.clone();
        let person = p.clone();
        Callback::from(move |e: Event| {
            let Some(new) = dom::event_value(&e).parse().ok().and_then(Ring::new) else { return };
            if let Some(edit) = Edit::move_to(&person, person.sector, new) {
                on_action.emit(Action::Apply(edit));
            }
        })
    };
    let on_edit = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Select(Some(Selection::Person(id))));
            dom::focus_selector(&format!("#edit-name[data-for='{}']", id.0));
        })
    };
    let on_delete = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Select(Some(Selection::Person(id))));
            dom::focus_selector(&format!("#delete-person[data-for='{}']", id.0));
        })
    };
    html! {
        <tr>
            <th scope="row">{ p.name.clone() }</th>
            <td>
                <select aria-label={format!("{}: {}", t(lang, Key::SectorLabel), p.name)} onchange={on_sector}>
                    { for Sector::ALL.iter().map(|&s| html! {
                        <option value={s.key()} selected={if in_centre { s == Sector::Household } else { s == sector }}>{ t(lang, Key::Sector(s)) }</option>
                    }) }
                </select>
            </td>
            <td>
                <select aria-label={format!("{}: {}", t(lang, Key::ClosenessLabel), p.name)} onchange={on_ring} disabled={in_centre}>
                    { for Ring::all().map(|r| html! {
                        <option value={r.get().to_string()} selected={r == ring}>{ t(lang, Key::Ring(r)) }</option>
                    }) }
                </select>
            </td>
            // What plays a role, in words (the map shows only how many): for a
            // professional, what they are there for.
            <td class="factors">{ factors_cell(lang, p) }</td>
            <td class="row-actions">
                <button onclick={on_edit} aria-label={format!("{} {}", t(lang, Key::Edit), p.name)}>{ t(lang, Key::Edit) }</button>
                <button class="danger" onclick={on_delete} aria-label={format!("{} {}", t(lang, Key::Delete), p.name)}>{ t(lang, Key::Delete) }</button>
            </td>
        </tr>
    }
}

#[derive(Properties, PartialEq)]
struct TieRowProps {
    id: crate::model::TieId,
    kind: TieKind,
    description: String,
    lang: crate::i18n::Lang,
    on_action: Callback<Action>,
}

/// One tie's row, compared by value like the person rows.
#[component]
fn TieRow(props: &TieRowProps) -> Html {
    let (lang, id, description) = (props.lang, props.id, &props.description);
    let on_edit = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Select(Some(Selection::Tie(id))));
            dom::focus_id("tie-kind");
        })
    };
    let on_delete = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Apply(Edit::RemoveTie { id })))
    };
    html! {
        <tr class={format!("tie-row tie-{}", kind_key(props.kind))}>
            <td>{ description.clone() }</td>
            <td class="row-actions">
                <button onclick={on_edit} aria-label={format!("{} {}", t(lang, Key::Edit), description)}>{ t(lang, Key::Edit) }</button>
                <button class="danger" onclick={on_delete} aria-label={format!("{} {}", t(lang, Key::Delete), description)}>{ t(lang, Key::Delete) }</button>
            </td>
        </tr>
    }
}

/// The words in a person's "What plays a role?" cell: "Schulden, Scheiding", or for a
/// professional "Is er voor: Schulden"; empty when nothing is marked.
fn factors_cell(lang: crate::i18n::Lang, person: &crate::model::Person) -> String {
    let marked: Vec<_> = person.factors.iter().copied().collect();
    if marked.is_empty() {
        String::new()
    } else if crate::model::Reader::is_professional(person.sector, person.household) {
        factors::factors_phrase(lang, &marked, true)
    } else {
        factors::factor_list(lang, &marked)
    }
}
