//! The profile file that ships with the app is valid and holds the IMA profile's four blocks.
#![cfg(not(target_arch = "wasm32"))]

use competence_matrix::core::profile::{BlockKind, Profile};
use competence_matrix::core::words::lang::Lang;

const PROFILE: &str = include_str!("../public/profiles/ima-msp.json");
const GERMAN: &str = include_str!("../public/profiles/ima-msp.de.json");

#[test]
fn the_shipped_profile_is_valid() {
    let profile = Profile::from_json(PROFILE).expect("public/profiles/ima-msp.json is valid");
    let blocks: Vec<(&str, BlockKind, usize)> = profile
        .blocks
        .iter()
        .map(|b| (b.id.as_str(), b.kind, b.items.len()))
        .collect();
    assert_eq!(
        blocks,
        [
            ("tasks", BlockKind::Held, 11),
            ("skills", BlockKind::Rated, 18),
            ("further", BlockKind::Held, 12),
            ("characteristics", BlockKind::Rated, 23),
        ]
    );
    assert_eq!(profile.top_level(), 5);
    // The languages of the seeds; German comes in a translation file of its own.
    assert_eq!(profile.languages, ["en", "nl"]);
    assert_eq!(profile.career_levels.len(), 5);
}

#[test]
fn the_seeds_run_together_items_are_two() {
    let profile = Profile::from_json(PROFILE).unwrap();
    let texts: Vec<&str> = profile
        .items()
        .map(|item| item.text.get(Lang::En))
        .collect();
    assert!(texts.contains(&"Solutions oriented") && texts.contains(&"Creative"));
    assert!(!texts.iter().any(|t| t.contains("orientedCreative")));
}

#[test]
fn every_item_reads_differently_in_dutch_where_the_words_differ() {
    let profile = Profile::from_json(PROFILE).unwrap();
    let same: Vec<&str> = profile
        .items()
        .filter(|item| item.text.get(Lang::En) == item.text.get(Lang::Nl))
        .map(|item| item.text.get(Lang::En))
        .collect();
    // Only loanwords used as such in Dutch may stay the same.
    assert_eq!(same, ["MS Office"]);
}

#[test]
fn every_item_reads_differently_in_german_where_the_words_differ() {
    let profile = Profile::from_json(PROFILE).unwrap();
    profile.add_translation(Lang::De, GERMAN).unwrap();
    let same: Vec<&str> = profile
        .items()
        .filter(|item| item.text.get(Lang::En) == item.text.get(Lang::De))
        .map(|item| item.text.get(Lang::En))
        .collect();
    // Loanwords and words spelled alike in both languages.
    assert_eq!(same, ["MS Office", "Travel Manager", "Loyal"]);
}

#[test]
fn every_language_the_app_speaks_has_the_profile_in_it() {
    let profile = Profile::from_json(PROFILE).unwrap();
    for lang in Lang::ALL {
        if profile.languages.iter().any(|code| code == lang.code()) {
            continue;
        }
        let path = format!(
            "{}/public/profiles/{}",
            env!("CARGO_MANIFEST_DIR"),
            Profile::translation_url("ima-msp.json", lang)
        );
        let json = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} is missing"));
        if let Err(error) = profile.add_translation(lang, &json) {
            panic!("{path}: {}", error.0);
        }
    }
}
