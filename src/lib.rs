//! Competence Matrix: rate yourself against the IMA Profile for Management Support
//! Professionals, privately, in the browser.
//!
//! - `core`: the domain in pure Rust, tested natively.
//! - `web`: every call into the browser, behind small functions.
//! - `ui`: the views, Leptos components over the session; they lay out what the session holds
//!   and send it changes. In the browser they run the app; natively they write the page the
//!   build pre-renders (`ui::first_paint`, run by src/prerender.rs), where `web` finds no browser.

// Natively (`ssr`, for the first paint) the views' nested types run deeper than the default.
#![recursion_limit = "256"]

pub mod core;
pub mod ui;
pub mod web;

// Smaller than Rust's default wasm allocator (dlmalloc) by a few KB, and faster.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
