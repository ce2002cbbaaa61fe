//! The page: its language and colour scheme, what the printer gets, the pre-rendered copy the
//! app takes over, frames, idle time and events of the window.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{document, property, root_element, window};

/// A listener added to the page, until [`Listener::remove`] takes it off (the components that
/// add one remove it when they go: `ui::listening::while_mounted`).
pub struct Listener {
    target: web_sys::EventTarget,
    event: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    /// How many listeners [`listen`] has on the page now.
    static LISTENING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many listeners the app has added with [`listen`] and not yet removed (the component
/// tests check that an unmounted app leaves none).
pub fn listeners_on_page() -> usize {
    LISTENING.with(|n| n.get())
}

impl Listener {
    pub fn remove(self) {
        LISTENING.with(|n| n.set(n.get().saturating_sub(1)));
        let _ = self
            .target
            .remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
    }
}

/// Calls `listener` on every `event` at `target`, until the returned listener is removed.
pub fn listen(
    target: &web_sys::EventTarget,
    event: &'static str,
    listener: impl FnMut(web_sys::Event) + 'static,
) -> Option<Listener> {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(listener);
    target
        .add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())
        .ok()?;
    LISTENING.with(|n| n.set(n.get() + 1));
    Some(Listener {
        target: target.clone(),
        event,
        closure,
    })
}

/// Calls `leaving` when the page is hidden or unloaded (tab closed, app switched, navigation):
/// the last moment to save.
pub fn on_leave(leaving: impl Fn() + Clone + 'static) -> Vec<Listener> {
    let on_hide = leaving.clone();
    let hidden = window().and_then(|w| listen(&w, "pagehide", move |_| on_hide()));
    let switched = document().and_then(|document| {
        let visibility = document.clone();
        listen(&document, "visibilitychange", move |_| {
            if visibility.visibility_state() == web_sys::VisibilityState::Hidden {
                leaving();
            }
        })
    });
    hidden.into_iter().chain(switched).collect()
}

/// Runs `then` once the next frame has been painted: work that may wait, after what the user
/// sees first.
pub fn after_paint(then: impl FnOnce() + 'static) {
    // Natively (the build's first paint) nothing is ever painted: it does not run.
    let Some(window) = window() else {
        drop(then);
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

/// Scrolls the element `id` names (an item's name) so that its row starts the screen, below
/// what stays at the top (the stylesheet's scroll padding), and, with `focus`, puts the focus
/// on the row's first choice. A row still to be drawn (a long profile draws a part per frame)
/// is waited for, a few frames at most.
pub fn bring_into_view(id: String, focus: bool) {
    let mut frames = 0;
    each_frame(move || {
        frames += 1;
        let found = window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id));
        let Some(name) = found else {
            return frames < 120;
        };
        let row = name.parent_element().unwrap_or(name);
        let at = web_sys::ScrollIntoViewOptions::new();
        at.set_block(web_sys::ScrollLogicalPosition::Start);
        row.scroll_into_view_with_scroll_into_view_options(&at);
        if focus {
            let choice = row
                .query_selector("input")
                .ok()
                .flatten()
                .and_then(|input| input.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(choice) = choice {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = choice.focus_with_options(&options);
            }
        }
        false
    });
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
    if let Some(root) = root_element() {
        let _ = root.set_attribute("lang", code);
    }
}

/// Sets `<html data-theme>` (none: as the device says), which the stylesheet's colours follow.
pub fn set_document_theme(theme: crate::core::visit::theme::Theme) {
    let Some(root) = root_element() else { return };
    let _ = match theme {
        crate::core::visit::theme::Theme::Device => root.remove_attribute("data-theme"),
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

/// Puts `message` at the top of the page as an alert, when the app cannot start for want of
/// texts: the pre-rendered page stays below it.
pub fn show_without_texts(message: &str) {
    let Some(document) = document() else { return };
    if let (Ok(alert), Some(body)) = (document.create_element("p"), document.body()) {
        let _ = alert.set_attribute("role", "alert");
        let _ = alert.set_attribute("class", "no-texts");
        alert.set_text_content(Some(message));
        let _ = body.prepend_with_node_1(&alert);
    }
    mark_ready();
}

/// The folder of this build's language files, as the build wrote it on the page's <html>
/// element (`data-locales`); `locales` when the page has none.
pub fn locales_folder() -> String {
    root_element()
        .and_then(|root| root.get_attribute("data-locales"))
        .unwrap_or_else(|| "locales".to_string())
}

/// The stylesheet of the later-loading views (`style/views.css`), which the page does not link:
/// the build names it on `<html data-views-css>` with its integrity, and the first view that
/// needs it links it here and waits until it applies, so that no view shows unstyled. Without
/// the name (the component tests) there is nothing to wait for; a sheet that cannot be fetched
/// leaves the view to show plain rather than not at all.
pub async fn views_stylesheet() {
    let Some(link) = link_views_stylesheet() else {
        return;
    };
    // Loaded (or failed) already: a loaded sheet has its `sheet`; a flag marks either end.
    let loaded = |link: &web_sys::Element| {
        link.has_attribute("data-settled")
            || property(link, "sheet").is_some_and(|sheet| !sheet.is_null())
    };
    if loaded(&link) {
        return;
    }
    let settled = js_sys::Promise::new(&mut |resolve, _| {
        let once = web_sys::AddEventListenerOptions::new();
        once.set_once(true);
        for event in ["load", "error"] {
            let _ = link.add_event_listener_with_callback_and_add_event_listener_options(
                event, &resolve, &once,
            );
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(settled).await;
    let _ = link.set_attribute("data-settled", "");
}

/// Links the views' stylesheet (see [`views_stylesheet`]), unless it is linked: its `<link>`.
pub fn link_views_stylesheet() -> Option<web_sys::Element> {
    let document = document()?;
    if let Some(link) = document.get_element_by_id("views-css") {
        return Some(link);
    }
    let root = document.document_element()?;
    let href = root.get_attribute("data-views-css")?;
    let link = document.create_element("link").ok()?;
    let _ = link.set_attribute("id", "views-css");
    let _ = link.set_attribute("rel", "stylesheet");
    if let Some(integrity) = root.get_attribute("data-views-css-integrity") {
        let _ = link.set_attribute("integrity", &integrity);
    }
    let _ = link.set_attribute("href", &href);
    document.head()?.append_child(&link).ok()?;
    Some(link)
}

/// Marks the page as taken over by the app: tests wait for it, and a host page is told.
pub fn mark_ready() {
    if let Some(root) = root_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
    super::tell_host_ready();
}

/// The markup shipped in the page before the code arrived (one copy per language): the inputs
/// a visitor already changed there, as (name, value) pairs, so that no click is lost; then the
/// copies are removed. Names in the copies after the first carry a prefix that is taken off here.
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
                        // A copy after the first prefixes its names with its language
                        // (`nl-ar3`); the matrix's own names hold no hyphen.
                        let name = name.rsplit_once('-').map_or(&*name, |(_, own)| own);
                        changed.push((name.to_string(), value));
                    }
                }
            }
        }
        copy.remove();
    }
    changed
}

/// Whether the media query (one of the stylesheet's breakpoints) holds now; `changed` is called
/// with the answer whenever it changes (a window resized, a phone turned), until the listener
/// is removed.
pub fn media_matches(query: &str, changed: impl Fn(bool) + 'static) -> (bool, Option<Listener>) {
    let Some(list) = window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return (false, None);
    };
    let watched = list.clone();
    let listener = listen(&list, "change", move |_| changed(watched.matches()));
    (list.matches(), listener)
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
        drop(then);
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

/// Calls `printing` when the user is about to print, until the listener is removed.
pub fn on_before_print(printing: impl Fn() + 'static) -> Option<Listener> {
    let window = window()?;
    listen(&window, "beforeprint", move |_| printing())
}
