//! The documents, in words: the summary, the comparison, the fit and the job description, each
//! built as one [`El`] tree that the page shows, the printer prints and "copy as text" copies.

use super::assessment::{Holding, Level, Perspective};
use super::compare::{Comparison, Order, Row};
use super::doc::{el, El};
use super::lang::Lang;
use super::profile::{BlockKind, MarketBand, MarketReference, Profile};
use super::role::{Fit, Mark, Requirement, RoleProfile};
use super::shared::Person;
use super::summary::{
    claim_threshold, Distribution, Gap, Summary, SupportedLevel, RESPONSIBILITIES_SHOWN, SHOWN,
};
use super::texts::{fill, texts, Texts};
use super::workbook::{role_title, Entry};

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
    let separator = if lang == Lang::Nl { '.' } else { ',' };
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

/// The one-page summary of an assessment; with the fit to a role when one is aimed at.
pub fn summary_doc(
    profile: &Profile,
    entry: &Entry,
    summary: &Summary,
    fit: Option<(&RoleProfile, &Fit)>,
    lang: Lang,
) -> El {
    let t = texts(lang);
    let p = profile;
    let name = entry.person.name.trim();
    let title = if name.is_empty() {
        t.doc().summary_title.to_string()
    } else {
        format!("{} — {name}", t.doc().summary_title)
    };
    let supported = summary
        .level
        .as_ref()
        .filter(|l| !l.is_provisional())
        .map(|l| l.level);

    let strengths = summary
        .strengths
        .iter()
        .map(|s| {
            let li = el("li")
                .kid(el("span").class("what").text(p.item_name(&s.item, lang)))
                .text(" · ")
                .kid(el("span").class("how").text(level_label(p, s.level, lang)))
                .text(" — ");
            match &s.evidence {
                Some(note) => li.kid(el("q").text(note.clone())),
                None => li.kid(el("span").class("missing").text(t.doc().no_evidence)),
            }
        })
        .collect();
    let responsibilities = summary
        .responsibilities
        .iter()
        .take(RESPONSIBILITIES_SHOWN)
        .map(|r| {
            let li = el("li")
                .kid(el("span").class("what").text(p.item_name(&r.item, lang)))
                .text(" · ")
                .kid(el("span").class("how").text(t.holding(r.holding)));
            match &r.evidence {
                Some(note) => li.text(" — ").kid(el("q").text(note.clone())),
                None => li,
            }
        })
        .collect();
    let gaps = summary
        .gaps
        .iter()
        .take(SHOWN)
        .map(|g| {
            el("li")
                .kid(el("span").class("what").text(p.item_name(&g.item, lang)))
                .text(" · ")
                .kid(el("span").class("how").text(gap_steps(g, lang)))
        })
        .collect();

    let mut head = el("header")
        .class("summary-head")
        .kid(el("h2").attr("id", "summary-title").text(title))
        .kid(who_line(&entry.person, &entry.date));
    head = head.kid(el("p").class("profile-name").text(format!(
        "{} ({}) · {}",
        p.name.get(lang),
        p.version,
        entry.title(lang)
    )));

    let level = el("section")
        .class("level")
        .kid(el("h3").text(t.doc().level_heading))
        .kids(level_part(p, summary.level.as_ref(), lang))
        .kid(el("p").class("rule").text(fill(
            t.doc().level_rule,
            &[
                ("threshold", &claim_threshold(summary.ratable).to_string()),
                ("total", &summary.ratable.to_string()),
            ],
        )));

    el("article")
        .class("summary-card doc")
        .attr("aria-labelledby", "summary-title")
        .kid(head)
        .kid(level)
        .kid(charts(p, &summary.distributions, lang))
        .kid(
            el("section")
                .class("strengths")
                .kid(el("h3").text(t.doc().strengths_heading))
                .kid(claims_or_none(t, strengths, None)),
        )
        .kid(
            el("section")
                .class("responsibilities")
                .kid(el("h3").text(t.doc().responsibilities_heading))
                .kid(claims_or_none(
                    t,
                    responsibilities,
                    more(t, summary.responsibilities.len(), RESPONSIBILITIES_SHOWN),
                ))
                .kid(el("p").text(fill(
                    t.doc().tasks_held,
                    &[
                        ("held", &summary.tasks_held.answered.to_string()),
                        ("total", &summary.tasks_held.total.to_string()),
                    ],
                ))),
        )
        .kid(
            el("section")
                .class("goals")
                .kid(el("h3").text(t.doc().gaps_heading))
                .kid(claims_or_none(t, gaps, more(t, summary.gaps.len(), SHOWN))),
        )
        .kid_if(fit.map(|(role, fit)| fit_section(p, role, fit, lang)))
        .kid_if(market_section(p, supported, lang))
}

