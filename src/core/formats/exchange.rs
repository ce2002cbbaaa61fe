//! Exchange files: an assessment or a role profile as a JSON file to keep, send or import
//! elsewhere.
//!
//! ```json
//! {"app":"competence-matrix","format":2,"kind":"assessment",
//!  "profile":{"id":"ima-msp","version":"2023.1"},"name":"Self, 2026","view":"self",
//!  "date":"2026-11-25","person":{"name":"…"},"assessment":{"ratings":[…]}}
//! {"app":"competence-matrix","format":2,"kind":"role","title":"…","organisation":"…",
//!  "purpose":"…","profile":{…},"needs":[{"item":"skill.communication","level":4},…]}
//! ```
//! Format 1 (2026-11-24) had no `kind`, `name` or `view`: it is read as the sender's own
//! assessment. Format 3 (2026-12-06) adds, for an agreed assessment, what it was agreed from:
//! `"agreement":{"with":"…","sides":[{"view":"self","date":"…","ratings":[…]},{…}]}`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::answers::agreement::Agreement;
use crate::core::answers::assessment::{Assessment, Perspective};
use crate::core::answers::role::RoleProfile;
use crate::core::formats::shape::{self, is_default, ShapeError};
use crate::core::formats::shared::{Invalid, Person, ProfileRef, Refusal, Shared};
use crate::core::profile::Profile;

pub const APP: &str = "competence-matrix";
pub const FORMAT: i64 = 3;
/// Files larger than this are refused before they are read.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// What a file brings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Incoming {
    Assessment(Shared),
    Role(RoleProfile),
}

/// The answers of an assessment file, under `assessment`.
#[derive(Serialize, Deserialize)]
struct Answers {
    #[serde(default)]
    ratings: Assessment,
}

/// An assessment file, as written (format 2) and read (formats 1 and 2).
#[derive(Serialize, Deserialize)]
struct AssessmentFile {
    app: String,
    format: i64,
    #[serde(default, skip_deserializing)]
    kind: &'static str,
    profile: ProfileRef,
    #[serde(default, skip_serializing_if = "is_default")]
    name: String,
    /// Format 1 had no `view`: such a file is the sender's own assessment.
    #[serde(default)]
    view: Perspective,
    #[serde(default)]
    date: String,
    #[serde(default)]
    person: Person,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    agreement: Option<Agreement>,
    assessment: Answers,
}

/// A role file: the role profile without its local id, under the file's head.
#[derive(Serialize)]
struct RoleFile<'a> {
    app: &'static str,
    format: i64,
    kind: &'static str,
    #[serde(flatten)]
    role: &'a RoleProfile,
}

