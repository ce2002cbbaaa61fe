//! An assessment as it leaves the device: with the person's name, the date and the profile it
//! was made with. Share links and exchange files carry this, and everything that comes back
//! in passes [`Shared::validated`] before it may touch the user's data.

use serde::{Deserialize, Serialize};
use std::collections::HashSet;

use super::assessment::{Assessment, Holding};
use super::lang::Lang;
use super::profile::{BlockKind, Profile};

/// Longest evidence note, in characters (the text area allows the same).
pub const MAX_NOTE: usize = 2000;
/// Longest name, job title or organisation, in characters.
pub const MAX_FIELD: usize = 200;
/// Most ratings in one assessment: far above any real profile, low enough to refuse a flood.
pub const MAX_RATINGS: usize = 20_000;

/// Who the assessment is about. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub job_title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
}

impl Person {
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty()
            && self.job_title.trim().is_empty()
            && self.organisation.trim().is_empty()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shared {
    pub profile_id: String,
    pub profile_version: String,
    /// The day it was made, `YYYY-MM-DD`.
    pub date: String,
    pub person: Person,
    pub assessment: Assessment,
}

/// Why something from outside (a link, a file) was refused. Nothing has been changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// Not a share link or not an exchange file of this app at all.
    NotOurs,
    /// Cut off or altered on the way.
    Damaged,
    /// Made by a newer version of the app.
    NewerFormat(u64),
    /// Made with another profile than the one this app has loaded.
    OtherProfile { id: String },
    /// Made with another version of the profile, whose items may differ.
    OtherProfileVersion { version: String },
    /// Well-formed, but with a value no version of the app writes.
    Invalid(String),
}

impl Refusal {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Refusal::NotOurs, Lang::En) => "This is not a Competence Matrix link or file.".into(),
            (Refusal::NotOurs, Lang::Nl) => "Dit is geen link of bestand van de Competentiematrix.".into(),
            (Refusal::Damaged, Lang::En) => {
                "This link or file is damaged: part of it is missing or was changed. Ask the sender for it again.".into()
            }
            (Refusal::Damaged, Lang::Nl) => {
                "Deze link of dit bestand is beschadigd: er ontbreekt iets of er is iets veranderd. Vraag de afzender het opnieuw te sturen.".into()
            }
            (Refusal::NewerFormat(v), Lang::En) => {
                format!("This was made by a newer version of the app (format {v}). Reload the page to update the app, then try again.")
            }
            (Refusal::NewerFormat(v), Lang::Nl) => {
                format!("Dit is gemaakt met een nieuwere versie van de app (indeling {v}). Laad de pagina opnieuw om de app bij te werken en probeer het dan nog eens.")
            }
            (Refusal::OtherProfile { id }, Lang::En) => {
                format!("This was made with another competence profile (“{id}”) than the one loaded here.")
            }
            (Refusal::OtherProfile { id }, Lang::Nl) => {
                format!("Dit is gemaakt met een ander competentieprofiel (“{id}”) dan het profiel dat hier is geladen.")
            }
            (Refusal::OtherProfileVersion { version }, Lang::En) => {
                format!("This was made with version {version} of the profile, which this app no longer has.")
            }
            (Refusal::OtherProfileVersion { version }, Lang::Nl) => {
                format!("Dit is gemaakt met versie {version} van het profiel, die deze app niet meer heeft.")
            }
            (Refusal::Invalid(detail), Lang::En) => format!("This link or file holds a value the app cannot use: {detail}."),
            (Refusal::Invalid(detail), Lang::Nl) => {
                format!("Deze link of dit bestand bevat een waarde die de app niet kan gebruiken: {detail}.")
            }
        }
    }
}

fn too_long(text: &str, limit: usize) -> bool {
    text.chars().count() > limit
}

impl Shared {
    pub fn new(profile: &Profile, date: String, person: Person, assessment: &Assessment) -> Shared {
        Shared {
            profile_id: profile.id.clone(),
            profile_version: profile.version.clone(),
            date,
            person,
            assessment: assessment.without_blanks(),
        }
    }

