//! Browser plumbing, all in one place: storage, the page, the address, fetching, sharing,
//! compression, the host page. Everything that can fail returns a value; nothing here panics on
//! what the browser or the network hands back, and every API that a browser may lack (or that
//! throws in a sandboxed frame) is looked up first.

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
    web_sys::window()
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
