//! A profile in another language: a translation file beside the profile (`ima-msp.de.json`
//! beside `ima-msp.json`) holds every text of the profile in one language, keyed by where the
//! text sits. The page fetches it only for the language in use, and it is added to the loaded
//! profile in place (the profile is shared by the whole page): so an association adds a
//! language to its profile by adding a file, and a visitor downloads only their language.
//!
//! ```json
//! {"profile": "ima-msp", "version": "2023.1", "language": "de", "reviewed": false,
//!  "texts": {"name": "…", "levels.1.name": "…", "levels.1.descriptor": "…",
//!            "blocks.skills.title": "…", "items.skill.communication": "…",
//!            "career_levels.1.name": "…", "career_levels.1.titles.1": "…",
//!            "market.region": "…", "market.period": "…", "market.source": "…",
//!            "market.bands.1.label": "…"}}
//! ```
//! `reviewed: false` marks a translation the profile's owner has not reviewed yet; the app
//! says so beside the items. A file that lacks a text, names one the profile does not have, or
//! is for another profile or version is refused as a whole.

use std::sync::OnceLock;

use serde::Deserialize;

use super::{Profile, Text};
use crate::core::formats::shape::Pairs;
use crate::core::words::lang::Lang;

/// The texts a translation added to one text of the profile, one slot per language. Set once,
/// through a shared reference: the profile lives as long as the page and every view holds it.
#[derive(Debug, Clone, Default)]
pub struct Added(Box<[OnceLock<String>; Lang::ALL.len()]>);

impl Added {
    pub(super) fn get(&self, lang: Lang) -> Option<&String> {
        self.0[lang.index()].get()
    }
}

// Two texts are the same whatever was added to them: the added texts come from a file of their
// own, not from the profile.
impl PartialEq for Added {
    fn eq(&self, _: &Added) -> bool {
        true
    }
}

impl Eq for Added {}

impl std::hash::Hash for Added {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

/// Which languages a translation was added in, and whether it was reviewed.
#[derive(Debug, Clone, Default)]
pub struct Translated([OnceLock<bool>; Lang::ALL.len()]);

impl PartialEq for Translated {
    fn eq(&self, _: &Translated) -> bool {
        true
    }
}

/// A translation file, as read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Translation {
    profile: String,
    version: String,
    language: String,
    #[serde(default)]
    reviewed: bool,
    texts: Pairs,
}

/// Why a translation file was not used. Said on the console, for whoever maintains the file;
/// the visitor sees the profile in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationError(pub String);

impl Profile {
    /// The file name of the profile's translation into `lang`, given the profile's own:
    /// `profiles/ima-msp.json` → `profiles/ima-msp.de.json`.
    pub fn translation_url(url: &str, lang: Lang) -> String {
        let stem = url.strip_suffix(".json").unwrap_or(url);
        format!("{stem}.{}.json", lang.code())
    }

    /// Whether the profile shows its own texts in `lang` (or those of a translation already
    /// added), so that no translation needs fetching.
    pub fn speaks(&self, lang: Lang) -> bool {
        self.languages.iter().any(|code| code == lang.code())
            || self.translated.0[lang.index()].get().is_some()
    }

    /// Whether the profile's texts in `lang` are its owner's own or a reviewed translation. A
    /// language the profile lacks is shown in English, and so reads as reviewed.
    pub fn is_reviewed(&self, lang: Lang) -> bool {
        self.translated.0[lang.index()]
            .get()
            .copied()
            .unwrap_or(true)
    }

    /// Adds the translation in `json` to the profile, for `lang`. Either every text is added
    /// or none.
    pub fn add_translation(&self, lang: Lang, json: &str) -> Result<(), TranslationError> {
        let problem = |text: String| Err(TranslationError(text));
        let file: Translation =
            serde_json::from_str(json).map_err(|error| TranslationError(error.to_string()))?;
        if file.profile != self.id || file.version != self.version {
            return problem(format!(
                "it is for {} {}, not for {} {}",
                file.profile, file.version, self.id, self.version
            ));
        }
        if file.language != lang.code() {
            return problem(format!(
                "it is in \"{}\", not in \"{}\"",
                file.language,
                lang.code()
            ));
        }
        if self.speaks(lang) {
            return Ok(());
        }
        let mut given = file.texts.0;
        let mut texts = Vec::new();
        for (key, text) in self.keyed_texts() {
            let found = given.iter().position(|(k, _)| *k == key);
            match found.map(|at| given.swap_remove(at).1) {
                Some(translated) if !translated.trim().is_empty() => texts.push((text, translated)),
                _ => return problem(format!("the text \"{key}\" is missing")),
            }
        }
        if let Some((key, _)) = given.first() {
            return problem(format!("\"{key}\" is not a text of the profile"));
        }
        for (text, translated) in texts {
            let _ = text.1 .0[lang.index()].set(translated);
        }
        let _ = self.translated.0[lang.index()].set(file.reviewed);
        Ok(())
    }

