//! Browser plumbing, all in one place: storage, the page, the address, fetching, sharing,
//! compression, the host page. Everything that can fail returns a value; nothing here panics on
//! what the browser or the network hands back, and every API that a browser may lack (or that
//! throws in a sandboxed frame) is looked up first.
//!
//! Natively — where the build renders the first paint from the app's components
//! (`ui::first_paint`) — there is no browser: no window is found, so nothing is stored, read,
//! listened to or fetched, the address is empty, and nothing waits for a paint that never comes.

mod address;
mod compress;
mod host;
mod page;
mod share;
mod storage;

pub use address::*;
pub use compress::*;
pub use host::*;
pub use page::*;
pub use share::*;
pub use storage::*;

use wasm_bindgen::JsValue;

fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    return None;
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

fn root_element() -> Option<web_sys::Element> {
    document()?.document_element()
}

/// `object[name]`, or `None` when it is missing or reading it throws.
fn property(object: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}
