//! The app's header: its name and line, the colour scheme and the language (in the views' bar
//! when the app is embedded, for the host's page has its own header).

use leptos::prelude::*;

use super::kit::{said, Choice};
use super::languages;
use super::session::use_session;
use crate::core::answers::change::Change;
use crate::core::session::theme::Theme;
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
                                        false,
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

/// The colour scheme and the language, in the header (in the views' bar when embedded).
#[component]
pub fn Settings() -> impl IntoView {
    view! {
        <div class="settings">
            <ThemeSwitch />
            <LanguageSwitch />
        </div>
    }
}

/// The app's header: its name, its line, and (outside a frame) the settings.
#[component]
pub fn Header(settings: bool) -> impl IntoView {
    view! {
        <header class="app-header">
            <div class="brand">
                <h1>{said(|t| t.app_title)}</h1>
                <p class="tagline">{said(|t| t.tagline)}</p>
            </div>
            {settings.then(|| view! { <Settings /> })}
        </header>
    }
}
