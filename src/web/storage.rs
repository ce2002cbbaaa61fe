//! localStorage, through gloo-storage — behind the check that the browser lets the app use it
//! at all. gloo-storage reaches storage through `LocalStorage::raw()`, which throws where a
//! browser blocks storage (a third-party or sandboxed frame); [`available`] looks first, with
//! web-sys, and nothing below is called when it says no.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{property, window};
use crate::core::formats::stored::is_own_key;

/// Why a write to storage failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    Full,
    Unavailable,
}

/// True if the browser lets the app keep data: `window.localStorage` can be reached (in a
/// blocked frame reading it throws) and a test entry can be written and removed (some private
/// modes refuse writes).
pub fn available() -> bool {
    const PROBE: &str = "competence-matrix.probe";
    let Some(storage) = window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    let ok = storage.set_item(PROBE, "1").is_ok();
    let _ = storage.remove_item(PROBE);
    ok
}

/// The text stored under `key`, as it is (a damaged entry must be set aside unchanged).
pub fn read(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

fn write_error(error: StorageError) -> WriteError {
    match error {
        StorageError::JsError(error) if error.name == "QuotaExceededError" => WriteError::Full,
        _ => WriteError::Unavailable,
    }
}

/// Writes `value` as JSON under `key`.
pub fn write<T: Serialize>(key: &str, value: &T) -> Result<(), WriteError> {
    LocalStorage::set(key, value).map_err(write_error)
}

/// Writes text that already is JSON (the workbook, written once and compared with what is
/// stored) under `key`, unchanged.
pub fn write_json(key: &str, json: &str) -> Result<(), WriteError> {
    let value: &serde_json::value::RawValue =
        serde_json::from_str(json).map_err(|_| WriteError::Unavailable)?;
    write(key, &value)
}

/// Copies an entry to another key exactly as stored — without passing through a Rust string,
/// which would replace a lone UTF-16 surrogate in damaged data.
pub fn copy_entry(from: &str, to: &str) -> Result<(), WriteError> {
    let storage: JsValue = LocalStorage::raw().into();
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
        .map_err(|error| {
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

pub fn remove(key: &str) {
    LocalStorage::delete(key);
}

/// Removes every key this app wrote (its data and set-aside copies), and nothing else.
pub fn remove_own_keys() {
    let storage = LocalStorage::raw();
    let keys: Vec<String> = (0..LocalStorage::length())
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| is_own_key(key))
        .collect();
    for key in keys {
        LocalStorage::delete(key);
    }
}

/// Calls `changed` with the new value whenever another tab of this browser changes `key` in
/// storage (browsers do not tell the tab that wrote it), until the listener is removed.
pub fn on_change_in_other_tab(
    key: &'static str,
    changed: impl Fn(Option<String>) + 'static,
) -> Option<super::Listener> {
    let window = window()?;
    super::listen(&window, "storage", move |event: web_sys::Event| {
        if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
            if event.key().as_deref() == Some(key) {
                changed(event.new_value());
            }
        }
    })
}
