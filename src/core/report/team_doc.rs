//! A manager's team as a document: the people × items grid against a bar, and what it shows —
//! who alone stands strong on an item, what nobody does, what everyone does, who could coach
//! whom, which tasks nobody holds. The same on screen and on one landscape page.

use super::*;
use crate::core::computed::team::{Bar, Pair, TeamGrid, TeamOrder, TeamRow};

/// How many pairs the page names (the rest are counted).
const PAIRS_SHOWN: usize = 12;
/// How many items each other list names (the rest are counted): one landscape page.
const LISTED: usize = 24;

/// One cell of the grid: what it shows, how it is shaded, what a screen reader says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamCell {
    /// "3", or a holding's mark ("●"); empty when not answered.
    pub shown: String,
    /// "→4": the target, when there is one.
    pub target: String,
    /// The shade: `l1`…`l7` by level, `h0`…`h3` by holding, `none`.
    pub shade: String,
    /// Whether this person stands strong on the item (at or above the bar, or holds it).
    pub strong: bool,
    /// "3 Proactive, target 4"
    pub words: String,
    /// "Anna de Vries: 3 Proactive, target 4"
    pub said: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamDocRow {
    /// The block's title, on the first row of each block (in profile order).
    pub block: Option<String>,
    pub item: String,
    pub cells: Vec<TeamCell>,
    /// "2 of 4", or empty where the bar asks nothing.
    pub count: String,
    /// Only one person stands strong on it, or nobody does: the page marks it.
    pub thin: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamDoc {
    pub title: String,
    /// "Strong: at 3 Proactive or higher" (what the counts count).
    pub bar: String,
    pub people: Vec<String>,
    /// The heads of the columns after the people's: the count's.
    pub count_head: &'static str,
    pub item_head: &'static str,
    pub rows: Vec<TeamDocRow>,
    /// "– Not held · ◔ Occasionally · ◑ Regularly · ● Owner"
    pub legend: String,
    pub single: Claims,
    pub gaps: Claims,
    pub strengths: Claims,
    pub pairs: Claims,
    pub unheld: Claims,
}

/// The marks of the holdings in the grid, in the order of `Holding::ALL`.
pub const HOLDING_MARKS: [&str; 4] = ["–", "◔", "◑", "●"];

/// The team's document: `members` (with their names) against `bar`, rows in `order`, notes
/// shown when `notes`.
pub fn team_doc(
    profile: &Profile,
    members: &[&Entry],
    grid: &TeamGrid,
    bar: Bar,
    order: TeamOrder,
    notes: bool,
    lang: Lang,
) -> TeamDoc {
    let t = texts(lang);
    let d = t.doc();
    let people: Vec<String> = members.iter().map(|m| m.whose(lang)).collect();
    let name = |index: usize| people.get(index).cloned().unwrap_or_default();
    let item_name = |row: &TeamRow| {
        profile
            .item_at(row.position)
            .map(|id| profile.item_name(id, lang).to_string())
            .unwrap_or_default()
    };
    let step_words = |row: &TeamRow, step: u8| match row.kind {
        BlockKind::Rated => level_label(profile, Level(step), lang),
        BlockKind::Held => Holding::ALL
            .get(usize::from(step))
            .map(|h| t.holding(*h).to_string())
            .unwrap_or_default(),
    };
    let bar_words = match bar {
        Bar::Level(level) => fill(
            d.team_bar_level,
            &[("x", &level_label(profile, level, lang))],
        ),
        Bar::Role(role) => fill(d.team_bar_role, &[("x", &role_title(role, lang))]),
    };
    let ordered = grid.ordered(order);
    let mut last_block = None;
    let rows = ordered
        .iter()
        .map(|row| {
            // In profile order each block is headed; sorted, the rows mix blocks.
            let block = (order == TeamOrder::Profile && last_block != Some(row.block))
                .then(|| profile.blocks[row.block].title.get(lang).to_string());
            last_block = Some(row.block);
            let cells = row
                .steps
                .iter()
                .enumerate()
                .map(|(who, step)| {
                    let target = row.targets.get(who).copied().flatten();
                    let rating = members[who].assessment.ratings.get(row.position);
                    let mut words = step.map_or_else(
                        || match row.kind {
                            BlockKind::Rated => t.unrated_short.to_string(),
                            BlockKind::Held => t.unanswered.to_string(),
                        },
                        |s| step_words(row, s),
                    );
                    if let Some(target) = target {
                        words.push_str(&fill(d.team_target, &[("x", &target.to_string())]));
                    }
                    let said = format!("{}: {words}", name(who));
                    TeamCell {
                        shown: match (row.kind, step) {
                            (_, None) => String::new(),
                            (BlockKind::Rated, Some(s)) => s.to_string(),
                            (BlockKind::Held, Some(s)) => HOLDING_MARKS
                                .get(usize::from(*s))
                                .copied()
                                .unwrap_or_default()
                                .to_string(),
                        },
                        target: target.map(|l| format!("→{l}")).unwrap_or_default(),
                        shade: match (row.kind, step) {
                            (_, None) => "none".to_string(),
                            (BlockKind::Rated, Some(s)) => format!("l{s}"),
                            (BlockKind::Held, Some(s)) => format!("h{s}"),
                        },
                        strong: row.strong.contains(&who),
                        words,
                        said,
                        note: notes
                            .then(|| rating.map(|r| r.evidence.trim().to_string()))
                            .flatten()
                            .filter(|n| !n.is_empty()),
                    }
                })
                .collect();
            TeamDocRow {
                block,
                item: item_name(row),
                cells,
                count: if row.asked {
                    fill(
                        d.team_count,
                        &[
                            ("n", &row.strong.len().to_string()),
                            ("total", &grid.people.to_string()),
                        ],
                    )
                } else {
                    String::new()
                },
                thin: row.asked && row.strong.len() <= 1 && grid.people > 1,
            }
        })
        .collect();
    let claim = |row: &TeamRow, how: String| Claim {
        what: item_name(row),
        how,
        note: None,
        missing: None,
    };
    let list = |heading, mut claims: Vec<Claim>, total| {
        claims.truncate(LISTED);
        let mut claims = Claims::new(heading, claims, total, t);
        claims.none = d.team_none;
        claims
    };
    let single: Vec<Claim> = grid
        .single_points()
        .into_iter()
        .map(|(row, who)| {
            let level = row.steps[who]
                .map(|s| step_words(row, s))
                .unwrap_or_default();
            claim(
                row,
                fill(d.team_only, &[("x", &format!("{} ({level})", name(who)))]),
            )
        })
        .collect();
    let gaps: Vec<Claim> = grid
        .gaps()
        .into_iter()
        .map(|row| {
            let best = row.steps.iter().flatten().max().copied();
            let how = match best {
                None => d.team_nobody_rated.to_string(),
                Some(best) => {
                    let who: Vec<String> = row
                        .steps
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| **s == Some(best))
                        .map(|(i, _)| name(i))
                        .collect();
                    fill(
                        d.team_best,
                        &[("x", &format!("{best} ({})", who.join(", ")))],
                    )
                }
            };
            claim(row, how)
        })
        .collect();
    let strengths: Vec<Claim> = grid
        .strengths()
        .into_iter()
        .map(|row| {
            let lowest = row
                .steps
                .iter()
                .flatten()
                .min()
                .copied()
                .unwrap_or_default();
            claim(row, fill(d.team_lowest, &[("x", &lowest.to_string())]))
        })
        .collect();
    let all_pairs = grid.pairs();
    let pairs: Vec<Claim> = all_pairs
        .iter()
        .take(PAIRS_SHOWN)
        .map(
            |&Pair {
                 position,
                 coach,
                 learner,
             }| {
                let row = &grid.rows[position];
                let step = |who: usize| row.steps[who].unwrap_or_default().to_string();
                claim(
                    row,
                    fill(
                        d.team_pair,
                        &[
                            ("coach", &format!("{} ({})", name(coach), step(coach))),
                            ("learner", &format!("{} ({})", name(learner), step(learner))),
                        ],
                    ),
                )
            },
        )
        .collect();
    let unheld: Vec<Claim> = grid
        .unheld()
        .into_iter()
        .map(|row| claim(row, String::new()))
        .collect();
    let legend = HOLDING_MARKS
        .iter()
        .zip(Holding::ALL)
        .map(|(mark, holding)| format!("{mark} {}", t.holding(holding)))
        .collect::<Vec<_>>()
        .join(" · ");
    TeamDoc {
        title: fill(d.team_title, &[("n", &members.len().to_string())]),
        bar: fill(d.team_strong, &[("x", &bar_words)]),
        people,
        count_head: d.team_count_head,
        item_head: t.item,
        rows,
        legend,
        single: list(d.team_single, single.clone(), single.len()),
        gaps: list(d.team_gaps, gaps.clone(), gaps.len()),
        strengths: list(d.team_strengths, strengths.clone(), strengths.len()),
        pairs: list(d.team_pairs, pairs, all_pairs.len()),
        unheld: list(d.team_unheld, unheld.clone(), unheld.len()),
    }
}
