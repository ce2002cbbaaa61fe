//! The competence profile: a versioned data file (the IMA profile by default, or an
//! association's own) that lists the blocks of items, the level scale and the career levels.
//! It is parsed and validated here, so that a broken file is refused with a message that
//! names the problem instead of half-rendering.

use std::collections::HashMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::core::formats::shape::{self, Expected, Pairs, ShapeError};
use crate::core::words::lang::Lang;
use crate::core::words::texts::{fill, texts};

/// The profile file format this app reads. A file with another `schema` is refused.
pub const SUPPORTED_SCHEMA: i64 = 1;

/// Share links give a level three bits, so a scale may have at most seven steps.
pub const MAX_LEVELS: usize = 7;

/// Longest item or block id.
pub const MAX_ID: usize = 200;

/// A stable item id such as `skill.communication`. Ratings are saved under it, so that they
/// survive a new version of the profile.
pub type ItemId = String;

/// A text in every language of the profile, as (language code, text) pairs, in the file's
/// order: `{"en": "Communication", "nl": "Communicatie"}`; and the text in the languages a
/// translation file added since (see `profile::translation`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Text(pub Vec<(String, String)>, pub(crate) Added);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        Pairs::deserialize(deserializer).map(|pairs| Text::new(pairs.0))
    }
}

impl Text {
    pub fn new(pairs: Vec<(String, String)>) -> Text {
        Text(pairs, Added::default())
    }

    /// The text in `lang`, or in English, or in whatever language the profile has: a profile
    /// without Dutch still shows its items to a Dutch user.
    pub fn get(&self, lang: Lang) -> &str {
        let find = |code: &str| self.0.iter().find(|(c, _)| c == code).map(|(_, t)| t);
        find(lang.code())
            .or_else(|| self.1.get(lang))
            .or_else(|| find(Lang::En.code()))
            .or_else(|| self.0.first().map(|(_, t)| t))
            .map_or("", String::as_str)
    }

    fn has(&self, code: &str) -> bool {
        self.0
            .iter()
            .any(|(c, t)| c == code && !t.trim().is_empty())
    }
}

/// An item as a message names it: by its text in the reader's language when the profile has
/// the item (the user knows "Take minutes and follow up on actions", not "task.minutes"), else
/// by its id as it came, shortened (a retired item, or one a hostile file made up).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ItemName {
    pub id: String,
    pub text: Option<Text>,
}

impl ItemName {
    /// An item the profile does not have: named by its id.
    pub fn unknown(id: &str) -> ItemName {
        ItemName {
            id: id.to_string(),
            text: None,
        }
    }

    pub fn shown(&self, lang: Lang) -> String {
        match &self.text {
            Some(text) => text.get(lang).to_string(),
            None => crate::core::words::texts::shown(&self.id),
        }
    }
}

/// How the items of a block are answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Rated on the level scale (skills, characteristics).
    Rated,
    /// Held or not, and how (tasks, further responsibilities).
    Held,
}

// The file's shape (see the README's "Profile format"). A list left out or `null` reads as
// empty, and validation then says what is missing in words; levels are read as any byte, and
// validation checks them against the scale.

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Item {
    pub id: ItemId,
    pub text: Text,
    /// The items of the previous version this one takes the place of: one for a rename (a new
    /// id), several for a merge; one old item named by several new ones is a split. Members'
    /// answers are carried over by it (see `core::answers::versions`).
    #[serde(default)]
    pub replaces: Vec<ItemId>,
    /// The ESCO concept this item is, as its URI: kept for the CASE packages the designer
    /// writes (`core::design::case`).
    #[serde(default)]
    pub esco: Option<String>,
}

/// The version this one follows, and its items: what a member's answers of that version are
/// carried over from.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Previous {
    pub version: String,
    #[serde(default)]
    pub items: Vec<ItemId>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Block {
    pub id: String,
    pub kind: BlockKind,
    pub title: Text,
    /// Responsibilities beyond the base role (the IMA profile's "further tasks"): the
    /// summary lists the ones held, since they are the strongest salary argument.
    #[serde(default)]
    pub beyond_base_role: bool,
    #[serde(default)]
    pub items: Vec<Item>,
}

/// One step of the level scale, with what someone at that level does.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LevelStep {
    pub level: u8,
    pub name: Text,
    pub descriptor: Text,
}

