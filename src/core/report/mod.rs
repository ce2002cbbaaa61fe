//! The documents, in words: the summary, the comparison, the fit, the job description and the
//! team. Each
//! is a model of what it says, worded in one language: the page draws it with components
//! (`ui::documents`), the same on screen and on paper, and its `text()` writes it as plain text
//! for "copy as text". This module holds what they share (levels, careers, the market, the
//! chart, lists of claims); each document has a module of its own.

mod comparison_doc;
mod fit_doc;
mod job_description;
mod pooled_doc;
mod summary_doc;
mod team_doc;
pub mod text;

pub use comparison_doc::{
    comparison_doc, side_labels, CompareRow, ComparisonDoc, NotCompared, SideAnswer,
};
pub use fit_doc::{fit_doc, fit_verdict, FitDoc, FitReport, FitRow, FitSection};
pub use job_description::{
    job_description, JobDescription, JobLevel, JobTasks, Salary, SkillsByLevel,
};
pub use pooled_doc::{pooled_csv, pooled_doc, PooledDoc, PooledTable};
pub use summary_doc::{summary_doc, AgreementPart, SummaryDoc};
pub use team_doc::{team_doc, TeamCell, TeamDoc, TeamDocRow, HOLDING_MARKS};

use crate::core::answers::assessment::{Holding, Level, Perspective, Rating};
use crate::core::answers::role::{Requirement, RoleProfile};
use crate::core::answers::workbook::{role_title, Entry};
use crate::core::computed::comparison::{Comparison, Order, Row};
use crate::core::computed::fit::{Fit, Mark};
use crate::core::computed::summary::{
    Distribution, Gap, Summary, SupportedLevel, RESPONSIBILITIES_SHOWN, SHOWN,
};
use crate::core::formats::shared::Person;
use crate::core::profile::{BlockKind, CareerRule, MarketBand, MarketReference, Profile, HALF};
use crate::core::words::lang::Lang;
use crate::core::words::texts::{fill, texts, Texts};
use text::{quoted, Text};

/// "4 Business partner"
pub fn level_label(profile: &Profile, level: Level, lang: Lang) -> String {
    match profile.level_step(level.0) {
        Some(step) => format!("{} {}", level.0, step.name.get(lang)),
        None => level.0.to_string(),
    }
}

