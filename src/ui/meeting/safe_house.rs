//! "My safe house" in the child's printed plan: a house drawn in SVG (outlines only, so it
//! prints in black and white) with the people the child can go to inside it, and the path
//! of stones 0 to 10 with the child's own stone drawn larger and thicker (its shape and
//! number say it, not a colour).

use crate::i18n::review::{safe_house_label, safe_house_more, text as rt, Text as RT};
use crate::i18n::Lang;
use yew::prelude::*;

/// Names that fit inside the house; more are counted ("en 2 anderen").
const NAMES_INSIDE: usize = 4;

pub fn safe_house(lang: Lang, names: &[String], score: Option<u8>) -> Html {
    let mut lines: Vec<String> = names.iter().take(NAMES_INSIDE).cloned().collect();
    if names.len() > NAMES_INSIDE {
        lines.push(safe_house_more(lang, names.len() - NAMES_INSIDE));
    }
    let stone = |n: u8| {
        let x = 40.0 + f64::from(n) * 28.0;
        let mine = score == Some(n);
        let r = if mine { "13" } else { "9" };
        let width = if mine { "4" } else { "1.5" };
        html! {
            <g class={classes!("house-stone", mine.then_some("mine"))}>
                <circle cx={x.to_string()} cy="325" r={r} fill="#fff" stroke="#000" stroke-width={width} />
                <text x={x.to_string()} y="325" text-anchor="middle" dominant-baseline="central"
                    font-size={if mine { "13" } else { "10" }} font-weight={if mine { "700" } else { "400" }}>{ n.to_string() }</text>
            </g>
        }
    };
    html! {
        <svg class="safe-house" viewBox="0 0 360 350" width="360" height="350" role="img"
            aria-label={safe_house_label(lang, names, score)}>
            <polygon points="30,120 180,20 330,120" fill="none" stroke="#000" stroke-width="3" stroke-linejoin="round" />
            <text x="180" y="100" text-anchor="middle" font-size="20" font-weight="700">{ rt(lang, RT::MySafeHouse) }</text>
            <rect x="60" y="120" width="240" height="170" fill="none" stroke="#000" stroke-width="3" />
            <rect x="160" y="235" width="40" height="55" fill="none" stroke="#000" stroke-width="2" />
            <circle cx="192" cy="263" r="2.5" fill="#000" />
            { for lines.iter().enumerate().map(|(i, name)| html! {
                <text class="house-name" x="180" y={(156 + 26 * i).to_string()} text-anchor="middle" font-size="22">{ name.clone() }</text>
            }) }
            if score.is_some() {
                { for (0..=10).map(stone) }
            }
        </svg>
    }
}
