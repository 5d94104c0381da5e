//! Long fuzzing of every file reader without a nightly compiler: the same checks as the
//! cargo-fuzz targets in fuzz/, fed with pseudo-random mutations of the real sample files
//! (and the hostile ones) for a set time. Ignored by default; scripts/fuzz runs it when
//! no nightly Rust is installed:
//!
//!   KRING_FUZZ_SECONDS=300 cargo test --release --test fuzz_long -- --ignored --nocapture
//!
//! `KRING_FUZZ_TARGET=graphml` runs one reader only, `KRING_FUZZ_SEED` picks another
//! sequence. Inputs that panic are written to `target/fuzz-crashes/` and fail the test.

mod common;
use common::rng::Rng;

use kring::i18n::Lang;
use kring::io::crypto::{self, CryptoError, KdfParams};
use kring::io::{csv, easynwk, graphml};
use kring::model::{from_json, to_json};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const CHEAP: KdfParams = KdfParams { memory_kib: 8, iterations: 1, parallelism: 1 };
const TARGETS: [&str; 5] = ["json", "easynwk", "graphml", "csv", "encrypted"];

/// Bytes that mean something to one of the formats: worth inserting.
const TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b":",
    b",",
    b"null",
    b"true",
    b"-1",
    b"1e999",
    b"<",
    b">",
    b"</",
    b"/>",
    b"=",
    b"&amp;",
    b"&#0;",
    b"<![CDATA[",
    b"<!DOCTYPE",
    b"\r\n",
    b";",
    b"\t",
    b"\0",
    b"'=",
    b"\xef\xbb\xbf",
    b"\xff",
    b"KRING-SEALED",
];

/// One random change: flip, overwrite, insert a byte or a token, delete, cut, copy a
/// slice within the input, or splice in a slice of another sample.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>, others: &[Vec<u8>]) {
    let len = bytes.len();
    match rng.below(9) {
        0 if len > 0 => {
            let at = rng.below(len);
            bytes[at] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let at = rng.below(len);
            bytes[at] = rng.next() as u8;
        }
        2 => {
            let token = TOKENS[rng.below(TOKENS.len())];
            let at = rng.below(len + 1);
            bytes.splice(at..at, token.iter().copied());
        }
        3 if len > 0 => {
            let from = rng.below(len);
            let to = (from + 1 + rng.below(32)).min(len);
            bytes.drain(from..to);
        }
        4 => bytes.truncate(rng.below(len + 1)),
        5 if len > 0 => {
            let from = rng.below(len);
            let to = (from + rng.below(64)).min(len);
            let copy = bytes[from..to].to_vec();
            let at = rng.below(len + 1);
            bytes.splice(at..at, copy);
        }
        6 if !others.is_empty() => {
            let other = &others[rng.below(others.len())];
            if !other.is_empty() {
                let from = rng.below(other.len());
                let to = (from + rng.below(128)).min(other.len());
                let at = rng.below(len + 1);
                bytes.splice(at..at, other[from..to].iter().copied());
            }
        }
        _ => {
            let at = rng.below(len + 1);
            bytes.insert(at, rng.next() as u8);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &str, ext: &str) -> Vec<Vec<u8>> {
    let mut found: Vec<_> = std::fs::read_dir(root().join(dir))
        .map(|entries| {
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == ext)).collect()
        })
        .unwrap_or_default();
    found.sort();
    found.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn bakker_json() -> String {
    String::from_utf8(std::fs::read(root().join("tests/fixtures/bakker.kring.json")).unwrap_or_default())
        .unwrap_or_default()
}

/// The samples each reader starts from.
fn seeds(target: &str) -> Vec<Vec<u8>> {
    let bakker = from_json(&bakker_json()).expect("the Bakker fixture loads");
    let mut seeds = match target {
        "json" => vec![bakker_json().into_bytes(), to_json(&bakker).into_bytes()],
        "easynwk" => files("tests/fixtures/easynwk", "json"),
        "graphml" => {
            let mut all = files("tests/fixtures/io", "graphml");
            all.push(graphml::export(&bakker, Lang::Nl).into_bytes());
            all
        }
        "csv" => vec![format!("{}\0{}", csv::export_persons(&bakker), csv::export_ties(&bakker)).into_bytes()],
        _ => vec![crypto::seal_with_params(&bakker_json(), "fuzz", [7; 16], [9; 12], CHEAP).expect("cheap parameters")],
    };
    let hostile_ext = match target {
        "json" => "json",
        "graphml" => "graphml",
        "csv" => "csv",
        _ => "",
    };
    if !hostile_ext.is_empty() {
        seeds.extend(files("tests/hostile", hostile_ext));
    }
    seeds
}

