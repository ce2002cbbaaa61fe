use super::*;
use crate::core::answers::assessment::{Assessment, Holding, Level};
use crate::core::answers::role::{Need, RoleProfile};
use crate::core::answers::workbook::Workbook;
use crate::core::formats::shared::ProfileRef;
use crate::core::profile::tests::sample_json;
use crate::core::profile::ProfileError;
use crate::core::words::lang::Lang;
use crate::core::words::notice::Notice;
use proptest::prelude::*;

/// Version 1 is the sample profile: tasks t1, t2; skills s1, s2, s3 (levels 1–3).
fn first() -> Profile {
    crate::core::profile::tests::sample()
}

/// Version 2: t1 kept, t2 retired, t3 new; s1 renamed to `writing`; s2 and s3 merged into
/// `planning`.
fn second_json() -> serde_json::Value {
    let mut json = sample_json();
    json["version"] = "2".into();
    json["previous"] =
        serde_json::json!({ "version": "1", "items": ["t1", "t2", "s1", "s2", "s3"] });
    let text = |en: &str| serde_json::json!({ "en": en, "nl": en });
    json["blocks"][0]["items"] = serde_json::json!([
        { "id": "t1", "text": text("Plan") },
        { "id": "t3", "text": text("Events") }
    ]);
    json["blocks"][1]["items"] = serde_json::json!([
        { "id": "writing", "text": text("Writing"), "replaces": ["s1"] },
        { "id": "planning", "text": text("Planning and budgets"), "replaces": ["s2", "s3"] }
    ]);
    json
}

fn second() -> Profile {
    Profile::from_json(&second_json().to_string()).expect("version 2 is valid")
}

/// Version 2 of another kind: s1 split into `s1a` and `s1b`, the rest kept.
fn split() -> Profile {
    let mut json = sample_json();
    json["version"] = "2".into();
    json["previous"] =
        serde_json::json!({ "version": "1", "items": ["t1", "t2", "s1", "s2", "s3"] });
    let text = |en: &str| serde_json::json!({ "en": en, "nl": en });
    json["blocks"][1]["items"] = serde_json::json!([
        { "id": "s1a", "text": text("Writing letters"), "replaces": ["s1"] },
        { "id": "s1b", "text": text("Writing reports"), "replaces": ["s1"] },
        { "id": "s2", "text": text("Planning") },
        { "id": "s3", "text": text("Budgets") }
    ]);
    Profile::from_json(&json.to_string()).expect("the split version is valid")
}

fn level(item: &str, current: u8, note: &str) -> Rating {
    Rating {
        current: Some(Level(current)),
        evidence: note.to_string(),
        ..Rating::new(item)
    }
}

fn held(item: &str, holding: Holding) -> Rating {
    Rating {
        held: Some(holding),
        ..Rating::new(item)
    }
}

/// Answers given with version 1, laid out for `profile` as the app loads them.
fn answered(profile: &Profile, ratings: Vec<Rating>) -> Vec<Rating> {
    Assessment::for_profile(profile, Assessment { ratings }).ratings
}

fn find<'a>(ratings: &'a [Rating], item: &str) -> Option<&'a Rating> {
    ratings.iter().find(|r| r.item == item)
}

#[test]
fn counts_what_a_version_changed() {
    assert_eq!(changes(&first()), None, "no previous version named");
    assert_eq!(
        changes(&second()),
        Some(Changes {
            added: 1,
            renamed: 1,
            merged: 1,
            split: 0,
            retired: 1
        })
    );
    assert_eq!(
        changes(&split()),
        Some(Changes {
            added: 0,
            renamed: 0,
            merged: 0,
            split: 1,
            retired: 0
        })
    );
}

#[test]
fn a_renamed_item_keeps_its_answer_and_a_retired_one_is_kept_as_it_was() {
    let profile = second();
    let mut ratings = answered(
        &profile,
        vec![
            level("s1", 3, "Wrote the annual report"),
            held("t2", Holding::Owner),
            held("t1", Holding::Regularly),
        ],
    );
    assert_eq!(carry_over(&profile, &mut ratings), 1);
    let writing = find(&ratings, "writing").expect("the renamed item");
    assert_eq!(
        (writing.current, writing.evidence.as_str()),
        (Some(Level(3)), "Wrote the annual report")
    );
    assert!(
        find(&ratings, "s1").is_none(),
        "the answer is not kept twice"
    );
    assert_eq!(
        find(&ratings, "t2").and_then(|r| r.held),
        Some(Holding::Owner),
        "a retired task's answer stays"
    );
    assert_eq!(
        find(&ratings, "t1").and_then(|r| r.held),
        Some(Holding::Regularly),
        "a kept item is untouched"
    );
    // Laid out for the profile still: the item at each position is the profile's.
    for (position, item) in profile.items().enumerate() {
        assert_eq!(ratings[position].item, item.id);
    }
}

