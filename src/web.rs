//! Browser plumbing, all in one place: storage, the document, fetching, the URL, the clipboard,
//! the share sheet, printing, files, compression, messages to a host page, the second wasm module
//! (the views module, loaded when one of its views opens). Everything that can
//! fail returns a value; nothing here panics on what the browser or the network hands back, and
//! every API that a browser may lack (or that throws in a sandboxed frame) is looked up first.

use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::profile::FetchFailure;
use crate::core::saved::is_own_key;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// `object[name]`, or `None` when it is missing or reading it throws.
fn property(object: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

// ---------------------------------------------------------------------------------------------
// Storage

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

fn write_error(error: JsValue) -> WriteError {
    let quota = error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| e.name() == "QuotaExceededError" || e.code() == 22);
    if quota {
        WriteError::Full
    } else {
        WriteError::Unavailable
    }
}

pub fn write(key: &str, value: &str) -> Result<(), WriteError> {
    let storage = local_storage().ok_or(WriteError::Unavailable)?;
    storage.set_item(key, value).map_err(write_error)
}

/// Copies an entry to another key exactly as stored — without passing through a Rust string,
/// which would replace a lone UTF-16 surrogate in damaged data.
pub fn copy_entry(from: &str, to: &str) -> Result<(), WriteError> {
    let storage = local_storage().ok_or(WriteError::Unavailable)?;
    let method = |name: &str| {
        property(&storage, name)
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .ok_or(WriteError::Unavailable)
    };
    let value = method("getItem")?
        .call1(&storage, &JsValue::from_str(from))
        .map_err(|_| WriteError::Unavailable)?;
    method("setItem")?
        .call2(&storage, &JsValue::from_str(to), &value)
        .map(|_| ())
        .map_err(write_error)
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
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

/// Calls `listener` on every `event` at the window, for as long as the page lives.
fn on_window(event: &str, listener: Box<dyn FnMut(web_sys::Event)>) {
    let Some(window) = window() else { return };
    let closure = Closure::wrap(listener);
    let _ = window.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Calls `changed` with the new value whenever another tab of this browser changes `key` in
/// storage (browsers do not tell the tab that wrote it). The listener lives as long as the page.
pub fn on_change_in_other_tab(key: &'static str, changed: impl Fn(Option<String>) + 'static) {
    on_window(
        "storage",
        Box::new(move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
                if event.key().as_deref() == Some(key) {
                    changed(event.new_value());
                }
            }
        }),
    );
}

/// Calls `changed` when the page's fragment changes (a link pasted into an open tab).
pub fn on_hash_change(changed: impl Fn() + 'static) {
    on_window("hashchange", Box::new(move |_| changed()));
}

