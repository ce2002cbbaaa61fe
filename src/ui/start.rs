//! Starting the app in the browser: the host's options, the texts, the profile, then the live
//! app (`ui::app::App`) mounted over the page the build pre-rendered — or, without a usable
//! profile, the page that says why.

use leptos::prelude::*;

use super::app::{App, PROFILE_URL};
use super::header::Header;
use super::languages;
use super::later::profile_problem;
use super::saving::Saving;
use crate::core::design::DRAFT_PREVIEW_KEY;
use crate::core::formats::stored::{stored_language, STORAGE_KEY};
use crate::core::profile::{FetchFailure, LoadError, Profile, ProfileError};
use crate::core::visit::embed;
use crate::core::words::lang::Lang;
use crate::core::words::texts::texts;
use crate::web;

/// What the page says when no language's texts can be fetched (worded in English, for there is
/// no other language to say it in: the pre-rendered page around it is in the visitor's).
const NO_TEXTS: &str =
    "The app could not load its texts. Check your connection, then reload the page.";

/// Starts the app: reads the host's options, loads the profile, then replaces the page the
/// build pre-rendered with the live app in one go, so that the first paint never waits for the
/// code and the take-over shows no gap.
pub fn start() {
    console_error_panic_hook::set_once();
    let options = embed::parse(&web::query_string());
    for warning in &options.warnings {
        web::console_warn(&format!("Competence Matrix: {warning}"));
    }
    if let Some(accent) = &options.accent {
        web::set_theme_property("--accent", accent);
    }
    if let Some(font) = &options.font {
        web::set_theme_property("--font", font);
    }
    let default_lang = options
        .lang
        .unwrap_or_else(|| Lang::from_preferences(&web::preferred_languages()));
    let (embedded, host_theme) = (options.embed, options.theme);
    let preview = options.keeps_nothing(web::in_frame());
    // The profile designer's preview shows its draft, kept in this browser as a profile file.
    let draft = options.reads_draft(web::in_frame());
    let url = options.profile.unwrap_or_else(|| PROFILE_URL.to_string());
    // The language in use: the one chosen in this browser, else the host's, else the browser's
    // (as the session will read it; public/first-paint.js asked for its file already).
    let chosen = (web::available() && !preview)
        .then(|| web::read(STORAGE_KEY))
        .flatten()
        .and_then(|raw| stored_language(&raw))
        .unwrap_or(default_lang);
    // Leptos's executor starts with the mount: until then, wasm-bindgen's runs this.
    wasm_bindgen_futures::spawn_local(async move {
        // Nothing is drawn without texts: the chosen language's, else the first language's.
        let first = Lang::default();
        let has_texts = languages::load(chosen).await.is_ok()
            || (chosen != first && languages::load(first).await.is_ok());
        if !has_texts {
            web::show_without_texts(NO_TEXTS);
            return;
        }
        languages::set_profile_url(&url);
        let fetched = if draft {
            web::read(DRAFT_PREVIEW_KEY).ok_or(FetchFailure::Unreadable)
        } else {
            web::fetch_text(&url).await
        };
        let (loaded, text) = match fetched {
            Ok(text) => (
                Profile::from_json(&text).map_err(LoadError::Invalid),
                Some(text),
            ),
            Err(failure) => (Err(LoadError::Fetch { url, failure }), None),
        };
        let body = document().body();
        match (loaded, body) {
            (Ok(profile), Some(body)) => {
                // The profile lives as long as the page.
                let profile: &'static Profile = Box::leak(Box::new(profile));
                // A draft has every language inside: no translation file to fetch.
                if !draft {
                    languages::translate(profile, chosen).await;
                }
                // What a visitor clicked or typed in the pre-rendered page is read as it goes,
                // in the same task as the mount: no frame shows neither (and no fetch above
                // waits with the page empty).
                let early = web::take_prerendered();
                let handle = leptos::mount::mount_to(body, move || {
                    let loaded = if preview {
                        Saving::preview(profile)
                    } else {
                        Saving::load(profile)
                    };
                    view! { <App profile loaded default_lang host_theme embedded early /> }
                });
                // The app lives as long as the page.
                handle.forget();
            }
            (Err(error), Some(body)) => {
                web::take_prerendered();
                let handle = leptos::mount::mount_to(body, move || {
                    view! { <Broken error text default_lang embedded draft /> }
                });
                handle.forget();
                // Nothing is left to wait for: tell the tests and scripts the page is done.
                web::mark_ready();
            }
            (_, None) => {}
        }
        if web::in_frame() {
            web::report_height_to_host();
        }
        // Once the app is up: the worker's install (which caches every file for offline use)
        // never competes with what the first screen needs.
        web::when_idle(|| web::register_service_worker("sw.js"));
    });
}

/// Mounts the app for `profile` into `parent`, as the component tests do: no fetch, no
/// pre-rendered page. Unmounted when the handle is dropped.
pub fn mount_app(
    parent: web_sys::HtmlElement,
    profile: &'static Profile,
    lang: Lang,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    leptos::mount::mount_to(parent, move || {
        let loaded = Saving::load(profile);
        view! { <App profile loaded default_lang=lang host_theme=None embedded=false early=Vec::new() /> }
    })
}

/// No profile: the page says why, in the user's language, instead of staying blank. For a file
/// of the wrong shape, the detail (where, and what was expected) comes with its own code.
#[component]
fn Broken(
    error: LoadError,
    text: Option<String>,
    default_lang: Lang,
    embedded: bool,
    /// The designer's draft in its preview: mended in the designer, not by reloading.
    draft: bool,
) -> impl IntoView {
    let t = texts(default_lang);
    // (The header's texts read it: there is no session here.)
    provide_context(default_lang);
    web::set_document_language(default_lang.code());
    let said = error.message(default_lang);
    let detail = match (&error, text) {
        (LoadError::Invalid(ProfileError::Malformed(None)), Some(text)) => {
            let waiting = said.clone();
            view! {
                <Suspense fallback=move || view! { <p class="detail">{waiting.clone()}</p> }>
                    {Suspend::new(async move {
                        let detail = profile_problem(text, default_lang).await;
                        view! { <p class="detail">{detail.unwrap_or(said)}</p> }
                    })}
                </Suspense>
            }
            .into_any()
        }
        _ => view! { <p class="detail">{said}</p> }.into_any(),
    };
    view! {
        {(!embedded).then(|| view! { <Header menu=false /> })}
        <main id="main">
            <section class="problem" role="alert">
                <h2>{t.profile_error_heading}</h2>
                <p>{if draft { t.profile_error_draft_hint } else { t.profile_error_hint }}</p>
                {detail}
            </section>
        </main>
    }
}
