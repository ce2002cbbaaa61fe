//! The matrix view: the assessments bar above it, the progress line, the hints switch, the
//! matrix itself (`ui::rows`), the answers kept for retired items, erasing.

use leptos::prelude::*;

use super::kit::{said, Check, Choice, Confirm, CopyAndDelete, Field, FieldKind};
use super::later::{Later, Part};
use super::rows::{go_to_item, MatrixView};
use super::session::{use_session, Session};
use crate::core::answers::assessment::Perspective;
use crate::core::answers::change::{Change, EntryField};
use crate::core::answers::inputs::MatrixKind;
use crate::core::computed::progress::next_unanswered;
use crate::core::words::texts::fill;

/// A list of the assessments to pick one from.
#[component]
fn AssessmentPicker(
    #[prop(into)] selected: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    let session = use_session();
    view! {
        <Choice
            label=said(|t| t.assessment)
            class="field pick"
            options=Signal::derive(move || session.entry_titles())
            selected=selected
            on_change=on_change
        />
    }
}

/// The assessment on screen: pick another, make a new one or a copy, name it, date it, say
/// whose view it is and whom it is about, or delete it.
#[component]
pub fn AssessmentBar() -> impl IntoView {
    let session = use_session();
    let delete_open = RwSignal::new(false);
    let entry = move |read: fn(&crate::core::answers::workbook::Entry) -> String| {
        Signal::derive(move || session.with_meta(|b| read(b.entry())))
    };
    let set = move |make: fn(String) -> EntryField| {
        Callback::new(move |value: String| {
            session.apply(Change::Entry(make(value)));
        })
    };
    // The views it may be said to be (an agreed assessment is agreed: `Entry::views`).
    let perspectives = Signal::derive(move || {
        let lang = session.language();
        session.with_meta(|b| {
            b.entry()
                .views()
                .iter()
                .map(|p| (p.word().to_string(), p.label(lang).to_string()))
                .collect()
        })
    });
    // One line, "Self, 2026", that opens the choice of assessment, a new one, and its details.
    view! {
        <details class="assessment-bar" aria-label=said(|t| t.assessments_heading)>
            <summary>
                <span class="caption">{said(|t| t.assessment)}</span>
                " "
                <span class="current">{move || session.current_title()}</span>
            </summary>
            <div class="chooser">
                <div class="bar-row">
                    <AssessmentPicker
                        selected=Signal::derive(move || session.current_id())
                        on_change=move |id| {
                            session.apply(Change::SwitchTo(id));
                        }
                    />
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| {
                            session.apply(Change::Create { copy: false });
                        }
                    >
                        {said(|t| t.new_assessment)}
                    </button>
                </div>
                <fieldset class="about-fields">
                    <legend>{said(|t| t.about_assessment)}</legend>
                    <Field label=said(|t| t.assessment_name) value=entry(|e| e.name.clone()) on_input=set(EntryField::Name) />
                    <Field
                        label=said(|t| t.assessment_date)
                        of=FieldKind { kind: "date", ..FieldKind::TEXT }
                        value=entry(|e| e.date.clone())
                        on_input=set(EntryField::Date)
                    />
                    <Choice
                        label=said(|t| t.whose_view)
                        options=perspectives
                        selected=entry(|e| e.perspective.word().to_string())
                        on_change=move |word: String| {
                            if let Some(i) = Perspective::WORDS.iter().position(|w| *w == word) {
                                session.apply(Change::Entry(EntryField::Perspective(Perspective::ALL[i])));
                            }
                        }
                    />
                    <fieldset class="person-form">
                        <legend>{said(|t| t.your_details)}</legend>
                        <Field
                            label=said(|t| t.name)
                            of=FieldKind { autocomplete: "name", ..FieldKind::TEXT }
                            value=entry(|e| e.person.name.clone())
                            on_input=set(EntryField::PersonName)
                        />
                        <Field
                            label=said(|t| t.job_title)
                            of=FieldKind { autocomplete: "organization-title", ..FieldKind::TEXT }
                            value=entry(|e| e.person.job_title.clone())
                            on_input=set(EntryField::JobTitle)
                        />
                        <Field
                            label=said(|t| t.organisation)
                            of=FieldKind { autocomplete: "organization", ..FieldKind::TEXT }
                            value=entry(|e| e.person.organisation.clone())
                            on_input=set(EntryField::Organisation)
                        />
                    </fieldset>
                    <div class="bar-row">
                        <CopyAndDelete copy=Change::Create { copy: true } delete_open />
                    </div>
                </fieldset>
            </div>
            <Confirm
                id="delete"
                title=Signal::derive(move || fill(session.texts().delete_title, &[("x", &session.current_title())]))
                body=said(|t| t.delete_body)
                confirm=said(|t| t.delete_confirm)
                open=delete_open
                on_confirm=move |_| {
                    let id = session.with_book(|b| b.entry().id.clone());
                    session.apply(Change::Delete(id));
                }
            />
        </details>
    }
}

