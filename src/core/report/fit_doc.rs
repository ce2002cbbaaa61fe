//! An assessment held against a role profile: per item meets, above or below, and the tasks
//! the post needs that are not held yet.

use super::text::Text;
use super::*;

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

/// How a row of the fit stands, with a symbol and words (never colour alone); the first is the
/// name the page styles it by.
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

/// An assessment held against a role profile, worded: the verdict, the tasks, each item the
/// post needs, and the tasks it includes that are not held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FitReport {
    pub verdict: String,
    pub tasks: String,
    pub items_heading: &'static str,
    pub rows: Vec<FitRow>,
    /// What the list says when the post needs no level anywhere.
    pub no_rows: &'static str,
    pub missing_heading: &'static str,
    /// (task, required or desirable)
    pub missing: Vec<(String, &'static str)>,
    pub none_missing: &'static str,
}

/// An item the post needs: "Leadership · Required 4, rated 2 · ▼ 2 below".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FitRow {
    /// `meets`, `above`, `below` or `unrated`.
    pub mark: &'static str,
    pub item: String,
    pub levels: String,
    pub said: String,
}

/// The fit on a page of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FitDoc {
    pub title: String,
    /// The organisation and the level the role asks for.
    pub who: String,
    pub report: FitReport,
}

/// The fit as part of the summary, under a heading that names the role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FitSection {
    pub heading: String,
    pub report: FitReport,
}

impl FitReport {
    pub(super) fn write(&self, text: &mut Text) {
        text.line(&self.verdict);
        text.line(&self.tasks);
        text.heading(self.items_heading);
        if self.rows.is_empty() {
            text.line(self.no_rows);
        }
        for row in &self.rows {
            text.item(format!("{} · {} · {}", row.item, row.levels, row.said));
        }
        text.heading(self.missing_heading);
        if self.missing.is_empty() {
            text.line(self.none_missing);
        }
        for (task, requirement) in &self.missing {
            text.item(format!("{task} · {requirement}"));
        }
    }
}

impl FitDoc {
    /// As plain text.
    pub fn text(&self) -> String {
        let mut text = Text::new();
        text.line(&self.title);
        text.line(&self.who);
        self.report.write(&mut text);
        text.finish()
    }
}

/// The fit's verdict and lists.
fn fit_report(profile: &Profile, fit: &Fit, lang: Lang) -> FitReport {
    let t = texts(lang);
    let rows = fit
        .rows
        .iter()
        .map(|row| {
            let (mark, said) = mark_text(row.mark, t);
            let current = row
                .current
                .map_or_else(|| t.unrated_short.to_string(), |l| l.0.to_string());
            FitRow {
                mark,
                item: profile.item_name(&row.item, lang).to_string(),
                levels: fill(
                    t.doc().required_vs_rated,
                    &[
                        ("required", &row.required.0.to_string()),
                        ("rated", &current),
                    ],
                ),
                said,
            }
        })
        .collect();
    let missing = fit
        .missing
        .iter()
        .map(|m| {
            let requirement = match m.requirement {
                Requirement::Required => t.required,
                Requirement::Optional => t.optional,
            };
            (profile.item_name(&m.item, lang).to_string(), requirement)
        })
        .collect();
    FitReport {
        verdict: fit_verdict(profile, fit, lang),
        tasks: fill(
            t.doc().fit_tasks,
            &[
                ("held", &fit.tasks_held.to_string()),
                ("required", &fit.tasks_required.to_string()),
            ],
        ),
        items_heading: t.doc().fit_items_heading,
        rows,
        no_rows: t.doc().none_marked,
        missing_heading: t.doc().fit_missing_heading,
        missing,
        none_missing: t.doc().none_missing,
    }
}

/// The fit with the role an assessment aims at, for its summary.
pub(super) fn fit_section(
    profile: &Profile,
    role: &RoleProfile,
    fit: &Fit,
    lang: Lang,
) -> FitSection {
    FitSection {
        heading: fill(
            texts(lang).doc().fit_heading,
            &[("role", &role_title(role, lang))],
        ),
        report: fit_report(profile, fit, lang),
    }
}

/// The fit on a page of its own.
pub fn fit_doc(
    profile: &Profile,
    entry: &Entry,
    role: &RoleProfile,
    fit: &Fit,
    lang: Lang,
) -> FitDoc {
    let t = texts(lang);
    let level = role
        .career_level(profile)
        .map(|l| fill(t.doc().role_asks, &[("x", &level_label(profile, l, lang))]))
        .unwrap_or_default();
    FitDoc {
        title: fill(
            t.doc().fit_title,
            &[
                ("who", &entry.whose(lang)),
                ("role", &role_title(role, lang)),
            ],
        ),
        who: [role.organisation.trim(), level.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · "),
        report: fit_report(profile, fit, lang),
    }
}
