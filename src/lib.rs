//! Kring: a family's network map, drawn together with their professionals.
//!
//! The crate is split in two on purpose:
//! - a pure core (`model`, `scene`, `io`, `i18n`) that never touches the browser, is tested
//!   natively with `cargo test`, and is the only place that knows what a map is;
//! - a thin browser layer (`ui`, `storage`), compiled for wasm32 only, that draws the scene
//!   and turns pointer and key events into edit commands.

// Bad user data must become a message, never a panic: with `panic = "abort"` a panic is
// a dead page. Tests may unwrap.
#![cfg_attr(not(test), warn(clippy::unwrap_used, clippy::expect_used))]

pub mod analysis;
pub mod guided;
pub mod i18n;
pub mod io;
pub mod meeting;
pub mod model;
pub mod present;
pub mod scene;
pub mod session;
pub mod timeline;
pub mod viewport;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
