//! The paper every picture of the map is drawn on: the sectors with their names, the rings
//! with their numbers, and the household in the middle. One markup for the working map, the
//! printed map page, the pictures in "Over time" and the guided session's preview, so they
//! cannot drift apart; what differs per place is only which parts show and the stylesheet
//! (`.on-screen`, `.on-paper`, `.thumbnail`).

use crate::model::Sector;
use crate::scene::geometry::RING_WIDTH;
use crate::scene::{sector_fill, svg_number as fmt, Scene};
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// The working map and the pictures beside a text: sectors in their colours.
    Screen,
    /// A printed page: outlines only, so it prints clearly in grey.
    Print,
    /// A small preview: outlines only and no words, which would be too small to read.
    Thumbnail,
}

impl Paper {
    fn class(self) -> &'static str {
        match self {
            Paper::Screen => "on-screen",
            Paper::Print => "on-paper",
            Paper::Thumbnail => "thumbnail",
        }
    }
}

/// Rings, wedges and their labels, behind the persons and ties. `sector_font`: the size the
/// sector names are shown at (on the working map they read at 12 px where they can), never
/// larger than the scene placed them for; `None` keeps the stylesheet's size.
pub fn backdrop(scene: &Scene, paper: Paper, sector_font: Option<f64>) -> Html {
    let filled = paper == Paper::Screen;
    let words = paper != Paper::Thumbnail;
    let fill = |sector: Sector| filled.then(|| sector_fill(sector));
    html! {
        <g class={classes!("backdrop", paper.class())} aria-hidden="true">
            { for scene.wedges.iter().map(|w| html! {
                <g class={classes!("wedge", format!("sector-{}", w.sector.key()))}>
                    <path d={w.path.clone()} fill={fill(w.sector)} />
                    if words {
                        <text class="sector-label" x={fmt(w.label_x)} y={fmt(w.label_y)}
                            font-size={sector_font.map(|font| fmt(font.min(w.label_font)))}
                            text-anchor="middle" dominant-baseline="middle">{ w.label.clone() }</text>
                    }
                </g>
            }) }
            { for scene.rings.iter().map(|r| html! {
                <circle class="ring" cx="0" cy="0" r={fmt(r.radius)} />
            }) }
            <circle class="centre" cx="0" cy="0" r={fmt(scene.centre.r)} fill={fill(Sector::Household)} />
            if words {
                // Ring numbers straight up, between the last and first wedge, as in the export.
                { for scene.rings.iter().map(|r| html! {
                    <text class="ring-number" x="0" y={fmt(-(r.radius - RING_WIDTH / 2.0))} text-anchor="middle"
                        dominant-baseline="central">{ r.ring.get().to_string() }</text>
                }) }
                <text class="centre-label" x="0" y={fmt(-scene.centre.r + 18.0)} text-anchor="middle">
                    { scene.centre_label.clone() }
                </text>
            }
        </g>
    }
}