/// Calls `leaving` when the page is hidden or unloaded (tab closed, app switched, navigation):
/// the last moment to save.
pub fn on_leave(leaving: impl Fn() + Clone + 'static) {
    let on_hide = leaving.clone();
    on_window("pagehide", Box::new(move |_| on_hide()));
    let Some(document) = document() else { return };
    let visibility = document.clone();
    let closure = Closure::<dyn FnMut()>::new(move || {
        if visibility.visibility_state() == web_sys::VisibilityState::Hidden {
            leaving();
        }
    });
    let _ = document
        .add_event_listener_with_callback("visibilitychange", closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Runs `then` once the next frame has been painted: work that may wait, after what the user
/// sees first.
pub fn after_paint(then: impl FnOnce() + 'static) {
    let Some(window) = window() else {
        then();
        return;
    };
    let later = Closure::once_into_js(move || {
        let then = Closure::once_into_js(then);
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(then.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(later.unchecked_ref());
}

/// Calls `step` after each paint until it returns false: work spread over frames.
pub fn each_frame(step: impl FnMut() -> bool + 'static) {
    fn next(mut step: impl FnMut() -> bool + 'static) {
        after_paint(move || {
            if step() {
                next(step);
            }
        });
    }
    next(step);
}

/// Appends markup at the end of the element with `id`.
pub fn append_html(id: &str, html: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        let _ = element.insert_adjacent_html("beforeend", html);
    }
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

// ---------------------------------------------------------------------------------------------
// The document

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

fn root_element() -> Option<web_sys::Element> {
    document()?.document_element()
}

/// Sets `<html lang>`, so that screen readers and hyphenation follow the chosen language.
pub fn set_document_language(code: &str) {
    if let Some(root) = root_element() {
        let _ = root.set_attribute("lang", code);
    }
}

/// Sets `<html data-theme>` (none: as the device says), which the stylesheet's colours follow.
pub fn set_document_theme(theme: crate::core::theme::Theme) {
    let Some(root) = root_element() else { return };
    let _ = match theme {
        crate::core::theme::Theme::Device => root.remove_attribute("data-theme"),
        chosen => root.set_attribute("data-theme", chosen.code()),
    };
}

/// Which document the printer gets (`summary`, `compare`, `fit`, `job`): the print sheet
/// shows only that one.
pub fn set_print_target(doc: &str) {
    if let Some(root) = root_element() {
        let _ = root.set_attribute("data-print", doc);
    }
}

/// Opens the browser's print dialog for `doc`, and puts the default back once the page has
/// been printed (`afterprint`): some browsers return from `print()` before they print.
pub fn print(doc: &str, default: &str) {
    let Some(window) = window() else { return };
    set_print_target(doc);
    let default = default.to_string();
    let restore = Closure::once_into_js(move || set_print_target(&default));
    let once = web_sys::AddEventListenerOptions::new();
    once.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        restore.unchecked_ref(),
        &once,
    );
    let _ = window.print();
}

/// Marks the page as taken over by the app: tests and the build's pre-renderer wait for it.
pub fn mark_ready() {
    if let Some(root) = root_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// Sets the text of the element with `id`, if there is one.
pub fn set_text_by_id(id: &str, text: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        element.set_text_content(Some(text));
    }
}

/// Sets the text of the `selector` element within the row (`.row`) that holds `target`.
pub fn set_row_text(target: &web_sys::Element, selector: &str, text: &str) {
    if let Some(line) = target
        .closest(".row")
        .ok()
        .flatten()
        .and_then(|row| row.query_selector(selector).ok().flatten())
    {
        line.set_text_content(Some(text));
    }
}

/// The markup shipped in the page before the code arrived (one copy per language): the inputs
/// a visitor already changed there, as (name, value) pairs, so that no click is lost; then the
/// copies are removed. Names in the second copy carry a prefix that is taken off here.
pub fn take_prerendered() -> Vec<(String, String)> {
    let mut changed = Vec::new();
    let Some(document) = document() else {
        return changed;
    };
    let Ok(copies) = document.query_selector_all(".prerendered") else {
        return changed;
    };
    for index in 0..copies.length() {
        let Some(copy) = copies
            .item(index)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let visible = copy
            .dyn_ref::<web_sys::HtmlElement>()
            .is_some_and(|e| e.offset_parent().is_some() || e.get_client_rects().length() > 0);
        if visible {
            if let Ok(inputs) =
                copy.query_selector_all("input[type=radio]:checked, select, textarea")
            {
                for i in 0..inputs.length() {
                    let Some(node) = inputs.item(i) else { continue };
                    let (name, value, changed_from_start) =
                        if let Some(input) = node.dyn_ref::<web_sys::HtmlInputElement>() {
                            (
                                input.name(),
                                input.value(),
                                input.checked() != input.default_checked(),
                            )
                        } else if let Some(select) = node.dyn_ref::<web_sys::HtmlSelectElement>() {
                            let default = select
                                .query_selector("option[selected]")
                                .ok()
                                .flatten()
                                .and_then(|o| o.get_attribute("value"))
                                .unwrap_or_default();
                            (select.name(), select.value(), select.value() != default)
                        } else if let Some(area) = node.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                            (
                                area.name(),
                                area.value(),
                                Ok(area.value()) != area.default_value(),
                            )
                        } else {
                            continue;
                        };
                    if changed_from_start {
                        let name = name.trim_start_matches("x-").to_string();
                        changed.push((name, value));
                    }
                }
            }
        }
        copy.remove();
    }
    changed
}

/// Whether the media query (one of the stylesheet's breakpoints) holds now; `changed` is called
/// with the answer whenever it changes (a window resized, a phone turned).
pub fn media_matches(query: &str, changed: impl Fn(bool) + 'static) -> bool {
    let Some(list) = window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return false;
    };
    let watched = list.clone();
    let closure = Closure::<dyn FnMut()>::new(move || changed(watched.matches()));
    let _ = list.add_event_listener_with_callback("change", closure.as_ref().unchecked_ref());
    closure.forget();
    list.matches()
}

/// Whether the media query (one of the stylesheet's breakpoints) holds now.
pub fn media_now(query: &str) -> bool {
    window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|list| list.matches())
}

/// Runs `then` when the browser is idle (within two seconds at the latest): work nobody waits for.
pub fn when_idle(then: impl FnOnce() + 'static) {
    let Some(window) = window() else {
        then();
        return;
    };
    let then = Closure::once_into_js(then);
    let idle = property(&window, "requestIdleCallback")
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let called = match idle {
        Some(idle) => {
            let options = js_sys::Object::new();
            let _ = Reflect::set(&options, &"timeout".into(), &2000.into());
            idle.call2(&window, &then, &options).is_ok()
        }
        None => false,
    };
    if !called {
        let _ = window.set_timeout_with_callback(then.unchecked_ref());
    }
}

/// Calls `printing` when the user is about to print.
pub fn on_before_print(printing: impl Fn() + 'static) {
    on_window("beforeprint", Box::new(move |_| printing()));
}

// ---------------------------------------------------------------------------------------------
// The address

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

/// This page's address with `fragment` as its `#` part.
pub fn url_with_fragment(fragment: &str) -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// The page's query string, with its `?`.
pub fn query_string() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Fetching

/// Fetches a text file from the app's own origin.
pub async fn fetch_text(url: &str) -> Result<String, FetchFailure> {
    let window = window().ok_or(FetchFailure::Unreadable)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| FetchFailure::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchFailure::Unreadable)?;
    if !response.ok() {
        return Err(FetchFailure::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchFailure::Unreadable)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|value| value.as_string())
        .ok_or(FetchFailure::Unreadable)
}

