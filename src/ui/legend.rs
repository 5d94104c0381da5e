//! What the map's rings, sectors, lines and symbols mean. The samples are drawn with the
//! same styles as the map, so the legend cannot drift from the drawing.

use crate::i18n::workspace::{text, Text};
use crate::i18n::{t, Key, Lang};
use crate::model::{PersonId, Strength, Tie, TieId, TieKind};
use crate::scene::tie_style;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub lang: Lang,
    /// The copy printed beside the map (ids of its own, so it can sit beside the tab's).
    #[prop_or_default]
    pub print: bool,
}

#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    let prefix = if props.print { "print-" } else { "" };
    let (title_id, arrow_id) = (format!("{prefix}legend-title"), format!("{prefix}legend-arrow"));
    let arrow = format!("url(#{arrow_id})");
    let sample = |kind: TieKind, strength: Strength, mutual: bool| {
        let mut tie = Tie::new(TieId(0), PersonId(0), PersonId(1), kind);
        tie.strength = strength;
        tie.mutual = mutual;
        let style = tie_style(&tie);
        html! {
            <svg class="legend-sample" viewBox="0 0 60 14" width="60" height="14" aria-hidden="true">
                <line x1="4" y1="7" x2="50" y2="7" class={classes!("tie", style.class)}
                    stroke-width={style.width.to_string()} stroke-dasharray={style.dash}
                    marker-end={arrow.clone()} marker-start={style.arrow_start.then(|| arrow.clone())} />
            </svg>
        }
    };
    html! {
        <section class="panel legend" aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ t(lang, Key::Legend) }</h2>
            <svg width="0" height="0" aria-hidden="true" class="defs-only">
                <defs>
                    <marker id={arrow_id} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5"
                        orient="auto-start-reverse" markerUnits="strokeWidth">
                        <path d="M0 0L10 5L0 10z" class="arrow" />
                    </marker>
                </defs>
            </svg>
            <ul>
                <li>{ t(lang, Key::LegendHousehold) }</li>
                <li>{ t(lang, Key::LegendRings) }</li>
                <li>{ t(lang, Key::LegendSectors) }</li>
                <li>{ sample(TieKind::Support, Strength::Normal, false) }{ t(lang, Key::LegendSupport) }</li>
                <li>{ sample(TieKind::Risk, Strength::Normal, false) }{ t(lang, Key::LegendRisk) }</li>
                <li>{ sample(TieKind::Contact, Strength::Normal, false) }{ t(lang, Key::LegendContact) }</li>
                <li>{ sample(TieKind::Support, Strength::Normal, true) }{ t(lang, Key::LegendArrow) }</li>
                <li>{ sample(TieKind::Support, Strength::Strong, false) }{ sample(TieKind::Support, Strength::Weak, false) }
                    { t(lang, Key::LegendStrength) }</li>
                <li>{ t(lang, Key::LegendChild) }</li>
                <li>{ crate::i18n::factors::text(lang, crate::i18n::factors::Text::BadgeMeaning) }</li>
                <li>{ badge_sample(true, "7", &[]) }{ text(lang, Text::LegendChildBadge) }</li>
                <li>{ badge_sample(false, "34", &[]) }{ text(lang, Text::LegendAgeBadge) }</li>
                <li>{ badge_sample(false, "", &["Mila".to_owned()]) }{ text(lang, Text::LegendSafeBadge) }</li>
            </ul>
        </section>
    }
}

/// A badge as the map draws it, on its own: the same drawing function as the map.
fn badge_sample(child: bool, age: &str, safe_for: &[String]) -> Html {
    let mark = crate::scene::PersonMark {
        id: PersonId(0),
        x: 0.0,
        y: 0.0,
        r: crate::scene::PERSON_RADIUS,
        label: String::new(),
        label_x: 0.0,
        label_y: 0.0,
        label_font: 18.0,
        role: String::new(),
        role_y: 0.0,
        label_box: [0.0; 4],
        label_leader: None,
        accessible_name: String::new(),
        kind: crate::model::PersonKind::Person,
        household: false,
        child,
        deceased: false,
        avatar: String::new(),
        gender_symbol: "",
        factors: 0,
        age: age.to_owned(),
        safe_for: safe_for.to_vec(),
    };
    // Only the badge: the person's circle is left out.
    let view = if safe_for.is_empty() { "-50 -34 44 24" } else { "2 -2 36 28" };
    html! {
        <svg class="legend-sample map-badge-sample" viewBox={view} width="44" height="24" aria-hidden="true">
            { super::map_marks::person_badges(&mark) }
        </svg>
    }
}
