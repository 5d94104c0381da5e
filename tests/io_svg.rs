//! SVG export: a picture of exactly the scene, with a title, date and legend, that is
//! well-formed, self-contained and inert whatever people typed into the map.

mod common;
#[path = "fixtures/io/maps.rs"]
mod maps;

use common::*;
use kring::i18n::files::{picture_text, PictureText};
use kring::i18n::{t, Key, Lang};
use kring::io::xml::escape;
use kring::model::*;
use kring::present::svg::export;
use kring::scene::{tie_style, Scene};
use maps::everything;
use proptest::prelude::*;

fn picture(map: &FamilyMap, lang: Lang) -> String {
    export(&Scene::build(map, lang), lang, "28-11-2026")
}

const HOSTILE: &str = "\"><svg onload=alert(1)>";

/// A map where every text people can type is an attack.
fn hostile_map() -> FamilyMap {
    let mut map = bakker();
    let mut edits = vec![Edit::RenameMap { title: format!("<script>alert(1)</script>{HOSTILE}") }];
    for person in map.persons() {
        let mut p = person.clone();
        p.name = format!("{HOSTILE}{}", p.name);
        p.avatar = "<img src=x onerror=alert(1)>".into();
        p.note = "]]><script>".into();
        edits.push(Edit::UpdatePerson { person: p });
    }
    map.apply(Edit::Batch { edits }).expect("valid edits");
    map
}

/// Checks that elements nest and close properly, that every `&` starts a reference and
/// that no element has an event handler (`onload=`): enough to know a browser or image
/// library reads the file as inert XML.
fn assert_well_formed(svg: &str) {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = svg;
    while let Some(lt) = rest.find('<') {
        check_references(&rest[..lt]);
        rest = &rest[lt..];
        let gt = rest.find('>').expect("every tag closes");
        let tag = &rest[1..gt];
        check_references(tag);
        let handler =
            tag.split_whitespace().skip(1).find(|part| part.split('=').next().is_some_and(|n| n.starts_with("on")));
        assert!(handler.is_none(), "event handler {handler:?} in <{tag}>");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop(), Some(name.trim()), "</{name}> closes the wrong element");
        } else if !tag.ends_with('/') {
            open.push(tag.split_whitespace().next().unwrap_or_default());
        }
        rest = &rest[gt + 1..];
    }
    check_references(rest);
    assert!(open.is_empty(), "unclosed: {open:?}");
}

fn check_references(text: &str) {
    for (i, _) in text.match_indices('&') {
        let after = &text[i + 1..];
        let ok = ["amp;", "lt;", "gt;", "quot;", "apos;", "#"].iter().any(|r| after.starts_with(r));
        assert!(ok, "bare & in {text:?}");
    }
}

#[test]
fn the_picture_is_well_formed_and_self_contained() {
    for map in [bakker(), everything(), hostile_map(), FamilyMap::new("")] {
        for lang in Lang::ALL {
            let svg = picture(&map, lang);
            assert_well_formed(&svg);
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            assert_eq!(svg.matches("<svg").count(), 1);
            for forbidden in ["<script", "<image", "<foreignObject", "href", "@import", "<style", "javascript:"] {
                assert!(!svg.contains(forbidden), "{forbidden} in the picture");
            }
            assert_eq!(svg.matches("http").count(), 1, "the only address is the SVG namespace");
        }
    }
}

#[test]
fn every_user_string_appears_only_escaped() {
    let map = hostile_map();
    let svg = picture(&map, Lang::Nl);
    assert!(!svg.contains(HOSTILE) && !svg.contains("<img"));
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;svg onload=alert(1)&gt;"), "the title");
    assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;"), "the avatar");
    let scene = Scene::build(&map, Lang::Nl);
    for person in &scene.persons {
        assert!(svg.contains(&format!(">{}</text>", escape(&person.label))), "{} is not drawn", person.label);
    }
    let dated = export(&scene, Lang::En, "<b>today</b>");
    assert!(dated.contains("Made on &lt;b&gt;today&lt;/b&gt;"));
}

#[test]
fn escape_handles_markup_quotes_line_ends_and_control_characters() {
    assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
    assert_eq!(escape("1\r\n2\t3"), "1&#13;&#10;2&#9;3");
    assert_eq!(escape("x\u{0}\u{1b}\u{fffe}y"), "xy", "characters XML cannot hold are left out");
    assert_eq!(escape("😀 é"), "😀 é");
}

