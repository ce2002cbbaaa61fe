//! The matrix as components: the level guide, a section per block with its count, and a keyed
//! `<For>` of rows. A row reads its own answer through a `Memo` (`Session::rating_at`,
//! `Session::need_at`), so that one rating redraws that row's choice and line, its block's
//! count and what the summary shows, and nothing else. Every input sends its value to the
//! session as the `Change` `core::answers::inputs` says it stands for. A large profile's rows
//! after the first [`FIRST_ROWS`] follow a part per frame, so that its first screen is not kept
//! waiting for the last row.

use leptos::prelude::*;

use super::page_copy::PageCopy;
use super::session::{use_session, Session};
use crate::core::answers::assessment::{Holding, Level, Rating};
use crate::core::answers::inputs::{
    change_of, chosen_line, count_line, input_name, Input, MatrixKind, FIRST_ROWS, ROWS_PER_PART,
};
use crate::core::answers::role::Requirement;
use crate::core::computed::progress::Count;
use crate::core::formats::shared::MAX_NOTE;
use crate::core::profile::BlockKind;
use crate::core::report::level_label;
use crate::core::words::texts::fill;
use crate::web;

/// An input of a matrix took `value`: the change it stands for goes to the session.
fn answer(session: Session, kind: MatrixKind, input: Input, position: usize, value: &str) {
    let Some(change) = change_of(session.profile, kind, input, position, value) else {
        return;
    };
    if kind == MatrixKind::Assessment {
        session.screen.place.set(Some(position));
    }
    if session.apply(change).save() && kind == MatrixKind::Assessment {
        session.screen.answered();
    }
}

/// Brings the item at `position` of the live matrix into view (and the focus to its choices).
pub fn go_to_item(kind: MatrixKind, position: usize, focus: bool) {
    web::bring_into_view(name_id(PageCopy::LIVE, kind, position), focus);
}

/// A matrix: an assessment's, or the needs of the role profile in the editor.
#[component]
pub fn MatrixView(kind: MatrixKind, #[prop(into)] class: Signal<String>) -> impl IntoView {
    let session = use_session();
    let profile = session.profile;
    // The build's copy of the page draws its first blocks whole, the app every block.
    let copy = PageCopy::here();
    let drawn = copy.blocks(profile);
    let total: usize = profile.blocks[..drawn].iter().map(|b| b.items.len()).sum();
    let first_rows = if copy.is_live() { FIRST_ROWS } else { total };
    let shown = RwSignal::new(first_rows.min(total));
    if shown.get_untracked() < total {
        // Stops when the matrix is gone (the signal with it).
        web::each_frame(move || {
            shown
                .try_update(|n| {
                    *n = (*n + ROWS_PER_PART).min(total);
                    *n < total
                })
                .unwrap_or(false)
        });
    }
    let counts = Memo::new(move |_| match kind {
        MatrixKind::Assessment => session.progress.get().blocks,
        MatrixKind::Role => session.role_counts(),
    });
    let id = copy.id(match kind {
        MatrixKind::Assessment => "matrix",
        MatrixKind::Role => "role-matrix",
    });
    // On a phone the guide folds into the first block it is about (the first rated one), so
    // that a first screen that starts with tasks shows the first task, not the guide.
    let guided = profile
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Rated);
    // The rows are drawn again in another language (the profile's texts and the app's in
    // every row); what is around them stays, and the answers are the workbook's.
    let blocks = move || {
        session.language();
        let mut start = 0;
        profile.blocks[..drawn]
            .iter()
            .enumerate()
            .map(|(index, block)| {
                let positions = start..start + block.items.len();
                start = positions.end;
                let guide = guided == Some(index);
                view! { <MatrixBlock kind index positions shown counts guide /> }
            })
            .collect_view()
    };
    let guides = move || {
        session.language();
        view! { <ScaleGuide kind wide=true /> }
    };
    view! {
        <div class=move || class.get()>
            {guides}
            <div id=id class="matrix" tabindex="-1">
                {blocks}
            </div>
        </div>
    }
}

