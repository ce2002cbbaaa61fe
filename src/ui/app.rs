use leptos::prelude::*;
use std::sync::Arc;

use super::notices::Notices;
use super::workspace::Workspace;
use crate::core::embed;
use crate::core::lang::Lang;
use crate::core::notice::Notice;
use crate::core::profile::Profile;
use crate::core::shared::Person;
use crate::core::texts::{texts, Texts};
use crate::web;

/// The profile the app loads unless the host names another, relative to the page so that the
/// app works under any path.
pub const PROFILE_URL: &str = "profiles/ima-msp.json";

/// App-wide state, handed to components through context.
#[derive(Clone, Copy)]
pub struct Session {
    /// The language the user picked in the app, if any; it is saved.
    pub chosen_lang: RwSignal<Option<Lang>>,
    /// The language in use: the chosen one, else the browser's.
    pub lang: Memo<Lang>,
    pub notices: RwSignal<Vec<Notice>>,
    pub intro_dismissed: RwSignal<bool>,
    pub person: RwSignal<Person>,
    /// The URL fragment, which carries share links.
    pub fragment: RwSignal<String>,
    /// Off when storage is missing, or when writing could destroy data we could not set aside.
    pub can_save: bool,
}

impl Session {
    /// The session for what was found in storage, in the browser's language unless the user
    /// chose one.
    /// `default_lang` applies until the user picks one: the host's, else the browser's.
    pub fn start(opened: &web::Opened, default_lang: Lang) -> Session {
        let chosen_lang = RwSignal::new(opened.state.language);
        Session {
            chosen_lang,
            lang: Memo::new(move |_| chosen_lang.get().unwrap_or(default_lang)),
            notices: RwSignal::new(opened.notices.clone()),
            intro_dismissed: RwSignal::new(opened.state.intro_dismissed),
            person: RwSignal::new(opened.state.person.clone()),
            fragment: RwSignal::new(web::location_hash()),
            can_save: opened.can_save,
        }
    }

    pub fn texts(&self) -> &'static Texts {
        texts(self.lang.get())
    }

    /// For event handlers and async blocks, which should not subscribe.
    pub fn texts_untracked(&self) -> &'static Texts {
        texts(self.lang.get_untracked())
    }

    /// Shows a notice once, however often the same thing happens.
    pub fn notify(&self, notice: Notice) {
        if !self
            .notices
            .with_untracked(|notices| notices.contains(&notice))
        {
            self.notices.update(|notices| notices.push(notice));
        }
    }

    pub fn withdraw(&self, notice: &Notice) {
        if self
            .notices
            .with_untracked(|notices| notices.contains(notice))
        {
            self.notices
                .update(|notices| notices.retain(|n| n != notice));
        }
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

#[component]
pub fn App() -> impl IntoView {
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
    if web::in_frame() {
        web::report_height_to_host();
    }
    web::register_service_worker("sw.js");

    let opened = web::open_saved();
    let default_lang = options
        .lang
        .unwrap_or_else(|| Lang::from_preferences(&web::preferred_languages()));
    let session = Session::start(&opened, default_lang);
    provide_context(session);
    let embedded = options.embed;
    let profile_url = options.profile.unwrap_or_else(|| PROFILE_URL.to_string());
    Effect::new(move || web::set_document_language(session.lang.get().code()));
    // A share link pasted into an open tab changes only the fragment. The listener lives as
    // long as the page (dropping its handle does not remove it).
    let _listener = window_event_listener(leptos::ev::hashchange, move |_| {
        session.fragment.set(web::location_hash())
    });

    let saved = StoredValue::new(opened.state.assessment);
    let profile = LocalResource::new(move || {
        let url = profile_url.clone();
        async move {
            let text = web::fetch_text(&url).await?;
            Profile::from_json(&text)
                .map(Arc::new)
                .map_err(|error| error.to_string())
        }
    });

    view! {
        <a class="skip-link" href="#matrix">{move || session.texts().skip_to_matrix}</a>
        {(!embedded).then(|| view! {
            <header class="app-header">
                <div class="brand">
                    <h1>{move || session.texts().app_title}</h1>
                    <p class="tagline">{move || session.texts().tagline}</p>
                </div>
                <LanguageSwitch />
            </header>
        })}
        <main id="main">
            // Embedded, the host page shows its own header; the app's name still heads the frame.
            {embedded.then(|| view! { <h1 class="sr-only">{move || session.texts().app_title}</h1> })}
            <Notices />
            <Show when=move || !session.intro_dismissed.get()>
                <Intro />
            </Show>
            {move || match profile.get() {
                None => {
                    view! { <p class="loading" role="status">{move || session.texts().loading_profile}</p> }
                        .into_any()
                }
                Some(Ok(profile)) => {
                    view! { <Workspace profile saved=saved.get_value() /> }.into_any()
                }
                Some(Err(problem)) => view! { <ProfileProblem problem /> }.into_any(),
            }}
        </main>
        {(!embedded).then(|| view! {
            <footer class="app-footer">
                <p>{move || session.texts().privacy_footer}</p>
                <p class="version">{move || session.texts().version} " " {env!("CARGO_PKG_VERSION")}</p>
            </footer>
        })}
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let session = use_session();
    view! {
        <div class="language-switch" role="group" aria-label=move || session.texts().language>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="button"
                            lang=lang.code()
                            aria-pressed=move || (session.lang.get() == lang).to_string()
                            on:click=move |_| session.chosen_lang.set(Some(lang))
                        >
                            {lang.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn Intro() -> impl IntoView {
    let session = use_session();
    view! {
        <section class="intro" aria-label=move || session.texts().app_title>
            <p>{move || session.texts().intro} " " <strong>{move || session.texts().intro_privacy}</strong></p>
            <button type="button" class="secondary" on:click=move |_| session.intro_dismissed.set(true)>
                {move || session.texts().got_it}
            </button>
        </section>
    }
}

#[component]
fn ProfileProblem(problem: String) -> impl IntoView {
    let session = use_session();
    view! {
        <section class="problem" role="alert">
            <h2>{move || session.texts().profile_error_heading}</h2>
            <p>{move || session.texts().profile_error_hint}</p>
            <p class="detail">{problem}</p>
        </section>
    }
}
