//! Sharing and fetching: the clipboard, the share sheet, downloads, chosen files, and the
//! profile file.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{document, property, window};

use crate::core::profile::FetchFailure;

/// The response to `url` that public/first-paint.js asked for before the code arrived, if it
/// did and nobody has taken it yet.
fn early_response(window: &web_sys::Window, url: &str) -> Option<js_sys::Promise> {
    let early = property(window, "competenceMatrixEarly")?;
    let take: js_sys::Function = property(&early, "take")?.dyn_into().ok()?;
    take.call1(&early, &JsValue::from_str(url))
        .ok()?
        .dyn_into()
        .ok()
}

/// Fetches a text file from the app's own origin (taking the response the page asked for early,
/// when it did).
pub async fn fetch_text(url: &str) -> Result<String, FetchFailure> {
    let window = window().ok_or(FetchFailure::Unreadable)?;
    let started = early_response(&window, url).unwrap_or_else(|| window.fetch_with_str(url));
    let response = JsFuture::from(started)
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

fn clipboard() -> Option<web_sys::Clipboard> {
    property(&window()?.navigator(), "clipboard")?
        .dyn_into()
        .ok()
}

async fn settled(started: Option<js_sys::Promise>) -> Result<(), ()> {
    match started {
        Some(promise) => JsFuture::from(promise).await.map(|_| ()).map_err(|_| ()),
        None => Err(()),
    }
}

/// Copies text to the clipboard. The write starts now, within the user's click — WebKit (every
/// iPhone) refuses a clipboard write that starts later — and the future says how it went. Fails
/// when the browser has no clipboard here (plain http) or refuses (no permission, no focus).
pub fn copy_text(text: &str) -> impl std::future::Future<Output = Result<(), ()>> {
    settled(clipboard().map(|c| c.write_text(text)))
}

/// Copies a text that is still being written, within the user's click: a `ClipboardItem` whose
/// content is the promise of it, which the browser takes now and fills when it resolves (to a
/// string). Where the browser has no `ClipboardItem`, the text is copied once it is there, which
/// a browser may refuse that late.
pub fn copy_text_when_ready(
    text: impl std::future::Future<Output = Option<String>> + 'static,
) -> impl std::future::Future<Output = Result<(), ()>> {
    let text = std::rc::Rc::new(std::cell::RefCell::new(Some(text)));
    let blob = {
        let text = text.clone();
        wasm_bindgen_futures::future_to_promise(async move {
            let pending = text.borrow_mut().take();
            let written = match pending {
                Some(pending) => pending.await,
                None => None,
            };
            let written = written.ok_or(JsValue::NULL)?;
            let options = web_sys::BlobPropertyBag::new();
            options.set_type("text/plain");
            web_sys::Blob::new_with_str_sequence_and_options(
                &Array::of1(&JsValue::from_str(&written)),
                &options,
            )
            .map(JsValue::from)
        })
    };
    let item = {
        let items = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&items, &JsValue::from_str("text/plain"), &blob);
        property(
            &window().map(JsValue::from).unwrap_or(JsValue::NULL),
            "ClipboardItem",
        )
        .and_then(|_| web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&items).ok())
    };
    let started = match (clipboard(), item) {
        (Some(clipboard), Some(item)) => Some(clipboard.write(&Array::of1(&item))),
        _ => None,
    };
    async move {
        if started.is_some() {
            return settled(started).await;
        }
        let pending = text.borrow_mut().take();
        let Some(written) = (match pending {
            Some(pending) => pending.await,
            None => None,
        }) else {
            return Err(());
        };
        copy_text(&written).await
    }
}

/// What became of a share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it.
    Sent,
    /// The user closed the share sheet.
    Cancelled,
    /// No share sheet here, or it refused: copy and show instead.
    Unsupported,
}

/// Whether the browser has a system share sheet (the Web Share API).
pub fn can_share() -> bool {
    window().is_some_and(|w| property(&w.navigator(), "share").is_some())
}

/// Opens the system share sheet (the Web Share API) with a link, and with a file where the
/// browser can share files. The sheet is asked for now, within the user's click (WebKit opens
/// it only then); the future says what became of it.
pub fn share(
    title: &str,
    url: &str,
    file: Option<(&str, &str, &str)>,
) -> impl std::future::Future<Output = Shared> {
    let started = window().filter(|_| can_share()).map(|window| {
        let navigator = window.navigator();
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
        navigator.share_with_data(&data)
    });
    async move {
        let Some(promise) = started else {
            return Shared::Unsupported;
        };
        match JsFuture::from(promise).await {
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

/// Every file of `files` (chosen in a file input, or dropped), by name, each read as text —
/// unless it is larger than `max_bytes`, which is checked before it is read.
pub async fn read_files(
    files: web_sys::FileList,
    max_bytes: usize,
) -> Vec<(String, Result<String, FileProblem>)> {
    let mut read = Vec::new();
    for index in 0..files.length() {
        let Some(file) = files.get(index) else {
            continue;
        };
        let text = if file.size() > max_bytes as f64 {
            Err(FileProblem::TooLarge)
        } else {
            JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|value| value.as_string())
                .ok_or(FileProblem::Unreadable)
        };
        read.push((file.name(), text));
    }
    read
}

/// The files a drop brought, if it brought any.
pub fn dropped_files(event: &web_sys::DragEvent) -> Option<web_sys::FileList> {
    event.data_transfer()?.files()
}
