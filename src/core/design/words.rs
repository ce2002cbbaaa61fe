//! A text of the draft in each language, written as the profile file writes it:
//! `{"en": "Planning", "nl": "Plannen"}`, in the order the languages were first given.

use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::formats::shape::Pairs;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words(pub Vec<(String, String)>);

impl Words {
    pub fn one(lang: &str, text: &str) -> Words {
        Words(vec![(lang.to_string(), text.to_string())])
    }

    /// The text in the language with this code, or nothing.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .iter()
            .find(|(code, _)| code == lang)
            .map_or("", |(_, text)| text.as_str())
    }

    /// Sets the text in one language; an emptied text is no text in that language.
    pub fn set(&mut self, lang: &str, text: &str) {
        match self.0.iter_mut().find(|(code, _)| code == lang) {
            Some(pair) if !text.is_empty() => pair.1 = text.to_string(),
            Some(_) => self.0.retain(|(code, _)| code != lang),
            None if !text.is_empty() => self.0.push((lang.to_string(), text.to_string())),
            None => {}
        }
    }

    /// The same texts in the languages of `kept` only.
    pub fn only(&self, kept: &[String]) -> Words {
        Words(
            self.0
                .iter()
                .filter(|(code, _)| kept.contains(code))
                .cloned()
                .collect(),
        )
    }
}

impl Serialize for Words {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (lang, text) in &self.0 {
            map.serialize_entry(lang, text)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Words, D::Error> {
        Pairs::deserialize(deserializer).map(|pairs| Words(pairs.0))
    }
}