/// One answer kept for an item the profile no longer has, as the list shows it.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Retired {
    item: String,
    said: String,
    evidence: String,
}

/// The answers kept for items the profile no longer has (a newer profile version dropped
/// them); nothing when there are none.
#[component]
fn RetiredAnswers() -> impl IntoView {
    let session = use_session();
    let retired = Memo::new(move |_| {
        let t = session.texts();
        session.with_answers(|b| {
            b.entry()
                .assessment
                .retired(session.profile)
                .map(|rating| {
                    let level = rating
                        .current
                        .map(|level| fill(t.level_n, &[("n", &level.0.to_string())]));
                    let holding = rating.held.map(|holding| t.holding(holding).to_string());
                    let said = level
                        .into_iter()
                        .chain(holding)
                        .map(|part| format!(" · {part}"))
                        .collect::<String>();
                    Retired {
                        item: rating.item.clone(),
                        said,
                        evidence: rating.evidence.clone(),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || retired.with(|r| !r.is_empty())>
            <section class="block retired" aria-labelledby="retired-heading">
                <h2 id="retired-heading">{said(|t| t.retired_heading)}</h2>
                <p>{said(|t| t.retired_intro)}</p>
                <ul>
                    // Keyed by the whole line: a line that changed is drawn anew.
                    <For each=move || retired.get() key=|kept| kept.clone() let:kept>
                        <li>
                            <code>{kept.item}</code>
                            {kept.said}
                            {(!kept.evidence.is_empty())
                                .then(|| view! { " " <q>{kept.evidence}</q> })}
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// "Next unrated": the first unanswered item after where the user is, brought into view with
/// the focus on its choices.
fn next_unrated(session: Session) {
    let screen = session.screen;
    let place = screen.place.get_untracked();
    let next =
        session.with_book(|b| next_unanswered(session.profile, &b.entry().assessment, place));
    if let Some(position) = next {
        screen.place.set(Some(position));
        go_to_item(MatrixKind::Assessment, position, true);
    }
}

/// The matrix view: progress, the hints switch, the matrix, retired answers, erasing.
#[component]
pub fn MatrixPane() -> impl IntoView {
    let session = use_session();
    let screen = session.screen;
    let overall = move || {
        let count = session.progress.get().overall;
        fill(
            session.texts().progress_answered,
            &[
                ("answered", &count.answered.to_string()),
                ("total", &count.total.to_string()),
            ],
        )
    };
    // Once something is answered, and until everything is.
    let going = move || {
        let count = session.progress.get().overall;
        count.answered > 0 && count.answered < count.total
    };
    let hints = Memo::new(move |_| session.hints_from());
    view! {
        <div class="toolbar">
            <p class="overall" aria-live="polite">{overall}</p>
            <progress
                max=move || session.progress.get().overall.total
                value=move || session.progress.get().overall.answered
                aria-label=overall
            ></progress>
            <Show when=going>
                <button type="button" class="secondary next" on:click=move |_| next_unrated(session)>
                    {said(|t| t.next_unrated)}
                </button>
            </Show>
        </div>
        {move || {
            (!session.profile.is_reviewed(session.language()))
                .then(|| view! { <p class="translation-note">{said(|t| t.profile_unreviewed)}</p> })
        }}
        {move || {
            hints
                .get()
                .map(|from| {
                    view! {
                        <Check
                            label=fill(session.texts().show_hints, &[("x", &from)])
                            checked=screen.hints_shown
                            on_change=move |on| screen.hints_shown.set(on)
                        />
                    }
                })
        }}
        // An agreed assessment: the meeting's panel (later-loading code), above its matrix.
        {move || session.agreeing.get().then(|| view! { <Later part=Part::Agreement /> })}
        <MatrixView
            kind=MatrixKind::Assessment
            class=Signal::derive(move || {
                if hints.get().is_some() && !screen.hints_shown.get() {
                    "matrix-frame hide-hints".to_string()
                } else {
                    "matrix-frame".to_string()
                }
            })
        />
        <RetiredAnswers />
        // On a phone the menu holds it (the stylesheet).
        <section class="danger-zone">
            <button type="button" class="danger" on:click=move |_| screen.erase_open.set(true)>
                {said(|t| t.erase)}
            </button>
        </section>
    }
}
