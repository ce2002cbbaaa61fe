//! The app's shell: it loads the profile, takes over the page the build pre-rendered, and lays
//! out the header, the notices and the views.

use leptos::prelude::*;

use super::docs::{ComparePane, IncomingView, SummaryPane};
use super::kit::{text, Button};
use super::matrix::{AssessmentBar, MatrixPane};
use super::roles::RolesPane;
use super::session::{use_session, Session, View};
use crate::core::embed;
use crate::core::exchange::Incoming;
use crate::core::lang::Lang;
use crate::core::markup::parse_name;
use crate::core::profile::{LoadError, Profile};
use crate::core::texts::texts;
use crate::web;

/// The profile the app loads unless the host names another, relative to the page so that the
/// app works under any path.
pub const PROFILE_URL: &str = "profiles/ima-msp.json";

/// Starts the app: reads the host's options, loads the profile, then replaces the page the
/// build pre-rendered with the live app in one go, so that the first paint never waits for the
/// code and the take-over shows no gap.
pub fn start() {
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
    web::register_service_worker("sw.js");
    let default_lang = options
        .lang
        .unwrap_or_else(|| Lang::from_preferences(&web::preferred_languages()));
    let embedded = options.embed;
    let url = options.profile.unwrap_or_else(|| PROFILE_URL.to_string());
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = match web::fetch_text(&url).await {
            Ok(text) => Profile::from_json(&text).map_err(LoadError::Invalid),
            Err(failure) => Err(LoadError::Fetch { url, failure }),
        };
        // What a visitor clicked or typed in the pre-rendered page is read before it goes.
        let early = web::take_prerendered();
        match loaded {
            Ok(profile) => {
                // The profile lives as long as the page.
                let profile: &'static Profile = Box::leak(Box::new(profile));
                leptos::mount::mount_to_body(move || app(profile, default_lang, embedded, early));
            }
            Err(error) => {
                leptos::mount::mount_to_body(
                    move || view! { <Broken error lang=default_lang embedded /> },
                );
                // Nothing is left to wait for: tell the tests and scripts the page is done.
                web::mark_ready();
            }
        }
        if web::in_frame() {
            web::report_height_to_host();
        }
    });
}

/// The live app for a loaded profile: the session, what the visitor did before it started, and
/// the shell, drawn again when the language changes so that every text inside is plain.
fn app(
    profile: &'static Profile,
    default_lang: Lang,
    embedded: bool,
    early: Vec<(String, String)>,
) -> impl IntoView {
    let session = Session::start(profile, default_lang, embedded);
    provide_context(session);
    for (name, value) in early {
        if let Some((kind, input, position)) = parse_name(&name) {
            session.answer(kind, input, position, &value);
        }
    }
    Effect::new(move || web::set_document_language(session.lang.get().code()));
    Effect::new(move || {
        web::set_print_target(match session.incoming.get() {
            Some(Incoming::Role(_)) => "job",
            Some(Incoming::Assessment(_)) => "summary",
            None => session.view.get().print_target(),
        })
    });
    session.read_fragment();
    // A link pasted into an open tab changes only the fragment. The listener lives as long as
    // the page (dropping its handle does not remove it).
    let _listener = window_event_listener(leptos::ev::hashchange, move |_| session.read_fragment());
    web::after_paint(move || {
        session.painted.set(true);
        web::mark_ready();
    });
    move || {
        session.lang.track();
        view! { <Shell /> }
    }
}

