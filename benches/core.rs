//! The pure core under load: 10,000 edit commands, undo and redo of 10,000 steps, and the
//! Kring JSON, GraphML and CSV files of a map at the limit of persons (`model::limits::MAX_PERSONS`).
//! Run with `cargo bench --bench core` (scripts/bench does). Plain `std::time`, no
//! framework: every line says the median of a few runs, with the fastest and slowest, in
//! the form scripts/bench reads (`<name>: median: <ms> ms ...`).

use kring::i18n::Lang;
use kring::io::{csv, graphml};
use kring::model::{from_json, to_json, Edit, Editor, FamilyMap, Person, PersonId, Ring, Sector, Tie, TieId, TieKind};
use std::hint::black_box;
use std::time::{Duration, Instant};

const COMMANDS: u32 = 10_000;
// The most a map may hold (`model::limits::MAX_PERSONS`); files with more are refused.
const FILE_PERSONS: u32 = 2_000;

/// A tiny deterministic random generator, so every run measures the same work.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u32) -> u32 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % u64::from(n.max(1))) as u32
    }
}

fn random_person(rng: &mut Lcg, id: PersonId) -> Person {
    let sector = Sector::OUTER[rng.below(5) as usize];
    let ring = Ring::new(1 + rng.below(4) as u8).unwrap_or(Ring::CLOSEST);
    let mut person = Person::new(id, format!("Persoon {}", id.0), sector, ring);
    person.angle = f64::from(rng.below(1000)) / 1000.0;
    person
}

fn random_tie(rng: &mut Lcg, id: u32, persons: u32) -> Tie {
    let from = 1 + rng.below(persons);
    let to = 1 + (from + rng.below(persons - 1)) % persons; // never `from` itself
    let kind = [TieKind::Support, TieKind::Support, TieKind::Risk, TieKind::Contact][rng.below(4) as usize];
    Tie::new(tie_id(id), PersonId(from), PersonId(to), kind)
}

fn tie_id(id: u32) -> TieId {
    TieId(id)
}

/// 10,000 commands as a session makes them: persons added, ties drawn, persons moved
/// and renamed, the odd tie removed again.
fn session(rng: &mut Lcg) -> Vec<Edit> {
    let mut edits = Vec::with_capacity(COMMANDS as usize);
    let mut persons = 0u32;
    let mut ties = 0u32;
    let mut removed_ties = 0u32;
    while edits.len() < COMMANDS as usize {
        let edit = match rng.below(10) {
            _ if persons < 2 => None,
            0..=2 => {
                ties += 1;
                Some(Edit::AddTie { tie: random_tie(rng, ties, persons) })
            }
            3..=5 => {
                let id = PersonId(1 + rng.below(persons));
                let sector = Sector::OUTER[rng.below(5) as usize];
                let ring = Ring::new(1 + rng.below(4) as u8).unwrap_or(Ring::CLOSEST);
                Some(Edit::MovePerson { id, sector, ring, angle: f64::from(rng.below(1000)) / 1000.0 })
            }
            6 => {
                let id = PersonId(1 + rng.below(persons));
                let mut person = random_person(rng, id);
                person.name = format!("Nieuwe naam {}", edits.len());
                Some(Edit::UpdatePerson { person })
            }
            7 if ties > removed_ties + 1 => {
                removed_ties += 1;
                Some(Edit::RemoveTie { id: tie_id(removed_ties) })
            }
            _ => None,
        };
        let edit = edit.unwrap_or_else(|| {
            persons += 1;
            Edit::AddPerson { person: random_person(rng, PersonId(persons)) }
        });
        edits.push(edit);
    }
    edits
}

fn large_map(persons: u32) -> FamilyMap {
    let mut rng = Lcg(10_000);
    let mut map = FamilyMap::new("Benchmark");
    for _ in 0..persons {
        let person = random_person(&mut rng, map.next_person_id());
        map.apply(Edit::AddPerson { person }).expect("bench person is valid");
    }
    for _ in 0..2 * persons {
        let id = map.next_tie_id().0;
        map.apply(Edit::AddTie { tie: random_tie(&mut rng, id, persons) }).expect("bench tie is valid");
    }
    map
}

/// Runs `work` `runs` times (after one warm-up) and prints the median, min and max.
fn measure<T>(name: &str, runs: usize, mut work: impl FnMut() -> T) {
    black_box(work());
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(work());
            start.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{name}: median: {:.3} ms (min {:.3} ms, max {:.3} ms, {runs} runs)",
        ms(times[runs / 2]),
        ms(times[0]),
        ms(times[runs - 1])
    );
}

fn main() {
    let edits = session(&mut Lcg(42));
    // The editor keeps every step here, so undo and redo really walk all 10,000.
    let apply_all = |edits: &[Edit]| {
        let mut editor = Editor::with_limit(FamilyMap::new("Benchmark"), COMMANDS as usize);
        for edit in edits {
            editor.apply(edit.clone()).expect("bench edit is valid");
        }
        editor
    };
    measure("apply 10,000 commands", 9, || apply_all(&edits));

    // Undoing everything and redoing it again leaves the editor as it was, so one editor
    // serves every run.
    let mut editor = apply_all(&edits);
    let mut steps = 0;
    measure("undo and redo 10,000 steps", 9, || {
        steps = 0;
        while editor.undo() {
            steps += 1;
        }
        while editor.redo() {}
    });
    assert_eq!(steps, COMMANDS, "every command is one undo step");

    let map = large_map(FILE_PERSONS);
    let json = to_json(&map);
    measure("json export 2,000 persons", 7, || to_json(&map));
    measure("json import 2,000 persons", 7, || from_json(&json).expect("own file loads"));

    let xml = graphml::export(&map, Lang::Nl);
    measure("graphml export 2,000 persons", 7, || graphml::export(&map, Lang::Nl));
    measure("graphml import 2,000 persons", 7, || graphml::import(&xml).expect("own GraphML loads"));

    let (persons_csv, ties_csv) = (csv::export_persons(&map), csv::export_ties(&map));
    measure("csv export 2,000 persons", 7, || (csv::export_persons(&map), csv::export_ties(&map)));
    measure("csv import 2,000 persons", 7, || {
        csv::import(&persons_csv, Some(&ties_csv), &Lang::ALL).expect("own CSV loads")
    });

    println!(
        "file sizes at {} persons and {} ties: json {} KB, graphml {} KB, csv {} KB",
        map.person_count(),
        map.tie_count(),
        json.len() / 1024,
        xml.len() / 1024,
        (persons_csv.len() + ties_csv.len()) / 1024
    );
}
