//! The matrix: a section per block, a row per item. Each row holds a `Field` of its own rating,
//! so a change re-runs that row only.

use leptos::prelude::*;
use reactive_stores::{Field, Store};
use std::sync::Arc;

use super::app::use_session;
use crate::core::assessment::{Assessment, AssessmentStoreFields, Holding, Level, Rating};
use crate::core::profile::{Block, BlockKind, Item, Profile};
use crate::core::progress::Count;
use crate::core::texts::fill;

/// Ids for the DOM, from item ids (which may hold dots, never spaces).
fn dom_id(prefix: &str, item: &str) -> String {
    format!("{prefix}-{item}")
}

/// What each level means, always in view: the radios point to these descriptions.
#[component]
pub fn ScaleGuide(profile: Arc<Profile>) -> impl IntoView {
    let session = use_session();
    let steps = profile.levels.clone();
    view! {
        // Open on a wide screen, folded on a phone where each row shows its chosen level's text.
        <details class="scale-guide" open=crate::web::is_wide_screen()>
            <summary>
                <h2>{move || session.texts().scale_heading}</h2>
            </summary>
            <dl>
                {steps
                    .into_iter()
                    .map(|step| {
                        let name = step.name.clone();
                        let descriptor = step.descriptor.clone();
                        view! {
                            <div class="step">
                                <dt>
                                    <span class="num">{step.level}</span>
                                    " "
                                    {move || name.get(session.lang.get()).to_string()}
                                </dt>
                                <dd id=format!("level-desc-{}", step.level)>
                                    {move || descriptor.get(session.lang.get()).to_string()}
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </details>
    }
}

#[component]
pub fn BlockSection(
    block: Block,
    profile: Arc<Profile>,
    store: Store<Assessment>,
    #[prop(into)] count: Signal<Count>,
) -> impl IntoView {
    let session = use_session();
    let heading_id = format!("block-{}", block.id);
    let labelled_by = heading_id.clone();
    let kind = block.kind;
    let title = block.title.clone();
    let count_text = move || {
        let count = count.get();
        let template = match kind {
            BlockKind::Rated => session.texts().progress_rated,
            BlockKind::Held => session.texts().progress_answered,
        };
        fill(
            template,
            &[
                ("answered", &count.answered.to_string()),
                ("total", &count.total.to_string()),
            ],
        )
    };
    let items = block.items.clone();
    let class = match kind {
        BlockKind::Rated => "block rated",
        BlockKind::Held => "block held",
    };
    view! {
        <section class=class aria-labelledby=labelled_by>
            <div class="block-head">
                <h2 id=heading_id>{move || title.get(session.lang.get()).to_string()}</h2>
                <p class="count">{count_text}</p>
            </div>
            <div class="rows">
                {(kind == BlockKind::Rated).then(|| view! { <RatedHeader profile=profile.clone() /> })}
                <For each=move || items.clone() key=|item| item.id.clone() let:item>
                    {
                        let rating: Field<Rating> = store.ratings().at_key(item.id.clone()).into();
                        match kind {
                            BlockKind::Rated => {
                                view! { <RatedRow item rating profile=profile.clone() /> }.into_any()
                            }
                            BlockKind::Held => view! { <HeldRow item rating /> }.into_any(),
                        }
                    }
                </For>
            </div>
        </section>
    }
}

/// Column heads for the wide, table-like layout. Hidden from screen readers: every radio is
/// named on its own.
#[component]
fn RatedHeader(profile: Arc<Profile>) -> impl IntoView {
    let session = use_session();
    let steps = profile.levels.clone();
    view! {
        <div class="row header" aria-hidden="true">
            <span class="item-name">{move || session.texts().item}</span>
            <span class="levels">
                <span>{move || session.texts().not_rated}</span>
                {steps
                    .into_iter()
                    .map(|step| {
                        let name = step.name.clone();
                        view! {
                            <span>
                                <b>{step.level}</b>
                                " "
                                {move || name.get(session.lang.get()).to_string()}
                            </span>
                        }
                    })
                    .collect_view()}
            </span>
            <span class="target">{move || session.texts().target_level}</span>
            <span class="evidence">{move || session.texts().evidence}</span>
        </div>
    }
}

#[component]
fn RatedRow(item: Item, rating: Field<Rating>, profile: Arc<Profile>) -> impl IntoView {
    let session = use_session();
    let name_id = dom_id("item", &item.id);
    let labelled_by = name_id.clone();
    let group = dom_id("current", &item.id);
    let text = item.text.clone();
    let item_name = Signal::derive(move || text.get(session.lang.get()).to_string());
    let current = move || rating.with(|r| r.current);

    let not_rated = view! {
        <label class="choice none">
            <input
                type="radio"
                name=group.clone()
                value="0"
                prop:checked=move || current().is_none()
                on:change=move |_| rating.update(|r| r.current = None)
            />
            <span class="face" aria-hidden="true">"–"</span>
            <span class="sr-only">{move || session.texts().not_rated}</span>
        </label>
    };
    let choices = profile
        .levels
        .iter()
        .map(|step| {
            let level = Level(step.level);
            let name = step.name.clone();
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=group.clone()
                        value=step.level
                        aria-describedby=format!("level-desc-{}", step.level)
                        prop:checked=move || current() == Some(level)
                        on:change=move |_| rating.update(|r| r.current = Some(level))
                    />
                    <span class="face" aria-hidden="true">{step.level}</span>
                    <span class="sr-only">{step.level} " " {move || name.get(session.lang.get()).to_string()}</span>
                </label>
            }
        })
        .collect_view();

    let chosen = {
        let profile = profile.clone();
        move || {
            let lang = session.lang.get();
            match current().and_then(|level| profile.level_step(level.0)) {
                Some(step) => format!(
                    "{} · {}: {}",
                    fill(session.texts().level_n, &[("n", &step.level.to_string())]),
                    step.name.get(lang),
                    step.descriptor.get(lang)
                ),
                None => session.texts().no_level_yet.to_string(),
            }
        }
    };

    let target_options = profile
        .levels
        .iter()
        .map(|step| {
            let name = step.name.clone();
            let value = step.level.to_string();
            view! {
                <option value=value.clone()>
                    {step.level} " " {move || name.get(session.lang.get()).to_string()}
                </option>
            }
        })
        .collect_view();
    let target_value =
        move || rating.with(|r| r.target.map(|l| l.0.to_string()).unwrap_or_default());
    let set_target = move |ev| {
        let value = event_target_value(&ev);
        let target = value.parse::<u8>().ok().map(Level);
        rating.update(|r| r.target = target);
    };

    view! {
        <div class="row">
            <span class="item-name" id=name_id>{item_name}</span>
            <div class="levels" role="radiogroup" aria-labelledby=labelled_by>
                {not_rated}
                {choices}
            </div>
            <p class="chosen">{chosen}</p>
            <label class="target">
                <span class="caption">{move || session.texts().target_level}</span>
                <select
                    aria-label=move || fill(session.texts().target_for, &[("item", &item_name.get())])
                    on:change=set_target
                    prop:value=target_value
                >
                    <option value="">{move || session.texts().no_target}</option>
                    {target_options}
                </select>
            </label>
            <EvidenceField rating item_name />
        </div>
    }
}

#[component]
fn HeldRow(item: Item, rating: Field<Rating>) -> impl IntoView {
    let session = use_session();
    let name_id = dom_id("item", &item.id);
    let labelled_by = name_id.clone();
    let group = dom_id("held", &item.id);
    let text = item.text.clone();
    let item_name = Signal::derive(move || text.get(session.lang.get()).to_string());
    let choices = Holding::ALL
        .into_iter()
        .map(|holding| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=group.clone()
                        value=format!("{holding:?}")
                        prop:checked=move || rating.with(|r| r.held == Some(holding))
                        on:change=move |_| rating.update(|r| r.held = Some(holding))
                    />
                    <span class="face">{move || session.texts().holding(holding)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="row">
            <span class="item-name" id=name_id>{item_name}</span>
            <div class="levels holdings" role="radiogroup" aria-labelledby=labelled_by>
                {choices}
            </div>
            <EvidenceField rating item_name />
        </div>
    }
}

/// The evidence note: saved on every keystroke, so a closed tab loses nothing.
#[component]
fn EvidenceField(rating: Field<Rating>, item_name: Signal<String>) -> impl IntoView {
    let session = use_session();
    view! {
        <label class="evidence">
            <span class="caption">{move || session.texts().evidence}</span>
            <textarea
                aria-label=move || fill(session.texts().evidence_for, &[("item", &item_name.get())])
                rows="1"
                maxlength="2000"
                placeholder=move || session.texts().evidence_hint
                prop:value=move || rating.with(|r| r.evidence.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    rating.update(|r| r.evidence = text);
                }
            ></textarea>
        </label>
    }
}

/// Answers kept for items that this profile no longer has: shown, never dropped.
#[component]
pub fn RetiredItems(
    profile: Arc<Profile>,
    store: Store<Assessment>,
    rows_replaced: RwSignal<u64>,
) -> impl IntoView {
    let session = use_session();
    // Retired rows cannot be edited, so they change only when all rows are replaced: a rating
    // click does not rescan every row.
    let retired = Memo::new(move |_| {
        rows_replaced.track();
        store.with_untracked(|assessment| {
            assessment
                .retired(&profile)
                .cloned()
                .collect::<Vec<Rating>>()
        })
    });
    view! {
        <Show when=move || retired.with(|r| !r.is_empty())>
            <section class="block retired" aria-labelledby="retired-heading">
                <h2 id="retired-heading">{move || session.texts().retired_heading}</h2>
                <p>{move || session.texts().retired_intro}</p>
                <ul>
                    <For each=move || retired.get() key=|rating| rating.item.clone() let:rating>
                        <li>
                            <code>{rating.item.clone()}</code>
                            {rating.current.map(|level| {
                                format!(" · {}", fill(session.texts().level_n, &[("n", &level.0.to_string())]))
                            })}
                            {rating.held.map(|holding| format!(" · {}", session.texts().holding(holding)))}
                            {(!rating.evidence.is_empty()).then(|| view! { <q>{rating.evidence.clone()}</q> })}
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}