// ---------------------------------------------------------------------------------------------
// Sharing: clipboard, share sheet, files

/// Copies text to the clipboard. Fails when the browser has no clipboard here (plain http) or
/// refuses (no permission, no focus).
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let navigator = window().ok_or(())?.navigator();
    let clipboard: web_sys::Clipboard = property(&navigator, "clipboard")
        .ok_or(())?
        .dyn_into()
        .map_err(|_| ())?;
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// What became of a share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it.
    Sent,
    /// The user closed the share sheet.
    Cancelled,
    /// No share sheet here: copy and show instead.
    Unsupported,
}

/// Opens the system share sheet (the Web Share API) with a link, and with a file where the
/// browser can share files.
pub async fn share(title: &str, url: &str, file: Option<(&str, &str, &str)>) -> Shared {
    let Some(window) = window() else {
        return Shared::Unsupported;
    };
    let navigator = window.navigator();
    if property(&navigator, "share").is_none() {
        return Shared::Unsupported;
    }
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    if let Some((name, text, mime)) = file {
        let options = web_sys::FilePropertyBag::new();
        options.set_type(mime);
        if let Ok(file) = web_sys::File::new_with_str_sequence_and_options(
            &Array::of1(&JsValue::from_str(text)),
            name,
            &options,
        ) {
            let with_file = web_sys::ShareData::new();
            with_file.set_title(title);
            with_file.set_url(url);
            with_file.set_files(&Array::of1(&file));
            if property(&navigator, "canShare").is_some()
                && navigator.can_share_with_data(&with_file)
            {
                data.set_files(&Array::of1(&file));
            }
        }
    }
    match JsFuture::from(navigator.share_with_data(&data)).await {
        Ok(_) => Shared::Sent,
        Err(error) => {
            let name = property(&error, "name")
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            if name == "AbortError" {
                Shared::Cancelled
            } else {
                Shared::Unsupported
            }
        }
    }
}

