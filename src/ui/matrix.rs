//! The matrix views: the assessments bar above them, the progress line, and the matrix itself —
//! markup from `core::markup`, with one listener that turns any change into an answer.

use super::reactive::*;
use wasm_bindgen::JsCast;

use super::dom::{h, switch, watch, Nodes, H};
use super::kit::{button, check, field, markup, select, Confirm, FieldKind};
use super::session::{use_session, EntryField};
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
pub fn matrix_view(
    kind: MatrixKind,
    html: impl Fn() -> MatrixParts + 'static,
    class: impl Fn() -> String + 'static,
) -> H {
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
    let frame = h("div")
        .attr_with("class", move || Some(class()))
        .on("change", changed)
        .on("input", changed);
    // Set on every redraw, even when the markup is the same as before: the browser's own state
    // (a radio the user checked) must give way to the workbook's after an erase or a take-over.
    // A large profile's further rows follow one part per frame; a newer redraw stops them.
    let node = frame.0.clone();
    let drawn = StoredValue::new(0u64);
    watch(move || {
        let MatrixParts { first, later } = html();
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
    frame
}

/// A list of the assessments to pick one from.
pub fn assessment_picker(
    selected: impl Fn() -> String + 'static,
    on: impl Fn(String) + 'static,
) -> H {
    let session = use_session();
    select(
        session.t_untracked().assessment,
        "field pick",
        move || session.entry_titles(),
        selected,
        on,
    )
}

/// The assessment on screen: pick another, make a new one or a copy, name it, date it, say
/// whose view it is and whom it is about, or delete it.
pub fn assessment_bar() -> H {
    let session = use_session();
    let t = session.t_untracked();
    let delete_open = RwSignal::new(false);
    let text_field = move |label: &'static str,
                           which: EntryField,
                           kind: &'static str,
                           autocomplete: &'static str| {
        field(
            label,
            FieldKind {
                kind,
                autocomplete,
                ..FieldKind::TEXT
            },
            move || session.entry_field(which),
            move |v| session.set_entry_field(which, v),
        )
    };
    h("section")
        .cls("assessment-bar")
        .at("aria-label", t.assessments_heading)
        .ch(h("div")
            .cls("bar-row")
            .ch(assessment_picker(
                move || session.current_id(),
                move |id| session.switch_to(&id),
            ))
            .ch(button(t.new_assessment, "secondary", move || {
                session.create(false)
            })))
        .ch(h("details")
            .cls("about")
            .ch(h("summary").tx(t.about_assessment))
            .ch(h("div")
                .cls("about-fields")
                .ch(text_field(
                    t.assessment_name,
                    EntryField::Name,
                    "text",
                    "off",
                ))
                .ch(text_field(
                    t.assessment_date,
                    EntryField::Date,
                    "date",
                    "off",
                ))
                .ch(select(
                    t.whose_view,
                    "",
                    move || {
                        let lang = session.lang.get();
                        Perspective::ALL
                            .into_iter()
                            .map(|p| (p.word().to_string(), p.label(lang).to_string()))
                            .collect()
                    },
                    move || session.perspective().word().to_string(),
                    move |word| {
                        if let Some(i) = Perspective::WORDS.iter().position(|w| *w == word) {
                            session.set_perspective(Perspective::ALL[i]);
                        }
                    },
                ))
                .ch(h("fieldset")
                    .cls("person-form")
                    .ch(h("legend").tx(t.your_details))
                    .ch(text_field(t.name, EntryField::PersonName, "text", "name"))
                    .ch(text_field(
                        t.job_title,
                        EntryField::JobTitle,
                        "text",
                        "organization-title",
                    ))
                    .ch(text_field(
                        t.organisation,
                        EntryField::Organisation,
                        "text",
                        "organization",
                    )))
                .ch(h("div")
                    .cls("bar-row")
                    .ch(button(t.copy_assessment, "secondary", move || {
                        session.create(true)
                    }))
                    .ch(button(t.delete_assessment, "danger", move || {
                        delete_open.set(true)
                    })))))
        .ch(Confirm {
            id: "delete",
            body: t.delete_body,
            confirm: t.delete_confirm,
            cancel: t.cancel,
        }
        .view(
            delete_open,
            move || fill(t.delete_title, &[("x", &session.current_title())]),
            move || session.delete_current(),
        ))
}

/// The matrix view: progress, the hints switch, the matrix, retired answers, erasing.
pub fn matrix_pane() -> Nodes {
    let session = use_session();
    let t = session.t_untracked();
    let overall = move || {
        let count = session.progress.get().overall;
        fill(
            t.progress_answered,
            &[
                ("answered", &count.answered.to_string()),
                ("total", &count.total.to_string()),
            ],
        )
    };
    let erase_open = RwSignal::new(false);
    let hints = move || session.hints_from();
    vec![
        h("div")
            .cls("toolbar")
            .ch(h("p")
                .cls("overall")
                .at("aria-live", "polite")
                .text_with(overall))
            .ch(h("progress")
                .attr_with("max", move || {
                    Some(session.progress.get().overall.total.to_string())
                })
                .attr_with("value", move || {
                    Some(session.progress.get().overall.answered.to_string())
                })
                .attr_with("aria-label", move || Some(overall())))
            .into(),
        switch(hints, move |from| {
            from.iter()
                .map(|from| {
                    check(
                        &fill(t.show_hints, &[("x", from)]),
                        move || session.hints_shown.get(),
                        move |on| session.hints_shown.set(on),
                    )
                    .into()
                })
                .collect()
        }),
        matrix_view(
            MatrixKind::Assessment,
            move || session.matrix_html(),
            move || {
                if hints().is_some() && !session.hints_shown.get() {
                    "matrix-frame hide-hints".to_string()
                } else {
                    "matrix-frame".to_string()
                }
            },
        )
        .into(),
        markup("retired-frame", "", move || session.retired_html()).into(),
        h("section")
            .cls("danger-zone")
            .ch(button(t.erase, "danger", move || erase_open.set(true)))
            .ch(Confirm {
                id: "erase",
                body: t.erase_body,
                confirm: t.erase_confirm,
                cancel: t.cancel,
            }
            .view(
                erase_open,
                move || t.erase_title.to_string(),
                move || session.erase(),
            ))
            .into(),
    ]
}

/// A status line and, when the browser would not copy, the text to select by hand.
pub fn action_status() -> Nodes {
    let session = use_session();
    vec![
        h("p")
            .cls("action-status")
            .at("role", "status")
            .text_with(move || session.status.get())
            .into(),
        switch(
            move || session.fallback.get(),
            move |fallback| {
                fallback
                    .iter()
                    .map(|(label, text)| {
                        let area = h("textarea").at("readonly", "").at("rows", "3");
                        let element: web_sys::HtmlTextAreaElement = area.0.clone().unchecked_into();
                        element.set_value(text);
                        let selected = element.clone();
                        h("label")
                            .cls("share-url")
                            .ch(h("span").cls("caption").tx(label))
                            .ch(area.on("focus", move |_| selected.select()))
                            .into()
                    })
                    .collect()
            },
        ),
    ]
}
