//! The views: thin, over `core` types. They lay out what the session holds and hand
//! every change to it; the rules live in `core`, the browser calls in `web`.

mod app;
mod docs;
mod dom;
mod kit;
mod matrix;
mod roles;
pub mod session;

pub use app::{mount_app, start, PROFILE_URL};
