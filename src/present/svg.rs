//! The map as a self-contained SVG picture: exactly the scene on screen, with a title,
//! a date and a legend, so a printed or mailed copy explains itself.
//!
//! Self-contained on purpose: no scripts, no external fonts, images or styles. The browser
//! turns this same text into a PNG, so nothing here may need a web API.

use crate::i18n::files::{picture_text, PictureText};
use crate::i18n::workspace::{text, Text};
use crate::i18n::{t, Key, Lang};
use crate::io::xml::escape;
use crate::model::{PersonId, PersonKind, Ring, Sector, Tie, TieId, TieKind};
use crate::scene::{tie_style, PersonMark, Scene, TieLine};
use std::fmt::Write;

/// Room above the map for the title and date.
const HEADER_HEIGHT: f64 = 90.0;
/// Room below the map for the legend.
const LEGEND_HEIGHT: f64 = 230.0;
const ROW: f64 = 26.0;
const FONT: &str = "Arial, Helvetica, sans-serif";
const INK: &str = "#222222";
const LINE_GREY: &str = "#9e9e9e";

/// Colour per tie kind. The line pattern (from `scene::tie_style`) carries the meaning;
/// colour only helps, so the picture still reads in black-and-white print.
fn tie_colour(kind: TieKind) -> &'static str {
    match kind {
        TieKind::Support => "#2e7d32",
        TieKind::Risk => "#c62828",
        TieKind::Contact => "#546e7a",
    }
}

const KINDS: [TieKind; 3] = [TieKind::Support, TieKind::Risk, TieKind::Contact];

/// The picture. `date` is shown as given (the browser formats today's date).
pub fn export(scene: &Scene, lang: Lang, date: &str) -> String {
    let [vx, vy, vw, vh] = scene.view_box;
    let (top, height) = (vy - HEADER_HEIGHT, vh + HEADER_HEIGHT + LEGEND_HEIGHT);
    let title = if scene.title.trim().is_empty() { t(lang, Key::UntitledMap) } else { scene.title.as_str() };
    let mut s = String::with_capacity(8_000 + 700 * scene.persons.len() + 300 * scene.ties.len());
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{vw:.0}\" height=\"{height:.0}\" \
         viewBox=\"{vx:.1} {top:.1} {vw:.1} {height:.1}\" role=\"img\" aria-labelledby=\"kring-title\" \
         xml:lang=\"{}\" font-family=\"{FONT}\">",
        lang.code()
    );
    let _ = writeln!(s, "<title id=\"kring-title\">{}</title>", escape(title));
    markers(&mut s);
    let _ =
        writeln!(s, "<rect x=\"{vx:.1}\" y=\"{top:.1}\" width=\"{vw:.1}\" height=\"{height:.1}\" fill=\"#ffffff\"/>");
    background(&mut s, scene);
    for line in &scene.ties {
        tie(&mut s, line);
    }
    for person in &scene.persons {
        person_mark(&mut s, person);
    }
    header(&mut s, vx, top, title, lang, date);
    legend(&mut s, lang, vx, vy + vh + 20.0, vw);
    s.push_str("</svg>\n");
    s
}

/// Arrowheads, one per kind and end, in the kind's colour (SVG 1.1 markers cannot take
/// the colour of the line they sit on). Fixed size, so thin ties keep visible arrows.
fn markers(s: &mut String) {
    s.push_str("<defs>\n");
    for kind in KINDS {
        let colour = tie_colour(kind);
        let name = marker_name(kind);
        let _ = writeln!(
            s,
            "<marker id=\"kring-end-{name}\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"12\" \
             markerHeight=\"12\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0 0L10 5L0 10z\" fill=\"{colour}\"/></marker>"
        );
        let _ = writeln!(
            s,
            "<marker id=\"kring-start-{name}\" viewBox=\"0 0 10 10\" refX=\"2\" refY=\"5\" markerWidth=\"12\" \
             markerHeight=\"12\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M10 0L0 5L10 10z\" fill=\"{colour}\"/></marker>"
        );
    }
    s.push_str("</defs>\n");
}

