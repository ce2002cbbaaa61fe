//! The views module's side (built as the `views` binary, src/views.rs): a session of its own that
//! mirrors the workbook the main module hands over, and the views it draws into the hosts the
//! shell lays out (`ui::remote`). It never writes to storage: every change made in its views is
//! handed back to the main module (`core::remote::Handback`), which saves it.

use std::cell::RefCell;
use std::rc::Rc;

use super::docs::{compare_pane, incoming_pane, summary_pane};
use super::dom::{self, Mounted};
use super::reactive::*;
use super::remote::Remote;
use super::roles::roles_pane;
use super::session::Session;
use crate::core::lang::Lang;
use crate::core::profile::Profile;
use crate::core::remote::Handback;

/// Takes a message to the main module.
type Send = Rc<dyn Fn(String)>;

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    static DRAWN: RefCell<Vec<(Remote, Mounted)>> = const { RefCell::new(Vec::new()) };
    /// Takes a message to the main module.
    static MAIN: RefCell<Option<Send>> = const { RefCell::new(None) };
}

/// Where the messages to the main module go.
pub fn reply_to(send: impl Fn(String) + 'static) {
    MAIN.with(|m| *m.borrow_mut() = Some(Rc::new(send)));
}

fn hand_back(message: Handback) {
    if let Some(send) = MAIN.with(|m| m.borrow().clone()) {
        send(message.encode());
    }
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
            // A root: when both sides share one reactive runtime (the component tests), the
            // mirror must not go with the main module's view that first opened it.
            let outer = Owner::current();
            if let Some(outer) = outer.clone() {
                outer.unset();
            }
            let owner = Owner::new();
            if let Some(outer) = outer {
                outer.set();
            }
            let session = owner.with(|| Session::mirror(profile, lang, embedded, &book, hand_back));
            // The mirror lives as long as the page, as the main module's session does.
            std::mem::forget(owner);
            SESSION.with(|s| *s.borrow_mut() = Some(session));
            session
        }
    };
    session.clear_said();
    host.set_text_content(None);
    let drawn = dom::mount(&host, move || {
        provide_context(session);
        match view {
            Remote::Comparison => compare_pane(),
            Remote::Summary => summary_pane(),
            Remote::Roles => roles_pane(),
            Remote::Incoming => incoming_pane(),
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

/// An answer was given in the main module's matrix (by the input's name and value).
pub fn answer(name: String, value: String) {
    if let Some(session) = SESSION.with(|s| *s.borrow()) {
        session.follow_answer(&name, &value);
    }
}