/// Offers `text` as a file download named `filename`. Only a browser without a document or
/// without Blob support could fail this; there is nothing to tell the user then but what the
/// missing download already shows.
pub fn download(filename: &str, text: &str, mime: &str) {
    let Some(document) = document() else { return };
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(
        &Array::of1(&JsValue::from_str(text)),
        &options,
    ) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document.create_element("a") {
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(filename);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Why a chosen file was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    TooLarge,
    Unreadable,
}

/// The first file chosen in a file input, read as text — unless it is larger than `max_bytes`,
/// which is checked before anything is read.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Option<Result<String, FileProblem>> {
    let file = input.files()?.get(0)?;
    input.set_value("");
    if file.size() > max_bytes as f64 {
        return Some(Err(FileProblem::TooLarge));
    }
    Some(
        JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|value| value.as_string())
            .ok_or(FileProblem::Unreadable),
    )
}

// ---------------------------------------------------------------------------------------------
// Compression for share links: the browser's own zlib (`CompressionStream("deflate")`), so that
// the wasm carries no compressor.

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compressor;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<Compressor, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &Compressor) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &Compressor) -> web_sys::WritableStream;

    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompressor;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<Decompressor, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &Decompressor) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &Decompressor) -> web_sys::WritableStream;
}

/// Streams `bytes` through a transform, refusing output longer than `max` (a crafted link
/// could expand enormously) and any error the transform reports (a bad checksum).
async fn transform(
    bytes: &[u8],
    readable: web_sys::ReadableStream,
    writable: web_sys::WritableStream,
    max: usize,
) -> Result<Vec<u8>, ()> {
    let blob = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))
        .map_err(|_| ())?;
    let output = blob
        .stream()
        .pipe_through(&web_sys::ReadableWritablePair::new(&readable, &writable));
    let reader: web_sys::ReadableStreamDefaultReader = output.get_reader().unchecked_into();
    let mut result = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| ())?;
        if property(&chunk, "done")
            .and_then(|d| d.as_bool())
            .unwrap_or(true)
        {
            return Ok(result);
        }
        let value: Uint8Array = property(&chunk, "value")
            .ok_or(())?
            .dyn_into()
            .map_err(|_| ())?;
        if result.len() + value.length() as usize > max {
            let _ = reader.cancel();
            return Err(());
        }
        result.extend(value.to_vec());
    }
}

/// zlib-compresses `bytes`.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, ()> {
    let stream = Compressor::new("deflate").map_err(|_| ())?;
    transform(bytes, stream.readable(), stream.writable(), usize::MAX).await
}

/// Inflates zlib data, refusing damaged data and output longer than `max`.
pub async fn inflate(bytes: &[u8], max: usize) -> Result<Vec<u8>, ()> {
    let stream = Decompressor::new("deflate").map_err(|_| ())?;
    transform(bytes, stream.readable(), stream.writable(), max).await
}

// ---------------------------------------------------------------------------------------------
// The host page and the platform

