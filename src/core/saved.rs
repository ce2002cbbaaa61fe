//! What the app keeps in the browser's storage, and how a stored entry is read back.
//!
//! Everything lives under one key as one JSON document with a `version` number. An entry that
//! cannot be read (damaged JSON, a version this app does not know) is never overwritten: the
//! caller sets it aside under a backup key first, then starts afresh.

use serde::{Deserialize, Serialize};

use super::assessment::Assessment;
use super::lang::Lang;
use super::shared::Person;
use super::texts::{fill, texts};

/// The one storage key of the app's data.
pub const STORAGE_KEY: &str = "competence-matrix";
/// Unreadable entries are kept under this prefix followed by the time they were set aside.
pub const BACKUP_KEY_PREFIX: &str = "competence-matrix.backup.";
/// The format version this app writes.
pub const CURRENT_VERSION: u64 = 1;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    pub version: u64,
    /// The language the user chose in the app; `None` follows the browser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
    /// The first-start explanation was read and put away.
    #[serde(default)]
    pub intro_dismissed: bool,
    /// Name, job title and organisation for the summary.
    #[serde(default, skip_serializing_if = "Person::is_empty")]
    pub person: Person,
    #[serde(default)]
    pub assessment: Assessment,
}

impl SavedState {
    pub fn new() -> SavedState {
        SavedState {
            version: CURRENT_VERSION,
            ..SavedState::default()
        }
    }

    /// True when there is nothing worth keeping: then the app stores nothing at all (a first
    /// visit writes nothing; "erase my data" leaves nothing behind).
    pub fn is_empty(&self) -> bool {
        self.language.is_none()
            && !self.intro_dismissed
            && self.person.is_empty()
            && self
                .assessment
                .ratings
                .iter()
                .all(|rating| rating.is_blank())
    }

    /// What storage should hold for this state: nothing when there is nothing to keep, else
    /// the JSON.
    pub fn storage_form(&self) -> Option<String> {
        (!self.is_empty()).then(|| self.to_json())
    }

    /// The JSON written to storage. Blank rows are left out.
    pub fn to_json(&self) -> String {
        let compact = SavedState {
            version: CURRENT_VERSION,
            assessment: self.assessment.without_blanks(),
            ..self.clone()
        };
        // Serialising plain structs of strings and numbers cannot fail.
        serde_json::to_string(&compact).unwrap_or_default()
    }
}

/// Why a stored entry could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Unreadable {
    NotJson,
    NoVersion,
    NewerVersion(u64),
    Malformed(String),
}

impl Unreadable {
    /// A short clause for the notice, in the user's language.
    pub fn describe(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            Unreadable::NotJson => t.unreadable_not_json.to_string(),
            Unreadable::NoVersion => t.unreadable_no_version.to_string(),
            Unreadable::NewerVersion(v) => fill(t.unreadable_newer, &[("version", &v.to_string())]),
            Unreadable::Malformed(_) => t.unreadable_malformed.to_string(),
        }
    }
}

/// The outcome of reading the storage entry at start.
#[derive(Debug, Clone, PartialEq)]
pub enum Restored {
    /// Nothing was stored: a first visit, or data erased.
    Fresh,
    Loaded(SavedState),
    /// Something was stored but cannot be used; `raw` must be set aside before anything is saved.
    Unreadable {
        raw: String,
        problem: Unreadable,
    },
}

/// Reads a storage entry, migrating older formats to the current one.
pub fn restore(raw: Option<&str>) -> Restored {
    let Some(raw) = raw else {
        return Restored::Fresh;
    };
    match migrate(raw) {
        Ok(state) => Restored::Loaded(state),
        Err(problem) => Restored::Unreadable {
            raw: raw.to_string(),
            problem,
        },
    }
}

fn migrate(raw: &str) -> Result<SavedState, Unreadable> {
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|_| Unreadable::NotJson)?;
    if !value.is_object() {
        return Err(Unreadable::NotJson);
    }
    let version = value
        .get("version")
        .and_then(serde_json::Value::as_u64)
        .ok_or(Unreadable::NoVersion)?;
    match version {
        // Version 1 is the first format. A later format adds an arm that turns version 1 into
        // it, so that a user's data moves forward with the app.
        1 => {
            let state: SavedState =
                serde_json::from_value(value).map_err(|e| Unreadable::Malformed(e.to_string()))?;
            Ok(SavedState {
                assessment: state.assessment.deduplicated(),
                ..state
            })
        }
        0 => Err(Unreadable::NoVersion),
        newer => Err(Unreadable::NewerVersion(newer)),
    }
}