/// "Meets 14 of 18 required skills and characteristics; largest gaps: Leadership (2 below)."
pub fn fit_verdict(profile: &Profile, fit: &Fit, lang: Lang) -> String {
    let t = texts(lang);
    let gaps: Vec<String> = fit
        .largest_gaps()
        .map(|row| {
            let below = match row.mark {
                Mark::Below(by) => by,
                _ => 0,
            };
            format!(
                "{} ({})",
                profile.item_name(&row.item, lang),
                fill(t.doc().levels_below, &[("n", &below.to_string())])
            )
        })
        .collect();
    let meets = fill(
        t.doc().fit_meets,
        &[
            ("meets", &fit.meets.to_string()),
            ("required", &fit.required.to_string()),
        ],
    );
    if gaps.is_empty() {
        format!("{meets}.")
    } else {
        format!("{meets}; {}: {}.", t.doc().largest_gaps, gaps.join(", "))
    }
}

fn mark_text(mark: Mark, t: &Texts) -> (&'static str, String) {
    match mark {
        Mark::Meets => ("meets", format!("= {}", t.doc().mark_meets)),
        Mark::Above(n) => (
            "above",
            format!("▲ {}", fill(t.doc().levels_above, &[("n", &n.to_string())])),
        ),
        Mark::Below(n) => (
            "below",
            format!("▼ {}", fill(t.doc().levels_below, &[("n", &n.to_string())])),
        ),
        Mark::Unrated => ("unrated", format!("? {}", t.unrated_short)),
    }
}

/// The fit's verdict and lists; `sub` is the level of its sub-headings (h3 on a page of its own,
/// h4 inside the summary).
fn fit_body(profile: &Profile, fit: &Fit, lang: Lang, sub: &'static str) -> Vec<El> {
    let t = texts(lang);
    let rows = fit.rows.iter().map(|row| {
        let (class, mark) = mark_text(row.mark, t);
        let current = row
            .current
            .map_or_else(|| t.unrated_short.to_string(), |l| l.0.to_string());
        el("li")
            .class(class)
            .kid(
                el("span")
                    .class("what")
                    .text(profile.item_name(&row.item, lang)),
            )
            .text(" · ")
            .text(fill(
                t.doc().required_vs_rated,
                &[
                    ("required", &row.required.0.to_string()),
                    ("rated", &current),
                ],
            ))
            .text(" · ")
            .kid(el("strong").class("mark").text(mark))
    });
    let missing = fit.missing.iter().map(|m| {
        el("li")
            .kid(
                el("span")
                    .class("what")
                    .text(profile.item_name(&m.item, lang)),
            )
            .text(" · ")
            .text(match m.requirement {
                Requirement::Required => t.required,
                Requirement::Optional => t.optional,
            })
    });
    vec![
        el("p")
            .class("verdict")
            .text(fit_verdict(profile, fit, lang)),
        el("p").text(fill(
            t.doc().fit_tasks,
            &[
                ("held", &fit.tasks_held.to_string()),
                ("required", &fit.tasks_required.to_string()),
            ],
        )),
        el(sub).text(t.doc().fit_items_heading),
        if fit.rows.is_empty() {
            el("p").text(t.doc().none_marked)
        } else {
            el("ul").class("claims fit-rows").kids(rows)
        },
        el(sub).text(t.doc().fit_missing_heading),
        if fit.missing.is_empty() {
            el("p").text(t.doc().none_missing)
        } else {
            el("ul").class("claims").kids(missing)
        },
    ]
}