#[test]
fn merged_items_answered_alike_move_with_both_notes_and_answered_differently_stay() {
    let profile = second();
    let mut alike = answered(
        &profile,
        vec![
            level("s2", 2, "Plans the board year"),
            level("s3", 2, "Keeps the budget"),
        ],
    );
    assert_eq!(carry_over(&profile, &mut alike), 1);
    let planning = find(&alike, "planning").expect("the merged item");
    assert_eq!(planning.current, Some(Level(2)));
    assert_eq!(planning.evidence, "Plans the board year\nKeeps the budget");
    assert!(find(&alike, "s2").is_none() && find(&alike, "s3").is_none());

    let mut different = answered(&profile, vec![level("s2", 2, ""), level("s3", 3, "")]);
    assert_eq!(carry_over(&profile, &mut different), 0);
    assert!(
        find(&different, "planning").is_some_and(Rating::is_blank),
        "the member says which is right"
    );
    assert_eq!(
        find(&different, "s2").and_then(|r| r.current),
        Some(Level(2))
    );
    assert_eq!(
        find(&different, "s3").and_then(|r| r.current),
        Some(Level(3))
    );
}

#[test]
fn a_split_item_gives_its_answer_to_each_part() {
    let profile = split();
    let mut ratings = answered(&profile, vec![level("s1", 3, "Letters and reports")]);
    assert_eq!(carry_over(&profile, &mut ratings), 2);
    for part in ["s1a", "s1b"] {
        assert_eq!(
            find(&ratings, part).and_then(|r| r.current),
            Some(Level(3)),
            "{part}"
        );
    }
    assert!(find(&ratings, "s1").is_none());
}

#[test]
fn an_answer_given_to_the_new_item_already_or_of_the_wrong_kind_is_not_overwritten() {
    let profile = second();
    let mut ratings = answered(
        &profile,
        vec![level("s1", 3, ""), level("writing", 1, "mine")],
    );
    assert_eq!(carry_over(&profile, &mut ratings), 0);
    assert_eq!(
        find(&ratings, "writing").map(|r| r.evidence.as_str()),
        Some("mine")
    );
    assert_eq!(
        find(&ratings, "s1").and_then(|r| r.current),
        Some(Level(3)),
        "kept as it was"
    );

    // A held answer cannot become a level.
    let mut wrong = answered(&profile, vec![held("s1", Holding::Owner)]);
    assert_eq!(carry_over(&profile, &mut wrong), 0);
    assert_eq!(
        find(&wrong, "s1").and_then(|r| r.held),
        Some(Holding::Owner)
    );
}

#[test]
fn a_workbook_is_brought_to_the_new_version_once() {
    let (old, profile) = (first(), second());
    let mut book = Workbook::new("2026-12-06");
    book.entries[0].profile = Some(ProfileRef::of(&old));
    book.entries[0].assessment = Assessment {
        ratings: vec![level("s1", 2, "")],
    };
    let mut other = book.entries[0].clone();
    other.id = "a2".into();
    other.profile = Some(ProfileRef {
        id: "another".into(),
        version: "1".into(),
    });
    book.entries.push(other);
    let mut role = RoleProfile {
        profile: ProfileRef::of(&old),
        ..RoleProfile::default()
    };
    role.needs = vec![Need {
        item: "s3".into(),
        level: Some(Level(2)),
        requirement: None,
    }];
    book.roles.push(role);
    book.lay_out(&profile);

    let carried = book.carry_over(&profile).expect("version 1 was in use");
    assert_eq!(carried.version, "2");
    assert_eq!(carried.answers, 2, "the rating and the role's need");
    assert_eq!(book.entries[0].profile, Some(ProfileRef::of(&profile)));
    assert_eq!(
        book.entries[0]
            .assessment
            .rating("writing")
            .and_then(|r| r.current),
        Some(Level(2))
    );
    assert_eq!(
        book.entries[1].profile.as_ref().map(|p| p.id.as_str()),
        Some("another"),
        "another profile's entry is left alone"
    );
    assert!(book.entries[1]
        .assessment
        .rating("writing")
        .is_some_and(Rating::is_blank));
    assert_eq!(
        book.roles[0]
            .needs
            .iter()
            .find(|n| n.item == "planning")
            .and_then(|n| n.level),
        Some(Level(2))
    );
    assert_eq!(book.carry_over(&profile), None, "said once");

    let text = Notice::ProfileUpdated(carried).text(Lang::En);
    assert_eq!(
        text,
        "Your profile was updated to version 2: new items: 1, renamed: 1, merged: 1, retired: 1. \
         2 of your answers moved to the items that replace them."
    );
}