fn marker_name(kind: TieKind) -> &'static str {
    match kind {
        TieKind::Support => "support",
        TieKind::Risk => "risk",
        TieKind::Contact => "contact",
    }
}

/// Wedges, rings, the centre circle, ring numbers and sector names.
fn background(s: &mut String, scene: &Scene) {
    for wedge in &scene.wedges {
        let _ = writeln!(
            s,
            "<path d=\"{}\" fill=\"{}\" stroke=\"{LINE_GREY}\" stroke-width=\"1.5\"/>",
            escape(&wedge.path),
            crate::scene::sector_fill(wedge.sector)
        );
    }
    for ring in &scene.rings {
        let _ = writeln!(
            s,
            "<circle cx=\"0\" cy=\"0\" r=\"{:.1}\" fill=\"none\" stroke=\"{LINE_GREY}\" stroke-width=\"1\"/>",
            ring.radius
        );
    }
    let c = &scene.centre;
    let _ = writeln!(
        s,
        "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{:.1}\" fill=\"{}\" stroke=\"{LINE_GREY}\" stroke-width=\"1.5\"/>",
        c.x,
        c.y,
        c.r,
        crate::scene::sector_fill(Sector::Household)
    );
    let _ = writeln!(
        s,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"13\" fill=\"#777777\">{}</text>",
        c.x,
        c.y - c.r + 18.0,
        escape(&scene.centre_label)
    );
    // Ring numbers on the line between the last and first wedge (straight up), where no
    // person sits; the legend says what each number means.
    for ring in &scene.rings {
        let y = -(ring.radius - crate::scene::geometry::RING_WIDTH / 2.0);
        let _ = writeln!(
            s,
            "<text x=\"0\" y=\"{y:.1}\" text-anchor=\"middle\" dominant-baseline=\"central\" font-size=\"14\" \
             font-weight=\"bold\" fill=\"#777777\">{}</text>",
            ring.ring.get()
        );
    }
    for wedge in &scene.wedges {
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" dominant-baseline=\"central\" font-size=\"17\" \
             font-weight=\"bold\" fill=\"{INK}\">{}</text>",
            wedge.label_x,
            wedge.label_y,
            escape(&wedge.label)
        );
    }
}

fn tie(s: &mut String, line: &TieLine) {
    let kind = marker_name(line.kind);
    let dash = line.style.dash.map(|d| format!(" stroke-dasharray=\"{}\"", escape(d))).unwrap_or_default();
    let end = if line.style.arrow_end { format!(" marker-end=\"url(#kring-end-{kind})\"") } else { String::new() };
    let start =
        if line.style.arrow_start { format!(" marker-start=\"url(#kring-start-{kind})\"") } else { String::new() };
    let _ = writeln!(
        s,
        "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{:.1}\" stroke-linecap=\"round\"{dash}{start}{end}/>",
        escape(&line.path),
        tie_colour(line.kind),
        line.style.width
    );
    tie_badge(s, line);
}

/// The same symbol halfway along a tie as on screen: "+" in a circle for support, "!" in a
/// diamond for risk, so the kind reads in black and white even on a short tie.
fn tie_badge(s: &mut String, line: &TieLine) {
    let (x, y) = line.midpoint();
    let colour = tie_colour(line.kind);
    let shape = match line.kind {
        TieKind::Support => format!(
            "<circle r=\"11\" fill=\"#ffffff\" stroke=\"{colour}\" stroke-width=\"1.5\"/><path d=\"M-6 0H6M0 -6V6\" stroke=\"{INK}\" stroke-width=\"2\"/>"
        ),
        TieKind::Risk => format!(
            "<path d=\"M0 -13L13 0L0 13L-13 0Z\" fill=\"#ffffff\" stroke=\"{colour}\" stroke-width=\"1.5\"/><path d=\"M0 -6.5V2M0 4.5V6\" stroke=\"{INK}\" stroke-width=\"2\"/>"
        ),
        TieKind::Contact => return,
    };
    let _ = writeln!(s, "<g transform=\"translate({x:.1} {y:.1})\">{shape}</g>");
}

