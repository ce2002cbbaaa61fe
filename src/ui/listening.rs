//! The page's listeners that the app adds (`web::listen`), kept while what added them lives.

use leptos::prelude::*;

use crate::web;

/// Keeps `listeners` on the page while the component (or the owner) that added them lives, and
/// takes them off when it goes: an app unmounted (a test, a host that removes it) leaves no
/// listener behind calling into it.
pub fn while_mounted(listeners: impl IntoIterator<Item = web::Listener>) {
    let listeners = send_wrapper::SendWrapper::new(listeners.into_iter().collect::<Vec<_>>());
    on_cleanup(move || {
        for listener in listeners.take() {
            listener.remove();
        }
    });
}
