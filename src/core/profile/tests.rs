use super::*;

/// A small valid profile; tests change one thing in it and expect one error.
pub(crate) fn sample_json() -> serde_json::Value {
    let text = |en: &str, nl: &str| serde_json::json!({ "en": en, "nl": nl });
    serde_json::json!({
        "schema": 1,
        "id": "sample",
        "version": "1",
        "languages": ["en", "nl"],
        "name": text("Sample", "Voorbeeld"),
        "levels": [
            { "level": 1, "name": text("One", "Een"), "descriptor": text("Does one", "Doet een") },
            { "level": 2, "name": text("Two", "Twee"), "descriptor": text("Does two", "Doet twee") },
            { "level": 3, "name": text("Three", "Drie"), "descriptor": text("Does three", "Doet drie") }
        ],
        "blocks": [
            { "id": "tasks", "kind": "held", "title": text("Tasks", "Taken"), "items": [
                { "id": "t1", "text": text("Plan", "Plannen") },
                { "id": "t2", "text": text("Travel", "Reizen") }
            ]},
            { "id": "skills", "kind": "rated", "title": text("Skills", "Vaardigheden"), "items": [
                { "id": "s1", "text": text("Writing", "Schrijven") },
                { "id": "s2", "text": text("Planning", "Plannen") },
                { "id": "s3", "text": text("Budgets", "Budgetten") }
            ]}
        ]
    })
}

pub(crate) fn sample() -> Profile {
    Profile::from_json(&sample_json().to_string()).expect("the sample profile is valid")
}

/// Answers to the sample's items in order (t1 t2 s1 s2 s3) as steps: a task's holding
/// (0 not held … 3 owner), a skill's level (1–3); `None` unanswered.
pub(crate) fn answers_of(
    steps: impl IntoIterator<Item = Option<u8>>,
) -> Vec<crate::core::answers::assessment::Rating> {
    use crate::core::answers::assessment::{Holding, Level, Rating};
    let profile = sample();
    profile
        .items()
        .zip(steps)
        .map(|(item, step)| {
            let mut rating = Rating::new(item.id.clone());
            match profile.kind_of(&item.id) {
                Some(BlockKind::Held) => rating.held = step.map(|s| Holding::ALL[usize::from(s)]),
                _ => rating.current = step.map(Level),
            }
            rating
        })
        .collect()
}

/// The refusal in full, as the app shows it; checked to agree with the quick refusal.
fn refused(json: serde_json::Value) -> ProfileError {
    let text = json.to_string();
    let quick = Profile::from_json(&text).expect_err("the profile should be refused");
    let full = Profile::diagnose(&text);
    match &quick {
        ProfileError::Malformed(None) => {
            assert!(matches!(full, ProfileError::Malformed(Some(_))), "{full:?}")
        }
        _ => assert_eq!(quick, full),
    }
    full
}

#[test]
fn reads_a_valid_profile() {
    let profile = sample();
    assert_eq!(profile.blocks.len(), 2);
    assert_eq!(profile.top_level(), 3);
    assert_eq!(
        profile.block_of("s2").map(|b| b.id.as_str()),
        Some("skills")
    );
    assert!(profile.block_of("gone").is_none());
    assert_eq!(profile.items().count(), 5);
    assert_eq!(profile.position_of("s1"), Some(2));
    assert_eq!(profile.item_at(4), Some("s3"));
    assert_eq!(profile.item_name("s2", Lang::Nl), "Plannen");
    assert_eq!(profile.item_name("gone", Lang::Nl), "gone");
}

#[test]
fn texts_fall_back_to_english() {
    let text = Text::new(vec![("en".to_string(), "Hello".to_string())]);
    assert_eq!(text.get(Lang::Nl), "Hello");
    assert_eq!(Text::default().get(Lang::Nl), "");
}

