//! The pooled figures of an association's members, as a document: for the chosen group, per
//! skill and characteristic how many stand at each level with the median and the middle half,
//! per task how many hold it and how, and beside each the member's own answer ("your Planning:
//! 4; members at career level 3: median 3,0"). Cells of too few answers say so and nothing more.
//! The same on screen, on paper and (the figures alone) in the CSV.

use super::*;
use crate::core::answers::assessment::Assessment;
use crate::core::computed::pooled::{Figures, Group, PooledRow, TOO_FEW};
use crate::core::formats::csv;

/// One table: its heads and its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PooledTable {
    pub heading: String,
    pub heads: Vec<String>,
    pub rows: Vec<PooledDocRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PooledDocRow {
    pub item: String,
    /// The figures, one per head after the item's (empty where too few).
    pub cells: Vec<String>,
    pub too_few: bool,
    /// The member's own answer, in words (empty when she gave none).
    pub you: String,
    /// "Your Planning: 4; members at career level 3: median 3,0" — or why there is no figure.
    pub said: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PooledDoc {
    pub title: String,
    /// "Members at career level 3: 212 contributions"
    pub group: String,
    pub too_few: String,
    pub tables: Vec<PooledTable>,
}

fn group_words(group: Group, profile: &Profile, lang: Lang) -> String {
    let t = texts(lang);
    match group {
        Group::All => t.doc().pooled_all.to_string(),
        Group::CareerLevel(level) => {
            let name = profile
                .career_levels
                .iter()
                .find(|c| c.level == level)
                .map(|c| c.name.get(lang).to_string())
                .unwrap_or_default();
            fill(
                t.doc().pooled_career,
                &[("n", &level.to_string()), ("x", &name)],
            )
        }
    }
}

/// The figures of `rows` (see `Pool::figures`) for `group` of `count` contributions, with
/// `own` (the member's assessment on screen, laid out for the profile) beside them.
pub fn pooled_doc(
    profile: &Profile,
    rows: &[PooledRow],
    group: Group,
    count: usize,
    own: &Assessment,
    lang: Lang,
) -> PooledDoc {
    let t = texts(lang);
    let d = t.doc();
    let who = group_words(group, profile, lang);
    let top = profile.top_level();
    let mut rated_heads = vec![t.item.to_string()];
    rated_heads.extend((1..=top).map(|l| l.to_string()));
    rated_heads.extend([
        d.pooled_median.to_string(),
        d.pooled_middle.to_string(),
        d.pooled_you.to_string(),
    ]);
    let mut held_heads = vec![t.item.to_string()];
    held_heads.extend(Holding::ALL.iter().map(|h| t.holding(*h).to_string()));
    held_heads.push(d.pooled_you.to_string());
    let mut rated = Vec::new();
    let mut held = Vec::new();
    for row in rows {
        let Some(item) = profile.item_at(row.position) else {
            continue;
        };
        let name = profile.item_name(item, lang).to_string();
        let mine = own.ratings.get(row.position);
        let you = match row.kind {
            BlockKind::Rated => mine
                .and_then(|r| r.current)
                .map(|l| l.0.to_string())
                .unwrap_or_default(),
            BlockKind::Held => mine
                .and_then(|r| r.held)
                .map(|h| t.holding(h).to_string())
                .unwrap_or_default(),
        };
        let yours = if you.is_empty() {
            String::new()
        } else {
            format!("{}; ", fill(d.pooled_yours, &[("x", &name), ("v", &you)]))
        };
        let (cells, said) = match &row.figures {
            Figures::TooFew => (
                Vec::new(),
                format!("{yours}{who}: {}", d.pooled_too_few_short),
            ),
            Figures::Levels {
                counts,
                median,
                lower,
                upper,
                ..
            } => {
                let median = tenths(*median, t.decimal_mark);
                let mut cells: Vec<String> = counts.iter().map(|c| c.to_string()).collect();
                cells.push(median.clone());
                cells.push(format!(
                    "{}–{}",
                    tenths(*lower, t.decimal_mark),
                    tenths(*upper, t.decimal_mark)
                ));
                (
                    cells,
                    format!(
                        "{yours}{who}: {}",
                        fill(d.pooled_median_of, &[("x", &median)])
                    ),
                )
            }
            Figures::Holdings { answered, counts } => {
                let holding = answered - counts[0];
                (
                    counts.iter().map(|c| c.to_string()).collect(),
                    format!(
                        "{yours}{who}: {}",
                        fill(
                            d.pooled_hold,
                            &[
                                ("n", &holding.to_string()),
                                ("total", &answered.to_string())
                            ]
                        )
                    ),
                )
            }
        };
        let line = PooledDocRow {
            item: name,
            too_few: matches!(row.figures, Figures::TooFew),
            cells,
            you,
            said,
        };
        match row.kind {
            BlockKind::Rated => rated.push(line),
            BlockKind::Held => held.push(line),
        }
    }
    PooledDoc {
        title: fill(d.pooled_title, &[("n", &count.to_string())]),
        group: format!(
            "{who}: {}",
            fill(d.pooled_count, &[("n", &count.to_string())])
        ),
        too_few: fill(d.pooled_too_few, &[("n", &TOO_FEW.to_string())]),
        tables: vec![
            PooledTable {
                heading: d.pooled_levels.to_string(),
                heads: rated_heads,
                rows: rated,
            },
            PooledTable {
                heading: d.pooled_tasks.to_string(),
                heads: held_heads,
                rows: held,
            },
        ],
    }
}

/// The figures of every group as CSV: per group and item, how many answered, how many at each
/// level or holding, the median and the quartiles; a cell of too few answers says so alone.
pub fn pooled_csv(profile: &Profile, groups: &[(Group, Vec<PooledRow>)], lang: Lang) -> String {
    let t = texts(lang);
    let d = t.doc();
    let top = profile.top_level();
    let mut head: Vec<String> = d.pooled_csv_head.split('|').map(str::to_string).collect();
    // Levels 1…top, then the holdings, between "Answered" and "Median".
    let median_at = head.len().saturating_sub(3);
    let steps: Vec<String> = (1..=top)
        .map(|l| l.to_string())
        .chain(Holding::ALL.iter().map(|h| t.holding(*h).to_string()))
        .collect();
    head.splice(median_at..median_at, steps);
    let mut out = vec![head];
    for (group, rows) in groups {
        let who = group_words(*group, profile, lang);
        for row in rows {
            let Some(item) = profile.item_at(row.position) else {
                continue;
            };
            let mut line = vec![
                who.clone(),
                profile.blocks[row.block].title.get(lang).to_string(),
                profile.item_name(item, lang).to_string(),
                item.to_string(),
            ];
            let blank = |n: usize| vec![String::new(); n];
            match &row.figures {
                Figures::TooFew => {
                    line.push(d.pooled_too_few_short.to_string());
                    line.extend(blank(usize::from(top) + 4 + 3));
                }
                Figures::Levels {
                    answered,
                    counts,
                    median,
                    lower,
                    upper,
                } => {
                    line.push(answered.to_string());
                    line.extend(counts.iter().map(|c| c.to_string()));
                    line.extend(blank(4));
                    line.extend([median, lower, upper].map(|v| tenths(*v, t.decimal_mark)));
                }
                Figures::Holdings { answered, counts } => {
                    line.push(answered.to_string());
                    line.extend(blank(usize::from(top)));
                    line.extend(counts.iter().map(|c| c.to_string()));
                    line.extend(blank(3));
                }
            }
            out.push(line);
        }
    }
    csv::write(&out, lang)
}