/// A career level and the job titles typically found at it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CareerLevel {
    pub level: u8,
    pub name: Text,
    #[serde(default)]
    pub titles: Vec<Text>,
}

/// The rule for the career level the ratings support, as two shares in percent: a level is
/// supported when at least `at_or_above` percent of the rated skills and characteristics stand
/// at it or above, and claimed (no longer provisional) once at least `rated` percent of all of
/// them are rated. Half and half unless the profile says otherwise (`core::computed::summary`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub struct CareerRule {
    #[serde(default = "half")]
    pub at_or_above: u32,
    #[serde(default = "half")]
    pub rated: u32,
}

/// The share both parts of the rule take unless a profile says otherwise.
pub const HALF: u32 = 50;

fn half() -> u32 {
    HALF
}

impl Default for CareerRule {
    fn default() -> CareerRule {
        CareerRule {
            at_or_above: HALF,
            rated: HALF,
        }
    }
}

impl CareerRule {
    /// The shares out of range (each must be a percentage from 1 to 100), with their values.
    pub fn bad_shares(&self) -> Vec<(Share, u32)> {
        [
            (Share::AtOrAbove, self.at_or_above),
            (Share::Rated, self.rated),
        ]
        .into_iter()
        .filter(|(_, value)| !(1..=100).contains(value))
        .collect()
    }
}

/// A part of the career level rule, for the message about a share out of range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Share {
    AtOrAbove,
    Rated,
}

/// One salary band of a market reference.
#[derive(Debug, Clone, PartialEq, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MarketReference {
    pub region: Text,
    pub currency: String,
    pub period: Text,
    pub source: Text,
    pub date: String,
    #[serde(default)]
    pub bands: Vec<MarketBand>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Profile {
    pub id: String,
    pub version: String,
    #[serde(default)]
    pub languages: Vec<String>,
    pub name: Text,
    #[serde(default)]
    pub levels: Vec<LevelStep>,
    #[serde(default)]
    pub blocks: Vec<Block>,
    #[serde(default)]
    pub career_levels: Vec<CareerLevel>,
    /// The rule for the career level; `None` is half and half ([`Profile::career_rule`]).
    #[serde(default)]
    pub career_rule: Option<CareerRule>,
    #[serde(default)]
    pub market: Option<MarketReference>,
    /// The version this one follows, for carrying members' answers over.
    #[serde(default)]
    pub previous: Option<Previous>,
    /// Item id → (position among all items, index of its block, position in the block),
    /// built by validation.
    #[serde(skip)]
    index: HashMap<ItemId, (usize, usize, usize)>,
    /// Item ids in profile order.
    #[serde(skip)]
    order: Vec<ItemId>,
    /// The languages translation files added (see `translation`).
    #[serde(skip)]
    translated: translation::Translated,
}

/// Where in a profile file a text sits, for the message about a missing translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    ProfileName,
    LevelName(u8),
    LevelDescriptor(u8),
    BlockTitle(String),
    Item(String),
    CareerName(u8),
    CareerTitle(u8),
    Market,
}

/// Why a profile file was refused. The messages are written for whoever maintains the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    /// Not JSON; reading stopped at this line and column.
    NotJson {
        line: usize,
        column: usize,
    },
    UnsupportedSchema(Option<i64>),
    /// Not the profile's shape: where, and what was expected there, once diagnosed (see
    /// [`Profile::diagnose`]).
    Malformed(Option<ShapeError>),
    NoLanguages,
    NoLevels,
    TooManyLevels(usize),
    LevelsOutOfOrder {
        position: usize,
        found: u8,
    },
    NoBlocks,
    EmptyBlock(String),
    BadId {
        block: String,
    },
    DuplicateBlockId(String),
    DuplicateItemId(String),
    /// An item replaces others, but the profile names no previous version.
    ReplacesWithoutPrevious(String),
    /// An item replaces one that the previous version does not list.
    ReplacesUnknown {
        item: String,
        old: String,
    },
    /// `previous` names this very version, or no version, or an item id that cannot be one.
    BadPrevious,
    /// An item's `esco` is not the URI of an ESCO concept.
    NotEsco(String),
    /// A share of the career level rule is not a percentage from 1 to 100.
    BadShare {
        share: Share,
        value: u32,
    },
    MissingTranslation {
        place: Place,
        lang: String,
    },
}

