//! The app's header: its name and line, and the menu with the colour scheme, the language,
//! what the app is, and erasing (in the views' bar when the app is embedded, for the host's
//! page has its own header).

use leptos::html;
use leptos::prelude::*;

use super::kit::{modal, said, Choice};
use super::languages;
use super::page_copy::PageCopy;
use super::session::use_session;
use crate::core::answers::change::Change;
use crate::core::visit::theme::Theme;
use crate::core::words::lang::Lang;
use crate::core::words::notice::Notice;

/// The colour scheme: as the device, light or dark.
#[component]
fn ThemeSwitch() -> impl IntoView {
    let session = use_session();
    view! {
        <Choice
            label=said(|t| t.theme)
            class="field theme-switch"
            options=Signal::derive(move || {
                let lang = session.language();
                Theme::ALL
                    .into_iter()
                    .map(|theme| (theme.code().to_string(), theme.label(lang).to_string()))
                    .collect()
            })
            selected=Signal::derive(move || session.theme.get().code().to_string())
            on_change=move |code: String| {
                if let Some(theme) = Theme::from_code(&code) {
                    session.apply(Change::Theme(theme));
                }
            }
        />
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let session = use_session();
    view! {
        <div class="language-switch" role="group" aria-label=said(|t| t.language)>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <span lang=lang.code()>
                            <button
                                type="button"
                                aria-pressed=move || (session.lang.get() == lang).to_string()
                                on:click=move |_| {
                                    languages::when_loaded(
                                        session.profile,
                                        lang,
                                        move || {
                                            session.apply(Change::Language(lang));
                                        },
                                        move || session.screen.notify(Notice::LanguageNotLoaded(lang)),
                                    );
                                }
                            >
                                {lang.native_name()}
                            </button>
                        </span>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The colour scheme and the language.
#[component]
fn Settings() -> impl IntoView {
    view! {
        <div class="settings">
            <ThemeSwitch />
            <LanguageSwitch />
        </div>
    }
}

/// The menu: the language, the colours, what the app is and does with the data, and erasing
/// it. On a phone and in a frame a button opens it (the browser's popover: a tap beside it or
/// Escape closes it, and focus goes back to the button); on a wide screen the header shows the
/// settings as they are, and the stylesheet leaves the rest to the intro and the matrix.
#[component]
pub fn Menu() -> impl IntoView {
    let screen = use_session().screen;
    let id = PageCopy::here().id("menu");
    let panel = NodeRef::<html::Div>::new();
    // What the menu opens takes its place.
    let then = move |open: RwSignal<bool>| {
        move |_| {
            if let Some(panel) = panel.get_untracked() {
                let _ = panel.hide_popover();
            }
            open.set(true);
        }
    };
    view! {
        <button type="button" class="menu-button" popovertarget=id.clone()>
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                <path d="M4 7h16M4 12h16M4 17h16" />
            </svg>
            <span>{said(|t| t.menu)}</span>
        </button>
        <div node_ref=panel id=id class="menu" popover="auto" role="group" aria-label=said(|t| t.menu)>
            <Settings />
            <div class="menu-more">
                <button type="button" class="secondary" on:click=then(screen.about_open)>
                    {said(|t| t.about_app)}
                </button>
                <button type="button" class="danger" on:click=then(screen.erase_open)>
                    {said(|t| t.erase)}
                </button>
            </div>
        </div>
    }
}

/// What the app is, what it does with the data, its version: the first visit's intro in
/// full, for later.
#[component]
pub fn About() -> impl IntoView {
    let open = use_session().screen.about_open;
    let dialog = modal(open);
    let title = PageCopy::here().id("about-title");
    let labelled_by = title.clone();
    view! {
        <dialog node_ref=dialog class="about-app" aria-labelledby=labelled_by on:close=move |_| open.set(false)>
            <h2 id=title>{said(|t| t.about_app)}</h2>
            <p>{said(|t| t.intro)}</p>
            <p><strong>{said(|t| t.intro_privacy)}</strong></p>
            <p>{said(|t| t.privacy_footer)}</p>
            <p class="version">{said(|t| t.version)} " " {env!("CARGO_PKG_VERSION")}</p>
            <div class="dialog-actions">
                <button type="button" on:click=move |_| open.set(false)>{said(|t| t.close)}</button>
            </div>
        </dialog>
    }
}

/// A button that opens "About and privacy" (the intro's "More", the footer's).
#[component]
pub fn OpensAbout(#[prop(into)] label: Signal<&'static str>) -> impl IntoView {
    let open = use_session().screen.about_open;
    view! {
        <button type="button" class="secondary" aria-haspopup="dialog" on:click=move |_| open.set(true)>
            {label}
        </button>
    }
}

/// The app's header: its name, its line and (unless the app could not start) the menu. In a
/// frame the views' bar holds the menu, for the host's page has its own header.
#[component]
pub fn Header(menu: bool) -> impl IntoView {
    view! {
        <header class="app-header">
            <div class="brand">
                <h1>{said(|t| t.app_title)}</h1>
                <p class="tagline">{said(|t| t.tagline)}</p>
            </div>
            {menu.then(|| view! { <Menu /> })}
        </header>
    }
}
