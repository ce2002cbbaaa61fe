//! The address: its fragment (share links), its query (the host's options and the view), the
//! history, and the clock.

use wasm_bindgen::prelude::*;

use super::window;
use crate::core::visit::view::{query_with_view, View};

/// The URL fragment without its `#`.
pub fn location_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|hash| hash.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading or adding a history entry.
pub fn clear_hash() {
    let Some(window) = window() else { return };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ =
            history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// This page's address with `fragment` as its `#` part, for a link to share: the host's
/// options stay in it, the view the sender had open does not (the link opens what it carries).
pub fn url_with_fragment(fragment: &str) -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let before_fragment = href.split('#').next().unwrap_or_default();
    let (base, search) = before_fragment
        .split_once('?')
        .unwrap_or((before_fragment, ""));
    format!("{base}{}#{fragment}", query_with_view(search, View::Matrix))
}

/// A new entry in the history with `query` (empty, or with its `?`) as the address's query;
/// the fragment (a link already read) stays behind.
pub fn push_query(query: &str) {
    let Some(window) = window() else { return };
    let Ok(path) = window.location().pathname() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")));
    }
}

/// The current entry in the history with `query` as the address's query, its fragment kept.
pub fn replace_query(query: &str) {
    let Some(window) = window() else { return };
    let location = window.location();
    let (Ok(path), Ok(hash)) = (location.pathname(), location.hash()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{path}{query}{hash}")),
        );
    }
}

/// The address that shows `view`, for its link (a view opened in a new tab, a bookmark): this
/// page's path with the query that names it. Natively (the build's first paint) the page's own
/// folder.
pub fn address_of_view(view: View) -> String {
    let path = window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "./".to_string());
    format!("{path}{}", query_with_view(&query_string(), view))
}

/// The app's own address, with no query or fragment: where a member page's frame points.
pub fn app_address() -> String {
    window()
        .and_then(|w| {
            let location = w.location();
            Some(format!(
                "{}{}",
                location.origin().ok()?,
                location.pathname().ok()?
            ))
        })
        .unwrap_or_default()
}

/// The page's query string, with its `?`.
pub fn query_string() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Milliseconds since 1970, for backup keys.
pub fn now_ms() -> u64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now() as u64;
    #[cfg(not(target_arch = "wasm32"))]
    return std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_millis() as u64);
}

/// Today in the user's time zone, as `YYYY-MM-DD` (natively: the build's day, in UTC).
pub fn today() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        format!(
            "{:04}-{:02}-{:02}",
            now.get_full_year(),
            now.get_month() + 1,
            now.get_date()
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        // Days since 1970 to the civil date (H. Hinnant's `civil_from_days`).
        let z = (now_ms() / 86_400_000) as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let m = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * m + 2) / 5 + 1;
        let month = if m < 10 { m + 3 } else { m - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        format!("{year:04}-{month:02}-{day:02}")
    }
}

/// A random number, for ids no other tab can make at the same moment.
pub fn random() -> u64 {
    #[cfg(target_arch = "wasm32")]
    return (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    // The build's page has one tab: any number will do.
    #[cfg(not(target_arch = "wasm32"))]
    return now_ms();
}
