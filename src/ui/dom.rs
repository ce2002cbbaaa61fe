//! How the views are built: elements made with the browser's own calls, each changing part
//! bound to the signals it reads by one render effect. Leptos's signals, memos and effects keep
//! the state; this small builder replaces its `view!` rendering, which generated rendering
//! code for every distinct view type — most of the app's weight (see the README's size table).
//! The functions that do the work take boxed closures and are compiled once, whatever the view;
//! the generic ones in front of them only box (and `switch`, per use, compares its key).
//!
//! Ownership follows the reactive graph: effects and listeners made while a part is drawn
//! belong to the owner current at that time, and go when that part is drawn again or the app
//! is unmounted.

use super::reactive::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue, UnwrapThrowExt};
use web_sys::{Element, Event, Node};

/// The nodes a view is made of.
pub type Nodes = Vec<Node>;

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect_throw("the app runs in a page")
}

/// An element being built.
pub struct H(pub Element);

/// A new element.
pub fn h(tag: &str) -> H {
    H(document().create_element(tag).expect_throw("a known tag"))
}

impl From<H> for Node {
    fn from(h: H) -> Node {
        h.0.into()
    }
}

/// Runs `f` now and again whenever a signal it read changes, for as long as its owner lives.
pub fn watch(f: impl FnMut() + 'static) {
    watch_boxed(Box::new(f))
}

fn watch_boxed(mut f: Box<dyn FnMut()>) {
    // The effect stops when it is dropped: the owner's arena holds it until the owner goes.
    keep(RenderEffect::new(move |_| f()));
}

/// Holds `value` until the current owner goes.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
fn keep<T: 'static>(value: T) {
    StoredValue::new(OneThread(value));
}

