//! How long all insights take on a large map: 1,000 persons and 3,000 ties.
//! Run with `cargo bench --bench insights`; prints the median of 50 runs.
//! The budget is well under 5 ms natively, so the panel can refresh on every edit.

use kring::analysis::insights;
use kring::model::{Edit, FamilyMap, Person, PersonKind, Ring, Sector, Tie, TieKind};
use std::hint::black_box;
use std::time::{Duration, Instant};

const PERSONS: u32 = 1_000;
const TIES: u32 = 3_000;
const RUNS: usize = 50;

/// A tiny deterministic random generator, so every run measures the same map.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u32) -> u32 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % u64::from(n)) as u32
    }
}

fn large_map() -> FamilyMap {
    let mut rng = Lcg(2024);
    let mut map = FamilyMap::new("bench");
    for i in 0..PERSONS {
        // Two parents and four children at home; everyone else around them.
        let sector = if i < 6 { Sector::Household } else { Sector::OUTER[rng.below(5) as usize] };
        let ring = Ring::new(1 + rng.below(4) as u8).unwrap_or(Ring::CLOSEST);
        let mut person = Person::new(map.next_person_id(), format!("Person {i}"), sector, ring);
        person.child = (2..6).contains(&i) || (i >= 6 && rng.below(6) == 0);
        person.kind = match rng.below(20) {
            0 => PersonKind::Organisation,
            1 => PersonKind::Pet,
            _ => PersonKind::Person,
        };
        person.deceased = i >= 6 && rng.below(50) == 0;
        map.apply(Edit::AddPerson { person }).expect("bench person is valid");
    }
    let ids: Vec<_> = map.persons().iter().map(|p| p.id).collect();
    let mut added = 0;
    while added < TIES {
        let from = ids[rng.below(PERSONS) as usize];
        let to = ids[rng.below(PERSONS) as usize];
        if from == to {
            continue;
        }
        let kind = match rng.below(20) {
            0..=13 => TieKind::Support,
            14..=16 => TieKind::Risk,
            _ => TieKind::Contact,
        };
        let mut tie = Tie::new(map.next_tie_id(), from, to, kind);
        tie.mutual = rng.below(5) == 0;
        map.apply(Edit::AddTie { tie }).expect("bench tie is valid");
        added += 1;
    }
    map
}

fn main() {
    let map = large_map();
    let found = insights(&map); // warm up, and show the map is not trivial
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(insights(black_box(&map)));
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "insights: {} persons, {} ties, {} insights; median of {RUNS} runs: {:.3} ms (min {:.3} ms, max {:.3} ms)",
        map.person_count(),
        map.tie_count(),
        found.len(),
        times[RUNS / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[RUNS - 1].as_secs_f64() * 1e3,
    );
}
