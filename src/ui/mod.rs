//! The views: thin, over `core` types. They lay out what the session holds and hand
//! every change to it; the rules live in `core`, the browser calls in `web`.

mod app;
mod docs;
mod dom;
mod kit;
mod matrix;
pub mod remote;
mod roles;
pub mod session;
pub mod views_module;

pub use app::{mount_app, start, PROFILE_URL};

/// Leptos's reactive system, as the views use it: signals, memos, effects, owners and context.
pub mod reactive {
    pub use reactive_graph::computed::Memo;
    pub use reactive_graph::effect::RenderEffect;
    pub use reactive_graph::graph::untrack;
    pub use reactive_graph::owner::{
        expect_context, on_cleanup, provide_context, Owner, StoredValue,
    };
    pub use reactive_graph::prelude::*;
    pub use reactive_graph::signal::{signal, RwSignal, Trigger};
    pub use reactive_graph::spawn_local;
    pub use reactive_graph::wrappers::read::Signal;
}