/// Holds `value` until the current owner goes (natively, where the views are only compiled).
#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
fn keep<T: 'static>(value: T) {
    StoredValue::new_local(value);
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
/// A value the owner's arena may hold although it is not `Send`: wasm32 without atomics runs
/// on one thread, so no value crosses a thread. (`StoredValue::new_local` checks the thread on
/// every access, and its check costs the main module 5 KB.)
struct OneThread<T>(#[allow(dead_code)] T);

// SAFETY: this crate's views run in wasm32 builds without threads (see the cfg on lib.rs's
// allocator): there is no other thread for the value to be sent to or shared with.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<T> Send for OneThread<T> {}
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<T> Sync for OneThread<T> {}

impl H {
    /// A fixed attribute.
    pub fn at(self, name: &str, value: &str) -> H {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// The class, unless empty.
    pub fn cls(self, class: &str) -> H {
        if class.is_empty() {
            self
        } else {
            self.at("class", class)
        }
    }

    /// Fixed text after what the element holds.
    pub fn tx(self, text: &str) -> H {
        let _ = self.0.append_with_str_1(text);
        self
    }

    /// A child after what the element holds.
    pub fn ch(self, child: impl Into<Node>) -> H {
        let _ = self.0.append_child(&child.into());
        self
    }

    /// Children after what the element holds.
    pub fn kids(self, children: Nodes) -> H {
        for child in children {
            let _ = self.0.append_child(&child);
        }
        self
    }

    /// An attribute that follows the signals `value` reads; `None` removes it.
    pub fn attr_with(self, name: &'static str, value: impl Fn() -> Option<String> + 'static) -> H {
        self.bind_attr(name, Box::new(value))
    }

    fn bind_attr(self, name: &'static str, value: Box<dyn Fn() -> Option<String>>) -> H {
        let el = self.0.clone();
        watch_boxed(Box::new(move || {
            let _ = match value() {
                Some(v) => el.set_attribute(name, &v),
                None => el.remove_attribute(name),
            };
        }));
        self
    }

    /// Text content that follows the signals `text` reads (the element holds nothing else).
    pub fn text_with(self, text: impl Fn() -> String + 'static) -> H {
        self.bind_text(Box::new(text))
    }

    fn bind_text(self, text: Box<dyn Fn() -> String>) -> H {
        let el = self.0.clone();
        watch_boxed(Box::new(move || el.set_text_content(Some(&text()))));
        self
    }

    /// A property (an input's `value`, a box's `checked`) that follows the signals it reads.
    pub fn prop_with(self, name: &'static str, value: impl Fn() -> JsValue + 'static) -> H {
        self.bind_prop(name, Box::new(value))
    }

    fn bind_prop(self, name: &'static str, value: Box<dyn Fn() -> JsValue>) -> H {
        let el = self.0.clone();
        watch_boxed(Box::new(move || {
            let _ = js_sys::Reflect::set(&el, &JsValue::from_str(name), &value());
        }));
        self
    }

    /// A listener, removed with the owner.
    pub fn on(self, event: &str, listener: impl FnMut(Event) + 'static) -> H {
        self.listen(event, Box::new(listener))
    }

    fn listen(self, event: &str, listener: Box<dyn FnMut(Event)>) -> H {
        let closure = Closure::wrap(listener);
        let _ = self
            .0
            .add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        keep(closure);
        self
    }
}

/// A part drawn by `draw` now and drawn again when the signals `key` reads give a different
/// key; what was drawn before goes, with its effects and listeners.
pub fn switch<K: PartialEq + 'static>(
    key: impl Fn() -> K + 'static,
    draw: impl Fn(&K) -> Nodes + 'static,
) -> Node {
    let (mut part, node) = Part::new();
    let mut last: Option<K> = None;
    watch(move || {
        let now = key();
        if last.as_ref() != Some(&now) {
            part.draw(&|| draw(&now));
            last = Some(now);
        }
    });
    node
}

/// A part shown while `when` holds.
pub fn show(when: impl Fn() -> bool + 'static, draw: impl Fn() -> Nodes + 'static) -> Node {
    switch(when, move |shown| if *shown { draw() } else { Vec::new() })
}

/// A changing part of a view, between two markers so that it needs no element of its own. Its
/// nodes are drawn under an owner of their own, a child of the view's, so that the effect that
/// decides when to draw again does not take them with it when it merely re-reads its key.
struct Part {
    start: Node,
    end: Node,
    parent: Option<Owner>,
    drawn: Option<Owner>,
}

impl Part {
    fn new() -> (Part, Node) {
        let document = document();
        let fragment = document.create_document_fragment();
        let start: Node = document.create_comment("").into();
        let end: Node = document.create_comment("").into();
        let _ = fragment.append_child(&start);
        let _ = fragment.append_child(&end);
        let part = Part {
            start,
            end,
            parent: Owner::current(),
            drawn: None,
        };
        (part, fragment.into())
    }

    fn draw(&mut self, draw: &dyn Fn() -> Nodes) {
        // Dropping the last owner takes its effects and listeners with it.
        self.drawn = None;
        let owner = match &self.parent {
            Some(parent) => parent.with(Owner::new),
            None => Owner::new(),
        };
        let nodes = owner.with(|| untrack(draw));
        self.drawn = Some(owner);
        // The first time the markers are still in their fragment, which the view then places.
        let Some(parent) = self.end.parent_node() else {
            return;
        };
        while let Some(old) = self.start.next_sibling().filter(|n| n != &self.end) {
            let _ = parent.remove_child(&old);
        }
        for node in nodes {
            let _ = parent.insert_before(&node, Some(&self.end));
        }
    }
}

/// What `mount` drew: unmounted, with every effect and listener, when dropped.
pub struct Mounted {
    owner: Owner,
    /// The first and the last node drawn: the parts in between may have been drawn again.
    range: Option<(Node, Node)>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.owner.cleanup();
        let Some((first, last)) = self.range.take() else {
            return;
        };
        let Some(parent) = last.parent_node() else {
            return;
        };
        while let Some(node) = last.previous_sibling().filter(|n| n != &first) {
            let _ = parent.remove_child(&node);
        }
        let _ = parent.remove_child(&first);
        let _ = parent.remove_child(&last);
    }
}

/// Draws `view` under a new owner at the end of `parent`.
pub fn mount(parent: &Element, view: impl FnOnce() -> Nodes) -> Mounted {
    // Effects run on wasm-bindgen's executor; a second start is harmless.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let nodes = owner.with(view);
    let document = document();
    let (first, last): (Node, Node) = (
        document.create_comment("").into(),
        document.create_comment("").into(),
    );
    let _ = parent.append_child(&first);
    for node in nodes {
        let _ = parent.append_child(&node);
    }
    let _ = parent.append_child(&last);
    Mounted {
        owner,
        range: Some((first, last)),
    }
}

/// The body, where the app goes.
pub fn body() -> Element {
    document().body().expect_throw("a page with a body").into()
}
