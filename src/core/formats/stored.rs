//! What the app keeps in the browser's storage, and how a stored entry is read back.
//!
//! Everything lives under one key as one JSON document with a `version` number. An entry that
//! cannot be read (damaged JSON, a version this app does not know) is never overwritten: the
//! caller sets it aside under a backup key first, then starts afresh. Older versions are
//! migrated on reading: version 1 (one assessment) becomes one entry of version 2.

use serde::{Deserialize, Serialize};

use crate::core::answers::agreement::Agreement;
use crate::core::answers::assessment::{Assessment, Perspective};
use crate::core::answers::role::RoleProfile;
use crate::core::answers::workbook::{Entry, Stamps, Workbook};
use crate::core::formats::shape::{is_default, Number};
use crate::core::formats::shared::{Person, ProfileRef};
use crate::core::visit::theme::Theme;
use crate::core::words::lang::Lang;
use crate::core::words::texts::{fill, texts};

pub use crate::core::answers::workbook::STORAGE_KEY;
/// Unreadable entries are kept under this prefix followed by the time they were set aside.
pub const BACKUP_KEY_PREFIX: &str = "competence-matrix.backup.";
/// The format version this app writes. Version 3 (2026-11-28) added the stamps two tabs'
/// changes are merged by, and ids that no two tabs share; version 4 (2026-12-06) what an
/// agreed assessment was agreed from and who is in the manager's team (an older tab must stop
/// saving rather than drop them). It reads versions 1 to 3.
pub const CURRENT_VERSION: i64 = 4;

/// Why a stored entry could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Unreadable {
    NotJson,
    NoVersion,
    NewerVersion(i64),
    /// Readable JSON of a version this app knows, but a value in it is not what that version
    /// writes.
    Malformed,
}

impl Unreadable {
    /// A short clause for the notice, in the user's language.
    pub fn describe(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            Unreadable::NotJson => t.unreadable_not_json.to_string(),
            Unreadable::NoVersion => t.unreadable_no_version.to_string(),
            Unreadable::NewerVersion(v) => fill(t.unreadable_newer, &[("version", &v.to_string())]),
            Unreadable::Malformed => t.unreadable_malformed.to_string(),
        }
    }
}

/// The outcome of reading the storage entry.
#[derive(Debug, Clone, PartialEq)]
pub enum Restored {
    /// Nothing was stored: a first visit, or data erased.
    Fresh,
    Loaded(Workbook),
    /// Something was stored but cannot be used; `raw` must be set aside before anything is saved.
    Unreadable {
        raw: String,
        problem: Unreadable,
    },
}

/// Reads a storage entry, migrating older formats to the current one. `today` dates an
/// assessment migrated from version 1, which had no date.
pub fn restore(raw: Option<&str>, today: &str) -> Restored {
    let Some(raw) = raw else {
        return Restored::Fresh;
    };
    match read(raw, today) {
        Ok(book) => Restored::Loaded(book),
        Err(problem) => Restored::Unreadable {
            raw: raw.to_string(),
            problem,
        },
    }
}

fn read(raw: &str, today: &str) -> Result<Workbook, Unreadable> {
    // The version is read on its own first; the rest is read as that version writes it. (No
    // path is tracked: a damaged entry is set aside whole, not shown field by field.)
    #[derive(Deserialize)]
    struct Head {
        #[serde(default)]
        version: Number,
    }
    // Only an object is a stored entry (serde would read a list as the fields in order).
    if !raw.trim_start().starts_with('{') {
        return Err(Unreadable::NotJson);
    }
    let head: Head = serde_json::from_str(raw).map_err(|_| Unreadable::NotJson)?;
    match head.version.0.ok_or(Unreadable::NoVersion)? {
        1 => serde_json::from_str::<StoredV1>(raw)
            .map(|stored| stored.into_book(today))
            .map_err(|_| Unreadable::Malformed),
        2..=CURRENT_VERSION => serde_json::from_str::<StoredBook>(raw)
            .map(|stored| stored.into_book(today))
            .map_err(|_| Unreadable::Malformed),
        v if v > CURRENT_VERSION => Err(Unreadable::NewerVersion(v)),
        _ => Err(Unreadable::NoVersion),
    }
}

