//! Role profiles: what a post needs, picked from the same profile — and from it the fit of an
//! assessment and a job description in a language of its own.

use leptos::prelude::*;

use super::documents::{fit_entry_id, fit_of, job, FitPage, JobDescriptionPage};
use super::kit::{ActionStatus, Choice, Confirm, CopyAndDelete, Field, FieldKind, Headed};
use super::languages;
use super::rows::MatrixView;
use super::session::use_session;
use super::sharing::{copy, share_link, ReadyLink};
use super::summary_pane::ImportButton;
use crate::core::answers::change::{Change, RoleField};
use crate::core::answers::inputs::MatrixKind;
use crate::core::answers::role::RoleProfile;
use crate::core::answers::workbook::{job_description_file_name, role_file_name, role_title};
use crate::core::formats::exchange;
use crate::core::formats::link::{self, LinkKind};
use crate::core::formats::shared::MAX_PURPOSE;
use crate::core::words::lang::Lang;
use crate::core::words::notice::Notice;
use crate::core::words::texts::fill;
use crate::web;

#[component]
pub fn RolesPane() -> impl IntoView {
    let session = use_session();
    let t = session.t();
    let screen = session.screen;
    let delete_open = RwSignal::new(false);
    let has_role = Memo::new(move |_| session.current_role_id().is_some());
    let role = move || -> Option<RoleProfile> {
        session.with_book(|b| b.current_role.and_then(|i| b.roles.get(i)).cloned())
    };
    let title = move || {
        let lang = session.lang.get_untracked();
        session.with_meta(|b| {
            b.current_role
                .and_then(|i| b.roles.get(i))
                .map(|r| role_title(r, lang))
                .unwrap_or_default()
        })
    };
    let link = ReadyLink::new(LinkKind::Role, move || {
        session.with_answers(|b| {
            let role = b.roles.get(b.current_role?)?;
            Some(link::role_body(session.profile, role))
        })
    });
    let share = move |_| {
        if let Some(role) = role() {
            let file = (role_file_name(&role), exchange::export_role(&role));
            share_link(session, link, title(), Some(file));
        }
    };
    let export = move |_| {
        if let Some(role) = role() {
            web::download(
                &role_file_name(&role),
                &exchange::export_role(&role),
                "application/json",
            );
        }
    };
    let job_text = move || job(session).map(|doc| doc.text()).unwrap_or_default();
    let download_job = move |_| {
        if let Some(role) = role() {
            web::download(&job_description_file_name(&role), &job_text(), "text/plain");
        }
    };
    let field = move |read: fn(&RoleProfile) -> String| {
        Signal::derive(move || {
            session.with_meta(|b| {
                b.current_role
                    .and_then(|i| b.roles.get(i))
                    .map(read)
                    .unwrap_or_default()
            })
        })
    };
    let set = move |make: fn(String) -> RoleField| {
        Callback::new(move |value: String| {
            session.apply(Change::Role(make(value)));
        })
    };
    let languages = Signal::derive(|| {
        Lang::ALL
            .into_iter()
            .map(|lang| (lang.code().to_string(), lang.native_name().to_string()))
            .collect::<Vec<_>>()
    });
    view! {
        <Headed class="roles-bar" id="roles-heading" heading=t.doc().roles_heading>
            <p>{t.doc().roles_intro}</p>
            <div class="bar-row">
                <Show when=move || has_role.get()>
                    <Choice
                        label=t.doc().role_profile
                        class="field pick"
                        options=Signal::derive(move || session.role_titles_in(session.lang.get_untracked()))
                        selected=Signal::derive(move || session.current_role_id().unwrap_or_default())
                        on_change=move |id| {
                            session.apply(Change::SwitchRole(id));
                        }
                    />
                </Show>
                <button
                    type="button"
                    on:click=move |_| {
                        session.apply(Change::CreateRole { copy: false });
                    }
                >
                    {t.doc().new_role}
                </button>
                <ImportButton />
            </div>
            <ActionStatus />
        </Headed>
        <Show
            when=move || has_role.get()
            fallback=move || view! { <p class="empty">{t.doc().no_roles}</p> }
        >
            <section class="role-editor" aria-label=t.doc().role_profile>
                <div class="about-fields">
                    <Field label=t.doc().role_title value=field(|r| r.title.clone()) on_input=set(RoleField::Title) />
                    <Field label=t.organisation value=field(|r| r.organisation.clone()) on_input=set(RoleField::Organisation) />
                    <Field
                        label=t.doc().role_purpose
                        of=FieldKind { kind: "area", max: MAX_PURPOSE, hint: t.doc().role_purpose_hint, ..FieldKind::TEXT }
                        value=field(|r| r.purpose.clone())
                        on_input=set(RoleField::Purpose)
                    />
                </div>
                <div class="bar-row">
                    <button type="button" class="secondary" on:click=share>
                        {t.doc().share_link}
                    </button>
                    <button type="button" class="secondary" on:click=export>
                        {t.doc().export_file}
                    </button>
                    <CopyAndDelete copy=Change::CreateRole { copy: true } delete_open />
                </div>
            </section>
            <MatrixView kind=MatrixKind::Role class="matrix-frame".to_string() />
            <Headed class="job" id="job-heading" heading=t.doc().job_description>
                <div class="bar-row">
                    <Choice
                        label=t.doc().jd_language
                        options=languages
                        selected=Signal::derive(move || screen.job_lang.get().code().to_string())
                        on_change=move |code: String| {
                            if let Some(lang) = Lang::from_code(&code) {
                                languages::when_documents_loaded(
                                    session.profile,
                                    lang,
                                    move || screen.job_lang.set(lang),
                                    move || screen.notify(Notice::LanguageNotLoaded(lang)),
                                );
                            }
                        }
                    />
                </div>
                <div class="summary-actions">
                    <button type="button" on:click=|_| web::print("job", "job")>
                        {t.doc().print_jd}
                    </button>
                    <button type="button" class="secondary" on:click=move |_| copy(session, job_text())>
                        {t.doc().copy_jd}
                    </button>
                    <button type="button" class="secondary" on:click=download_job>
                        {t.doc().download_jd}
                    </button>
                </div>
            </Headed>
            <div class="doc-frame" data-doc="job">
                {move || job(session).map(|doc| view! { <JobDescriptionPage doc /> })}
            </div>
            <Headed class="fit-controls" id="fit-heading" heading=t.doc().fit_for>
                <div class="bar-row">
                    // Worded in the language this view is drawn in (see `Session::entry_titles_in`).
                    <Choice
                        label=t.assessment
                        class="field pick"
                        options=Signal::derive(move || session.entry_titles_in(session.lang.get_untracked()))
                        selected=Signal::derive(move || fit_entry_id(session))
                        on_change=move |id| screen.fit_with.set(id)
                    />
                    <button type="button" class="secondary" on:click=|_| web::print("fit", "job")>
                        {t.doc().print_fit}
                    </button>
                </div>
            </Headed>
            <div class="doc-frame" data-doc="fit">
                {move || fit_of(session).map(|doc| view! { <FitPage doc /> })}
            </div>
            <Confirm
                id="delete-role"
                title=Signal::derive(move || fill(session.t().doc().delete_role_title, &[("x", &title())]))
                body=t.doc().delete_role_body
                confirm=t.delete_confirm
                open=delete_open
                on_confirm=move |_| {
                    if let Some(id) = session.with_book(|b| b.current_role.and_then(|i| b.roles.get(i)).map(|r| r.id.clone())) {
                        session.apply(Change::DeleteRole(id));
                    }
                }
            />
        </Show>
    }
}
