//! The page's layout: the header, the notices, the views' bar, the intro and the views' panes
//! (or, while a link or a file is being looked at, what came in), the dialogs the menu opens,
//! and the footer.

use leptos::prelude::*;

use super::header::{About, Header, Menu, OpensAbout};
use super::incoming::Arrivals;
use super::kit::{said, Confirm};
use super::later::{Later, Part};
use super::matrix::{AssessmentBar, MatrixPane};
use super::notices::Notices;
use super::page_copy::PageCopy;
use super::saving::Saving;
use super::session::use_session;
use crate::core::answers::change::Change;
use crate::core::visit::view::View;
use crate::web;

/// The page around the views: header, notices, what came in or the views, the dialogs, and
/// the footer.
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
        {(!embedded).then(|| view! { <Header menu=true /> })}
        <main id=copy.id("main") tabindex="-1">
            // Embedded, the host page shows its own header; the app's name still heads the frame.
            {embedded.then(|| view! { <h1 class="sr-only">{said(|t| t.app_title)}</h1> })}
            // On paper only, when the summary has not been drawn yet (see the print sheet).
            <p class="print-wait">{said(|t| t.print_wait)}</p>
            <Notices />
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
        <About />
        <EraseAll />
        {(!embedded)
            .then(|| {
                view! {
                    <footer class="app-footer">
                        <p>{said(|t| t.privacy_footer)}</p>
                        <p>
                            <OpensAbout label=said(|t| t.about_app) />
                        </p>
                        // For an association that offers the app on its own pages.
                        <p>
                            <a
                                href=web::address_of_view(View::Embed)
                                on:click=move |ev| session.screen.follow(View::Embed, ev)
                            >
                                {said(|t| t.embed_footer_link)}
                            </a>
                        </p>
                        <p>
                            <a
                                href=web::address_of_view(View::Design)
                                on:click=move |ev| session.screen.follow(View::Design, ev)
                            >
                                {said(|t| t.design_footer_link)}
                            </a>
                        </p>
                        <p class="version">{said(|t| t.version)} " " {env!("CARGO_PKG_VERSION")}</p>
                    </footer>
                }
            })}
    }
}

/// What the app is, in one line that keeps the privacy promise, for a first visit: "More"
/// opens the whole of it (as the menu's "About and privacy" does later); one tap dismisses it
/// for good.
#[component]
fn Intro() -> impl IntoView {
    let session = use_session();
    view! {
        <section class="intro" aria-label=said(|t| t.app_title)>
            <p>{said(|t| t.intro_short)} " " <strong>{said(|t| t.intro_privacy_short)}</strong></p>
            <div class="intro-actions">
                <OpensAbout label=said(|t| t.more) />
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        session.apply(Change::DismissIntro);
                    }
                >
                    {said(|t| t.got_it)}
                </button>
            </div>
        </section>
    }
}

/// The confirmation before everything is erased (the menu and the matrix's foot ask for it).
#[component]
fn EraseAll() -> impl IntoView {
    let session = use_session();
    let saving = expect_context::<Saving>();
    view! {
        <Confirm
            id="erase"
            title=Signal::derive(move || session.texts().erase_title.to_string())
            body=said(|t| t.erase_body)
            confirm=said(|t| t.erase_confirm)
            open=session.screen.erase_open
            on_confirm=move |_| saving.erase(session)
        />
    }
}

/// A view's icon in the bar at the thumb (a phone's): a line drawing in the text's colour.
fn icon(view: View) -> impl IntoView {
    let path = match view {
        View::Matrix => "M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z",
        View::Summary => "M6 3h8l4 4v14H6zM9 10h6M9 14h6M9 18h4",
        View::Compare | View::Team => "M3 5h7v14H3zM14 9h7v10h-7z",
        View::Roles => "M12 11a4 4 0 1 0 0-8a4 4 0 0 0 0 8zM4 21c0-4 3.6-6 8-6s8 2 8 6",
        View::Embed => "M8 6l-6 6 6 6M16 6l6 6-6 6",
        View::Design => "M4 20h4L19 9l-4-4L4 16zM13 7l4 4",
    };
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d=path />
        </svg>
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
        // Links to the views' addresses (a new tab, a bookmark); a plain click shows the view
        // here, as a step in the history. On a phone the bar sits at the thumb, in a frame at
        // the top (the stylesheet).
        <nav class="views" aria-label=said(|t| t.views)>
            {tabs
                .into_iter()
                .map(|(view, label)| {
                    view! {
                        // The stylesheet hides the summary's link where the summary stands beside
                        // the matrix.
                        <a
                            href=web::address_of_view(view)
                            class=format!("tab-{}", view.name())
                            // The page for its own view; the current section for a view under
                            // it (the team, under the comparison's tab).
                            aria-current=move || {
                                let open = screen.view.get();
                                if open == view {
                                    Some("page")
                                } else {
                                    (open.tab() == view).then_some("true")
                                }
                            }
                            on:click=move |ev| screen.follow(view, ev)
                        >
                            {icon(view)}
                            <span>{label}</span>
                        </a>
                    }
                })
                .collect_view()}
            {screen.embedded.then(|| view! { <Menu /> })}
        </nav>
        // Under the views' bar, which is at the top of a frame (a link that came says what it
        // is instead: the views are not drawn then).
        <Show when=move || !session.intro_dismissed.get()>
            <Intro />
        </Show>
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
            <Show when=move || screen.view.get() == View::Team>
                <div class="pane team-pane">
                    <Later part=Part::Team />
                </div>
            </Show>
            <Show when=move || screen.view.get() == View::Embed>
                <div class="pane embed-pane">
                    <Later part=Part::Embed />
                </div>
            </Show>
            <Show when=move || screen.view.get() == View::Design>
                <div class="pane design-pane">
                    <Later part=Part::Design />
                </div>
            </Show>
        </div>
    }
}
