//! The matrix views: the assessments bar above them, the progress line, and the matrix itself —
//! markup from `core::markup`, with one listener that turns any change into an answer.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::kit::{text, Button, Check, Confirm, Field, Markup, Select};
use super::session::{use_session, EntryField, View};
use crate::core::assessment::Perspective;
use crate::core::markup::{parse_name, rows_id, MatrixKind, MatrixParts, ROWS_PER_PART};
use crate::core::texts::fill;
use crate::web;

/// The name and value of the input that changed.
fn changed_input(target: &web_sys::Element) -> Option<(String, String)> {
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        Some((input.name(), input.value()))
    } else if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        Some((select.name(), select.value()))
    } else {
        let area = target.dyn_ref::<web_sys::HtmlTextAreaElement>()?;
        Some((area.name(), area.value()))
    }
}

/// A matrix drawn from markup. A change to any of its inputs is read from the input's name
/// (which item, which field) and written by the session, which returns the row's new line.
#[component]
pub fn MatrixView(
    kind: MatrixKind,
    html: Signal<MatrixParts>,
    class: Signal<String>,
) -> impl IntoView {
    let session = use_session();
    let changed = move |ev: web_sys::Event| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Some((name, value)) = changed_input(&target) else {
            return;
        };
        let Some((_, input, position)) = parse_name(&name).filter(|(of, _, _)| *of == kind) else {
            return;
        };
        if let Some(change) = session.answer(kind, input, position, &value) {
            if let Some(line) = change.line {
                web::set_row_text(&target, ".chosen", &line);
            }
            if let Some((id, text)) = change.count {
                web::set_text_by_id(&id, &text);
            }
        }
    };
    // Set on every redraw, even when the markup is the same as before: the browser's own state
    // (a radio the user checked) must give way to the workbook's after an erase or a take-over.
    // A large profile's further rows follow one part per frame; a newer redraw stops them.
    let node = NodeRef::<leptos::html::Div>::new();
    let drawn = StoredValue::new(0u64);
    Effect::new(move || {
        let MatrixParts { first, later } = html.get();
        let Some(node) = node.get() else { return };
        node.set_inner_html(&first);
        drawn.update_value(|n| *n += 1);
        let generation = drawn.get_value();
        let mut next = later.start;
        web::each_frame(move || {
            // A newer drawing (or a view that is gone) stops the rest of this one.
            if drawn.try_get_value() != Some(generation) || next >= later.end {
                return false;
            }
            let until = (next + ROWS_PER_PART).min(later.end);
            for (block, part) in session.matrix_rows(kind, next..until) {
                web::append_html(&rows_id(kind, block), &part);
            }
            next = until;
            next < later.end
        });
    });
    view! { <div class=class node_ref=node on:change=changed on:input=changed></div> }
}

