//! The job description of a role profile, in a language of its own, from the profile's texts:
//! what it says (`JobDescription`), which the page draws (`ui::documents`) and [`JobDescription::text`]
//! writes as plain text.

use super::text::Text;
use super::*;

/// The job description of a role profile, worded in `lang`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobDescription {
    pub lang: Lang,
    pub title: String,
    pub organisation: Option<String>,
    /// (heading, the post's purpose)
    pub purpose: Option<(&'static str, String)>,
    pub level: Option<JobLevel>,
    pub tasks: Option<JobTasks>,
    /// Per rated block, the items by the level the post needs.
    pub skills: Vec<SkillsByLevel>,
    pub salary: Option<Salary>,
}

/// The career level the post asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobLevel {
    pub heading: &'static str,
    pub line: String,
    /// "Typical job titles: …"
    pub titles: Option<String>,
}

/// The tasks the post includes, required and desirable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobTasks {
    pub heading: &'static str,
    /// (heading, tasks): required first, then desirable; a kind with none is left out.
    pub kinds: Vec<(&'static str, Vec<String>)>,
}

/// A block's items, grouped by the level the post needs, highest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillsByLevel {
    pub heading: String,
    /// (what the level means, the items at it)
    pub levels: Vec<(String, Vec<String>)>,
}

/// The salary band of the post's level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Salary {
    pub heading: &'static str,
    pub line: String,
    pub source: String,
}

impl JobDescription {
    /// As plain text, for copying and the downloaded file.
    pub fn text(&self) -> String {
        let mut text = Text::new();
        text.line(&self.title);
        text.line(self.organisation.clone().unwrap_or_default());
        if let Some((heading, purpose)) = &self.purpose {
            text.heading(heading);
            text.line(purpose);
        }
        if let Some(level) = &self.level {
            text.heading(level.heading);
            text.line(&level.line);
            text.line(level.titles.clone().unwrap_or_default());
        }
        if let Some(tasks) = &self.tasks {
            text.heading(tasks.heading);
            for (heading, items) in &tasks.kinds {
                text.heading(heading);
                items.iter().for_each(|item| text.item(item));
            }
        }
        for block in &self.skills {
            text.heading(&block.heading);
            for (at_level, items) in &block.levels {
                text.line(at_level);
                items.iter().for_each(|item| text.item(item));
            }
        }
        if let Some(salary) = &self.salary {
            text.heading(salary.heading);
            text.line(&salary.line);
            text.line(&salary.source);
        }
        text.finish()
    }
}

/// The job description for a role profile, in `lang` (chosen apart from the interface's
/// language): from the profile's own texts, the same every time.
pub fn job_description(profile: &Profile, role: &RoleProfile, lang: Lang) -> JobDescription {
    let t = texts(lang);
    let level = role.career_level(profile);
    let organisation = role.organisation.trim();
    let purpose = role.purpose.trim();
    let needs_of = |requirement: Requirement| -> Vec<String> {
        role.needs
            .iter()
            .filter(|n| n.requirement == Some(requirement) && profile.has_item(&n.item))
            .map(|n| profile.item_name(&n.item, lang).to_string())
            .collect()
    };
    let kinds: Vec<(&'static str, Vec<String>)> = [
        (t.doc().jd_required, needs_of(Requirement::Required)),
        (t.doc().jd_optional, needs_of(Requirement::Optional)),
    ]
    .into_iter()
    .filter(|(_, items)| !items.is_empty())
    .collect();
    // Per block, the items grouped by the level the post needs, highest first: each level's
    // descriptor is written once, above the items that need it.
    let skills = profile
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Rated)
        .map(|block| {
            let needed = |item: &crate::core::profile::Item| {
                role.needs
                    .iter()
                    .find(|n| n.item == item.id)
                    .and_then(|n| n.level)
            };
            let levels = profile
                .levels
                .iter()
                .rev()
                .filter_map(|step| {
                    let items: Vec<String> = block
                        .items
                        .iter()
                        .filter(|item| needed(item).is_some_and(|l| l.0 == step.level))
                        .map(|item| item.text.get(lang).to_string())
                        .collect();
                    (!items.is_empty()).then(|| {
                        let at_level = fill(
                            t.doc().jd_at_level,
                            &[
                                ("n", &step.level.to_string()),
                                ("name", step.name.get(lang)),
                                ("descriptor", step.descriptor.get(lang)),
                            ],
                        );
                        (at_level, items)
                    })
                })
                .collect::<Vec<_>>();
            SkillsByLevel {
                heading: block.title.get(lang).to_string(),
                levels,
            }
        })
        .filter(|block| !block.levels.is_empty())
        .collect();
    let salary = level.and_then(|level| {
        let market = profile.market.as_ref()?;
        let band = market.bands.iter().find(|b| b.levels.contains(&level.0))?;
        Some(Salary {
            heading: t.doc().jd_salary,
            line: fill(
                t.doc().jd_salary_line,
                &[
                    ("range", &band_range(band, &market.currency, lang)),
                    ("period", market.period.get(lang)),
                    ("region", market.region.get(lang)),
                    ("band", band.label.get(lang)),
                ],
            ),
            source: market_source(market, lang),
        })
    });
    JobDescription {
        lang,
        title: role_title(role, lang),
        organisation: (!organisation.is_empty()).then(|| organisation.to_string()),
        purpose: (!purpose.is_empty()).then(|| (t.doc().jd_purpose, purpose.to_string())),
        level: level.map(|level| {
            let career = career(profile, level, lang);
            let mut line = fill(
                t.doc().jd_level_line,
                &[("x", &level_label(profile, level, lang))],
            );
            if let Some((name, _)) = &career {
                line.push_str(&format!(" — {name}"));
            }
            JobLevel {
                heading: t.doc().jd_level,
                line,
                titles: career
                    .map(|(_, titles)| fill(t.doc().typical_titles, &[("titles", &titles)])),
            }
        }),
        tasks: (!kinds.is_empty()).then_some(JobTasks {
            heading: t.doc().jd_tasks,
            kinds,
        }),
        skills,
        salary,
    }
}
