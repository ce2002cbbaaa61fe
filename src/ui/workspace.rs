use leptos::prelude::*;
use reactive_stores::Store;
use std::sync::Arc;

use super::app::{use_session, Session};
use super::dialog::ConfirmDialog;
use super::matrix::{BlockSection, RetiredItems, ScaleGuide};
use super::summary::{PersonForm, SummaryCard};
use crate::core::assessment::Assessment;
use crate::core::notice::Notice;
use crate::core::profile::Profile;
use crate::core::progress::progress;
use crate::core::report::as_text;
use crate::core::saved::{restore, Restored, SavedState, STORAGE_KEY};
use crate::core::shared::Shared;
use crate::core::summary::summarize;
use crate::core::texts::fill;
use crate::core::{exchange, link};
use crate::web::{self, WriteError};

#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Matrix,
    Summary,
}

/// The loaded profile with the user's assessment: owns the state and keeps it saved.
#[component]
pub fn Workspace(profile: Arc<Profile>, saved: Assessment) -> impl IntoView {
    let session = use_session();
    let store = Store::new(Assessment::for_profile(&profile, saved));
    let last_saved = keep_saved(session, store);

    let progress = {
        let profile = profile.clone();
        Memo::new(move |_| store.with(|assessment| progress(&profile, assessment)))
    };
    // The summary follows the ratings one task later: a click repaints its row first, and the
    // summary (whose cost grows with the profile) is computed once per burst of changes.
    let settled = RwSignal::new(0u64);
    let summary_due = StoredValue::new(false);
    Effect::new(move || {
        store.track();
        if !summary_due.get_value() {
            summary_due.set_value(true);
            set_timeout(
                move || {
                    summary_due.set_value(false);
                    settled.update(|n| *n += 1);
                },
                std::time::Duration::ZERO,
            );
        }
    });
    let summary = {
        let profile = profile.clone();
        Memo::new(move |_| {
            settled.track();
            store.with_untracked(|assessment| summarize(&profile, assessment))
        })
    };
    let today = Signal::derive(web::today);
    let overall = move || {
        let count = progress.get().overall;
        fill(
            session.texts().progress_answered,
            &[
                ("answered", &count.answered.to_string()),
                ("total", &count.total.to_string()),
            ],
        )
    };

    // Importing, from a share link or a file: straight in when the matrix is empty, else
    // only after the user confirms.
    let pending = RwSignal::new(None::<Shared>);
    let confirm_import = RwSignal::new(false);
    // Bumped whenever the rows are replaced (import, erase, another tab): what depends on the
    // set of rows rather than on their answers recomputes only then.
    let rows_replaced = RwSignal::new(0u64);
    let replace_rows = move |assessment: Assessment| {
        store.set(assessment);
        rows_replaced.update(|n| *n += 1);
    };
    // Shows a whole saved state: another tab's, or the empty one after erasing.
    let take_over = {
        let profile = profile.clone();
        move |state: SavedState| {
            replace_rows(Assessment::for_profile(&profile, state.assessment));
            session.person.set(state.person);
            session.chosen_lang.set(state.language);
            session.intro_dismissed.set(state.intro_dismissed);
        }
    };
    let apply = move |shared: Shared| {
        replace_rows(shared.assessment);
        session.person.set(shared.person);
        session.fragment.set(String::new());
        web::clear_hash();
        session.notify(Notice::Imported);
    };
    let import = move |shared: Shared| {
        let has_data = !store.with_untracked(Assessment::is_blank)
            || !session.person.with_untracked(|p| p.is_empty());
        if has_data {
            pending.set(Some(shared));
            confirm_import.set(true);
        } else {
            apply(shared);
        }
    };

    // Another tab saved (or erased): take over its state, so that this tab's next change cannot
    // overwrite what was entered there.
    {
        let take_over = take_over.clone();
        web::on_change_in_other_tab(STORAGE_KEY, move |raw| {
            let state = match restore(raw.as_deref()) {
                Restored::Fresh => SavedState::new(),
                Restored::Loaded(state) => state,
                // The other tab sets an unreadable entry aside itself when it next starts.
                Restored::Unreadable { .. } => return,
            };
            last_saved.set_value(state.storage_form());
            take_over(state);
        });
    }

    // A share link in the address bar opens read-only; a bad one gets a notice.
    let incoming = {
        let profile = profile.clone();
        Memo::new(move |_| {
            let fragment = session.fragment.get();
            link::is_share_fragment(&fragment).then(|| link::decode(&profile, &fragment))
        })
    };
    Effect::new(move || {
        if let Some(Err(refusal)) = incoming.get() {
            session.notify(Notice::LinkRefused(refusal));
            session.fragment.set(String::new());
            web::clear_hash();
        }
    });
    let shared_view = move || incoming.get().and_then(Result::ok);

    let erase = move || {
        web::remove_own_keys();
        last_saved.set_value(None);
        take_over(SavedState::new());
        session.notices.set(vec![Notice::Erased]);
    };

    let view = RwSignal::new(View::Matrix);
    let own = {
        let profile = profile.clone();
        move || {
            let profile = profile.clone();
            let erase = erase.clone();
            view! {
                <nav class="views" aria-label=move || session.texts().views>
                    <button type="button" aria-pressed=move || (view.get() == View::Matrix).to_string() on:click=move |_| view.set(View::Matrix)>
                        {move || session.texts().view_matrix}
                    </button>
                    <button type="button" aria-pressed=move || (view.get() == View::Summary).to_string() on:click=move |_| view.set(View::Summary)>
                        {move || session.texts().view_summary}
                    </button>
                </nav>
                <div class="panes">
                    <div class="matrix-pane" class:is-hidden=move || view.get() != View::Matrix>
                        <div class="toolbar">
                            <p class="overall" aria-live="polite">{overall}</p>
                            <progress
                                max=move || progress.get().overall.total
                                value=move || progress.get().overall.answered
                                aria-label=overall
                            ></progress>
                            <button type="button" class="secondary to-summary" on:click=move |_| view.set(View::Summary)>
                                {move || session.texts().view_summary}
                            </button>
                        </div>
                        <ScaleGuide profile=profile.clone() />
                        <div id="matrix" class="matrix" tabindex="-1">
                            {profile
                                .blocks
                                .iter()
                                .enumerate()
                                .map(|(index, block)| {
                                    view! {
                                        <BlockSection
                                            block=block.clone()
                                            profile=profile.clone()
                                            store
                                            count=Signal::derive(move || progress.get().blocks.get(index).copied().unwrap_or_default())
                                        />
                                    }
                                })
                                .collect_view()}
                        </div>
                        <RetiredItems profile=profile.clone() store rows_replaced />
                        <EraseData erase />
                    </div>
                    <aside class="summary-pane" class:is-hidden=move || view.get() != View::Summary>
                        <PersonForm person=session.person />
                        <SummaryActions profile=profile.clone() store today import />
                        <SummaryCard profile=profile.clone() summary person=session.person date=today />
                    </aside>
                </div>
            }
        }
    };

    view! {
        {
            let profile = profile.clone();
            move || match shared_view() {
                Some(shared) => view! { <SharedSummary profile=profile.clone() shared import /> }.into_any(),
                None => own().into_any(),
            }
        }
        <ConfirmDialog
            open=confirm_import
            id="replace"
            title=Signal::derive(move || session.texts().replace_title)
            body=Signal::derive(move || session.texts().replace_body)
            confirm=Signal::derive(move || session.texts().replace_confirm)
            cancel=Signal::derive(move || session.texts().cancel)
            on_confirm=move || {
                if let Some(shared) = pending.get_untracked() {
                    apply(shared);
                }
                pending.set(None);
            }
        />
    }
}

