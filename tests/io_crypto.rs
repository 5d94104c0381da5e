//! Sealed Kring files: round trip, wrong password, every altered byte, truncation, and a
//! few thousand pseudo-random mutations that must give an error, never a panic.
//!
//! Argon2 with the real parameters is slow-ish, so only two tests use them; the rest use
//! cheap parameters, which exercise exactly the same code.

mod common;
use common::rng::Rng;

use kring::i18n::Lang;
use kring::io::crypto::{self, CryptoError, KdfParams, HEADER_LEN, MAGIC};

const SALT: [u8; 16] = *b"0123456789abcdef";
const NONCE: [u8; 12] = *b"nonce-12byte";
const CHEAP: KdfParams = KdfParams { memory_kib: 64, iterations: 1, parallelism: 1 };

// Byte ranges of the version-1 header.
const VERSION_AT: usize = 12;
const KDF_AT: usize = 13;
const PARAMS: std::ops::Range<usize> = 14..26;
const SALT_AT: std::ops::Range<usize> = 26..42;
const NONCE_AT: std::ops::Range<usize> = 42..54;
const CHECK_AT: std::ops::Range<usize> = 54..70;
const LENGTH_AT: std::ops::Range<usize> = 70..74;

fn sample_json() -> String {
    kring::model::to_json(&common::bakker())
}

fn cheap_sealed(json: &str, password: &str) -> Vec<u8> {
    crypto::seal_with_params(json, password, SALT, NONCE, CHEAP).expect("cheap parameters are valid")
}

#[test]
fn round_trip_with_real_parameters_is_identity() {
    let json = sample_json();
    let sealed = crypto::seal(&json, "Geheim wachtwoord 1", SALT, NONCE);
    assert!(crypto::looks_sealed(&sealed));
    assert_eq!(&sealed[..12], MAGIC);
    assert_eq!(sealed.len(), HEADER_LEN + json.len() + 16);
    // The JSON must not be readable in the file.
    let text = String::from_utf8_lossy(&sealed);
    assert!(!text.contains("Bakker"), "plaintext leaked into the sealed file");
    // The default parameters are written into the header.
    assert_eq!(
        &sealed[PARAMS],
        [64u32 * 1024, 3, 1].iter().flat_map(|v| v.to_le_bytes()).collect::<Vec<_>>().as_slice()
    );

    let opened = crypto::open(&sealed, "Geheim wachtwoord 1").expect("right password opens");
    assert_eq!(opened, json);
    let map = kring::model::from_json(&opened).expect("opened JSON loads");
    assert_eq!(map, common::bakker());
}

#[test]
fn wrong_password_with_real_parameters() {
    // Built with the real parameters once more: a wrong password must say so.
    let sealed = crypto::seal("{\"format\":\"kring\"}", "juist", SALT, NONCE);
    assert_eq!(crypto::open(&sealed, "fout"), Err(CryptoError::WrongPassword));
    assert_eq!(crypto::open(&sealed, "Juist"), Err(CryptoError::WrongPassword));
    assert_eq!(crypto::open(&sealed, ""), Err(CryptoError::WrongPassword));
}

#[test]
fn cheap_round_trip_and_unicode_password() {
    let json = sample_json();
    let password = "wachtwoord met spaties, é en 🔑";
    let sealed = cheap_sealed(&json, password);
    assert_eq!(crypto::open(&sealed, password).as_deref(), Ok(json.as_str()));
    assert_eq!(crypto::open(&sealed, "wachtwoord met spaties, e en 🔑"), Err(CryptoError::WrongPassword));
    // An empty document seals and opens too.
    let empty = cheap_sealed("", password);
    assert_eq!(crypto::open(&empty, password).as_deref(), Ok(""));
}

