//! Sealed Kring files: any bytes give a typed `CryptoError` (or, for a real sealed file, the
//! JSON), never a panic. Text inputs are also sealed with cheap parameters and must open
//! back to themselves, and must not open with another password.
#![no_main]

use kring::io::crypto::{self, CryptoError, KdfParams};
use libfuzzer_sys::fuzz_target;

const CHEAP: KdfParams = KdfParams { memory_kib: 8, iterations: 1, parallelism: 1 };

fuzz_target!(|data: &[u8]| {
    match crypto::open(data, "fuzz") {
        Ok(_) => assert!(crypto::looks_sealed(data)),
        Err(CryptoError::NotSealed) => assert!(!crypto::looks_sealed(data)),
        Err(_) => {}
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let salt = [7u8; 16];
        let nonce = [9u8; 12];
        if let Ok(sealed) = crypto::seal_with_params(text, "fuzz", salt, nonce, CHEAP) {
            assert_eq!(crypto::open(&sealed, "fuzz").as_deref(), Ok(text));
            assert_eq!(crypto::open(&sealed, "other"), Err(CryptoError::WrongPassword));
        }
    }
});
