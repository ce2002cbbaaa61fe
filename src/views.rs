//! The views module: a second wasm module that the page loads when one of its views opens (see
//! `ui::remote` and `ui::views_module`). It keeps the main module's first load smaller.
//! The main module calls `connect` once, then `mount`, `unmount`, `follow` and `answer`.

use std::cell::Cell;

use competence_matrix::core::lang::Lang;
use competence_matrix::core::profile::Profile;
use competence_matrix::ui::remote::Remote;
use competence_matrix::ui::views_module;
use wasm_bindgen::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
}

thread_local! {
    static PROFILE: Cell<Option<&'static Profile>> = const { Cell::new(None) };
}

fn lang(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or(Lang::En)
}

/// Draws the view named `view` into `host`. The profile file is read once; the main module has
/// read the same text already, so a refusal here means the two modules do not belong together.
#[wasm_bindgen]
pub fn mount(
    view: &str,
    host: web_sys::HtmlElement,
    profile: &str,
    lang_code: &str,
    embedded: bool,
    book: String,
) -> Result<(), JsError> {
    let view = Remote::from_name(view).ok_or_else(|| JsError::new("unknown view"))?;
    let profile = match PROFILE.with(Cell::get) {
        Some(profile) => profile,
        None => {
            let parsed =
                Profile::from_json(profile).map_err(|_| JsError::new("unreadable profile"))?;
            let parsed: &'static Profile = Box::leak(Box::new(parsed));
            PROFILE.with(|p| p.set(Some(parsed)));
            parsed
        }
    };
    views_module::mount(view, host, profile, lang(lang_code), embedded, book);
    Ok(())
}

#[wasm_bindgen]
pub fn unmount(view: &str) {
    if let Some(view) = Remote::from_name(view) {
        views_module::unmount(view);
    }
}

/// Where the views module's messages to the main module go (see `core::remote::Handback`).
#[wasm_bindgen]
pub fn connect(send: js_sys::Function) {
    views_module::reply_to(move |message| {
        if let Err(error) = send.call1(&JsValue::NULL, &message.into()) {
            web_sys::console::warn_2(&"Competence Matrix: a change was not taken".into(), &error);
        }
    });
}

#[wasm_bindgen]
pub fn answer(name: String, value: String) {
    views_module::answer(name, value);
}

#[wasm_bindgen]
pub fn follow(book: String, lang_code: &str) {
    views_module::follow(book, lang(lang_code));
}
