//! Sharing and fetching: the clipboard, the share sheet, downloads, chosen files, and the
//! profile file.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{document, property, window};

use crate::core::profile::FetchFailure;

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
