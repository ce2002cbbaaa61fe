//! A profile as a CASE 1.1 package and back: 1EdTech's Competencies and Academic Standards
//! Exchange, which competency-framework tools (OpenSALT and others) import and export.
//!
//! How a profile maps to CASE:
//! - the profile is the CFDocument (its name the title, its first language and its version);
//! - each block a CFItem of type "Competency Group" or "Task Group", each item a CFItem of type
//!   "Competency" or "Task", the block `isChildOf` the document and the item `isChildOf` its
//!   block, in order (`sequenceNumber`); ids are the items' `humanCodingScheme`;
//! - each text in another language a CFItem of that `language` that `isTranslationOf` it;
//! - the level scale a CFRubric with one criterion, whose levels are the steps (`quality` the
//!   name, `description` what someone at that level does, `score` the level);
//! - an item's ESCO concept an `exactMatchOf` association to its URI;
//! - what CASE has no field for (the profile's id and name in every language, the kind of a
//!   block, career levels, the market reference, the version followed and what items replace)
//!   in `extensions` under `competenceMatrix`: a profile exported here comes back whole, and
//!   another tool keeps or ignores it.
//!
//! A package made elsewhere comes in by the same map, read leniently: the top of its
//! `isChildOf` tree are the blocks, everything below them their items; its first rubric
//! criterion is the level scale. Whatever has no place in a profile is listed (`Unmapped`),
//! never dropped in silence.

mod export;
mod import;
mod package;

#[cfg(test)]
mod tests;

pub use import::{CaseError, Imported, Unmapped};

use super::{Draft, OpenError};

/// Files opened in the designer: the draft, and for a CASE package what of it was not taken
/// over (`None` for profile files).
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub draft: Draft,
    pub left: Option<Vec<Unmapped>>,
}

impl Draft {
    /// Opens the files chosen together: a CASE package on its own, else a profile file with
    /// its translation files (`Draft::open_files`). The error names the file it is about.
    pub fn open_chosen(
        files: &[(String, String)],
        today: &str,
    ) -> Result<Opened, (String, OpenError)> {
        let Some((name, text)) = files.iter().find(|(_, text)| is_case(text)) else {
            return Draft::open_files(files).map(|draft| Opened { draft, left: None });
        };
        if files.len() > 1 {
            return Err((name.clone(), OpenError::CaseNotAlone));
        }
        Draft::from_case(text, today)
            .map(|imported| Opened {
                draft: imported.draft,
                left: Some(imported.unmapped),
            })
            .map_err(|error| (name.clone(), OpenError::Case(error)))
    }
}

/// The key of this app's data in a CASE package's `extensions`.
const EXTENSION: &str = "competenceMatrix";

/// Item types, as this app writes them; read back by the word "task".
const RATED_GROUP: &str = "Competency Group";
const HELD_GROUP: &str = "Task Group";
const RATED_ITEM: &str = "Competency";
const HELD_ITEM: &str = "Task";

/// Association types read and written.
const CHILD_OF: &str = "isChildOf";
const TRANSLATION_OF: &str = "isTranslationOf";
const EXACT_MATCH_OF: &str = "exactMatchOf";

/// True when `text` is a CASE package (it has a CFDocument), not a profile file.
pub fn is_case(text: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Head {
        #[serde(rename = "CFDocument")]
        document: Option<serde::de::IgnoredAny>,
    }
    serde_json::from_str::<Head>(text).is_ok_and(|head| head.document.is_some())
}

use crate::core::profile::is_esco_concept as is_esco;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Career, Market, Rule, Words};
use crate::core::profile::{BlockKind, Previous};

/// The profile's own data, in the document's extensions.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DocumentExtra {
    #[serde(default)]
    id: String,
    /// The profile's languages, in its order (CASE gives each item a language, not a list).
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    name: Words,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    career_levels: Vec<Career>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    career_rule: Option<Rule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    market: Option<Market>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    previous: Option<Previous>,
}

/// A block's, in its item's extensions.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct GroupExtra {
    kind: BlockKind,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    beyond_base_role: bool,
}

/// An item's: the items of the previous version it replaces.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct EntryExtra {
    #[serde(default)]
    replaces: Vec<String>,
}

/// A level's name and descriptor in every language (a rubric level has one of each).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct StepExtra {
    #[serde(default)]
    name: Words,
    #[serde(default)]
    descriptor: Words,
}

/// `value` as extensions: `{"competenceMatrix": value}`.
fn extension<T: Serialize>(value: &T) -> Option<Value> {
    let value = serde_json::to_value(value).ok()?;
    Some(Value::Object(
        [(EXTENSION.to_string(), value)].into_iter().collect(),
    ))
}

/// This app's data in `extensions` (an object, or a list of them: the schema has a rubric
/// level's extensions as a list), if it is there and whole.
fn ours<T: DeserializeOwned>(extensions: Option<&Value>) -> Option<T> {
    let extensions = extensions?;
    let found = match extensions {
        Value::Array(list) => list.iter().find_map(|one| one.get(EXTENSION)),
        one => one.get(EXTENSION),
    };
    serde_json::from_value(found?.clone()).ok()
}

/// The type of link to an ESCO concept, in CASE's naming for a type of its own.
const ESCO_TARGET: &str = "ext:ESCO";
