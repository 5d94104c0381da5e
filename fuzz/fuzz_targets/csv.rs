//! CSV import: any text either imports or gives a `FileError`, never a panic. A NUL byte
//! splits the input into the persons table and the ties table.
#![no_main]

use kring::i18n::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (persons, ties) = match text.split_once('\0') {
        Some((persons, ties)) => (persons, Some(ties)),
        None => (text, None),
    };
    if let Ok(imported) = kring::io::csv::import(persons, ties, &Lang::ALL) {
        let again = kring::model::from_json(&kring::model::to_json(&imported.map));
        assert_eq!(again.as_ref(), Ok(&imported.map), "an imported map is not a valid Kring map");
    }
});