impl Place {
    fn describe(&self, lang: Lang) -> String {
        let t = texts(lang);
        let (template, value) = match self {
            Place::ProfileName => (t.place_profile_name, String::new()),
            Place::LevelName(n) => (t.place_level_name, n.to_string()),
            Place::LevelDescriptor(n) => (t.place_level_descriptor, n.to_string()),
            Place::BlockTitle(id) => (t.place_block_title, shortened(id)),
            Place::Item(id) => (t.place_item, shortened(id)),
            Place::CareerName(n) => (t.place_career_name, n.to_string()),
            Place::CareerTitle(n) => (t.place_career_title, n.to_string()),
            Place::Market => (t.place_market, String::new()),
        };
        fill(template, &[("x", &value)])
    }
}

/// An id from the file as a message quotes it: cut after 40 characters, so that a file with a
/// huge id still gets a sentence that fits on the screen.
fn shortened(id: &str) -> String {
    const KEEP: usize = 40;
    match id.char_indices().nth(KEEP) {
        Some((cut, _)) => format!("{}…", &id[..cut]),
        None => id.to_string(),
    }
}

/// "a whole number", "one of “rated”, “held”": what a value should have been.
pub fn describe_expected(expected: &Expected, lang: Lang) -> String {
    let t = texts(lang);
    match expected {
        Expected::Text => t.expect_text.to_string(),
        Expected::WholeNumber => t.expect_number.to_string(),
        Expected::YesNo => t.expect_yes_no.to_string(),
        Expected::List => t.expect_list.to_string(),
        Expected::Object => t.expect_object.to_string(),
        Expected::Present => t.expect_present.to_string(),
        Expected::Other => t.expect_other.to_string(),
        Expected::OneOf(words) => {
            let quoted: Vec<String> = words
                .iter()
                .map(|w| format!("“{}”", shortened(w)))
                .collect();
            fill(t.expect_one_of, &[("words", &quoted.join(", "))])
        }
    }
}

/// "blocks[2].kind: one of “rated”, “held” was expected"
pub fn describe_shape(error: &ShapeError, lang: Lang) -> String {
    fill(
        texts(lang).shape_error,
        &[
            ("path", &shortened(&error.path)),
            ("expected", &describe_expected(&error.expected, lang)),
        ],
    )
}

impl ProfileError {
    /// A clause for "The competence profile could not be loaded: …", in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let t = texts(lang);
        let one = |template: &str, value: &str| fill(template, &[("x", value)]);
        let id = |template: &str, value: &str| one(template, &shortened(value));
        match self {
            ProfileError::NotJson { line, column } => fill(
                t.profile_not_json,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            ProfileError::UnsupportedSchema(Some(v)) => fill(
                t.profile_schema,
                &[
                    ("x", &v.to_string()),
                    ("ours", &SUPPORTED_SCHEMA.to_string()),
                ],
            ),
            ProfileError::UnsupportedSchema(None) => t.profile_no_schema.to_string(),
            ProfileError::Malformed(Some(shape)) => {
                one(t.profile_malformed, &describe_shape(shape, lang))
            }
            ProfileError::Malformed(None) => t.profile_malformed_unsaid.to_string(),
            ProfileError::NoLanguages => t.profile_no_languages.to_string(),
            ProfileError::NoLevels => t.profile_no_levels.to_string(),
            ProfileError::TooManyLevels(n) => fill(
                t.profile_too_many_levels,
                &[("x", &n.to_string()), ("max", &MAX_LEVELS.to_string())],
            ),
            ProfileError::LevelsOutOfOrder { position, found } => fill(
                t.profile_levels_order,
                &[
                    ("x", &found.to_string()),
                    ("position", &position.to_string()),
                ],
            ),
            ProfileError::NoBlocks => t.profile_no_blocks.to_string(),
            ProfileError::EmptyBlock(block) => id(t.profile_empty_block, block),
            ProfileError::BadId { block } => id(t.profile_bad_id, block),
            ProfileError::DuplicateBlockId(block) => id(t.profile_duplicate_block, block),
            ProfileError::DuplicateItemId(item) => id(t.profile_duplicate_item, item),
            ProfileError::NotEsco(item) => id(t.profile_not_esco, item),
            ProfileError::ReplacesWithoutPrevious(item) => {
                id(t.profile_replaces_without_previous, item)
            }
            ProfileError::ReplacesUnknown { item, old } => fill(
                t.profile_replaces_unknown,
                &[("x", &shortened(item)), ("old", &shortened(old))],
            ),
            ProfileError::BadPrevious => t.profile_bad_previous.to_string(),
            ProfileError::BadShare { share, value } => one(
                match share {
                    Share::AtOrAbove => t.profile_share_at_or_above,
                    Share::Rated => t.profile_share_rated,
                },
                &value.to_string(),
            ),
            ProfileError::MissingTranslation { place, lang: code } => fill(
                t.profile_missing_translation,
                &[("x", &place.describe(lang)), ("lang", &shortened(code))],
            ),
        }
    }
}

