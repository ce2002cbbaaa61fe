//! What came in: the share link in the address, read here (a line says so meanwhile), or the
//! file the user chose — shown read-only, with the choice of what to do with it.

use leptos::prelude::*;

use super::documents::{JobDescriptionPage, SummaryPage};
use super::incoming::Arrivals;
use super::kit::{Confirm, Headed};
use super::session::use_session;
use crate::core::answers::workbook::{role_title, Entry, Import};
use crate::core::computed::summary::summarize;
use crate::core::formats::exchange::Incoming;
use crate::core::report;
use crate::core::words::texts::fill;
use crate::web;

#[component]
pub fn ArrivedPane() -> impl IntoView {
    let session = use_session();
    let arrivals = expect_context::<Arrivals>();
    let t = session.t();
    arrivals.read_link(session);
    move || match arrivals.incoming.get() {
        Some(incoming) => view! { <ArrivedView incoming /> }.into_any(),
        None if arrivals.reading.get() => {
            view! { <p class="loading" role="status">{t.doc().loading_profile}</p> }.into_any()
        }
        None => ().into_any(),
    }
}

/// What came in from a link or a file: read-only, with the choice of what to do with it.
#[component]
fn ArrivedView(incoming: Incoming) -> impl IntoView {
    let session = use_session();
    let arrivals = expect_context::<Arrivals>();
    let t = session.t();
    let lang = session.lang.get_untracked();
    let back = move |_| arrivals.close();
    match incoming {
        Incoming::Assessment(shared) => {
            let confirm_open = RwSignal::new(false);
            let default = session.with_book(|b| b.default_import(&shared));
            let whose = shared.whose(lang);
            let entry = Entry::from(shared);
            let summary = summarize(session.profile, &entry.assessment);
            let doc = report::summary_doc(session.profile, &entry, &summary, None, lang);
            let over = move |_| {
                if session.with_book(|b| b.import_needs_confirmation()) {
                    confirm_open.set(true);
                } else {
                    arrivals.take(session, Import::OverCurrent);
                }
            };
            let (first, second) = match default {
                Import::AsNew => ("", "secondary"),
                Import::OverCurrent => ("secondary", ""),
            };
            view! {
                <Headed class="incoming" id="incoming-heading" heading=t.doc().shared_heading>
                    <p class="whose">{whose}</p>
                    <p>{t.doc().shared_intro}</p>
                    <div class="summary-actions">
                        <button type="button" class=first on:click=move |_| arrivals.take(session, Import::AsNew)>
                            {t.doc().add_as_new}
                        </button>
                        <button type="button" class=second on:click=over>
                            {move || fill(t.doc().import_over, &[("x", &session.current_title_in(session.lang.get_untracked()))])}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| arrivals.rate_alongside(session)>
                            {t.doc().rate_myself}
                        </button>
                        <button type="button" class="secondary" on:click=|_| web::print("summary", "summary")>
                            {t.doc().print}
                        </button>
                        <button type="button" class="secondary" on:click=back>
                            {t.doc().back_to_mine}
                        </button>
                    </div>
                </Headed>
                <div class="doc-frame" data-doc="summary">
                    <SummaryPage doc />
                </div>
                <Confirm
                    id="replace"
                    title=Signal::derive(move || fill(session.t().doc().replace_title, &[("x", &session.current_title_in(session.lang.get_untracked()))]))
                    body=t.doc().replace_body
                    confirm=t.doc().replace_confirm
                    open=confirm_open
                    on_confirm=move |_| arrivals.take(session, Import::OverCurrent)
                />
            }
            .into_any()
        }
        Incoming::Role(role) => {
            let title = role_title(&role, lang);
            let doc = report::job_description(session.profile, &role, lang);
            view! {
                <Headed class="incoming" id="incoming-heading" heading=t.doc().shared_role_heading>
                    <p class="whose">{title}</p>
                    <p>{t.doc().shared_role_intro}</p>
                    <div class="summary-actions">
                        <button type="button" on:click=move |_| arrivals.take_role(session)>
                            {t.doc().add_role}
                        </button>
                        <button type="button" class="secondary" on:click=|_| web::print("job", "job")>
                            {t.doc().print}
                        </button>
                        <button type="button" class="secondary" on:click=back>
                            {t.doc().back_to_mine}
                        </button>
                    </div>
                </Headed>
                <div class="doc-frame" data-doc="job">
                    <JobDescriptionPage doc />
                </div>
            }
            .into_any()
        }
    }
}
