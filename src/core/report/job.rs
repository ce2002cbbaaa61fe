//! The job description of a role profile, in a language of its own, from the profile's texts.

use super::*;

/// The job description for a role profile, in `lang` (chosen apart from the interface's
/// language): from the profile's own texts, the same every time.
pub fn job_description_doc(profile: &Profile, role: &RoleProfile, lang: Lang) -> El {
    let t = texts(lang);
    let level = role.career_level(profile);
    let mut doc = el("article")
        .class("job-card doc")
        .attr("lang", lang.code())
        .attr("aria-labelledby", "job-title")
        .kid(
            el("header")
                .class("summary-head")
                .kid(
                    el("h2")
                        .attr("id", "job-title")
                        .text(role_title(role, lang)),
                )
                .kid_if(
                    (!role.organisation.trim().is_empty())
                        .then(|| el("p").class("who").text(role.organisation.trim())),
                ),
        );
    if !role.purpose.trim().is_empty() {
        doc = doc.kid(
            el("section")
                .kid(el("h3").text(t.doc().jd_purpose))
                .kid(el("p").text(role.purpose.trim())),
        );
    }
    if let Some(level) = level {
        let mut section = el("section")
            .class("level")
            .kid(el("h3").text(t.doc().jd_level))
            .kid(el("p").text({
                let mut line = fill(
                    t.doc().jd_level_line,
                    &[("x", &level_label(profile, level, lang))],
                );
                if let Some((name, _)) = career(profile, level, lang) {
                    line.push_str(&format!(" — {name}"));
                }
                line
            }));
        if let Some((_, titles)) = career(profile, level, lang) {
            section =
                section.kid(el("p").text(fill(t.doc().typical_titles, &[("titles", &titles)])));
        }
        doc = doc.kid(section);
    }
    let needs_of = |requirement: Requirement| -> Vec<El> {
        role.needs
            .iter()
            .filter(|n| n.requirement == Some(requirement) && profile.has_item(&n.item))
            .map(|n| el("li").text(profile.item_name(&n.item, lang)))
            .collect()
    };
    let (required, optional) = (
        needs_of(Requirement::Required),
        needs_of(Requirement::Optional),
    );
    if !required.is_empty() || !optional.is_empty() {
        let mut section = el("section")
            .class("tasks")
            .kid(el("h3").text(t.doc().jd_tasks));
        if !required.is_empty() {
            section = section
                .kid(el("h4").text(t.doc().jd_required))
                .kid(el("ul").kids(required));
        }
        if !optional.is_empty() {
            section = section
                .kid(el("h4").text(t.doc().jd_optional))
                .kid(el("ul").kids(optional));
        }
        doc = doc.kid(section);
    }
    // Per block, the items grouped by the level the post needs, highest first: each level's
    // descriptor is written once, above the items that need it.
    for block in profile.blocks.iter().filter(|b| b.kind == BlockKind::Rated) {
        let needed = |item: &&crate::core::profile::Item| {
            role.needs
                .iter()
                .find(|n| n.item == item.id)
                .and_then(|n| n.level)
        };
        let mut section = el("section")
            .class("skills")
            .kid(el("h3").text(block.title.get(lang)));
        let mut any = false;
        for step in profile.levels.iter().rev() {
            let items: Vec<El> = block
                .items
                .iter()
                .filter(|item| needed(item).is_some_and(|l| l.0 == step.level))
                .map(|item| el("li").text(item.text.get(lang)))
                .collect();
            if items.is_empty() {
                continue;
            }
            any = true;
            section = section
                .kid(el("p").class("at-level").text(fill(
                    t.doc().jd_at_level,
                    &[
                        ("n", &step.level.to_string()),
                        ("name", step.name.get(lang)),
                        ("descriptor", step.descriptor.get(lang)),
                    ],
                )))
                .kid(el("ul").class("needs").kids(items));
        }
        if any {
            doc = doc.kid(section);
        }
    }
    if let (Some(market), Some(level)) = (&profile.market, level) {
        if let Some(band) = market.bands.iter().find(|b| b.levels.contains(&level.0)) {
            doc = doc.kid(
                el("section")
                    .class("market")
                    .kid(el("h3").text(t.doc().jd_salary))
                    .kid(el("p").text(fill(
                        t.doc().jd_salary_line,
                        &[
                            ("range", &band_range(band, &market.currency, lang)),
                            ("period", market.period.get(lang)),
                            ("region", market.region.get(lang)),
                            ("band", band.label.get(lang)),
                        ],
                    )))
                    .kid(el("p").class("source").text(market_source(market, lang))),
            );
        }
    }
    doc
}