/// The key under which an unreadable entry is set aside; the time keeps earlier backups.
pub fn backup_key(now_ms: u64) -> String {
    format!("{BACKUP_KEY_PREFIX}{now_ms}")
}

/// True for every key this app writes, for "erase my data".
pub fn is_own_key(key: &str) -> bool {
    key == STORAGE_KEY || key.starts_with(BACKUP_KEY_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::{Holding, Level, Rating};
    use proptest::prelude::*;

    fn state_with(ratings: Vec<Rating>) -> SavedState {
        SavedState {
            language: Some(Lang::Nl),
            intro_dismissed: true,
            person: Person {
                name: "Anna".into(),
                ..Person::default()
            },
            assessment: Assessment { ratings },
            ..SavedState::new()
        }
    }

    #[test]
    fn nothing_stored_is_a_fresh_start() {
        assert_eq!(restore(None), Restored::Fresh);
    }

    #[test]
    fn round_trips() {
        let state = state_with(vec![
            Rating {
                current: Some(Level(4)),
                target: Some(Level(5)),
                evidence: "Led the <b>move</b> \"x\"".into(),
                ..Rating::new("skill.a")
            },
            Rating {
                held: Some(Holding::Regularly),
                ..Rating::new("task.b")
            },
        ]);
        assert_eq!(restore(Some(&state.to_json())), Restored::Loaded(state));
    }

    #[test]
    fn blank_rows_are_not_written() {
        let state = state_with(vec![
            Rating::new("a"),
            Rating {
                current: Some(Level(1)),
                ..Rating::new("b")
            },
        ]);
        let Restored::Loaded(back) = restore(Some(&state.to_json())) else {
            panic!("readable")
        };
        assert_eq!(back.assessment.ratings.len(), 1);
    }

    #[test]
    fn damaged_json_is_unreadable_and_kept_verbatim() {
        let raw = "{\"version\":1,\"assessment\":{\"ratings\":[{\"item\":";
        assert_eq!(
            restore(Some(raw)),
            Restored::Unreadable {
                raw: raw.to_string(),
                problem: Unreadable::NotJson
            }
        );
        for raw in ["", "null", "42", "[1,2]", "\"text\""] {
            assert!(
                matches!(
                    restore(Some(raw)),
                    Restored::Unreadable {
                        problem: Unreadable::NotJson,
                        ..
                    }
                ),
                "{raw}"
            );
        }
    }

    #[test]
    fn unknown_versions_are_unreadable() {
        assert!(matches!(
            restore(Some("{}")),
            Restored::Unreadable {
                problem: Unreadable::NoVersion,
                ..
            }
        ));
        assert!(matches!(
            restore(Some(r#"{"version":"1"}"#)),
            Restored::Unreadable {
                problem: Unreadable::NoVersion,
                ..
            }
        ));
        assert!(matches!(
            restore(Some(r#"{"version":0}"#)),
            Restored::Unreadable {
                problem: Unreadable::NoVersion,
                ..
            }
        ));
        assert!(matches!(
            restore(Some(r#"{"version":7,"whatever":true}"#)),
            Restored::Unreadable {
                problem: Unreadable::NewerVersion(7),
                ..
            }
        ));
    }

    #[test]
    fn wrong_shapes_are_unreadable() {
        let raw = r#"{"version":1,"assessment":{"ratings":[{"item":"a","current":"high"}]}}"#;
        assert!(matches!(
            restore(Some(raw)),
            Restored::Unreadable {
                problem: Unreadable::Malformed(_),
                ..
            }
        ));
        let raw = r#"{"version":1,"language":"fr"}"#;
        assert!(matches!(
            restore(Some(raw)),
            Restored::Unreadable {
                problem: Unreadable::Malformed(_),
                ..
            }
        ));
    }

    #[test]
    fn a_minimal_version_one_entry_is_read_with_defaults() {
        assert_eq!(
            restore(Some(r#"{"version":1}"#)),
            Restored::Loaded(SavedState::new())
        );
    }

    #[test]
    fn duplicate_rows_in_storage_are_dropped_keeping_the_first() {
        let raw = r#"{"version":1,"assessment":{"ratings":[{"item":"a","current":2},{"item":"a","current":5}]}}"#;
        let Restored::Loaded(state) = restore(Some(raw)) else {
            panic!("readable")
        };
        assert_eq!(
            state.assessment.ratings,
            vec![Rating {
                current: Some(Level(2)),
                ..Rating::new("a")
            }]
        );
    }

    #[test]
    fn problems_are_described_in_both_languages() {
        for lang in Lang::ALL {
            let text = Unreadable::NewerVersion(3).describe(lang);
            assert!(text.contains('3'), "{text}");
            assert!(!Unreadable::NotJson.describe(lang).is_empty());
        }
    }

    #[test]
    fn empty_means_nothing_to_keep() {
        assert!(SavedState::new().is_empty());
        assert!(state_with(vec![Rating::new("a")])
            .with_defaults()
            .is_empty());
        assert!(!SavedState {
            language: Some(Lang::En),
            ..SavedState::new()
        }
        .is_empty());
        assert!(!SavedState {
            intro_dismissed: true,
            ..SavedState::new()
        }
        .is_empty());
        let noted = Rating {
            evidence: "x".into(),
            ..Rating::new("a")
        };
        assert!(!SavedState {
            assessment: Assessment {
                ratings: vec![noted]
            },
            ..SavedState::new()
        }
        .is_empty());
    }

    impl SavedState {
        fn with_defaults(self) -> SavedState {
            SavedState {
                language: None,
                intro_dismissed: false,
                person: Person::default(),
                ..self
            }
        }
    }

    #[test]
    fn storage_form_is_nothing_for_an_empty_state() {
        assert_eq!(SavedState::new().storage_form(), None);
        let state = state_with(vec![Rating {
            current: Some(Level(2)),
            ..Rating::new("a")
        }]);
        assert_eq!(state.storage_form(), Some(state.to_json()));
    }

    #[test]
    fn own_keys() {
        assert!(is_own_key(STORAGE_KEY));
        assert!(is_own_key(&backup_key(1_700_000_000_000)));
        assert!(!is_own_key("other-app"));
    }

    fn any_rating() -> impl Strategy<Value = Rating> {
        (
            "[a-z.]{1,12}",
            proptest::option::of(1u8..=5),
            proptest::option::of(1u8..=5),
            proptest::option::of(0usize..4),
            ".{0,40}",
        )
            .prop_map(|(item, current, target, held, evidence)| Rating {
                item,
                current: current.map(Level),
                target: target.map(Level),
                held: held.map(|i| Holding::ALL[i]),
                evidence,
            })
    }

    proptest! {
        #[test]
        fn any_state_round_trips(ratings in proptest::collection::vec(any_rating(), 0..30), dismissed: bool) {
            let state = SavedState {
                intro_dismissed: dismissed,
                assessment: Assessment { ratings }.deduplicated(),
                ..SavedState::new()
            };
            let expected = SavedState { assessment: state.assessment.without_blanks(), ..state.clone() };
            prop_assert_eq!(restore(Some(&state.to_json())), Restored::Loaded(expected));
        }

        #[test]
        fn any_text_is_read_without_panicking(raw in ".{0,200}") {
            let _ = restore(Some(&raw));
        }

        #[test]
        fn damaging_a_saved_entry_never_panics(cut in 0usize..200, ratings in proptest::collection::vec(any_rating(), 1..10)) {
            let json = SavedState { assessment: Assessment { ratings }, ..SavedState::new() }.to_json();
            let cut = json.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(json.len());
            match restore(Some(&json[..cut])) {
                Restored::Fresh => prop_assert!(false, "something stored is never fresh"),
                Restored::Loaded(_) => prop_assert_eq!(cut, json.len()),
                Restored::Unreadable { raw, .. } => prop_assert_eq!(raw, &json[..cut]),
            }
        }
    }
}