/// What each level means: always open on a wide screen; folded on a phone, where each row
/// shows its chosen level's meaning. Both are drawn, the stylesheet shows one.
#[component]
fn ScaleGuide(kind: MatrixKind, wide: bool) -> impl IntoView {
    let session = use_session();
    let (profile, lang, t) = (session.profile, session.lang.get_untracked(), session.t());
    let copy = PageCopy::here();
    let steps = profile
        .levels
        .iter()
        .map(|step| {
            view! {
                <div class="step">
                    <dt>
                        <span class="num">{step.level}</span>
                        " "
                        {step.name.get(lang)}
                    </dt>
                    <dd id=wide.then(|| described_by(copy, kind, step.level))>{step.descriptor.get(lang)}</dd>
                </div>
            }
        })
        .collect_view();
    if wide {
        view! {
            <div class="scale-guide wide">
                <h2>{t.scale_heading}</h2>
                <dl>{steps}</dl>
            </div>
        }
        .into_any()
    } else {
        view! {
            // Inside the block it is about, a heading under the block's.
            <details class="scale-guide narrow">
                <summary>
                    <h3>{t.scale_heading}</h3>
                </summary>
                <dl>{steps}</dl>
            </details>
        }
        .into_any()
    }
}

/// A block: its heading, how much of it is answered, and its rows (those shown so far).
#[component]
fn MatrixBlock(
    kind: MatrixKind,
    index: usize,
    positions: std::ops::Range<usize>,
    shown: RwSignal<usize>,
    counts: Memo<Vec<Count>>,
    /// The folded guide to the levels goes under this block's heading (on a phone).
    guide: bool,
) -> impl IntoView {
    let session = use_session();
    let (profile, lang) = (session.profile, session.lang.get_untracked());
    let block = &profile.blocks[index];
    let heading = PageCopy::here().id(&format!("{}b{index}", kind.prefix()));
    let labelled = heading.clone();
    let rated = block.kind == BlockKind::Rated;
    let count = move || {
        let count = counts.with(|c| c.get(index).copied().unwrap_or_default());
        count_line(profile, kind, index, count, lang)
    };
    let (first, end) = (positions.start, positions.end);
    view! {
        <section class=if rated { "block rated" } else { "block held" } aria-labelledby=labelled>
            <div class="block-head">
                <h2 id=heading>{block.title.get(lang)}</h2>
                <p class="count">{count}</p>
            </div>
            {guide.then(|| view! { <ScaleGuide kind wide=false /> })}
            <div class="rows">
                {rated.then(|| view! { <HeaderRow kind /> })}
                <For
                    each=move || first..end.min(shown.get()).max(first)
                    key=|position| *position
                    let:position
                >
                    {if rated {
                        view! { <RatedRow kind position /> }.into_any()
                    } else {
                        view! { <HeldRow kind position /> }.into_any()
                    }}
                </For>
            </div>
        </section>
    }
}

/// The column heads of a rated block (for the eye: each row's group is named on its own).
#[component]
fn HeaderRow(kind: MatrixKind) -> impl IntoView {
    let session = use_session();
    let (profile, lang, t) = (session.profile, session.lang.get_untracked(), session.t());
    let none = match kind {
        MatrixKind::Role => t.not_needed,
        MatrixKind::Assessment => t.not_rated,
    };
    view! {
        <div class="row header" aria-hidden="true">
            <span class="item-name">{t.item}</span>
            <span class="levels">
                <span>{none}</span>
                {profile
                    .levels
                    .iter()
                    .map(|step| view! { <span><b>{step.level}</b> " " {step.name.get(lang)}</span> })
                    .collect_view()}
            </span>
            {(kind == MatrixKind::Assessment)
                .then(|| {
                    view! {
                        <span class="target">{t.target_level}</span>
                        <span class="evidence">{t.evidence}</span>
                    }
                })}
        </div>
    }
}

/// One radio of a row's group. `checked` is the workbook's: it wins over what the browser
/// remembers (after an erase, another tab's state, another assessment on screen). The
/// attribute says it too, for the page the build pre-renders from these components.
#[component]
fn Radio(
    name: String,
    value: usize,
    class: &'static str,
    face: String,
    /// What a screen reader says, when the face alone does not say it.
    label: Option<String>,
    described_by: Option<String>,
    #[prop(into)] checked: Signal<bool>,
    on_pick: impl Fn() + 'static,
) -> impl IntoView {
    let at_first = checked.get_untracked();
    let face = match label {
        // The face is a number for the eye; the label says the whole level.
        Some(label) => view! {
            <span class="face" aria-hidden="true">{face}</span>
            <span class="sr-only">{label}</span>
        }
        .into_any(),
        None => view! { <span class="face">{face}</span> }.into_any(),
    };
    view! {
        <label class=class>
            <input
                type="radio"
                name=name
                value=value
                aria-describedby=described_by
                checked=at_first
                prop:checked=checked
                on:change=move |_| on_pick()
            />
            {face}
        </label>
    }
}