/// What an answer is called beside an item: "4 Business partner", "Regularly", "not rated".
pub fn answer_words(profile: &Profile, rating: Option<&Rating>, lang: Lang) -> String {
    let t = texts(lang);
    let kind = rating.and_then(|r| profile.kind_of(&r.item));
    match (kind, rating) {
        (Some(BlockKind::Held), Some(r)) => r.held.map_or(t.unanswered, |h| t.holding(h)).into(),
        (
            _,
            Some(Rating {
                current: Some(level),
                ..
            }),
        ) => level_label(profile, *level, lang),
        (Some(BlockKind::Held), None) => t.unanswered.into(),
        _ => t.unrated_short.into(),
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

/// A share of the career level rule as the rule's sentence says it: "half", or "60%".
fn share_said(share: u32, lang: Lang) -> String {
    let d = texts(lang).doc();
    if share == HALF {
        d.rule_half.to_string()
    } else {
        fill(d.rule_percent, &[("n", &share.to_string())])
    }
}

/// "Rule: the highest level at or above which at least half of the rated skills and
/// characteristics stand, claimed once at least half of all of them (21 of 41) are rated. …":
/// the rule of the summary page, for a profile with `ratable` skills and characteristics.
pub fn rule_sentence(rule: CareerRule, ratable: usize, lang: Lang) -> String {
    fill(
        texts(lang).doc().level_rule,
        &[
            ("support", &share_said(rule.at_or_above, lang)),
            ("claim", &share_said(rule.rated, lang)),
            ("threshold", &rule.claim_threshold(ratable).to_string()),
            ("total", &ratable.to_string()),
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

/// A figure kept in tenths (an average, a median), written with the language's decimal mark.
fn tenths(value: u16, mark: char) -> String {
    format!("{}{mark}{}", value / 10, value % 10)
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

/// The market reference of the profile, the band of a supported level marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Market {
    pub heading: String,
    /// (whether it is the supported level's band, its label, its range)
    pub bands: Vec<(bool, String, String)>,
    pub source: String,
}

impl Market {
    fn write(&self, text: &mut Text) {
        text.heading(&self.heading);
        for (_, label, range) in &self.bands {
            text.item(format!("{label} · {range}"));
        }
        text.line(&self.source);
    }
}

fn market_section(profile: &Profile, level: Option<Level>, lang: Lang) -> Option<Market> {
    let market = profile.market.as_ref()?;
    Some(Market {
        heading: market_heading(market, lang),
        bands: market
            .bands
            .iter()
            .map(|band| {
                (
                    level.is_some_and(|l| band.levels.contains(&l.0)),
                    band.label.get(lang).to_string(),
                    band_range(band, &market.currency, lang),
                )
            })
            .collect(),
        source: market_source(market, lang),
    })
}

/// "Executive Assistant, Acme" (empty when nothing is known), and the date.
fn who_and_date(person: &Person, date: &str) -> (String, String) {
    (person_line(person), date.to_string())
}

/// The career level an assessment supports: claimed, provisional, or none yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelPart {
    pub heading: &'static str,
    pub claim: Option<LevelClaim>,
    /// After a provisional claim: how many more to rate to claim it.
    pub needed: Option<String>,
    /// What follows (or says there is no level yet): the typical titles; why.
    pub lines: Vec<String>,
    /// The rule the level follows.
    pub rule: String,
}

/// "4 Business partner — Senior Executive Assistant", with the level as a badge for the eye.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelClaim {
    pub provisional: bool,
    pub badge: String,
    pub said: String,
    /// " — Senior Executive Assistant"
    pub career: String,
}

impl LevelPart {
    fn write(&self, text: &mut Text) {
        text.heading(self.heading);
        if let Some(claim) = &self.claim {
            text.line(format!("{}{}", claim.said, claim.career));
        }
        text.line(self.needed.clone().unwrap_or_default());
        self.lines.iter().for_each(|line| text.line(line));
        text.line(&self.rule);
    }
}

fn level_part(
    profile: &Profile,
    level: Option<&SupportedLevel>,
    ratable: usize,
    lang: Lang,
) -> LevelPart {
    let t = texts(lang);
    let rule = rule_sentence(profile.career_rule(), ratable, lang);
    let Some(level) = level else {
        return LevelPart {
            heading: t.doc().level_heading,
            claim: None,
            needed: None,
            lines: vec![t.doc().level_none.to_string()],
            rule,
        };
    };
    let career = career(profile, level.level, lang);
    let label = level_label(profile, level.level, lang);
    let provisional = level.is_provisional();
    let claim = LevelClaim {
        provisional,
        badge: level.level.0.to_string(),
        said: if provisional {
            fill(t.doc().provisional_level, &[("x", &label)])
        } else {
            label
        },
        career: match (&career, provisional) {
            (Some((name, _)), false) => format!(" — {name}"),
            _ => String::new(),
        },
    };
    let needed = provisional.then(|| {
        fill(
            t.doc().rate_more,
            &[
                ("n", &level.still_needed().to_string()),
                ("total", &level.ratable.to_string()),
                ("rated", &level.rated.to_string()),
            ],
        )
    });
    let titles = career
        .filter(|_| !provisional)
        .map(|(_, titles)| fill(t.doc().typical_titles, &[("titles", &titles)]));
    let lines = titles
        .into_iter()
        .chain([level_reason(profile, level, lang)])
        .collect();
    LevelPart {
        heading: t.doc().level_heading,
        claim: Some(claim),
        needed,
        lines,
        rule,
    }
}

/// One series of bars in a chart: its counts per level, its name in the legend, and whether
/// it is drawn solid (else outlined and dashed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub counts: Vec<usize>,
    pub label: String,
    pub solid: bool,
}

/// Bars per level for one rated block, two series side by side: current and target levels, or
/// an earlier and a later date. The page draws it (`ui::documents`); a screen reader reads
/// `description`; plain text leaves it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    pub title: String,
    pub description: String,
    pub series: [Series; 2],
}

pub fn chart(profile: &Profile, block: &str, series: [Series; 2], lang: Lang) -> Chart {
    let t = texts(lang);
    let title = profile
        .blocks
        .iter()
        .find(|b| b.id == block)
        .map(|b| b.title.get(lang).to_string())
        .unwrap_or_default();
    let count = |s: &Series, i: usize| s.counts.get(i).copied().unwrap_or(0);
    let counts: Vec<String> = (0..series[0].counts.len())
        .map(|i| {
            fill(
                t.doc().chart_level,
                &[
                    ("n", &(i + 1).to_string()),
                    ("a", &series[0].label),
                    ("x", &count(&series[0], i).to_string()),
                    ("b", &series[1].label),
                    ("y", &count(&series[1], i).to_string()),
                ],
            )
        })
        .collect();
    let description = fill(
        t.doc().chart_describe,
        &[("block", &title), ("counts", &counts.join("; "))],
    );
    Chart {
        title,
        description,
        series,
    }
}

/// The summary's charts: current and target levels per rated block.
fn charts(
    profile: &Profile,
    distributions: &[Distribution],
    lang: Lang,
) -> (&'static str, Vec<Chart>) {
    let t = texts(lang);
    let charts = distributions
        .iter()
        .map(|d| {
            chart(
                profile,
                &d.block,
                [
                    Series {
                        counts: d.current.clone(),
                        label: t.doc().chart_current.to_string(),
                        solid: true,
                    },
                    Series {
                        counts: d.target.clone(),
                        label: t.doc().chart_target.to_string(),
                        solid: false,
                    },
                ],
                lang,
            )
        })
        .collect();
    (t.doc().chart_heading, charts)
}

/// "what · how", with a note in quotes or a word that it is missing: a line of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub what: String,
    pub how: String,
    pub note: Option<String>,
    /// Said in place of a note that should be there.
    pub missing: Option<&'static str>,
}

