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

/// One side's answer in a comparison row: "Self, 2026: 4 Business partner (target 5)".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideAnswer {
    /// "Self, 2026: "
    pub who: String,
    /// The level as a number, or how a task is held.
    pub answer: String,
    /// " Business partner": paper leaves it out, to keep one line per item.
    pub level_name: Option<String>,
    /// " (target 5)"
    pub target: Option<String>,
}

impl SideAnswer {
    fn line(&self) -> String {
        format!(
            "{}{}{}{}",
            self.who,
            self.answer,
            self.level_name.as_deref().unwrap_or_default(),
            self.target.as_deref().unwrap_or_default()
        )
    }
}

fn answer(
    profile: &Profile,
    row: &Row,
    side: &crate::core::computed::comparison::Answer,
    label: &str,
    lang: Lang,
) -> SideAnswer {
    let t = texts(lang);
    let (answer, level_name) = match (row.kind, side.step) {
        (BlockKind::Rated, Some(step)) => {
            let name = profile
                .level_step(step)
                .map(|s| s.name.get(lang))
                .unwrap_or_default();
            (step.to_string(), Some(format!(" {name}")))
        }
        (BlockKind::Rated, None) => (t.unrated_short.to_string(), None),
        (BlockKind::Held, _) => (
            side.holding()
                .map_or(t.unanswered, |h: Holding| t.holding(h))
                .to_string(),
            None,
        ),
    };
    SideAnswer {
        who: format!("{label}: "),
        answer,
        level_name,
        target: side.target.map(|target| {
            format!(
                " ({})",
                fill(t.doc().target_n, &[("n", &target.0.to_string())])
            )
        }),
    }
}

/// The labels of the two sides: their names, or for growth their dates.
pub fn side_labels(a: &Entry, b: &Entry, growth: bool, lang: Lang) -> (String, String) {
    if growth {
        (a.date.clone(), b.date.clone())
    } else {
        (a.title(lang), b.title(lang))
    }
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

/// The comparison of two assessments (or, for growth, of one person at two dates), worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComparisonDoc {
    pub growth: bool,
    pub title: String,
    pub who: String,
    /// (heading, (count, what it counts))
    pub agreement: (&'static str, Vec<(usize, &'static str)>),
    /// (heading, (side, the level it supports))
    pub levels: (&'static str, Vec<(String, String)>),
    /// (heading, (block, both averages and the change))
    pub averages: (&'static str, Vec<(String, String)>),
    /// For growth: per rated block, the earlier and the later levels.
    pub charts: Vec<Chart>,
    pub items_heading: &'static str,
    pub rows: Vec<CompareRow>,
    /// What the list says when no item is shown.
    pub no_rows: &'static str,
    pub not_compared: Option<NotCompared>,
}

/// One item, both sides: "Leadership · Self, 2026: 3 Proactive · Manager, 2026: 5 Leading ·
/// ▲ 2 higher", and the notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareRow {
    /// `same`, `up`, `down` or `one` (one side only).
    pub difference: &'static str,
    pub item: String,
    pub sides: [SideAnswer; 2],
    /// The difference in a symbol and words, never colour alone.
    pub said: String,
    /// (which side, 0 or 1; "Self, 2026: "; the note)
    pub notes: Vec<(usize, String, String)>,
}

/// The answers kept for items one side's profile version has and the other's has not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotCompared {
    pub heading: &'static str,
    pub intro: &'static str,
    pub items: Vec<String>,
}

impl ComparisonDoc {
    /// As plain text (the charts are for the eye; the averages say their figures).
    pub fn text(&self) -> String {
        let mut text = Text::new();
        text.line(&self.title);
        text.line(&self.who);
        let (heading, tally) = &self.agreement;
        text.heading(heading);
        tally
            .iter()
            .for_each(|(n, what)| text.item(format!("{n} {what}")));
        for (heading, lines) in [&self.levels, &self.averages] {
            text.heading(heading);
            lines
                .iter()
                .for_each(|(what, said)| text.item(format!("{what} · {said}")));
        }
        text.heading(self.items_heading);
        if self.rows.is_empty() {
            text.line(self.no_rows);
        }
        for row in &self.rows {
            text.item(format!(
                "{} · {} · {} · {}",
                row.item,
                row.sides[0].line(),
                row.sides[1].line(),
                row.said
            ));
            for (_, who, note) in &row.notes {
                text.under(format!("{who}{}", quoted(note)));
            }
        }
        if let Some(not_compared) = &self.not_compared {
            text.heading(not_compared.heading);
            text.line(not_compared.intro);
            not_compared.items.iter().for_each(|item| text.item(item));
        }
        text.finish()
    }
}

/// The comparison of two assessments, as shown, printed and copied.
pub fn comparison_doc(
    profile: &Profile,
    (a, b): (&Entry, &Entry),
    comparison: &Comparison,
    order: Order,
    only_differences: bool,
    lang: Lang,
) -> ComparisonDoc {
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
    let tally = vec![
        (comparison.agree, t.doc().tally_agree),
        (comparison.differ_by_one, t.doc().tally_one),
        (comparison.differ_by_more, t.doc().tally_more),
        (comparison.one_side_only, t.doc().tally_one_side),
    ];
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
    let levels = vec![
        (label_a.clone(), level_of(&comparison.summaries.0)),
        (label_b.clone(), level_of(&comparison.summaries.1)),
    ];
    let averages = comparison
        .blocks
        .iter()
        .map(|averages| {
            let block = profile.blocks[averages.block].title.get(lang).to_string();
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
            (block, line)
        })
        .collect();
    let charts = if growth {
        let (first, second) = &comparison.summaries;
        first
            .distributions
            .iter()
            .zip(&second.distributions)
            .map(|(earlier, later)| {
                chart(
                    profile,
                    &earlier.block,
                    [
                        Series {
                            counts: earlier.current.clone(),
                            label: label_a.clone(),
                            solid: false,
                        },
                        Series {
                            counts: later.current.clone(),
                            label: label_b.clone(),
                            solid: true,
                        },
                    ],
                    lang,
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let rows = comparison
        .shown(order, only_differences)
        .iter()
        .map(|row| {
            let (difference, said) = difference_text(row, growth, t);
            let notes = [
                (0, &row.a.evidence, &label_a),
                (1, &row.b.evidence, &label_b),
            ]
            .into_iter()
            .filter(|(_, note, _)| !note.is_empty())
            .map(|(side, note, label)| (side, format!("{label}: "), note.to_string()))
            .collect();
            CompareRow {
                difference,
                item: profile.item_name(&row.item, lang).to_string(),
                sides: [
                    answer(profile, row, &row.a, &label_a, lang),
                    answer(profile, row, &row.b, &label_b, lang),
                ],
                said,
                notes,
            }
        })
        .collect();
    ComparisonDoc {
        growth,
        title,
        who,
        agreement: (t.doc().agreement_heading, tally),
        levels: (t.doc().level_heading_both, levels),
        averages: (
            if growth {
                t.doc().change_per_block
            } else {
                t.doc().average_per_block
            },
            averages,
        ),
        charts,
        items_heading: if only_differences {
            t.doc().items_differ_heading
        } else {
            t.doc().items_heading
        },
        rows,
        no_rows: t.doc().nothing_differs,
        not_compared: (!comparison.not_compared.is_empty()).then(|| NotCompared {
            heading: t.doc().not_compared_heading,
            intro: t.doc().not_compared_intro,
            items: comparison.not_compared.clone(),
        }),
    }
}
