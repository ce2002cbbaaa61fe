//! The summary in words: the phrases the page shows and the plain text for an e-mail, from
//! one place so that both say the same.

use super::assessment::Level;
use super::lang::Lang;
use super::profile::{MarketBand, MarketReference, Profile};
use super::shared::Person;
use super::summary::{Gap, Summary, SHOWN};
use super::texts::{fill, texts};

/// "4 Business partner"
pub fn level_label(profile: &Profile, level: Level, lang: Lang) -> String {
    match profile.level_step(level.0) {
        Some(step) => format!("{} {}", level.0, step.name.get(lang)),
        None => level.0.to_string(),
    }
}

pub fn item_name(profile: &Profile, item: &str, lang: Lang) -> String {
    profile
        .items()
        .find(|candidate| candidate.id == item)
        .map_or_else(
            || item.to_string(),
            |found| found.text.get(lang).to_string(),
        )
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

/// "3 of 4 rated items are at level 3 or above, led by Communication, MS Office."
pub fn level_reason(profile: &Profile, summary: &Summary, lang: Lang) -> Option<String> {
    let level = summary.level.as_ref()?;
    let items: Vec<String> = level
        .carried_by
        .iter()
        .map(|id| item_name(profile, id, lang))
        .collect();
    Some(fill(
        texts(lang).level_because,
        &[
            ("at", &level.at_or_above.to_string()),
            ("rated", &level.rated.to_string()),
            ("n", &level.level.0.to_string()),
            ("items", &items.join(", ")),
        ],
    ))
}

/// "2 → 4", or "not rated → 3"
pub fn gap_steps(gap: &Gap, lang: Lang) -> String {
    let from = gap.current.map_or_else(
        || texts(lang).unrated_short.to_string(),
        |l| l.0.to_string(),
    );
    format!("{from} → {}", gap.target.0)
}

fn money(amount: u32, currency: &str, lang: Lang) -> String {
    let digits = amount.to_string();
    let separator = if lang == Lang::Nl { '.' } else { ',' };
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
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
    let (from, up_to) = if lang == Lang::Nl {
        ("vanaf", "tot")
    } else {
        ("from", "up to")
    };
    match (band.min, band.max) {
        (Some(min), Some(max)) => format!(
            "{} – {}",
            money(min, currency, lang),
            money(max, currency, lang).trim_start_matches(['€', '$', '£', ' '])
        ),
        (Some(min), None) => format!("{from} {}", money(min, currency, lang)),
        (None, Some(max)) => format!("{up_to} {}", money(max, currency, lang)),
        (None, None) => String::new(),
    }
}

/// "Market reference (indicative): Netherlands, gross per month"
pub fn market_heading(market: &MarketReference, lang: Lang) -> String {
    let t = texts(lang);
    format!(
        "{} ({}): {}, {}",
        t.market_heading,
        t.indicative,
        market.region.get(lang),
        market.period.get(lang)
    )
}

pub fn market_source(market: &MarketReference, lang: Lang) -> String {
    fill(
        texts(lang).market_source,
        &[("source", market.source.get(lang)), ("date", &market.date)],
    )
}

/// The whole summary as plain text, for an e-mail.
pub fn as_text(
    profile: &Profile,
    summary: &Summary,
    person: &Person,
    date: &str,
    lang: Lang,
) -> String {
    let t = texts(lang);
    let mut out = Vec::new();
    let name = person.name.trim();
    out.push(if name.is_empty() {
        t.summary_title.to_string()
    } else {
        format!("{} — {name}", t.summary_title)
    });
    let who = person_line(person);
    out.push(if who.is_empty() {
        date.to_string()
    } else {
        format!("{who} · {date}")
    });
    out.push(format!("{} ({})", profile.name.get(lang), profile.version));
    out.push(String::new());

    out.push(format!("{}:", t.level_heading));
    match &summary.level {
        Some(level) => {
            let mut line = level_label(profile, level.level, lang);
            if let Some((career, titles)) = career(profile, level.level, lang) {
                line.push_str(&format!(" — {career}"));
                out.push(line);
                out.push(fill(t.typical_titles, &[("titles", &titles)]));
            } else {
                out.push(line);
            }
            out.extend(level_reason(profile, summary, lang));
            out.push(t.level_rule.to_string());
        }
        None => out.push(t.level_none.to_string()),
    }

    out.push(String::new());
    out.push(t.strengths_heading.to_string());
    if summary.strengths.is_empty() {
        out.push(format!("- {}", t.none_marked));
    }
    for strength in &summary.strengths {
        let evidence = strength
            .evidence
            .as_ref()
            .map_or_else(|| format!("({})", t.no_evidence), |e| format!("“{e}”"));
        out.push(format!(
            "- {}: {} — {evidence}",
            item_name(profile, &strength.item, lang),
            level_label(profile, strength.level, lang)
        ));
    }

    out.push(String::new());
    out.push(t.responsibilities_heading.to_string());
    if summary.responsibilities.is_empty() {
        out.push(format!("- {}", t.none_marked));
    }
    for responsibility in &summary.responsibilities {
        let mut line = format!(
            "- {}: {}",
            item_name(profile, &responsibility.item, lang),
            t.holding(responsibility.holding)
        );
        if let Some(evidence) = &responsibility.evidence {
            line.push_str(&format!(" — “{evidence}”"));
        }
        out.push(line);
    }
    out.push(fill(
        t.tasks_held,
        &[
            ("held", &summary.tasks_held.answered.to_string()),
            ("total", &summary.tasks_held.total.to_string()),
        ],
    ));

    out.push(String::new());
    out.push(t.gaps_heading.to_string());
    if summary.gaps.is_empty() {
        out.push(format!("- {}", t.none_marked));
    }
    for gap in summary.gaps.iter().take(SHOWN) {
        out.push(format!(
            "- {}: {}",
            item_name(profile, &gap.item, lang),
            gap_steps(gap, lang)
        ));
    }
    if summary.gaps.len() > SHOWN {
        out.push(format!(
            "- {}",
            fill(
                t.and_more,
                &[("n", &(summary.gaps.len() - SHOWN).to_string())]
            )
        ));
    }

    if let Some(market) = &profile.market {
        out.push(String::new());
        out.push(market_heading(market, lang));
        for band in &market.bands {
            out.push(format!(
                "- {}: {}",
                band.label.get(lang),
                band_range(band, &market.currency, lang)
            ));
        }
        out.push(market_source(market, lang));
    }
    out.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::{Assessment, Holding, Rating};
    use crate::core::summary::summarize;

    fn shipped() -> Profile {
        Profile::from_json(include_str!("../../public/profiles/ima-msp.json")).unwrap()
    }

    #[test]
    fn money_in_both_languages() {
        assert_eq!(money(2200, "EUR", Lang::En), "€ 2,200");
        assert_eq!(money(2200, "EUR", Lang::Nl), "€ 2.200");
        assert_eq!(money(1234567, "CHF", Lang::En), "CHF 1,234,567");
        assert_eq!(money(999, "EUR", Lang::En), "€ 999");
    }

    #[test]
    fn the_dutch_seed_ranges() {
        let profile = shipped();
        let market = profile.market.as_ref().unwrap();
        let bands: Vec<String> = market
            .bands
            .iter()
            .map(|b| band_range(b, &market.currency, Lang::En))
            .collect();
        assert_eq!(
            bands,
            ["€ 2,200 – 2,800", "€ 3,000 – 4,500", "from € 5,000"]
        );
        assert!(market_heading(market, Lang::En).contains("indicative"));
        assert!(market_heading(market, Lang::Nl).contains("indicatief"));
    }

    #[test]
    fn plain_text_names_everything_and_keeps_markup_as_text() {
        let profile = shipped();
        let ratings = vec![
            Rating {
                current: Some(Level(4)),
                evidence: "<b>Wrote</b> the CEO’s letter".into(),
                ..Rating::new("skill.communication")
            },
            Rating {
                current: Some(Level(3)),
                target: Some(Level(5)),
                ..Rating::new("skill.ms-office")
            },
            Rating {
                held: Some(Holding::Owner),
                ..Rating::new("further.travel-manager")
            },
            Rating {
                held: Some(Holding::Regularly),
                ..Rating::new("task.minutes")
            },
        ];
        let assessment = Assessment::for_profile(&profile, Assessment { ratings });
        let summary = summarize(&profile, &assessment);
        let person = Person {
            name: "Anna de Vries".into(),
            job_title: "Executive Assistant".into(),
            organisation: "Acme".into(),
        };
        let text = as_text(&profile, &summary, &person, "2026-11-24", Lang::En);
        for expected in [
            "Competence summary — Anna de Vries",
            "Executive Assistant, Acme · 2026-11-24",
            "4 Business partner — Senior Executive Assistant",
            "1 of 2 rated items are at level 4 or above, led by Communication.",
            "- Communication: 4 Business partner — “<b>Wrote</b> the CEO’s letter”",
            "- MS Office: 3 Proactive — (no example given yet)",
            "- Travel Manager: Owner",
            "Holds 1 of the 11 base-role tasks.",
            "- MS Office: 3 → 5",
            "- Supporting C-level executives: from € 5,000",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
        let dutch = as_text(&profile, &summary, &person, "2026-11-24", Lang::Nl);
        assert!(
            dutch.contains("Sterke punten") && dutch.contains("Communicatie"),
            "{dutch}"
        );
    }

    #[test]
    fn plain_text_of_nothing_rated() {
        let profile = shipped();
        let summary = summarize(
            &profile,
            &Assessment::for_profile(&profile, Assessment::default()),
        );
        let text = as_text(
            &profile,
            &summary,
            &Person::default(),
            "2026-11-24",
            Lang::En,
        );
        assert!(
            text.starts_with("Competence summary\n2026-11-24\n"),
            "{text}"
        );
        assert!(text.contains("No level yet"));
    }
}
