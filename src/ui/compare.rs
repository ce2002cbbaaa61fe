//! The comparison view: which two assessments, in which order, only where they differ; printing
//! and copying it; and the comparison itself (`core::report`).

use leptos::prelude::*;

use super::documents::ComparisonPage;
use super::documents::{can_compare, compared_ids, comparison};
use super::kit::{ActionStatus, Check, Choice, Headed};
use super::session::use_session;
use super::sharing::copy;
use super::team::SideBySide;
use crate::core::answers::change::Change;
use crate::core::computed::comparison::Order;
use crate::core::visit::view::View;
use crate::web;

#[component]
pub fn ComparePane() -> impl IntoView {
    let session = use_session();
    let t = session.t();
    let screen = session.screen;
    let result = Memo::new(move |_| comparison(session));
    let titles = Signal::derive(move || session.entry_titles_in(session.lang.get_untracked()));
    let pick = move |second: bool, label: &'static str| {
        view! {
            <Choice
                label=label
                options=titles
                selected=Signal::derive(move || {
                    let (a, b) = compared_ids(session);
                    if second { b } else { a }
                })
                on_change=move |id: String| {
                    screen.compare_ids.update(|(a, b)| if second { *b = id } else { *a = id })
                }
            />
        }
    };
    let orders = Signal::derive(move || {
        vec![
            (
                "difference".to_string(),
                t.doc().order_difference.to_string(),
            ),
            ("profile".to_string(), t.doc().order_profile.to_string()),
        ]
    });
    view! {
        <SideBySide />
        <Headed class="compare-controls" id="compare-heading" heading=t.doc().compare_heading>
            <p>{t.doc().compare_intro}</p>
            // With one assessment there is nothing to choose, print or copy: the line below says so.
            <Show when=move || can_compare(session)>
                <div class="bar-row">
                    {pick(false, t.doc().compare_first)}
                    {pick(true, t.doc().compare_second)}
                    <Choice
                        label=t.doc().order_label
                        options=orders
                        selected=Signal::derive(move || {
                            if screen.compare_order.get() == Order::Profile { "profile" } else { "difference" }
                                .to_string()
                        })
                        on_change=move |value: String| {
                            screen
                                .compare_order
                                .set(if value == "profile" { Order::Profile } else { Order::Disagreement })
                        }
                    />
                    <Check
                        label=t.doc().only_differences
                        checked=screen.only_differences
                        on_change=move |on| screen.only_differences.set(on)
                    />
                </div>
                // The meeting's outcome: an agreed assessment from these two.
                <Show when=move || {
                    let (a, b) = compared_ids(session);
                    session.with_meta(|book| book.can_agree(&a, &b))
                }>
                    <div class="agree-row">
                        <p>{t.doc().agree_hint}</p>
                        <button
                            type="button"
                            on:click=move |_| {
                                let (first, second) = compared_ids(session);
                                let today = web::today();
                                let agreed = session
                                    .with_book(|b| b.agreement_of(session.profile, &first, &second, &today));
                                if let Some(entry) = agreed {
                                    session.apply(Change::Agreed(Box::new(entry)));
                                    screen.choose(View::Matrix);
                                }
                            }
                        >
                            {t.doc().agree_button}
                        </button>
                    </div>
                </Show>
                <div class="summary-actions">
                    <button type="button" on:click=|_| web::print("compare", "compare")>
                        {t.doc().print}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| {
                            if let Ok(doc) = result.get_untracked() {
                                copy(session, doc.text());
                            }
                        }
                    >
                        {t.doc().copy_text}
                    </button>
                    <ActionStatus />
                </div>
            </Show>
            <p class="problem-line" role="status">
                {move || result.get().err().unwrap_or_default()}
            </p>
        </Headed>
        <div class="doc-frame" data-doc="compare">
            {move || result.get().ok().map(|doc| view! { <ComparisonPage doc /> })}
        </div>
    }
}
