//! The drawing of a map, computed once: rings, wedges, persons and ties with their
//! positions and styles. The screen, the SVG/PNG export and print all draw this scene,
//! so what is exported is what was seen. Pure: no browser APIs.

mod badges;
mod bounds;
pub mod geometry;
mod index;
mod labels;
mod lift;
mod place;
mod raster;
mod rect;
mod spread;
mod text;
mod ties;
mod words;

use crate::model::{FamilyMap, Person, PersonId, PersonKind, Ring, Sector, TieId, TieKind};
pub use badges::{badge_size, badges, AgeBadge, SafeBadge};
use bounds::{map_text_boxes, paper};
use geometry::*;
use index::{Shape, ShapeIndex};
pub use lift::Lifted;
pub use place::PERSON_SPACING;
pub use text::{text_width, BASELINE_DROP, LABEL_FONT_SIZE, LABEL_HEIGHT, ROLE_SCALE};
pub use ties::{tie_style, TieStyle};
pub use words::MapWords;

/// Radius of a person's circle.
pub const PERSON_RADIUS: f64 = 22.0;
/// Half the width of the square scene, with room for the sector labels outside the rings.
pub const HALF_SIZE: f64 = OUTER_RADIUS + 70.0;
/// Names longer than this are cut with an ellipsis on the map (the full name is in the
/// list view and the accessible name).
pub const MAX_LABEL_CHARS: usize = 24;
/// The largest name the screen asks for (a phone showing a whole map).
pub const MAX_LABEL_FONT: f64 = 60.0;
/// Font size of the sector names around the rings (see `.sector-label` in the stylesheet).
pub const SECTOR_FONT_SIZE: f64 = 22.0;
/// How far names may reach past the paper's edge before a spot counts as worse (the
/// view box then grows to show them).
const NAME_MARGIN: f64 = 100.0;

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
    /// The font size the sector name was placed for: larger when names are (a phone).
    pub label_font: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PersonMark {
    pub id: PersonId,
    pub x: f64,
    pub y: f64,
    pub r: f64,
    /// The name as drawn (cut when very long).
    pub label: String,
    /// Where the name goes, for `text-anchor="middle"`: the middle of its box...
    pub label_x: f64,
    /// ...and its baseline (`BASELINE_DROP` below the middle of the name's line).
    pub label_y: f64,
    /// The font size the name was placed for (the role is `ROLE_SCALE` of it).
    pub label_font: f64,
    /// The person's role or relationship, on a smaller line under the name (may be empty).
    pub role: String,
    /// The role's baseline.
    pub role_y: f64,
    /// The box the name was given, `[min_x, min_y, width, height]`: clear of every other
    /// name and circle wherever the map leaves room for that.
    pub label_box: [f64; 4],
    /// `[x1, y1, x2, y2]`: a thin line from the circle's edge to the name, when the name
    /// had to move away from its person to stay clear of others (a crowded map).
    pub label_leader: Option<[f64; 4]>,
    /// What a screen reader says; starts with the full name.
    pub accessible_name: String,
    pub kind: PersonKind,
    pub household: bool,
    pub child: bool,
    pub deceased: bool,
    pub avatar: String,
    /// A small symbol beside the circle (♀, ♂, ⚧), or empty when not said.
    pub gender_symbol: &'static str,
    /// How many things play a role for this person (`Person::factors`): drawn as a number
    /// in a small square beside the circle; which ones is in the accessible name.
    pub factors: usize,
    /// The age for the badge beside the circle ("12", or a band "12–15"), or empty.
    pub age: String,
    /// The names of the children this person is a safe adult for (the shield badge).
    pub safe_for: Vec<String>,
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
    /// The curve's points: it starts at `start` (just outside the `from` circle), bows
    /// towards `control` and ends at `end`, where the arrowhead's tip meets the edge of
    /// the `to` circle.
    pub start: (f64, f64),
    pub control: (f64, f64),
    pub end: (f64, f64),
}