#[test]
fn the_picture_draws_exactly_the_scene() {
    let map = everything();
    let scene = Scene::build(&map, Lang::Nl);
    let svg = export(&scene, Lang::Nl, "1-1-2026");
    assert!(svg.contains(&escape(&scene.title)));
    for wedge in &scene.wedges {
        assert!(svg.contains(&format!("d=\"{}\"", wedge.path)), "wedge {:?}", wedge.sector);
        assert!(svg.contains(&escape(&wedge.label)));
    }
    for ring in &scene.rings {
        assert!(svg.contains(&format!("r=\"{:.1}\"", ring.radius)));
    }
    for person in &scene.persons {
        assert!(svg.contains(&format!("x=\"{:.1}\" y=\"{:.1}\"", person.label_x, person.label_y)));
    }
    for line in &scene.ties {
        let drawn = svg.lines().find(|l| l.contains(&format!("d=\"{}\"", line.path))).expect("tie is drawn");
        assert!(drawn.contains(&format!("stroke-width=\"{:.1}\"", line.style.width)));
        match line.style.dash {
            Some(dash) => assert!(drawn.contains(&format!("stroke-dasharray=\"{dash}\""))),
            None => assert!(!drawn.contains("stroke-dasharray")),
        }
        assert_eq!(drawn.contains("marker-start="), line.style.arrow_start, "mutual ties have two arrowheads");
        assert!(drawn.contains("marker-end=\"url(#kring-end-"));
    }
    assert!(scene.ties.iter().any(|l| l.style.arrow_start), "the test map has a mutual tie");
}

#[test]
fn support_and_risk_lines_look_different_even_in_grey() {
    let sample = |kind| tie_style(&Tie::new(TieId(1), PersonId(1), PersonId(2), kind));
    let (support, risk, contact) = (sample(TieKind::Support), sample(TieKind::Risk), sample(TieKind::Contact));
    assert_ne!(support.dash, risk.dash);
    assert_ne!(risk.dash, contact.dash);
    let svg = picture(&bakker(), Lang::Nl);
    let dashes: Vec<&str> = svg
        .lines()
        .filter(|l| l.starts_with("<path") && l.contains("marker-end"))
        .map(|l| l.split("stroke-dasharray=\"").nth(1).and_then(|d| d.split('"').next()).unwrap_or("solid"))
        .collect();
    assert!(dashes.contains(&"solid") && dashes.contains(&"12 5") && dashes.contains(&"2 5"), "{dashes:?}");
}

#[test]
fn the_legend_explains_rings_sectors_and_lines_in_the_chosen_language() {
    for lang in Lang::ALL {
        let svg = picture(&bakker(), lang);
        for key in
            [PictureText::LegendRings, PictureText::LegendSectors, PictureText::LegendLines, PictureText::ArrowMeaning]
        {
            assert!(svg.contains(&escape(picture_text(lang, key))), "{key:?} missing in {}", lang.code());
        }
        for ring in Ring::all() {
            assert!(svg.contains(&format!("{}  {}", ring.get(), escape(t(lang, Key::Ring(ring))))));
        }
        for sector in Sector::ALL {
            assert!(svg.contains(&format!(">{}</text>", escape(t(lang, Key::Sector(sector))))));
        }
        for kind in [TieKind::Support, TieKind::Risk, TieKind::Contact] {
            assert!(svg.contains(&format!(">{}</text>", t(lang, Key::TieKindName(kind)))));
        }
        assert!(svg.contains(&format!("{} 28-11-2026", picture_text(lang, PictureText::MadeOn))));
    }
    assert!(picture(&bakker(), Lang::Nl).contains(">Lijnen<"));
    assert!(picture(&bakker(), Lang::En).contains(">Lines<"));
}

#[test]
fn an_untitled_map_gets_the_default_title() {
    let svg = picture(&FamilyMap::new("  "), Lang::En);
    assert!(svg.contains(&format!("<title id=\"kring-title\">{}</title>", t(Lang::En, Key::UntitledMap))));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_maps_give_well_formed_inert_pictures(map in maps::random()) {
        let svg = picture(&map, Lang::Nl);
        assert_well_formed(&svg);
        prop_assert_eq!(svg.matches("<svg").count(), 1);
        for person in map.persons() {
            let mut label = kring::scene::short_label(&person.name);
            if person.deceased {
                label.push_str(" †");
            }
            prop_assert!(svg.contains(&format!(">{}</text>", escape(&label))), "{:?} is not drawn", label);
            if label.contains(['<', '&', '>']) {
                prop_assert!(!svg.contains(&format!(">{label}</text>")), "{:?} is drawn unescaped", label);
            }
        }
    }
}
