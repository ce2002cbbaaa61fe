//! The app for a loaded profile: it wires the session (what came before it, the language, the
//! colours, the printer, the address) under the shell (`ui::shell`). The browser starts it
//! (`ui::start`); the build renders it natively for the first paint (`ui::first_paint`).

use leptos::prelude::*;

use super::incoming::Arrivals;
use super::languages;
use super::rows::go_to_item;
use super::saving::Loaded;
use super::screen::Screen;
use super::session::Session;
use super::shell::Shell;
use crate::core::answers::inputs::{change_of, parse_name, MatrixKind};
use crate::core::computed::progress::{last_changed, resume_at};
use crate::core::profile::Profile;
use crate::core::visit::theme::Theme;
use crate::core::visit::view::opens_where_left_off;
use crate::core::words::lang::Lang;
use crate::core::words::notice::Notice;
use crate::web;

/// The profile the app loads unless the host names another, relative to the page so that the
/// app works under any path (and the one the build pre-renders).
pub const PROFILE_URL: &str = "profiles/ima-msp.json";

/// The live app for a loaded profile: the session (from what the browser held), what the
/// visitor did before it started, and the shell. Natively, the build's first paint (`ui::first_paint`).
#[component]
pub(super) fn App(
    profile: &'static Profile,
    loaded: Loaded,
    default_lang: Lang,
    host_theme: Option<Theme>,
    embedded: bool,
    early: Vec<(String, String)>,
) -> impl IntoView {
    let screen = Screen::new(default_lang, embedded, loaded.notices);
    let session = Session::new(profile, loaded.book, default_lang, host_theme, screen);
    provide_context(session);
    let arrivals = Arrivals::new();
    provide_context(arrivals);
    let saving = loaded.saving;
    provide_context(saving);
    saving.start(session);
    for (name, value) in early {
        let change = parse_name(&name)
            .and_then(|(kind, input, position)| change_of(profile, kind, input, position, &value));
        if let Some(change) = change {
            session.apply(change);
        }
    }
    Effect::new(move |_| web::set_document_language(session.lang.get().code()));
    // A language chosen in another tab, or stored when its texts could not be fetched at start.
    Effect::new(move |_| {
        let lang = session.lang.get();
        if languages::here(session.profile, lang) {
            return;
        }
        languages::when_loaded(
            session.profile,
            lang,
            move || screen.language_arrived.notify(),
            move || screen.notify(Notice::LanguageNotLoaded(lang)),
        );
    });
    Effect::new(move |_| web::set_document_theme(session.theme.get()));
    Effect::new(move |_| {
        web::set_print_target(match arrivals.arrival.get() {
            Some(arrival) => arrival.print_target(),
            None => screen.view.get().print_target(),
        })
    });
    arrivals.read_fragment();
    // The window's events, in the browser only (an effect: the build's first paint has no
    // window), taken off when the app goes.
    Effect::new(move |_| {
        // A link pasted into an open tab changes only the fragment.
        let pasted =
            window_event_listener(leptos::ev::hashchange, move |_| arrivals.read_fragment());
        // Back and Forward between the views (each has its address: `core::visit::view`).
        let travelled = window_event_listener(leptos::ev::popstate, move |_| screen.travelled());
        on_cleanup(move || {
            pasted.remove();
            travelled.remove();
        });
    });
    // After the paint no component is running: the app's owner takes what is set up then.
    let owner = Owner::current();
    web::after_paint(move || {
        // A returning visit goes on where it stopped.
        let link_came = arrivals.arrival.get_untracked().is_some();
        let notice = screen.notices.with_untracked(|notices| !notices.is_empty());
        if opens_where_left_off(screen.view.get_untracked(), embedded, link_came, notice) {
            let (last, resume) = session.with_book(|b| {
                let entry = b.entry();
                (
                    last_changed(profile, &entry.stamps),
                    resume_at(profile, &entry.assessment, &entry.stamps),
                )
            });
            screen.place.set(last);
            if let Some(position) = resume {
                go_to_item(MatrixKind::Assessment, position, false);
            }
        }
        let answered = session.progress.get_untracked().overall.answered;
        match &owner {
            Some(owner) => owner.with(|| screen.want_summary_when(answered)),
            None => screen.want_summary_when(answered),
        }
        web::mark_ready();
    });
    // Drawn once: the texts inside follow the language themselves (`Session::texts`).
    view! { <Shell /> }
}
