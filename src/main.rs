//! Trunk's entry point: mounts the Yew app into the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    kring::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Kring is a web app: build it with `scripts/serve` and open it in a browser.");
}
