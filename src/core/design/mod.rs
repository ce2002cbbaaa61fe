//! The profile designer's model: a profile being written, kept in this browser as a draft.
//!
//! A draft is the profile file itself, in the same shape (so that what is exported is what the
//! app loads), plus what only the designer needs: which languages go out as translation files,
//! and a key per block and item that stays put while they are reordered. It may be incomplete
//! or wrong at any moment: `check` says what is wrong, field by field, in the words the app
//! uses to refuse a file (`Profile::problems_of`), so that what the designer accepts the app
//! loads.
//!
//! Item and block ids are made from the first name they are given and kept when the name
//! changes afterwards: members' answers are saved under them.

pub mod case;
mod check;
pub mod edit;
mod export;
mod words;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use check::{Field, Problem};
pub use export::{Exported, TRANSLATED_REVIEWED};
pub use words::Words;

use crate::core::profile::{BlockKind, Previous};

/// Where the draft is kept in this browser (removed with everything else by "Erase my data").
pub const DRAFT_KEY: &str = "competence-matrix-draft";

/// Where the draft is kept as a profile file with every language inside, for the designer's
/// previews: the app in a preview frame reads it as its profile (`EmbedOptions::reads_draft`),
/// with no code of the designer's in the first load.
pub const DRAFT_PREVIEW_KEY: &str = "competence-matrix-draft-preview";

/// What the designer keeps of a draft between visits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub profile: DraftProfile,
    /// Languages written as translation files beside the profile file, not inside it.
    #[serde(default)]
    pub translated: Vec<String>,
    /// Whether the profile's id still follows its name: a profile begun here, until its name is
    /// first left.
    #[serde(skip)]
    pub fresh: bool,
    /// The last key given to a block or item: keys are never given twice in a session.
    #[serde(skip)]
    last_key: u32,
}

/// The profile file's shape (see the README's "Profile format"), every part optional while it
/// is written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftProfile {
    #[serde(default = "schema")]
    pub schema: i64,
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub name: Words,
    #[serde(default)]
    pub levels: Vec<Step>,
    #[serde(default)]
    pub blocks: Vec<Group>,
    #[serde(default)]
    pub career_levels: Vec<Career>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub career_rule: Option<Rule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub market: Option<Market>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Previous>,
}

fn schema() -> i64 {
    crate::core::profile::SUPPORTED_SCHEMA
}

/// One step of the level scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub level: u8,
    #[serde(default)]
    pub name: Words,
    #[serde(default)]
    pub descriptor: Words,
}

/// A block of items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The designer's own handle on the block, kept while it moves; not in the file.
    #[serde(skip)]
    pub key: u32,
    /// Whether the id still follows the title: a block made here, until its title is left.
    #[serde(skip)]
    pub fresh: bool,
    #[serde(default)]
    pub id: String,
    pub kind: BlockKind,
    #[serde(default)]
    pub title: Words,
    #[serde(default, skip_serializing_if = "is_false")]
    pub beyond_base_role: bool,
    #[serde(default)]
    pub items: Vec<Entry>,
}

/// An item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    #[serde(skip)]
    pub key: u32,
    /// Whether the id still follows the name: an item made here, until its name is first left.
    #[serde(skip)]
    pub fresh: bool,
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub text: Words,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<String>,
    /// The ESCO concept this item is, as its URI (kept through CASE).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub esco: Option<String>,
}

/// A career level and its typical job titles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Career {
    pub level: u8,
    #[serde(default)]
    pub name: Words,
    #[serde(default)]
    pub titles: Vec<Words>,
}

/// The career level rule as typed: a share left empty is half (`profile::CareerRule`), and a
/// rule with neither is left out of the file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_or_above: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rated: Option<u32>,
}

impl Rule {
    /// The rule as the app applies it: a share left empty is half.
    pub fn with_half(self) -> crate::core::profile::CareerRule {
        let half = crate::core::profile::CareerRule::default();
        crate::core::profile::CareerRule {
            at_or_above: self.at_or_above.unwrap_or(half.at_or_above),
            rated: self.rated.unwrap_or(half.rated),
        }
    }
}

/// The market reference, with its source and date.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Market {
    #[serde(default)]
    pub region: Words,
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub period: Words,
    #[serde(default)]
    pub source: Words,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub bands: Vec<Band>,
}

/// A salary band of the market reference.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Band {
    #[serde(default)]
    pub label: Words,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    #[serde(default)]
    pub levels: Vec<u8>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// Why a file could not be opened in the designer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// The file is no profile the app loads: what the app says of it.
    Profile(crate::core::profile::ProfileError),
    /// A translation file that does not fit the profile: what is wrong (in English: the
    /// loader says it so, for whoever maintains the file).
    Translation(String),
    /// Only translation files were chosen.
    NoProfile,
    /// A CASE package that cannot be read.
    Case(case::CaseError),
    /// A CASE package chosen with other files.
    CaseNotAlone,
}

impl OpenError {
    /// Why the file was not opened, as a clause in the user's language.
    pub fn message(&self, lang: crate::core::words::lang::Lang) -> String {
        let d = crate::core::words::texts::texts(lang).doc();
        match self {
            OpenError::Profile(error) => error.message(lang),
            OpenError::Translation(why) => {
                crate::core::words::texts::fill(d.design_open_translation, &[("why", why)])
            }
            OpenError::NoProfile => d.design_open_none.to_string(),
            OpenError::Case(error) => error.message(lang),
            OpenError::CaseNotAlone => d.design_case_alone.to_string(),
        }
    }
}

impl Draft {
    /// The draft as kept in this browser, or `None` for something that is not one.
    pub fn from_stored(json: &str) -> Option<Draft> {
        let mut draft: Draft = serde_json::from_str(json).ok()?;
        draft.number();
        Some(draft)
    }

    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Gives every block and item a key of its own, in order; what has no id yet still takes
    /// it from its name (a draft kept before its first name was given).
    fn number(&mut self) {
        self.last_key = 0;
        self.fresh = self.profile.id.is_empty();
        for group in &mut self.profile.blocks {
            self.last_key += 1;
            group.key = self.last_key;
            group.fresh = group.id.is_empty();
            for entry in &mut group.items {
                self.last_key += 1;
                entry.key = self.last_key;
                entry.fresh = entry.id.is_empty();
            }
        }
    }

    /// A key never given before.
    fn next_key(&mut self) -> u32 {
        self.last_key += 1;
        self.last_key
    }
}
