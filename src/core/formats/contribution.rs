//! An anonymous contribution: what a member gives her association for pooled figures, as a
//! file — the profile it was made with, the levels and the tasks held, the career level they
//! support, and, only if she chooses, a country and how long she has been in the role. No
//! name, no note, no organisation, no date finer than the year: the file says so itself.
//!
//! ```json
//! {"app":"competence-matrix","kind":"contribution","format":1,
//!  "anonymous":"No name, note, organisation or date finer than the year is in this file.",
//!  "id":"c8k2…","profile":{"id":"ima-msp","version":"2023.1"},"year":2026,"career_level":3,
//!  "country":"NL","years_in_role":"6-10","levels":{"skill.communication":4,…},
//!  "held":{"task.minutes":"owner",…}}
//! ```
//! `id` is random, tied to nothing: it only lets the same file added twice be told apart.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::answers::assessment::{Holding, Level};
use crate::core::answers::workbook::Entry;
use crate::core::computed::summary::summarize;
use crate::core::formats::exchange::{APP, MAX_BYTES};
use crate::core::formats::shape::{self, ShapeError};
use crate::core::formats::shared::{Invalid, ProfileRef, Refusal};
use crate::core::profile::{is_good_id, BlockKind, Profile};

pub const KIND: &str = "contribution";
pub const FORMAT: i64 = 1;

/// What the file says of itself, in every file (in English: it is read by whoever pools them).
pub const ANONYMOUS: &str =
    "No name, note, organisation or date finer than the year is in this file.";

/// How long someone has been in the role: bands, not years, so that a rare number of years
/// cannot point at one person.
pub const YEARS_IN_ROLE: [&str; 5] = ["0-2", "3-5", "6-10", "11-20", "21+"];

/// An anonymous contribution. A field no version writes (a name added by hand) refuses the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    pub app: String,
    pub kind: String,
    pub format: i64,
    pub anonymous: String,
    pub id: String,
    pub profile: ProfileRef,
    pub year: u16,
    /// The career level the levels support, when they claim one (not while provisional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub career_level: Option<u8>,
    /// Two capital letters (ISO 3166), if she chose to say it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// One of [`YEARS_IN_ROLE`], if she chose to say it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years_in_role: Option<String>,
    /// Each rated item's level, by item id.
    #[serde(default)]
    pub levels: BTreeMap<String, Level>,
    /// Each task's holding, by item id (also "not held").
    #[serde(default)]
    pub held: BTreeMap<String, Holding>,
}

/// What the member chooses to add.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Optional {
    pub country: Option<String>,
    pub years_in_role: Option<String>,
}

/// Whether `code` is a country as the file keeps it: two capital letters.
pub fn is_country(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

impl Contribution {
    /// The contribution of `entry`: its levels and holdings only, the year of its date, the
    /// career level it supports. `id` is random (see the module's note).
    pub fn of(profile: &Profile, entry: &Entry, optional: Optional, id: String) -> Contribution {
        let mut levels = BTreeMap::new();
        let mut held = BTreeMap::new();
        for rating in entry.assessment.answered() {
            match profile.kind_of(&rating.item) {
                Some(BlockKind::Rated) => {
                    if let Some(level) = rating.current {
                        levels.insert(rating.item.clone(), level);
                    }
                }
                Some(BlockKind::Held) => {
                    if let Some(holding) = rating.held {
                        held.insert(rating.item.clone(), holding);
                    }
                }
                // An item the profile no longer has is not pooled.
                None => {}
            }
        }
        let career_level = summarize(profile, &entry.assessment)
            .level
            .filter(|level| !level.is_provisional())
            .map(|level| level.level.0);
        Contribution {
            app: APP.to_string(),
            kind: KIND.to_string(),
            format: FORMAT,
            anonymous: ANONYMOUS.to_string(),
            id,
            profile: ProfileRef::of(profile),
            year: entry
                .date
                .get(..4)
                .and_then(|y| y.parse().ok())
                .unwrap_or(0),
            career_level,
            country: optional.country.filter(|c| is_country(c)),
            years_in_role: optional
                .years_in_role
                .filter(|y| YEARS_IN_ROLE.contains(&y.as_str())),
            levels,
            held,
        }
    }

    /// The file, as it is saved and as the member sees it before saving.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a contribution for `profile` (its version too: figures pool one version's items),
    /// or says why it is refused.
    pub fn read(profile: &Profile, text: &str) -> Result<Contribution, Refusal> {
        if text.len() > MAX_BYTES {
            return Err(Refusal::TooLarge);
        }
        let value: serde_json::Value = serde_json::from_str(text).map_err(|_| Refusal::NotOurs)?;
        if value.get("app").and_then(|v| v.as_str()) != Some(APP) {
            return Err(Refusal::NotOurs);
        }
        if value.get("kind").and_then(|v| v.as_str()) != Some(KIND) {
            return Err(Refusal::WrongKind);
        }
        match value.get("format").and_then(|v| v.as_i64()) {
            Some(FORMAT) => {}
            Some(newer) if newer > FORMAT => return Err(Refusal::NewerFormat(newer)),
            _ => return Err(Refusal::NotOurs),
        }
        let shape = |e: ShapeError| Refusal::Invalid(Invalid::Shape(e));
        let read: Contribution = shape::from_value(value).map_err(shape)?;
        read.validated(profile)
    }

    /// Checks what came from outside: the profile and its version, every item and level, the
    /// optional parts, and that nothing names anyone.
    fn validated(self, profile: &Profile) -> Result<Contribution, Refusal> {
        if self.profile.id != profile.id {
            return Err(Refusal::OtherProfile {
                id: self.profile.id,
            });
        }
        if self.profile.version != profile.version {
            return Err(Refusal::OtherProfileVersion {
                version: self.profile.version,
            });
        }
        let bad = || Refusal::Invalid(Invalid::Contribution);
        if !is_good_id(&self.id)
            || self.id.len() > 40
            || self.anonymous != ANONYMOUS
            || self.country.as_deref().is_some_and(|c| !is_country(c))
            || self
                .years_in_role
                .as_deref()
                .is_some_and(|y| !YEARS_IN_ROLE.contains(&y))
            || self
                .career_level
                .is_some_and(|l| l == 0 || l > profile.top_level())
        {
            return Err(bad());
        }
        for (item, level) in &self.levels {
            match profile.kind_of(item) {
                Some(BlockKind::Rated) if level.0 >= 1 && level.0 <= profile.top_level() => {}
                _ => return Err(bad()),
            }
        }
        if self
            .held
            .keys()
            .any(|item| profile.kind_of(item) != Some(BlockKind::Held))
        {
            return Err(bad());
        }
        Ok(self)
    }

    /// The file's name: the profile and the year, nothing of the member.
    pub fn file_name(&self) -> String {
        format!("contribution-{}-{}.json", self.profile.id, self.year)
    }
}

#[cfg(test)]
mod tests;