    /// Checks everything that came from outside against `profile`, and returns the assessment
    /// laid out for it (retired items kept) — or why it is refused.
    pub fn validated(mut self, profile: &Profile) -> Result<Shared, Refusal> {
        if self.profile_id != profile.id {
            return Err(Refusal::OtherProfile {
                id: self.profile_id,
            });
        }
        for field in [
            &self.person.name,
            &self.person.job_title,
            &self.person.organisation,
            &self.date,
        ] {
            if too_long(field, MAX_FIELD) {
                return Err(Refusal::Invalid(format!(
                    "a name or title longer than {MAX_FIELD} characters"
                )));
            }
        }
        if self.assessment.ratings.len() > MAX_RATINGS {
            return Err(Refusal::Invalid(format!("more than {MAX_RATINGS} ratings")));
        }
        let top = profile.top_level();
        let mut seen = HashSet::new();
        for rating in &self.assessment.ratings {
            let id = rating.item.as_str();
            if id.trim().is_empty() || too_long(id, MAX_FIELD) {
                return Err(Refusal::Invalid("an item without a proper id".into()));
            }
            if !seen.insert(id) {
                return Err(Refusal::Invalid(format!("item “{id}” twice")));
            }
            if too_long(&rating.evidence, MAX_NOTE) {
                return Err(Refusal::Invalid(format!(
                    "a note longer than {MAX_NOTE} characters for “{id}”"
                )));
            }
            for level in [rating.current, rating.target].into_iter().flatten() {
                if level.0 == 0 || level.0 > top {
                    return Err(Refusal::Invalid(format!(
                        "level {} for “{id}”, outside 1–{top}",
                        level.0
                    )));
                }
            }
            let kind = profile.block_of(id).map(|block| block.kind);
            let levels = rating.current.is_some() || rating.target.is_some();
            let held = rating.held.is_some();
            if (kind == Some(BlockKind::Held) && levels) || (kind == Some(BlockKind::Rated) && held)
            {
                return Err(Refusal::Invalid(format!(
                    "an answer of the wrong kind for “{id}”"
                )));
            }
        }
        self.assessment = Assessment::for_profile(profile, self.assessment);
        Ok(self)
    }
}

/// Numbers for the share-link byte format; kept here so that the mapping is one table.
pub(crate) fn holding_code(holding: Option<Holding>) -> u8 {
    match holding {
        None => 0,
        Some(Holding::NotHeld) => 1,
        Some(Holding::Occasionally) => 2,
        Some(Holding::Regularly) => 3,
        Some(Holding::Owner) => 4,
    }
}

pub(crate) fn holding_from_code(code: u8) -> Option<Option<Holding>> {
    match code {
        0 => Some(None),
        1 => Some(Some(Holding::NotHeld)),
        2 => Some(Some(Holding::Occasionally)),
        3 => Some(Some(Holding::Regularly)),
        4 => Some(Some(Holding::Owner)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::{Level, Rating};
    use crate::core::profile::tests::sample;

    fn shared(ratings: Vec<Rating>) -> Shared {
        Shared {
            profile_id: "sample".into(),
            profile_version: "1".into(),
            date: "2026-11-24".into(),
            person: Person::default(),
            assessment: Assessment { ratings },
        }
    }

    #[test]
    fn a_valid_assessment_is_laid_out_for_the_profile() {
        let valid = shared(vec![Rating {
            current: Some(Level(3)),
            ..Rating::new("s2")
        }])
        .validated(&sample())
        .unwrap();
        assert_eq!(valid.assessment.ratings.len(), 5);
        assert_eq!(
            valid.assessment.rating("s2").unwrap().current,
            Some(Level(3))
        );
    }

    #[test]
    fn refuses_what_no_version_of_the_app_writes() {
        let cases = [
            shared(vec![Rating {
                current: Some(Level(4)),
                ..Rating::new("s1")
            }]),
            shared(vec![Rating {
                target: Some(Level(0)),
                ..Rating::new("s1")
            }]),
            shared(vec![Rating {
                held: Some(Holding::Owner),
                ..Rating::new("s1")
            }]),
            shared(vec![Rating {
                current: Some(Level(1)),
                ..Rating::new("t1")
            }]),
            shared(vec![Rating::new("s1"), Rating::new("s1")]),
            shared(vec![Rating::new(" ")]),
            shared(vec![Rating {
                evidence: "x".repeat(MAX_NOTE + 1),
                ..Rating::new("s1")
            }]),
            Shared {
                person: Person {
                    name: "n".repeat(MAX_FIELD + 1),
                    ..Person::default()
                },
                ..shared(vec![])
            },
        ];
        for case in cases {
            assert!(
                matches!(case.clone().validated(&sample()), Err(Refusal::Invalid(_))),
                "{case:?}"
            );
        }
    }

    #[test]
    fn refuses_another_profile() {
        let other = Shared {
            profile_id: "nvma".into(),
            ..shared(vec![])
        };
        assert_eq!(
            other.validated(&sample()),
            Err(Refusal::OtherProfile { id: "nvma".into() })
        );
    }

    #[test]
    fn a_note_of_exactly_the_limit_in_multibyte_characters_is_fine() {
        let note = "é".repeat(MAX_NOTE);
        let ok = shared(vec![Rating {
            evidence: note,
            ..Rating::new("s1")
        }])
        .validated(&sample());
        assert!(ok.is_ok());
    }

    #[test]
    fn messages_exist_in_both_languages() {
        for refusal in [
            Refusal::NotOurs,
            Refusal::Damaged,
            Refusal::NewerFormat(3),
            Refusal::Invalid("x".into()),
        ] {
            assert_ne!(refusal.message(Lang::En), refusal.message(Lang::Nl));
        }
    }

    #[test]
    fn holding_codes_round_trip() {
        for holding in [None].into_iter().chain(Holding::ALL.map(Some)) {
            assert_eq!(holding_from_code(holding_code(holding)), Some(holding));
        }
        assert_eq!(holding_from_code(5), None);
    }
}
