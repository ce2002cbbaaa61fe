//! The documents, in words: the summary, the comparison, the fit and the job description, each
//! built as one [`El`] tree that the page shows, the printer prints and "copy as text" copies.
//! This module holds what they share (levels, careers, the market, the chart); each document
//! has a module of its own.

mod comparison;
mod fit;
mod job;
mod summary;

pub use comparison::{comparison_doc, side_labels};
pub use fit::{fit_doc, fit_verdict};
pub use job::job_description_doc;
pub use summary::summary_doc;

use crate::core::answers::assessment::{Holding, Level, Perspective};
use crate::core::answers::role::{Requirement, RoleProfile};
use crate::core::answers::workbook::{role_title, Entry};
use crate::core::computed::comparison::{Comparison, Order, Row};
use crate::core::computed::fit::{Fit, Mark};
use crate::core::computed::summary::{
    claim_threshold, Distribution, Gap, Summary, SupportedLevel, RESPONSIBILITIES_SHOWN, SHOWN,
};
use crate::core::doc::{el, El};
use crate::core::formats::shared::Person;
use crate::core::profile::{BlockKind, MarketBand, MarketReference, Profile};
use crate::core::words::lang::Lang;
use crate::core::words::texts::{fill, texts, Texts};

/// "4 Business partner"
pub fn level_label(profile: &Profile, level: Level, lang: Lang) -> String {
    match profile.level_step(level.0) {
        Some(step) => format!("{} {}", level.0, step.name.get(lang)),
        None => level.0.to_string(),
    }
}

/// "Level 4 · Business partner: Works as a strategic partner …", the line under a row.
pub fn level_line(profile: &Profile, level: Option<Level>, lang: Lang) -> String {
    let t = texts(lang);
    match level.and_then(|l| profile.level_step(l.0)) {
        Some(step) => format!(
            "{} · {}: {}",
            fill(t.level_n, &[("n", &step.level.to_string())]),
            step.name.get(lang),
            step.descriptor.get(lang)
        ),
        None => t.doc().no_level_yet.to_string(),
    }
}