/// The language chosen in a stored entry, read before anything else so that the app can fetch
/// that language's texts while the rest loads. Anything unreadable is no choice.
pub fn stored_language(raw: &str) -> Option<Lang> {
    #[derive(Deserialize)]
    struct Chosen {
        #[serde(default)]
        language: Option<Lang>,
    }
    serde_json::from_str::<Chosen>(raw).ok()?.language
}

/// Version 1 (2026-11-24): `{version, language, intro_dismissed, person, assessment: {ratings}}`,
/// one assessment of the user's own.
#[derive(Deserialize)]
struct StoredV1 {
    #[serde(default)]
    language: Option<Lang>,
    #[serde(default)]
    intro_dismissed: bool,
    #[serde(default)]
    person: Person,
    #[serde(default)]
    assessment: Option<V1Answers>,
}

#[derive(Deserialize)]
struct V1Answers {
    #[serde(default)]
    ratings: Assessment,
}

impl StoredV1 {
    fn into_book(self, today: &str) -> Workbook {
        let mut book = Workbook::new(today);
        book.language = self.language;
        book.intro_dismissed = self.intro_dismissed;
        let entry = &mut book.entries[0];
        entry.person = self.person;
        entry.assessment = self.assessment.map(|a| a.ratings).unwrap_or_default();
        book
    }
}

/// One assessment in storage (versions 2 to 4).
#[derive(Serialize, Deserialize)]
struct StoredEntry {
    id: String,
    #[serde(default, skip_serializing_if = "is_default")]
    name: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    view: Perspective,
    #[serde(default, skip_serializing_if = "Person::is_empty")]
    person: Person,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    profile: Option<ProfileRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    hints: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    aim: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    agreement: Option<Agreement>,
    #[serde(default, skip_serializing_if = "is_default")]
    team: bool,
    #[serde(default)]
    ratings: Assessment,
    #[serde(default, skip_serializing_if = "Stamps::is_empty")]
    stamps: Stamps,
}

/// Everything in storage (versions 2 to 4; version 2 had `next_id`, read and not needed).
#[derive(Serialize, Deserialize)]
struct StoredBook {
    version: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    theme: Option<Theme>,
    #[serde(default, skip_serializing_if = "is_default")]
    intro_dismissed: bool,
    #[serde(default)]
    current: String,
    #[serde(default)]
    assessments: Vec<StoredEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    roles: Vec<RoleProfile>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    role: String,
}

impl StoredBook {
    fn into_book(self, today: &str) -> Workbook {
        let mut entries: Vec<Entry> = self
            .assessments
            .into_iter()
            .map(|e| Entry {
                id: e.id,
                name: e.name,
                date: if e.date.is_empty() {
                    today.to_string()
                } else {
                    e.date
                },
                perspective: e.view,
                person: e.person,
                profile: e.profile,
                hints_from: e.hints,
                aim: e.aim,
                agreement: e.agreement,
                in_team: e.team,
                assessment: e.ratings,
                stamps: e.stamps,
            })
            .collect();
        let mut roles = self.roles;
        // Ids must be unique for hints and aims to point at one thing; hand-edited or damaged
        // data may repeat one, and then the later copy is kept under a new id.
        let mut seen = std::collections::HashSet::new();
        let mut next = 1;
        for id in entries
            .iter_mut()
            .map(|e| &mut e.id)
            .chain(roles.iter_mut().map(|r| &mut r.id))
        {
            while id.is_empty() || !seen.insert(id.clone()) {
                *id = format!("x{next}");
                next += 1;
            }
        }
        let mut book = Workbook::new(today);
        if !entries.is_empty() {
            book.current = entries
                .iter()
                .position(|e| e.id == self.current)
                .unwrap_or(0);
            book.entries = entries;
        }
        // The role in the editor; with none named, the first (so that the roles stay reachable).
        book.current_role = roles
            .iter()
            .position(|r| r.id == self.role)
            .or((!roles.is_empty()).then_some(0));
        book.roles = roles;
        book.language = self.language;
        book.theme = self.theme;
        book.intro_dismissed = self.intro_dismissed;
        book
    }
}