/// One effect keeps storage in step with the state: it reads everything that is saved, so it
/// runs after every change, and writes the whole entry at once — but only when the entry would
/// differ from what was last read or written. So the start-up run writes nothing (and cannot
/// clobber what another tab stored meanwhile), and a failed write is retried with the next change.
/// Returns what it last wrote, for code that learns of a write made elsewhere.
fn keep_saved(session: Session, store: Store<Assessment>) -> StoredValue<Option<String>> {
    let current = move || SavedState {
        language: session.chosen_lang.get(),
        intro_dismissed: session.intro_dismissed.get(),
        person: session.person.get(),
        assessment: store.with(|assessment| assessment.without_blanks()),
        ..SavedState::new()
    };
    let last_saved = StoredValue::new(untrack(current).storage_form());
    Effect::new(move || {
        let wanted = current().storage_form();
        if !session.can_save || last_saved.with_value(|last| *last == wanted) {
            return;
        }
        let written = match &wanted {
            None => {
                web::remove(STORAGE_KEY);
                Ok(())
            }
            Some(json) => web::write(STORAGE_KEY, json),
        };
        match written {
            Ok(()) => {
                last_saved.set_value(wanted);
                session.withdraw(&Notice::StorageFull);
            }
            Err(WriteError::Full) => session.notify(Notice::StorageFull),
            Err(WriteError::Unavailable) => session.notify(Notice::StorageUnavailable),
        }
    });
    last_saved
}