#[test]
fn sealing_is_deterministic_in_its_inputs() {
    let json = sample_json();
    assert_eq!(cheap_sealed(&json, "pw"), cheap_sealed(&json, "pw"));
    let other_nonce = crypto::seal_with_params(&json, "pw", SALT, *b"another-12by", CHEAP).expect("valid");
    assert_ne!(other_nonce[HEADER_LEN..], cheap_sealed(&json, "pw")[HEADER_LEN..]);
    let other_salt = crypto::seal_with_params(&json, "pw", *b"fedcba9876543210", NONCE, CHEAP).expect("valid");
    assert_ne!(other_salt[CHECK_AT], cheap_sealed(&json, "pw")[CHECK_AT]);
}

#[test]
fn every_altered_byte_gives_the_right_error() {
    let json = "{\"format\":\"kring\",\"version\":1,\"title\":\"Test\",\"persons\":[],\"ties\":[]}";
    let sealed = cheap_sealed(json, "pw");
    for at in 0..sealed.len() {
        for flip in [0x01u8, 0x80] {
            let mut bytes = sealed.clone();
            bytes[at] ^= flip;
            let got = crypto::open(&bytes, "pw");
            let ok = match at {
                a if a < VERSION_AT => got == Err(CryptoError::NotSealed),
                VERSION_AT => got == Err(CryptoError::UnsupportedVersion { version: 1 ^ flip }),
                KDF_AT => got == Err(CryptoError::UnsupportedKdf { kdf: 1 ^ flip }),
                a if PARAMS.contains(&a) => {
                    matches!(got, Err(CryptoError::WrongPassword) | Err(CryptoError::BadParameters { .. }))
                }
                a if SALT_AT.contains(&a) || CHECK_AT.contains(&a) => got == Err(CryptoError::WrongPassword),
                a if NONCE_AT.contains(&a) => got == Err(CryptoError::Damaged),
                a if LENGTH_AT.contains(&a) => {
                    matches!(got, Err(CryptoError::Truncated { .. }) | Err(CryptoError::Damaged))
                }
                _ => got == Err(CryptoError::Damaged),
            };
            assert!(ok, "byte {at} ^ {flip:#04x} gave {got:?}");
        }
    }
}

#[test]
fn flipping_the_parameters_to_huge_values_is_refused_before_any_work() {
    let sealed = cheap_sealed("{}", "pw");
    let mut bytes = sealed.clone();
    bytes[PARAMS.start + 3] = 0x40; // memory 64 KiB -> 1 GiB and more
    assert!(matches!(crypto::open(&bytes, "pw"), Err(CryptoError::BadParameters { .. })));
    let mut bytes = sealed;
    bytes[PARAMS.start + 4..PARAMS.start + 8].copy_from_slice(&1000u32.to_le_bytes());
    assert_eq!(
        crypto::open(&bytes, "pw"),
        Err(CryptoError::BadParameters { memory_kib: 64, iterations: 1000, parallelism: 1 })
    );
    let too_much = KdfParams { memory_kib: 1 << 20, iterations: 2, parallelism: 1 };
    assert!(matches!(
        crypto::seal_with_params("{}", "pw", SALT, NONCE, too_much),
        Err(CryptoError::BadParameters { .. })
    ));
}

#[test]
fn every_truncation_is_an_error() {
    let sealed = cheap_sealed(&sample_json(), "pw");
    assert_eq!(crypto::open(&[], "pw"), Err(CryptoError::NotSealed));
    for len in 1..sealed.len() {
        let got = crypto::open(&sealed[..len], "pw");
        assert_eq!(got, Err(CryptoError::Truncated { bytes: len }), "cut at {len}");
    }
    // Extra bytes at the end are not something Kring wrote.
    let mut longer = sealed.clone();
    longer.push(0);
    assert_eq!(crypto::open(&longer, "pw"), Err(CryptoError::Damaged));
}

