//! What the documents share, drawn: lists of claims, the career level, the market, the charts.

use leptos::prelude::*;

use crate::core::report::{Chart, Claim, Claims, LevelPart, Market};

/// "what · how — “note”"
#[component]
pub fn ClaimLine(claim: Claim) -> impl IntoView {
    let Claim {
        what,
        how,
        note,
        missing,
    } = claim;
    view! {
        <li>
            <span class="what">{what}</span>
            " · "
            <span class="how">{how}</span>
            {note.map(|note| view! { " — " <q>{note}</q> })}
            {missing.map(|missing| view! { " — " <span class="missing">{missing}</span> })}
        </li>
    }
}

/// A section of claims, or the line that says there are none; `after` below the list.
#[component]
pub fn ClaimsSection(
    class: &'static str,
    claims: Claims,
    #[prop(optional)] after: Option<String>,
) -> impl IntoView {
    let Claims {
        heading,
        claims,
        more,
        none,
    } = claims;
    let list = if claims.is_empty() {
        view! { <p>{none}</p> }.into_any()
    } else {
        view! {
            <ul class="claims">
                {claims.into_iter().map(|claim| view! { <ClaimLine claim /> }).collect_view()}
                {more.map(|more| view! { <li class="more">{more}</li> })}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class=class>
            <h3>{heading}</h3>
            {list}
            {after.map(|after| view! { <p>{after}</p> })}
        </section>
    }
}

/// The career level an assessment supports, with its rule.
#[component]
pub fn LevelSection(level: LevelPart) -> impl IntoView {
    let LevelPart {
        heading,
        claim,
        needed,
        lines,
        rule,
    } = level;
    view! {
        <section class="level">
            <h3>{heading}</h3>
            {claim
                .map(|claim| {
                    view! {
                        <p class=if claim.provisional { "level-claim provisional" } else { "level-claim" }>
                            <span class="level-badge" aria-hidden="true">{claim.badge}</span>
                            <strong>{claim.said}</strong>
                            {claim.career}
                        </p>
                    }
                })}
            {needed.map(|needed| view! { <p class="needed">{needed}</p> })}
            {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            <p class="rule">{rule}</p>
        </section>
    }
}

/// The market reference, the supported level's band marked.
#[component]
pub fn MarketSection(market: Market) -> impl IntoView {
    let Market {
        heading,
        bands,
        source,
    } = market;
    view! {
        <section class="market">
            <h3>{heading}</h3>
            <ul>
                {bands
                    .into_iter()
                    .map(|(matched, label, range)| {
                        view! {
                            <li class=matched.then_some("match")>
                                <span class="what">{label}</span>
                                " · "
                                {range}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="source">{source}</p>
        </section>
    }
}

/// Bars per level, two series side by side: solid and dashed outline tell them apart in black
/// and white, so the chart prints on any printer; whole numbers only.
#[component]
pub fn ChartFigure(chart: Chart) -> impl IntoView {
    let Chart {
        title,
        description,
        series,
    } = chart;
    let levels = series[0].counts.len();
    let count = |k: usize, i: usize| series[k].counts.get(i).copied().unwrap_or(0);
    let tallest = (0..levels)
        .flat_map(|i| [count(0, i), count(1, i)])
        .max()
        .unwrap_or(0)
        .max(1);
    let (width, base) = (40 * levels + 10, 66);
    let bar = |n: usize| n * 54 / tallest;
    let bars = (0..levels)
        .map(|i| {
            let x = 10 + 40 * i;
            let pair = (0..2)
                .map(|k| {
                    let (n, solid, left) = (count(k, i), series[k].solid, x + 16 * k);
                    view! {
                        <rect
                            class=if solid { "bar-current" } else { "bar-target" }
                            x=left
                            y=base - bar(n)
                            width="14"
                            height=bar(n)
                        ></rect>
                        {(solid && n > 0)
                            .then(|| {
                                view! {
                                    <text class="count" x=left + 7 y=base - bar(n) - 3 text-anchor="middle">
                                        {n}
                                    </text>
                                }
                            })}
                    }
                })
                .collect_view();
            view! {
                {pair}
                <text class="axis" x=x + 15 y=base + 13 text-anchor="middle">
                    {i + 1}
                </text>
            }
        })
        .collect_view();
    let key = |solid: bool| if solid { "key current" } else { "key target" };
    let [first, second] = series;
    view! {
        <figure class="chart">
            <figcaption>{title}</figcaption>
            <svg viewBox=format!("0 0 {width} 84") role="img" aria-label=description>
                <line class="baseline" x1="4" x2=width - 4 y1=base y2=base></line>
                {bars}
            </svg>
            <p class="legend" aria-hidden="true">
                <span class=key(first.solid)></span>
                {first.label}
                " "
                <span class=key(second.solid)></span>
                {second.label}
            </p>
        </figure>
    }
}