/// A faint fill per wedge, so the sectors can be told apart and matched with the legend;
/// used by the screen and the exported picture alike.
pub fn sector_fill(sector: Sector) -> &'static str {
    match sector {
        Sector::Household => "#fff6d5",
        Sector::Family => "#fdeee0",
        Sector::Friends => "#e9f5e9",
        Sector::Community => "#e8eefa",
        Sector::SchoolWork => "#f6eaf8",
        Sector::Professionals => "#eeeeee",
    }
}

impl TieLine {
    /// The middle of the curve, where the kind's symbol goes (a quarter of each end plus
    /// half the control point, for a quadratic curve).
    pub fn midpoint(&self) -> (f64, f64) {
        (
            0.25 * self.start.0 + 0.5 * self.control.0 + 0.25 * self.end.0,
            0.25 * self.start.1 + 0.5 * self.control.1 + 0.25 * self.end.1,
        )
    }
}

impl Scene {
    /// The scene of `map`, with the words on it (sector and ring names, what a screen
    /// reader says of each person) from `words`.
    pub fn build(map: &FamilyMap, words: impl MapWords) -> Scene {
        Scene::build_with(map, words, LABEL_FONT_SIZE)
    }

    /// The scene with names placed for `label_font` (in scene units): the screen makes
    /// names larger when the map is shown small, so they stay readable across a table.
    pub fn build_with(map: &FamilyMap, words: impl MapWords, label_font: f64) -> Scene {
        let label_font = label_font.clamp(LABEL_FONT_SIZE, MAX_LABEL_FONT);
        let mut persons: Vec<PersonMark> = place::place_persons(map)
            .into_iter()
            .map(|(person, x, y)| mark(map, person, x, y, &words, label_font))
            .collect();
        let wedges = wedges(&words, sector_font_for(label_font));
        let centre = Circle { x: 0.0, y: 0.0, r: CENTRE_RADIUS };
        let centre_label = words.sector(Sector::Household);
        let rings: Vec<RingMark> =
            Ring::all().map(|ring| RingMark { ring, radius: ring_band(ring).1, label: words.ring(ring) }).collect();
        // Circles first, then the map's own text: names are placed around both.
        let mut index = ShapeIndex::new();
        for (i, p) in persons.iter().enumerate() {
            index.insert(Shape::person(i, p.x, p.y, p.r));
        }
        // Badges are drawn beside the circles: names keep clear of them too.
        for p in &persons {
            let (age, safe) = badges(p, badge_size(label_font));
            for rect in age.map(|b| b.rect).into_iter().chain(safe.map(|b| b.rect)) {
                index.insert(Shape::fixed(rect::Rect::from_view_box(rect)));
            }
        }
        for rect in map_text_boxes(&centre, &centre_label, &rings, &wedges) {
            index.insert(Shape::fixed(rect));
        }
        labels::place_labels(&mut persons, &mut index, &paper().grown(NAME_MARGIN));
        let ties = ties::tie_lines(map, &persons, &index);
        let mut scene = Scene {
            view_box: paper().to_view_box(),
            title: map.title().to_owned(),
            centre,
            centre_label,
            rings,
            wedges,
            persons,
            ties,
        };
        // A name pushed past the paper's edge, or a long sector name, must still be seen
        // (and exported).
        scene.view_box = paper().union(rect::Rect::from_view_box(scene.bounds())).to_view_box();
        scene
    }

    /// A person's mark (persons are kept in id order).
    pub fn person(&self, id: PersonId) -> Option<&PersonMark> {
        self.persons.binary_search_by_key(&id, |p| p.id).ok().map(|i| &self.persons[i])
    }

    /// Every tie from or to a person, in id order: for highlighting a selection.
    pub fn ties_of(&self, person: PersonId) -> impl Iterator<Item = &TieLine> {
        self.ties.iter().filter(move |tie| tie.from == person || tie.to == person)
    }
}

/// The largest sector name, in scene units (larger ones would cover the outer ring).
pub const MAX_SECTOR_FONT: f64 = 50.0;

/// The font the sector names are placed for when names are placed for `label_font`: they
/// grow with the names (a phone), from `SECTOR_FONT_SIZE` up to `MAX_SECTOR_FONT`.
pub fn sector_font_for(label_font: f64) -> f64 {
    (label_font * 0.95).clamp(SECTOR_FONT_SIZE, MAX_SECTOR_FONT)
}

