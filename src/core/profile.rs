//! The competence profile: a versioned data file (the IMA profile by default, or an
//! association's own) that lists the blocks of items, the level scale and the career levels.
//! It is parsed and validated here, so that a broken file is refused with a message that
//! names the problem instead of half-rendering.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use super::lang::Lang;

/// The profile file format this app reads. A file with another `schema` is refused.
pub const SUPPORTED_SCHEMA: u64 = 1;

/// Share links give a level three bits, so a scale may have at most seven steps.
pub const MAX_LEVELS: usize = 7;

/// A stable item id such as `skill.communication`. Ratings are saved under it, so that they
/// survive a new version of the profile.
pub type ItemId = String;

/// A text in every language of the profile, keyed by language code (`en`, `nl`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, or in English, or in whatever language the profile has: a profile
    /// without Dutch still shows its items to a Dutch user.
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .get(lang.code())
            .or_else(|| self.0.get(Lang::En.code()))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// How the items of a block are answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// Rated on the level scale (skills, characteristics).
    Rated,
    /// Held or not, and how (tasks, further responsibilities).
    Held,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: ItemId,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub id: String,
    pub kind: BlockKind,
    pub title: Text,
    /// Responsibilities beyond the base role (the IMA profile's "further tasks"): the
    /// summary lists the ones held, since they are the strongest salary argument.
    #[serde(default)]
    pub beyond_base_role: bool,
    pub items: Vec<Item>,
}

/// One step of the level scale, with what someone at that level does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LevelStep {
    pub level: u8,
    pub name: Text,
    pub descriptor: Text,
}

/// A career level and the job titles typically found at it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CareerLevel {
    pub level: u8,
    pub name: Text,
    pub titles: Vec<Text>,
}

/// One salary band of a market reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MarketBand {
    pub label: Text,
    #[serde(default)]
    pub min: Option<u32>,
    #[serde(default)]
    pub max: Option<u32>,
    /// The career levels this band is typical for, so the summary can point at one.
    #[serde(default)]
    pub levels: Vec<u8>,
}

/// Indicative market data, always with its source and date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MarketReference {
    pub region: Text,
    pub currency: String,
    pub period: Text,
    pub source: Text,
    pub date: String,
    pub bands: Vec<MarketBand>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub schema: u64,
    pub id: String,
    pub version: String,
    pub languages: Vec<String>,
    pub name: Text,
    pub levels: Vec<LevelStep>,
    pub blocks: Vec<Block>,
    #[serde(default)]
    pub career_levels: Vec<CareerLevel>,
    #[serde(default)]
    pub market: Option<MarketReference>,
    /// Item id → index of its block, built by validation.
    #[serde(skip)]
    block_of: HashMap<ItemId, usize>,
}

/// Why a profile file was refused. The messages are written for whoever maintains the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    NotJson(String),
    UnsupportedSchema(Option<u64>),
    Malformed(String),
    NoLanguages,
    NoLevels,
    TooManyLevels(usize),
    LevelsOutOfOrder { position: usize, found: u8 },
    NoBlocks,
    EmptyBlock(String),
    EmptyId { block: String },
    DuplicateBlockId(String),
    DuplicateItemId(String),
    MissingTranslation { what: String, lang: String },
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileError::NotJson(e) => write!(f, "the profile file is not valid JSON ({e})"),
            ProfileError::UnsupportedSchema(Some(v)) => write!(
                f,
                "the profile file uses format version {v}, but this app reads version {SUPPORTED_SCHEMA}"
            ),
            ProfileError::UnsupportedSchema(None) => write!(
                f,
                "the profile file has no \"schema\" number, so its format version is unknown"
            ),
            ProfileError::Malformed(e) => write!(f, "the profile file does not have the expected shape ({e})"),
            ProfileError::NoLanguages => write!(f, "the profile file lists no languages"),
            ProfileError::NoLevels => write!(f, "the profile file has no level scale"),
            ProfileError::TooManyLevels(n) => {
                write!(f, "the level scale has {n} levels; the app supports at most {MAX_LEVELS}")
            }
            ProfileError::LevelsOutOfOrder { position, found } => write!(
                f,
                "level {found} stands at position {position} of the level scale; levels must be numbered 1, 2, 3, … in order"
            ),
            ProfileError::NoBlocks => write!(f, "the profile file has no blocks of items"),
            ProfileError::EmptyBlock(id) => write!(f, "block \"{id}\" has no items"),
            ProfileError::EmptyId { block } => write!(f, "an item in block \"{block}\" has an empty id"),
            ProfileError::DuplicateBlockId(id) => {
                write!(f, "block id \"{id}\" is used twice; every block needs its own id")
            }
            ProfileError::DuplicateItemId(id) => {
                write!(f, "item id \"{id}\" is used twice; every item needs its own id")
            }
            ProfileError::MissingTranslation { what, lang } => {
                write!(f, "{what} has no text in language \"{lang}\"")
            }
        }
    }
}

