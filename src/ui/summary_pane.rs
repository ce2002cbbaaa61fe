//! The summary view: the role profile it is held against, printing, copying, sharing and
//! exporting it, importing a file; and the summary itself (`core::report`).

use leptos::html;
use leptos::prelude::*;

use super::contributing::Contribute;
use super::documents;
use super::documents::SummaryPage;
use super::incoming::Arrivals;
use super::kit::{ActionStatus, Choice};
use super::session::use_session;
use super::sharing::{copy, export_name, share_link, shared_current, ReadyLink};
use crate::core::answers::change::{Change, EntryField};
use crate::core::formats::exchange;
use crate::web;

/// The file input behind an "Import file" button.
#[component]
pub fn ImportButton() -> impl IntoView {
    let session = use_session();
    let arrivals = expect_context::<Arrivals>();
    let input = NodeRef::<html::Input>::new();
    view! {
        <label class="file-button">
            <input
                node_ref=input
                type="file"
                accept=".json,application/json"
                class="sr-only"
                on:change=move |_| {
                    if let Some(input) = input.get() {
                        arrivals.open_file(session, input);
                    }
                }
            />
            <span>{session.t().doc().import_file}</span>
        </label>
    }
}

#[component]
pub fn SummaryPane() -> impl IntoView {
    let session = use_session();
    let t = session.t();
    let link = ReadyLink::assessment(session);
    let share = move |_| {
        let file = (
            export_name(session),
            exchange::export(&shared_current(session)),
        );
        share_link(session, link, t.doc().summary_title.to_string(), Some(file));
    };
    let export = move |_| {
        web::download(
            &export_name(session),
            &exchange::export(&shared_current(session)),
            "application/json",
        );
    };
    let roles = Signal::derive(move || {
        let mut options = vec![(String::new(), t.doc().aim_none.to_string())];
        options.extend(session.role_titles_in(session.lang.get_untracked()));
        options
    });
    view! {
        <Show when=move || !session.role_titles_in(session.lang.get_untracked()).is_empty()>
            <Choice
                label=t.doc().aim_label
                class="field aim"
                options=roles
                selected=Signal::derive(move || {
                    session.with_meta(|b| b.entry().aim.clone().unwrap_or_default())
                })
                on_change=move |id: String| {
                    session.apply(Change::Entry(EntryField::Aim(Some(id))));
                }
            />
        </Show>
        <div class="summary-actions">
            <button type="button" on:click=|_| web::print("summary", "summary")>
                {t.doc().print}
            </button>
            <button
                type="button"
                class="secondary"
                on:click=move |_| copy(session, documents::summary(session).text())
            >
                {t.doc().copy_text}
            </button>
            <button type="button" class="secondary" on:click=share>
                {t.doc().share_link}
            </button>
            <button type="button" class="secondary" on:click=export>
                {t.doc().export_file}
            </button>
            <ImportButton />
            <ActionStatus />
        </div>
        <div class="doc-frame" data-doc="summary">
            {move || view! { <SummaryPage doc=documents::summary(session) /> }}
        </div>
        <Contribute />
    }
}
