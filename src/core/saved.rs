//! What the app keeps in the browser's storage, and how a stored entry is read back.
//!
//! Everything lives under one key as one JSON document with a `version` number. An entry that
//! cannot be read (damaged JSON, a version this app does not know) is never overwritten: the
//! caller sets it aside under a backup key first, then starts afresh. Older versions are
//! migrated on reading: version 1 (one assessment) becomes one entry of version 2.

use super::assessment::{Assessment, Perspective};
use super::json::{self, Field, Json, ObjBuilder, ShapeError};
use super::lang::Lang;
use super::role::RoleProfile;
use super::shared::{Person, ProfileRef};
use super::texts::{fill, texts};
use super::theme::Theme;
use super::workbook::{Entry, Workbook};

pub use super::workbook::STORAGE_KEY;
/// Unreadable entries are kept under this prefix followed by the time they were set aside.
pub const BACKUP_KEY_PREFIX: &str = "competence-matrix.backup.";
/// The format version this app writes.
pub const CURRENT_VERSION: i64 = 2;

/// Why a stored entry could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Unreadable {
    NotJson,
    NoVersion,
    NewerVersion(i64),
    Malformed(ShapeError),
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
    let value = json::parse(raw).map_err(|_| Unreadable::NotJson)?;
    if !matches!(value, Json::Obj(_)) {
        return Err(Unreadable::NotJson);
    }
    let version = value
        .get("version")
        .and_then(Json::as_i64)
        .ok_or(Unreadable::NoVersion)?;
    let root = Field::root(&value);
    match version {
        1 => read_v1(root, today).map_err(Unreadable::Malformed),
        CURRENT_VERSION => read_v2(root, today).map_err(Unreadable::Malformed),
        v if v > CURRENT_VERSION => Err(Unreadable::NewerVersion(v)),
        _ => Err(Unreadable::NoVersion),
    }
}

fn read_language(root: Field) -> Result<Option<Lang>, ShapeError> {
    root.with("language", |f| {
        if f.is_absent() {
            Ok(None)
        } else {
            f.one_of(&["en", "nl"]).map(|i| Some(Lang::ALL[i]))
        }
    })
}

/// Version 1 (2026-11-24): `{version, language, intro_dismissed, person, assessment: {ratings}}`,
/// one assessment of the user's own.
fn read_v1(root: Field, today: &str) -> Result<Workbook, ShapeError> {
    let mut book = Workbook::new(today);
    book.language = read_language(root)?;
    book.intro_dismissed = root.with("intro_dismissed", |f| f.yes_no())?;
    let entry = &mut book.entries[0];
    entry.person = root.with("person", Person::from_json)?;
    entry.assessment = root.with("assessment", |f| {
        f.object(true)?;
        f.with("ratings", Assessment::from_json)
    })?;
    Ok(book)
}

fn read_entry(field: Field, today: &str) -> Result<Entry, ShapeError> {
    field.object(false)?;
    let optional_text = |f: Field| -> Result<Option<String>, ShapeError> {
        if f.is_absent() {
            Ok(None)
        } else {
            f.text().map(Some)
        }
    };
    let date = field.with("date", |f| f.text_or_empty())?;
    Ok(Entry {
        id: field.with("id", |f| f.text())?,
        name: field.with("name", |f| f.text_or_empty())?,
        date: if date.is_empty() {
            today.to_string()
        } else {
            date
        },
        perspective: field.with("view", |f| {
            if f.is_absent() {
                Ok(Perspective::Own)
            } else {
                f.one_of(Perspective::WORDS).map(|i| Perspective::ALL[i])
            }
        })?,
        person: field.with("person", Person::from_json)?,
        profile: field.with("profile", |f| {
            if f.is_absent() {
                Ok(None)
            } else {
                ProfileRef::from_json(f).map(Some)
            }
        })?,
        hints_from: field.with("hints", optional_text)?,
        aim: field.with("aim", optional_text)?,
        assessment: field.with("ratings", Assessment::from_json)?,
    })
}

fn read_v2(root: Field, today: &str) -> Result<Workbook, ShapeError> {
    let mut entries = root.with("assessments", |f| f.list(|e| read_entry(e, today)))?;
    let mut roles = root.with("roles", |f| f.list(RoleProfile::from_json))?;
    // Ids must be unique for hints and aims to point at one thing; hand-edited or damaged data
    // may repeat one, and then the later copy is kept with a fresh id.
    let mut next_id = root.with("next_id", |f| {
        if f.is_absent() {
            Ok(1)
        } else {
            f.small(u32::MAX).map(u64::from)
        }
    })?;
    let mut seen = std::collections::HashSet::new();
    for id in entries
        .iter_mut()
        .map(|e| &mut e.id)
        .chain(roles.iter_mut().map(|r| &mut r.id))
    {
        while id.is_empty() || !seen.insert(id.clone()) {
            *id = format!("x{next_id}");
            next_id += 1;
        }
    }
    let current_id = root.with("current", |f| f.text_or_empty())?;
    let role_id = root.with("role", |f| f.text_or_empty())?;
    let mut book = Workbook::new(today);
    if !entries.is_empty() {
        book.current = entries.iter().position(|e| e.id == current_id).unwrap_or(0);
        book.entries = entries;
    }
    book.current_role = roles.iter().position(|r| r.id == role_id);
    book.roles = roles;
    book.next_id = next_id.max(book.next_id);
    book.language = read_language(root)?;
    book.theme = root.with("theme", |f| {
        if f.is_absent() {
            Ok(None)
        } else {
            f.one_of(&Theme::CODES).map(|i| Some(Theme::ALL[i]))
        }
    })?;
    book.intro_dismissed = root.with("intro_dismissed", |f| f.yes_no())?;
    Ok(book)
}

