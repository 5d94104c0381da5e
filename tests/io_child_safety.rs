//! Safety arrangements per child (safe adult, supervised only, no contact) travel through
//! every export format that carries person attributes.

use kring::i18n::Lang;
use kring::io::{csv, graphml};
use kring::model::{from_json, ChildSafety, FamilyMap, PersonId};
use std::collections::BTreeMap;

fn bakker() -> FamilyMap {
    from_json(include_str!("fixtures/bakker.kring.json")).expect("the demo family loads")
}

fn arrangements(map: &FamilyMap) -> BTreeMap<String, BTreeMap<PersonId, ChildSafety>> {
    map.persons()
        .iter()
        .filter(|p| !p.child_safety.is_empty())
        .map(|p| (p.name.clone(), p.child_safety.clone()))
        .collect()
}

#[test]
fn the_demo_family_has_safe_adults_for_mila() {
    let found = arrangements(&bakker());
    assert_eq!(found.len(), 2, "Oma Ria and Samira are safe adults for Mila: {found:?}");
}

#[test]
fn graphml_keeps_child_safety() {
    let map = bakker();
    let text = graphml::export(&map, Lang::Nl);
    assert!(text.contains("attr.name=\"child_safety\""));
    let back = graphml::import(&text).expect("own export imports").map;
    assert_eq!(arrangements(&back), arrangements(&map));
}

#[test]
fn csv_keeps_child_safety() {
    let map = bakker();
    let back = csv::import(&csv::export_persons(&map), Some(&csv::export_ties(&map)), &Lang::ALL)
        .expect("own export imports")
        .map;
    assert_eq!(arrangements(&back), arrangements(&map));
}

#[test]
fn a_broken_child_safety_cell_is_not_taken_as_an_arrangement() {
    let map = bakker();
    let table = csv::export_persons(&map).replace("3:safe_adult", "3:very_safe");
    let back = csv::import(&table, None, &Lang::ALL);
    // Either the row is refused with a message or the arrangement is left out: never a
    // made-up arrangement.
    if let Ok(imported) = back {
        assert!(arrangements(&imported.map).values().all(|a| a.values().all(|s| *s == ChildSafety::SafeAdult)));
        assert!(arrangements(&imported.map).len() < 2);
    }
}
