//! The texts of a language arrive when it is wanted: the first one before the app is drawn
//! (`ui::app::start`), another when the user chooses it, for the interface or for a job
//! description, or when another tab chose it. Only the language in use is downloaded.

use crate::core::lang::Lang;
use crate::core::texts;
use crate::web;

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

/// Runs `then` once the texts of `lang` are here: at once if they are, after the fetch if not.
/// A failed fetch calls `failed` instead.
pub fn when_loaded(lang: Lang, then: impl FnOnce() + 'static, failed: impl FnOnce() + 'static) {
    if texts::loaded(lang) {
        then();
        return;
    }
    leptos::task::spawn_local(async move {
        match load(lang).await {
            Ok(()) => then(),
            Err(problem) => {
                web::console_warn(&format!("Competence Matrix: {}: {problem}", url(lang)));
                failed();
            }
        }
    });
}
