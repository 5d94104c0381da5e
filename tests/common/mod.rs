//! Shared fixtures for the native tests: the fictional Bakker family from
//! shared/data/scenario-familie-bakker.md, built through edit commands as the UI would.
#![allow(dead_code)]

pub mod rng;

use kring::model::*;

pub fn person(map: &FamilyMap, name: &str, sector: Sector, ring: u8) -> Person {
    let ring = Ring::new(ring).expect("fixture rings are 1..4");
    let mut p = Person::new(map.next_person_id(), name, sector, ring);
    p.angle = map.free_angle(sector, ring);
    p
}

pub fn add(editor: &mut Editor, name: &str, sector: Sector, ring: u8) -> PersonId {
    let p = person(editor.map(), name, sector, ring);
    let id = p.id;
    editor.apply(Edit::AddPerson { person: p }).expect("fixture person is valid");
    id
}

pub fn tie(editor: &mut Editor, from: PersonId, to: PersonId, kind: TieKind) -> TieId {
    let id = editor.map().next_tie_id();
    editor.apply(Edit::AddTie { tie: Tie::new(id, from, to, kind) }).expect("fixture tie is valid");
    id
}

/// The Bakker family: three in the household, ten around them, a handful of ties.
pub fn bakker() -> FamilyMap {
    let mut e = Editor::new(FamilyMap::new("Familie Bakker"));
    let linda = add(&mut e, "Linda", Sector::Household, 1);
    let noah = add(&mut e, "Noah", Sector::Household, 1);
    let mila = add(&mut e, "Mila", Sector::Household, 1);
    let dennis = add(&mut e, "Dennis", Sector::Family, 2);
    let ria = add(&mut e, "Oma Ria", Sector::Family, 1);
    add(&mut e, "Opa Henk", Sector::Family, 3);
    let samira = add(&mut e, "Samira", Sector::Community, 2);
    let bas = add(&mut e, "Coach Bas", Sector::Community, 3);
    add(&mut e, "Meester Joost", Sector::SchoolWork, 3);
    add(&mut e, "Ellen", Sector::SchoolWork, 3);
    add(&mut e, "Karin", Sector::Professionals, 2);
    add(&mut e, "Omar", Sector::Professionals, 3);
    tie(&mut e, dennis, noah, TieKind::Support);
    tie(&mut e, dennis, linda, TieKind::Risk);
    tie(&mut e, ria, mila, TieKind::Support);
    tie(&mut e, samira, mila, TieKind::Support);
    tie(&mut e, bas, noah, TieKind::Support);
    e.into_map()
}
