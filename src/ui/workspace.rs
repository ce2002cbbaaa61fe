use leptos::html::Dialog;
use leptos::prelude::*;
use reactive_stores::Store;
use std::sync::Arc;

use super::app::use_session;
use super::matrix::{BlockSection, RetiredItems, ScaleGuide};
use crate::core::assessment::Assessment;
use crate::core::notice::Notice;
use crate::core::profile::Profile;
use crate::core::progress::progress;
use crate::core::saved::{SavedState, STORAGE_KEY};
use crate::core::texts::fill;
use crate::web::{self, WriteError};

/// The loaded profile with the user's assessment: owns the state and keeps it saved.
#[component]
pub fn Workspace(profile: Arc<Profile>, saved: Assessment) -> impl IntoView {
    let session = use_session();
    let store = Store::new(Assessment::for_profile(&profile, saved));

    // One effect keeps storage in step with the state: it reads everything that is saved, so
    // it runs after every change, and writes the whole entry at once.
    Effect::new(move || {
        let state = SavedState {
            language: session.chosen_lang.get(),
            intro_dismissed: session.intro_dismissed.get(),
            assessment: store.with(|assessment| assessment.without_blanks()),
            ..SavedState::new()
        };
        if !session.can_save {
            return;
        }
        let written = if state.is_empty() {
            web::remove(STORAGE_KEY);
            Ok(())
        } else {
            web::write(STORAGE_KEY, &state.to_json())
        };
        match written {
            Ok(()) => session.withdraw(&Notice::StorageFull),
            Err(WriteError::Full) => session.notify(Notice::StorageFull),
            Err(WriteError::Unavailable) => session.notify(Notice::StorageUnavailable),
        }
    });

    let progress = {
        let profile = profile.clone();
        Memo::new(move |_| store.with(|assessment| progress(&profile, assessment)))
    };
    let overall = move || {
        let count = progress.get().overall;
        fill(
            session.texts().progress_overall,
            &[
                ("answered", &count.answered.to_string()),
                ("total", &count.total.to_string()),
            ],
        )
    };

    let erase = {
        let profile = profile.clone();
        move || {
            web::remove_own_keys();
            store.set(Assessment::for_profile(&profile, Assessment::default()));
            session.chosen_lang.set(None);
            session.intro_dismissed.set(false);
            session.notices.set(vec![Notice::Erased]);
        }
    };

    view! {
        <div class="toolbar">
            <p class="overall" aria-live="polite">{overall}</p>
            <progress
                max=move || progress.get().overall.total
                value=move || progress.get().overall.answered
                aria-label=overall
            ></progress>
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
        <RetiredItems profile=profile.clone() store />
        <EraseData erase />
    }
}

/// "Erase my data", behind a confirmation dialog.
#[component]
fn EraseData(erase: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let session = use_session();
    let dialog = NodeRef::<Dialog>::new();
    let open = move |_| {
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move || {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    view! {
        <section class="danger-zone">
            <button type="button" class="danger" on:click=open>{move || session.texts().erase}</button>
            <dialog node_ref=dialog aria-labelledby="erase-title" aria-describedby="erase-body">
                <h2 id="erase-title">{move || session.texts().erase_title}</h2>
                <p id="erase-body">{move || session.texts().erase_body}</p>
                <div class="dialog-actions">
                    <button type="button" class="secondary" autofocus on:click=move |_| close()>
                        {move || session.texts().cancel}
                    </button>
                    <button
                        type="button"
                        class="danger"
                        on:click=move |_| {
                            erase();
                            close();
                        }
                    >
                        {move || session.texts().erase_confirm}
                    </button>
                </div>
            </dialog>
        </section>
    }
}