/// The assessment on screen: pick another, make a new one or a copy, name it, date it, say
/// whose view it is and whom it is about, or delete it.
#[component]
pub fn AssessmentBar() -> impl IntoView {
    let session = use_session();
    let t = session.t_untracked();
    let delete_open = RwSignal::new(false);
    let field = move |label: &'static str,
                      which: EntryField,
                      kind: &'static str,
                      autocomplete: &'static str| {
        view! {
            <Field
                label
                kind
                autocomplete
                value=Signal::derive(move || session.entry_field(which))
                on=Callback::new(move |v| session.set_entry_field(which, v))
            />
        }
    };
    let perspectives = Signal::derive(move || {
        let lang = session.lang.get();
        Perspective::ALL
            .into_iter()
            .map(|p| (p.word().to_string(), p.label(lang).to_string()))
            .collect()
    });
    view! {
        <section class="assessment-bar" aria-label=t.assessments_heading>
            <div class="bar-row">
                <Select
                    label=t.assessment
                    class="field pick"
                    options=Signal::derive(move || session.entry_titles())
                    selected=Signal::derive(move || session.current_id())
                    on=Callback::new(move |id: String| session.switch_to(&id))
                />
                <Button label=text(t.new_assessment) class="secondary" on=Callback::new(move |_| session.create(false)) />
            </div>
            <details class="about">
                <summary>{t.about_assessment}</summary>
                <div class="about-fields">
                    {field(t.assessment_name, EntryField::Name, "text", "off")}
                    {field(t.assessment_date, EntryField::Date, "date", "off")}
                    <Select
                        label=t.whose_view
                        options=perspectives
                        selected=Signal::derive(move || session.perspective().word().to_string())
                        on=Callback::new(move |word: String| {
                            if let Some(i) = Perspective::WORDS.iter().position(|w| *w == word) {
                                session.set_perspective(Perspective::ALL[i]);
                            }
                        })
                    />
                    <fieldset class="person-form">
                        <legend>{t.your_details}</legend>
                        {field(t.name, EntryField::PersonName, "text", "name")}
                        {field(t.job_title, EntryField::JobTitle, "text", "organization-title")}
                        {field(t.organisation, EntryField::Organisation, "text", "organization")}
                    </fieldset>
                    <div class="bar-row">
                        <Button label=text(t.copy_assessment) class="secondary" on=Callback::new(move |_| session.create(true)) />
                        <Button label=text(t.delete_assessment) class="danger" on=Callback::new(move |_| delete_open.set(true)) />
                    </div>
                </div>
            </details>
            <Confirm
                open=delete_open
                id="delete"
                title=Signal::derive(move || fill(t.delete_title, &[("x", &session.current_title())]))
                body=t.delete_body
                confirm=t.delete_confirm
                cancel=t.cancel
                on=Callback::new(move |_| session.delete_current())
            />
        </section>
    }
}

/// The matrix view: progress, the hints switch, the matrix, retired answers, erasing.
#[component]
pub fn MatrixPane() -> impl IntoView {
    let session = use_session();
    let t = session.t_untracked();
    let overall = Signal::derive(move || {
        let count = session.progress.get().overall;
        fill(
            t.progress_answered,
            &[
                ("answered", &count.answered.to_string()),
                ("total", &count.total.to_string()),
            ],
        )
    });
    let erase_open = RwSignal::new(false);
    let hints = Signal::derive(move || session.hints_from());
    let matrix_class = Signal::derive(move || {
        if hints.get().is_some() && !session.hints_shown.get() {
            "matrix-frame hide-hints".to_string()
        } else {
            "matrix-frame".to_string()
        }
    });
    view! {
        <div class="toolbar">
            <p class="overall" aria-live="polite">{overall}</p>
            <progress
                max=move || session.progress.get().overall.total
                value=move || session.progress.get().overall.answered
                aria-label=overall
            ></progress>
            <Button label=text(t.view_summary) class="secondary to-summary" on=Callback::new(move |_| session.view.set(View::Summary)) />
        </div>
        <Show when=move || hints.get().is_some()>
            <Check
                label=Signal::derive(move || fill(t.show_hints, &[("x", &hints.get().unwrap_or_default())]))
                checked=session.hints_shown.into()
                on=Callback::new(move |on| session.hints_shown.set(on))
            />
        </Show>
        <MatrixView kind=MatrixKind::Assessment html=Signal::derive(move || session.matrix_html()) class=matrix_class />
        <Markup html=Signal::derive(move || session.retired_html()) class="retired-frame" />
        <section class="danger-zone">
            <Button label=text(t.erase) class="danger" on=Callback::new(move |_| erase_open.set(true)) />
            <Confirm
                open=erase_open
                id="erase"
                title=text(t.erase_title)
                body=t.erase_body
                confirm=t.erase_confirm
                cancel=t.cancel
                on=Callback::new(move |_| session.erase())
            />
        </section>
    }
}

/// A status line and, when the browser would not copy, the text to select by hand.
#[component]
pub fn ActionStatus() -> impl IntoView {
    let session = use_session();
    view! {
        <p class="action-status" role="status">{move || session.status.get()}</p>
        {move || {
            session.fallback.get().map(|(label, text)| {
                view! {
                    <label class="share-url">
                        <span class="caption">{label}</span>
                        <textarea
                            readonly
                            rows="3"
                            prop:value=text
                            on:focus=move |ev| {
                                let area: web_sys::HtmlTextAreaElement = event_target(&ev);
                                area.select();
                            }
                        ></textarea>
                    </label>
                }
            })
        }}
    }
}
