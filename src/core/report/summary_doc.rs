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
    /// For an agreed assessment: the meeting, what changed, the signatures.
    pub agreement: Option<AgreementPart>,
}

/// What an agreed assessment's summary says of the meeting it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementPart {
    /// "Agreed in the appraisal meeting of 2026-12-06"
    pub heading: String,
    /// "Reached from two assessments: Self, 2026-11-20 and Manager, 2026-11-28."
    pub from: String,
    /// "3 items are still open.", when some are.
    pub open: Option<String>,
    /// The items where the result is not what the person said herself.
    pub changed: Claims,
    /// Under each line: who signs ("Anna de Vries (Self)"), the person first.
    pub signatures: [String; 2],
    pub signature: &'static str,
    pub date: &'static str,
}

/// How many changed items the one page lists (the rest are counted).
const CHANGED_SHOWN: usize = 12;

fn agreement_part(profile: &Profile, entry: &Entry, lang: Lang) -> Option<AgreementPart> {
    let agreement = entry.agreement.as_ref()?;
    let t = texts(lang);
    let labels = agreement.side_labels(lang);
    let named = |side: usize| {
        let [a, b] = &agreement.sides;
        let date = [a, b][side].date.as_str();
        if date.is_empty() || labels[side].contains(date) {
            labels[side].clone()
        } else {
            format!("{}, {date}", labels[side])
        }
    };
    let open = agreement.open(profile, &entry.assessment);
    let changed = agreement.changed_from_own(profile, &entry.assessment);
    let total = changed.len();
    let claims = changed
        .into_iter()
        .take(CHANGED_SHOWN)
        .filter_map(|(position, _, _)| {
            let rating = entry.assessment.ratings.get(position)?;
            let own = agreement.sides[0].ratings.ratings.get(position);
            let note = rating.evidence.trim();
            Some(Claim {
                what: profile.item_name(&rating.item, lang).to_string(),
                how: format!(
                    "{} → {}",
                    answer_words(profile, own, lang),
                    answer_words(profile, Some(rating), lang)
                ),
                note: (!note.is_empty()).then(|| note.to_string()),
                missing: None,
            })
        })
        .collect();
    let mut changed = Claims::new("", claims, total, t);
    changed.none = if open > 0 {
        t.doc().agreed_unchanged_so_far
    } else {
        t.doc().agreed_unchanged
    };
    let signer = |name: &str, side: usize| {
        let name = name.trim();
        let label = agreement.sides[side].view.label(lang);
        if name.is_empty() {
            label.to_string()
        } else {
            format!("{name} ({label})")
        }
    };
    Some(AgreementPart {
        heading: fill(t.doc().agreed_heading, &[("date", &entry.date)]),
        from: fill(
            t.doc().agreed_from,
            &[("own", &named(0)), ("other", &named(1))],
        ),
        open: (open > 0).then(|| fill(t.doc().agreed_open, &[("n", &open.to_string())])),
        changed: Claims {
            heading: t.doc().agreed_changed,
            ..changed
        },
        signatures: [signer(&entry.person.name, 0), signer(&agreement.with, 1)],
        signature: t.doc().signature,
        date: t.doc().signature_date,
    })
}

impl AgreementPart {
    fn write(&self, text: &mut Text) {
        text.heading(&self.heading);
        text.line(&self.from);
        if let Some(open) = &self.open {
            text.line(open);
        }
        self.changed.write(text);
    }
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
        if let Some(agreement) = &self.agreement {
            agreement.write(&mut text);
        }
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
        agreement: agreement_part(p, entry, lang),
    }
}