fn person_mark(s: &mut String, p: &PersonMark) {
    let fill = match (p.deceased, p.kind, p.child) {
        (true, _, _) => "#e0e0e0",
        (false, PersonKind::Pet, _) => "#f3e5f5",
        (false, PersonKind::Organisation, _) => "#e3f2fd",
        (false, PersonKind::Person, true) => "#fff3e0",
        (false, PersonKind::Person, false) => "#ffffff",
    };
    if p.kind == PersonKind::Organisation {
        // Organisations and places are squares, so they stand out from people in grey print too.
        let _ = writeln!(
            s,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"5\" fill=\"{fill}\" stroke=\"{INK}\" stroke-width=\"2\"/>",
            p.x - p.r,
            p.y - p.r,
            2.0 * p.r,
            2.0 * p.r
        );
    } else {
        let _ = writeln!(
            s,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{:.1}\" fill=\"{fill}\" stroke=\"{INK}\" stroke-width=\"2\"/>",
            p.x, p.y, p.r
        );
    }
    if let Some([x1, y1, x2, y2]) = p.label_leader {
        let _ = writeln!(
            s,
            "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"#4a4a55\" stroke-width=\"1\"/>"
        );
    }
    if p.child {
        // A dashed ring marks a child, as on screen: readable without colour.
        let _ = writeln!(
            s,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{:.1}\" fill=\"none\" stroke=\"{INK}\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>",
            p.x,
            p.y,
            p.r + 4.0
        );
    }
    if !p.gender_symbol.is_empty() {
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" dominant-baseline=\"central\" font-size=\"15\" fill=\"{INK}\">{}</text>",
            p.x + p.r * 0.8,
            p.y - p.r * 0.8,
            p.gender_symbol
        );
    }
    if let Some([bx, by, size]) = crate::scene::factor_badge(p) {
        let _ = writeln!(
            s,
            "<rect x=\"{bx:.1}\" y=\"{by:.1}\" width=\"{size:.1}\" height=\"{size:.1}\" rx=\"2\" fill=\"#ffffff\" stroke=\"{INK}\" stroke-width=\"1.5\"/>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" dominant-baseline=\"central\" font-size=\"16\" font-weight=\"bold\" fill=\"{INK}\">{}</text>",
            bx + size / 2.0,
            by + size / 2.0,
            p.factors
        );
    }
    if !p.avatar.is_empty() {
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" dominant-baseline=\"central\" font-size=\"20\">{}</text>",
            p.x,
            p.y,
            escape(&p.avatar)
        );
    }
    person_badges(s, p);
    let label = if p.deceased { format!("{} †", p.label) } else { p.label.clone() };
    let label = escape(&label);
    // A white outline drawn first keeps names readable where they cross lines.
    let _ = writeln!(
        s,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#ffffff\" stroke=\"#ffffff\" \
         stroke-width=\"4\" stroke-linejoin=\"round\" aria-hidden=\"true\">{label}</text>\n\
         <text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"middle\" font-size=\"14\" fill=\"{INK}\">{label}</text>",
        x = p.label_x,
        y = p.label_y
    );
}

/// The child and age badge and the safe-adult shield, as on screen (`scene::badges`).
fn person_badges(s: &mut String, p: &PersonMark) {
    let (age, safe) = crate::scene::badges(p, crate::scene::badge_size(p.label_font));
    if let Some(b) = age {
        let [x, y, w, h] = b.rect;
        let (fill, ink) = if b.child { (INK, "#ffffff") } else { ("#ffffff", INK) };
        let _ = writeln!(
            s,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" rx=\"{:.1}\" fill=\"{fill}\" stroke=\"{INK}\" stroke-width=\"2\"/>",
            h / 2.0
        );
        if let Some(figure) = b.figure {
            let _ = writeln!(s, "<path d=\"{figure}\" fill=\"{ink}\"/>");
        }
        if !b.text.is_empty() {
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{:.1}\" font-weight=\"bold\" fill=\"{ink}\">{}</text>",
                b.text_x,
                b.text_y,
                b.font,
                escape(&b.text)
            );
        }
    }
    if let Some(b) = safe {
        let _ = writeln!(
            s,
            "<path d=\"{}\" fill=\"#ffffff\" stroke=\"{INK}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{:.1}\" font-weight=\"bold\" fill=\"{INK}\">{}</text>",
            b.path,
            b.text_x,
            b.text_y,
            b.font,
            escape(&b.text)
        );
    }
}

