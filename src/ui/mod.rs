//! The components: thin views over `core` types. They read and write state and render; the
//! rules live in `core`, the browser calls in `web`.

mod app;
mod dialog;
mod matrix;
mod notices;
mod summary;
mod workspace;

pub use app::{App, Session};
pub use workspace::Workspace;
