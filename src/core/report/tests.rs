use super::*;
use crate::core::answers::assessment::{Assessment, Rating};
use crate::core::computed::summary::summarize;

fn shipped() -> Profile {
    Profile::from_json(include_str!("../../../public/profiles/ima-msp.json")).unwrap()
}

fn entry(profile: &Profile, ratings: Vec<Rating>, person: Person) -> Entry {
    Entry {
        id: "a1".into(),
        date: "2026-11-24".into(),
        person,
        assessment: Assessment::for_profile(profile, Assessment { ratings }),
        ..Entry::default()
    }
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
    assert_eq!(
        band_range(&market.bands[2], "EUR", Lang::Nl),
        "vanaf € 5.000"
    );
}

#[test]
fn the_summary_as_text_names_everything_and_keeps_markup_as_text() {
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
    let person = Person {
        name: "Anna de Vries".into(),
        job_title: "Executive Assistant".into(),
        organisation: "Acme".into(),
    };
    let entry = entry(&profile, ratings, person);
    let summary = summarize(&profile, &entry.assessment);
    let text = summary_doc(&profile, &entry, &summary, None, Lang::En).text();
    for expected in [
        "Competence summary — Anna de Vries\n",
        "Executive Assistant, Acme · 2026-11-24",
        "Provisional: 4 Business partner",
        "Rate 19 more of the 41 skills and characteristics to claim a career level (2 rated so far).",
        "1 of 2 rated items are at level 4 or above, led by Communication.",
        "- Communication · 4 Business partner — “<b>Wrote</b> the CEO’s letter”",
        "- MS Office · 3 Proactive — no example given yet",
        "- Travel Manager · Owner",
        "Holds 1 of the 11 base-role tasks.",
        "- MS Office · 3 → 5",
        "- Supporting C-level executives · from € 5,000",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(
        !text.contains("44 Business"),
        "the badge is for the eye only:\n{text}"
    );
    let dutch = summary_doc(&profile, &entry, &summary, None, Lang::Nl).text();
    assert!(
        dutch.contains("Sterke punten") && dutch.contains("Communicatie"),
        "{dutch}"
    );
}

#[test]
fn the_summary_of_nothing_rated() {
    let profile = shipped();
    let entry = entry(&profile, vec![], Person::default());
    let summary = summarize(&profile, &entry.assessment);
    let text = summary_doc(&profile, &entry, &summary, None, Lang::En).text();
    assert!(
        text.starts_with("Competence summary\n2026-11-24\n"),
        "{text}"
    );
    assert!(text.contains("No level yet"));
}
