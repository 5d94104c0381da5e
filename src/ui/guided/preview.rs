//! The map growing beside the questions: a small drawing of the same scene the editor
//! draws, read-only, with one sentence for screen readers instead of every shape.

use crate::i18n::guided::{map_summary, text, Text};
use crate::model::FamilyMap;
use crate::scene::Scene;
use crate::ui::backdrop::{backdrop, Paper};
use crate::ui::state::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapPreviewProps {}

#[component]
pub fn MapPreview(_props: &MapPreviewProps) -> Html {
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let scene = {
        let state = state.clone();
        use_memo((state.map_id.clone(), state.revision, lang), move |_| {
            state.map().map(|m| Scene::build(&m, lang)).unwrap_or_else(|| Scene::build(&FamilyMap::default(), lang))
        })
    };
    let summary = map_summary(lang, scene.persons.len(), scene.ties.len());
    let [x, y, w, h] = scene.view_box;
    html! {
        <figure class="map-preview">
            <figcaption>
                <span class="preview-title">{ text(lang, Text::MapSoFar) }</span>
                <span class="preview-count">{ summary.clone() }</span>
            </figcaption>
            <svg viewBox={format!("{x:.0} {y:.0} {w:.0} {h:.0}")} role="img" aria-label={summary}
                data-persons={scene.persons.len().to_string()} data-ties={scene.ties.len().to_string()}>
                { backdrop(&scene, Paper::Thumbnail, None) }
                { for scene.ties.iter().map(|line| html! {
                    <path class={classes!("pv-tie", line.style.class)} d={line.path.clone()} fill="none"
                        stroke-width={format!("{:.1}", line.style.width * 1.5)} stroke-dasharray={line.style.dash} />
                }) }
                { for scene.persons.iter().map(|p| html! {
                    <g class={classes!("pv-person", p.child.then_some("child"), p.household.then_some("household"))}
                        transform={format!("translate({:.1} {:.1})", p.x, p.y)}>
                        <circle r={format!("{:.1}", p.r)} />
                        <text y={format!("{:.1}", p.r + 24.0)} text-anchor="middle">{ p.label.clone() }</text>
                    </g>
                }) }
            </svg>
        </figure>
    }
}