/// Print, copy as text, share link, export and import.
#[component]
fn SummaryActions(
    profile: Arc<Profile>,
    store: Store<Assessment>,
    today: Signal<String>,
    import: impl Fn(Shared) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let session = use_session();
    let status = RwSignal::new(String::new());
    let link = RwSignal::new(None::<String>);
    let current = {
        let profile = profile.clone();
        move || {
            store.with_untracked(|a| {
                Shared::new(
                    &profile,
                    today.get_untracked(),
                    session.person.get_untracked(),
                    a,
                )
            })
        }
    };

    let copy_text = {
        let profile = profile.clone();
        move |_| {
            let lang = session.lang.get_untracked();
            let text = store.with_untracked(|a| {
                let summary = summarize(&profile, a);
                as_text(
                    &profile,
                    &summary,
                    &session.person.get_untracked(),
                    &today.get_untracked(),
                    lang,
                )
            });
            copy_and_tell(session, status, text, |t| t.copied);
        }
    };
    let share = {
        let profile = profile.clone();
        let current = current.clone();
        move |_| {
            let url = web::url_with_fragment(&link::encode(&profile, &current()));
            link.set(Some(url.clone()));
            copy_and_tell(session, status, url, |t| t.link_copied);
        }
    };
    let export = {
        let current = current.clone();
        move |_| {
            let shared = current();
            let _ = web::download(
                &format!("competence-matrix-{}.json", shared.date),
                &exchange::export(&shared),
                "application/json",
            );
        }
    };
    let import_file = {
        let profile = profile.clone();
        move |ev: leptos::ev::Event| {
            let input: web_sys::HtmlInputElement = event_target(&ev);
            let profile = profile.clone();
            leptos::task::spawn_local(async move {
                match web::read_chosen_file(&input).await {
                    None => {}
                    Some(Err(())) => {
                        session.notify(Notice::FileRefused(crate::core::shared::Refusal::NotOurs))
                    }
                    Some(Ok(text)) => match exchange::import(&profile, &text) {
                        Ok(shared) => import(shared),
                        Err(refusal) => session.notify(Notice::FileRefused(refusal)),
                    },
                }
            });
        }
    };

    view! {
        <div class="summary-actions">
            <button type="button" on:click=move |_| web::print()>{move || session.texts().print}</button>
            <button type="button" class="secondary" on:click=copy_text>{move || session.texts().copy_text}</button>
            <button type="button" class="secondary" on:click=share>{move || session.texts().share_link}</button>
            <button type="button" class="secondary" on:click=export>{move || session.texts().export_file}</button>
            <label class="file-button">
                <input type="file" accept=".json,application/json" class="sr-only" on:change=import_file />
                <span>{move || session.texts().import_file}</span>
            </label>
            <p class="action-status" role="status">{move || status.get()}</p>
            {move || link.get().map(|url| view! {
                <label class="share-url">
                    <span class="caption">{move || session.texts().share_label}</span>
                    <input type="text" readonly prop:value=url on:focus=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        input.select();
                    } />
                </label>
            })}
        </div>
    }
}

/// Copies `text` and says in `status` whether it worked.
fn copy_and_tell(
    session: Session,
    status: RwSignal<String>,
    text: String,
    done: fn(&crate::core::texts::Texts) -> &'static str,
) {
    leptos::task::spawn_local(async move {
        let t = session.texts_untracked();
        let message = if web::copy_text(&text).await.is_ok() {
            done(t)
        } else {
            t.copy_failed
        };
        status.set(message.to_string());
    });
}

/// Someone else's summary, opened from a link: read-only, with the choice to import it.
#[component]
fn SharedSummary(
    profile: Arc<Profile>,
    shared: Shared,
    import: impl Fn(Shared) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let session = use_session();
    let summary = summarize(&profile, &shared.assessment);
    let person = shared.person.clone();
    let date = shared.date.clone();
    let close = move |_| {
        session.fragment.set(String::new());
        web::clear_hash();
    };
    view! {
        <section class="shared-intro" aria-labelledby="shared-heading">
            <h2 id="shared-heading">{move || session.texts().shared_heading}</h2>
            <p>{move || session.texts().shared_intro}</p>
            <div class="summary-actions">
                <button type="button" on:click=move |_| import(shared.clone())>{move || session.texts().import_into_mine}</button>
                <button type="button" class="secondary" on:click=move |_| web::print()>{move || session.texts().print}</button>
                <button type="button" class="secondary" on:click=close>{move || session.texts().back_to_mine}</button>
            </div>
        </section>
        <div class="summary-pane shared">
            <SummaryCard profile summary=Signal::stored(summary) person=Signal::stored(person) date=Signal::stored(date) />
        </div>
    }
}

/// "Erase my data", behind a confirmation dialog.
#[component]
fn EraseData(erase: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let session = use_session();
    let open = RwSignal::new(false);
    view! {
        <section class="danger-zone">
            <button type="button" class="danger" on:click=move |_| open.set(true)>
                {move || session.texts().erase}
            </button>
            <ConfirmDialog
                open
                id="erase"
                title=Signal::derive(move || session.texts().erase_title)
                body=Signal::derive(move || session.texts().erase_body)
                confirm=Signal::derive(move || session.texts().erase_confirm)
                cancel=Signal::derive(move || session.texts().cancel)
                on_confirm=erase
            />
        </section>
    }
}
