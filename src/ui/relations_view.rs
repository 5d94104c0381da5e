//! "Who does what for whom" and "who does what against whom": the support and the risk
//! ties as two tables grouped by the person who gives (or harms), side by side.

use super::state::use_app;
use crate::i18n::{t, Key, Lang};
use crate::model::{FamilyMap, PersonId, Tie, TieKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RelationsViewProps {}

#[component]
pub fn RelationsView(_props: &RelationsViewProps) -> Html {
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let Some(map) = state.map() else { return html! {} };
    let support = grouped(&map, lang, TieKind::Support);
    let risk = grouped(&map, lang, TieKind::Risk);
    html! {
        <section class="panel relations" aria-labelledby="relations-title">
            <h2 id="relations-title">{ t(lang, Key::Relations) }</h2>
            { table("for-whom", t(lang, Key::ForWhom), &support, t(lang, Key::NoSupportTies), lang) }
            { table("against-whom", t(lang, Key::AgainstWhom), &risk, t(lang, Key::NoRiskTies), lang) }
        </section>
    }
}

/// One row per giver: their name and every "what, for whom" line.
struct Row {
    giver: String,
    lines: Vec<String>,
}

fn grouped(map: &FamilyMap, lang: Lang, kind: TieKind) -> Vec<Row> {
    let name = |id: PersonId| map.person(id).map(|p| p.name.clone()).unwrap_or_default();
    let mut rows: Vec<(PersonId, Row)> = Vec::new();
    for tie in map.ties().into_iter().filter(|t| t.kind == kind) {
        let line = describe(lang, tie, &name(tie.to));
        match rows.iter_mut().find(|(id, _)| *id == tie.from) {
            Some((_, row)) => row.lines.push(line),
            None => rows.push((tie.from, Row { giver: name(tie.from), lines: vec![line] })),
        }
    }
    rows.into_iter().map(|(_, row)| row).collect()
}

/// "Childcare, Practical help → Mila", or with two arrowheads when it goes both ways.
fn describe(lang: Lang, tie: &Tie, to: &str) -> String {
    let mut what: Vec<&str> = match tie.kind {
        TieKind::Support => tie.support.iter().map(|s| t(lang, Key::SupportTypeName(*s))).collect(),
        TieKind::Risk => tie.risk.iter().map(|r| t(lang, Key::RiskTypeName(*r))).collect(),
        TieKind::Contact => Vec::new(),
    };
    if what.is_empty() {
        what.push(t(lang, Key::TieKindName(tie.kind)));
    }
    let arrow = if tie.mutual { "↔" } else { "→" };
    let says = if tie.according_to.trim().is_empty() {
        String::new()
    } else {
        format!(" ({} {})", t(lang, Key::AccordingTo).trim_end_matches('?'), tie.according_to.trim())
    };
    // A risk tie: how serious, how often, in which situation, when last.
    let details = match tie.kind {
        TieKind::Risk => crate::i18n::factors::risk_details(
            lang,
            tie.seriousness,
            tie.frequency,
            Some(tie.situation.as_str()),
            tie.last.as_deref(),
        ),
        _ => String::new(),
    };
    let details = if details.is_empty() { details } else { format!(" · {details}") };
    format!("{} {arrow} {to}{says}{details}", what.join(", "))
}

fn table(id: &str, caption: &str, rows: &[Row], empty: &str, lang: Lang) -> Html {
    if rows.is_empty() {
        return html! { <p class="empty" id={id.to_owned()}>{ empty }</p> };
    }
    html! {
        <div class="table-scroll">
            <table id={id.to_owned()} class="relations-table">
                <caption>{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::Name) }</th>
                    <th scope="col">{ t(lang, Key::Gives) }</th>
                </tr></thead>
                <tbody>
                    { for rows.iter().map(|row| html! {
                        <tr>
                            <th scope="row">{ row.giver.clone() }</th>
                            <td><ul>{ for row.lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul></td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