#[test]
fn a_profile_that_replaces_items_names_its_previous_version_and_their_ids() {
    let refused =
        |json: serde_json::Value| Profile::from_json(&json.to_string()).expect_err("refused");
    let mut without = second_json();
    without.as_object_mut().map(|o| o.remove("previous"));
    assert_eq!(
        refused(without),
        ProfileError::ReplacesWithoutPrevious("writing".into())
    );
    let mut unknown = second_json();
    unknown["blocks"][1]["items"][1]["replaces"] = serde_json::json!(["s2", "s9"]);
    assert_eq!(
        refused(unknown),
        ProfileError::ReplacesUnknown {
            item: "planning".into(),
            old: "s9".into()
        }
    );
    let mut same = second_json();
    same["previous"]["version"] = "2".into();
    assert_eq!(refused(same), ProfileError::BadPrevious);
    for lang in Lang::ALL {
        let said = ProfileError::ReplacesUnknown {
            item: "planning".into(),
            old: "s9".into(),
        }
        .message(lang);
        assert!(
            said.contains("planning") && said.contains("s9") && !said.contains('{'),
            "{said}"
        );
    }
}

fn any_answer(item: &'static str) -> impl Strategy<Value = Rating> {
    let rated = (
        prop::option::of(1u8..=3),
        prop::option::of(1u8..=3),
        "[a-z ]{0,8}",
    )
        .prop_map(move |(current, target, evidence)| Rating {
            current: current.map(Level),
            target: target.map(Level),
            evidence,
            ..Rating::new(item)
        });
    let task =
        (prop::option::of(0usize..4), "[a-z ]{0,8}").prop_map(move |(holding, evidence)| Rating {
            held: holding.map(|h| Holding::ALL[h]),
            evidence,
            ..Rating::new(item)
        });
    if item.starts_with('t') {
        task.boxed()
    } else {
        rated.boxed()
    }
}

proptest! {
    /// Whatever was answered with version 1, no answer is lost: each is kept where it was or
    /// moved to an item that replaces its own (every note still there), and a second pass
    /// changes nothing.
    #[test]
    fn no_answer_is_lost_and_carrying_twice_changes_nothing(
        answers in (any_answer("t1"), any_answer("t2"), any_answer("s1"), any_answer("s2"), any_answer("s3")),
        which in 0usize..2,
    ) {
        let profile = if which == 0 { second() } else { split() };
        let given = vec![answers.0, answers.1, answers.2, answers.3, answers.4];
        let mut ratings = answered(&profile, given.clone());
        carry_over(&profile, &mut ratings);
        for old in given.iter().filter(|r| !r.is_blank()) {
            let kept = find(&ratings, &old.item).is_some_and(|r| r == old);
            let moved = profile.items().filter(|i| i.replaces.contains(&old.item)).any(|i| {
                find(&ratings, &i.id).is_some_and(|r| r.alike(old) && r.evidence.contains(old.evidence.trim()))
            });
            prop_assert!(kept || moved, "{old:?} lost: {ratings:?}");
        }
        let once = ratings.clone();
        prop_assert_eq!(carry_over(&profile, &mut ratings), 0);
        prop_assert_eq!(ratings, once);
    }
}

#[test]
fn a_link_or_file_of_the_previous_version_is_read_and_brought_to_this_one() {
    use crate::core::formats::shared::Shared;
    let (old, profile) = (first(), second());
    let shared = Shared {
        profile: ProfileRef::of(&old),
        date: "2026-12-06".into(),
        assessment: Assessment {
            ratings: vec![level("s1", 2, "Letters")],
        },
        ..Shared::default()
    };
    let read = shared
        .clone()
        .validated(&profile)
        .expect("the previous version is read");
    assert_eq!(read.profile, ProfileRef::of(&profile));
    assert_eq!(
        read.assessment.rating("writing").and_then(|r| r.current),
        Some(Level(2))
    );
    // Two versions back: no mapping is known, so it stays as made (its answers retired).
    let older = Shared {
        profile: ProfileRef {
            id: old.id.clone(),
            version: "0".into(),
        },
        ..shared
    };
    let read = older.validated(&profile).expect("read as before");
    assert_eq!(read.profile.version, "0");
    assert!(read
        .assessment
        .rating("writing")
        .is_some_and(Rating::is_blank));
}

#[test]
fn an_assessment_that_does_not_say_its_version_moves_what_it_can_and_is_told_only_then() {
    let profile = second();
    let mut book = Workbook::new("2026-12-06");
    book.entries[0].assessment = Assessment {
        ratings: vec![level("s1", 2, "")],
    };
    book.lay_out(&profile);
    let carried = book.carry_over(&profile).expect("an answer moved");
    assert_eq!(carried.answers, 1);
    assert_eq!(book.entries[0].profile, Some(ProfileRef::of(&profile)));
    assert_eq!(book.carry_over(&profile), None, "said once");

    let mut fresh = Workbook::new("2026-12-06");
    fresh.lay_out(&profile);
    assert_eq!(
        fresh.carry_over(&profile),
        None,
        "a first visit on the new version hears nothing"
    );
    assert_eq!(fresh.entries[0].profile, None);
}
