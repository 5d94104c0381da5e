//! The drawing of a map, computed once: rings, wedges, persons and ties with their
//! positions and styles. The screen, the SVG/PNG export and print all draw this scene,
//! so what is exported is what was seen. Pure: no browser APIs.

pub mod geometry;
mod ties;

use crate::i18n::{person_accessible_name, t, Key, Lang};
use crate::model::{FamilyMap, Person, PersonId, PersonKind, Ring, Sector, TieId, TieKind};
use geometry::*;
pub use ties::{tie_style, TieStyle};

/// Radius of a person's circle.
pub const PERSON_RADIUS: f64 = 22.0;
/// Half the width of the square scene, with room for the sector labels outside the rings.
pub const HALF_SIZE: f64 = OUTER_RADIUS + 70.0;
/// Names longer than this are cut with an ellipsis on the map (the full name is in the
/// list view and the accessible name).
pub const MAX_LABEL_CHARS: usize = 24;

#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// `min_x min_y width height`, for an SVG viewBox.
    pub view_box: [f64; 4],
    pub title: String,
    pub centre: Circle,
    pub centre_label: String,
    pub rings: Vec<RingMark>,
    pub wedges: Vec<WedgeMark>,
    pub persons: Vec<PersonMark>,
    pub ties: Vec<TieLine>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Circle {
    pub x: f64,
    pub y: f64,
    pub r: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RingMark {
    pub ring: Ring,
    pub radius: f64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WedgeMark {
    pub sector: Sector,
    /// The wedge's outline from the centre circle to the outer ring.
    pub path: String,
    pub label: String,
    pub label_x: f64,
    pub label_y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PersonMark {
    pub id: PersonId,
    pub x: f64,
    pub y: f64,
    pub r: f64,
    /// The name as drawn (cut when very long).
    pub label: String,
    pub label_x: f64,
    pub label_y: f64,
    /// What a screen reader says; starts with the full name.
    pub accessible_name: String,
    pub kind: PersonKind,
    pub household: bool,
    pub child: bool,
    pub deceased: bool,
    pub avatar: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TieLine {
    pub id: TieId,
    pub from: PersonId,
    pub to: PersonId,
    /// An SVG path: a gentle curve between the two persons' edges.
    pub path: String,
    pub style: TieStyle,
    pub kind: TieKind,
}

impl Scene {
    pub fn build(map: &FamilyMap, lang: Lang) -> Scene {
        let persons = place_persons(map, lang);
        let ties = ties::tie_lines(map, &persons);
        Scene {
            view_box: [-HALF_SIZE, -HALF_SIZE, 2.0 * HALF_SIZE, 2.0 * HALF_SIZE],
            title: map.title().to_owned(),
            centre: Circle { x: 0.0, y: 0.0, r: CENTRE_RADIUS },
            centre_label: t(lang, Key::Sector(Sector::Household)).to_owned(),
            rings: Ring::all()
                .map(|ring| RingMark { ring, radius: ring_band(ring).1, label: t(lang, Key::Ring(ring)).to_owned() })
                .collect(),
            wedges: wedges(lang),
            persons,
            ties,
        }
    }

    pub fn person(&self, id: PersonId) -> Option<&PersonMark> {
        self.persons.iter().find(|p| p.id == id)
    }
}

fn wedges(lang: Lang) -> Vec<WedgeMark> {
    Sector::OUTER
        .iter()
        .filter_map(|&sector| {
            let start = wedge_start(sector)?;
            let end = start + wedge_span();
            let (label_x, label_y) = polar(OUTER_RADIUS + 30.0, (start + end) / 2.0);
            Some(WedgeMark {
                sector,
                path: wedge_path(CENTRE_RADIUS, OUTER_RADIUS, start, end),
                label: t(lang, Key::Sector(sector)).to_owned(),
                label_x,
                label_y,
            })
        })
        .collect()
}

/// Where each person is drawn: household members spread evenly around the centre (in
/// the order of their angle), everyone else in their own ring and wedge.
fn place_persons(map: &FamilyMap, lang: Lang) -> Vec<PersonMark> {
    let persons = map.persons();
    let mut centre: Vec<&Person> = persons.iter().copied().filter(|p| p.in_centre()).collect();
    centre.sort_by(|a, b| a.angle.total_cmp(&b.angle).then(a.id.cmp(&b.id)));
    let mut marks = Vec::with_capacity(persons.len());
    for (k, person) in centre.iter().enumerate() {
        let (x, y) = if centre.len() == 1 {
            (0.0, 0.0)
        } else {
            let angle = FIRST_WEDGE_START + k as f64 * 2.0 * std::f64::consts::PI / centre.len() as f64;
            polar(CENTRE_RADIUS * 0.55, angle)
        };
        marks.push(mark(person, x, y, lang));
    }
    for person in persons.iter().filter(|p| !p.in_centre()) {
        let angle = angle_in_wedge(person.sector, person.angle).unwrap_or(FIRST_WEDGE_START);
        let (x, y) = polar(ring_middle(person.ring), angle);
        marks.push(mark(person, x, y, lang));
    }
    marks.sort_by_key(|m| m.id);
    marks
}

fn mark(person: &Person, x: f64, y: f64, lang: Lang) -> PersonMark {
    PersonMark {
        id: person.id,
        x,
        y,
        r: PERSON_RADIUS,
        label: short_label(&person.name),
        label_x: x,
        label_y: y + PERSON_RADIUS + 16.0,
        accessible_name: person_accessible_name(lang, &person.name, person.sector, person.ring, person.in_centre()),
        kind: person.kind,
        household: person.in_centre(),
        child: person.child,
        deceased: person.deceased,
        avatar: person.avatar.clone(),
    }
}

/// Cuts a name to `MAX_LABEL_CHARS` characters (not bytes: names may be emoji or Arabic).
pub fn short_label(name: &str) -> String {
    let name = name.trim();
    if name.chars().count() <= MAX_LABEL_CHARS {
        name.to_owned()
    } else {
        let cut: String = name.chars().take(MAX_LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}
