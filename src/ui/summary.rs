//! The summary page: what the ratings argue, on screen and on one printed page. All wording
//! comes from `core::report`; this module only lays it out.

use leptos::prelude::*;
use std::sync::Arc;

use super::app::use_session;
use crate::core::lang::Lang;
use crate::core::profile::Profile;
use crate::core::report::{
    band_range, career, gap_steps, item_name, level_label, level_reason, market_heading,
    market_source, person_line,
};
use crate::core::shared::Person;
use crate::core::summary::{Distribution, Summary, RESPONSIBILITIES_SHOWN, SHOWN};
use crate::core::texts::{fill, texts};

/// The one-page summary card. Everything in it is text nodes: notes and names can never
/// become markup.
#[component]
pub fn SummaryCard(
    profile: Arc<Profile>,
    #[prop(into)] summary: Signal<Summary>,
    #[prop(into)] person: Signal<Person>,
    #[prop(into)] date: Signal<String>,
) -> impl IntoView {
    let session = use_session();
    move || {
        let lang = session.lang.get();
        let t = texts(lang);
        let summary = summary.get();
        let person = person.get();
        let p = &profile;
        let name = person.name.trim().to_string();
        let who = person_line(&person);
        let supported = summary.level.as_ref().map(|l| l.level);

        let level_part = match &summary.level {
            Some(level) => {
                let career = career(p, level.level, lang);
                view! {
                    <p class="level-claim">
                        <span class="level-badge">{level.level.0}</span>
                        <strong>{level_label(p, level.level, lang)}</strong>
                        {career.as_ref().map(|(name, _)| format!(" — {name}"))}
                    </p>
                    {career.map(|(_, titles)| view! { <p>{fill(t.typical_titles, &[("titles", &titles)])}</p> })}
                    <p>{level_reason(p, &summary, lang)}</p>
                }
                .into_any()
            }
            None => view! { <p>{t.level_none}</p> }.into_any(),
        };

        let strengths = summary
            .strengths
            .iter()
            .map(|s| {
                let evidence = match &s.evidence {
                    Some(note) => view! { <q>{note.clone()}</q> }.into_any(),
                    None => view! { <span class="missing">{t.no_evidence}</span> }.into_any(),
                };
                view! {
                    <li>
                        <span class="what">{item_name(p, &s.item, lang)}</span>
                        " · "
                        <span class="how">{level_label(p, s.level, lang)}</span>
                        " — "
                        {evidence}
                    </li>
                }
            })
            .collect_view();

        let responsibilities = summary
            .responsibilities
            .iter()
            .take(RESPONSIBILITIES_SHOWN)
            .map(|r| {
                view! {
                    <li>
                        <span class="what">{item_name(p, &r.item, lang)}</span>
                        " · "
                        <span class="how">{t.holding(r.holding)}</span>
                        {r.evidence.clone().map(|note| view! { " — " <q>{note}</q> })}
                    </li>
                }
            })
            .collect_view();

        let gaps = summary
            .gaps
            .iter()
            .take(SHOWN)
            .map(|g| {
                view! {
                    <li>
                        <span class="what">{item_name(p, &g.item, lang)}</span>
                        " · "
                        <span class="how">{gap_steps(g, lang)}</span>
                    </li>
                }
            })
            .collect_view();
        let more_responsibilities =
            (summary.responsibilities.len() > RESPONSIBILITIES_SHOWN).then(|| {
                let more = (summary.responsibilities.len() - RESPONSIBILITIES_SHOWN).to_string();
                view! { <li class="more">{fill(t.and_more, &[("n", &more)])}</li> }
            });
        let more_gaps = (summary.gaps.len() > SHOWN)
            .then(|| view! { <li class="more">{fill(t.and_more, &[("n", &(summary.gaps.len() - SHOWN).to_string())])}</li> });

        let market = p.market.as_ref().map(|market| {
            let bands = market
                .bands
                .iter()
                .map(|band| {
                    let matches = supported.is_some_and(|l| band.levels.contains(&l.0));
                    view! {
                        <li class:match=matches>
                            <span class="what">{band.label.get(lang).to_string()}</span>
                            " · "
                            {band_range(band, &market.currency, lang)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="market">
                    <h3>{market_heading(market, lang)}</h3>
                    <ul>{bands}</ul>
                    <p class="source">{market_source(market, lang)}</p>
                </section>
            }
        });

        let charts = summary
            .distributions
            .iter()
            .map(|d| view! { <LevelChart profile=p.clone() distribution=d.clone() lang /> })
            .collect_view();

        view! {
            <article class="summary-card" aria-labelledby="summary-title">
                <header class="summary-head">
                    <h2 id="summary-title">
                        {t.summary_title}
                        {(!name.is_empty()).then(|| format!(" — {name}"))}
                    </h2>
                    <p class="who">
                        {(!who.is_empty()).then(|| format!("{who} · "))}
                        <time datetime=date.get()>{date.get()}</time>
                    </p>
                    <p class="profile-name">{format!("{} ({})", p.name.get(lang), p.version)}</p>
                </header>
                <section class="level">
                    <h3>{t.level_heading}</h3>
                    {level_part}
                    <p class="rule">{t.level_rule}</p>
                </section>
                <section class="charts">
                    <h3>{t.chart_heading}</h3>
                    <div class="chart-row">{charts}</div>
                </section>
                <section>
                    <h3>{t.strengths_heading}</h3>
                    {if summary.strengths.is_empty() {
                        view! { <p>{t.none_marked}</p> }.into_any()
                    } else {
                        view! { <ul class="claims">{strengths}</ul> }.into_any()
                    }}
                </section>
                <section class="responsibilities">
                    <h3>{t.responsibilities_heading}</h3>
                    {(!summary.responsibilities.is_empty())
                        .then(|| view! { <ul class="claims">{responsibilities} {more_responsibilities}</ul> })}
                    <p>
                        {fill(
                            t.tasks_held,
                            &[
                                ("held", &summary.tasks_held.answered.to_string()),
                                ("total", &summary.tasks_held.total.to_string()),
                            ],
                        )}
                    </p>
                </section>
                <section class="goals">
                    <h3>{t.gaps_heading}</h3>
                    {if summary.gaps.is_empty() {
                        view! { <p>{t.none_marked}</p> }.into_any()
                    } else {
                        view! { <ul class="claims">{gaps} {more_gaps}</ul> }.into_any()
                    }}
                </section>
                {market}
            </article>
        }
    }
}

/// Bars per level for one rated block: solid for the current levels, outlined for targets.
/// Drawn in black and grey so that it prints on any printer.
#[component]
fn LevelChart(profile: Arc<Profile>, distribution: Distribution, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let title = profile
        .blocks
        .iter()
        .find(|b| b.id == distribution.block)
        .map(|b| b.title.get(lang).to_string())
        .unwrap_or_default();
    let levels = distribution.current.len();
    // Whole numbers only: formatting floats would add kilobytes of code to the wasm.
    let tallest = distribution
        .current
        .iter()
        .chain(&distribution.target)
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let (width, height, base) = (40 * levels + 10, 84, 66);
    // The tallest bar fills the height; the counts are written on the bars.
    let bar_height = |count: usize| count * 54 / tallest;
    let description = {
        let counts: Vec<String> = (0..levels)
            .map(|i| {
                format!(
                    "{} {}: {} ({} {})",
                    t.chart_current,
                    i + 1,
                    distribution.current[i],
                    t.chart_target,
                    distribution.target[i]
                )
            })
            .collect();
        fill(
            t.chart_describe,
            &[("block", &title), ("counts", &counts.join(", "))],
        )
    };
    let bars = (0..levels)
        .map(|i| {
            let x = 10 + 40 * i;
            let (current, target) = (distribution.current[i], distribution.target[i]);
            let (hc, ht) = (bar_height(current), bar_height(target));
            view! {
                <rect class="bar-current" x=x y=base - hc width="14" height=hc />
                <rect class="bar-target" x=x + 16 y=base - ht width="14" height=ht />
                <text class="count" x=x + 7 y=base - hc - 3 text-anchor="middle">{(current > 0).then(|| current.to_string())}</text>
                <text class="axis" x=x + 15 y=base + 13 text-anchor="middle">{i + 1}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <figcaption>{title}</figcaption>
            <svg viewBox=format!("0 0 {width} {height}") role="img" aria-label=description>
                <line x1="4" x2=width - 4 y1=base y2=base class="baseline" />
                {bars}
            </svg>
            <p class="legend" aria-hidden="true">
                <span class="key current"></span>
                {t.chart_current}
                " "
                <span class="key target"></span>
                {t.chart_target}
            </p>
        </figure>
    }
}

/// Name, job title and organisation, typed in the app and kept like the ratings.
#[component]
pub fn PersonForm(person: RwSignal<Person>) -> impl IntoView {
    let session = use_session();
    let field = move |label: fn(&crate::core::texts::Texts) -> &'static str,
                      get: fn(&Person) -> String,
                      set: fn(&mut Person, String),
                      autocomplete: &'static str| {
        view! {
            <label>
                <span class="caption">{move || label(session.texts())}</span>
                <input
                    type="text"
                    maxlength="200"
                    autocomplete=autocomplete
                    prop:value=move || person.with(get)
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        person.update(|p| set(p, value));
                    }
                />
            </label>
        }
    };
    view! {
        <fieldset class="person-form">
            <legend>{move || session.texts().your_details}</legend>
            {field(|t| t.name, |p| p.name.clone(), |p, v| p.name = v, "name")}
            {field(|t| t.job_title, |p| p.job_title.clone(), |p, v| p.job_title = v, "organization-title")}
            {field(|t| t.organisation, |p| p.organisation.clone(), |p, v| p.organisation = v, "organization")}
        </fieldset>
    }
}
