//! Kring's own file: any bytes either load or give a `LoadError`, never a panic; and a map
//! that loads saves and loads back as the same map.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(map) = kring::model::from_json(text) {
        let again = kring::model::from_json(&kring::model::to_json(&map));
        assert_eq!(again.as_ref(), Ok(&map), "a loaded map did not survive save and load");
    }
});
