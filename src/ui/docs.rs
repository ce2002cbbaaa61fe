//! The views that show a document: the summary, the comparison, and what came in from a link
//! or a file. The documents are written by `core::report`; these views add the controls.

use leptos::prelude::*;

use super::kit::{text, Button, Check, Confirm, Markup, Select};
use super::matrix::ActionStatus;
use super::session::use_session;
use crate::core::compare::Order;
use crate::core::exchange::{self, Incoming};
use crate::core::link::{self, LinkKind};
use crate::core::report;
use crate::core::summary::summarize;
use crate::core::texts::fill;
use crate::core::workbook::{role_title, Entry, Import};
use crate::web;

/// The file input behind an "Import file" button.
#[component]
pub fn ImportButton() -> impl IntoView {
    let session = use_session();
    view! {
        <label class="file-button">
            <input
                type="file"
                accept=".json,application/json"
                class="sr-only"
                on:change=move |ev| session.open_file(event_target(&ev))
            />
            <span>{session.t_untracked().import_file}</span>
        </label>
    }
}

#[component]
pub fn SummaryPane() -> impl IntoView {
    let session = use_session();
    let t = session.t_untracked();
    let share = Callback::new(move |_| {
        let shared = session.shared_current();
        let body = link::assessment_body(session.profile, &shared);
        let file = (session.export_name(), exchange::export(&shared));
        session.share_link(
            LinkKind::Assessment,
            body,
            t.summary_title.to_string(),
            Some(file),
        );
    });
    let export = Callback::new(move |_| {
        web::download(
            &session.export_name(),
            &exchange::export(&session.shared_current()),
            "application/json",
        );
    });
    let roles = Signal::derive(move || {
        let mut options = vec![(String::new(), t.aim_none.to_string())];
        options.extend(session.role_titles());
        options
    });
    view! {
        <Show when=move || { roles.with(|r| r.len() > 1) }>
            <Select
                label=t.aim_label
                class="field aim"
                options=roles
                selected=Signal::derive(move || session.aim())
                on=Callback::new(move |id| session.set_aim(id))
            />
        </Show>
        <div class="summary-actions">
            <Button label=text(t.print) on=Callback::new(move |_| web::print("summary", "summary")) />
            <Button label=text(t.copy_text) class="secondary" on=Callback::new(move |_| session.copy(session.summary_doc().text_form())) />
            <Button label=text(t.share_link) class="secondary" on=share />
            <Button label=text(t.export_file) class="secondary" on=export />
            <ImportButton />
            <ActionStatus />
        </div>
        // Drawn after the first frame: the matrix comes first.
        <Markup
            doc="summary"
            html=Signal::derive(move || if session.painted.get() { session.summary_doc().html() } else { String::new() })
        />
    }
}

#[component]
pub fn ComparePane() -> impl IntoView {
    let session = use_session();
    let t = session.t_untracked();
    let result = Memo::new(move |_| session.comparison_doc());
    let titles = Signal::derive(move || session.entry_titles());
    let picked = move |second: bool| {
        Signal::derive(move || {
            let (a, b) = session.compared_ids();
            if second {
                b
            } else {
                a
            }
        })
    };
    let pick = move |second: bool| {
        Callback::new(move |id: String| {
            session
                .compare_ids
                .update(|(a, b)| if second { *b = id } else { *a = id })
        })
    };
    let orders = Signal::stored(vec![
        ("difference".to_string(), t.order_difference.to_string()),
        ("profile".to_string(), t.order_profile.to_string()),
    ]);
    let copy = Callback::new(move |_| {
        if let Ok(doc) = result.get_untracked() {
            session.copy(doc.text_form());
        }
    });
    view! {
        <section class="compare-controls" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{t.compare_heading}</h2>
            <p>{t.compare_intro}</p>
            <div class="bar-row">
                <Select label=t.compare_first options=titles selected=picked(false) on=pick(false) />
                <Select label=t.compare_second options=titles selected=picked(true) on=pick(true) />
                <Select
                    label=t.order_label
                    options=orders
                    selected=Signal::derive(move || {
                        if session.compare_order.get() == Order::Profile { "profile" } else { "difference" }.to_string()
                    })
                    on=Callback::new(move |value: String| {
                        session.compare_order.set(if value == "profile" { Order::Profile } else { Order::Disagreement })
                    })
                />
                <Check
                    label=text(t.only_differences)
                    checked=session.only_differences.into()
                    on=Callback::new(move |on| session.only_differences.set(on))
                />
            </div>
            <div class="summary-actions">
                <Button label=text(t.print) on=Callback::new(move |_| web::print("compare", "compare")) />
                <Button label=text(t.copy_text) class="secondary" on=copy />
                <ActionStatus />
            </div>
            <p class="problem-line" role="status">{move || result.get().err()}</p>
        </section>
        <Markup doc="compare" html=Signal::derive(move || result.get().map(|d| d.html()).unwrap_or_default()) />
    }
}

