//! Recognising a chosen file: what a person gets when they drop or pick a file, for every
//! format Kring reads and the ways a choice can be wrong. The open map is never involved:
//! `detect` hands back a new map or a refusal.

mod common;

use kring::i18n::files::refusal_message;
use kring::i18n::Lang;
use kring::io::crypto::{self, CryptoError, KdfParams};
use kring::io::detect::{self, Chosen, Context, Outcome, Refusal, Warning};
use kring::io::graphml::FileError;
use kring::io::{csv, graphml};
use kring::model::{to_json, FamilyMap};

fn chosen(name: &str, bytes: impl Into<Vec<u8>>) -> Chosen {
    Chosen { name: name.to_owned(), bytes: bytes.into() }
}

fn label(title: &str, date: &str) -> String {
    format!("{title} ({date})")
}

fn read(files: Vec<Chosen>) -> Outcome {
    detect::read(files, Context { today: "2026-12-05", version_label: &label, languages: &Lang::ALL })
}

fn opened(files: Vec<Chosen>) -> detect::Opened {
    match read(files) {
        Outcome::Opened(opened) => *opened,
        Outcome::NeedsPassword(_) => panic!("asked for a password"),
        Outcome::Failed(refusal) => panic!("refused: {refusal:?}"),
    }
}

fn refused(files: Vec<Chosen>) -> Refusal {
    match read(files) {
        Outcome::Failed(refusal) => refusal,
        _ => panic!("expected a refusal"),
    }
}

fn names(map: &FamilyMap) -> Vec<String> {
    let mut names: Vec<String> = map.persons().iter().map(|p| p.name.clone()).collect();
    names.sort();
    names
}

#[test]
fn a_kring_file_opens_by_its_content_whatever_its_name() {
    let bakker = common::bakker();
    for name in ["familie.kring", "familie.json", "familie.txt", "familie"] {
        let map = opened(vec![chosen(name, to_json(&bakker))]).map;
        assert_eq!(names(&map), names(&bakker), "{name}");
        assert_eq!(map.title(), "Familie Bakker");
    }
}

#[test]
fn a_map_without_a_title_is_named_after_its_file() {
    let untitled = FamilyMap::new("");
    let map = opened(vec![chosen("Bakker januari.kring", to_json(&untitled))]).map;
    assert_eq!(map.title(), "Bakker januari");
}

#[test]
fn graphml_and_csv_exports_come_back_as_maps() {
    let bakker = common::bakker();
    let xml = graphml::export(&bakker, Lang::Nl);
    assert_eq!(names(&opened(vec![chosen("kaart.graphml", xml.clone())]).map), names(&bakker));
    // No extension: the `<` says XML.
    assert_eq!(names(&opened(vec![chosen("kaart", xml)]).map), names(&bakker));

    let persons = csv::export_persons(&bakker);
    let ties = csv::export_ties(&bakker);
    let alone = opened(vec![chosen("personen.csv", persons.clone())]).map;
    assert_eq!(names(&alone), names(&bakker));
    assert_eq!(alone.tie_count(), 0);
    // Two tables at once, in either order: persons and their ties.
    for pair in [
        vec![chosen("personen.csv", persons.clone()), chosen("banden.csv", ties.clone())],
        vec![chosen("banden.csv", ties.clone()), chosen("personen.csv", persons.clone())],
    ] {
        let map = opened(pair).map;
        assert_eq!(names(&map), names(&bakker));
        assert_eq!(map.tie_count(), bakker.tie_count());
        assert_eq!(map.title(), "personen", "named after the persons table");
    }
}

#[test]
fn an_easynwk_file_becomes_a_map_with_its_versions_as_snapshots() {
    let text = include_str!("fixtures/easynwk/sandra-versions.json");
    let opened = opened(vec![chosen("sandra.json", text)]);
    assert!(opened.map.person_count() > 0);
    assert!(!opened.map.snapshots().is_empty(), "every easyNWK version is kept");
    assert!(opened.warnings.iter().all(|w| matches!(w, Warning::EasyNwk(_))));
}

#[test]
fn wrong_choices_are_refused_with_a_reason() {
    let persons = csv::export_persons(&common::bakker());
    let ties = csv::export_ties(&common::bakker());
    assert_eq!(refused(vec![]), Refusal::TooManyFiles);
    assert_eq!(
        refused(vec![
            chosen("a.csv", persons.clone()),
            chosen("b.csv", persons.clone()),
            chosen("c.csv", ties.clone())
        ]),
        Refusal::TooManyFiles
    );
    // Two persons tables and no ties table are not a pair.
    assert_eq!(refused(vec![chosen("a.csv", persons.clone()), chosen("b.csv", persons)]), Refusal::TooManyFiles);
    assert_eq!(refused(vec![chosen("banden.csv", ties)]), Refusal::TiesTableOnly);
    assert_eq!(refused(vec![chosen("leeg.kring", "  \n ")]), Refusal::File(FileError::Empty));
    assert_eq!(refused(vec![chosen("brief.txt", "Beste Linda, tot dinsdag.")]), Refusal::UnknownFormat);
    assert_eq!(refused(vec![chosen("ander.json", r#"{"hello": "world"}"#)]), Refusal::UnknownFormat);
    assert!(matches!(refused(vec![chosen("kapot.kring", "{\"kring\": ")]), Refusal::Kring(_)));
}

#[test]
fn every_refusal_reads_as_a_sentence_in_both_languages() {
    let refusals = [
        Refusal::TooManyFiles,
        Refusal::UnknownFormat,
        Refusal::TiesTableOnly,
        Refusal::File(FileError::Empty),
        Refusal::Sealed(CryptoError::WrongPassword),
    ];
    for refusal in &refusals {
        let nl = refusal_message(Lang::Nl, refusal);
        let en = refusal_message(Lang::En, refusal);
        assert!(nl.len() > 10 && en.len() > 10, "{refusal:?}");
        assert_ne!(nl, en, "{refusal:?} is translated");
    }
}

#[test]
fn a_sealed_file_asks_for_its_password_and_a_wrong_one_may_be_typed_again() {
    let cheap = KdfParams { memory_kib: 64, iterations: 1, parallelism: 1 };
    let sealed =
        crypto::seal_with_params(&to_json(&common::bakker()), "lange zin met woorden", [7; 16], [9; 12], cheap)
            .expect("cheap parameters are accepted");
    let Outcome::NeedsPassword(file) = read(vec![chosen("bakker.kring", sealed)]) else {
        panic!("a sealed file needs its password first")
    };
    let context = Context { today: "2026-12-05", version_label: &label, languages: &Lang::ALL };
    let wrong = detect::open_sealed(&file, "verkeerd", context).err().expect("a wrong password does not open it");
    assert!(wrong.is_wrong_password());
    let map = detect::open_sealed(&file, "lange zin met woorden", context).expect("the right one does").map;
    assert_eq!(names(&map), names(&common::bakker()));
}

#[test]
fn a_sealed_file_among_two_tables_is_refused() {
    let sealed = crypto::seal(&to_json(&common::bakker()), "lange zin met woorden", [1; 16], [2; 12]);
    let ties = csv::export_ties(&common::bakker());
    assert_eq!(refused(vec![chosen("a.kring", sealed), chosen("b.csv", ties)]), Refusal::TooManyFiles);
}
