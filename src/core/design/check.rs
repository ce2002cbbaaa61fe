//! What is wrong with a draft, field by field: the loader's own check of the profile file the
//! draft exports (every problem, not only the first), each placed beside the field it is about,
//! and the texts the translation files would lack. An item or block with no name yet has no id
//! either: it is said once, as a name to give, instead of as a bad id and a missing text.

use super::{Draft, Words};
use crate::core::profile::{is_good_id, Place, Profile, ProfileError};
use crate::core::words::lang::Lang;
use crate::core::words::texts::texts;

/// The field of the designer a problem is shown beside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The file as a whole (what no single field causes).
    Whole,
    Id,
    Version,
    Name,
    Languages,
    Levels,
    Level(u8),
    Blocks,
    /// A block, by its key.
    Block(u32),
    /// An item, by its key.
    Item(u32),
    Career(u8),
    /// The career level rule's shares.
    Rule,
    Market,
    Previous,
}

/// One thing to mend before the profile can be exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: Field,
    pub message: String,
}

enum Why {
    Profile(ProfileError),
    NoName,
    BadProfileId,
    NoVersion,
}

impl Draft {
    /// Every problem of the draft, in the order of the page, in the user's language.
    pub fn check(&self, lang: Lang) -> Vec<Problem> {
        self.problems()
            .into_iter()
            .map(|(field, why)| Problem {
                field,
                message: match why {
                    Why::Profile(error) => error.message(lang),
                    Why::NoName => texts(lang).doc().design_needs_name.to_string(),
                    Why::BadProfileId => texts(lang).doc().design_bad_id.to_string(),
                    Why::NoVersion => texts(lang).doc().design_no_version.to_string(),
                },
            })
            .collect()
    }

    /// Whether the profile can be exported as it is.
    pub fn is_ready(&self) -> bool {
        self.problems().is_empty()
    }

    fn problems(&self) -> Vec<(Field, Why)> {
        let mut found = Vec::new();
        if !is_good_id(&self.profile.id) {
            found.push((Field::Id, Why::BadProfileId));
        }
        if self.profile.version.trim().is_empty() {
            found.push((Field::Version, Why::NoVersion));
        }
        let unnamed = |id: &str| id.is_empty();
        for group in &self.profile.blocks {
            if unnamed(&group.id) {
                found.push((Field::Block(group.key), Why::NoName));
            }
            for entry in group.items.iter().filter(|e| unnamed(&e.id)) {
                found.push((Field::Item(entry.key), Why::NoName));
            }
        }
        for error in Profile::problems_of(&self.profile_file()) {
            if let Some(field) = self.field_of(&error) {
                found.push((field, Why::Profile(error)));
            }
        }
        for lang in &self.translated {
            for (place, field, words) in self.placed_texts() {
                if words.get(lang).trim().is_empty() && !self.is_unnamed(field) {
                    let missing = ProfileError::MissingTranslation {
                        place,
                        lang: lang.clone(),
                    };
                    found.push((field, Why::Profile(missing)));
                }
            }
        }
        found
    }

    /// A block or item with no id yet (and so no name): said once, as [`Why::NoName`].
    fn is_unnamed(&self, field: Field) -> bool {
        match field {
            Field::Block(key) => self.group(key).is_some_and(|g| g.id.is_empty()),
            Field::Item(key) => self.entry(key).is_some_and(|e| e.id.is_empty()),
            _ => false,
        }
    }

    /// The field a problem of the exported file is about; `None` for one already said as a
    /// name to give.
    fn field_of(&self, error: &ProfileError) -> Option<Field> {
        let blocks = &self.profile.blocks;
        let block = |id: &str| {
            blocks
                .iter()
                .find(|g| g.id == id)
                .map(|g| Field::Block(g.key))
        };
        let last_block = |id: &str| {
            blocks
                .iter()
                .rfind(|g| g.id == id)
                .map(|g| Field::Block(g.key))
        };
        let items = || blocks.iter().flat_map(|g| g.items.iter());
        let item = |id: &str| items().find(|e| e.id == id).map(|e| Field::Item(e.key));
        let field = match error {
            ProfileError::NotJson { .. }
            | ProfileError::UnsupportedSchema(_)
            | ProfileError::Malformed(_) => Some(Field::Whole),
            ProfileError::NoLanguages => Some(Field::Languages),
            ProfileError::NoLevels
            | ProfileError::TooManyLevels(_)
            | ProfileError::LevelsOutOfOrder { .. } => Some(Field::Levels),
            ProfileError::NoBlocks => Some(Field::Blocks),
            ProfileError::EmptyBlock(id) => block(id),
            // A bad id is the block's, or an item's of that block; an empty one was said.
            ProfileError::BadId { block: id } => {
                let group = blocks.iter().find(|g| g.id == *id)?;
                if !is_good_id(&group.id) {
                    Some(Field::Block(group.key))
                } else {
                    group
                        .items
                        .iter()
                        .find(|e| !is_good_id(&e.id))
                        .map(|e| Field::Item(e.key))
                }
            }
            ProfileError::DuplicateBlockId(id) => last_block(id),
            ProfileError::DuplicateItemId(id) => {
                items().rfind(|e| e.id == *id).map(|e| Field::Item(e.key))
            }
            ProfileError::ReplacesWithoutPrevious(id)
            | ProfileError::ReplacesUnknown { item: id, .. }
            | ProfileError::NotEsco(id) => item(id),
            ProfileError::BadPrevious => Some(Field::Previous),
            ProfileError::BadShare { .. } => Some(Field::Rule),
            ProfileError::MissingTranslation { place, .. } => match place {
                Place::ProfileName => Some(Field::Name),
                Place::LevelName(n) | Place::LevelDescriptor(n) => Some(Field::Level(*n)),
                Place::BlockTitle(id) => block(id),
                Place::Item(id) => item(id),
                Place::CareerName(n) | Place::CareerTitle(n) => Some(Field::Career(*n)),
                Place::Market => Some(Field::Market),
            },
        };
        field.filter(|&field| !self.is_unnamed(field))
    }

    /// Every text of the draft with where it sits and the field it is typed in.
    fn placed_texts(&self) -> Vec<(Place, Field, &Words)> {
        let p = &self.profile;
        let mut texts = vec![(Place::ProfileName, Field::Name, &p.name)];
        for step in &p.levels {
            let field = Field::Level(step.level);
            texts.push((Place::LevelName(step.level), field, &step.name));
            texts.push((Place::LevelDescriptor(step.level), field, &step.descriptor));
        }
        for group in &p.blocks {
            let title = Place::BlockTitle(group.id.clone());
            texts.push((title, Field::Block(group.key), &group.title));
            for entry in &group.items {
                texts.push((
                    Place::Item(entry.id.clone()),
                    Field::Item(entry.key),
                    &entry.text,
                ));
            }
        }
        for career in &p.career_levels {
            let field = Field::Career(career.level);
            texts.push((Place::CareerName(career.level), field, &career.name));
            for title in &career.titles {
                texts.push((Place::CareerTitle(career.level), field, title));
            }
        }
        if let Some(market) = &p.market {
            for words in [&market.region, &market.period, &market.source] {
                texts.push((Place::Market, Field::Market, words));
            }
            for band in &market.bands {
                texts.push((Place::Market, Field::Market, &band.label));
            }
        }
        texts
    }
}