/// What came in from a link or a file: read-only, with the choice of what to do with it.
#[component]
pub fn IncomingView(incoming: Incoming) -> impl IntoView {
    let session = use_session();
    let t = session.t_untracked();
    let lang = session.lang.get_untracked();
    let confirm_open = RwSignal::new(false);
    let back = Callback::new(move |_| session.close_incoming());
    match incoming {
        Incoming::Assessment(shared) => {
            let default = session.default_import(&shared);
            let entry = Entry {
                name: shared.name.clone(),
                date: shared.date.clone(),
                perspective: shared.perspective,
                person: shared.person.clone(),
                assessment: shared.assessment.clone(),
                ..Entry::default()
            };
            let who = entry.person.name.trim();
            let whose = fill(
                t.shared_whose,
                &[
                    ("view", entry.perspective.label(lang)),
                    ("who", if who.is_empty() { t.someone } else { who }),
                    ("date", &entry.date),
                ],
            );
            let summary = summarize(session.profile, &entry.assessment);
            let html = report::summary_doc(session.profile, &entry, &summary, None, lang).html();
            let over = Callback::new(move |_| {
                if session.import_needs_confirmation() {
                    confirm_open.set(true);
                } else {
                    session.take_incoming(Import::OverCurrent);
                }
            });
            let (first, second) = match default {
                Import::AsNew => ("", "secondary"),
                Import::OverCurrent => ("secondary", ""),
            };
            let title =
                Signal::derive(move || fill(t.import_over, &[("x", &session.current_title())]));
            view! {
                <section class="incoming" aria-labelledby="incoming-heading">
                    <h2 id="incoming-heading">{t.shared_heading}</h2>
                    <p class="whose">{whose}</p>
                    <p>{t.shared_intro}</p>
                    <div class="summary-actions">
                        <Button label=text(t.add_as_new) class=first on=Callback::new(move |_| session.take_incoming(Import::AsNew)) />
                        <Button label=title class=second on=over />
                        <Button label=text(t.rate_myself) class="secondary" on=Callback::new(move |_| session.rate_alongside()) />
                        <Button label=text(t.print) class="secondary" on=Callback::new(move |_| web::print("summary", "summary")) />
                        <Button label=text(t.back_to_mine) class="secondary" on=back />
                    </div>
                </section>
                <Markup doc="summary" html=Signal::stored(html) />
                <Confirm
                    open=confirm_open
                    id="replace"
                    title=Signal::derive(move || fill(t.replace_title, &[("x", &session.current_title())]))
                    body=t.replace_body
                    confirm=t.replace_confirm
                    cancel=t.cancel
                    on=Callback::new(move |_| session.take_incoming(Import::OverCurrent))
                />
            }
            .into_any()
        }
        Incoming::Role(role) => {
            let title = role_title(&role, lang);
            let html = report::job_description_doc(session.profile, &role, lang).html();
            view! {
                <section class="incoming" aria-labelledby="incoming-heading">
                    <h2 id="incoming-heading">{t.shared_role_heading}</h2>
                    <p class="whose">{title}</p>
                    <p>{t.shared_role_intro}</p>
                    <div class="summary-actions">
                        <Button label=text(t.add_role) on=Callback::new(move |_| session.take_incoming_role()) />
                        <Button label=text(t.print) class="secondary" on=Callback::new(move |_| web::print("job", "job")) />
                        <Button label=text(t.back_to_mine) class="secondary" on=back />
                    </div>
                </section>
                <Markup doc="job" html=Signal::stored(html) />
            }
            .into_any()
        }
    }
}
