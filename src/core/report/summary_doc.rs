//! The one-page summary of an assessment: the level it supports and why, strengths with their
//! evidence, responsibilities, goals, the fit with a role it aims at, the market reference.

use super::fit_doc::fit_section;
use super::*;

/// The one-page summary of an assessment, worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryDoc {
    pub title: String,
    /// "Executive Assistant, Acme" (may be empty), and the assessment's date.
    pub who: (String, String),
    pub profile_line: String,
    pub level: LevelPart,
    /// (heading, one chart per rated block)
    pub charts: (&'static str, Vec<Chart>),
    pub strengths: Claims,
    pub responsibilities: Claims,
    /// "Holds 1 of the 11 base-role tasks."
    pub tasks_held: String,
    pub goals: Claims,
    pub fit: Option<FitSection>,
    pub market: Option<Market>,
}

impl SummaryDoc {
    /// As plain text (the charts are for the eye; their figures are in the lists).
    pub fn text(&self) -> String {
        let mut text = Text::new();
        text.line(&self.title);
        let (who, date) = &self.who;
        text.line(if who.is_empty() {
            date.clone()
        } else {
            format!("{who} · {date}")
        });
        text.line(&self.profile_line);
        self.level.write(&mut text);
        self.strengths.write(&mut text);
        self.responsibilities.write(&mut text);
        text.line(&self.tasks_held);
        self.goals.write(&mut text);
        if let Some(fit) = &self.fit {
            text.heading(&fit.heading);
            fit.report.write(&mut text);
        }
        if let Some(market) = &self.market {
            market.write(&mut text);
        }
        text.finish()
    }
}

/// The one-page summary of an assessment; with the fit to a role when one is aimed at.
pub fn summary_doc(
    profile: &Profile,
    entry: &Entry,
    summary: &Summary,
    fit: Option<(&RoleProfile, &Fit)>,
    lang: Lang,
) -> SummaryDoc {
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
        .map(|s| Claim {
            what: p.item_name(&s.item, lang).to_string(),
            how: level_label(p, s.level, lang),
            note: s.evidence.clone(),
            missing: s.evidence.is_none().then_some(t.doc().no_evidence),
        })
        .collect();
    let responsibilities = summary
        .responsibilities
        .iter()
        .take(RESPONSIBILITIES_SHOWN)
        .map(|r| Claim {
            what: p.item_name(&r.item, lang).to_string(),
            how: t.holding(r.holding).to_string(),
            note: r.evidence.clone(),
            missing: None,
        })
        .collect();
    let gaps = summary
        .gaps
        .iter()
        .take(SHOWN)
        .map(|g| Claim {
            what: p.item_name(&g.item, lang).to_string(),
            how: gap_steps(g, lang),
            note: None,
            missing: None,
        })
        .collect();
    SummaryDoc {
        title,
        who: who_and_date(&entry.person, &entry.date),
        profile_line: format!(
            "{} ({}) · {}",
            p.name.get(lang),
            p.version,
            entry.title(lang)
        ),
        level: level_part(p, summary.level.as_ref(), summary.ratable, lang),
        charts: charts(p, &summary.distributions, lang),
        strengths: Claims::new(
            t.doc().strengths_heading,
            strengths,
            summary.strengths.len(),
            t,
        ),
        responsibilities: Claims::new(
            t.doc().responsibilities_heading,
            responsibilities,
            summary.responsibilities.len(),
            t,
        ),
        tasks_held: fill(
            t.doc().tasks_held,
            &[
                ("held", &summary.tasks_held.answered.to_string()),
                ("total", &summary.tasks_held.total.to_string()),
            ],
        ),
        goals: Claims::new(t.doc().gaps_heading, gaps, summary.gaps.len(), t),
        fit: fit.map(|(role, fit)| fit_section(p, role, fit, lang)),
        market: market_section(p, supported, lang),
    }
}
