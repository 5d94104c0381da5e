//! The example family as a map on this device: a record whose id says it is the example,
//! so the editor and My maps mark it as one wherever it shows (the title says so too).

use crate::i18n::example::bakker;
use crate::i18n::Lang;
use crate::model::{next_day, to_json};
use crate::storage::{self, MapRecord};

const PREFIX: &str = "example-";

/// Whether the map with this id is the example (never a real family).
pub fn is_example(map_id: &str) -> bool {
    map_id.starts_with(PREFIX)
}

/// A new copy of the example, in `lang`, with its meeting two weeks from today.
pub fn example_record(lang: Lang) -> MapRecord {
    let mut date = super::clock::today();
    for _ in 0..14 {
        date = next_day(&date).unwrap_or(date);
    }
    let map = bakker(lang, &date);
    MapRecord {
        id: format!("{PREFIX}{}", storage::now() as u64),
        title: map.title().to_owned(),
        updated: storage::now(),
        document: to_json(&map),
        history: String::new(),
    }
}
