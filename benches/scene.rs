//! How long drawing a large map takes: 1,000 persons and 2,000 ties, placed, their names
//! nudged apart and their ties routed; also a family-sized map of 60 persons and 80 ties,
//! and auto-arrange on the large map. Run with `cargo bench --bench scene`; prints the
//! median of 30 runs of each. Timings live here, never in tests.

use kring::i18n::Lang;
use kring::model::{auto_arrange, Edit, FamilyMap, Person, Ring, Sector, Tie, TieKind};
use kring::scene::Scene;
use std::hint::black_box;
use std::time::{Duration, Instant};

const RUNS: usize = 30;

/// A tiny deterministic random generator, so every run measures the same map.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u32) -> u32 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % u64::from(n)) as u32
    }
}

fn random_map(persons: u32, ties: u32, seed: u64) -> FamilyMap {
    let mut rng = Lcg(seed);
    let mut map = FamilyMap::new("bench");
    for i in 0..persons {
        let sector = if i < 4 { Sector::Household } else { Sector::OUTER[rng.below(5) as usize] };
        let ring = Ring::new(1 + rng.below(4) as u8).unwrap_or(Ring::CLOSEST);
        // Names from short to the longest that is drawn whole.
        let name =
            format!("{} {i}", "Wilhelmina van der Berg".chars().take(3 + rng.below(18) as usize).collect::<String>());
        let mut person = Person::new(map.next_person_id(), name, sector, ring);
        person.angle = f64::from(rng.below(1001)) / 1000.0;
        // Cannot fail: a fresh id and a name; the count is checked below.
        let _ = map.apply(Edit::AddPerson { person });
    }
    assert_eq!(map.person_count(), persons as usize);
    let ids: Vec<_> = map.persons().iter().map(|p| p.id).collect();
    let mut added = 0;
    while added < ties {
        let (from, to) = (ids[rng.below(persons) as usize], ids[rng.below(persons) as usize]);
        if from == to {
            continue;
        }
        let tie = Tie::new(map.next_tie_id(), from, to, TieKind::Support);
        if map.apply(Edit::AddTie { tie }).is_ok() {
            added += 1;
        }
    }
    map
}

fn median_ms(mut work: impl FnMut()) -> (f64, f64, f64) {
    work(); // warm up
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    (ms(times[RUNS / 2]), ms(times[0]), ms(times[RUNS - 1]))
}

fn report(what: &str, map: &FamilyMap) {
    let (median, min, max) = median_ms(|| {
        black_box(Scene::build(black_box(map), Lang::Nl));
    });
    println!(
        "scene {what}: {} persons, {} ties; median of {RUNS} runs: {median:.3} ms (min {min:.3} ms, max {max:.3} ms)",
        map.person_count(),
        map.tie_count()
    );
}

fn main() {
    report("large", &random_map(1_000, 2_000, 2024));
    report("family", &random_map(60, 80, 7));
    let large = random_map(1_000, 2_000, 2024);
    let (median, _, _) = median_ms(|| {
        black_box(auto_arrange(black_box(&large)));
    });
    println!("auto_arrange: 1000 persons; median of {RUNS} runs: {median:.3} ms");
}