/// A line in the developer console: for hosts whose parameters were ignored.
pub fn console_warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// Sets a CSS custom property on the root element. Values are validated in `core::embed`;
/// the CSSOM also drops any value that is not valid CSS.
pub fn set_theme_property(name: &str, value: &str) {
    if let Some(root) = root_element().and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
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
    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
    let measured = body.clone();
    let send = Closure::<dyn FnMut()>::new(move || {
        let message = js_sys::Object::new();
        let _ = Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = Reflect::set(
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

/// Registers the service worker that keeps the app usable offline. Browsers without service
/// workers, and frames where reaching them throws (sandboxed without same origin), run online.
pub fn register_service_worker(url: &str) {
    let Some(window) = window() else { return };
    let Some(container) = property(&window.navigator(), "serviceWorker")
        .and_then(|c| c.dyn_into::<web_sys::ServiceWorkerContainer>().ok())
    else {
        return;
    };
    // A rejected registration (an insecure or sandboxed context) is not an error for the app.
    let promise = container.register(url);
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = promise.catch(&ignore);
    ignore.forget();
}

// ---------------------------------------------------------------------------------------------
// The views module (src/views.rs): a second wasm module, loaded when one of its views opens

#[wasm_bindgen(inline_js = "
let loading = null;
let styled = null;
let failures = 0;
export function load_views() {
  if (!loading) {
    const named = document.querySelector('meta[name=\"competence-matrix-views\"]');
    const url = new URL(named ? named.content : './views.js', document.baseURI);
    const wasm = new URL(url.href.replace(/\\.js$/, '_bg.wasm'));
    // Its stylesheet comes with it (once; the views look unstyled without it, but work).
    if (!document.querySelector('link[data-views]')) {
      const sheet = document.createElement('link');
      sheet.rel = 'stylesheet';
      sheet.href = url.href.replace(/\\.js$/, '.css');
      sheet.dataset.views = '';
      styled = new Promise((done) => {
        sheet.onload = done;
        // Not there (offline before it was cached): the next try adds it again.
        sheet.onerror = () => { sheet.remove(); done(); };
      });
      document.head.append(sheet);
    }
    // A browser keeps a failed module import for the page's life: a retry needs a new address.
    if (failures) url.search = 'attempt=' + failures;
    loading = import(url.href)
      .then(async (module) => {
        await module.default({ module_or_path: wasm });
        await styled;
        return module;
      })
      .catch((error) => { loading = null; failures += 1; throw error; });
  }
  return loading;
}")]
extern "C" {
    /// The views module, loaded and started once; a failed load is tried again next time.
    fn load_views() -> js_sys::Promise;
}

thread_local! {
    /// The views module, once it has started.
    static VIEWS: std::cell::RefCell<Option<JsValue>> = const { std::cell::RefCell::new(None) };
    static VIEWS_CONNECTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Calls the views module's export `name`, if the module has started.
fn call_views(name: &str, args: &[JsValue]) -> Result<(), JsValue> {
    let Some(module) = VIEWS.with(|v| v.borrow().clone()) else {
        return Ok(());
    };
    let function: js_sys::Function = property(&module, name)
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| JsValue::from_str(name))?;
    function.apply(&JsValue::NULL, &args.iter().collect::<Array>())?;
    Ok(())
}

/// Loads the views module if needed (and gives it `receive` for its messages), then lets it
/// draw `view` into `host` — unless the host has gone meanwhile. When the module cannot be
/// loaded (offline before it was ever cached, say), the host's line says `failed` instead.
#[allow(clippy::too_many_arguments)]
pub fn mount_remote(
    view: &'static str,
    host: web_sys::HtmlElement,
    profile: &'static str,
    lang: &'static str,
    embedded: bool,
    book: String,
    failed: &'static str,
    receive: fn(String),
) {
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = match VIEWS.with(|v| v.borrow().clone()) {
            Some(module) => Ok(module),
            None => JsFuture::from(load_views()).await.and_then(|module| {
                VIEWS.with(|v| *v.borrow_mut() = Some(module.clone()));
                // Two views opening at once both waited for the load: connect once.
                if VIEWS_CONNECTED.with(|c| c.replace(true)) {
                    return Ok(module);
                }
                // The views module's messages come for the page's life.
                let reply = Closure::<dyn Fn(String)>::new(receive);
                call_views("connect", &[reply.as_ref().clone()])?;
                reply.forget();
                Ok(module)
            }),
        };
        let drawn = loaded.and_then(|_| {
            if !host.is_connected() {
                return Ok(());
            }
            call_views(
                "mount",
                &[
                    view.into(),
                    host.clone().into(),
                    profile.into(),
                    lang.into(),
                    embedded.into(),
                    book.into(),
                ],
            )
        });
        if let Err(error) = drawn {
            web_sys::console::warn_2(&"Competence Matrix: the views module failed".into(), &error);
            if let Ok(Some(line)) = host.query_selector(".loading") {
                line.set_text_content(Some(failed));
            }
        }
    });
}

/// Takes `view` away, if the views module drew it.
pub fn unmount_remote(view: &'static str) {
    let _ = call_views("unmount", &[view.into()]);
}

/// Hands the views module the workbook again.
pub fn follow_remote(book: String, lang: &'static str) {
    let _ = call_views("follow", &[book.into(), lang.into()]);
}

/// Hands the views module one answer: the input's name and value.
pub fn answer_remote(name: &str, value: &str) {
    let _ = call_views("answer", &[name.into(), value.into()]);
}