fn wedges(words: &impl MapWords, font: f64) -> Vec<WedgeMark> {
    Sector::OUTER
        .iter()
        .filter_map(|&sector| {
            let start = wedge_start(sector)?;
            let end = start + wedge_span();
            let (label_x, label_y) = polar(OUTER_RADIUS + 30.0, (start + end) / 2.0);
            let label = words.sector(sector);
            // A large name at the side moves in as far as it needs to stay on the paper
            // (bold text is about a tenth wider than the estimate).
            let reach = (HALF_SIZE + 26.0 - 0.55 * text_width(&label, font)).max(0.0);
            Some(WedgeMark {
                sector,
                path: wedge_path(CENTRE_RADIUS, OUTER_RADIUS, start, end),
                label,
                label_x: label_x.clamp(-reach, reach),
                label_y,
                label_font: font,
            })
        })
        .collect()
}

fn mark(map: &FamilyMap, person: &Person, x: f64, y: f64, words: &impl MapWords, label_font: f64) -> PersonMark {
    let age = match person.age {
        Some(crate::model::Age::Years(years)) => years.to_string(),
        Some(crate::model::Age::Band { from, to }) => format!("{from}–{to}"),
        // A birth year needs today's date, which the scene does not know.
        Some(crate::model::Age::BirthYear(_)) | None => String::new(),
    };
    let safe_for: Vec<String> = person
        .child_safety
        .iter()
        .filter(|(_, safety)| **safety == crate::model::ChildSafety::SafeAdult)
        .filter_map(|(child, _)| map.person(*child))
        .map(|child| child.name.trim().to_owned())
        .collect();
    let badges = words.badges(person.child, &age, &safe_for);
    let mut accessible_name = words.person(person);
    if !badges.is_empty() {
        // A semicolon: the list of what plays a role before it is itself separated by commas.
        accessible_name = format!("{accessible_name}; {badges}");
    }
    PersonMark {
        id: person.id,
        x,
        y,
        r: PERSON_RADIUS,
        label: short_label(&person.name),
        // Below the circle until the names are placed (see `labels`).
        label_x: x,
        label_y: y + PERSON_RADIUS + 16.0,
        label_font,
        role: short_label(&person.role),
        role_y: y + PERSON_RADIUS + 16.0 + label_font,
        label_box: [x, y + PERSON_RADIUS, 0.0, 0.0],
        label_leader: None,
        accessible_name,
        kind: person.kind,
        household: person.in_centre(),
        child: person.child,
        deceased: person.deceased,
        avatar: person.avatar.clone(),
        gender_symbol: match person.gender {
            crate::model::Gender::Female => "♀",
            crate::model::Gender::Male => "♂",
            crate::model::Gender::Other => "⚧",
            crate::model::Gender::Unknown => "",
        },
        factors: person.factors.len(),
        age,
        safe_for,
    }
}

/// The square with the number of things that play a role for a person: `[x, y, size]`,
/// its top-left corner and side, below left of the circle (the gender symbol is above right).
pub fn factor_badge(mark: &PersonMark) -> Option<[f64; 3]> {
    const SIZE: f64 = 22.0;
    (mark.factors > 0).then(|| [mark.x - mark.r * 0.8 - SIZE / 2.0, mark.y + mark.r * 0.8 - SIZE / 2.0, SIZE])
}

/// The letters on a safe adult's shield: the first letter of each child's name (at most
/// three; the accessible name and the person panel say the names in full).
pub fn safe_for_initials(names: &[String]) -> String {
    let mut initials: String = names.iter().filter_map(|name| name.chars().next()).take(3).collect();
    if names.len() > 3 {
        initials.push('+');
    }
    initials
}

/// A coordinate or length as written in SVG: a tenth of a unit is finer than any screen
/// or printer shows, and keeps the drawing small. One rule for screen, print and export.
pub fn svg_number(value: f64) -> String {
    format!("{value:.1}")
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