impl std::error::Error for ProfileError {}

#[derive(Deserialize)]
struct SchemaOnly {
    schema: Option<serde_json::Value>,
}

impl Profile {
    /// Parses and validates a profile file.
    pub fn from_json(json: &str) -> Result<Profile, ProfileError> {
        // The schema number is read on its own first, so that a file of a future format is
        // reported as such rather than as whatever field happens to differ.
        let head: SchemaOnly =
            serde_json::from_str(json).map_err(|e| ProfileError::NotJson(e.to_string()))?;
        match head.schema.as_ref().and_then(serde_json::Value::as_u64) {
            Some(SUPPORTED_SCHEMA) => {}
            other => return Err(ProfileError::UnsupportedSchema(other)),
        }
        let mut profile: Profile =
            serde_json::from_str(json).map_err(|e| ProfileError::Malformed(e.to_string()))?;
        profile.validate()?;
        Ok(profile)
    }

    fn validate(&mut self) -> Result<(), ProfileError> {
        if self.languages.is_empty() {
            return Err(ProfileError::NoLanguages);
        }
        if self.levels.is_empty() {
            return Err(ProfileError::NoLevels);
        }
        if self.levels.len() > MAX_LEVELS {
            return Err(ProfileError::TooManyLevels(self.levels.len()));
        }
        for (index, step) in self.levels.iter().enumerate() {
            if usize::from(step.level) != index + 1 {
                return Err(ProfileError::LevelsOutOfOrder {
                    position: index + 1,
                    found: step.level,
                });
            }
        }
        if self.blocks.is_empty() {
            return Err(ProfileError::NoBlocks);
        }

        let mut block_ids = HashSet::new();
        let mut block_of = HashMap::new();
        for (index, block) in self.blocks.iter().enumerate() {
            if !block_ids.insert(block.id.as_str()) {
                return Err(ProfileError::DuplicateBlockId(block.id.clone()));
            }
            if block.items.is_empty() {
                return Err(ProfileError::EmptyBlock(block.id.clone()));
            }
            for item in &block.items {
                if item.id.trim().is_empty() {
                    return Err(ProfileError::EmptyId {
                        block: block.id.clone(),
                    });
                }
                if block_of.insert(item.id.clone(), index).is_some() {
                    return Err(ProfileError::DuplicateItemId(item.id.clone()));
                }
            }
        }

        for (what, text) in self.texts() {
            for lang in &self.languages {
                if text.0.get(lang).is_none_or(|t| t.trim().is_empty()) {
                    return Err(ProfileError::MissingTranslation {
                        what,
                        lang: lang.clone(),
                    });
                }
            }
        }

        self.block_of = block_of;
        Ok(())
    }

    /// Every translatable text with a description of where it sits, for validation.
    fn texts(&self) -> Vec<(String, &Text)> {
        let mut texts = vec![("the profile name".to_string(), &self.name)];
        for step in &self.levels {
            texts.push((format!("the name of level {}", step.level), &step.name));
            texts.push((
                format!("the descriptor of level {}", step.level),
                &step.descriptor,
            ));
        }
        for block in &self.blocks {
            texts.push((format!("the title of block \"{}\"", block.id), &block.title));
            for item in &block.items {
                texts.push((format!("item \"{}\"", item.id), &item.text));
            }
        }
        for career in &self.career_levels {
            texts.push((
                format!("the name of career level {}", career.level),
                &career.name,
            ));
            for title in &career.titles {
                texts.push((
                    format!("a job title of career level {}", career.level),
                    title,
                ));
            }
        }
        if let Some(market) = &self.market {
            texts.push(("the market reference's region".to_string(), &market.region));
            texts.push(("the market reference's period".to_string(), &market.period));
            texts.push(("the market reference's source".to_string(), &market.source));
            for band in &market.bands {
                texts.push(("a market band's label".to_string(), &band.label));
            }
        }
        texts
    }

    /// The highest level of the scale.
    pub fn top_level(&self) -> u8 {
        self.levels.last().map_or(0, |step| step.level)
    }

    /// The block that holds an item, or `None` for an item this profile does not have
    /// (a retired item, kept from an earlier profile version).
    pub fn block_of(&self, item: &str) -> Option<&Block> {
        self.block_index_of(item).map(|index| &self.blocks[index])
    }