/// The checks of fuzz/fuzz_targets/<target>.rs: no panic, and whatever imports is a valid
/// Kring map that saves and loads back the same.
fn run(target: &str, data: &[u8]) -> bool {
    let text = std::str::from_utf8(data).ok();
    let valid = |map: &kring::model::FamilyMap| {
        let again = from_json(&to_json(map));
        assert_eq!(again.as_ref(), Ok(map), "an imported map is not a valid Kring map");
    };
    match target {
        "json" => text.and_then(|t| from_json(t).ok()).map(|map| valid(&map)).is_some(),
        "easynwk" => match text.map(easynwk::import) {
            Some(Ok(result)) => {
                assert!(result.current < result.versions.len());
                result.versions.iter().for_each(|v| valid(&v.map));
                true
            }
            Some(Err(err)) => {
                assert!(!kring::i18n::easynwk::message(Lang::Nl, &err).is_empty());
                false
            }
            None => false,
        },
        "graphml" => text.and_then(|t| graphml::import(t).ok()).map(|imported| valid(&imported.map)).is_some(),
        "csv" => text
            .and_then(|t| {
                let (persons, ties) = match t.split_once('\0') {
                    Some((persons, ties)) => (persons, Some(ties)),
                    None => (t, None),
                };
                csv::import(persons, ties, &Lang::ALL).ok()
            })
            .map(|imported| valid(&imported.map))
            .is_some(),
        _ => match crypto::open(data, "fuzz") {
            Ok(_) => {
                assert!(crypto::looks_sealed(data));
                true
            }
            Err(CryptoError::NotSealed) => {
                assert!(!crypto::looks_sealed(data));
                false
            }
            Err(err) => {
                assert!(!kring::i18n::sealed::message(Lang::Nl, &err).is_empty());
                false
            }
        },
    }
}

struct Outcome {
    executions: u64,
    accepted: u64,
    crashes: Vec<PathBuf>,
}

fn fuzz(target: &str, budget: Duration, rng: &mut Rng) -> Outcome {
    let seeds = seeds(target);
    assert!(!seeds.is_empty(), "no samples for {target}");
    let crash_dir = root().join("target/fuzz-crashes");
    let mut outcome = Outcome { executions: 0, accepted: 0, crashes: Vec::new() };
    let start = Instant::now();
    while start.elapsed() < budget {
        let mut input = seeds[rng.below(seeds.len())].clone();
        for _ in 0..=rng.below(6) {
            mutate(rng, &mut input, &seeds);
        }
        outcome.executions += 1;
        match panic::catch_unwind(AssertUnwindSafe(|| run(target, &input))) {
            Ok(accepted) => outcome.accepted += u64::from(accepted),
            Err(_) => {
                let _ = std::fs::create_dir_all(&crash_dir);
                let path = crash_dir.join(format!("{target}-{}.bin", outcome.crashes.len() + 1));
                let _ = std::fs::write(&path, &input);
                outcome.crashes.push(path);
            }
        }
    }
    outcome
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
#[ignore = "long: run by scripts/fuzz"]
fn readers_survive_random_mutations_for_a_set_time() {
    let seconds = env_number("KRING_FUZZ_SECONDS", 10);
    let only = std::env::var("KRING_FUZZ_TARGET").ok();
    let targets: Vec<&str> = TARGETS.iter().copied().filter(|t| only.as_deref().is_none_or(|o| o == *t)).collect();
    assert!(!targets.is_empty(), "unknown KRING_FUZZ_TARGET; pick one of {TARGETS:?}");
    let budget = Duration::from_secs(seconds) / targets.len() as u32;
    let mut rng = Rng(env_number("KRING_FUZZ_SEED", 0x9E37_79B9_7F4A_7C15).max(1));
    // Panics are counted and their inputs kept; their messages would only flood the log.
    let quiet = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let mut crashed = Vec::new();
    for target in targets {
        let outcome = fuzz(target, budget, &mut rng);
        println!(
            "fuzz {target}: {} executions in {:.0} s, {} accepted, {} crashes",
            outcome.executions,
            budget.as_secs_f64(),
            outcome.accepted,
            outcome.crashes.len()
        );
        crashed.extend(outcome.crashes);
    }
    panic::set_hook(quiet);
    let shown: Vec<_> = crashed.iter().map(|p| p.strip_prefix(root()).unwrap_or(Path::new("?")).display()).collect();
    assert!(crashed.is_empty(), "inputs that crashed a reader: {shown:?}");
}
