//! The exchange file: an assessment as a JSON file to keep, send or import elsewhere.

use serde::{Deserialize, Serialize};

use super::assessment::Assessment;
use super::profile::Profile;
use super::shared::{Person, Refusal, Shared};

pub const APP: &str = "competence-matrix";
pub const FORMAT: u64 = 1;
/// Files larger than this are refused before parsing.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
struct ProfileRef {
    id: String,
    version: String,
}

#[derive(Serialize, Deserialize)]
struct ExchangeFile {
    app: String,
    format: u64,
    profile: ProfileRef,
    #[serde(default)]
    date: String,
    #[serde(default)]
    person: Person,
    assessment: Assessment,
}

#[derive(Deserialize)]
struct Head {
    app: Option<serde_json::Value>,
    format: Option<serde_json::Value>,
}

pub fn export(shared: &Shared) -> String {
    let file = ExchangeFile {
        app: APP.into(),
        format: FORMAT,
        profile: ProfileRef {
            id: shared.profile_id.clone(),
            version: shared.profile_version.clone(),
        },
        date: shared.date.clone(),
        person: shared.person.clone(),
        assessment: shared.assessment.without_blanks(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads an exchange file for `profile`. A file of another profile *version* is accepted:
/// ratings are stored by item id, and items the profile no longer has are kept as retired.
pub fn import(profile: &Profile, text: &str) -> Result<Shared, Refusal> {
    if text.len() > MAX_BYTES {
        return Err(Refusal::Invalid("the file is larger than 2 MB".into()));
    }
    let head: Head = serde_json::from_str(text).map_err(|_| Refusal::NotOurs)?;
    if head.app.as_ref().and_then(|v| v.as_str()) != Some(APP) {
        return Err(Refusal::NotOurs);
    }
    match head.format.as_ref().and_then(|v| v.as_u64()) {
        Some(FORMAT) => {}
        Some(newer) if newer > FORMAT => return Err(Refusal::NewerFormat(newer)),
        _ => return Err(Refusal::NotOurs),
    }
    let file: ExchangeFile = serde_json::from_str(text).map_err(|e| Refusal::Invalid(plain(&e)))?;
    Shared {
        profile_id: file.profile.id,
        profile_version: file.profile.version,
        date: file.date,
        person: file.person,
        assessment: file.assessment,
    }
    .validated(profile)
}

/// serde's message without the line and column, which mean nothing to the user.
fn plain(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.find(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::{Level, Rating};
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
        Shared::new(
            &profile,
            "2026-11-24".into(),
            Person {
                name: "Anna".into(),
                ..Person::default()
            },
            &Assessment::for_profile(&profile, Assessment { ratings }),
        )
    }

    #[test]
    fn round_trips_with_retired_items() {
        let text = export(&shared());
        let back = import(&sample(), &text).unwrap();
        assert_eq!(back, shared().validated(&sample()).unwrap());
        assert_eq!(
            back.assessment.rating("retired-item").unwrap().evidence,
            "kept"
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
        let text = r#"{"app":"competence-matrix","format":3,"whatever":[]}"#;
        assert_eq!(import(&sample(), text), Err(Refusal::NewerFormat(3)));
    }

    #[test]
    fn refuses_a_wrong_shape_with_a_readable_reason() {
        let text = export(&shared()).replace("\"current\": 2", "\"current\": \"high\"");
        let Err(Refusal::Invalid(reason)) = import(&sample(), &text) else {
            panic!("refused")
        };
        assert!(!reason.contains("line"), "{reason}");
    }

    #[test]
    fn refuses_hostile_values() {
        let text = export(&shared()).replace("\"current\": 2", "\"current\": 200");
        assert!(matches!(import(&sample(), &text), Err(Refusal::Invalid(_))));
        let huge = format!(
            r#"{{"app":"competence-matrix","format":1,"pad":"{}"}}"#,
            "x".repeat(MAX_BYTES)
        );
        assert!(matches!(import(&sample(), &huge), Err(Refusal::Invalid(_))));
    }
}
