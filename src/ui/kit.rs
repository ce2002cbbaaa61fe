//! The few building blocks every view is made of: a list to choose from, a text field, a check
//! box, a confirmation, a section under a heading, the line that says what an action did;
//! [`said`], a text that follows the language.

use leptos::html;
use leptos::prelude::*;

use super::session::{use_session, Session};
use crate::core::answers::change::Change;
use crate::core::words::lang::Lang;
use crate::core::words::texts::{texts, Texts};

/// A text of the language in use that follows it: only the text is drawn again when the
/// language changes (what is around it, open or typed, stays).
pub fn said(pick: fn(&'static Texts) -> &'static str) -> Signal<&'static str> {
    match use_context::<Session>() {
        Some(session) => Signal::derive(move || pick(session.texts())),
        // The page that says why the app could not start has no session; it gives its
        // language as a context of its own (`ui::start`).
        None => Signal::stored(pick(texts(use_context::<Lang>().unwrap_or_default()))),
    }
}

/// A labelled drop-down list of (value, text) options.
#[component]
pub fn Choice(
    #[prop(into)] label: Signal<&'static str>,
    #[prop(default = "field")] class: &'static str,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] selected: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <label class=class>
            <span class="caption">{label}</span>
            <select on:change=move |ev| on_change.run(event_target_value(&ev))>
                {move || {
                    let chosen = selected.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(value, text)| {
                            let on = value == chosen;
                            view! { <option value=value selected=on prop:selected=on>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}

/// What a text field is for, beyond its label.
#[derive(Clone, Copy)]
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

/// A labelled text field (or a date, or a text area). The value follows the workbook; what
/// is typed goes to `on_input` key by key (the field keeps its caret: the value is set only
/// when it differs).
#[component]
pub fn Field(
    #[prop(into)] label: Signal<&'static str>,
    #[prop(default = FieldKind::TEXT)] of: FieldKind,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
) -> impl IntoView {
    let max = of.max.to_string();
    let control = if of.kind == "area" {
        view! {
            <textarea
                rows="3"
                placeholder=of.hint
                maxlength=max
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type=of.kind
                autocomplete=of.autocomplete
                maxlength=max
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <label class="field">
            <span class="caption">{label}</span>
            {control}
        </label>
    }
}

/// A labelled checkbox.
#[component]
pub fn Check(
    #[prop(into)] label: String,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <span>{label}</span>
        </label>
    }
}

/// A section under a heading that names it.
#[component]
pub fn Headed(
    class: &'static str,
    id: &'static str,
    #[prop(into)] heading: String,
    children: Children,
) -> impl IntoView {
    view! {
        <section class=class aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            {children()}
        </section>
    }
}

/// A native `<dialog>` shown as a modal while `open` holds (focus trapping and Escape for
/// free): the node to give it, whose `close` event should set `open` back.
pub fn modal(open: RwSignal<bool>) -> NodeRef<html::Dialog> {
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let wanted = open.get();
        if let Some(dialog) = dialog.get() {
            if wanted && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !wanted && dialog.open() {
                dialog.close();
            }
        }
    });
    dialog
}

/// A modal confirmation: the native `<dialog>` gives focus trapping and Escape for free. It is
/// open while `open` holds; its title follows the signals `title` reads.
#[component]
pub fn Confirm(
    /// Prefix for the ids that name and describe the dialog.
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] body: Signal<&'static str>,
    #[prop(into)] confirm: Signal<&'static str>,
    open: RwSignal<bool>,
    #[prop(into)] on_confirm: Callback<()>,
) -> impl IntoView {
    let dialog = modal(open);
    let copy = super::page_copy::PageCopy::here();
    let (title_id, body_id) = (
        copy.id(&format!("{id}-title")),
        copy.id(&format!("{id}-body")),
    );
    let (labelled_by, described_by) = (title_id.clone(), body_id.clone());
    view! {
        <dialog
            node_ref=dialog
            aria-labelledby=labelled_by
            aria-describedby=described_by
            on:close=move |_| open.set(false)
        >
            <h2 id=title_id>{move || title.get()}</h2>
            <p id=body_id>{body}</p>
            <div class="dialog-actions">
                <button type="button" class="secondary" on:click=move |_| open.set(false)>
                    {said(|t| t.cancel)}
                </button>
                <button
                    type="button"
                    class="danger"
                    on:click=move |_| {
                        on_confirm.run(());
                        open.set(false);
                    }
                >
                    {confirm}
                </button>
            </div>
        </dialog>
    }
}

/// The line that says what an action did, and, when the browser would not copy, the text to
/// select by hand.
/// "Copy" and "Delete" for what is being edited (an assessment, a role profile): copying
/// sends `copy`, deleting opens the confirmation behind `delete_open`.
#[component]
pub fn CopyAndDelete(copy: Change, delete_open: RwSignal<bool>) -> impl IntoView {
    let session = use_session();
    view! {
        <button
            type="button"
            class="secondary"
            on:click=move |_| {
                session.apply(copy.clone());
            }
        >
            {said(|t| t.copy_assessment)}
        </button>
        <button type="button" class="danger" on:click=move |_| delete_open.set(true)>
            {said(|t| t.delete_assessment)}
        </button>
    }
}

#[component]
pub fn ActionStatus() -> impl IntoView {
    let screen = use_session().screen;
    view! {
        <p class="action-status" role="status">{move || screen.status.get()}</p>
        {move || {
            screen
                .fallback
                .get()
                .map(|(label, text)| {
                    view! {
                        <label class="share-url">
                            <span class="caption">{label}</span>
                            <textarea
                                readonly
                                rows="3"
                                prop:value=text
                                on:focus=|ev| {
                                    use wasm_bindgen::JsCast;
                                    if let Some(area) = ev
                                        .target()
                                        .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                                    {
                                        area.select();
                                    }
                                }
                            ></textarea>
                        </label>
                    }
                })
        }}
    }
}