fn fit_section(profile: &Profile, role: &RoleProfile, fit: &Fit, lang: Lang) -> El {
    let t = texts(lang);
    el("section")
        .class("fit")
        .kid(el("h3").text(fill(
            t.doc().fit_heading,
            &[("role", &role_title(role, lang))],
        )))
        .kids(fit_body(profile, fit, lang, "h4"))
}

/// The fit on a page of its own.
pub fn fit_doc(profile: &Profile, entry: &Entry, role: &RoleProfile, fit: &Fit, lang: Lang) -> El {
    let t = texts(lang);
    let level = role
        .career_level(profile)
        .map(|l| fill(t.doc().role_asks, &[("x", &level_label(profile, l, lang))]))
        .unwrap_or_default();
    el("article")
        .class("fit-card doc")
        .attr("aria-labelledby", "fit-title")
        .kid(
            el("header")
                .class("summary-head")
                .kid(el("h2").attr("id", "fit-title").text(fill(
                    t.doc().fit_title,
                    &[
                        ("who", &entry.whose(lang)),
                        ("role", &role_title(role, lang)),
                    ],
                )))
                .kid(
                    el("p").class("who").text(
                        [role.organisation.trim(), level.as_str()]
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join(" · "),
                    ),
                ),
        )
        .kids(fit_body(profile, fit, lang, "h3"))
}

/// "▲ 2 higher", "▼ 1 lower", "= same", "only one side": the difference with a symbol and
/// words, never colour alone.
fn difference_text(row: &Row, growth: bool, t: &Texts) -> (&'static str, String) {
    match row.difference() {
        Some(0) => (
            "same",
            format!(
                "= {}",
                if growth {
                    t.doc().diff_same_growth
                } else {
                    t.doc().diff_same
                }
            ),
        ),
        Some(d) if d > 0 => (
            "up",
            format!(
                "▲ {}",
                fill(
                    if growth {
                        t.doc().diff_up
                    } else {
                        t.doc().diff_higher
                    },
                    &[("n", &d.to_string())]
                )
            ),
        ),
        Some(d) => (
            "down",
            format!(
                "▼ {}",
                fill(
                    if growth {
                        t.doc().diff_down
                    } else {
                        t.doc().diff_lower
                    },
                    &[("n", &(-d).to_string())]
                )
            ),
        ),
        None => ("one", format!("◇ {}", t.doc().diff_one_side)),
    }
}

/// One side's answer in a comparison row: "4 Business partner (target 5)". The level's name is
/// a span of its own, which paper leaves out to keep one line per item.
fn answer(
    profile: &Profile,
    row: &Row,
    side: &super::compare::Answer,
    lang: Lang,
    el_side: El,
) -> El {
    let t = texts(lang);
    let mut out = match (row.kind, side.step) {
        (BlockKind::Rated, Some(step)) => {
            let name = profile
                .level_step(step)
                .map(|s| s.name.get(lang))
                .unwrap_or_default();
            el_side
                .text(step.to_string())
                .kid(el("span").class("level-name").text(format!(" {name}")))
        }
        (BlockKind::Rated, None) => el_side.text(t.unrated_short),
        (BlockKind::Held, _) => el_side.text(
            side.holding()
                .map_or(t.unanswered, |h: Holding| t.holding(h)),
        ),
    };
    if let Some(target) = side.target {
        out = out.text(format!(
            " ({})",
            fill(t.doc().target_n, &[("n", &target.0.to_string())])
        ));
    }
    out
}

/// The labels of the two sides: their names, or for growth their dates.
pub fn side_labels(a: &Entry, b: &Entry, growth: bool, lang: Lang) -> (String, String) {
    if growth {
        (a.date.clone(), b.date.clone())
    } else {
        (a.title(lang), b.title(lang))
    }
}

