//! GraphML import: any text either imports or gives a `FileError`, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(imported) = kring::io::graphml::import(text) {
        let again = kring::model::from_json(&kring::model::to_json(&imported.map));
        assert_eq!(again.as_ref(), Ok(&imported.map), "an imported map is not a valid Kring map");
    }
});
