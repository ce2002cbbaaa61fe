//! Role profiles: what a post needs, picked from the same profile — and from it the fit of an
//! assessment and a job description in English or Dutch.

use super::reactive::*;

use super::docs::import_button;
use super::dom::{h, show, switch, Nodes};
use super::kit::{button, field, headed, markup, select, Confirm, FieldKind};
use super::matrix::{action_status, assessment_picker, matrix_view};
use super::session::{use_session, RoleField};
use crate::core::exchange;
use crate::core::lang::Lang;
use crate::core::link::{self, LinkKind};
use crate::core::markup::MatrixKind;
use crate::core::shared::MAX_PURPOSE;
use crate::core::texts::fill;
use crate::core::workbook::{job_description_file_name, role_file_name};
use crate::web;

pub fn roles_pane() -> Nodes {
    let session = use_session();
    let t = session.t_untracked();
    let delete_open = RwSignal::new(false);
    let has_role = move || session.current_role_id().is_some();
    let share = move || {
        if let Some(role) = session.current_role() {
            let body = link::role_body(session.profile, &role);
            let file = (role_file_name(&role), exchange::export_role(&role));
            session.share_link(
                LinkKind::Role,
                body,
                session.current_role_title(),
                Some(file),
            );
        }
    };
    let export = move || {
        if let Some(role) = session.current_role() {
            web::download(
                &role_file_name(&role),
                &exchange::export_role(&role),
                "application/json",
            );
        }
    };
    let job_text = move || {
        session
            .job_doc()
            .map(|doc| doc.text_form())
            .unwrap_or_default()
    };
    let download_job = move || {
        if let Some(role) = session.current_role() {
            web::download(&job_description_file_name(&role), &job_text(), "text/plain");
        }
    };
    let text_field = move |label: &'static str,
                           which: RoleField,
                           kind: &'static str,
                           max: usize,
                           hint: &'static str| {
        field(
            label,
            FieldKind {
                kind,
                max,
                hint,
                ..FieldKind::TEXT
            },
            move || session.role_field(which),
            move |v| session.set_role_field(which, v),
        )
    };
    let languages = move || {
        Lang::ALL
            .into_iter()
            .map(|lang| (lang.code().to_string(), lang.native_name().to_string()))
            .collect::<Vec<_>>()
    };
    vec![
        headed("roles-bar", "roles-heading", t.doc().roles_heading)
            .ch(h("p").tx(t.doc().roles_intro))
            .ch(h("div")
                .cls("bar-row")
                .ch(show(has_role, move || {
                    vec![select(
                        t.doc().role_profile,
                        "field pick",
                        move || session.role_titles(),
                        move || session.current_role_id().unwrap_or_default(),
                        move |id| session.switch_role(&id),
                    )
                    .into()]
                }))
                .ch(button(t.doc().new_role, "", move || {
                    session.create_role(false)
                }))
                .ch(import_button()))
            .kids(action_status())
            .into(),
        switch(has_role, move |has| {
            if !*has {
                return vec![h("p").cls("empty").tx(t.doc().no_roles).into()];
            }
            vec![
                h("section")
                    .cls("role-editor")
                    .at("aria-label", t.doc().role_profile)
                    .ch(h("div")
                        .cls("about-fields")
                        .ch(text_field(
                            t.doc().role_title,
                            RoleField::Title,
                            "text",
                            200,
                            "",
                        ))
                        .ch(text_field(
                            t.organisation,
                            RoleField::Organisation,
                            "text",
                            200,
                            "",
                        ))
                        .ch(text_field(
                            t.doc().role_purpose,
                            RoleField::Purpose,
                            "area",
                            MAX_PURPOSE,
                            t.doc().role_purpose_hint,
                        )))
                    .ch(h("div")
                        .cls("bar-row")
                        .ch(button(t.doc().share_link, "secondary", share))
                        .ch(button(t.doc().export_file, "secondary", export))
                        .ch(button(t.copy_assessment, "secondary", move || {
                            session.create_role(true)
                        }))
                        .ch(button(t.delete_assessment, "danger", move || {
                            delete_open.set(true)
                        })))
                    .into(),
                matrix_view(
                    MatrixKind::Role,
                    move || session.role_matrix_html(),
                    || "matrix-frame".to_string(),
                )
                .into(),
                headed("job", "job-heading", t.doc().job_description)
                    .ch(h("div").cls("bar-row").ch(select(
                        t.doc().jd_language,
                        "",
                        languages,
                        move || session.job_lang.get().code().to_string(),
                        move |code| {
                            if let Some(lang) = Lang::from_code(&code) {
                                session.job_lang.set(lang);
                            }
                        },
                    )))
                    .ch(h("div")
                        .cls("summary-actions")
                        .ch(button(t.doc().print_jd, "", || web::print("job", "job")))
                        .ch(button(t.doc().copy_jd, "secondary", move || {
                            session.copy(job_text())
                        }))
                        .ch(button(t.doc().download_jd, "secondary", download_job)))
                    .into(),
                markup("doc-frame", "job", move || {
                    session.job_doc().map(|d| d.html()).unwrap_or_default()
                })
                .into(),
                headed("fit-controls", "fit-heading", t.doc().fit_for)
                    .ch(h("div")
                        .cls("bar-row")
                        .ch(assessment_picker(
                            move || session.fit_entry_id(),
                            move |id| session.fit_with.set(id),
                        ))
                        .ch(button(t.doc().print_fit, "secondary", || {
                            web::print("fit", "job")
                        })))
                    .into(),
                markup("doc-frame", "fit", move || {
                    session.fit_doc().map(|d| d.html()).unwrap_or_default()
                })
                .into(),
                Confirm {
                    id: "delete-role",
                    body: t.doc().delete_role_body,
                    confirm: t.delete_confirm,
                    cancel: t.cancel,
                }
                .view(
                    delete_open,
                    move || {
                        fill(
                            t.doc().delete_role_title,
                            &[("x", &session.current_role_title())],
                        )
                    },
                    move || session.delete_role(),
                )
                .into(),
            ]
        }),
    ]
}
