//! The few building blocks every view is made of. Each takes its changing parts as a
//! type-erased `Signal` and its action as a `Callback`, so that the wasm holds one copy of each
//! block however often it is used: with a framework that generates code per view type, a view
//! made of twenty different closures costs twenty copies of the rendering code.
//!
//! Texts are plain `&'static str`: the shell is drawn again when the language changes (rarely),
//! instead of every text following the language on its own.

use leptos::html::Dialog;
use leptos::prelude::*;

/// A button.
#[component]
pub fn Button(
    label: Signal<String>,
    #[prop(default = "")] class: &'static str,
    #[prop(optional)] pressed: Option<Signal<bool>>,
    on: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            aria-pressed=move || pressed.map(|p| p.get().to_string())
            on:click=move |_| on.run(())
        >
            {label}
        </button>
    }
}

/// A fixed label, as the buttons want it.
pub fn text(label: &'static str) -> Signal<String> {
    Signal::stored(label.to_string())
}

/// A labelled drop-down list of (value, text) options.
#[component]
pub fn Select(
    label: &'static str,
    options: Signal<Vec<(String, String)>>,
    selected: Signal<String>,
    on: Callback<String>,
    #[prop(default = "field")] class: &'static str,
) -> impl IntoView {
    view! {
        <label class=class>
            <span class="caption">{label}</span>
            <select on:change=move |ev| on.run(event_target_value(&ev))>
                {move || {
                    let selected = selected.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(value, text)| {
                            let chosen = value == selected;
                            view! { <option value=value selected=chosen>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}

/// A labelled text field (or a date, or a text area when `kind` is "area").
#[component]
pub fn Field(
    label: &'static str,
    value: Signal<String>,
    on: Callback<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(default = 200)] max: usize,
    #[prop(default = "")] hint: &'static str,
) -> impl IntoView {
    let input = if kind == "area" {
        view! {
            <textarea
                rows="3"
                maxlength=max
                placeholder=hint
                prop:value=value
                on:input=move |ev| on.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type=kind
                maxlength=max
                autocomplete=autocomplete
                prop:value=value
                on:input=move |ev| on.run(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <label class="field">
            <span class="caption">{label}</span>
            {input}
        </label>
    }
}

/// A labelled checkbox.
#[component]
pub fn Check(label: Signal<String>, checked: Signal<bool>, on: Callback<bool>) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=checked on:change=move |ev| on.run(event_target_checked(&ev)) />
            <span>{label}</span>
        </label>
    }
}

/// Markup written by `core` (a document, a matrix), in a container. `data-doc` tells the
/// print sheet which document it is.
#[component]
pub fn Markup(
    html: Signal<String>,
    #[prop(default = "doc-frame")] class: &'static str,
    #[prop(default = "")] doc: &'static str,
) -> impl IntoView {
    view! { <div class=class data-doc=(!doc.is_empty()).then_some(doc) inner_html=html></div> }
}

/// A modal confirmation: the native `<dialog>` gives focus trapping and Escape for free.
#[component]
pub fn Confirm(
    open: RwSignal<bool>,
    /// Prefix for the ids that name and describe the dialog.
    id: &'static str,
    title: Signal<String>,
    body: &'static str,
    confirm: &'static str,
    cancel: &'static str,
    on: Callback<()>,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move || {
        let wanted = open.get();
        if let Some(dialog) = dialog.get() {
            if wanted && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !wanted && dialog.open() {
                dialog.close();
            }
        }
    });
    let (title_id, body_id) = (format!("{id}-title"), format!("{id}-body"));
    let (labelled_by, described_by) = (title_id.clone(), body_id.clone());
    view! {
        <dialog
            node_ref=dialog
            aria-labelledby=labelled_by
            aria-describedby=described_by
            on:close=move |_| open.set(false)
        >
            <h2 id=title_id>{title}</h2>
            <p id=body_id>{body}</p>
            <div class="dialog-actions">
                <Button label=text(cancel) class="secondary" on=Callback::new(move |_| open.set(false)) />
                <Button
                    label=text(confirm)
                    class="danger"
                    on=Callback::new(move |_| {
                        on.run(());
                        open.set(false);
                    })
                />
            </div>
        </dialog>
    }
}