impl Workbook {
    /// The JSON written to storage. Blank rows are left out.
    pub fn to_json(&self) -> String {
        let stored = StoredBook {
            version: CURRENT_VERSION,
            language: self.language,
            theme: self.theme,
            intro_dismissed: self.intro_dismissed,
            current: self.entry().id.clone(),
            assessments: self
                .entries
                .iter()
                .map(|e| StoredEntry {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    date: e.date.clone(),
                    view: e.perspective,
                    person: e.person.clone(),
                    profile: e.profile.clone(),
                    hints: e.hints_from.clone(),
                    aim: e.aim.clone(),
                    agreement: e.agreement.clone(),
                    team: e.in_team,
                    ratings: e.assessment.clone(),
                    stamps: e.stamps.clone(),
                })
                .collect(),
            roles: self.roles.clone(),
            role: self
                .current_role
                .and_then(|i| self.roles.get(i))
                .map(|r| r.id.clone())
                .unwrap_or_default(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// What storage should hold for this state: nothing when there is nothing to keep, else
    /// the JSON.
    pub fn storage_form(&self) -> Option<String> {
        (!self.is_empty()).then(|| self.to_json())
    }
}

/// The key under which an unreadable entry is set aside; the time keeps earlier backups.
pub fn backup_key(now_ms: u64) -> String {
    format!("{BACKUP_KEY_PREFIX}{now_ms}")
}

/// True for every key this app writes, for "erase my data".
pub fn is_own_key(key: &str) -> bool {
    key == STORAGE_KEY
        || key.starts_with(BACKUP_KEY_PREFIX)
        || key.starts_with(crate::core::design::DRAFT_KEY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::assessment::{Holding, Level, Rating};
    use proptest::prelude::*;

    const TODAY: &str = "2026-11-25";

    fn loaded(raw: &str) -> Workbook {
        match restore(Some(raw), TODAY) {
            Restored::Loaded(book) => book,
            other => panic!("not readable: {other:?}"),
        }
    }

    #[test]
    fn nothing_stored_is_a_fresh_start() {
        assert_eq!(restore(None, TODAY), Restored::Fresh);
    }

    /// A browser that used the app before it kept several assessments: the stored sample is
    /// checked in as written by that version (2026-11-24), and every answer comes back.
    #[test]
    fn version_one_becomes_one_assessment_with_nothing_lost() {
        let raw = include_str!("../../../tests/fixtures/stored-v1.json");
        let book = loaded(raw.trim());
        assert_eq!(book.language, Some(Lang::Nl));
        assert!(book.intro_dismissed);
        assert_eq!(book.entries.len(), 1);
        let entry = book.entry();
        assert_eq!(entry.perspective, Perspective::Own);
        assert_eq!(entry.date, TODAY, "dated the day it was moved over");
        assert_eq!(entry.person.name, "Anna de Vries");
        assert_eq!(entry.person.job_title, "Executive Assistant");
        let value: serde_json::Value = serde_json::from_str(raw).unwrap();
        let stored = value["assessment"]["ratings"].as_array().unwrap();
        assert_eq!(entry.assessment.ratings.len(), stored.len());
        let communication = entry.assessment.rating("skill.communication").unwrap();
        assert_eq!(communication.current, Some(Level(4)));
        assert_eq!(communication.target, Some(Level(5)));
        assert!(communication.evidence.starts_with("Wrote the CEO"));
        assert_eq!(
            entry.assessment.rating("task.minutes").unwrap().held,
            Some(Holding::Owner)
        );
        assert_eq!(
            entry
                .assessment
                .rating("retired.old-skill")
                .unwrap()
                .evidence,
            "Kept from 2025"
        );
        // Written back in the current format, it reads the same.
        assert_eq!(loaded(&book.to_json()), book);
    }

    #[test]
    fn round_trips_several_assessments_and_roles() {
        let mut book = Workbook::new(TODAY);
        book.language = Some(Lang::En);
        book.theme = Some(Theme::Dark);
        book.entry_mut().assessment.ratings.push(Rating {
            current: Some(Level(4)),
            target: Some(Level(5)),
            evidence: "Led the <b>move</b> \"x\"".into(),
            ..Rating::new("skill.a")
        });
        book.entries.push(Entry {
            id: "a2".into(),
            name: "Manager, 2026".into(),
            date: "2026-11-26".into(),
            perspective: Perspective::Manager,
            hints_from: Some("a1".into()),
            aim: Some("r3".into()),
            profile: Some(ProfileRef {
                id: "ima-msp".into(),
                version: "2023.1".into(),
            }),
            assessment: Assessment {
                ratings: vec![Rating {
                    held: Some(Holding::Regularly),
                    ..Rating::new("task.b")
                }],
            },
            ..Entry::default()
        });
        book.roles.push(RoleProfile {
            id: "r3".into(),
            title: "EA".into(),
            ..RoleProfile::default()
        });
        book.current = 1;
        book.current_role = Some(0);
        book.entries[1].stamps.meta = 1_764_300_000_000;
        book.entries[1]
            .stamps
            .items
            .insert("task.b".into(), 1_764_300_000_001);
        assert_eq!(loaded(&book.to_json()), book);
    }

    #[test]
    fn an_agreed_assessment_keeps_what_it_was_agreed_from() {
        use crate::core::answers::agreement::Side;
        let mut book = Workbook::new(TODAY);
        let side = |view| Side {
            view,
            date: "2026-12-01".into(),
            ratings: Assessment {
                ratings: vec![Rating {
                    current: Some(Level(3)),
                    ..Rating::new("skill.a")
                }],
            },
        };
        book.entries.push(Entry {
            id: "a2".into(),
            date: "2026-12-06".into(),
            perspective: Perspective::Agreed,
            agreement: Some(Agreement {
                with: "Bob".into(),
                sides: [side(Perspective::Own), side(Perspective::Manager)],
            }),
            ..Entry::default()
        });
        let json = book.to_json();
        assert!(json.starts_with(r#"{"version":4,"#), "{json}");
        assert!(json.contains(r#""view":"agreed","#), "{json}");
        assert_eq!(loaded(&json), book);
    }

    /// What the version before wrote (2026-12-05), read as it was.
    #[test]
    fn version_three_is_read_as_written() {
        let book = loaded(
            r#"{"version":3,"current":"a1","assessments":[{"id":"a1","date":"2026-12-01","view":"manager","ratings":[{"item":"s1","current":2}],"stamps":{"meta":5,"items":{"s1":6}}}]}"#,
        );
        let entry = book.entry();
        assert_eq!(entry.perspective, Perspective::Manager);
        assert_eq!(entry.agreement, None);
        assert_eq!(entry.assessment.ratings[0].current, Some(Level(2)));
        assert_eq!(entry.stamps.item("s1"), 6);
    }

    #[test]
    fn blank_rows_are_not_written_and_an_empty_book_is_not_stored() {
        let mut book = Workbook::new(TODAY);
        assert_eq!(book.storage_form(), None);
        book.entry_mut().assessment.ratings = vec![
            Rating::new("a"),
            Rating {
                current: Some(Level(1)),
                ..Rating::new("b")
            },
        ];
        let back = loaded(&book.storage_form().unwrap());
        assert_eq!(back.entry().assessment.ratings.len(), 1);
    }

    #[test]
    fn damaged_json_is_unreadable_and_kept_verbatim() {
        let raw = "{\"version\":2,\"assessments\":[{\"id\":";
        assert_eq!(
            restore(Some(raw), TODAY),
            Restored::Unreadable {
                raw: raw.to_string(),
                problem: Unreadable::NotJson
            }
        );
        for raw in ["", "null", "42", "[1,2]", "\"text\""] {
            assert!(
                matches!(
                    restore(Some(raw), TODAY),
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
    fn the_chosen_language_is_read_first_and_anything_else_is_no_choice() {
        assert_eq!(
            stored_language(r#"{"version":3,"language":"nl"}"#),
            Some(Lang::Nl)
        );
        assert_eq!(stored_language(r#"{"version":1}"#), None);
        assert_eq!(stored_language(r#"{"language":"xx"}"#), None);
        assert_eq!(stored_language("not json"), None);
    }

    #[test]
    fn unknown_versions_are_unreadable() {
        let problem = |raw: &str| match restore(Some(raw), TODAY) {
            Restored::Unreadable { problem, .. } => problem,
            other => panic!("{other:?}"),
        };
        assert_eq!(problem("{}"), Unreadable::NoVersion);
        assert_eq!(problem(r#"{"version":"1"}"#), Unreadable::NoVersion);
        assert_eq!(problem(r#"{"version":0}"#), Unreadable::NoVersion);
        assert_eq!(problem(r#"{"version":-3}"#), Unreadable::NoVersion);
        assert_eq!(
            problem(r#"{"version":7,"whatever":true}"#),
            Unreadable::NewerVersion(7)
        );
    }

    #[test]
    fn wrong_shapes_are_unreadable() {
        for raw in [
            r#"{"version":1,"assessment":{"ratings":[{"item":"a","current":"high"}]}}"#,
            r#"{"version":1,"language":"fr"}"#,
            r#"{"version":2,"assessments":[{"id":"a1","ratings":[{"item":"a","held":"always"}]}]}"#,
            r#"{"version":2,"assessments":[{"name":"no id","ratings":[]}]}"#,
            r#"{"version":2,"assessments":{}}"#,
        ] {
            assert!(
                matches!(
                    restore(Some(raw), TODAY),
                    Restored::Unreadable {
                        problem: Unreadable::Malformed,
                        ..
                    }
                ),
                "{raw}"
            );
        }
    }

    #[test]
    fn a_minimal_entry_is_read_with_defaults() {
        assert_eq!(loaded(r#"{"version":1}"#), Workbook::new(TODAY));
        let book = loaded(r#"{"version":2,"assessments":[]}"#);
        assert_eq!(book.entries.len(), 1, "there is always one assessment");
    }

    #[test]
    fn repeated_ids_are_made_unique() {
        let book = loaded(
            r#"{"version":2,"next_id":5,"assessments":[{"id":"a1","ratings":[]},{"id":"a1","ratings":[]}],"roles":[{"id":"a1","profile":{"id":"p","version":"1"}}]}"#,
        );
        assert_eq!(book.entries[0].id, "a1");
        assert_eq!(book.entries[1].id, "x1");
        assert_eq!(book.roles[0].id, "x2");
        assert_eq!(
            book.current_role,
            Some(0),
            "with none named, the first role is in the editor"
        );
    }

    #[test]
    fn duplicate_rows_in_storage_are_dropped_keeping_the_first() {
        let book = loaded(
            r#"{"version":1,"assessment":{"ratings":[{"item":"a","current":2},{"item":"a","current":5}]}}"#,
        );
        assert_eq!(
            book.entry().assessment.ratings,
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
        fn any_state_round_trips(ratings in proptest::collection::vec(any_rating(), 0..30), dismissed: bool, name in "\\PC{0,20}") {
            let mut book = Workbook::new(TODAY);
            book.intro_dismissed = dismissed;
            book.entry_mut().name = name;
            let mut seen = std::collections::HashSet::new();
            book.entry_mut().assessment.ratings = ratings.into_iter().filter(|r| !r.is_blank() && seen.insert(r.item.clone())).collect();
            prop_assert_eq!(restore(Some(&book.to_json()), TODAY), Restored::Loaded(book));
        }

        #[test]
        fn any_text_is_read_without_panicking(raw in ".{0,200}") {
            let _ = restore(Some(&raw), TODAY);
        }

        #[test]
        fn damaging_a_saved_entry_never_panics(cut in 0usize..400, ratings in proptest::collection::vec(any_rating(), 1..10)) {
            let mut book = Workbook::new(TODAY);
            book.entry_mut().assessment.ratings = ratings;
            let json = book.to_json();
            let cut = json.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(json.len());
            match restore(Some(&json[..cut]), TODAY) {
                Restored::Fresh => prop_assert!(false, "something stored is never fresh"),
                Restored::Loaded(_) => prop_assert_eq!(cut, json.len()),
                Restored::Unreadable { raw, .. } => prop_assert_eq!(raw, &json[..cut]),
            }
        }
    }
}