fn entry_json(entry: &Entry) -> Json {
    let text = |s: &Option<String>| s.as_ref().map(|s| Json::Str(s.clone()));
    ObjBuilder::new()
        .text("id", &entry.id)
        .text_if("name", &entry.name)
        .text("date", &entry.date)
        .text("view", entry.perspective.word())
        .opt(
            "person",
            (!entry.person.is_empty()).then(|| entry.person.to_json()),
        )
        .opt("profile", entry.profile.as_ref().map(ProfileRef::to_json))
        .opt("hints", text(&entry.hints_from))
        .opt("aim", text(&entry.aim))
        .put("ratings", entry.assessment.to_json())
        .build()
}

impl Workbook {
    /// The JSON written to storage. Blank rows are left out.
    pub fn to_json(&self) -> String {
        let role = self
            .current_role
            .and_then(|i| self.roles.get(i))
            .map(|r| Json::Str(r.id.clone()));
        ObjBuilder::new()
            .int("version", CURRENT_VERSION)
            .opt(
                "language",
                self.language.map(|l| Json::Str(l.code().into())),
            )
            .opt("theme", self.theme.map(|t| Json::Str(t.code().into())))
            .opt(
                "intro_dismissed",
                self.intro_dismissed.then_some(Json::Bool(true)),
            )
            .text("current", &self.entry().id)
            .int("next_id", self.next_id as i64)
            .put(
                "assessments",
                Json::Arr(self.entries.iter().map(entry_json).collect()),
            )
            .opt(
                "roles",
                (!self.roles.is_empty())
                    .then(|| Json::Arr(self.roles.iter().map(|r| r.to_json(true)).collect())),
            )
            .opt("role", role)
            .build()
            .to_text()
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
    key == STORAGE_KEY || key.starts_with(BACKUP_KEY_PREFIX)
}

/// What another tab's write means for this one.
#[derive(Debug, Clone, PartialEq)]
pub enum OtherTab {
    /// Show this state: the other tab's changes, or nothing after an erase.
    TakeOver(Workbook),
    /// The other tab runs a newer version of the app, whose data this one cannot read: stop
    /// saving, so that its next change cannot overwrite that data.
    StopSaving(Unreadable),
}

/// The rule for a storage change made by another tab of this browser.
pub fn from_other_tab(raw: Option<&str>, today: &str) -> OtherTab {
    match restore(raw, today) {
        Restored::Fresh => OtherTab::TakeOver(Workbook::new(today)),
        Restored::Loaded(book) => OtherTab::TakeOver(book),
        Restored::Unreadable { problem, .. } => OtherTab::StopSaving(problem),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::{Holding, Level, Rating};
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
        let raw = include_str!("../../tests/fixtures/stored-v1.json");
        let book = loaded(raw.trim());
        assert_eq!(book.language, Some(Lang::Nl));
        assert!(book.intro_dismissed);
        assert_eq!(book.entries.len(), 1);
        let entry = book.entry();
        assert_eq!(entry.perspective, Perspective::Own);
        assert_eq!(entry.date, TODAY, "dated the day it was moved over");
        assert_eq!(entry.person.name, "Anna de Vries");
        assert_eq!(entry.person.job_title, "Executive Assistant");
        let value = json::parse(raw).unwrap();
        let stored = value
            .get("assessment")
            .and_then(|a| a.get("ratings"))
            .unwrap();
        let Json::Arr(stored) = stored else { panic!() };
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
        book.next_id = 4;
        assert_eq!(loaded(&book.to_json()), book);
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
                        problem: Unreadable::Malformed(_),
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
            r#"{"version":2,"next_id":5,"assessments":[{"id":"a1","ratings":[]},{"id":"a1","ratings":[]}]}"#,
        );
        assert_eq!(book.entries[0].id, "a1");
        assert_eq!(book.entries[1].id, "x5");
        assert_eq!(book.next_id, 6);
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
    fn another_tab_is_taken_over_unless_it_runs_a_newer_version() {
        let mut book = Workbook::new(TODAY);
        book.intro_dismissed = true;
        assert_eq!(
            from_other_tab(Some(&book.to_json()), TODAY),
            OtherTab::TakeOver(book)
        );
        assert_eq!(
            from_other_tab(None, TODAY),
            OtherTab::TakeOver(Workbook::new(TODAY))
        );
        assert_eq!(
            from_other_tab(Some(r#"{"version":3,"assessments":[]}"#), TODAY),
            OtherTab::StopSaving(Unreadable::NewerVersion(3))
        );
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
