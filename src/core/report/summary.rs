//! The one-page summary of an assessment: the level it supports and why, strengths with their
//! evidence, responsibilities, goals, the fit with a role it aims at, the market reference.

use super::fit::fit_section;
use super::*;

/// The one-page summary of an assessment; with the fit to a role when one is aimed at.
pub fn summary_doc(
    profile: &Profile,
    entry: &Entry,
    summary: &Summary,
    fit: Option<(&RoleProfile, &Fit)>,
    lang: Lang,
) -> El {
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
        .map(|s| {
            let li = el("li")
                .kid(el("span").class("what").text(p.item_name(&s.item, lang)))
                .text(" · ")
                .kid(el("span").class("how").text(level_label(p, s.level, lang)))
                .text(" — ");
            match &s.evidence {
                Some(note) => li.kid(el("q").text(note.clone())),
                None => li.kid(el("span").class("missing").text(t.doc().no_evidence)),
            }
        })
        .collect();
    let responsibilities = summary
        .responsibilities
        .iter()
        .take(RESPONSIBILITIES_SHOWN)
        .map(|r| {
            let li = el("li")
                .kid(el("span").class("what").text(p.item_name(&r.item, lang)))
                .text(" · ")
                .kid(el("span").class("how").text(t.holding(r.holding)));
            match &r.evidence {
                Some(note) => li.text(" — ").kid(el("q").text(note.clone())),
                None => li,
            }
        })
        .collect();
    let gaps = summary
        .gaps
        .iter()
        .take(SHOWN)
        .map(|g| {
            el("li")
                .kid(el("span").class("what").text(p.item_name(&g.item, lang)))
                .text(" · ")
                .kid(el("span").class("how").text(gap_steps(g, lang)))
        })
        .collect();

    let mut head = el("header")
        .class("summary-head")
        .kid(el("h2").attr("id", "summary-title").text(title))
        .kid(who_line(&entry.person, &entry.date));
    head = head.kid(el("p").class("profile-name").text(format!(
        "{} ({}) · {}",
        p.name.get(lang),
        p.version,
        entry.title(lang)
    )));

    let level = el("section")
        .class("level")
        .kid(el("h3").text(t.doc().level_heading))
        .kids(level_part(p, summary.level.as_ref(), lang))
        .kid(el("p").class("rule").text(fill(
            t.doc().level_rule,
            &[
                ("threshold", &claim_threshold(summary.ratable).to_string()),
                ("total", &summary.ratable.to_string()),
            ],
        )));

    el("article")
        .class("summary-card doc")
        .attr("aria-labelledby", "summary-title")
        .kid(head)
        .kid(level)
        .kid(charts(p, &summary.distributions, lang))
        .kid(
            el("section")
                .class("strengths")
                .kid(el("h3").text(t.doc().strengths_heading))
                .kid(claims_or_none(t, strengths, None)),
        )
        .kid(
            el("section")
                .class("responsibilities")
                .kid(el("h3").text(t.doc().responsibilities_heading))
                .kid(claims_or_none(
                    t,
                    responsibilities,
                    more(t, summary.responsibilities.len(), RESPONSIBILITIES_SHOWN),
                ))
                .kid(el("p").text(fill(
                    t.doc().tasks_held,
                    &[
                        ("held", &summary.tasks_held.answered.to_string()),
                        ("total", &summary.tasks_held.total.to_string()),
                    ],
                ))),
        )
        .kid(
            el("section")
                .class("goals")
                .kid(el("h3").text(t.doc().gaps_heading))
                .kid(claims_or_none(t, gaps, more(t, summary.gaps.len(), SHOWN))),
        )
        .kid_if(fit.map(|(role, fit)| fit_section(p, role, fit, lang)))
        .kid_if(market_section(p, supported, lang))
}