/// Mounts the app for `profile` into `parent`, as the component tests do: no fetch, no
/// pre-rendered page. Unmounted when the handle is dropped.
pub fn mount_app(
    parent: web_sys::HtmlElement,
    profile: &'static Profile,
    lang: Lang,
) -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    leptos::mount::mount_to(parent, move || app(profile, lang, false, Vec::new()))
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let session = use_session();
    let t = session.t_untracked();
    view! {
        <div class="language-switch" role="group" aria-label=t.language>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <span lang=lang.code()>
                            <Button
                                label=text(lang.native_name())
                                pressed=Signal::derive(move || session.lang.get() == lang)
                                on=Callback::new(move |_| session.choose_language(lang))
                            />
                        </span>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let session = use_session();
    let t = session.t_untracked();
    let embedded = session.embedded;
    view! {
        <a class="skip-link" href="#main">{t.skip_to_content}</a>
        {(!embedded).then(|| view! {
            <header class="app-header">
                <div class="brand">
                    <h1>{t.app_title}</h1>
                    <p class="tagline">{t.tagline}</p>
                </div>
                <LanguageSwitch />
            </header>
        })}
        <main id="main" tabindex="-1">
            // Embedded, the host page shows its own header; the app's name still heads the frame.
            {embedded.then(|| view! { <h1 class="sr-only">{t.app_title}</h1> })}
            // Notices are few and rare: the list is drawn again when one comes or goes.
            <div class="notices">
                {move || {
                    let lang = session.lang.get_untracked();
                    session
                        .notices
                        .get()
                        .into_iter()
                        .map(|notice| {
                            let warning = notice.is_warning();
                            let text_of = notice.text(lang);
                            view! {
                                <div class=if warning { "notice warning" } else { "notice" } role=if warning { "alert" } else { "status" }>
                                    <p>{text_of}</p>
                                    <Button label=text(t.dismiss) class="secondary" on=Callback::new(move |_| session.withdraw(&notice)) />
                                </div>
                            }
                        })
                        .collect_view()
                }}
            </div>
            <Show when=move || !session.intro_dismissed.get()>
                <section class="intro" aria-label=t.app_title>
                    <p>{t.intro} " " <strong>{t.intro_privacy}</strong></p>
                    <Button label=text(t.got_it) class="secondary" on=Callback::new(move |_| session.dismiss_intro()) />
                </section>
            </Show>
            {move || match session.incoming.get() {
                Some(incoming) => view! { <div class="panes"><div class="pane">
                    <IncomingView incoming />
                </div></div> }.into_any(),
                None if session.reading_link.get() => {
                    view! { <p class="loading" role="status">{t.loading_profile}</p> }.into_any()
                }
                None => view! { <Workspace /> }.into_any(),
            }}
        </main>
        {(!embedded).then(|| view! {
            <footer class="app-footer">
                <p>{t.privacy_footer}</p>
                <p class="version">{t.version} " " {env!("CARGO_PKG_VERSION")}</p>
            </footer>
        })}
    }
}

/// The views and their panes. The summary stands beside the matrix on a wide screen.
#[component]
fn Workspace() -> impl IntoView {
    let session = use_session();
    let t = session.t_untracked();
    let tabs = [
        (View::Matrix, t.view_matrix),
        (View::Summary, t.view_summary),
        (View::Compare, t.view_compare),
        (View::Roles, t.view_roles),
    ];
    let pane_class = move |view: View, class: &'static str| {
        Signal::derive(move || {
            if session.view.get() == view {
                class.to_string()
            } else {
                format!("{class} is-hidden")
            }
        })
    };
    let own = move || matches!(session.view.get(), View::Matrix | View::Summary);
    view! {
        <nav class="views" aria-label=t.views>
            {tabs
                .into_iter()
                .map(|(view, label)| {
                    view! {
                        <Button
                            label=text(label)
                            pressed=Signal::derive(move || session.view.get() == view)
                            on=Callback::new(move |_| session.view.set(view))
                        />
                    }
                })
                .collect_view()}
            {session.embedded.then(|| view! { <LanguageSwitch /> })}
        </nav>
        <Show when=own>
            <AssessmentBar />
        </Show>
        <div class="panes">
            <div class=pane_class(View::Matrix, "pane matrix-pane")>
                <MatrixPane />
            </div>
            <aside class=pane_class(View::Summary, "pane summary-pane")>
                <SummaryPane />
            </aside>
            <Show when=move || session.view.get() == View::Compare>
                <div class="pane compare-pane">
                    <ComparePane />
                </div>
            </Show>
            <Show when=move || session.view.get() == View::Roles>
                <div class="pane roles-pane">
                    <RolesPane />
                </div>
            </Show>
        </div>
    }
}

/// No profile: the page says why, in the user's language, instead of staying blank.
#[component]
fn Broken(error: LoadError, lang: Lang, embedded: bool) -> impl IntoView {
    let t = texts(lang);
    web::set_document_language(lang.code());
    view! {
        {(!embedded).then(|| view! {
            <header class="app-header">
                <div class="brand">
                    <h1>{t.app_title}</h1>
                    <p class="tagline">{t.tagline}</p>
                </div>
            </header>
        })}
        <main id="main">
            <section class="problem" role="alert">
                <h2>{t.profile_error_heading}</h2>
                <p>{t.profile_error_hint}</p>
                <p class="detail">{error.message(lang)}</p>
            </section>
        </main>
    }
}