impl Claim {
    fn line(&self) -> String {
        let mut line = format!("{} · {}", self.what, self.how);
        if let Some(note) = &self.note {
            line.push_str(&format!(" — {}", quoted(note)));
        }
        if let Some(missing) = self.missing {
            line.push_str(&format!(" — {missing}"));
        }
        line
    }
}

/// A section's list of claims, or what it says when there is none; "and 3 more" after the
/// ones shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claims {
    pub heading: &'static str,
    pub claims: Vec<Claim>,
    pub more: Option<String>,
    pub none: &'static str,
}

impl Claims {
    fn new(heading: &'static str, claims: Vec<Claim>, total: usize, t: &Texts) -> Claims {
        let more = (total > claims.len()).then(|| {
            fill(
                t.doc().and_more,
                &[("n", &(total - claims.len()).to_string())],
            )
        });
        Claims {
            heading,
            claims,
            more,
            none: t.doc().none_marked,
        }
    }

    fn write(&self, text: &mut Text) {
        text.heading(self.heading);
        if self.claims.is_empty() {
            text.line(self.none);
        }
        self.claims.iter().for_each(|claim| text.item(claim.line()));
        if let Some(more) = &self.more {
            text.item(more);
        }
    }
}

/// "Anna de Vries (Manager)" for lists.
pub fn perspective_of(entry: &Entry, lang: Lang) -> &'static str {
    Perspective::label(entry.perspective, lang)
}

#[cfg(test)]
mod tests;
