//! Prints the fictional Bakker family (shared/data/scenario-familie-bakker.md) as a Kring
//! file: `cargo run --example bakker > tests/fixtures/bakker.kring.json`. Used as a demo
//! map and by the end-to-end tests. The family is built in the core
//! (`kring::i18n::example`), where Kring's own "Open the example" takes it from too.

use kring::i18n::{example::bakker_map, Lang};
use kring::model::to_json;

fn main() {
    print!("{}", to_json(&bakker_map(Lang::Nl, "Familie Bakker")));
}
