//! The views that show a document: the summary, the comparison, and what came in from a link
//! or a file. The documents are written by `core::report`; these views add the controls.

use super::reactive::*;
use wasm_bindgen::JsCast;

use super::dom::{h, show, switch, Nodes, H};
use super::kit::{button, check, headed, markup, select, Confirm};
use super::matrix::action_status;
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
pub fn import_button() -> H {
    let session = use_session();
    let input = h("input")
        .at("type", "file")
        .at("accept", ".json,application/json")
        .cls("sr-only");
    let element: web_sys::HtmlInputElement = input.0.clone().unchecked_into();
    h("label")
        .cls("file-button")
        .ch(input.on("change", move |_| session.open_file(element.clone())))
        .ch(h("span").tx(session.t_untracked().doc().import_file))
}

pub fn summary_pane() -> Nodes {
    let session = use_session();
    let t = session.t_untracked();
    let share = move || {
        let shared = session.shared_current();
        let body = link::assessment_body(session.profile, &shared);
        let file = (session.export_name(), exchange::export(&shared));
        session.share_link(
            LinkKind::Assessment,
            body,
            t.doc().summary_title.to_string(),
            Some(file),
        );
    };
    let export = move || {
        web::download(
            &session.export_name(),
            &exchange::export(&session.shared_current()),
            "application/json",
        );
    };
    let roles = move || {
        let mut options = vec![(String::new(), t.doc().aim_none.to_string())];
        options.extend(session.role_titles());
        options
    };
    vec![
        show(
            move || !session.role_titles().is_empty(),
            move || {
                vec![select(
                    t.doc().aim_label,
                    "field aim",
                    roles,
                    move || session.aim(),
                    move |id| session.set_aim(id),
                )
                .into()]
            },
        ),
        h("div")
            .cls("summary-actions")
            .ch(button(t.doc().print, "", || {
                web::print("summary", "summary")
            }))
            .ch(button(t.doc().copy_text, "secondary", move || {
                session.copy(session.summary_doc().text_form())
            }))
            .ch(button(t.doc().share_link, "secondary", share))
            .ch(button(t.doc().export_file, "secondary", export))
            .ch(import_button())
            .kids(action_status())
            .into(),
        markup("doc-frame", "summary", move || session.summary_doc().html()).into(),
    ]
}

pub fn compare_pane() -> Nodes {
    let session = use_session();
    let t = session.t_untracked();
    let result = Memo::new(move |_| session.comparison_doc());
    let titles = move || session.entry_titles();
    let pick = move |second: bool, label: &'static str| {
        select(
            label,
            "",
            titles,
            move || {
                let (a, b) = session.compared_ids();
                if second {
                    b
                } else {
                    a
                }
            },
            move |id| {
                session
                    .compare_ids
                    .update(|(a, b)| if second { *b = id } else { *a = id })
            },
        )
    };
    let orders = move || {
        vec![
            (
                "difference".to_string(),
                t.doc().order_difference.to_string(),
            ),
            ("profile".to_string(), t.doc().order_profile.to_string()),
        ]
    };
    let bar = move || {
        vec![
            h("div")
                .cls("bar-row")
                .ch(pick(false, t.doc().compare_first))
                .ch(pick(true, t.doc().compare_second))
                .ch(select(
                    t.doc().order_label,
                    "",
                    orders,
                    move || {
                        if session.compare_order.get() == Order::Profile {
                            "profile"
                        } else {
                            "difference"
                        }
                        .to_string()
                    },
                    move |value| {
                        session.compare_order.set(if value == "profile" {
                            Order::Profile
                        } else {
                            Order::Disagreement
                        })
                    },
                ))
                .ch(check(
                    t.doc().only_differences,
                    move || session.only_differences.get(),
                    move |on| session.only_differences.set(on),
                ))
                .into(),
            h("div")
                .cls("summary-actions")
                .ch(button(t.doc().print, "", || {
                    web::print("compare", "compare")
                }))
                .ch(button(t.doc().copy_text, "secondary", move || {
                    if let Ok(doc) = result.get_untracked() {
                        session.copy(doc.text_form());
                    }
                }))
                .kids(action_status())
                .into(),
        ]
    };
    vec![
        headed(
            "compare-controls",
            "compare-heading",
            t.doc().compare_heading,
        )
        .ch(h("p").tx(t.doc().compare_intro))
        // With one assessment there is nothing to choose, print or copy: the line below says so.
        .ch(show(move || session.can_compare(), bar))
        .ch(h("p")
            .cls("problem-line")
            .at("role", "status")
            .text_with(move || result.get().err().unwrap_or_default()))
        .into(),
        markup("doc-frame", "compare", move || {
            result.get().map(|d| d.html()).unwrap_or_default()
        })
        .into(),
    ]
}

