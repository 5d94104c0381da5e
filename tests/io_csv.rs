//! CSV: two tables that Excel opens correctly, that cannot run formulas, and that come
//! back as the same persons and ties, also after a spreadsheet saved them again.

mod common;
#[path = "fixtures/io/maps.rs"]
mod maps;

use common::*;
use kring::i18n::Lang;
use kring::io::csv::{self, FileError, ImportWarning, ImportedMap};
use kring::io::graphml::MAX_IMPORT_BYTES;
use kring::model::*;
use maps::everything;
use proptest::prelude::*;

fn import_ok(persons: &str, ties: Option<&str>) -> ImportedMap {
    match csv::import(persons, ties, &Lang::ALL) {
        Ok(imported) => imported,
        Err(err) => panic!("import failed: {err:?}"),
    }
}

fn round_trip(map: &FamilyMap) -> FamilyMap {
    import_ok(&csv::export_persons(map), Some(&csv::export_ties(map))).map
}

/// CSV has no title: compare what it carries.
fn same_content(a: &FamilyMap, b: &FamilyMap) -> bool {
    a.persons() == b.persons() && a.ties() == b.ties()
}

#[test]
fn persons_and_ties_survive_a_csv_round_trip_exactly() {
    for map in [bakker(), everything()] {
        let back = round_trip(&map);
        assert!(same_content(&back, &map), "{:#?}\n!=\n{:#?}", back.persons(), map.persons());
        assert_eq!(csv::export_persons(&back), csv::export_persons(&map));
    }
}

#[test]
fn the_tables_are_utf8_with_bom_crlf_and_a_header() {
    let persons = csv::export_persons(&bakker());
    assert!(persons.starts_with("\u{feff}id,name,kind,sector,ring,angle,"));
    assert!(persons.contains("\r\np1,Linda,person,household,1,"));
    assert!(persons.ends_with("\r\n"));
    assert_eq!(persons.lines().count(), 1 + bakker().person_count());
    let ties = csv::export_ties(&bakker());
    assert!(ties.starts_with("\u{feff}id,from,from_name,to,to_name,kind,"));
    assert!(ties.contains("\r\nt1,p4,Dennis,p2,Noah,support,false,"));
}

fn with_names(names: &[&str]) -> FamilyMap {
    let mut map = FamilyMap::new("Test");
    for name in names {
        let person = Person::new(map.next_person_id(), *name, Sector::Family, Ring::CLOSEST);
        map.apply(Edit::AddPerson { person }).expect("valid person");
    }
    map
}

/// The name cell of each data row, as written (without its outer quotes).
fn name_cells(map: &FamilyMap) -> Vec<String> {
    raw_rows(&csv::export_persons(map)).into_iter().skip(1).map(|row| row[1].clone()).collect()
}

/// Splits a table into rows of cells as they stand in the file: quotes doubled inside,
/// outer quotes taken off.
fn raw_rows(table: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell, mut in_quotes) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = table.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if in_quotes && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push_str("\"\"");
            }
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => row.push(std::mem::take(&mut cell)),
            '\r' if !in_quotes && chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            _ => cell.push(c),
        }
    }
    rows
}

#[test]
fn cells_that_would_be_formulas_get_an_apostrophe_and_lose_it_on_import() {
    let names = ["=HYPERLINK(\"http://x\",\"klik\")", "+31 6 123", "-1", "@SUM(A1)", "\tTab", "\rCR", "'=al", "Gewoon"];
    let map = with_names(&names);
    let cells = name_cells(&map);
    assert_eq!(cells[0], "'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")");
    assert_eq!(cells[1], "'+31 6 123");
    assert_eq!(cells[2], "'-1");
    assert_eq!(cells[3], "'@SUM(A1)");
    assert_eq!(cells[4], "'\tTab");
    assert_eq!(cells[5], "'\rCR");
    assert_eq!(cells[6], "''=al", "an apostrophe the person typed is kept");
    assert_eq!(cells[7], "Gewoon");
    let back = round_trip(&map);
    let back_names: Vec<&str> = back.persons().iter().map(|p| p.name.as_str()).collect();
    assert_eq!(back_names, names);
}

#[test]
fn commas_quotes_semicolons_and_line_ends_are_quoted() {
    let map = with_names(&["Jansen, Piet", "De \"Kleine\"", "a;b", "twee\nregels", " spatie "]);
    let cells = name_cells(&map);
    assert_eq!(cells, ["Jansen, Piet", "De \"\"Kleine\"\"", "a;b", "twee\nregels", " spatie "]);
    assert!(same_content(&round_trip(&map), &map));
}

