//! Role profiles: what a post needs, picked from the same profile — and from it the fit of an
//! assessment and a job description in English or Dutch.

use leptos::prelude::*;

use super::docs::ImportButton;
use super::kit::{text, Button, Confirm, Field, Markup, Select};
use super::matrix::{ActionStatus, MatrixView};
use super::session::{use_session, RoleField};
use crate::core::exchange;
use crate::core::lang::Lang;
use crate::core::link::{self, LinkKind};
use crate::core::markup::MatrixKind;
use crate::core::shared::MAX_PURPOSE;
use crate::core::texts::fill;
use crate::core::workbook::file_name;
use crate::web;

#[component]
pub fn RolesPane() -> impl IntoView {
    let session = use_session();
    let t = session.t_untracked();
    let delete_open = RwSignal::new(false);
    let has_role = move || session.current_role_id().is_some();
    let share = Callback::new(move |_| {
        if let Some(role) = session.current_role() {
            let body = link::role_body(session.profile, &role);
            let file = (
                file_name("role-profile", &role.title, "", "json"),
                exchange::export_role(&role),
            );
            session.share_link(
                LinkKind::Role,
                body,
                session.current_role_title(),
                Some(file),
            );
        }
    });
    let export = Callback::new(move |_| {
        if let Some(role) = session.current_role() {
            web::download(
                &file_name("role-profile", &role.title, "", "json"),
                &exchange::export_role(&role),
                "application/json",
            );
        }
    });
    let job_text = move || {
        session
            .job_doc()
            .map(|doc| doc.text_form())
            .unwrap_or_default()
    };
    let download_job = Callback::new(move |_| {
        let title = session.current_role().map(|r| r.title).unwrap_or_default();
        web::download(
            &file_name("job-description", &title, "", "txt"),
            &job_text(),
            "text/plain",
        );
    });
    let field = move |label: &'static str,
                      which: RoleField,
                      kind: &'static str,
                      max: usize,
                      hint: &'static str| {
        view! {
            <Field
                label
                kind
                max
                hint
                value=Signal::derive(move || session.role_field(which))
                on=Callback::new(move |v| session.set_role_field(which, v))
            />
        }
    };
    let languages = Signal::stored(
        Lang::ALL
            .into_iter()
            .map(|lang| (lang.code().to_string(), lang.native_name().to_string()))
            .collect::<Vec<_>>(),
    );
    view! {
        <section class="roles-bar" aria-labelledby="roles-heading">
            <h2 id="roles-heading">{t.roles_heading}</h2>
            <p>{t.roles_intro}</p>
            <div class="bar-row">
                <Show when=has_role>
                    <Select
                        label=t.role_profile
                        class="field pick"
                        options=Signal::derive(move || session.role_titles())
                        selected=Signal::derive(move || session.current_role_id().unwrap_or_default())
                        on=Callback::new(move |id: String| session.switch_role(&id))
                    />
                </Show>
                <Button label=text(t.new_role) on=Callback::new(move |_| session.create_role(false)) />
                <ImportButton />
            </div>
            <ActionStatus />
        </section>
        <Show when=has_role fallback=move || view! { <p class="empty">{t.no_roles}</p> }>
            <section class="role-editor" aria-label=t.role_profile>
                <div class="about-fields">
                    {field(t.role_title, RoleField::Title, "text", 200, "")}
                    {field(t.organisation, RoleField::Organisation, "text", 200, "")}
                    {field(t.role_purpose, RoleField::Purpose, "area", MAX_PURPOSE, t.role_purpose_hint)}
                </div>
                <div class="bar-row">
                    <Button label=text(t.share_link) class="secondary" on=share />
                    <Button label=text(t.export_file) class="secondary" on=export />
                    <Button label=text(t.copy_assessment) class="secondary" on=Callback::new(move |_| session.create_role(true)) />
                    <Button label=text(t.delete_assessment) class="danger" on=Callback::new(move |_| delete_open.set(true)) />
                </div>
            </section>
            <MatrixView kind=MatrixKind::Role html=Signal::derive(move || session.role_matrix_html()) class=text("matrix-frame") />
            <section class="job" aria-labelledby="job-heading">
                <h2 id="job-heading">{t.job_description}</h2>
                <div class="bar-row">
                    <Select
                        label=t.jd_language
                        options=languages
                        selected=Signal::derive(move || session.job_lang.get().code().to_string())
                        on=Callback::new(move |code: String| {
                            if let Some(lang) = Lang::from_code(&code) {
                                session.job_lang.set(lang);
                            }
                        })
                    />
                </div>
                <div class="summary-actions">
                    <Button label=text(t.print_jd) on=Callback::new(move |_| web::print("job", "job")) />
                    <Button label=text(t.copy_jd) class="secondary" on=Callback::new(move |_| session.copy(job_text())) />
                    <Button label=text(t.download_jd) class="secondary" on=download_job />
                </div>
            </section>
            <Markup doc="job" html=Signal::derive(move || session.job_doc().map(|d| d.html()).unwrap_or_default()) />
            <section class="fit-controls" aria-labelledby="fit-heading">
                <h2 id="fit-heading">{t.fit_for}</h2>
                <div class="bar-row">
                    <Select
                        label=t.assessment
                        class="field pick"
                        options=Signal::derive(move || session.entry_titles())
                        selected=Signal::derive(move || session.fit_entry_id())
                        on=Callback::new(move |id| session.fit_with.set(id))
                    />
                    <Button label=text(t.print_fit) class="secondary" on=Callback::new(move |_| web::print("fit", "job")) />
                </div>
            </section>
            <Markup doc="fit" html=Signal::derive(move || session.fit_doc().map(|d| d.html()).unwrap_or_default()) />
            <Confirm
                open=delete_open
                id="delete-role"
                title=Signal::derive(move || fill(t.delete_role_title, &[("x", &session.current_role_title())]))
                body=t.delete_role_body
                confirm=t.delete_confirm
                cancel=t.cancel
                on=Callback::new(move |_| session.delete_role())
            />
        </Show>
    }
}
