//! The page's layout: the header, the notices, the intro, the views' tabs and their panes (or,
//! while a link or a file is being looked at, what came in), and the footer.

use leptos::prelude::*;

use super::header::{Header, Settings};
use super::incoming::Arrivals;
use super::kit::said;
use super::later::{Later, Part};
use super::matrix::{AssessmentBar, MatrixPane};
use super::notices::Notices;
use super::page_copy::PageCopy;
use super::session::use_session;
use crate::core::answers::change::Change;
use crate::core::session::view::View;

/// The page around the views: header, notices, the first visit's explanation, what came in or
/// the views, and the footer.
#[component]
pub fn Shell() -> impl IntoView {
    let session = use_session();
    let arrivals = expect_context::<Arrivals>();
    let embedded = session.screen.embedded;
    let copy = PageCopy::here();
    // What came in takes the place of the views; each link that comes is read in a pane of
    // its own. (A memo: drawn again when this changes, not whenever `arrival` does.)
    let arrived = Memo::new(move |_| {
        (
            arrivals.arrival.get().is_some(),
            arrivals.links_opened.get(),
        )
    });
    view! {
        <a class="skip-link" href=format!("#{}", copy.id("main"))>{said(|t| t.skip_to_content)}</a>
        {(!embedded).then(|| view! { <Header settings=true /> })}
        <main id=copy.id("main") tabindex="-1">
            // Embedded, the host page shows its own header; the app's name still heads the frame.
            {embedded.then(|| view! { <h1 class="sr-only">{said(|t| t.app_title)}</h1> })}
            // On paper only, when the summary has not been drawn yet (see the print sheet).
            <p class="print-wait">{said(|t| t.print_wait)}</p>
            <Notices />
            <Show when=move || !session.intro_dismissed.get()>
                <section class="intro" aria-label=said(|t| t.app_title)>
                    <p>{said(|t| t.intro)} " " <strong>{said(|t| t.intro_privacy)}</strong></p>
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| {
                            session.apply(Change::DismissIntro);
                        }
                    >
                        {said(|t| t.got_it)}
                    </button>
                </section>
            </Show>
            {move || {
                if arrived.get().0 {
                    view! {
                        <div class="panes">
                            <div class="pane">
                                <Later part=Part::Arrived />
                            </div>
                        </div>
                    }
                        .into_any()
                } else {
                    view! { <Workspace /> }.into_any()
                }
            }}
        </main>
        {(!embedded)
            .then(|| {
                view! {
                    <footer class="app-footer">
                        <p>{said(|t| t.privacy_footer)}</p>
                        <p class="version">{said(|t| t.version)} " " {env!("CARGO_PKG_VERSION")}</p>
                    </footer>
                }
            })}
    }
}

/// The views and their panes. The summary stands beside the matrix on a wide screen; its code
/// loads when it is wanted (`Screen::want_summary_when`).
#[component]
fn Workspace() -> impl IntoView {
    let session = use_session();
    let screen = session.screen;
    let tabs = [
        (View::Matrix, said(|t| t.view_matrix)),
        (View::Summary, said(|t| t.view_summary)),
        (View::Compare, said(|t| t.view_compare)),
        (View::Roles, said(|t| t.view_roles)),
    ];
    let class_of = move |view: View, class: &'static str| {
        move || {
            if screen.view.get() == view {
                class.to_string()
            } else {
                format!("{class} is-hidden")
            }
        }
    };
    let own = move || matches!(screen.view.get(), View::Matrix | View::Summary);
    // Drawn once wanted, and again each time it is opened (see below).
    let summary =
        Memo::new(move |_| (screen.summary_due.get(), screen.view.get() == View::Summary));
    view! {
        <nav class="views" aria-label=said(|t| t.views)>
            {tabs
                .into_iter()
                .map(|(view, label)| {
                    view! {
                        // The stylesheet hides the summary's tab where the summary stands beside
                        // the matrix.
                        <button
                            type="button"
                            class=format!("tab-{}", view.name())
                            aria-pressed=move || (screen.view.get() == view).to_string()
                            on:click=move |_| screen.choose(view)
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view()}
            {screen.embedded.then(|| view! { <Settings /> })}
        </nav>
        <Show when=own>
            <AssessmentBar />
        </Show>
        // Which view shows, for the wide layout (the summary beside the matrix or not).
        <div class="panes" data-view=move || screen.view.get().name()>
            <div class=class_of(View::Matrix, "pane matrix-pane")>
                <MatrixPane />
            </div>
            // Drawn again when it comes into view, as the other views are: what an action said
            // there is gone, and a view that could not be loaded is tried again.
            {move || {
                summary.get().0.then(|| {
                    view! {
                        <aside class=class_of(View::Summary, "pane summary-pane")>
                            <Later part=Part::Summary />
                        </aside>
                    }
                })
            }}
            <Show when=move || screen.view.get() == View::Compare>
                <div class="pane compare-pane">
                    <Later part=Part::Compare />
                </div>
            </Show>
            <Show when=move || screen.view.get() == View::Roles>
                <div class="pane roles-pane">
                    <Later part=Part::Roles />
                </div>
            </Show>
        </div>
    }
}
