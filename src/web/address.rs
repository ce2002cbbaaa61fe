//! The address: its fragment (share links), its query (the host's options and the view), the
//! history, and the clock.

use wasm_bindgen::prelude::*;

use super::window;
use crate::core::session::view::{query_with_view, View};

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

/// The page's query string, with its `?`.
pub fn query_string() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Milliseconds since 1970, for backup keys.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Today in the user's time zone, as `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// A random number, for ids no other tab can make at the same moment.
pub fn random() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}
