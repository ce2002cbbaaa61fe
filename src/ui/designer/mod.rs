//! The profile designer, for an association: its own profile written on a page instead of in
//! a file — blocks, items, levels, career levels, the market reference, in each language —
//! with every problem beside its field as it is typed (`core::design`), previews of the matrix
//! in real frames of this app at a phone's and at a desktop's width, the draft kept in this
//! browser, and the files to put on its site.

mod blocks;
mod fields;

use leptos::prelude::*;

use super::kit::Headed;
use super::later;
use super::previews::Previews;
use super::session::use_session;
use crate::core::design::{Draft, Field, Problem, DRAFT_KEY, DRAFT_PREVIEW_KEY};
use crate::core::profile::{LoadError, Profile};
use crate::core::words::lang::Lang;
use crate::core::words::notice::Notice;
use crate::core::words::texts::{fill, DocTexts};
use crate::web;

/// The shipped profile, to start from.
const SHIPPED: &str = "profiles/ima-msp.json";

/// Largest file opened: far above any profile (the IMA profile is some 40 KB).
const MAX_FILE: usize = 2_000_000;

/// What the designer's parts share: the draft, the language whose texts are edited, the
/// draft's problems, and a line said to a screen reader when something moves.
#[derive(Clone, Copy)]
struct Design {
    draft: RwSignal<Draft>,
    editing: RwSignal<String>,
    problems: Memo<Vec<Problem>>,
    announced: RwSignal<String>,
    d: &'static DocTexts,
    lang: Lang,
}

impl Design {
    /// The problems said beside one field.
    fn said(self, field: Field) -> Signal<Vec<String>> {
        let problems = self.problems;
        Signal::derive(move || {
            problems.with(|all| {
                all.iter()
                    .filter(|p| p.field == field)
                    .map(|p| p.message.clone())
                    .collect()
            })
        })
    }

    /// Changes the draft with one of its edits.
    fn edit(self, change: impl FnOnce(&mut Draft)) {
        self.draft.update(change);
    }

    /// The language whose texts are edited, read where a text is shown.
    fn editing(self) -> String {
        self.editing.get()
    }
}

fn use_design() -> Design {
    expect_context::<Design>()
}

/// The draft kept in this browser, or a blank one in the user's language.
fn kept_or_blank(lang: Lang) -> Draft {
    web::read(DRAFT_KEY)
        .and_then(|json| Draft::from_stored(&json))
        .unwrap_or_else(|| Draft::blank(lang.code(), &web::today()))
}

