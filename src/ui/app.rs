//! The app's shell: it loads the profile, takes over the page the build pre-rendered, and lays
//! out the header, the notices and the views.

use leptos::prelude::*;

use super::incoming::Arrivals;
use super::kit::Choice;
use super::languages;
use super::later::{profile_problem, Later, Part};
use super::matrix::{AssessmentBar, MatrixPane};
use super::saving::Saving;
use super::screen::Screen;
use super::session::{use_session, Session};
use crate::core::answers::change::Change;
use crate::core::formats::stored::{stored_language, STORAGE_KEY};
use crate::core::markup::{change_of, parse_name};
use crate::core::profile::{LoadError, Profile, ProfileError};
use crate::core::session::embed;
use crate::core::session::theme::Theme;
use crate::core::session::view::View;
use crate::core::words::lang::Lang;
use crate::core::words::notice::Notice;
use crate::core::words::texts::{texts, Texts};
use crate::web;

/// The profile the app loads unless the host names another, relative to the page so that the
/// app works under any path.
pub const PROFILE_URL: &str = "profiles/ima-msp.json";

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
    let url = options.profile.unwrap_or_else(|| PROFILE_URL.to_string());
    // The language in use: the one chosen in this browser, else the host's, else the browser's
    // (as the session will read it; public/first-paint.js asked for its file already).
    let chosen = web::available()
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
        let (loaded, text) = match web::fetch_text(&url).await {
            Ok(text) => (
                Profile::from_json(&text).map_err(LoadError::Invalid),
                Some(text),
            ),
            Err(failure) => (Err(LoadError::Fetch { url, failure }), None),
        };
        // What a visitor clicked or typed in the pre-rendered page is read before it goes.
        let early = web::take_prerendered();
        let body = document().body();
        match (loaded, body) {
            (Ok(profile), Some(body)) => {
                // The profile lives as long as the page.
                let profile: &'static Profile = Box::leak(Box::new(profile));
                languages::translate(profile, chosen).await;
                let handle = leptos::mount::mount_to(body, move || {
                    view! { <App profile default_lang host_theme embedded early /> }
                });
                // The app lives as long as the page.
                handle.forget();
            }
            (Err(error), Some(body)) => {
                let handle = leptos::mount::mount_to(body, move || {
                    view! { <Broken error text default_lang embedded /> }
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
        view! { <App profile default_lang=lang host_theme=None embedded=false early=Vec::new() /> }
    })
}

/// The live app for a loaded profile: the session, what the visitor did before it started, and
/// the shell, drawn again when the language changes so that every text inside is plain.
#[component]
fn App(
    profile: &'static Profile,
    default_lang: Lang,
    host_theme: Option<Theme>,
    embedded: bool,
    early: Vec<(String, String)>,
) -> impl IntoView {
    let loaded = Saving::load(profile);
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
            false,
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
    // A link pasted into an open tab changes only the fragment.
    let pasted = window_event_listener(leptos::ev::hashchange, move |_| arrivals.read_fragment());
    // Back and Forward between the views (each has its address: `core::session::view`).
    let travelled = window_event_listener(leptos::ev::popstate, move |_| screen.travelled());
    on_cleanup(move || {
        pasted.remove();
        travelled.remove();
    });
    web::after_paint(move || {
        screen.want_summary_when(session.progress.get_untracked().overall.answered);
        web::mark_ready();
    });
    move || {
        let _lang = session.lang.get();
        screen.language_arrived.track();
        view! { <Shell /> }
    }
}

/// The colour scheme: as the device, light or dark.
#[component]
fn ThemeSwitch() -> impl IntoView {
    let session = use_session();
    let t = session.t();
    view! {
        <Choice
            label=t.theme
            class="field theme-switch"
            options=Signal::derive(move || {
                let lang = session.lang.get_untracked();
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
    let t = session.t();
    view! {
        <div class="language-switch" role="group" aria-label=t.language>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <span lang=lang.code()>
                            <button
                                type="button"
                                aria-pressed=move || (session.lang.get_untracked() == lang).to_string()
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
fn Settings() -> impl IntoView {
    view! {
        <div class="settings">
            <ThemeSwitch />
            <LanguageSwitch />
        </div>
    }
}

/// The app's header: its name, its line, and (outside a frame) the settings.
#[component]
fn Header(t: &'static Texts, settings: bool) -> impl IntoView {
    view! {
        <header class="app-header">
            <div class="brand">
                <h1>{t.app_title}</h1>
                <p class="tagline">{t.tagline}</p>
            </div>
            {settings.then(|| view! { <Settings /> })}
        </header>
    }
}

/// Notices are few and rare: the list is drawn again when one comes or goes.
#[component]
fn Notices() -> impl IntoView {
    let session = use_session();
    let t = session.t();
    let screen = session.screen;
    view! {
        <div class="notices">
            {move || {
                let lang = session.lang.get_untracked();
                screen
                    .notices
                    .get()
                    .into_iter()
                    .map(|notice| {
                        let warning = notice.is_warning();
                        let text = notice.text(lang);
                        view! {
                            <div
                                class=if warning { "notice warning" } else { "notice" }
                                role=if warning { "alert" } else { "status" }
                            >
                                <p>{text}</p>
                                <button
                                    type="button"
                                    class="secondary"
                                    on:click=move |_| screen.withdraw(&notice)
                                >
                                    {t.dismiss}
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let session = use_session();
    let arrivals = expect_context::<Arrivals>();
    let t = session.t();
    let embedded = session.screen.embedded;
    // What came in takes the place of the views; each link that comes is read in a pane of
    // its own. (A memo: drawn again when this changes, not whenever `arrival` does.)
    let arrived = Memo::new(move |_| {
        (
            arrivals.arrival.get().is_some(),
            arrivals.links_opened.get(),
        )
    });
    view! {
        <a class="skip-link" href="#main">{t.skip_to_content}</a>
        {(!embedded).then(|| view! { <Header t settings=true /> })}
        <main id="main" tabindex="-1">
            // Embedded, the host page shows its own header; the app's name still heads the frame.
            {embedded.then(|| view! { <h1 class="sr-only">{t.app_title}</h1> })}
            // On paper only, when the summary has not been drawn yet (see the print sheet).
            <p class="print-wait">{t.print_wait}</p>
            <Notices />
            <Show when=move || !session.intro_dismissed.get()>
                <section class="intro" aria-label=t.app_title>
                    <p>{t.intro} " " <strong>{t.intro_privacy}</strong></p>
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| {
                            session.apply(Change::DismissIntro);
                        }
                    >
                        {t.got_it}
                    </button>
                </section>
            </Show>
            {move || {
                if arrived.get().0 {
                    view! {
                        <div class="panes">
                            <div class="pane">
                                <Later part=Part::Arrived />
                            </div>
                        </div>
                    }
                        .into_any()
                } else {
                    view! { <Workspace /> }.into_any()
                }
            }}
        </main>
        {(!embedded)
            .then(|| {
                view! {
                    <footer class="app-footer">
                        <p>{t.privacy_footer}</p>
                        <p class="version">{t.version} " " {env!("CARGO_PKG_VERSION")}</p>
                    </footer>
                }
            })}
    }
}

/// The views and their panes. The summary stands beside the matrix on a wide screen; its code
/// loads when it is wanted (`Screen::want_summary_when`).
#[component]
fn Workspace() -> impl IntoView {
    let session = use_session();
    let t = session.t();
    let screen = session.screen;
    let tabs = [
        (View::Matrix, t.view_matrix),
        (View::Summary, t.view_summary),
        (View::Compare, t.view_compare),
        (View::Roles, t.view_roles),
    ];
    let class_of = move |view: View, class: &'static str| {
        move || {
            if screen.view.get() == view {
                class.to_string()
            } else {
                format!("{class} is-hidden")
            }
        }
    };
    let own = move || matches!(screen.view.get(), View::Matrix | View::Summary);
    // Drawn once wanted, and again each time it is opened (see below).
    let summary =
        Memo::new(move |_| (screen.summary_due.get(), screen.view.get() == View::Summary));
    view! {
        <nav class="views" aria-label=t.views>
            {tabs
                .into_iter()
                .map(|(view, label)| {
                    view! {
                        // The stylesheet hides the summary's tab where the summary stands beside
                        // the matrix.
                        <button
                            type="button"
                            class=format!("tab-{}", view.name())
                            aria-pressed=move || (screen.view.get() == view).to_string()
                            on:click=move |_| screen.choose(view)
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view()}
            {screen.embedded.then(|| view! { <Settings /> })}
        </nav>
        <Show when=own>
            <AssessmentBar />
        </Show>
        // Which view shows, for the wide layout (the summary beside the matrix or not).
        <div class="panes" data-view=move || screen.view.get().name()>
            <div class=class_of(View::Matrix, "pane matrix-pane")>
                <MatrixPane />
            </div>
            // Drawn again when it comes into view, as the other views are: what an action said
            // there is gone, and a view that could not be loaded is tried again.
            {move || {
                summary.get().0.then(|| {
                    view! {
                        <aside class=class_of(View::Summary, "pane summary-pane")>
                            <Later part=Part::Summary />
                        </aside>
                    }
                })
            }}
            <Show when=move || screen.view.get() == View::Compare>
                <div class="pane compare-pane">
                    <Later part=Part::Compare />
                </div>
            </Show>
            <Show when=move || screen.view.get() == View::Roles>
                <div class="pane roles-pane">
                    <Later part=Part::Roles />
                </div>
            </Show>
        </div>
    }
}

/// No profile: the page says why, in the user's language, instead of staying blank. For a file
/// of the wrong shape, the detail (where, and what was expected) comes with its own code.
#[component]
fn Broken(
    error: LoadError,
    text: Option<String>,
    default_lang: Lang,
    embedded: bool,
) -> impl IntoView {
    let t = texts(default_lang);
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
        {(!embedded).then(|| view! { <Header t settings=false /> })}
        <main id="main">
            <section class="problem" role="alert">
                <h2>{t.profile_error_heading}</h2>
                <p>{t.profile_error_hint}</p>
                {detail}
            </section>
        </main>
    }
}