/// "Executive Assistant, Acme"
pub fn person_line(person: &Person) -> String {
    [person.job_title.trim(), person.organisation.trim()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The career level's name and typical job titles, if the profile has them.
pub fn career(profile: &Profile, level: Level, lang: Lang) -> Option<(String, String)> {
    let career = profile.career_levels.iter().find(|c| c.level == level.0)?;
    let titles: Vec<&str> = career.titles.iter().map(|t| t.get(lang)).collect();
    Some((career.name.get(lang).to_string(), titles.join(", ")))
}

fn item_names(profile: &Profile, items: &[String], lang: Lang) -> String {
    items
        .iter()
        .map(|id| profile.item_name(id, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "3 of 4 rated items are at level 3 or above, led by Communication, MS Office."
pub fn level_reason(profile: &Profile, level: &SupportedLevel, lang: Lang) -> String {
    fill(
        texts(lang).doc().level_because,
        &[
            ("at", &level.at_or_above.to_string()),
            ("rated", &level.rated.to_string()),
            ("n", &level.level.0.to_string()),
            ("items", &item_names(profile, &level.carried_by, lang)),
        ],
    )
}

/// "2 → 4", or "not rated → 3"
pub fn gap_steps(gap: &Gap, lang: Lang) -> String {
    let from = gap.current.map_or_else(
        || texts(lang).unrated_short.to_string(),
        |l| l.0.to_string(),
    );
    format!("{from} → {}", gap.target.0)
}

fn money(amount: u32, currency: &str, lang: Lang) -> String {
    let digits = amount.to_string();
    let separator = texts(lang).digit_group;
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    match currency {
        "EUR" => format!("€ {grouped}"),
        "USD" => format!("$ {grouped}"),
        "GBP" => format!("£ {grouped}"),
        other => format!("{other} {grouped}"),
    }
}

/// "€ 3,000 – 4,500", "from € 5,000", "up to € 2,000"
pub fn band_range(band: &MarketBand, currency: &str, lang: Lang) -> String {
    let t = texts(lang);
    match (band.min, band.max) {
        (Some(min), Some(max)) => format!(
            "{} – {}",
            money(min, currency, lang),
            money(max, currency, lang).trim_start_matches(['€', '$', '£', ' '])
        ),
        (Some(min), None) => format!("{} {}", t.doc().from_amount, money(min, currency, lang)),
        (None, Some(max)) => format!("{} {}", t.doc().up_to_amount, money(max, currency, lang)),
        (None, None) => String::new(),
    }
}

/// "Market reference (indicative): Netherlands, gross per month"
pub fn market_heading(market: &MarketReference, lang: Lang) -> String {
    let t = texts(lang);
    format!(
        "{} ({}): {}, {}",
        t.doc().market_heading,
        t.doc().indicative,
        market.region.get(lang),
        market.period.get(lang)
    )
}

pub fn market_source(market: &MarketReference, lang: Lang) -> String {
    fill(
        texts(lang).doc().market_source,
        &[("source", market.source.get(lang)), ("date", &market.date)],
    )
}

fn market_section(profile: &Profile, level: Option<Level>, lang: Lang) -> Option<El> {
    let market = profile.market.as_ref()?;
    let bands = market.bands.iter().map(|band| {
        let li = el("li");
        let li = if level.is_some_and(|l| band.levels.contains(&l.0)) {
            li.class("match")
        } else {
            li
        };
        li.kid(el("span").class("what").text(band.label.get(lang)))
            .text(" · ")
            .text(band_range(band, &market.currency, lang))
    });
    Some(
        el("section")
            .class("market")
            .kid(el("h3").text(market_heading(market, lang)))
            .kid(el("ul").kids(bands))
            .kid(el("p").class("source").text(market_source(market, lang))),
    )
}

/// "Anna de Vries · Executive Assistant, Acme · 2026-11-25"-style line, `<time>` included.
fn who_line(person: &Person, date: &str) -> El {
    let who = person_line(person);
    el("p")
        .class("who")
        .text(if who.is_empty() {
            String::new()
        } else {
            format!("{who} · ")
        })
        .kid(el("time").attr("datetime", date).text(date))
}

/// The career-level part of the summary: claimed, provisional, or none yet.
fn level_part(profile: &Profile, level: Option<&SupportedLevel>, lang: Lang) -> Vec<El> {
    let t = texts(lang);
    let Some(level) = level else {
        return vec![el("p").text(t.doc().level_none)];
    };
    let career = career(profile, level.level, lang);
    let label = level_label(profile, level.level, lang);
    let mut parts = Vec::new();
    let claim = el("p")
        .class(if level.is_provisional() {
            "level-claim provisional"
        } else {
            "level-claim"
        })
        .kid(
            el("span")
                .class("level-badge")
                .attr("aria-hidden", "true")
                .text(level.level.0.to_string()),
        );
    let claim = if level.is_provisional() {
        claim.kid(el("strong").text(fill(t.doc().provisional_level, &[("x", &label)])))
    } else {
        claim.kid(el("strong").text(label)).text(
            career
                .as_ref()
                .map(|(name, _)| format!(" — {name}"))
                .unwrap_or_default(),
        )
    };
    parts.push(claim);
    if level.is_provisional() {
        parts.push(el("p").class("needed").text(fill(
            t.doc().rate_more,
            &[
                ("n", &level.still_needed().to_string()),
                ("total", &level.ratable.to_string()),
                ("rated", &level.rated.to_string()),
            ],
        )));
    } else if let Some((_, titles)) = career {
        parts.push(el("p").text(fill(t.doc().typical_titles, &[("titles", &titles)])));
    }
    parts.push(el("p").text(level_reason(profile, level, lang)));
    parts
}

/// One series of bars in a chart: its counts per level, its name in the legend, and whether
/// it is drawn solid (else outlined and dashed).
pub struct Series<'a> {
    pub counts: &'a [usize],
    pub label: &'a str,
    pub solid: bool,
}

/// Bars per level for one rated block, two series side by side: current and target levels, or
/// an earlier and a later date. Solid and dashed outline tell them apart in black and white, so
/// the chart prints on any printer; whole numbers only, so that no float formatting is in the
/// wasm.
pub fn chart(profile: &Profile, block: &str, series: [Series; 2], lang: Lang) -> El {
    let t = texts(lang);
    let title = profile
        .blocks
        .iter()
        .find(|b| b.id == block)
        .map(|b| b.title.get(lang).to_string())
        .unwrap_or_default();
    let levels = series[0].counts.len();
    let count = |s: &Series, i: usize| s.counts.get(i).copied().unwrap_or(0);
    let tallest = (0..levels)
        .flat_map(|i| [count(&series[0], i), count(&series[1], i)])
        .max()
        .unwrap_or(0)
        .max(1);
    let (width, base) = (40 * levels + 10, 66);
    let bar = |n: usize| n * 54 / tallest;
    let counts: Vec<String> = (0..levels)
        .map(|i| {
            fill(
                t.doc().chart_level,
                &[
                    ("n", &(i + 1).to_string()),
                    ("a", series[0].label),
                    ("x", &count(&series[0], i).to_string()),
                    ("b", series[1].label),
                    ("y", &count(&series[1], i).to_string()),
                ],
            )
        })
        .collect();
    let description = fill(
        t.doc().chart_describe,
        &[("block", &title), ("counts", &counts.join("; "))],
    );
    let mut svg = el("svg")
        .attr("viewBox", format!("0 0 {width} 84"))
        .attr("role", "img")
        .attr("aria-label", description)
        .kid(
            el("line")
                .class("baseline")
                .attr("x1", "4")
                .attr("x2", (width - 4).to_string())
                .attr("y1", base.to_string())
                .attr("y2", base.to_string()),
        );
    for i in 0..levels {
        let x = 10 + 40 * i;
        for (k, s) in series.iter().enumerate() {
            let n = count(s, i);
            let left = x + 16 * k;
            svg = svg.kid(
                el("rect")
                    .class(if s.solid { "bar-current" } else { "bar-target" })
                    .attr("x", left.to_string())
                    .attr("y", (base - bar(n)).to_string())
                    .attr("width", "14")
                    .attr("height", bar(n).to_string()),
            );
            if s.solid && n > 0 {
                svg = svg.kid(
                    el("text")
                        .class("count")
                        .attr("x", (left + 7).to_string())
                        .attr("y", (base - bar(n) - 3).to_string())
                        .attr("text-anchor", "middle")
                        .text(n.to_string()),
                );
            }
        }
        svg = svg.kid(
            el("text")
                .class("axis")
                .attr("x", (x + 15).to_string())
                .attr("y", (base + 13).to_string())
                .attr("text-anchor", "middle")
                .text((i + 1).to_string()),
        );
    }
    let key = |s: &Series| el("span").class(if s.solid { "key current" } else { "key target" });
    el("figure")
        .class("chart")
        .kid(el("figcaption").text(title))
        .kid(svg)
        .kid(
            el("p")
                .class("legend")
                .attr("aria-hidden", "true")
                .kid(key(&series[0]))
                .text(series[0].label)
                .text(" ")
                .kid(key(&series[1]))
                .text(series[1].label),
        )
}

fn charts(profile: &Profile, distributions: &[Distribution], lang: Lang) -> El {
    let t = texts(lang);
    el("section")
        .class("charts")
        .kid(el("h3").text(t.doc().chart_heading))
        .kid(
            el("div")
                .class("chart-row")
                .kids(distributions.iter().map(|d| {
                    chart(
                        profile,
                        &d.block,
                        [
                            Series {
                                counts: &d.current,
                                label: t.doc().chart_current,
                                solid: true,
                            },
                            Series {
                                counts: &d.target,
                                label: t.doc().chart_target,
                                solid: false,
                            },
                        ],
                        lang,
                    )
                })),
        )
}

fn more(t: &Texts, total: usize, shown: usize) -> Option<El> {
    (total > shown).then(|| {
        el("li").class("more").text(fill(
            t.doc().and_more,
            &[("n", &(total - shown).to_string())],
        ))
    })
}

fn claims_or_none(t: &Texts, items: Vec<El>, more: Option<El>) -> El {
    if items.is_empty() {
        el("p").text(t.doc().none_marked)
    } else {
        el("ul").class("claims").kids(items).kid_if(more)
    }
}

/// "Anna de Vries (Manager)" for lists.
pub fn perspective_of(entry: &Entry, lang: Lang) -> &'static str {
    Perspective::label(entry.perspective, lang)
}

#[cfg(test)]
mod tests;
