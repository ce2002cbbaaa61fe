//! The host page and the platform: the console, the theme a host asks for, the frame's height,
//! the service worker.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{document, property, root_element, window};

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
