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

/// Sets a CSS custom property on the root element. Values are validated in `core::visit::embed`;
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

/// The message the app posts to its host page once its first screen is shown (the matrix, or
/// why there is none): `{ "type": "competence-matrix:ready" }`. A frame navigated before that
/// would cut its own loading short; the previews (`ui::previews`) wait for it.
pub const READY_MESSAGE: &str = "competence-matrix:ready";

/// Tells the host page, when there is one, that the app's first screen is shown.
pub fn tell_host_ready() {
    if !in_frame() {
        return;
    }
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = Reflect::set(&message, &"type".into(), &READY_MESSAGE.into());
    let _ = parent.post_message(&message, "*");
}

/// True when `event` is the app in `frame` saying it is ready.
pub fn is_ready_message(event: &web_sys::MessageEvent, frame: &web_sys::HtmlIFrameElement) -> bool {
    let from_frame = match (event.source(), frame.content_window()) {
        (Some(source), Some(window)) => js_sys::Object::is(&source, &window),
        _ => false,
    };
    from_frame
        && Reflect::get(&event.data(), &"type".into())
            .ok()
            .and_then(|kind| kind.as_string())
            .is_some_and(|kind| kind == READY_MESSAGE)
}

/// Tells the host page the content height whenever it changes, so that the host can size the
/// iframe without a scrollbar. Nothing is read from the host.
///
/// The observer only asks for a frame: the height is measured and posted from there, once per
/// frame and only when it changed. A host that resizes the frame at once would otherwise change
/// the layout while the browser is still delivering the observer's notifications, which Firefox
/// reports as an error ("ResizeObserver loop completed with undelivered notifications").
pub fn report_height_to_host() {
    use std::cell::Cell;
    use std::rc::Rc;

    let Some(window) = window() else { return };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
    let asked = Rc::new(Cell::new(false));
    let last = Rc::new(Cell::new(-1));
    let post = {
        let (asked, last) = (asked.clone(), last.clone());
        Closure::<dyn FnMut()>::new(move || {
            asked.set(false);
            let height = body.offset_height();
            if height == last.get() {
                return;
            }
            last.set(height);
            let message = js_sys::Object::new();
            let _ = Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = Reflect::set(&message, &"height".into(), &f64::from(height).into());
            let _ = parent.post_message(&message, "*");
        })
    };
    let observed = document().and_then(|d| d.body());
    let frame = window.clone();
    let changed = Closure::<dyn FnMut()>::new(move || {
        if !asked.replace(true) {
            let _ = frame.request_animation_frame(post.as_ref().unchecked_ref());
        }
    });
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(changed.as_ref().unchecked_ref()),
        observed,
    ) {
        observer.observe(&body);
        // Both live as long as the page.
        changed.forget();
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
