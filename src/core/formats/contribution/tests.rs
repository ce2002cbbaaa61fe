use super::*;
use crate::core::answers::assessment::{Assessment, Rating};
use crate::core::formats::shared::Person;
use crate::core::profile::tests::sample;
use proptest::prelude::*;

fn entry(name: &str, note: &str) -> Entry {
    Entry {
        name: format!("{name}'s self-assessment"),
        date: "2026-11-25".into(),
        person: Person {
            name: name.into(),
            job_title: format!("{name}, EA"),
            organisation: format!("{name} B.V."),
        },
        assessment: Assessment::for_profile(
            &sample(),
            Assessment {
                ratings: vec![
                    Rating {
                        held: Some(Holding::Owner),
                        evidence: note.into(),
                        ..Rating::new("t1")
                    },
                    Rating {
                        current: Some(Level(2)),
                        target: Some(Level(3)),
                        evidence: note.into(),
                        ..Rating::new("s1")
                    },
                    Rating {
                        current: Some(Level(3)),
                        ..Rating::new("s2")
                    },
                    Rating {
                        current: Some(Level(1)),
                        ..Rating::new("retired")
                    },
                ],
            },
        ),
        ..Entry::default()
    }
}

#[test]
fn holds_the_levels_the_tasks_the_year_and_the_career_level_only() {
    let profile = sample();
    let optional = Optional {
        country: Some("NL".into()),
        years_in_role: Some("6-10".into()),
    };
    let made = Contribution::of(
        &profile,
        &entry("Anna", "Ran the move"),
        optional,
        "c1x".into(),
    );
    assert_eq!(made.year, 2026);
    assert_eq!(made.levels.len(), 2, "the retired item is not pooled");
    assert_eq!(made.held.get("t1"), Some(&Holding::Owner));
    assert_eq!(
        made.career_level,
        Some(3),
        "half of the two rated stand at 3: claimed"
    );
    let json = made.to_json();
    for absent in ["Anna", "Ran the move", "2026-11-25", "B.V.", "target"] {
        assert!(!json.contains(absent), "{absent} in {json}");
    }
    assert!(json.contains(ANONYMOUS), "the file says what it leaves out");
    assert_eq!(Contribution::read(&profile, &json), Ok(made.clone()));
    assert_eq!(made.file_name(), "contribution-sample-2026.json");
    // A country or a span of years of another form is left out, not passed on.
    let odd = Optional {
        country: Some("Netherlands".into()),
        years_in_role: Some("7".into()),
    };
    let made = Contribution::of(&profile, &entry("Anna", ""), odd, "c1y".into());
    assert_eq!((made.country, made.years_in_role), (None, None));
}

#[test]
fn refuses_what_is_not_a_contribution_of_this_profile_or_names_someone() {
    let profile = sample();
    let good: serde_json::Value = serde_json::from_str(
        &Contribution::of(
            &profile,
            &entry("Anna", ""),
            Optional::default(),
            "c1".into(),
        )
        .to_json(),
    )
    .unwrap();
    let with = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut value = good.clone();
        edit(&mut value);
        Contribution::read(&profile, &value.to_string())
    };
    assert_eq!(
        Contribution::read(&profile, "nonsense"),
        Err(Refusal::NotOurs)
    );
    assert_eq!(
        with(&|v| v["kind"] = "assessment".into()),
        Err(Refusal::WrongKind)
    );
    assert_eq!(
        with(&|v| v["format"] = 2.into()),
        Err(Refusal::NewerFormat(2))
    );
    assert!(matches!(
        with(&|v| v["profile"]["id"] = "other".into()),
        Err(Refusal::OtherProfile { .. })
    ));
    assert!(matches!(
        with(&|v| v["profile"]["version"] = "0".into()),
        Err(Refusal::OtherProfileVersion { .. })
    ));
    let invalid = Err(Refusal::Invalid(Invalid::Contribution));
    for edit in [
        &(|v: &mut serde_json::Value| v["levels"]["s1"] = 9.into())
            as &dyn Fn(&mut serde_json::Value),
        &|v| v["levels"]["t1"] = 1.into(),
        &|v| v["held"]["s1"] = "owner".into(),
        &|v| v["country"] = "nl".into(),
        &|v| v["years_in_role"] = "7".into(),
        &|v| v["career_level"] = 0.into(),
        &|v| v["anonymous"] = "".into(),
        &|v| v["id"] = "".into(),
    ] {
        assert_eq!(with(edit), invalid);
    }
    assert!(matches!(
        with(&|v| v["name"] = "Anna".into()),
        Err(Refusal::Invalid(Invalid::Shape(_)))
    ));
}

proptest! {
    /// Whatever the assessment holds — names, job titles, organisations, notes — none of it is
    /// in the file.
    #[test]
    fn no_name_note_or_organisation_whatever_the_input(name in "ZQX[a-z ]{1,20}", note in "ZQX[a-z .]{1,60}") {
        let made = Contribution::of(&sample(), &entry(&name, &note), Optional::default(), "c9".into());
        let json = made.to_json();
        prop_assert!(!json.contains("ZQX"), "{}", json);
    }
}