/// A row's start: the item's name, by which its radio group is named.
fn name_id(copy: PageCopy, kind: MatrixKind, position: usize) -> String {
    copy.id(&format!("{}n{position}", kind.prefix()))
}

/// What a level means, in the guide (which describes each row's radio of that level).
fn described_by(copy: PageCopy, kind: MatrixKind, level: u8) -> String {
    copy.id(&format!("{}d{level}", kind.prefix()))
}

/// An input's name as this copy of the page writes it.
fn name_of(copy: PageCopy, kind: MatrixKind, input: Input, position: usize) -> String {
    copy.id(&input_name(kind, input, position))
}

/// What every row starts from: the item's name, its answer in an assessment (none in a role
/// profile, whose rows read their needs), and the copy of the page it is drawn in.
fn row_of(
    session: Session,
    kind: MatrixKind,
    position: usize,
) -> (&'static str, Memo<Option<Rating>>, PageCopy) {
    let profile = session.profile;
    let name = profile.item_name(
        profile.item_at(position).unwrap_or_default(),
        session.lang.get_untracked(),
    );
    let rating = Memo::new(move |_| match kind {
        MatrixKind::Assessment => session.rating_at(position),
        MatrixKind::Role => None,
    });
    (name, rating, PageCopy::here())
}

/// A rated item: its level (or, in a role, the level the post needs), the line that says what
/// it means, another assessment's level beside it, the target and the evidence.
#[component]
fn RatedRow(kind: MatrixKind, position: usize) -> impl IntoView {
    let session = use_session();
    let (profile, lang, t) = (session.profile, session.lang.get_untracked(), session.t());
    let (name, rating, copy) = row_of(session, kind, position);
    let level = Memo::new(move |_| match kind {
        MatrixKind::Assessment => rating.with(|r| r.as_ref().and_then(|r| r.current)),
        MatrixKind::Role => session.need_at(position).and_then(|need| need.level),
    });
    let input = kind.level_input();
    let group = name_of(copy, kind, input, position);
    let pick =
        move |value: usize| move || answer(session, kind, input, position, &value.to_string());
    let none = match kind {
        MatrixKind::Role => t.not_needed,
        MatrixKind::Assessment => t.not_rated,
    };
    let levels = profile
        .levels
        .iter()
        .map(|step| {
            let n = step.level;
            view! {
                <Radio
                    name=group.clone()
                    value=usize::from(n)
                    class="choice"
                    face=n.to_string()
                    label=Some(level_label(profile, Level(n), lang))
                    described_by=Some(described_by(copy, kind, n))
                    checked=Signal::derive(move || level.get() == Some(Level(n)))
                    on_pick=pick(usize::from(n))
                />
            }
        })
        .collect_view();
    view! {
        <div class="row">
            <span class="item-name" id=name_id(copy, kind, position)>{name}</span>
            <div class="levels" role="radiogroup" aria-labelledby=name_id(copy, kind, position)>
                <Radio
                    name=group.clone()
                    value=0
                    class="choice none"
                    face="–".to_string()
                    label=Some(none.to_string())
                    described_by=None
                    checked=Signal::derive(move || level.get().is_none())
                    on_pick=pick(0)
                />
                {levels}
            </div>
            {(kind == MatrixKind::Assessment).then(|| view! { <Hint position /> })}
            <p class="chosen">{move || chosen_line(profile, kind, level.get(), lang)}</p>
            {(kind == MatrixKind::Assessment)
                .then(|| view! { <Target position name rating copy /> <Evidence position name rating copy /> })}
        </div>
    }
}

/// What shows beside an item: another assessment's answer, or what each side of an agreement
/// said and where the item stands.
#[component]
fn Hint(position: usize) -> impl IntoView {
    let session = use_session();
    move || {
        session
            .hint_line(position)
            .map(|line| view! { <p class="hint">{line}</p> })
    }
}