#[test]
fn a_table_saved_again_by_dutch_excel_still_reads() {
    let persons = "\u{feff}id;naam extra;name;sector;ring;angle;household;child\r\n\
                   1;x;Oma Ria;Familie;1;0,25;ONWAAR;WAAR\r\n\
                   2;;Sanne;school & werk;2;;nee;ja\r\n";
    let ties = "from;to;kind;support\n1;2;steun;emotional, practical\n";
    let imported = import_ok(persons, Some(ties));
    let map = &imported.map;
    let ria = map.person(PersonId(1)).expect("person 1");
    assert_eq!((ria.name.as_str(), ria.sector, ria.ring.get(), ria.angle), ("Oma Ria", Sector::Family, 1, 0.25));
    assert!(!ria.household && ria.child);
    assert_eq!(ria.note, "naam extra: x", "unknown columns go into the note");
    let sanne = map.person(PersonId(2)).expect("person 2");
    assert_eq!(sanne.sector, Sector::SchoolWork);
    let tie = &map.ties()[0];
    assert_eq!(tie.kind, TieKind::Support);
    assert_eq!(tie.support.len(), 2);
    assert!(imported.warnings.iter().any(|w| matches!(w, ImportWarning::KeptInNotes { values: 1, .. })));
}

#[test]
fn only_a_name_column_is_needed() {
    let imported = import_ok("name\nLinda\nNoah\n\n", Some("from,to\n1,p2\n"));
    let map = &imported.map;
    assert_eq!(map.person_count(), 2);
    assert!(map.persons().iter().all(|p| p.sector == Sector::Friends && p.ring.get() == 3));
    assert_ne!(map.persons()[0].angle, map.persons()[1].angle, "spread, not on top of each other");
    assert_eq!(map.ties()[0].kind, TieKind::Contact);
    assert_eq!((map.ties()[0].from, map.ties()[0].to), (PersonId(1), PersonId(2)));
    assert_eq!(imported.warnings, vec![ImportWarning::PlacedByDefault { persons: 2 }]);
}

#[test]
fn other_ids_are_renumbered_and_ties_follow_them() {
    let imported = import_ok("id,name\nA,Linda\nB,Noah\n", Some("from,to\nB,A\n"));
    let map = &imported.map;
    assert_eq!(map.person(PersonId(2)).map(|p| p.name.as_str()), Some("Noah"));
    assert_eq!((map.ties()[0].from, map.ties()[0].to), (PersonId(2), PersonId(1)));
}

#[test]
fn bad_tables_give_errors_with_the_line_a_spreadsheet_shows() {
    let cases: Vec<(&str, Option<&str>, FileError)> = vec![
        ("", None, FileError::Empty),
        ("id,naam\n1,Linda\n", None, FileError::MissingColumn { name: "name".into() }),
        ("name\nLinda\n", Some("from\n1\n"), FileError::MissingColumn { name: "to".into() }),
        (
            "id,name,note,ring\n1,Linda,\"twee\nregels\",1\n2,Noah,,five\n",
            None,
            FileError::BadValue { line: 4, column: "ring".into() },
        ),
        ("name,kind\nLinda,alien\n", None, FileError::BadValue { line: 2, column: "kind".into() }),
        ("name\n   \n", None, FileError::BadValue { line: 2, column: "name".into() }),
        ("name,role\n\" \",x\n", None, FileError::BadValue { line: 2, column: "name".into() }),
        ("name\nLinda\nNoah\n", Some("from,to\n1,3\n"), FileError::BadValue { line: 2, column: "to".into() }),
        ("name\nLinda\n", Some("from,to\n1,1\n"), FileError::BadValue { line: 2, column: "to".into() }),
        (
            "name\nLinda\nNoah\n",
            Some("from,to,support\n1,2,cake\n"),
            FileError::BadValue { line: 2, column: "support".into() },
        ),
        ("id,name\np1,Linda\n1,Noah\n", None, FileError::DuplicateId { id: "1".into() }),
        ("name\n\"Linda\n", None, FileError::Truncated),
        ("name\nLinda,Noah\n", None, FileError::ExtraCells { line: 2 }),
    ];
    for (persons, ties, want) in cases {
        assert_eq!(
            csv::import(persons, ties, &Lang::ALL).map(|i| i.map.person_count()),
            Err(want),
            "{persons:?} {ties:?}"
        );
    }
}

