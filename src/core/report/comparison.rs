//! Two assessments side by side: per item both levels, the difference in symbol and words, both
//! notes; the agreement, the level each supports, the averages; growth between two dates.

use super::*;

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
    side: &crate::core::computed::comparison::Answer,
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

/// An average kept in tenths, written with the language's decimal mark.
fn tenths(value: u16, mark: char) -> String {
    format!("{}{mark}{}", value / 10, value % 10)
}

fn signed_tenths(value: i32, mark: char) -> String {
    let sign = if value > 0 {
        "+"
    } else if value < 0 {
        "−"
    } else {
        "±"
    };
    format!("{sign}{}", tenths(value.unsigned_abs() as u16, mark))
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
            let show = |v: Option<u16>| {
                v.map_or_else(
                    || t.unrated_short.to_string(),
                    |v| tenths(v, t.decimal_mark),
                )
            };
            let mut line = format!(
                "{} {} · {} {}",
                label_a,
                show(averages.a),
                label_b,
                show(averages.b)
            );
            if let Some(change) = averages.change() {
                line.push_str(&format!(" ({})", signed_tenths(change, t.decimal_mark)));
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