    /// Every translatable text with its key in a translation file.
    pub fn keyed_texts(&self) -> Vec<(String, &Text)> {
        let mut texts = vec![("name".to_string(), &self.name)];
        for step in &self.levels {
            texts.push((format!("levels.{}.name", step.level), &step.name));
            texts.push((
                format!("levels.{}.descriptor", step.level),
                &step.descriptor,
            ));
        }
        for block in &self.blocks {
            texts.push((format!("blocks.{}.title", block.id), &block.title));
            for item in &block.items {
                texts.push((format!("items.{}", item.id), &item.text));
            }
        }
        for career in &self.career_levels {
            texts.push((format!("career_levels.{}.name", career.level), &career.name));
            for (index, title) in career.titles.iter().enumerate() {
                texts.push((
                    format!("career_levels.{}.titles.{}", career.level, index + 1),
                    title,
                ));
            }
        }
        if let Some(market) = &self.market {
            texts.push(("market.region".to_string(), &market.region));
            texts.push(("market.period".to_string(), &market.period));
            texts.push(("market.source".to_string(), &market.source));
            for (index, band) in market.bands.iter().enumerate() {
                texts.push((format!("market.bands.{}.label", index + 1), &band.label));
            }
        }
        texts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROFILE: &str = include_str!("../../../public/profiles/ima-msp.json");
    const GERMAN: &str = include_str!("../../../public/profiles/ima-msp.de.json");

    fn profile() -> Profile {
        Profile::from_json(PROFILE).unwrap()
    }

    #[test]
    fn the_german_translation_covers_every_text_and_is_marked_for_review() {
        let profile = profile();
        assert!(!profile.speaks(Lang::De) && profile.is_reviewed(Lang::De));
        assert_eq!(profile.add_translation(Lang::De, GERMAN), Ok(()));
        assert!(profile.speaks(Lang::De));
        assert!(!profile.is_reviewed(Lang::De) && profile.is_reviewed(Lang::Nl));
        assert_eq!(
            profile.name.get(Lang::De),
            "IMA-Profil für Management-Assistenzen"
        );
        assert_eq!(
            profile.name.get(Lang::Nl),
            "IMA-profiel voor management\u{ad}ondersteuners"
        );
        for (key, text) in profile.keyed_texts() {
            assert_ne!(text.get(Lang::De), "", "{key}");
        }
        let minutes = profile
            .items()
            .find(|item| item.id == "task.minutes")
            .unwrap();
        assert_eq!(
            minutes.text.get(Lang::De),
            "Protokoll führen und Maßnahmen nachverfolgen"
        );
    }

    #[test]
    fn a_translation_with_a_text_missing_or_too_many_or_for_another_profile_adds_nothing() {
        let mut file: serde_json::Value = serde_json::from_str(GERMAN).unwrap();
        file["texts"]
            .as_object_mut()
            .unwrap()
            .remove("items.task.minutes");
        let profile = profile();
        let error = profile
            .add_translation(Lang::De, &file.to_string())
            .unwrap_err();
        assert!(error.0.contains("items.task.minutes"), "{error:?}");
        assert!(!profile.speaks(Lang::De));
        assert_eq!(profile.name.get(Lang::De), profile.name.get(Lang::En));

        let mut file: serde_json::Value = serde_json::from_str(GERMAN).unwrap();
        file["texts"]["items.made-up"] = "x".into();
        assert!(profile
            .add_translation(Lang::De, &file.to_string())
            .unwrap_err()
            .0
            .contains("made-up"));

        let mut file: serde_json::Value = serde_json::from_str(GERMAN).unwrap();
        file["version"] = "1999.1".into();
        assert!(profile
            .add_translation(Lang::De, &file.to_string())
            .is_err());
        assert!(profile.add_translation(Lang::Nl, GERMAN).is_err());
        assert!(profile.add_translation(Lang::De, "{").is_err());
        assert!(!profile.speaks(Lang::De));
    }

    #[test]
    fn the_translation_file_sits_beside_the_profile() {
        assert_eq!(
            Profile::translation_url("profiles/ima-msp.json", Lang::De),
            "profiles/ima-msp.de.json"
        );
    }
}
