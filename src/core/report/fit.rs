//! An assessment held against a role profile: per item meets, above or below, and the tasks
//! the post needs that are not held yet.

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

pub(super) fn fit_section(profile: &Profile, role: &RoleProfile, fit: &Fit, lang: Lang) -> El {
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
