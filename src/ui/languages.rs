//! The texts of a language arrive when it is wanted: the first one before the app is drawn
//! (`ui::app::start`), another when the user chooses it, for the interface or for a job
//! description, or when another tab chose it — the interface's texts and, when the profile
//! does not speak the language itself, its translation file. Only the language in use is
//! downloaded.

use std::sync::OnceLock;

use crate::core::profile::Profile;
use crate::core::words::lang::Lang;
use crate::core::words::texts;
use crate::web;

/// Where the profile came from, for its translation files beside it.
static PROFILE_URL: OnceLock<String> = OnceLock::new();
/// The languages whose profile translation was asked for once: a profile without one is not
/// asked again on every change of language.
static ASKED: [OnceLock<()>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

#[cfg(target_arch = "wasm32")]
pub fn set_profile_url(url: &str) {
    let _ = PROFILE_URL.set(url.to_string());
}

/// Adds the profile's translation into `lang`, unless the profile speaks it. Without one (a
/// profile an association did not translate, a fetch that failed) the profile shows in
/// English, which is said on the console only: the interface still speaks the language.
pub async fn translate(profile: &'static Profile, lang: Lang) {
    let Some(url) = PROFILE_URL.get() else { return };
    if profile.speaks(lang) || ASKED[lang.index()].set(()).is_err() {
        return;
    }
    let url = Profile::translation_url(url, lang);
    let problem = match web::fetch_text(&url).await {
        Ok(json) => match profile.add_translation(lang, &json) {
            Ok(()) => return,
            Err(error) => error.0,
        },
        Err(failure) => format!("{failure:?}"),
    };
    web::console_warn(&format!("Competence Matrix: {url} not used: {problem}"));
}

/// Where the texts of `lang` are, relative to the page: in this build's folder of them.
pub fn url(lang: Lang) -> String {
    format!("{}/{}.json", web::locales_folder(), lang.code())
}

/// Fetches and reads the texts of `lang`, unless they are here already.
/// What went wrong is said on the console (the user is told that the language did not come).
pub async fn load(lang: Lang) -> Result<(), String> {
    if texts::loaded(lang) {
        return Ok(());
    }
    let json = web::fetch_text(&url(lang))
        .await
        .map_err(|failure| format!("{failure:?}"))?;
    texts::load(lang, &json).map_err(|error| error.to_string())?;
    Ok(())
}

/// Fetches and reads the documents' texts of `lang` (its other texts first, if need be): the
/// views that show documents wait for them.
pub async fn load_documents(lang: Lang) -> Result<(), String> {
    load(lang).await?;
    if texts::documents_loaded(lang) {
        return Ok(());
    }
    let url = format!("{}/{}.documents.json", web::locales_folder(), lang.code());
    let json = web::fetch_text(&url)
        .await
        .map_err(|failure| format!("{url}: {failure:?}"))?;
    texts::load_documents(lang, &json).map_err(|error| error.to_string())
}

/// Whether everything `lang` needs is here: the interface's texts, and the profile's — unless
/// its translation was asked for already (a profile without one shows in English; a reload asks
/// again) or the profile came from nowhere (the component tests hand it over).
pub fn here(profile: &Profile, lang: Lang) -> bool {
    let asked = PROFILE_URL.get().is_none() || ASKED[lang.index()].get().is_some();
    texts::loaded(lang) && (profile.speaks(lang) || asked)
}

/// Runs `then` once the texts of `lang` are here, the profile's too: at once if they are, after
/// the fetches if not. When the interface's texts cannot be fetched, `failed` runs instead.
pub fn when_loaded(
    profile: &'static Profile,
    lang: Lang,
    then: impl FnOnce() + 'static,
    failed: impl FnOnce() + 'static,
) {
    if here(profile, lang) {
        then();
        return;
    }
    leptos::task::spawn_local(async move {
        settle(profile, lang, load(lang).await, then, failed).await
    });
}

/// As [`when_loaded`], with the documents' texts too (a job description in another
/// language): the later-loading views' code, not the matrix's.
pub fn when_documents_loaded(
    profile: &'static Profile,
    lang: Lang,
    then: impl FnOnce() + 'static,
    failed: impl FnOnce() + 'static,
) {
    if here(profile, lang) && texts::documents_loaded(lang) {
        then();
        return;
    }
    leptos::task::spawn_local(async move {
        settle(profile, lang, load_documents(lang).await, then, failed).await
    });
}

async fn settle(
    profile: &'static Profile,
    lang: Lang,
    loaded: Result<(), String>,
    then: impl FnOnce(),
    failed: impl FnOnce(),
) {
    if loaded.is_ok() {
        translate(profile, lang).await;
    }
    match loaded {
        Ok(()) => then(),
        Err(problem) => {
            web::console_warn(&format!("Competence Matrix: {}: {problem}", url(lang)));
            failed();
        }
    }
}