/// The level aimed at.
#[component]
fn Target(
    position: usize,
    name: &'static str,
    rating: Memo<Option<Rating>>,
    copy: PageCopy,
) -> impl IntoView {
    let session = use_session();
    let (profile, lang, t) = (session.profile, session.lang.get_untracked(), session.t());
    let target = Memo::new(move |_| rating.with(|r| r.as_ref().and_then(|r| r.target)));
    let at_first = target.get_untracked();
    let kind = MatrixKind::Assessment;
    view! {
        <label class="target">
            <span class="caption">{t.target_level}</span>
            <select
                name=name_of(copy, kind, Input::Target, position)
                aria-label=fill(t.target_for, &[("item", name)])
                prop:value=move || target.get().map(|l| l.0.to_string()).unwrap_or_default()
                on:change=move |ev| answer(session, kind, Input::Target, position, &event_target_value(&ev))
            >
                <option value="">{t.no_target}</option>
                {profile
                    .levels
                    .iter()
                    .map(|step| {
                        view! {
                            <option value=step.level selected=at_first == Some(Level(step.level))>
                                {level_label(profile, Level(step.level), lang)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The evidence for an answer: a note of what was done.
#[component]
fn Evidence(
    position: usize,
    name: &'static str,
    rating: Memo<Option<Rating>>,
    copy: PageCopy,
) -> impl IntoView {
    let session = use_session();
    let t = session.t();
    // In an agreed assessment the note says what was agreed.
    let hint = move || {
        if session.agreeing.get() {
            t.agreed_note_hint
        } else {
            t.evidence_hint
        }
    };
    let note = Memo::new(move |_| {
        rating.with(|r| r.as_ref().map(|r| r.evidence.clone()).unwrap_or_default())
    });
    let kind = MatrixKind::Assessment;
    view! {
        <label class="evidence">
            <span class="caption">{t.evidence}</span>
            <textarea
                name=name_of(copy, kind, Input::Evidence, position)
                rows="1"
                maxlength=MAX_NOTE
                aria-label=fill(t.evidence_for, &[("item", name)])
                placeholder=hint
                prop:value=move || note.get()
                on:input=move |ev| answer(session, kind, Input::Evidence, position, &event_target_value(&ev))
            >
                {note.get_untracked()}
            </textarea>
        </label>
    }
}

/// A held item: how it is held (or, in a role, whether the post includes it), another
/// assessment's answer beside it, and the evidence.
#[component]
fn HeldRow(kind: MatrixKind, position: usize) -> impl IntoView {
    let session = use_session();
    let t = session.t();
    let (name, rating, copy) = row_of(session, kind, position);
    let choices = match kind {
        MatrixKind::Assessment => {
            let held = Memo::new(move |_| rating.with(|r| r.as_ref().and_then(|r| r.held)));
            let group = name_of(copy, kind, Input::Holding, position);
            Holding::ALL
                .into_iter()
                .map(|holding| {
                    let value = holding.index();
                    view! {
                        <Radio
                            name=group.clone()
                            value
                            class="choice"
                            face=t.holding(holding).to_string()
                            label=None
                            described_by=None
                            checked=Signal::derive(move || held.get() == Some(holding))
                            on_pick=move || answer(session, kind, Input::Holding, position, &value.to_string())
                        />
                    }
                })
                .collect_view()
                .into_any()
        }
        MatrixKind::Role => {
            let requirement =
                Memo::new(move |_| session.need_at(position).and_then(|need| need.requirement));
            let group = name_of(copy, kind, Input::Requirement, position);
            [
                (None, t.not_in_post),
                (Some(Requirement::Optional), t.optional),
                (Some(Requirement::Required), t.required),
            ]
            .into_iter()
            .enumerate()
            .map(|(value, (choice, label))| {
                view! {
                    <Radio
                        name=group.clone()
                        value
                        class="choice"
                        face=label.to_string()
                        label=None
                        described_by=None
                        checked=Signal::derive(move || requirement.get() == choice)
                        on_pick=move || answer(session, kind, Input::Requirement, position, &value.to_string())
                    />
                }
            })
            .collect_view()
            .into_any()
        }
    };
    view! {
        <div class="row">
            <span class="item-name" id=name_id(copy, kind, position)>{name}</span>
            <div class="levels holdings" role="radiogroup" aria-labelledby=name_id(copy, kind, position)>
                {choices}
            </div>
            {(kind == MatrixKind::Assessment).then(|| view! { <Hint position /> <Evidence position name rating copy /> })}
        </div>
    }
}