    /// The position of an item's block in `blocks`.
    pub fn block_index_of(&self, item: &str) -> Option<usize> {
        self.block_of.get(item).copied()
    }

    pub fn has_item(&self, item: &str) -> bool {
        self.block_of.contains_key(item)
    }

    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.blocks.iter().flat_map(|block| block.items.iter())
    }

    pub fn level_step(&self, level: u8) -> Option<&LevelStep> {
        self.levels.iter().find(|step| step.level == level)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small valid profile; tests change one thing in it and expect one error.
    pub(crate) fn sample_json() -> serde_json::Value {
        let text = |en: &str, nl: &str| serde_json::json!({ "en": en, "nl": nl });
        serde_json::json!({
            "schema": 1,
            "id": "sample",
            "version": "1",
            "languages": ["en", "nl"],
            "name": text("Sample", "Voorbeeld"),
            "levels": [
                { "level": 1, "name": text("One", "Een"), "descriptor": text("Does one", "Doet een") },
                { "level": 2, "name": text("Two", "Twee"), "descriptor": text("Does two", "Doet twee") },
                { "level": 3, "name": text("Three", "Drie"), "descriptor": text("Does three", "Doet drie") }
            ],
            "blocks": [
                { "id": "tasks", "kind": "held", "title": text("Tasks", "Taken"), "items": [
                    { "id": "t1", "text": text("Plan", "Plannen") },
                    { "id": "t2", "text": text("Travel", "Reizen") }
                ]},
                { "id": "skills", "kind": "rated", "title": text("Skills", "Vaardigheden"), "items": [
                    { "id": "s1", "text": text("Writing", "Schrijven") },
                    { "id": "s2", "text": text("Planning", "Plannen") },
                    { "id": "s3", "text": text("Budgets", "Budgetten") }
                ]}
            ]
        })
    }

    pub(crate) fn sample() -> Profile {
        Profile::from_json(&sample_json().to_string()).expect("the sample profile is valid")
    }

    fn refused(json: serde_json::Value) -> ProfileError {
        Profile::from_json(&json.to_string()).expect_err("the profile should be refused")
    }

    #[test]
    fn reads_a_valid_profile() {
        let profile = sample();
        assert_eq!(profile.blocks.len(), 2);
        assert_eq!(profile.top_level(), 3);
        assert_eq!(
            profile.block_of("s2").map(|b| b.id.as_str()),
            Some("skills")
        );
        assert!(profile.block_of("gone").is_none());
        assert_eq!(profile.items().count(), 5);
    }

    #[test]
    fn texts_fall_back_to_english() {
        let mut map = BTreeMap::new();
        map.insert("en".to_string(), "Hello".to_string());
        assert_eq!(Text(map).get(Lang::Nl), "Hello");
    }

    #[test]
    fn refuses_text_that_is_not_json() {
        assert!(matches!(
            Profile::from_json("<html>404</html>"),
            Err(ProfileError::NotJson(_))
        ));
        assert!(matches!(
            Profile::from_json(""),
            Err(ProfileError::NotJson(_))
        ));
    }

    #[test]
    fn refuses_unknown_or_missing_schema() {
        let mut json = sample_json();
        json["schema"] = 2.into();
        assert_eq!(
            refused(json.clone()),
            ProfileError::UnsupportedSchema(Some(2))
        );
        json.as_object_mut().unwrap().remove("schema");
        assert_eq!(refused(json.clone()), ProfileError::UnsupportedSchema(None));
        json["schema"] = "1".into();
        assert_eq!(refused(json), ProfileError::UnsupportedSchema(None));
    }

    #[test]
    fn refuses_a_wrong_shape_with_the_field_named() {
        let mut json = sample_json();
        json["blocks"][0]["kind"] = "sometimes".into();
        let error = refused(json);
        assert!(matches!(error, ProfileError::Malformed(_)));
        assert!(error.to_string().contains("sometimes"), "{error}");
    }

    #[test]
    fn refuses_duplicate_item_ids_even_across_blocks() {
        let mut json = sample_json();
        json["blocks"][1]["items"][2]["id"] = "t1".into();
        assert_eq!(refused(json), ProfileError::DuplicateItemId("t1".into()));
    }

    #[test]
    fn refuses_duplicate_block_ids() {
        let mut json = sample_json();
        json["blocks"][1]["id"] = "tasks".into();
        assert_eq!(
            refused(json),
            ProfileError::DuplicateBlockId("tasks".into())
        );
    }

    #[test]
    fn refuses_an_empty_item_id() {
        let mut json = sample_json();
        json["blocks"][1]["items"][0]["id"] = " ".into();
        assert_eq!(
            refused(json),
            ProfileError::EmptyId {
                block: "skills".into()
            }
        );
    }

    #[test]
    fn refuses_a_missing_translation_and_names_it() {
        let mut json = sample_json();
        json["blocks"][1]["items"][1]["text"]
            .as_object_mut()
            .unwrap()
            .remove("nl");
        let error = refused(json);
        assert_eq!(
            error,
            ProfileError::MissingTranslation {
                what: "item \"s2\"".into(),
                lang: "nl".into()
            }
        );
        assert_eq!(
            error.to_string(),
            "item \"s2\" has no text in language \"nl\""
        );
    }

    #[test]
    fn refuses_a_blank_translation() {
        let mut json = sample_json();
        json["levels"][2]["descriptor"]["en"] = "  ".into();
        assert!(matches!(
            refused(json),
            ProfileError::MissingTranslation { .. }
        ));
    }

    #[test]
    fn refuses_an_empty_block() {
        let mut json = sample_json();
        json["blocks"][0]["items"] = serde_json::json!([]);
        assert_eq!(refused(json), ProfileError::EmptyBlock("tasks".into()));
    }

    #[test]
    fn refuses_no_blocks_no_levels_no_languages() {
        let mut json = sample_json();
        json["blocks"] = serde_json::json!([]);
        assert_eq!(refused(json), ProfileError::NoBlocks);
        let mut json = sample_json();
        json["levels"] = serde_json::json!([]);
        assert_eq!(refused(json), ProfileError::NoLevels);
        let mut json = sample_json();
        json["languages"] = serde_json::json!([]);
        assert_eq!(refused(json), ProfileError::NoLanguages);
    }

    #[test]
    fn refuses_more_levels_than_a_link_can_carry() {
        let mut json = sample_json();
        let step = json["levels"][0].clone();
        let levels: Vec<_> = (1..=8)
            .map(|n| {
                let mut s = step.clone();
                s["level"] = n.into();
                s
            })
            .collect();
        json["levels"] = levels.into();
        assert_eq!(refused(json), ProfileError::TooManyLevels(8));
    }

    #[test]
    fn refuses_levels_out_of_order() {
        let mut json = sample_json();
        json["levels"][1]["level"] = 3.into();
        assert_eq!(
            refused(json),
            ProfileError::LevelsOutOfOrder {
                position: 2,
                found: 3
            }
        );
    }

    #[test]
    fn every_error_message_names_what_is_wrong_and_reads_as_a_clause() {
        // (error, the detail its message must name)
        let errors = [
            (ProfileError::NotJson("EOF at 3".into()), "EOF at 3"),
            (ProfileError::UnsupportedSchema(Some(9)), "version 9"),
            (ProfileError::UnsupportedSchema(None), "no \"schema\""),
            (
                ProfileError::Malformed("unknown variant `x`".into()),
                "unknown variant `x`",
            ),
            (ProfileError::NoLanguages, "no languages"),
            (ProfileError::NoLevels, "no level scale"),
            (ProfileError::TooManyLevels(9), "9 levels"),
            (
                ProfileError::LevelsOutOfOrder {
                    position: 1,
                    found: 2,
                },
                "level 2 stands at position 1",
            ),
            (ProfileError::NoBlocks, "no blocks"),
            (
                ProfileError::EmptyBlock("skills".into()),
                "\"skills\" has no items",
            ),
            (
                ProfileError::EmptyId {
                    block: "tasks".into(),
                },
                "block \"tasks\" has an empty id",
            ),
            (
                ProfileError::DuplicateBlockId("tasks".into()),
                "\"tasks\" is used twice",
            ),
            (
                ProfileError::DuplicateItemId("s1".into()),
                "\"s1\" is used twice",
            ),
            (
                ProfileError::MissingTranslation {
                    what: "item \"s1\"".into(),
                    lang: "nl".into(),
                },
                "language \"nl\"",
            ),
        ];
        let mut seen = HashSet::new();
        for (error, detail) in errors {
            let message = error.to_string();
            assert!(
                message.contains(detail),
                "{message:?} should name {detail:?}"
            );
            // Shown after "The competence profile could not be loaded:", so a lower-case clause.
            assert!(
                message.starts_with(|c: char| c.is_lowercase()),
                "{message:?}"
            );
            assert!(
                seen.insert(message.clone()),
                "two errors read the same: {message:?}"
            );
        }
    }
}