/// Why a profile file could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchFailure {
    /// No answer at all: offline, or blocked.
    Offline,
    /// The server answered with this HTTP status.
    Status(u16),
    Unreadable,
}

/// Why the app has no profile to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Fetch { url: String, failure: FetchFailure },
    Invalid(ProfileError),
}

impl LoadError {
    pub fn message(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            LoadError::Fetch { url, failure } => match failure {
                FetchFailure::Offline => fill(t.fetch_offline, &[("x", url)]),
                FetchFailure::Status(status) => fill(
                    t.fetch_status,
                    &[("x", url), ("status", &status.to_string())],
                ),
                FetchFailure::Unreadable => fill(t.fetch_unreadable, &[("x", url)]),
            },
            LoadError::Invalid(error) => error.message(lang),
        }
    }
}

/// An id that can stand in markup and links: not blank, no spaces, not too long.
/// True when `uri` names a concept of ESCO, the European skills classification.
pub fn is_esco_concept(uri: &str) -> bool {
    [
        "http://data.europa.eu/esco/",
        "https://data.europa.eu/esco/",
    ]
    .iter()
    .any(|base| uri.len() > base.len() && uri.starts_with(base))
        && !uri.chars().any(char::is_whitespace)
}

pub fn is_good_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= MAX_ID && !id.chars().any(char::is_whitespace)
}

impl Profile {
    /// Parses and validates a profile file. A file that does not have the profile's shape is
    /// refused as `Malformed(None)`: where it goes wrong is [`Profile::diagnose`]'s to say, by
    /// reading it again with the path tracked — code the app loads only when it needs it.
    pub fn from_json(text: &str) -> Result<Profile, ProfileError> {
        Profile::check_head(text)?;
        let mut profile: Profile = serde_json::from_str(text).map_err(|e| {
            if e.is_syntax() || e.is_eof() {
                ProfileError::NotJson {
                    line: e.line(),
                    column: e.column(),
                }
            } else {
                ProfileError::Malformed(None)
            }
        })?;
        profile.validate()?;
        Ok(profile)
    }

    /// What is wrong with a profile file, in full: for a file of the wrong shape, the path of
    /// the value and what was expected there.
    pub fn diagnose(text: &str) -> ProfileError {
        if let Err(error) = Profile::check_head(text) {
            return error;
        }
        match shape::read::<Profile>(text) {
            Err(shape::ReadError::NotJson { line, column }) => {
                ProfileError::NotJson { line, column }
            }
            Err(shape::ReadError::Shape(shape)) => ProfileError::Malformed(Some(shape)),
            Ok(mut profile) => match profile.validate() {
                Err(error) => error,
                Ok(()) => ProfileError::Malformed(None),
            },
        }
    }

    /// The schema number is read on its own first, so that a file of a future format is
    /// reported as such rather than as whatever field happens to differ.
    fn check_head(text: &str) -> Result<(), ProfileError> {
        #[derive(Deserialize)]
        struct Head {
            #[serde(default)]
            schema: shape::Number,
        }
        let not_json = |e: serde_json::Error| ProfileError::NotJson {
            line: e.line(),
            column: e.column(),
        };
        // Only an object is a profile (serde would read a list as the fields in order).
        if !text.trim_start().starts_with('{') {
            return Err(match serde_json::from_str::<serde::de::IgnoredAny>(text) {
                Err(e) => not_json(e),
                Ok(_) => ProfileError::UnsupportedSchema(None),
            });
        }
        let head: Head = serde_json::from_str(text).map_err(|e| {
            if e.is_syntax() || e.is_eof() {
                not_json(e)
            } else {
                ProfileError::UnsupportedSchema(None)
            }
        })?;
        if head.schema.0 != Some(SUPPORTED_SCHEMA) {
            return Err(ProfileError::UnsupportedSchema(head.schema.0));
        }
        Ok(())
    }