pub fn export(shared: &Shared) -> String {
    let file = AssessmentFile {
        app: APP.into(),
        format: FORMAT,
        kind: "assessment",
        profile: shared.profile.clone(),
        name: shared.name.clone(),
        view: shared.perspective,
        date: shared.date.clone(),
        person: shared.person.clone(),
        agreement: shared.agreement.clone(),
        assessment: Answers {
            ratings: shared.assessment.clone(),
        },
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

pub fn export_role(role: &RoleProfile) -> String {
    let file = RoleFile {
        app: APP,
        format: FORMAT,
        kind: "role",
        role: &role.shared(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads an exchange file for `profile`. A file of another profile *version* is accepted:
/// answers are stored by item id, and items the profile no longer has are kept as retired.
pub fn import(profile: &Profile, text: &str) -> Result<Incoming, Refusal> {
    if text.len() > MAX_BYTES {
        return Err(Refusal::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| Refusal::NotOurs)?;
    if value.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(Refusal::NotOurs);
    }
    match value.get("format").and_then(Value::as_i64) {
        Some(1..=FORMAT) => {}
        Some(newer) if newer > FORMAT => return Err(Refusal::NewerFormat(newer)),
        _ => return Err(Refusal::NotOurs),
    }
    let shape = |e: ShapeError| Refusal::Invalid(Invalid::Shape(e));
    let kind = match value.get("kind") {
        None | Some(Value::Null) => "assessment",
        Some(Value::String(kind)) if kind == "assessment" || kind == "role" => kind.as_str(),
        Some(_) => {
            return Err(shape(ShapeError {
                path: "kind".into(),
                expected: shape::Expected::OneOf(vec!["assessment".into(), "role".into()]),
            }))
        }
    };
    if kind == "role" {
        let role: RoleProfile = shape::from_value(value).map_err(shape)?;
        return role.shared().validated(profile).map(Incoming::Role);
    }
    let file: AssessmentFile = shape::from_value(value).map_err(shape)?;
    let shared = Shared {
        profile: file.profile,
        name: file.name,
        perspective: file.view,
        date: file.date,
        person: file.person,
        agreement: file.agreement,
        assessment: file.assessment.ratings,
    };
    shared.validated(profile).map(Incoming::Assessment)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::assessment::{Level, Rating};
    use crate::core::profile::tests::sample;

    fn shared() -> Shared {
        let profile = sample();
        let ratings = vec![
            Rating {
                current: Some(Level(2)),
                evidence: "<script>alert(1)</script>".into(),
                ..Rating::new("s1")
            },
            Rating {
                evidence: "kept".into(),
                ..Rating::new("retired-item")
            },
        ];
        Shared {
            profile: ProfileRef::of(&profile),
            name: "Manager, 2026".into(),
            perspective: Perspective::Manager,
            date: "2026-11-24".into(),
            person: Person {
                name: "Anna".into(),
                ..Person::default()
            },
            agreement: None,
            assessment: Assessment::for_profile(&profile, Assessment { ratings }),
        }
    }

    fn assessment(incoming: Result<Incoming, Refusal>) -> Result<Shared, Refusal> {
        match incoming? {
            Incoming::Assessment(shared) => Ok(shared),
            Incoming::Role(_) => panic!("a role"),
        }
    }

    #[test]
    fn round_trips_with_retired_items_and_whose_view() {
        let text = export(&shared());
        let back = assessment(import(&sample(), &text)).unwrap();
        assert_eq!(back, shared().validated(&sample()).unwrap());
        assert_eq!(
            back.assessment.rating("retired-item").unwrap().evidence,
            "kept"
        );
        assert_eq!(back.perspective, Perspective::Manager);
        assert!(text.contains("\"view\": \"manager\""), "{text}");
    }

    #[test]
    fn an_agreed_assessment_round_trips_and_needs_what_it_was_agreed_from() {
        use crate::core::answers::agreement::Side;
        let side = |view| Side {
            view,
            date: "2026-12-01".into(),
            ratings: Assessment {
                ratings: vec![Rating {
                    current: Some(Level(2)),
                    ..Rating::new("s1")
                }],
            },
        };
        let agreed = Shared {
            perspective: Perspective::Agreed,
            agreement: Some(Agreement {
                with: "Bob".into(),
                sides: [side(Perspective::Own), side(Perspective::Manager)],
            }),
            ..shared()
        };
        let text = export(&agreed);
        assert!(text.contains("\"format\": 3"), "{text}");
        let back = assessment(import(&sample(), &text)).unwrap();
        assert_eq!(back, agreed.clone().validated(&sample()).unwrap());
        // The view without the sides, or the sides without the view: refused.
        for text in [
            export(&Shared {
                agreement: None,
                ..agreed.clone()
            }),
            export(&Shared {
                perspective: Perspective::Own,
                ..agreed.clone()
            }),
        ] {
            assert_eq!(
                assessment(import(&sample(), &text)),
                Err(Refusal::Invalid(Invalid::Agreement))
            );
        }
        // A side's level outside the scale is refused like any answer's.
        let text = export(&agreed).replacen("\"current\": 2", "\"current\": 9", 2);
        assert!(matches!(
            assessment(import(&sample(), &text)),
            Err(Refusal::Invalid(Invalid::Answer(..)))
        ));
    }

    #[test]
    fn reads_a_format_one_file_as_the_senders_own() {
        let text = r#"{"app":"competence-matrix","format":1,"profile":{"id":"sample","version":"1"},
            "date":"2026-11-24","person":{"name":"Anna"},"assessment":{"ratings":[{"item":"s1","current":2}]}}"#;
        let back = assessment(import(&sample(), text)).unwrap();
        assert_eq!(back.perspective, Perspective::Own);
        assert_eq!(back.assessment.ratings[2].current, Some(Level(2)));
    }

    #[test]
    fn role_files_round_trip() {
        let role = crate::core::answers::role::tests::role();
        let text = export_role(&role);
        assert!(text.contains("\"kind\": \"role\""));
        let Ok(Incoming::Role(back)) = import(&sample(), &text) else {
            panic!("a role")
        };
        assert_eq!(
            back,
            RoleProfile {
                id: String::new(),
                ..role
            }
        );
    }

    #[test]
    fn refuses_files_that_are_not_ours() {
        for text in [
            "",
            "not json",
            "[]",
            "{}",
            r#"{"app":"other","format":1}"#,
            r#"{"app":"competence-matrix"}"#,
            r#"{"app":"competence-matrix","format":0}"#,
        ] {
            assert_eq!(import(&sample(), text), Err(Refusal::NotOurs), "{text}");
        }
    }

    #[test]
    fn refuses_a_future_format() {
        let text = r#"{"app":"competence-matrix","format":4,"whatever":[]}"#;
        assert_eq!(import(&sample(), text), Err(Refusal::NewerFormat(4)));
    }

    #[test]
    fn refuses_a_wrong_shape_and_says_where() {
        let text = export(&shared()).replace("\"current\": 2", "\"current\": \"high\"");
        let Err(Refusal::Invalid(Invalid::Shape(shape))) = import(&sample(), &text) else {
            panic!("refused")
        };
        assert_eq!(shape.path, "assessment.ratings[0].current");
    }

    #[test]
    fn refuses_hostile_values() {
        let text = export(&shared()).replace("\"current\": 2", "\"current\": 200");
        assert!(matches!(import(&sample(), &text), Err(Refusal::Invalid(_))));
        let huge = format!(
            r#"{{"app":"competence-matrix","format":1,"pad":"{}"}}"#,
            "x".repeat(MAX_BYTES)
        );
        assert_eq!(import(&sample(), &huge), Err(Refusal::TooLarge));
        let deep = format!(
            r#"{{"app":"competence-matrix","format":2,"x":{}{}}}"#,
            "[".repeat(5000),
            "]".repeat(5000)
        );
        assert_eq!(import(&sample(), &deep), Err(Refusal::NotOurs));
    }
}
