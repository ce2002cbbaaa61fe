//! The few building blocks every view is made of: a button, a list to choose from, a text
//! field, a check box, a container for markup written by `core`, a confirmation. Each boxes
//! its changing parts at once, so that the wasm holds one copy of each block however often it
//! is used.
//!
//! Texts are plain `&'static str`: the shell is drawn again when the language changes (rarely),
//! instead of every text following the language on its own.

use super::reactive::*;
use wasm_bindgen::{JsCast, JsValue};

use super::dom::{h, watch, H};

/// A button.
pub fn button(label: &str, class: &str, on: impl Fn() + 'static) -> H {
    h("button")
        .at("type", "button")
        .cls(class)
        .tx(label)
        .on("click", move |_| on())
}

/// A button that shows whether it is on (a tab, a language).
pub fn toggle(label: &str, pressed: impl Fn() -> bool + 'static, on: impl Fn() + 'static) -> H {
    button(label, "", on).attr_with("aria-pressed", move || Some(pressed().to_string()))
}

/// A section under a heading that names it.
pub fn headed(class: &str, id: &str, heading: &str) -> H {
    h("section")
        .cls(class)
        .at("aria-labelledby", id)
        .ch(h("h2").at("id", id).tx(heading))
}

/// A caption above a control, the two in one label.
fn labelled(class: &str, caption: &str, control: H) -> H {
    h("label")
        .cls(class)
        .ch(h("span").cls("caption").tx(caption))
        .ch(control)
}

/// A labelled drop-down list of (value, text) options.
pub fn select(
    label: &str,
    class: &str,
    options: impl Fn() -> Vec<(String, String)> + 'static,
    selected: impl Fn() -> String + 'static,
    on: impl Fn(String) + 'static,
) -> H {
    select_boxed(
        label,
        class,
        Box::new(options),
        Box::new(selected),
        Box::new(on),
    )
}

fn select_boxed(
    label: &str,
    class: &str,
    options: Box<dyn Fn() -> Vec<(String, String)>>,
    selected: Box<dyn Fn() -> String>,
    on: Box<dyn Fn(String)>,
) -> H {
    let list = h("select");
    let element: web_sys::HtmlSelectElement = list.0.clone().unchecked_into();
    let drawn = element.clone();
    watch(move || {
        let chosen = selected();
        drawn.set_text_content(None);
        for (value, text) in options() {
            let option = h("option").at("value", &value).tx(&text);
            if value == chosen {
                option.0.set_attribute("selected", "").ok();
            }
            drawn.append_child(&option.0).ok();
        }
        drawn.set_value(&chosen);
    });
    let list = list.on("change", move |_| on(element.value()));
    labelled(if class.is_empty() { "field" } else { class }, label, list)
}

/// What a text field is for, beyond its label.
pub struct FieldKind {
    /// `text`, `date`, or `area` for a text area.
    pub kind: &'static str,
    pub autocomplete: &'static str,
    pub max: usize,
    pub hint: &'static str,
}

impl FieldKind {
    pub const TEXT: FieldKind = FieldKind {
        kind: "text",
        autocomplete: "off",
        max: 200,
        hint: "",
    };
}

/// A labelled text field (or a date, or a text area).
pub fn field(
    label: &str,
    of: FieldKind,
    value: impl Fn() -> String + 'static,
    on: impl Fn(String) + 'static,
) -> H {
    field_boxed(label, of, Box::new(value), Box::new(on))
}

fn field_boxed(
    label: &str,
    of: FieldKind,
    value: Box<dyn Fn() -> String>,
    on: Box<dyn Fn(String)>,
) -> H {
    let input = if of.kind == "area" {
        h("textarea").at("rows", "3").at("placeholder", of.hint)
    } else {
        h("input")
            .at("type", of.kind)
            .at("autocomplete", of.autocomplete)
    };
    let typed = input.0.clone();
    let input = input
        .at("maxlength", &of.max.to_string())
        .prop_with("value", move || JsValue::from_str(&value()))
        .on("input", move |_| {
            let value = js_sys::Reflect::get(&typed, &JsValue::from_str("value"))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            on(value)
        });
    labelled("field", label, input)
}

/// A labelled checkbox.
pub fn check(label: &str, checked: impl Fn() -> bool + 'static, on: impl Fn(bool) + 'static) -> H {
    let input = h("input").at("type", "checkbox");
    let element: web_sys::HtmlInputElement = input.0.clone().unchecked_into();
    let input = input
        .prop_with("checked", move || JsValue::from_bool(checked()))
        .on("change", move |_| on(element.checked()));
    h("label").cls("check").ch(input).ch(h("span").tx(label))
}

/// Markup written by `core` (a document, a matrix), in a container. `data-doc` tells the
/// print sheet which document it is.
pub fn markup(class: &str, doc: &str, html: impl Fn() -> String + 'static) -> H {
    let frame = h("div").cls(class);
    let frame = if doc.is_empty() {
        frame
    } else {
        frame.at("data-doc", doc)
    };
    let element = frame.0.clone();
    watch(move || element.set_inner_html(&html()));
    frame
}

/// A modal confirmation: the native `<dialog>` gives focus trapping and Escape for free.
pub struct Confirm {
    /// Prefix for the ids that name and describe the dialog.
    pub id: &'static str,
    pub body: &'static str,
    pub confirm: &'static str,
    pub cancel: &'static str,
}

impl Confirm {
    /// The dialog, open while `open` holds; its title follows the signals `title` reads.
    pub fn view(
        self,
        open: RwSignal<bool>,
        title: impl Fn() -> String + 'static,
        on: impl Fn() + 'static,
    ) -> H {
        self.view_boxed(open, Box::new(title), Box::new(on))
    }

    fn view_boxed(
        self,
        open: RwSignal<bool>,
        title: Box<dyn Fn() -> String>,
        on: Box<dyn Fn()>,
    ) -> H {
        let (title_id, body_id) = (format!("{}-title", self.id), format!("{}-body", self.id));
        let dialog = h("dialog")
            .at("aria-labelledby", &title_id)
            .at("aria-describedby", &body_id)
            .on("close", move |_| open.set(false))
            .ch(h("h2").at("id", &title_id).text_with(title))
            .ch(h("p").at("id", &body_id).tx(self.body))
            .ch(h("div")
                .cls("dialog-actions")
                .ch(button(self.cancel, "secondary", move || open.set(false)))
                .ch(button(self.confirm, "danger", move || {
                    on();
                    open.set(false);
                })));
        let element: web_sys::HtmlDialogElement = dialog.0.clone().unchecked_into();
        watch(move || {
            let wanted = open.get();
            if wanted && !element.open() {
                let _ = element.show_modal();
            } else if !wanted && element.open() {
                element.close();
            }
        });
        dialog
    }
}