    fn validate(&mut self) -> Result<(), ProfileError> {
        if let Some(first) = self.check(false).into_iter().next() {
            return Err(first);
        }
        let mut index = HashMap::new();
        let mut order = Vec::new();
        for (block_index, block) in self.blocks.iter().enumerate() {
            for (within, item) in block.items.iter().enumerate() {
                index.insert(item.id.clone(), (order.len(), block_index, within));
                order.push(item.id.clone());
            }
        }
        self.index = index;
        self.order = order;
        Ok(())
    }

    /// Every problem of a profile file, in file order, with the same messages as the loader's
    /// refusal (which is the first of them): what the profile designer shows beside each field.
    pub fn problems_of(text: &str) -> Vec<ProfileError> {
        if let Err(error) = Profile::check_head(text) {
            return vec![error];
        }
        match shape::read::<Profile>(text) {
            Err(shape::ReadError::NotJson { line, column }) => {
                vec![ProfileError::NotJson { line, column }]
            }
            Err(shape::ReadError::Shape(shape)) => vec![ProfileError::Malformed(Some(shape))],
            Ok(profile) => profile.check(true),
        }
    }

    /// The problems of the profile: the first only (the loader's refusal), or all of them.
    fn check(&self, all: bool) -> Vec<ProfileError> {
        let mut problems = Vec::new();
        macro_rules! found {
            ($problem:expr) => {{
                problems.push($problem);
                if !all {
                    return problems;
                }
            }};
        }
        if self.languages.is_empty() {
            found!(ProfileError::NoLanguages);
        }
        if self.levels.is_empty() {
            found!(ProfileError::NoLevels);
        }
        if self.levels.len() > MAX_LEVELS {
            found!(ProfileError::TooManyLevels(self.levels.len()));
        }
        if let Some((index, step)) = self
            .levels
            .iter()
            .enumerate()
            .find(|(index, step)| usize::from(step.level) != index + 1)
        {
            found!(ProfileError::LevelsOutOfOrder {
                position: index + 1,
                found: step.level,
            });
        }
        if self.blocks.is_empty() {
            found!(ProfileError::NoBlocks);
        }

        let mut item_ids: Vec<&str> = Vec::new();
        let mut block_ids: Vec<&str> = Vec::new();
        for block in &self.blocks {
            if !is_good_id(&block.id) {
                found!(ProfileError::BadId {
                    block: block.id.clone(),
                });
            } else if block_ids.contains(&block.id.as_str()) {
                found!(ProfileError::DuplicateBlockId(block.id.clone()));
            }
            block_ids.push(&block.id);
            if block.items.is_empty() {
                found!(ProfileError::EmptyBlock(block.id.clone()));
            }
            for item in &block.items {
                if !is_good_id(&item.id) {
                    found!(ProfileError::BadId {
                        block: block.id.clone(),
                    });
                } else if item_ids.contains(&item.id.as_str()) {
                    found!(ProfileError::DuplicateItemId(item.id.clone()));
                }
                if item
                    .esco
                    .as_deref()
                    .is_some_and(|uri| !is_esco_concept(uri))
                {
                    found!(ProfileError::NotEsco(item.id.clone()));
                }
                item_ids.push(&item.id);
            }
        }

        for (share, value) in self.career_rule().bad_shares() {
            found!(ProfileError::BadShare { share, value });
        }

        for problem in self.check_previous(all) {
            found!(problem);
        }

        // Checked without naming each place: only a missing text needs its place described.
        let complete = |text: &Text| self.languages.iter().all(|lang| text.has(lang));
        let all_items_complete = self.blocks.iter().all(|block| {
            complete(&block.title) && block.items.iter().all(|item| complete(&item.text))
        });
        let levels_complete = self
            .levels
            .iter()
            .all(|s| complete(&s.name) && complete(&s.descriptor));
        let texts = if all_items_complete && levels_complete {
            self.texts_beyond_items()
        } else {
            self.texts()
        };
        for (place, text) in texts {
            for lang in self.languages.iter().filter(|lang| !text.has(lang)) {
                found!(ProfileError::MissingTranslation {
                    place: place.clone(),
                    lang: lang.clone(),
                });
            }
        }
        problems
    }

