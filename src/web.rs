//! Browser plumbing, all in one place: storage, language preferences, the document, fetching
//! the profile. Everything that can fail returns a value; nothing here panics on what the
//! browser or the network hands back.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::saved::is_own_key;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Why a write to storage failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    Full,
    Unavailable,
}

/// The browser's localStorage, if the app may use it. Inside a third-party iframe a browser
/// may block it (reading `localStorage` then throws) or hand out one that fails on write.
pub fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// True if a test entry can be written and removed: storage that exists but refuses writes
/// (some private modes) counts as unavailable.
pub fn storage_works() -> bool {
    const PROBE: &str = "competence-matrix.probe";
    local_storage().is_some_and(|storage| {
        let ok = storage.set_item(PROBE, "1").is_ok();
        let _ = storage.remove_item(PROBE);
        ok
    })
}

pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn write(key: &str, value: &str) -> Result<(), WriteError> {
    let storage = local_storage().ok_or(WriteError::Unavailable)?;
    storage.set_item(key, value).map_err(|error| {
        let quota = error
            .dyn_ref::<web_sys::DomException>()
            .is_some_and(|e| e.name() == "QuotaExceededError" || e.code() == 22);
        if quota {
            WriteError::Full
        } else {
            WriteError::Unavailable
        }
    })
}

/// Removes every key this app wrote (its data and set-aside copies), and nothing else.
pub fn remove_own_keys() {
    let Some(storage) = local_storage() else {
        return;
    };
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| is_own_key(key))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}

/// Milliseconds since 1970, for backup keys.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The browser's language preferences, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

/// Sets `<html lang>`, so that screen readers and hyphenation follow the chosen language.
pub fn set_document_language(code: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

/// Fetches a text file from the app's own origin. The error is a sentence for the page.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = window().ok_or_else(|| "no browser window".to_string())?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("the file {url} could not be fetched (are you offline?)"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("the answer for {url} was not a response"))?;
    if !response.ok() {
        return Err(format!(
            "the file {url} was not found (HTTP {})",
            response.status()
        ));
    }
    let text = response
        .text()
        .map_err(|_| format!("the file {url} could not be read"))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|value| value.as_string())
        .ok_or_else(|| format!("the file {url} could not be read"))
}

/// What the app found in storage at start.
pub struct Opened {
    pub state: crate::core::saved::SavedState,
    pub notices: Vec<crate::core::notice::Notice>,
    /// False when writing could destroy data we could not set aside, or storage is missing.
    pub can_save: bool,
}

/// Reads the saved entry. An unreadable one is copied to a backup key before anything else
/// happens; if even that fails, saving stays off so that the original is never overwritten.
pub fn open_saved() -> Opened {
    use crate::core::notice::Notice;
    use crate::core::saved::{backup_key, restore, Restored, SavedState, STORAGE_KEY};

    if !storage_works() {
        return Opened {
            state: SavedState::new(),
            notices: vec![Notice::StorageUnavailable],
            can_save: false,
        };
    }
    match restore(read(STORAGE_KEY).as_deref()) {
        Restored::Fresh => Opened {
            state: SavedState::new(),
            notices: Vec::new(),
            can_save: true,
        },
        Restored::Loaded(state) => Opened {
            state,
            notices: Vec::new(),
            can_save: true,
        },
        Restored::Unreadable { raw, problem } => {
            let key = backup_key(now_ms());
            match write(&key, &raw) {
                Ok(()) => Opened {
                    state: SavedState::new(),
                    notices: vec![Notice::Unreadable { key, problem }],
                    can_save: true,
                },
                Err(_) => Opened {
                    state: SavedState::new(),
                    notices: vec![Notice::BackupFailed],
                    can_save: false,
                },
            }
        }
    }
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// True on a screen wide enough for the table layout (the stylesheet's breakpoint).
pub fn is_wide_screen() -> bool {
    window()
        .and_then(|w| w.match_media("(min-width: 64rem)").ok().flatten())
        .is_some_and(|query| query.matches())
}

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
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}

/// This page's address with `fragment` as its `#` part.
pub fn url_with_fragment(fragment: &str) -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
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

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// Copies text to the clipboard. Fails when the browser refuses (no permission, no focus).
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let clipboard = window().ok_or(())?.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// Offers `text` as a file download named `filename`.
pub fn download(filename: &str, text: &str, mime: &str) -> Result<(), ()> {
    let document = window().and_then(|w| w.document()).ok_or(())?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| ())?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The first file chosen in a file input, read as text.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<Result<String, ()>> {
    let file = input.files()?.get(0)?;
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|value| value.as_string())
        .ok_or(());
    input.set_value("");
    Some(text)
}

/// The page's query string, with its `?`.
pub fn query_string() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// A line in the developer console: for hosts whose parameters were ignored.
pub fn console_warn(message: &str) {
    web_sys::console::warn_1(&wasm_bindgen::JsValue::from_str(message));
}

/// Sets a CSS custom property on the root element. Values are validated in `core::embed`;
/// the CSSOM also drops any value that is not valid CSS.
pub fn set_theme_property(name: &str, value: &str) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    if let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() {
        let _ = root.style().set_property(name, value);
    }
}

/// True when the app runs inside a frame of another page.
pub fn in_frame() -> bool {
    let Some(window) = window() else { return false };
    window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| !js_sys::Object::is(&parent, &window))
}

/// The message the app posts to its host page whenever its content height changes:
/// `{ "type": "competence-matrix:height", "height": <CSS pixels> }`.
pub const HEIGHT_MESSAGE: &str = "competence-matrix:height";

/// Tells the host page the content height whenever it changes, so that the host can size the
/// iframe without a scrollbar. Only the height is sent; nothing is read from the host.
pub fn report_height_to_host() {
    let Some(window) = window() else { return };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let measured = body.clone();
    let send = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(
            &message,
            &"height".into(),
            &f64::from(measured.offset_height()).into(),
        );
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page.
        send.forget();
        std::mem::forget(observer);
    }
}

/// Registers the service worker that keeps the app usable offline.
pub fn register_service_worker(url: &str) {
    let Some(window) = window() else { return };
    let navigator = window.navigator();
    // Browsers without service workers (or with them disabled) simply run online.
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        let _ = navigator.service_worker().register(url);
    }
}

/// Calls `changed` with the new value whenever another tab of this browser changes `key` in
/// storage (browsers do not tell the tab that wrote it). The listener lives as long as the page.
pub fn on_change_in_other_tab(key: &'static str, changed: impl Fn(Option<String>) + 'static) {
    let _listener = leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(key) {
            changed(event.new_value());
        }
    });
}