/// "3.4", from tenths.
fn tenths(value: u16) -> String {
    format!("{}.{}", value / 10, value % 10)
}

fn signed_tenths(value: i32) -> String {
    let sign = if value > 0 {
        "+"
    } else if value < 0 {
        "−"
    } else {
        "±"
    };
    format!("{sign}{}", tenths(value.unsigned_abs() as u16))
}

/// The comparison of two assessments, as shown, printed and copied.
pub fn comparison_doc(
    profile: &Profile,
    (a, b): (&Entry, &Entry),
    comparison: &Comparison,
    order: Order,
    only_differences: bool,
    lang: Lang,
) -> El {
    let t = texts(lang);
    let growth = comparison.growth;
    let (label_a, label_b) = side_labels(a, b, growth, lang);
    let title = if growth {
        fill(t.doc().growth_title, &[("a", &label_a), ("b", &label_b)])
    } else {
        fill(t.doc().compare_title, &[("a", &label_a), ("b", &label_b)])
    };
    let person = if a.person.name.trim() == b.person.name.trim() || b.person.is_empty() {
        &a.person
    } else {
        &b.person
    };
    let who = [person.name.trim().to_string(), person_line(person)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");

    let tally = el("ul")
        .class("tally")
        .kid(
            el("li")
                .kid(el("strong").text(comparison.agree.to_string()))
                .text(" ")
                .text(t.doc().tally_agree),
        )
        .kid(
            el("li")
                .kid(el("strong").text(comparison.differ_by_one.to_string()))
                .text(" ")
                .text(t.doc().tally_one),
        )
        .kid(
            el("li")
                .kid(el("strong").text(comparison.differ_by_more.to_string()))
                .text(" ")
                .text(t.doc().tally_more),
        )
        .kid(
            el("li")
                .kid(el("strong").text(comparison.one_side_only.to_string()))
                .text(" ")
                .text(t.doc().tally_one_side),
        );

    let level_of = |summary: &Summary| match &summary.level {
        Some(level) if level.is_provisional() => fill(
            t.doc().provisional_level,
            &[("x", &level_label(profile, level.level, lang))],
        ),
        Some(level) => {
            let mut text = level_label(profile, level.level, lang);
            if let Some((name, _)) = career(profile, level.level, lang) {
                text.push_str(&format!(" — {name}"));
            }
            text
        }
        None => t.doc().level_none_short.to_string(),
    };
    let levels = el("ul")
        .class("claims")
        .kid(
            el("li")
                .kid(el("span").class("what").text(label_a.clone()))
                .text(" · ")
                .text(level_of(&comparison.summaries.0)),
        )
        .kid(
            el("li")
                .kid(el("span").class("what").text(label_b.clone()))
                .text(" · ")
                .text(level_of(&comparison.summaries.1)),
        );

    let averages = el("ul")
        .class("claims")
        .kids(comparison.blocks.iter().map(|averages| {
            let block = profile.blocks[averages.block].title.get(lang);
            let show = |v: Option<u16>| v.map_or_else(|| t.unrated_short.to_string(), tenths);
            let mut line = format!(
                "{} {} · {} {}",
                label_a,
                show(averages.a),
                label_b,
                show(averages.b)
            );
            if let Some(change) = averages.change() {
                line.push_str(&format!(" ({})", signed_tenths(change)));
            }
            el("li")
                .kid(el("span").class("what").text(block))
                .text(" · ")
                .text(line)
        }));

    let mut growth_charts = None;
    if growth {
        let (first, second) = &comparison.summaries;
        growth_charts =
            Some(
                el("div").class("chart-row").kids(
                    first.distributions.iter().zip(&second.distributions).map(
                        |(earlier, later)| {
                            chart(
                                profile,
                                &earlier.block,
                                [
                                    Series {
                                        counts: &earlier.current,
                                        label: &label_a,
                                        solid: false,
                                    },
                                    Series {
                                        counts: &later.current,
                                        label: &label_b,
                                        solid: true,
                                    },
                                ],
                                lang,
                            )
                        },
                    ),
                ),
            );
    }

    let shown = comparison.shown(order, only_differences);
    let rows = shown.iter().map(|row| {
        let (class, difference) = difference_text(row, growth, t);
        let note = |side: &str, text: &str, label: &str| {
            (!text.is_empty()).then(|| {
                el("p")
                    .class(if side == "a" { "note a" } else { "note b" })
                    .kid(el("span").class("who").text(format!("{label}: ")))
                    .kid(el("q").text(text.to_string()))
            })
        };
        el("li")
            .class(match class {
                "same" => "crow same",
                "up" => "crow up",
                "down" => "crow down",
                _ => "crow one",
            })
            .kid(
                el("span")
                    .class("what")
                    .text(profile.item_name(&row.item, lang)),
            )
            .kid(answer(
                profile,
                row,
                &row.a,
                lang,
                el("span")
                    .class("side a")
                    .attr("data-sep", " · ")
                    .kid(el("span").class("who").text(format!("{label_a}: "))),
            ))
            .kid(answer(
                profile,
                row,
                &row.b,
                lang,
                el("span")
                    .class("side b")
                    .attr("data-sep", " · ")
                    .kid(el("span").class("who").text(format!("{label_b}: "))),
            ))
            .kid(
                el("strong")
                    .class("diff")
                    .attr("data-sep", " · ")
                    .text(difference),
            )
            .kid_if(note("a", &row.a.evidence, &label_a))
            .kid_if(note("b", &row.b.evidence, &label_b))
    });
    let not_compared = (!comparison.not_compared.is_empty()).then(|| {
        el("section")
            .class("not-compared")
            .kid(el("h3").text(t.doc().not_compared_heading))
            .kid(el("p").text(t.doc().not_compared_intro))
            .kid(
                el("ul").kids(
                    comparison
                        .not_compared
                        .iter()
                        .map(|item| el("li").kid(el("code").text(item.clone()))),
                ),
            )
    });

    el("article")
        .class(if growth {
            "compare-card doc growth"
        } else {
            "compare-card doc"
        })
        .attr("aria-labelledby", "compare-title")
        .kid(
            el("header")
                .class("summary-head")
                .kid(el("h2").attr("id", "compare-title").text(title))
                .kid(el("p").class("who").text(who)),
        )
        .kid(
            el("section")
                .class("agreement")
                .kid(el("h3").text(t.doc().agreement_heading))
                .kid(tally),
        )
        .kid(
            el("section")
                .class("claimed")
                .kid(el("h3").text(t.doc().level_heading_both))
                .kid(levels),
        )
        .kid(
            el("section")
                .class("averages")
                .kid(el("h3").text(if growth {
                    t.doc().change_per_block
                } else {
                    t.doc().average_per_block
                }))
                .kid(averages)
                .kid_if(growth_charts),
        )
        .kid(
            el("section")
                .class("items")
                .kid(el("h3").text(if only_differences {
                    t.doc().items_differ_heading
                } else {
                    t.doc().items_heading
                }))
                .kid(if shown.is_empty() {
                    el("p").text(t.doc().nothing_differs)
                } else {
                    el("ol").class("compare-rows").kids(rows)
                }),
        )
        .kid_if(not_compared)
}

/// The job description for a role profile, in `lang` (chosen apart from the interface's
/// language): from the profile's own texts, the same every time.
pub fn job_description_doc(profile: &Profile, role: &RoleProfile, lang: Lang) -> El {
    let t = texts(lang);
    let level = role.career_level(profile);
    let mut doc = el("article")
        .class("job-card doc")
        .attr("lang", lang.code())
        .attr("aria-labelledby", "job-title")
        .kid(
            el("header")
                .class("summary-head")
                .kid(
                    el("h2")
                        .attr("id", "job-title")
                        .text(role_title(role, lang)),
                )
                .kid_if(
                    (!role.organisation.trim().is_empty())
                        .then(|| el("p").class("who").text(role.organisation.trim())),
                ),
        );
    if !role.purpose.trim().is_empty() {
        doc = doc.kid(
            el("section")
                .kid(el("h3").text(t.doc().jd_purpose))
                .kid(el("p").text(role.purpose.trim())),
        );
    }
    if let Some(level) = level {
        let mut section = el("section")
            .class("level")
            .kid(el("h3").text(t.doc().jd_level))
            .kid(el("p").text({
                let mut line = fill(
                    t.doc().jd_level_line,
                    &[("x", &level_label(profile, level, lang))],
                );
                if let Some((name, _)) = career(profile, level, lang) {
                    line.push_str(&format!(" — {name}"));
                }
                line
            }));
        if let Some((_, titles)) = career(profile, level, lang) {
            section =
                section.kid(el("p").text(fill(t.doc().typical_titles, &[("titles", &titles)])));
        }
        doc = doc.kid(section);
    }
    let needs_of = |requirement: Requirement| -> Vec<El> {
        role.needs
            .iter()
            .filter(|n| n.requirement == Some(requirement) && profile.has_item(&n.item))
            .map(|n| el("li").text(profile.item_name(&n.item, lang)))
            .collect()
    };
    let (required, optional) = (
        needs_of(Requirement::Required),
        needs_of(Requirement::Optional),
    );
    if !required.is_empty() || !optional.is_empty() {
        let mut section = el("section")
            .class("tasks")
            .kid(el("h3").text(t.doc().jd_tasks));
        if !required.is_empty() {
            section = section
                .kid(el("h4").text(t.doc().jd_required))
                .kid(el("ul").kids(required));
        }
        if !optional.is_empty() {
            section = section
                .kid(el("h4").text(t.doc().jd_optional))
                .kid(el("ul").kids(optional));
        }
        doc = doc.kid(section);
    }
    // Per block, the items grouped by the level the post needs, highest first: each level's
    // descriptor is written once, above the items that need it.
    for block in profile.blocks.iter().filter(|b| b.kind == BlockKind::Rated) {
        let needed = |item: &&crate::core::profile::Item| {
            role.needs
                .iter()
                .find(|n| n.item == item.id)
                .and_then(|n| n.level)
        };
        let mut section = el("section")
            .class("skills")
            .kid(el("h3").text(block.title.get(lang)));
        let mut any = false;
        for step in profile.levels.iter().rev() {
            let items: Vec<El> = block
                .items
                .iter()
                .filter(|item| needed(item).is_some_and(|l| l.0 == step.level))
                .map(|item| el("li").text(item.text.get(lang)))
                .collect();
            if items.is_empty() {
                continue;
            }
            any = true;
            section = section
                .kid(el("p").class("at-level").text(fill(
                    t.doc().jd_at_level,
                    &[
                        ("n", &step.level.to_string()),
                        ("name", step.name.get(lang)),
                        ("descriptor", step.descriptor.get(lang)),
                    ],
                )))
                .kid(el("ul").class("needs").kids(items));
        }
        if any {
            doc = doc.kid(section);
        }
    }
    if let (Some(market), Some(level)) = (&profile.market, level) {
        if let Some(band) = market.bands.iter().find(|b| b.levels.contains(&level.0)) {
            doc = doc.kid(
                el("section")
                    .class("market")
                    .kid(el("h3").text(t.doc().jd_salary))
                    .kid(el("p").text(fill(
                        t.doc().jd_salary_line,
                        &[
                            ("range", &band_range(band, &market.currency, lang)),
                            ("period", market.period.get(lang)),
                            ("region", market.region.get(lang)),
                            ("band", band.label.get(lang)),
                        ],
                    )))
                    .kid(el("p").class("source").text(market_source(market, lang))),
            );
        }
    }
    doc
}

/// "Anna de Vries (Manager)" for lists.
pub fn perspective_of(entry: &Entry, lang: Lang) -> &'static str {
    Perspective::label(entry.perspective, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::{Assessment, Rating};
    use crate::core::summary::summarize;

    fn shipped() -> Profile {
        Profile::from_json(include_str!("../../public/profiles/ima-msp.json")).unwrap()
    }

    fn entry(profile: &Profile, ratings: Vec<Rating>, person: Person) -> Entry {
        Entry {
            id: "a1".into(),
            date: "2026-11-24".into(),
            person,
            assessment: Assessment::for_profile(profile, Assessment { ratings }),
            ..Entry::default()
        }
    }

    #[test]
    fn money_in_both_languages() {
        assert_eq!(money(2200, "EUR", Lang::En), "€ 2,200");
        assert_eq!(money(2200, "EUR", Lang::Nl), "€ 2.200");
        assert_eq!(money(1234567, "CHF", Lang::En), "CHF 1,234,567");
        assert_eq!(money(999, "EUR", Lang::En), "€ 999");
    }

    #[test]
    fn the_dutch_seed_ranges() {
        let profile = shipped();
        let market = profile.market.as_ref().unwrap();
        let bands: Vec<String> = market
            .bands
            .iter()
            .map(|b| band_range(b, &market.currency, Lang::En))
            .collect();
        assert_eq!(
            bands,
            ["€ 2,200 – 2,800", "€ 3,000 – 4,500", "from € 5,000"]
        );
        assert!(market_heading(market, Lang::En).contains("indicative"));
        assert!(market_heading(market, Lang::Nl).contains("indicatief"));
        assert_eq!(
            band_range(&market.bands[2], "EUR", Lang::Nl),
            "vanaf € 5.000"
        );
    }

    #[test]
    fn the_summary_as_text_names_everything_and_keeps_markup_as_text() {
        let profile = shipped();
        let ratings = vec![
            Rating {
                current: Some(Level(4)),
                evidence: "<b>Wrote</b> the CEO’s letter".into(),
                ..Rating::new("skill.communication")
            },
            Rating {
                current: Some(Level(3)),
                target: Some(Level(5)),
                ..Rating::new("skill.ms-office")
            },
            Rating {
                held: Some(Holding::Owner),
                ..Rating::new("further.travel-manager")
            },
            Rating {
                held: Some(Holding::Regularly),
                ..Rating::new("task.minutes")
            },
        ];
        let person = Person {
            name: "Anna de Vries".into(),
            job_title: "Executive Assistant".into(),
            organisation: "Acme".into(),
        };
        let entry = entry(&profile, ratings, person);
        let summary = summarize(&profile, &entry.assessment);
        let text = summary_doc(&profile, &entry, &summary, None, Lang::En).text_form();
        for expected in [
            "Competence summary — Anna de Vries\n",
            "Executive Assistant, Acme · 2026-11-24",
            "Provisional: 4 Business partner",
            "Rate 19 more of the 41 skills and characteristics to claim a career level (2 rated so far).",
            "1 of 2 rated items are at level 4 or above, led by Communication.",
            "- Communication · 4 Business partner — “<b>Wrote</b> the CEO’s letter”",
            "- MS Office · 3 Proactive — no example given yet",
            "- Travel Manager · Owner",
            "Holds 1 of the 11 base-role tasks.",
            "- MS Office · 3 → 5",
            "- Supporting C-level executives · from € 5,000",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
        assert!(
            !text.contains("44 Business"),
            "the badge is for the eye only:\n{text}"
        );
        let html = summary_doc(&profile, &entry, &summary, None, Lang::En).html();
        assert!(html.contains("&lt;b&gt;Wrote&lt;/b&gt;") && !html.contains("<b>Wrote"));
        let dutch = summary_doc(&profile, &entry, &summary, None, Lang::Nl).text_form();
        assert!(
            dutch.contains("Sterke punten") && dutch.contains("Communicatie"),
            "{dutch}"
        );
    }

    #[test]
    fn the_summary_of_nothing_rated() {
        let profile = shipped();
        let entry = entry(&profile, vec![], Person::default());
        let summary = summarize(&profile, &entry.assessment);
        let text = summary_doc(&profile, &entry, &summary, None, Lang::En).text_form();
        assert!(
            text.starts_with("Competence summary\n2026-11-24\n"),
            "{text}"
        );
        assert!(text.contains("No level yet"));
    }
}
