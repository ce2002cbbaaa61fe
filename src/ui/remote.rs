//! Views that live in a wasm module of their own, the shell's side. The summary, the
//! comparison, the role profiles and what comes in from a link or a file are drawn by the views
//! module (`ui::views_module`, built as the `views` binary), which the page loads only when one
//! of them opens: the first visit does not need their code to show and use the matrix. The
//! shell draws an empty host element; the views module draws into it, from the workbook this
//! module hands over (then each answer, one by one), and hands every change back
//! (`core::remote::Handback`): this module's session alone saves.

use std::cell::Cell;

use wasm_bindgen::JsCast;

use super::dom::{h, watch, H};
use super::reactive::*;
use super::session::{use_session, Session};
use crate::core::lang::Lang;
use crate::core::profile::Profile;
use crate::core::remote::Handback;
use crate::web;

/// A view the views module draws.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Remote {
    Summary,
    Comparison,
    Roles,
    /// What came in from a link or a file.
    Incoming,
}

impl Remote {
    const ALL: [(Remote, &'static str); 4] = [
        (Remote::Summary, "summary"),
        (Remote::Comparison, "comparison"),
        (Remote::Roles, "roles"),
        (Remote::Incoming, "incoming"),
    ];

    /// Its name across the modules' boundary.
    pub fn name(self) -> &'static str {
        Remote::ALL
            .iter()
            .find(|(view, _)| *view == self)
            .map_or("", |(_, name)| name)
    }

    pub fn from_name(name: &str) -> Option<Remote> {
        Remote::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(view, _)| *view)
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
    /// The workbook changed under an open view.
    pub follow: fn(String, Lang),
    /// An answer was given in the matrix: the input's name and value.
    pub answer: fn(String, String),
}

thread_local! {
    /// The profile file as fetched, for the views module to read again.
    static PROFILE_TEXT: Cell<&'static str> = const { Cell::new("") };
    static LINK: Cell<Option<Link>> = const { Cell::new(None) };
    /// The session the views module's changes go to.
    static SESSION: Cell<Option<Session>> = const { Cell::new(None) };
    /// How many of the views module's views show.
    static OPEN: Cell<usize> = const { Cell::new(0) };
}

/// Keeps the profile file's text for the views module (the app reads it once, at start).
pub fn keep_profile_text(text: &'static str) {
    PROFILE_TEXT.with(|p| p.set(text));
}

/// Connects the views module's functions directly, instead of loading it.
pub fn connect(link: Link) {
    LINK.with(|l| l.set(Some(link)));
}

/// Keeps the views module's views up to date with `session`, and `session` with their changes:
/// while one shows, every change of the workbook is handed over (each answer by itself), and
/// what comes back is taken by `session`.
pub fn serve(session: Session) {
    SESSION.with(|s| s.set(Some(session)));
    session.send_answers_to(send_answer);
    let mut first = true;
    watch(move || {
        session.track_workbook();
        if !std::mem::take(&mut first) && OPEN.with(Cell::get) > 0 {
            follow(session);
        }
    });
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
    OPEN.with(|o| o.set(o.get() + 1));
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
            receive,
        ),
    }
    on_cleanup(move || {
        OPEN.with(|o| o.set(o.get().saturating_sub(1)));
        match LINK.with(Cell::get) {
            Some(link) => (link.unmount)(view),
            None => web::unmount_remote(view.name()),
        }
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

fn send_answer(name: &str, value: &str) {
    if OPEN.with(Cell::get) == 0 {
        return;
    }
    match LINK.with(Cell::get) {
        Some(link) => (link.answer)(name.to_string(), value.to_string()),
        None => web::answer_remote(name, value),
    }
}

/// A message from the views module: a change made in one of its views.
pub fn receive(message: String) {
    let (Some(session), Some(message)) = (SESSION.with(Cell::get), Handback::decode(&message))
    else {
        return;
    };
    match message {
        Handback::Book(json) => session.adopt(&json),
        Handback::Show(view) => session.show(view),
        Handback::Notice(notice) => session.notify(notice),
        Handback::Arrival(arrival) => session.arrival.set(arrival),
        Handback::HintsShown => session.hints_shown.set(true),
    }
}
