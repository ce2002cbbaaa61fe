//! The views module's side (built as the `views` binary, src/views.rs): a session of its own that
//! mirrors the workbook the main module hands over, and the views it draws into the hosts the
//! shell lays out (`ui::remote`). It never writes to storage: what it shows comes from the main
//! module, and its views only read (the comparison's choices are its own).

use std::cell::RefCell;

use super::docs::compare_pane;
use super::dom::{self, Mounted};
use super::reactive::*;
use super::remote::Remote;
use super::session::Session;
use crate::core::lang::Lang;
use crate::core::profile::Profile;

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    static DRAWN: RefCell<Vec<(Remote, Mounted)>> = const { RefCell::new(Vec::new()) };
}

/// Draws `view` into `host` (emptied first), from `book` in the stored format.
pub fn mount(
    view: Remote,
    host: web_sys::HtmlElement,
    profile: &'static Profile,
    lang: Lang,
    embedded: bool,
    book: String,
) {
    unmount(view);
    let session = match SESSION.with(|s| *s.borrow()) {
        Some(session) => {
            session.follow(&book, lang);
            session
        }
        None => {
            let owner = Owner::new();
            let session = owner.with(|| Session::mirror(profile, lang, embedded, &book));
            // The mirror lives as long as the page, as the main module's session does.
            std::mem::forget(owner);
            SESSION.with(|s| *s.borrow_mut() = Some(session));
            session
        }
    };
    host.set_text_content(None);
    let drawn = dom::mount(&host, move || {
        provide_context(session);
        match view {
            Remote::Comparison => compare_pane(),
        }
    });
    DRAWN.with(|d| d.borrow_mut().push((view, drawn)));
}

/// Takes `view` away, with its effects and listeners.
pub fn unmount(view: Remote) {
    let gone: Vec<(Remote, Mounted)> = DRAWN.with(|d| {
        let mut drawn = d.borrow_mut();
        let (gone, kept) = drawn.drain(..).partition(|(v, _)| *v == view);
        *drawn = kept;
        gone
    });
    drop(gone);
}

/// The main module's workbook changed under an open view.
pub fn follow(book: String, lang: Lang) {
    if let Some(session) = SESSION.with(|s| *s.borrow()) {
        session.follow(&book, lang);
    }
}
