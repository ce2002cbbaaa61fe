//! The views whose code loads after the matrix's: the summary, the comparison, the role
//! profiles, what came in from a link or a file, and the meeting's panel of an agreed
//! assessment. They are part of the same program — one
//! memory, the same session and signals — but the release build cuts each into a wasm module
//! of its own (Leptos's code splitting: `wasm_split`, cut by wasm-split-cli, see
//! scripts/build-wasm.mjs), which the page fetches the first time the view is wanted. Code the
//! views share goes into chunks of its own, fetched with them.
//!
//! The split is `fallible`: a module that cannot be fetched (offline before it was ever cached,
//! say) is an error shown in the view's pane, and the next time the view is wanted the fetch is
//! tried again. (`#[lazy]`, which Leptos offers on top of the same macro, aborts the program
//! instead.) Without the `split` feature — the component tests, `cargo check` — the views are
//! ordinary functions.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::languages;
use super::session::{use_session, Session};
use crate::core::design::case::Opened;
use crate::core::design::{Draft, OpenError};
use crate::web;

/// A view of the later-loading code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Summary,
    Compare,
    Roles,
    /// What came in from a link or a file.
    Arrived,
    /// The meeting's panel above an agreed assessment.
    Agreement,
    /// A manager's team.
    Team,
    /// The embed builder, for an association.
    Embed,
    /// The profile designer, for an association.
    Design,
}

/// The module of a view could not be fetched.
#[derive(Debug, Clone, Copy)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}

/// A view drawn once what it needs has come: the documents' texts, read by this very code.
type Drawing = Pin<Box<dyn Future<Output = Result<AnyView, NotLoaded>>>>;

/// A split point: `$name(session)` hands back the drawing of the view, in module `$module`
/// when split. The drawing first fetches the documents' texts: their reading (a field for each
/// of some 200 texts) then lives in the later-loading code too, not in the matrix's.
macro_rules! split_point {
    ($(#[$doc:meta])* $name:ident, $module:ident, $view:expr) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name(session: Session) -> Result<Drawing, NotLoaded> {
            Ok(Box::pin(async move {
                documents(session).await?;
                provide_context(session);
                Ok($view)
            }))
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        async fn $name(session: Session) -> Result<Drawing, NotLoaded> {
            Ok(Box::pin(async move {
                documents(session).await?;
                provide_context(session);
                Ok($view)
            }))
        }
    };
}

/// The documents' texts of the language in use: a view of the later code is made of documents.
async fn documents(session: Session) -> Result<(), NotLoaded> {
    let lang = session.lang.get_untracked();
    languages::load_documents(lang).await.map_err(|problem| {
        web::console_warn(&format!("Competence Matrix: {problem}"));
        NotLoaded
    })
}

split_point!(
    /// The summary (with the fit to the role it aims at), its actions, importing a file.
    summary_view,
    summary,
    view! { <super::summary_pane::SummaryPane /> }.into_any()
);

split_point!(
    /// The comparison of two assessments.
    compare_view,
    compare,
    view! { <super::compare::ComparePane /> }.into_any()
);

split_point!(
    /// Role profiles: the editor, the role matrix, the job description, the fit.
    roles_view,
    roles,
    view! { <super::roles::RolesPane /> }.into_any()
);

split_point!(
    /// What came in: reading the link, the read-only view, taking it.
    arrived_view,
    arrived,
    view! { <super::arrived::ArrivedPane /> }.into_any()
);

split_point!(
    /// The meeting's panel above an agreed assessment's matrix.
    agreement_view,
    agreement,
    view! { <super::agreeing::AgreementPanel /> }.into_any()
);

split_point!(
    /// A manager's team: people × items, where it is thin, who could coach whom.
    team_view,
    team,
    view! { <super::team::TeamPane /> }.into_any()
);

split_point!(
    /// The embed builder: an association's choices, the previews, the snippet.
    embed_view,
    embedding,
    view! { <super::embedding::EmbedPane /> }.into_any()
);

split_point!(
    /// The profile designer: the draft, its problems, the previews, the files.
    design_view,
    designing,
    view! { <super::designer::DesignPane /> }.into_any()
);

/// The designer's files opened, and a draft written as CASE: the CASE mapping is as large as
/// the rest of the designer, so it loads for these two actions only (`core::design::case`).
macro_rules! split_call {
    ($(#[$doc:meta])* $name:ident, $module:ident, ($($arg:ident: $ty:ty),*) -> $out:ty, $body:expr) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name($($arg: $ty),*) -> Result<$out, NotLoaded> {
            Ok($body)
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        pub async fn $name($($arg: $ty),*) -> Result<$out, NotLoaded> {
            Ok($body)
        }
    };
}

split_call!(
    /// Opens files chosen in the designer: a CASE package, or a profile with its translations.
    open_design_files,
    opening,
    (files: Vec<(String, String)>, today: String) -> Result<Opened, (String, OpenError)>,
    Draft::open_chosen(&files, &today)
);

split_call!(
    /// The draft as a CASE 1.1 package.
    case_package,
    casing,
    (draft: Draft, today: String) -> String,
    draft.case_package(&today)
);

/// What is wrong with a profile file, in full: its path, and what was expected there (see
/// `Profile::diagnose`). The app needs this only for a broken file, so it loads with it.
#[cfg(all(feature = "split", target_arch = "wasm32"))]
#[leptos::wasm_split::wasm_split(diagnosis, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn profile_problem(
    text: String,
    lang: crate::core::words::lang::Lang,
) -> Result<String, NotLoaded> {
    Ok(crate::core::profile::Profile::diagnose(&text).message(lang))
}

/// What is wrong with a profile file, in full (see `Profile::diagnose`).
#[cfg(all(not(feature = "split"), target_arch = "wasm32"))]
pub async fn profile_problem(
    text: String,
    lang: crate::core::words::lang::Lang,
) -> Result<String, NotLoaded> {
    Ok(crate::core::profile::Profile::diagnose(&text).message(lang))
}

async fn load(part: Part, session: Session) -> Result<AnyView, NotLoaded> {
    web::link_views_stylesheet();
    let drawing = match part {
        Part::Summary => summary_view(session).await,
        Part::Compare => compare_view(session).await,
        Part::Roles => roles_view(session).await,
        Part::Arrived => arrived_view(session).await,
        Part::Agreement => agreement_view(session).await,
        Part::Team => team_view(session).await,
        Part::Embed => embed_view(session).await,
        Part::Design => design_view(session).await,
    }?;
    // (A fetch is not `Send`, which `Suspend` asks of what it waits for: a page has one thread.)
    // The views' stylesheet is asked for first, and fetched while the drawing waits for its
    // texts (`web::views_stylesheet`).
    let styled = SendWrapper::new(web::views_stylesheet());
    let view = SendWrapper::new(drawing).await;
    styled.await;
    view
}

/// Draws `part` once its code is there; until then a line says that it is coming, or why it
/// could not come (and it is tried again the next time this is drawn).
#[component]
pub fn Later(part: Part) -> impl IntoView {
    let session = use_session();
    // Drawn again in another language, with that language's documents' texts: a view of the
    // later code is made of documents worded in one language.
    move || {
        let t = session.texts();
        view! {
            <Suspense fallback=move || view! { <p class="loading" role="status">{t.loading_view}</p> }>
                {Suspend::new(async move {
                    match load(part, session).await {
                        Ok(view) => view,
                        Err(NotLoaded) => {
                            view! { <p class="loading" role="status">{t.view_failed}</p> }.into_any()
                        }
                    }
                })}
            </Suspense>
        }
    }
}