#[test]
fn refuses_text_that_is_not_json() {
    assert_eq!(
        Profile::from_json("<html>404</html>"),
        Err(ProfileError::NotJson { line: 1, column: 1 })
    );
    assert_eq!(
        Profile::from_json(""),
        Err(ProfileError::NotJson { line: 1, column: 0 })
    );
}

#[test]
fn refuses_unknown_or_missing_schema() {
    let mut json = sample_json();
    json["schema"] = 2.into();
    assert_eq!(
        refused(json.clone()),
        ProfileError::UnsupportedSchema(Some(2))
    );
    json.as_object_mut().unwrap().remove("schema");
    assert_eq!(refused(json.clone()), ProfileError::UnsupportedSchema(None));
    json["schema"] = "1".into();
    assert_eq!(refused(json), ProfileError::UnsupportedSchema(None));
}

#[test]
fn refuses_a_wrong_shape_with_the_field_named() {
    let mut json = sample_json();
    json["blocks"][0]["kind"] = "sometimes".into();
    let error = refused(json);
    assert_eq!(
        error,
        ProfileError::Malformed(Some(ShapeError {
            path: "blocks[0].kind".into(),
            expected: Expected::OneOf(vec!["rated".into(), "held".into()])
        }))
    );
    assert_eq!(
        error.message(Lang::En),
        "the profile file does not have the expected shape: at blocks[0].kind, one of “rated”, “held” was expected"
    );
    assert!(error.message(Lang::Nl).contains("blocks[0].kind"));
}

#[test]
fn refuses_duplicate_item_ids_even_across_blocks() {
    let mut json = sample_json();
    json["blocks"][1]["items"][2]["id"] = "t1".into();
    assert_eq!(refused(json), ProfileError::DuplicateItemId("t1".into()));
}

#[test]
fn refuses_duplicate_block_ids() {
    let mut json = sample_json();
    json["blocks"][1]["id"] = "tasks".into();
    assert_eq!(
        refused(json),
        ProfileError::DuplicateBlockId("tasks".into())
    );
}

#[test]
fn refuses_a_blank_or_spaced_item_id() {
    for id in [" ", "", "two words"] {
        let mut json = sample_json();
        json["blocks"][1]["items"][0]["id"] = id.into();
        assert_eq!(
            refused(json),
            ProfileError::BadId {
                block: "skills".into()
            }
        );
    }
}

#[test]
fn a_huge_id_is_quoted_short_in_the_message() {
    let huge = format!("s{}", "{".repeat(5000));
    let mut json = sample_json();
    json["blocks"][1]["id"] = huge.clone().into();
    let error = refused(json);
    assert_eq!(error, ProfileError::BadId { block: huge });
    for lang in Lang::ALL {
        let message = error.message(lang);
        assert!(message.chars().count() < 200, "{message}");
        assert!(
            message.contains(&format!("s{}…", "{".repeat(39))),
            "{message}"
        );
    }
    assert_eq!(shortened("skills"), "skills");
    let long_code = ProfileError::MissingTranslation {
        place: Place::ProfileName,
        lang: "n".repeat(5000),
    };
    assert!(long_code.message(Lang::Nl).chars().count() < 200);
}

#[test]
fn names_the_first_missing_translation_in_file_order() {
    // With every item complete, the texts after the blocks are still checked.
    let mut json = sample_json();
    json["career_levels"] = serde_json::json!([
        {"level": 3, "name": {"en": "Senior", "nl": "Senior"}, "titles": [{"en": "Office manager"}]}
    ]);
    assert_eq!(
        refused(json.clone()),
        ProfileError::MissingTranslation {
            place: Place::CareerTitle(3),
            lang: "nl".into()
        }
    );
    // A missing name comes before a missing level descriptor, which comes before the rest.
    json["levels"][1]["descriptor"]
        .as_object_mut()
        .unwrap()
        .remove("nl");
    assert_eq!(
        refused(json.clone()),
        ProfileError::MissingTranslation {
            place: Place::LevelDescriptor(2),
            lang: "nl".into()
        }
    );
    json["name"].as_object_mut().unwrap().remove("nl");
    assert_eq!(
        refused(json),
        ProfileError::MissingTranslation {
            place: Place::ProfileName,
            lang: "nl".into()
        }
    );
}