/// What came in: the share link in the address, read here (a line says so meanwhile), or the
/// file the user chose.
pub fn incoming_pane() -> Nodes {
    let session = use_session();
    let t = session.t_untracked();
    session.read_link();
    vec![switch(
        move || (session.incoming.get(), session.reading_link.get()),
        move |(incoming, reading)| match incoming {
            Some(incoming) => incoming_view(incoming),
            None if *reading => vec![h("p")
                .cls("loading")
                .at("role", "status")
                .tx(t.doc().loading_profile)
                .into()],
            None => Vec::new(),
        },
    )]
}

/// What came in from a link or a file: read-only, with the choice of what to do with it.
fn incoming_view(incoming: &Incoming) -> Nodes {
    let session = use_session();
    let t = session.t_untracked();
    let lang = session.lang.get_untracked();
    let back = move || session.close_incoming();
    let section = |heading: &str, whose: &str, intro: &str| {
        headed("incoming", "incoming-heading", heading)
            .ch(h("p").cls("whose").tx(whose))
            .ch(h("p").tx(intro))
    };
    match incoming {
        Incoming::Assessment(shared) => {
            let confirm_open = RwSignal::new(false);
            let default = session.default_import(shared);
            let whose = shared.whose(lang);
            let entry = Entry::from(shared.clone());
            let summary = summarize(session.profile, &entry.assessment);
            let html = report::summary_doc(session.profile, &entry, &summary, None, lang).html();
            let over = move || {
                if session.import_needs_confirmation() {
                    confirm_open.set(true);
                } else {
                    session.take_incoming(Import::OverCurrent);
                }
            };
            let (first, second) = match default {
                Import::AsNew => ("", "secondary"),
                Import::OverCurrent => ("secondary", ""),
            };
            vec![
                section(t.doc().shared_heading, &whose, t.doc().shared_intro)
                    .ch(h("div")
                        .cls("summary-actions")
                        .ch(button(t.doc().add_as_new, first, move || {
                            session.take_incoming(Import::AsNew)
                        }))
                        .ch(button("", second, over).text_with(move || {
                            fill(t.doc().import_over, &[("x", &session.current_title())])
                        }))
                        .ch(button(t.doc().rate_myself, "secondary", move || {
                            session.rate_alongside()
                        }))
                        .ch(button(t.doc().print, "secondary", || {
                            web::print("summary", "summary")
                        }))
                        .ch(button(t.doc().back_to_mine, "secondary", back)))
                    .into(),
                markup("doc-frame", "summary", move || html.clone()).into(),
                Confirm {
                    id: "replace",
                    body: t.doc().replace_body,
                    confirm: t.doc().replace_confirm,
                    cancel: t.cancel,
                }
                .view(
                    confirm_open,
                    move || fill(t.doc().replace_title, &[("x", &session.current_title())]),
                    move || session.take_incoming(Import::OverCurrent),
                )
                .into(),
            ]
        }
        Incoming::Role(role) => {
            let title = role_title(role, lang);
            let html = report::job_description_doc(session.profile, role, lang).html();
            vec![
                section(
                    t.doc().shared_role_heading,
                    &title,
                    t.doc().shared_role_intro,
                )
                .ch(h("div")
                    .cls("summary-actions")
                    .ch(button(t.doc().add_role, "", move || {
                        session.take_incoming_role()
                    }))
                    .ch(button(t.doc().print, "secondary", || {
                        web::print("job", "job")
                    }))
                    .ch(button(t.doc().back_to_mine, "secondary", back)))
                .into(),
                markup("doc-frame", "job", move || html.clone()).into(),
            ]
        }
    }
}