#[test]
fn other_files_are_not_sealed() {
    let json = sample_json();
    assert!(!crypto::looks_sealed(json.as_bytes()));
    assert!(!crypto::looks_sealed(b"KRING-SEALE"));
    assert_eq!(crypto::open(json.as_bytes(), "pw"), Err(CryptoError::NotSealed));
    assert_eq!(crypto::open(b"PK\x03\x04 a zip file", "pw"), Err(CryptoError::NotSealed));
    let too_big = vec![0u8; crypto::MAX_SEALED_BYTES + 1];
    assert_eq!(crypto::open(&too_big, "pw"), Err(CryptoError::TooLarge { bytes: too_big.len() }));
}

#[test]
fn a_future_version_is_named() {
    let mut sealed = cheap_sealed("{}", "pw");
    sealed[VERSION_AT] = 2;
    // Even cut short right after the version, a newer file says so.
    assert_eq!(crypto::open(&sealed[..13], "pw"), Err(CryptoError::UnsupportedVersion { version: 2 }));
    assert_eq!(crypto::open(&sealed, "pw"), Err(CryptoError::UnsupportedVersion { version: 2 }));
}

#[test]
fn messages_exist_in_both_languages_and_differ() {
    let all = [
        CryptoError::NotSealed,
        CryptoError::TooLarge { bytes: 40 * 1024 * 1024 },
        CryptoError::Truncated { bytes: 10 },
        CryptoError::UnsupportedVersion { version: 7 },
        CryptoError::UnsupportedKdf { kdf: 9 },
        CryptoError::BadParameters { memory_kib: 1, iterations: 0, parallelism: 0 },
        CryptoError::WrongPassword,
        CryptoError::Damaged,
        CryptoError::NotText,
        CryptoError::Internal,
    ];
    for err in &all {
        let nl = kring::i18n::sealed::message(Lang::Nl, err);
        let en = kring::i18n::sealed::message(Lang::En, err);
        assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{err:?}");
        assert_ne!(nl, en, "{err:?} is not translated");
        assert!(nl.ends_with('.'), "{nl}");
    }
    assert!(kring::i18n::sealed::message(Lang::Nl, &CryptoError::WrongPassword).contains("wachtwoord"));
    assert!(kring::i18n::sealed::message(Lang::En, &CryptoError::UnsupportedVersion { version: 7 }).contains('7'));
    assert!(kring::i18n::sealed::message(Lang::Nl, &CryptoError::TooLarge { bytes: 40 * 1024 * 1024 }).contains("40"));
    assert_eq!(
        kring::i18n::sealed::message(Lang::default(), &CryptoError::Damaged),
        kring::i18n::sealed::message(Lang::Nl, &CryptoError::Damaged)
    );
}

/// One random change: flip, overwrite, insert, delete, cut, or duplicate a slice.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    let len = bytes.len();
    match rng.below(6) {
        0 if len > 0 => {
            let at = rng.below(len);
            bytes[at] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let at = rng.below(len);
            bytes[at] = rng.next() as u8;
        }
        2 => {
            let at = rng.below(len + 1);
            bytes.insert(at, rng.next() as u8);
        }
        3 if len > 0 => {
            bytes.remove(rng.below(len));
        }
        4 => bytes.truncate(rng.below(len + 1)),
        _ if len > 0 => {
            let from = rng.below(len);
            let to = (from + rng.below(16)).min(len);
            let copy = bytes[from..to].to_vec();
            let at = rng.below(len + 1);
            bytes.splice(at..at, copy);
        }
        _ => bytes.push(rng.next() as u8),
    }
}

#[test]
fn thousands_of_mutations_never_panic_and_never_open() {
    let original = cheap_sealed(&sample_json(), "pw");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut opened = 0;
    for round in 0..3000 {
        let mut bytes = original.clone();
        for _ in 0..=rng.below(3) {
            mutate(&mut rng, &mut bytes);
        }
        match crypto::open(&bytes, "pw") {
            // Only an unchanged file may open (a mutation can undo itself, or cut nothing).
            Ok(json) => {
                assert_eq!(bytes, original, "round {round}: a changed file opened");
                assert_eq!(json, sample_json());
                opened += 1;
            }
            Err(err) => assert!(!kring::i18n::sealed::message(Lang::Nl, &err).is_empty()),
        }
    }
    assert!(opened < 300, "too few mutations changed anything: {opened}");
}

