//! Competence Matrix: rate yourself against the IMA Profile for Management Support
//! Professionals, privately, in the browser.
//!
//! - `core`: the domain in pure Rust, tested natively.
//! - `web`: every call into the browser, behind small functions.
//! - `ui`: the views, built with `ui::dom` over the session's Leptos signals; they lay out what
//!   the session holds.

pub mod core;
#[cfg(any())]
pub mod ui;
#[cfg(any())]
pub mod web;

// Smaller than Rust's default wasm allocator (dlmalloc) by a few KB, and faster.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
