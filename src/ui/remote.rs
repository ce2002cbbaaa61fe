//! Views that live in a wasm module of their own, the shell's side. The comparison is drawn by
//! the views module (`ui::views_module`, built as the `views` binary), which the page loads
//! only when the comparison opens: the first visit does not carry its code. The shell draws an
//! empty host element; the views module draws into it, from the workbook this module hands
//! over, and takes it away when the host goes.

use std::cell::Cell;

use wasm_bindgen::JsCast;

use super::dom::{h, H};
use super::reactive::*;
use super::session::{use_session, Session};
use crate::core::lang::Lang;
use crate::core::profile::Profile;
use crate::web;

/// A view the views module draws.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Remote {
    Comparison,
}

impl Remote {
    /// Its name across the modules' boundary.
    pub fn name(self) -> &'static str {
        match self {
            Remote::Comparison => "comparison",
        }
    }

    pub fn from_name(name: &str) -> Option<Remote> {
        (name == "comparison").then_some(Remote::Comparison)
    }
}

/// How the shell reaches the views module. The app loads it over the network (`web`); the
/// component tests, whose binary holds both sides, connect its functions directly.
#[derive(Clone, Copy)]
pub struct Link {
    /// Draws `view` into the element, for this profile and language, from the workbook in the
    /// stored format.
    pub mount: fn(Remote, web_sys::HtmlElement, &'static Profile, Lang, bool, String),
    pub unmount: fn(Remote),
    /// The workbook changed under an open view (another tab wrote).
    pub follow: fn(String, Lang),
}

thread_local! {
    /// The profile file as fetched, for the views module to read again.
    static PROFILE_TEXT: Cell<&'static str> = const { Cell::new("") };
    static LINK: Cell<Option<Link>> = const { Cell::new(None) };
}

/// Keeps the profile file's text for the views module (the app reads it once, at start).
pub fn keep_profile_text(text: &'static str) {
    PROFILE_TEXT.with(|p| p.set(text));
}

/// Connects the views module's functions directly, instead of loading it.
pub fn connect(link: Link) {
    LINK.with(|l| l.set(Some(link)));
}

/// Makes `pane` the host of `view`: the views module draws into it, and until then a line says
/// that the view is coming (or why it could not come). The pane stays the documents' parent,
/// as the print stylesheet wants.
pub fn host(view: Remote, pane: H) -> H {
    let session = use_session();
    let t = session.t_untracked();
    let pane = pane.ch(h("p")
        .cls("loading")
        .at("role", "status")
        .tx(t.loading_view));
    let target: web_sys::HtmlElement = pane.0.clone().unchecked_into();
    let lang = session.lang.get_untracked();
    let book = session.book_json();
    match LINK.with(Cell::get) {
        Some(link) => (link.mount)(view, target, session.profile, lang, session.embedded, book),
        None => web::mount_remote(
            view.name(),
            target,
            PROFILE_TEXT.with(Cell::get),
            lang.code(),
            session.embedded,
            book,
            t.view_failed,
        ),
    }
    // While the view shows, the workbook changes only when another tab writes (the shell's own
    // controls are elsewhere): hand it over again then.
    Effect::new(move |shown: Option<()>| {
        session.track_workbook();
        if shown.is_some() {
            follow(session);
        }
    });
    on_cleanup(move || match LINK.with(Cell::get) {
        Some(link) => (link.unmount)(view),
        None => web::unmount_remote(view.name()),
    });
    pane
}

/// Hands the workbook over again.
fn follow(session: Session) {
    let (json, lang) = (session.book_json(), session.lang.get_untracked());
    match LINK.with(Cell::get) {
        Some(link) => (link.follow)(json, lang),
        None => web::follow_remote(json, lang.code()),
    }
}