#[test]
fn refuses_a_missing_translation_and_names_it() {
    let mut json = sample_json();
    json["blocks"][1]["items"][1]["text"]
        .as_object_mut()
        .unwrap()
        .remove("nl");
    let error = refused(json);
    assert_eq!(
        error,
        ProfileError::MissingTranslation {
            place: Place::Item("s2".into()),
            lang: "nl".into()
        }
    );
    assert_eq!(
        error.message(Lang::En),
        "item “s2” has no text in language “nl”"
    );
    assert_eq!(
        error.message(Lang::Nl),
        "onderdeel “s2” heeft geen tekst in de taal “nl”"
    );
}

#[test]
fn refuses_a_blank_translation() {
    let mut json = sample_json();
    json["levels"][2]["descriptor"]["en"] = "  ".into();
    assert!(matches!(
        refused(json),
        ProfileError::MissingTranslation { .. }
    ));
}

#[test]
fn refuses_an_empty_block() {
    let mut json = sample_json();
    json["blocks"][0]["items"] = serde_json::json!([]);
    assert_eq!(refused(json), ProfileError::EmptyBlock("tasks".into()));
}

#[test]
fn refuses_no_blocks_no_levels_no_languages() {
    let mut json = sample_json();
    json["blocks"] = serde_json::json!([]);
    assert_eq!(refused(json), ProfileError::NoBlocks);
    let mut json = sample_json();
    json["levels"] = serde_json::json!([]);
    assert_eq!(refused(json), ProfileError::NoLevels);
    let mut json = sample_json();
    json["languages"] = serde_json::json!([]);
    assert_eq!(refused(json), ProfileError::NoLanguages);
}

#[test]
fn refuses_more_levels_than_a_link_can_carry() {
    let mut json = sample_json();
    let step = json["levels"][0].clone();
    let levels: Vec<_> = (1..=8)
        .map(|n| {
            let mut s = step.clone();
            s["level"] = n.into();
            s
        })
        .collect();
    json["levels"] = levels.into();
    assert_eq!(refused(json), ProfileError::TooManyLevels(8));
}

#[test]
fn refuses_levels_out_of_order_or_out_of_range() {
    let mut json = sample_json();
    json["levels"][1]["level"] = 3.into();
    assert_eq!(
        refused(json),
        ProfileError::LevelsOutOfOrder {
            position: 2,
            found: 3
        }
    );
    let mut json = sample_json();
    json["levels"][1]["level"] = 300.into();
    assert!(matches!(refused(json), ProfileError::Malformed(_)));
}