/// Timing of one real key derivation. Run with
/// `cargo test --release --test io_crypto -- --ignored --nocapture`.
#[test]
#[ignore]
fn time_one_real_derivation() {
    let sealed = crypto::seal("{}", "pw", SALT, NONCE);
    let start = std::time::Instant::now();
    let runs = 5;
    for _ in 0..runs {
        assert_eq!(crypto::open(&sealed, "fout"), Err(CryptoError::WrongPassword));
    }
    let each = start.elapsed() / runs;
    println!("one Argon2id derivation (m = 19 MiB, t = 2, p = 1): {each:?}");
}

#[test]
fn new_files_use_stronger_parameters_and_files_of_older_kring_still_open() {
    const { assert!(KdfParams::DEFAULT.memory_kib >= 64 * 1024 && KdfParams::DEFAULT.iterations >= 3) };
    assert!(KdfParams::DEFAULT.acceptable());
    // What an earlier Kring sealed with (OWASP's minimum); each file's header names its parameters.
    let older = KdfParams { memory_kib: 19 * 1024, iterations: 2, parallelism: 1 };
    let bytes = crypto::seal_with_params("{\"a\":1}", "een oud wachtwoord", [3; 16], [4; 12], older).unwrap();
    assert_eq!(crypto::open(&bytes, "een oud wachtwoord").unwrap(), "{\"a\":1}");
}

#[test]
fn a_file_may_not_ask_for_more_work_than_the_limit() {
    for params in [
        KdfParams { memory_kib: KdfParams::MAX_MEMORY_KIB + 1, iterations: 1, parallelism: 1 },
        KdfParams { memory_kib: 64, iterations: KdfParams::MAX_ITERATIONS + 1, parallelism: 1 },
        // Each alone is allowed, together they are too much work.
        KdfParams { memory_kib: KdfParams::MAX_MEMORY_KIB, iterations: KdfParams::MAX_ITERATIONS, parallelism: 1 },
        KdfParams { memory_kib: u32::MAX, iterations: u32::MAX, parallelism: u32::MAX },
    ] {
        assert!(!params.acceptable(), "{params:?}");
        assert!(matches!(
            crypto::seal_with_params("{}", "x", [0; 16], [0; 12], params),
            Err(CryptoError::BadParameters { .. })
        ));
    }
}

#[test]
fn passphrases_are_suggested_from_the_word_list_and_strength_is_hinted() {
    use kring::io::passphrase::{strength, suggest, Strength};
    let words = kring::i18n::sealed::passphrase_words(kring::i18n::Lang::Nl);
    assert_eq!(words.len(), 128);
    let phrase = suggest(words, &[0, 1, 2, 3, 4, 5]);
    assert_eq!(phrase.split('-').count(), 6);
    assert_eq!(strength(&phrase, 9), Strength::Strong);
    assert_eq!(strength("geheim12", 9), Strength::TooShort);
    assert_eq!(strength("aaaaaaaaaaaa", 9), Strength::Weak);
    assert!(strength("Kring-is-een-cirkel!", 9) >= Strength::Fair);
}

/// Child mode's PIN is kept only as a salted digest: the same PIN opens it, another does not.
#[test]
fn child_mode_pin_only_the_pin_that_was_set_matches() {
    let salt = [3u8; 16];
    let digest = kring::io::crypto::pin_digest("4711", &salt).expect("a digest");
    assert!(kring::io::crypto::pin_matches("4711", &salt, &digest));
    assert!(kring::io::crypto::pin_matches(" 4711 ", &salt, &digest), "spaces around it are not part of a PIN");
    assert!(!kring::io::crypto::pin_matches("4712", &salt, &digest));
    assert!(!kring::io::crypto::pin_matches("", &salt, &digest));
    assert!(!kring::io::crypto::pin_matches("4711", &[4u8; 16], &digest), "another salt, another digest");
}