#[component]
pub fn DesignPane() -> impl IntoView {
    let session = use_session();
    let (t, lang) = (session.t(), session.lang.get_untracked());
    let d = t.doc();
    let draft = RwSignal::new(kept_or_blank(lang));
    let problems = Memo::new(move |_| draft.with(|draft| draft.check(lang)));
    let design = Design {
        draft,
        editing: RwSignal::new(lang.code().to_string()),
        problems,
        announced: RwSignal::new(String::new()),
        d,
        lang,
    };
    provide_context(design);

    // Kept at every change: the draft, and the profile file the previews read.
    let revision = RwSignal::new(0u32);
    // What keeps the draft from being kept (storage full or blocked), said above the form.
    let not_kept = RwSignal::new(None::<String>);
    Effect::new(move |before: Option<()>| {
        let written = draft.with(|draft| {
            web::write_json(DRAFT_KEY, &draft.to_stored())
                .and_then(|()| web::write_json(DRAFT_PREVIEW_KEY, &draft.preview_file()))
        });
        not_kept.set(written.err().map(|error| match error {
            web::WriteError::Full => Notice::StorageFull.text(lang),
            web::WriteError::Unavailable => d.design_not_kept.to_string(),
        }));
        // The previews have loaded what was there when the page opened.
        if before.is_some() {
            revision.update(|n| *n += 1);
        }
    });
    // The previews load again after a change, in the language edited.
    let app = web::app_address();
    let address = Memo::new(move |_| {
        let code = design.editing.get();
        format!("{app}?embed&preview&draft={}&lang={code}", revision.get())
    });

    let status = Memo::new(move |_| match problems.with(Vec::len) {
        0 => d.design_ready.to_string(),
        1 => d.design_one_problem.to_string(),
        n => fill(d.design_problems, &[("x", &n.to_string())]),
    });
    let ready = Memo::new(move |_| problems.with(Vec::is_empty));
    let exported = RwSignal::new(String::new());
    let export = move |_| {
        let files = draft.with_untracked(Draft::files);
        for file in &files {
            web::download(&file.name, &file.text, "application/json");
        }
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        exported.set(fill(d.design_exported, &[("x", &names.join(", "))]));
    };
    let export_case = move |_| {
        let copy = draft.get_untracked();
        leptos::task::spawn_local(async move {
            let name = format!("{}-case.json", copy.profile.id);
            match later::case_package(copy, web::today()).await {
                Ok(text) => {
                    web::download(&name, &text, "application/json");
                    exported.set(fill(d.design_exported, &[("x", &name)]));
                }
                Err(_) => exported.set(t.view_failed.to_string()),
            }
        });
    };
    let file_id = Memo::new(move |_| draft.with(|draft| draft.profile.id.clone()));

    view! {
        <Headed class="designer" id="design-heading" heading=d.design_title>
            <p>{d.design_intro}</p>
            <Start />
            <div class="design-languages" role="radiogroup" aria-label=d.design_texts_in>
                <span class="caption" aria-hidden="true">{d.design_texts_in}</span>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        let code = lang.code();
                        view! {
                            <label class="chip">
                                <input
                                    type="radio"
                                    name="design-language"
                                    value=code
                                    prop:checked=move || design.editing.get() == code
                                    on:change=move |_| design.editing.set(code.to_string())
                                />
                                <span lang=code>{lang.native_name()}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="design-status" class:ready=ready role="status">{move || status.get()}</p>
            <Show when=move || not_kept.with(Option::is_some)>
                <p class="design-status" role="alert">
                    {move || not_kept.get()}
                </p>
            </Show>
            <div class="design-work">
                <div class="design-form">
                    <fields::ProfileFields />
                    <fields::LevelFields />
                    <blocks::BlockFields />
                    <fields::CareerFields />
                    <fields::MarketFields />
                    <fields::VersionFields />
                    <section class="design-part" aria-labelledby="design-export-heading">
                        <h3 id="design-export-heading">{d.design_export}</h3>
                        <p class="design-hint">
                            {move || fill(d.design_export_hint, &[("x", &file_id.get())])}
                        </p>
                        <p class="design-hint">
                            {move || fill(d.design_case_export_hint, &[("x", &file_id.get())])}
                        </p>
                        <div class="actions">
                            <button type="button" on:click=export prop:disabled=move || !ready.get()>
                                {d.design_export}
                            </button>
                            <button
                                type="button"
                                class="secondary"
                                on:click=export_case
                                prop:disabled=move || !ready.get()
                            >
                                {d.design_case_export}
                            </button>
                        </div>
                        <p class="action-status" role="status">{move || exported.get()}</p>
                    </section>
                </div>
                <aside class="design-previews" aria-labelledby="design-preview-heading">
                    <h3 id="design-preview-heading">{d.design_preview}</h3>
                    <p class="design-hint">{d.design_preview_hint}</p>
                    <Previews address />
                </aside>
            </div>
            <p class="sr-only" aria-live="polite">{move || design.announced.get()}</p>
        </Headed>
    }
}

/// Starting again: blank, from the shipped profile, or from files; each replaces the draft.
#[component]
fn Start() -> impl IntoView {
    let design = use_design();
    let (d, lang) = (design.d, design.lang);
    let said = RwSignal::new(String::new());
    // What a CASE package opened last left behind, said as a list under the status.
    let left = RwSignal::new(None::<Vec<String>>);
    let begin = move |draft: Draft| {
        left.set(None);
        design.editing.set(
            draft
                .profile
                .languages
                .iter()
                .find(|code| *code == lang.code())
                .or(draft.profile.languages.first())
                .cloned()
                .unwrap_or_else(|| lang.code().to_string()),
        );
        design.draft.set(draft);
    };
    let blank = move |_| {
        begin(Draft::blank(lang.code(), &web::today()));
        said.set(String::new());
    };
    let shipped = move |_| {
        leptos::task::spawn_local(async move {
            let profile = match web::fetch_text(SHIPPED).await {
                Ok(profile) => profile,
                Err(failure) => {
                    let url = SHIPPED.to_string();
                    said.set(LoadError::Fetch { url, failure }.message(lang));
                    return;
                }
            };
            // Its translation files, for the languages it does not hold.
            let held = Draft::open(&profile, &[])
                .map(|draft| draft.profile.languages)
                .unwrap_or_default();
            let mut translations = Vec::new();
            for other in Lang::ALL
                .into_iter()
                .filter(|l| !held.iter().any(|c| c == l.code()))
            {
                if let Ok(text) = web::fetch_text(&Profile::translation_url(SHIPPED, other)).await {
                    translations.push((other, text));
                }
            }
            match Draft::open(&profile, &translations) {
                Ok(draft) => {
                    begin(draft);
                    said.set(fill(d.design_opened, &[("x", SHIPPED)]));
                }
                Err(error) => said.set(fill(
                    d.design_open_refused,
                    &[("x", SHIPPED), ("why", &error.message(lang))],
                )),
            }
        });
    };
    let chosen = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(files) = input.files() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let mut read = Vec::new();
            let texts = web::read_files(files, MAX_FILE).await;
            // Emptied once read (the list of files empties with it), so that the same file
            // chosen again opens again.
            input.set_value("");
            for (name, text) in texts {
                match text {
                    Ok(text) => read.push((name, text)),
                    Err(problem) => {
                        let t = crate::core::words::texts::texts(lang);
                        said.set(match problem {
                            web::FileProblem::TooLarge => {
                                format!("{name}: {}", t.refused_too_large)
                            }
                            web::FileProblem::Unreadable => {
                                fill(t.fetch_unreadable, &[("x", &name)])
                            }
                        });
                        return;
                    }
                }
            }
            let names: Vec<String> = read.iter().map(|(name, _)| name.clone()).collect();
            let Ok(opened) = later::open_design_files(read, web::today()).await else {
                said.set(
                    crate::core::words::texts::texts(lang)
                        .view_failed
                        .to_string(),
                );
                return;
            };
            match opened {
                Ok(opened) => {
                    let names = names.join(", ");
                    begin(opened.draft);
                    let said_left = opened
                        .left
                        .map(|all| all.iter().map(|u| u.message(lang)).collect());
                    left.set(said_left);
                    said.set(match left.with_untracked(Option::is_some) {
                        true => fill(d.design_case_opened, &[("x", &names)]),
                        false => fill(d.design_opened, &[("x", &names)]),
                    });
                }
                Err((name, error)) => said.set(fill(
                    d.design_open_refused,
                    &[("x", &name), ("why", &error.message(lang))],
                )),
            }
        });
    };
    view! {
        <details class="design-start">
            <summary>{d.design_start}</summary>
            <p class="design-hint">{d.design_start_hint}</p>
            <div class="actions">
                <button type="button" class="secondary" on:click=blank>{d.design_start_blank}</button>
                <button type="button" class="secondary" on:click=shipped>{d.design_start_shipped}</button>
                <label class="file-button">
                    <input type="file" accept=".json,application/json" multiple class="sr-only" on:change=chosen />
                    <span>{d.design_open}</span>
                </label>
            </div>
            <p class="design-hint">{d.design_open_hint}</p>
        </details>
        <p class="action-status" role="status">{move || said.get()}</p>
        {move || {
            left.get()
                .map(|left| {
                    if left.is_empty() {
                        view! { <p class="design-hint">{d.design_case_whole}</p> }.into_any()
                    } else {
                        view! {
                            <div class="design-case-left">
                                <p id="design-case-left">{d.design_case_unmapped}</p>
                                <ul aria-labelledby="design-case-left">
                                    {left.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                                </ul>
                            </div>
                        }
                        .into_any()
                    }
                })
        }}
    }
}
