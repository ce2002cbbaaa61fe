//! The views, on Leptos: components that lay out what the session holds and send every change
//! to it as a `core::answers::change::Change`. The rules live in `core`, the browser calls in `web`.
//!
//! - `session`: the one workbook of the page and its parts; `saving`: storage and other tabs;
//!   `screen`: what is on screen; `incoming`: links and files that come in; `sharing`: what
//!   leaves; `documents`: the documents the views show.
//! - `start`: starting the app in the browser; `app`: wiring its session; `first_paint`: the
//!   same app rendered natively by the build into the page, `page_copy`: which copy is drawn.
//! - `shell`: the page's layout and the views' tabs; `header`, `notices`; `matrix`: the matrix
//!   view and the assessments bar; `rows`: the matrix's blocks and rows; `kit`: building
//!   blocks; `listening`: the page's listeners, kept while mounted.
//! - `later`: the views whose code loads after the matrix's — `summary_pane`, `compare`, `roles`,
//!   `arrived` (what came in), `agreeing` (the meeting's panel of an agreed assessment), `team`
//!   (a manager's team), `embedding` (the embed builder), `designer` (the profile designer).

mod agreeing;
mod app;
mod arrived;
mod compare;
mod contributing;
mod designer;
mod documents;
mod embedding;
// Build time only: the wasm never renders the first paint.
#[cfg(not(target_arch = "wasm32"))]
mod first_paint;
mod header;
pub mod incoming;
mod kit;
mod languages;
mod later;
mod listening;
mod matrix;
mod notices;
mod page_copy;
mod previews;
mod roles;
mod rows;
pub mod saving;
pub mod screen;
pub mod session;
mod sharing;
mod shell;
#[cfg(target_arch = "wasm32")]
mod start;
mod summary_pane;
mod team;

pub use app::PROFILE_URL;
#[cfg(not(target_arch = "wasm32"))]
pub use first_paint::first_paint;
pub use page_copy::PageCopy;
#[cfg(target_arch = "wasm32")]
pub use start::{mount_app, start};
