//! Badges on persons: a child, the age and "safe adult for …" read without
//! colour, on screen (the scene), for a screen reader, and in the exported picture.

use kring::i18n::example::bakker;
use kring::i18n::Lang;
use kring::scene::{badges, Scene};

fn scene(lang: Lang) -> Scene {
    Scene::build(&bakker(lang, "2026-12-20"), lang)
}

#[test]
fn a_child_has_a_figure_and_its_age() {
    let scene = scene(Lang::Nl);
    let mila = scene.persons.iter().find(|p| p.label == "Mila").expect("Mila is on the map");
    assert!(mila.accessible_name.contains("kind van 7 jaar"), "{}", mila.accessible_name);
    let (age, safe) = badges(mila, 16.0);
    let age = age.expect("a child has a badge");
    assert!(age.child && age.figure.is_some());
    assert_eq!(age.text, "7");
    assert!(safe.is_none(), "Mila is nobody's safe adult");
}

#[test]
fn an_adult_with_an_age_has_a_light_badge_and_one_without_has_none() {
    let scene = scene(Lang::En);
    let linda = scene.persons.iter().find(|p| p.label == "Linda").expect("Linda");
    let (age, _) = badges(linda, 16.0);
    let age = age.expect("Linda's age is known");
    assert!(!age.child && age.figure.is_none());
    assert_eq!(age.text, "34");
    let karin = scene.persons.iter().find(|p| p.label == "Karin").expect("Karin");
    assert_eq!(badges(karin, 16.0), (None, None));
}

#[test]
fn a_safe_adult_has_a_shield_with_the_childs_letter_and_says_for_whom() {
    for (lang, words) in [(Lang::Nl, "veilige volwassene voor Mila"), (Lang::En, "safe adult for Mila")] {
        let scene = scene(lang);
        for name in ["Oma Ria", "Samira"] {
            let p = scene.persons.iter().find(|p| p.label == name).expect("on the map");
            assert!(p.accessible_name.contains(words), "{}", p.accessible_name);
            let (_, safe) = badges(p, 16.0);
            assert_eq!(safe.map(|s| s.text), Some("M".to_owned()));
        }
    }
}

#[test]
fn the_exported_picture_draws_the_badges_and_explains_them() {
    let svg = kring::present::svg::export(&scene(Lang::Nl), Lang::Nl, "20-12-2026");
    assert!(svg.contains(">M</text>"), "the shield's letter");
    assert!(svg.contains(">7</text>"), "Mila's age");
    assert!(svg.contains("Schild met letter: veilig voor dat kind"));
}

#[test]
fn names_keep_clear_of_the_badges() {
    for font in [kring::scene::LABEL_FONT_SIZE, 30.0, 48.0] {
        let map = bakker(Lang::Nl, "2026-12-20");
        let scene = Scene::build_with(&map, Lang::Nl, font);
        let size = kring::scene::badge_size(font);
        let rects: Vec<[f64; 4]> = scene
            .persons
            .iter()
            .flat_map(|p| {
                let (age, safe) = badges(p, size);
                age.map(|b| b.rect).into_iter().chain(safe.map(|b| b.rect))
            })
            .collect();
        assert!(rects.len() >= 6, "badges of the household, Dennis, Oma Ria and Samira");
        let overlap = |a: &[f64; 4], b: &[f64; 4]| {
            let w = (a[0] + a[2]).min(b[0] + b[2]) - a[0].max(b[0]);
            let h = (a[1] + a[3]).min(b[1] + b[3]) - a[1].max(b[1]);
            w.max(0.0) * h.max(0.0)
        };
        let touching: Vec<&str> = scene
            .persons
            .iter()
            .filter(|p| rects.iter().any(|r| overlap(&p.label_box, r) > 1.0))
            .map(|p| p.label.as_str())
            .collect();
        assert!(touching.is_empty(), "names on badges at font {font}: {touching:?}");
    }
}