#[test]
fn every_error_message_names_what_is_wrong_in_both_languages() {
    // (error, the detail its message must name)
    let errors = [
        (
            ProfileError::NotJson {
                line: 17,
                column: 3,
            },
            "17",
        ),
        (ProfileError::UnsupportedSchema(Some(9)), "9"),
        (ProfileError::UnsupportedSchema(None), "schema"),
        (
            ProfileError::Malformed(Some(ShapeError {
                path: "levels[0].name".into(),
                expected: Expected::Object,
            })),
            "levels[0].name",
        ),
        (ProfileError::Malformed(None), ""),
        (ProfileError::NoLanguages, ""),
        (ProfileError::NoLevels, ""),
        (ProfileError::TooManyLevels(9), "9"),
        (
            ProfileError::LevelsOutOfOrder {
                position: 1,
                found: 2,
            },
            "2",
        ),
        (ProfileError::NoBlocks, ""),
        (ProfileError::EmptyBlock("skills".into()), "skills"),
        (
            ProfileError::BadId {
                block: "tasks".into(),
            },
            "tasks",
        ),
        (ProfileError::DuplicateBlockId("tasks".into()), "tasks"),
        (ProfileError::DuplicateItemId("s1".into()), "s1"),
        (ProfileError::NotEsco("s2".into()), "s2"),
        (
            ProfileError::BadShare {
                share: Share::AtOrAbove,
                value: 0,
            },
            "at_or_above",
        ),
        (
            ProfileError::BadShare {
                share: Share::Rated,
                value: 150,
            },
            "150",
        ),
        (
            ProfileError::MissingTranslation {
                place: Place::CareerTitle(3),
                lang: "nl".into(),
            },
            "nl",
        ),
    ];
    for lang in Lang::ALL {
        let mut seen = std::collections::HashSet::new();
        for (error, detail) in &errors {
            let message = error.message(lang);
            assert!(
                message.contains(detail),
                "{message:?} should name {detail:?}"
            );
            assert!(
                !message.contains('{'),
                "{message:?} has an unfilled placeholder"
            );
            // Shown after "The competence profile could not be loaded:", so a lower-case clause.
            assert!(
                message.starts_with(|c: char| c.is_lowercase()),
                "{message:?}"
            );
            assert!(
                seen.insert(message.clone()),
                "two errors read the same: {message:?}"
            );
        }
    }
    assert_ne!(
        ProfileError::NoLevels.message(Lang::En),
        ProfileError::NoLevels.message(Lang::Nl)
    );
}

#[test]
fn an_items_esco_concept_is_kept_when_it_is_an_esco_uri_and_refused_when_not() {
    let mut json = sample_json();
    let concept = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
    json["blocks"][1]["items"][0]["esco"] = serde_json::json!(concept);
    let profile = Profile::from_json(&json.to_string()).unwrap();
    assert_eq!(profile.blocks[1].items[0].esco.as_deref(), Some(concept));
    for wrong in [
        "writing",
        "https://esco.ec.europa.eu/en/classification",
        "http://data.europa.eu/esco/",
        "http://data.europa.eu/esco/skill/a b",
    ] {
        json["blocks"][1]["items"][0]["esco"] = serde_json::json!(wrong);
        assert_eq!(
            Profile::from_json(&json.to_string()),
            Err(ProfileError::NotEsco("s1".into())),
            "{wrong}"
        );
    }
}

#[test]
fn the_career_level_rule_is_half_and_half_unless_the_file_says_otherwise() {
    assert_eq!(sample().career_rule(), CareerRule::default());
    assert_eq!(
        CareerRule::default(),
        CareerRule {
            at_or_above: 50,
            rated: 50
        }
    );
    let mut json = sample_json();
    json["career_rule"] = serde_json::json!({ "rated": 75 });
    let profile = Profile::from_json(&json.to_string()).unwrap();
    assert_eq!(
        profile.career_rule(),
        CareerRule {
            at_or_above: 50,
            rated: 75
        }
    );
    for (rule, refusal) in [
        (
            serde_json::json!({ "at_or_above": 0 }),
            ProfileError::BadShare {
                share: Share::AtOrAbove,
                value: 0,
            },
        ),
        (
            serde_json::json!({ "at_or_above": 60, "rated": 101 }),
            ProfileError::BadShare {
                share: Share::Rated,
                value: 101,
            },
        ),
    ] {
        json["career_rule"] = rule;
        assert_eq!(refused(json.clone()), refusal);
    }
    json["career_rule"] = serde_json::json!({ "rated": 2.5 });
    let message = Profile::diagnose(&json.to_string()).message(Lang::En);
    assert!(message.contains("career_rule.rated"), "{message}");
    // Every problem of a file, for the designer: both shares.
    json["career_rule"] = serde_json::json!({ "at_or_above": 200, "rated": 0 });
    let problems = Profile::problems_of(&json.to_string());
    assert_eq!(problems.len(), 2, "{problems:?}");
}