fn header(s: &mut String, x: f64, top: f64, title: &str, lang: Lang, date: &str) {
    let _ = writeln!(
        s,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"28\" font-weight=\"bold\" fill=\"{INK}\">{}</text>",
        x + 24.0,
        top + 42.0,
        escape(title)
    );
    let _ = writeln!(
        s,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"15\" fill=\"#555555\">{} {}</text>",
        x + 24.0,
        top + 70.0,
        escape(picture_text(lang, PictureText::MadeOn)),
        escape(date)
    );
}

/// Three columns: what the ring numbers mean, which colour is which sector, and what
/// each line style means (the same styles as on the map).
fn legend(s: &mut String, lang: Lang, x: f64, y: f64, width: f64) {
    let column = width / 3.0;
    let (c1, c2, c3) = (x + 24.0, x + column + 12.0, x + 2.0 * column);
    legend_heading(s, c1, y, picture_text(lang, PictureText::LegendRings));
    for (i, ring) in Ring::all().enumerate() {
        let row = y + ROW * (i as f64 + 1.0);
        legend_text(s, c1, row, &format!("{}  {}", ring.get(), t(lang, Key::Ring(ring))));
    }
    for (i, key) in [Text::LegendChildBadge, Text::LegendAgeBadge, Text::LegendSafeBadge].into_iter().enumerate() {
        legend_text(s, c1, y + ROW * (i as f64 + 5.5), text(lang, key));
    }
    legend_heading(s, c2, y, picture_text(lang, PictureText::LegendSectors));
    for (i, sector) in Sector::ALL.iter().enumerate() {
        let row = y + ROW * (i as f64 + 1.0);
        let _ = writeln!(
            s,
            "<rect x=\"{c2:.1}\" y=\"{:.1}\" width=\"18\" height=\"18\" fill=\"{}\" stroke=\"{LINE_GREY}\"/>",
            row - 14.0,
            crate::scene::sector_fill(*sector)
        );
        legend_text(s, c2 + 28.0, row, t(lang, Key::Sector(*sector)));
    }
    legend_heading(s, c3, y, picture_text(lang, PictureText::LegendLines));
    for (i, kind) in KINDS.iter().enumerate() {
        let row = y + ROW * (i as f64 + 1.0);
        // The same style function as the map, so the legend cannot drift from the drawing.
        let style = tie_style(&Tie::new(TieId(0), PersonId(0), PersonId(1), *kind));
        let dash = style.dash.map(|d| format!(" stroke-dasharray=\"{}\"", escape(d))).unwrap_or_default();
        let _ = writeln!(
            s,
            "<path d=\"M{c3:.1} {:.1}H{:.1}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{:.1}\" stroke-linecap=\"round\"{dash} \
             marker-end=\"url(#kring-end-{})\"/>",
            row - 5.0,
            c3 + 52.0,
            tie_colour(*kind),
            style.width,
            marker_name(*kind)
        );
        legend_text(s, c3 + 70.0, row, t(lang, Key::TieKindName(*kind)));
    }
    legend_text(s, c3, y + ROW * 4.0, picture_text(lang, PictureText::ArrowMeaning));
    legend_text(s, c3, y + ROW * 5.0, picture_text(lang, PictureText::WidthMeaning));
    legend_text(s, c3, y + ROW * 6.0, crate::i18n::factors::text(lang, crate::i18n::factors::Text::BadgeMeaning));
}

fn legend_heading(s: &mut String, x: f64, y: f64, label: &str) {
    let _ = writeln!(
        s,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"16\" font-weight=\"bold\" fill=\"{INK}\">{}</text>",
        escape(label)
    );
}

fn legend_text(s: &mut String, x: f64, y: f64, label: &str) {
    let _ = writeln!(s, "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"14\" fill=\"{INK}\">{}</text>", escape(label));
}