#[test]
fn empty_cells_at_the_end_of_a_row_are_fine() {
    let imported = import_ok("name,role\nLinda,moeder,,,\n", None);
    assert_eq!(imported.map.persons()[0].role, "moeder");
}

#[test]
fn tables_over_the_size_limit_are_refused_before_parsing() {
    let big = "x".repeat(MAX_IMPORT_BYTES);
    assert_eq!(csv::import(&big, Some("y"), &Lang::ALL), Err(FileError::TooLarge { bytes: MAX_IMPORT_BYTES + 1 }));
}

/// The first character of every non-empty cell, as a spreadsheet would see it (inside
/// the quotes for a quoted cell).
fn first_characters(table: &str) -> Vec<char> {
    let mut firsts = Vec::new();
    let mut chars = table.trim_start_matches('\u{feff}').chars().peekable();
    while chars.peek().is_some() {
        if chars.peek() == Some(&'"') {
            chars.next();
            firsts.extend(chars.peek().copied().filter(|c| *c != '"'));
            while let Some(c) = chars.next() {
                if c == '"' && chars.next_if_eq(&'"').is_none() {
                    break;
                }
            }
        } else {
            firsts.extend(chars.peek().copied().filter(|c| !matches!(c, ',' | '\r')));
            while chars.next_if(|c| !matches!(c, ',' | '\r')).is_some() {}
        }
        // Past the separator or the CR LF that ends the cell.
        if chars.next() == Some('\r') {
            chars.next();
        }
    }
    firsts
}

#[test]
fn the_formula_check_itself_sees_formulas() {
    assert_eq!(first_characters("\u{feff}a,\"=b\",,-c\r\n\"\"\"x\",@\r\n"), ['a', '=', '-', '@']);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_maps_survive_a_csv_round_trip(map in maps::random()) {
        let back = csv::import(&csv::export_persons(&map), Some(&csv::export_ties(&map)), &Lang::ALL)
            .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(back.map.persons(), map.persons());
        prop_assert_eq!(back.map.ties(), map.ties());
        prop_assert!(back.warnings.is_empty());
    }

    #[test]
    fn no_cell_ever_starts_a_formula(map in maps::random()) {
        for table in [csv::export_persons(&map), csv::export_ties(&map)] {
            for first in first_characters(&table) {
                prop_assert!(!matches!(first, '=' | '+' | '-' | '@' | '\t' | '\r'), "a cell starts with {:?}", first);
            }
        }
    }

    #[test]
    fn any_text_is_an_error_or_a_map_never_a_panic(persons in "[a-z,;\"\r\n' =]{0,60}", ties in "[a-z0-9p,;\"\r\n]{0,40}") {
        let with_headers = (format!("id,name,ring,sector\n{persons}"), format!("from,to\n{ties}"));
        for (persons, ties) in [(persons, ties), with_headers] {
            if let Ok(imported) = csv::import(&persons, Some(&ties), &Lang::ALL) {
                // Whatever comes in must be a map Kring itself can save and open.
                let reopened = from_json(&to_json(&imported.map));
                prop_assert_eq!(reopened.as_ref(), Ok(&imported.map));
            }
        }
    }
}

#[test]
fn full_width_formulas_and_formulas_after_a_line_break_are_neutralised_too() {
    let mut map = FamilyMap::new("");
    let hostile = ["＝SUM(A1:A9)", "＋1", "－1", "＠cmd", "\n=1+1", "\r\n+HYPERLINK(\"x\")", "  =1", "\t-2"];
    for (i, text) in hostile.iter().enumerate() {
        let mut p = Person::new(PersonId(i as u32 + 1), format!("P{i}"), Sector::Friends, Ring::CLOSEST);
        p.note = (*text).to_owned();
        p.role = (*text).to_owned();
        map.apply(Edit::AddPerson { person: p }).unwrap();
    }
    let table = csv::export_persons(&map);
    for first in first_characters(&table) {
        assert!(
            !matches!(first, '=' | '+' | '-' | '@' | '\t' | '\r' | '\n' | '＝' | '＋' | '－' | '＠' | ' '),
            "a cell starts with {first:?}"
        );
    }
    let back = csv::import(&table, None, &Lang::ALL).unwrap();
    assert_eq!(back.map.persons(), map.persons(), "the apostrophe comes off again on import");
}
