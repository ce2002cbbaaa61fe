//! A draft in and out: opened from a profile file and its translation files, written as the
//! same files (the profile file with the languages it holds, a translation file per language
//! written apart), which the app loads as any association's profile.

use serde::Deserialize;

use super::{Draft, DraftProfile, OpenError, Words};
use crate::core::formats::shape::Pairs;
use crate::core::profile::Profile;
use crate::core::words::lang::Lang;

/// A translation file written by the designer counts as reviewed: whoever exports it has had
/// every text of it in front of them.
pub const TRANSLATED_REVIEWED: bool = true;

/// A file to save: its name and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub name: String,
    pub text: String,
}

impl Draft {
    /// Opens a profile file (and translation files of it) as a draft. The file must be one the
    /// app loads: what the app would say of it otherwise is the error.
    pub fn open(profile: &str, translations: &[(Lang, String)]) -> Result<Draft, OpenError> {
        let loaded = Profile::from_json(profile)
            .map_err(|_| OpenError::Profile(Profile::diagnose(profile)))?;
        let file: DraftProfile = serde_json::from_str(profile)
            .map_err(|_| OpenError::Profile(Profile::diagnose(profile)))?;
        let mut draft = Draft {
            profile: file,
            translated: Vec::new(),
            fresh: false,
            last_key: 0,
        };
        for (lang, json) in translations {
            loaded
                .add_translation(*lang, json)
                .map_err(|error| OpenError::Translation(error.0))?;
            let code = lang.code();
            if draft.profile.languages.iter().any(|c| c == code) {
                continue;
            }
            #[derive(Deserialize)]
            struct Texts {
                texts: Pairs,
            }
            let texts = serde_json::from_str::<Texts>(json)
                .map_err(|error| OpenError::Translation(error.to_string()))?
                .texts
                .0;
            for (key, words) in draft.keyed_mut() {
                if let Some((_, text)) = texts.iter().find(|(k, _)| *k == key) {
                    words.set(code, text);
                }
            }
            draft.profile.languages.push(code.to_string());
            draft.translated.push(code.to_string());
        }
        draft.number();
        Ok(draft)
    }

    /// The profile file, with the languages it holds: not those written apart, nor texts left
    /// in a language no longer offered.
    pub fn profile_file(&self) -> String {
        let mut file = self.profile.clone();
        let languages = self.file_languages();
        file.languages = languages.clone();
        for (_, words) in Draft::keyed_in(&mut file) {
            *words = words.only(&languages);
        }
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }

    /// The profile file the previews load: every language inside, as it is in the draft.
    pub fn preview_file(&self) -> String {
        serde_json::to_string(&self.profile).unwrap_or_default()
    }

    /// Opens files chosen together: one profile file and any translation files of it (told
    /// apart by what they hold). The error names the file it is about.
    pub fn open_files(files: &[(String, String)]) -> Result<Draft, (String, OpenError)> {
        #[derive(Deserialize)]
        struct Head {
            #[serde(default)]
            language: Option<String>,
            #[serde(default)]
            texts: Option<serde::de::IgnoredAny>,
        }
        let head = |text: &str| serde_json::from_str::<Head>(text).ok();
        let is_translation = |text: &str| head(text).is_some_and(|h| h.texts.is_some());
        let Some((name, profile)) = files.iter().find(|(_, text)| !is_translation(text)) else {
            let name = files
                .first()
                .map(|(name, _)| name.clone())
                .unwrap_or_default();
            return Err((name, OpenError::NoProfile));
        };
        let mut translations = Vec::new();
        for (other, text) in files.iter().filter(|(_, text)| is_translation(text)) {
            let lang = head(text)
                .and_then(|h| h.language)
                .and_then(|code| Lang::from_code(&code));
            match lang {
                Some(lang) => translations.push((lang, text.clone())),
                None => {
                    let why = "its language is not one this app speaks".to_string();
                    return Err((other.clone(), OpenError::Translation(why)));
                }
            }
        }
        Draft::open(profile, &translations).map_err(|error| (name.clone(), error))
    }

    /// What this version changes for members, against the version it follows; `None` while it
    /// follows none, or while the app would not load it.
    pub fn changes(&self) -> Option<crate::core::answers::versions::Changes> {
        let profile = Profile::from_json(&self.profile_file()).ok()?;
        crate::core::answers::versions::changes(&profile)
    }

    /// The translation file of one language written apart, in the format the app reads
    /// (`core::profile::translation`).
    pub fn translation_file(&self, lang: &str) -> String {
        let mut file = self.profile.clone();
        let texts: serde_json::Map<String, serde_json::Value> = Draft::keyed_in(&mut file)
            .into_iter()
            .map(|(key, words)| (key, words.get(lang).into()))
            .collect();
        let json = serde_json::json!({
            "profile": self.profile.id,
            "version": self.profile.version,
            "language": lang,
            "reviewed": TRANSLATED_REVIEWED,
            "texts": texts,
        });
        serde_json::to_string_pretty(&json).unwrap_or_default()
    }

    /// Every file the profile is: its own, then one per language written apart.
    pub fn files(&self) -> Vec<Exported> {
        let id = &self.profile.id;
        std::iter::once(Exported {
            name: format!("{id}.json"),
            text: self.profile_file(),
        })
        .chain(self.translated.iter().map(|lang| Exported {
            name: format!("{id}.{lang}.json"),
            text: self.translation_file(lang),
        }))
        .collect()
    }

    fn keyed_mut(&mut self) -> Vec<(String, &mut Words)> {
        Draft::keyed_in(&mut self.profile)
    }

    /// Every text of a profile with its key in a translation file, in the loader's order
    /// (`Profile::keyed_texts`).
    pub(super) fn keyed_in(p: &mut DraftProfile) -> Vec<(String, &mut Words)> {
        let mut texts = vec![("name".to_string(), &mut p.name)];
        for step in &mut p.levels {
            let n = step.level;
            texts.push((format!("levels.{n}.name"), &mut step.name));
            texts.push((format!("levels.{n}.descriptor"), &mut step.descriptor));
        }
        for group in &mut p.blocks {
            texts.push((format!("blocks.{}.title", group.id), &mut group.title));
            for entry in &mut group.items {
                texts.push((format!("items.{}", entry.id), &mut entry.text));
            }
        }
        for career in &mut p.career_levels {
            let n = career.level;
            texts.push((format!("career_levels.{n}.name"), &mut career.name));
            for (index, title) in career.titles.iter_mut().enumerate() {
                texts.push((format!("career_levels.{n}.titles.{}", index + 1), title));
            }
        }
        if let Some(market) = &mut p.market {
            texts.push(("market.region".to_string(), &mut market.region));
            texts.push(("market.period".to_string(), &mut market.period));
            texts.push(("market.source".to_string(), &mut market.source));
            for (index, band) in market.bands.iter_mut().enumerate() {
                texts.push((format!("market.bands.{}.label", index + 1), &mut band.label));
            }
        }
        texts
    }
}