    /// What an item may say it replaces: items the previous version, which must be named, lists.
    fn check_previous(&self, all: bool) -> Vec<ProfileError> {
        let mut problems = Vec::new();
        if let Some(previous) = &self.previous {
            let version = previous.version.trim();
            if version.is_empty()
                || version == self.version.trim()
                || previous.items.iter().any(|id| !is_good_id(id))
            {
                problems.push(ProfileError::BadPrevious);
            }
        }
        for item in self.items().filter(|item| !item.replaces.is_empty()) {
            if !all && !problems.is_empty() {
                break;
            }
            let Some(previous) = &self.previous else {
                problems.push(ProfileError::ReplacesWithoutPrevious(item.id.clone()));
                continue;
            };
            if let Some(old) = item
                .replaces
                .iter()
                .find(|old| !previous.items.contains(old))
            {
                problems.push(ProfileError::ReplacesUnknown {
                    item: item.id.clone(),
                    old: old.clone(),
                });
            }
        }
        problems
    }

    /// The translatable texts other than the levels and blocks (a few), with where they sit.
    fn texts_beyond_items(&self) -> Vec<(Place, &Text)> {
        let mut texts = vec![(Place::ProfileName, &self.name)];
        for career in &self.career_levels {
            texts.push((Place::CareerName(career.level), &career.name));
            for title in &career.titles {
                texts.push((Place::CareerTitle(career.level), title));
            }
        }
        if let Some(market) = &self.market {
            texts.push((Place::Market, &market.region));
            texts.push((Place::Market, &market.period));
            texts.push((Place::Market, &market.source));
            for band in &market.bands {
                texts.push((Place::Market, &band.label));
            }
        }
        texts
    }

    /// Every translatable text with where it sits, in file order: to name the first one that
    /// lacks a language.
    fn texts(&self) -> Vec<(Place, &Text)> {
        let mut beyond = self.texts_beyond_items().into_iter();
        // The profile's name comes first, the career levels and the market after the blocks.
        let mut texts: Vec<_> = beyond.next().into_iter().collect();
        for step in &self.levels {
            texts.push((Place::LevelName(step.level), &step.name));
            texts.push((Place::LevelDescriptor(step.level), &step.descriptor));
        }
        for block in &self.blocks {
            texts.push((Place::BlockTitle(block.id.clone()), &block.title));
            for item in &block.items {
                texts.push((Place::Item(item.id.clone()), &item.text));
            }
        }
        texts.extend(beyond);
        texts
    }

    /// Whether something made with `made` was made with the version this one follows (see
    /// `core::answers::versions`).
    pub fn follows(&self, made: &crate::core::formats::shared::ProfileRef) -> bool {
        made.id == self.id
            && self
                .previous
                .as_ref()
                .is_some_and(|previous| previous.version == made.version)
    }

    /// The rule for the career level the ratings support.
    pub fn career_rule(&self) -> CareerRule {
        self.career_rule.unwrap_or_default()
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
        self.index.get(item).map(|&(_, block, _)| block)
    }

    /// The position of an item among all items, in profile order.
    pub fn position_of(&self, item: &str) -> Option<usize> {
        self.index.get(item).map(|&(position, _, _)| position)
    }

    /// The id of the item at `position`.
    pub fn item_at(&self, position: usize) -> Option<&str> {
        self.order.get(position).map(String::as_str)
    }

    pub fn item_count(&self) -> usize {
        self.order.len()
    }

    pub fn has_item(&self, item: &str) -> bool {
        self.index.contains_key(item)
    }

    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.blocks.iter().flat_map(|block| block.items.iter())
    }

    /// The item's text in `lang`, or its id for an item this profile does not have.
    pub fn item_name<'a>(&'a self, item: &'a str, lang: Lang) -> &'a str {
        match self.index.get(item) {
            Some(&(_, block, within)) => self.blocks[block].items[within].text.get(lang),
            None => item,
        }
    }

    /// An item as a message names it (see [`ItemName`]).
    pub fn name_of(&self, item: &str) -> ItemName {
        ItemName {
            id: item.to_string(),
            text: self
                .index
                .get(item)
                .map(|&(_, block, within)| self.blocks[block].items[within].text.clone()),
        }
    }

    pub fn level_step(&self, level: u8) -> Option<&LevelStep> {
        self.levels.iter().find(|step| step.level == level)
    }

    /// Is this the kind of answer the item takes? (Items the profile does not have may hold any.)
    pub fn kind_of(&self, item: &str) -> Option<BlockKind> {
        self.block_of(item).map(|block| block.kind)
    }
}

#[cfg(test)]
pub(crate) mod tests;
pub mod translation;

use translation::Added;
