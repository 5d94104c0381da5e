//! easyNWK import: any text either imports or gives an `EasyNwkError`, never a panic; every
//! imported version is a valid Kring map (it saves and loads back the same).
#![no_main]

use kring::i18n::Lang;
use kring::io::easynwk;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match easynwk::import(text) {
        Ok(result) => {
            assert!(result.current < result.versions.len());
            for version in &result.versions {
                let again = kring::model::from_json(&kring::model::to_json(&version.map));
                assert_eq!(again.as_ref(), Ok(&version.map), "an imported map is not a valid Kring map");
            }
            for warning in &result.warnings {
                assert!(!easynwk::warning_message(Lang::Nl, warning).is_empty());
            }
        }
        Err(err) => assert!(!easynwk::message(Lang::Nl, &err).is_empty()),
    }
});
