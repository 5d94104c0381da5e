//! A score over the meetings, drawn small: a line over 0–10 with a dot per meeting, in
//! outlines that print in black and white. The words beside it say the same for anyone
//! who does not see the drawing (the drawing itself is hidden from screen readers).

use crate::meeting::TrendPoint;
use yew::prelude::*;

const W: f64 = 84.0;
const H: f64 = 28.0;
const PAD: f64 = 4.0;

pub fn trend_svg(points: &[TrendPoint]) -> Html {
    if points.len() < 2 {
        return html! {};
    }
    let step = (W - 2.0 * PAD) / ((points.len() - 1) as f64);
    let xy: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| (PAD + step * i as f64, H - PAD - (f64::from(p.score) / 10.0) * (H - 2.0 * PAD)))
        .collect();
    let path: Vec<String> = xy.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
    html! {
        <svg class="trend" viewBox={format!("0 0 {W} {H}")} width="84" height="28" aria-hidden="true" focusable="false">
            <line x1={PAD.to_string()} y1={(H - PAD).to_string()} x2={(W - PAD).to_string()} y2={(H - PAD).to_string()}
                stroke="currentColor" stroke-width="0.5" />
            <polyline points={path.join(" ")} fill="none" stroke="currentColor" stroke-width="1.5" />
            { for xy.iter().map(|(x, y)| html! {
                <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="2.2" fill="white" stroke="currentColor" stroke-width="1.2" />
            }) }
        </svg>
    }
}
