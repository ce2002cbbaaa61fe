//! One person's answers: per item a current level, a target level and an evidence note for
//! skills and characteristics, or whether (and how) a task is held — and who gave them.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::formats::shape::is_default;
use crate::core::profile::{BlockKind, ItemId, Profile};
use crate::core::words::lang::Lang;
use crate::core::words::texts::{texts, Texts};

/// A level on the profile's scale, 1 being the first step. Written as a number; any byte is
/// read, and whether it fits the scale is checked against the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Level(pub u8);

/// Whether a task or responsibility is part of the job, and how much of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Holding {
    NotHeld,
    Occasionally,
    Regularly,
    /// The user owns it: decides, plans and answers for it.
    Owner,
}

impl Holding {
    pub const ALL: [Holding; 4] = [
        Holding::NotHeld,
        Holding::Occasionally,
        Holding::Regularly,
        Holding::Owner,
    ];
    /// The words used in files and storage, in the order of [`Holding::ALL`].
    pub const WORDS: &'static [&'static str] = &["not_held", "occasionally", "regularly", "owner"];

    pub fn is_held(self) -> bool {
        self != Holding::NotHeld
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Whose view an assessment is: the person's own, their manager's, or someone else's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Perspective {
    #[default]
    #[serde(rename = "self")]
    Own,
    Manager,
    Other,
    /// The result the person and her manager agreed on in a meeting (see
    /// `core::answers::agreement`).
    Agreed,
}

impl Perspective {
    pub const ALL: [Perspective; 4] = [
        Perspective::Own,
        Perspective::Manager,
        Perspective::Other,
        Perspective::Agreed,
    ];
    pub const WORDS: &'static [&'static str] = &["self", "manager", "other", "agreed"];

    pub fn word(self) -> &'static str {
        Perspective::WORDS[self as usize]
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// "Self", "Manager", "Other", "Agreed" in the user's language.
    pub fn label(self, lang: Lang) -> &'static str {
        texts(lang).perspectives[self as usize]
    }
}

/// The answer for one item. Which fields apply depends on the item's block: `current` and
/// `target` for rated blocks, `held` for held ones; `evidence` for both. Written compactly, as
/// in storage and files: `{"item":"t1","held":"not_held","evidence":"x"}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub item: ItemId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held: Option<Holding>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub evidence: String,
}

impl Rating {
    pub fn new(item: impl Into<ItemId>) -> Rating {
        Rating {
            item: item.into(),
            ..Rating::default()
        }
    }

    /// True when the user has given this item an answer (a level, or held / not held).
    pub fn is_answered(&self) -> bool {
        self.current.is_some() || self.held.is_some()
    }

    /// The answer as a step on its item's scale: the level of a rated item, the holding
    /// (0 not held … 3 owner) of a held one.
    pub fn step(&self, kind: BlockKind) -> Option<u8> {
        match kind {
            BlockKind::Rated => self.current.map(|l| l.0),
            BlockKind::Held => self.held.map(|h| h.index() as u8),
        }
    }

    /// True when nothing at all has been entered for the item.
    pub fn is_blank(&self) -> bool {
        !self.is_answered() && self.target.is_none() && self.evidence.trim().is_empty()
    }

    /// What is wrong with this answer for `profile`, if anything: a level outside the scale,
    /// or an answer of the wrong kind for the item's block. Items the profile does not have
    /// (retired ones) are checked against the largest scale a profile may have.
    pub fn problem(&self, profile: &Profile) -> Option<AnswerProblem> {
        let kind = profile.kind_of(&self.item);
        let top = if kind.is_some() {
            profile.top_level()
        } else {
            crate::core::profile::MAX_LEVELS as u8
        };
        for level in [self.current, self.target].into_iter().flatten() {
            if level.0 == 0 || level.0 > top {
                return Some(AnswerProblem::LevelOutOfScale(level.0, top));
            }
        }
        let levels = self.current.is_some() || self.target.is_some();
        let held = self.held.is_some();
        if (kind == Some(BlockKind::Held) && levels)
            || (kind == Some(BlockKind::Rated) && held)
            || (kind.is_none() && levels && held)
        {
            return Some(AnswerProblem::WrongKind);
        }
        None
    }
}

/// Why a stored or imported answer cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnswerProblem {
    /// (the level, the top of the scale)
    LevelOutOfScale(u8, u8),
    /// A level on a held task, or a holding on a rated skill.
    WrongKind,
}

/// All of one person's ratings, kept in the profile's order: the rating of the item at
/// position `p` of the profile is `ratings[p]`, so that one answer is found and changed in
/// constant time. Ratings of items the profile no longer has follow them (retired).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assessment {
    pub ratings: Vec<Rating>,
}

impl Assessment {
    /// One row for every item of `profile`, in its order, with whatever `saved` holds for it.
    /// Saved ratings of items the profile no longer has are kept after them (retired), never
    /// dropped: a later profile version may bring the item back, and the user's notes are theirs.
    pub fn for_profile(profile: &Profile, saved: Assessment) -> Assessment {
        let mut ratings: Vec<Rating> = (0..profile.item_count())
            .map(|p| Rating::new(profile.item_at(p).unwrap_or_default()))
            .collect();
        let mut retired: Vec<Rating> = Vec::new();
        for rating in saved.ratings {
            match profile.position_of(&rating.item) {
                // The first of any duplicates wins.
                Some(p) if ratings[p].is_blank() => ratings[p] = rating,
                Some(_) => {}
                None if !rating.is_blank() && !retired.iter().any(|r| r.item == rating.item) => {
                    retired.push(rating)
                }
                None => {}
            }
        }
        ratings.extend(retired);
        Assessment { ratings }
    }

    /// True when nothing at all has been entered: importing over it loses nothing, so the app
    /// need not ask first.
    pub fn is_blank(&self) -> bool {
        self.ratings.iter().all(Rating::is_blank)
    }

    pub fn rating(&self, item: &str) -> Option<&Rating> {
        self.ratings.iter().find(|rating| rating.item == item)
    }

    /// Ratings kept for items that `profile` no longer has.
    pub fn retired<'a>(&'a self, profile: &'a Profile) -> impl Iterator<Item = &'a Rating> {
        self.ratings
            .iter()
            .filter(move |rating| !profile.has_item(&rating.item))
    }

    /// The form in which it is saved and shared: blank rows are left out.
    pub fn without_blanks(&self) -> Assessment {
        Assessment {
            ratings: self
                .ratings
                .iter()
                .filter(|r| !r.is_blank())
                .cloned()
                .collect(),
        }
    }

    /// Takes out the answers that `profile` cannot use (see [`Rating::problem`]) and returns
    /// them with their problem, so that they can be set aside instead of shown or summarised.
    pub fn take_unusable(&mut self, profile: &Profile) -> Vec<(Rating, AnswerProblem)> {
        let mut taken = Vec::new();
        for rating in &mut self.ratings {
            if let Some(problem) = rating.problem(profile) {
                let item = rating.item.clone();
                taken.push((std::mem::replace(rating, Rating::new(item)), problem));
            }
        }
        taken
    }

    /// Every rating worth keeping, for storage, files and links: blank rows are left out.
    pub fn answered(&self) -> impl Iterator<Item = &Rating> {
        self.ratings.iter().filter(|r| !r.is_blank())
    }

    /// Later duplicates of an item are dropped, so that hand-edited or damaged data cannot give
    /// two rows the same item.
    pub fn without_duplicates(mut self) -> Assessment {
        let mut seen = std::collections::HashSet::new();
        self.ratings
            .retain(|rating| seen.insert(rating.item.clone()));
        self
    }
}

/// Written as the list of its non-blank ratings; read as a list, later duplicates dropped.
impl Serialize for Assessment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.answered())
    }
}

impl<'de> Deserialize<'de> for Assessment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Assessment, D::Error> {
        let ratings = Vec::<Rating>::deserialize(deserializer)?;
        Ok(Assessment { ratings }.without_duplicates())
    }
}

impl Texts {
    /// The word for a holding in this language.
    pub fn holding(&self, holding: Holding) -> &'static str {
        self.holdings[holding.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::profile::tests::sample;

    fn rated(item: &str, level: u8) -> Rating {
        Rating {
            current: Some(Level(level)),
            ..Rating::new(item)
        }
    }

    #[test]
    fn has_one_row_per_item_in_profile_order() {
        let assessment = Assessment::for_profile(&sample(), Assessment::default());
        let items: Vec<_> = assessment.ratings.iter().map(|r| r.item.as_str()).collect();
        assert_eq!(items, ["t1", "t2", "s1", "s2", "s3"]);
        assert!(assessment.ratings.iter().all(Rating::is_blank));
    }

    #[test]
    fn keeps_saved_answers_and_retired_items() {
        let saved = Assessment {
            ratings: vec![
                rated("s2", 3),
                Rating {
                    evidence: "Ran the 2024 move".into(),
                    ..Rating::new("old-item")
                },
                Rating::new("blank-old-item"),
                Rating {
                    held: Some(Holding::Owner),
                    ..Rating::new("t1")
                },
            ],
        };
        let profile = sample();
        let assessment = Assessment::for_profile(&profile, saved);
        assert_eq!(assessment.ratings[3].current, Some(Level(3)));
        assert_eq!(assessment.ratings[0].held, Some(Holding::Owner));
        let retired: Vec<_> = assessment
            .retired(&profile)
            .map(|r| r.item.as_str())
            .collect();
        assert_eq!(
            retired,
            ["old-item"],
            "a retired item with a note is kept; a blank one is not"
        );
    }

    #[test]
    fn answered_and_blank() {
        assert!(!Rating::new("x").is_answered());
        assert!(Rating::new("x").is_blank());
        assert!(rated("x", 1).is_answered());
        let not_held = Rating {
            held: Some(Holding::NotHeld),
            ..Rating::new("x")
        };
        assert!(not_held.is_answered(), "\"not held\" is an answer");
        let only_target = Rating {
            target: Some(Level(4)),
            ..Rating::new("x")
        };
        assert!(!only_target.is_answered() && !only_target.is_blank());
        let whitespace_note = Rating {
            evidence: " \n".into(),
            ..Rating::new("x")
        };
        assert!(whitespace_note.is_blank());
    }

    #[test]
    fn an_assessment_is_blank_until_something_is_entered() {
        let mut assessment = Assessment::for_profile(&sample(), Assessment::default());
        assert!(assessment.is_blank());
        assessment.ratings[3].evidence = "Wrote the plan".into();
        assert!(!assessment.is_blank());
    }

    #[test]
    fn duplicates_keep_the_first() {
        let text =
            r#"[{"item":"s1","current":2},{"item":"s1","current":5},{"item":"s2","current":1}]"#;
        let assessment: Assessment = serde_json::from_str(text).unwrap();
        assert_eq!(assessment.ratings, vec![rated("s1", 2), rated("s2", 1)]);
    }

    #[test]
    fn writes_compactly_and_reads_back() {
        let rating = Rating {
            held: Some(Holding::NotHeld),
            evidence: "x".into(),
            ..Rating::new("t1")
        };
        assert_eq!(
            serde_json::to_string(&rated("s1", 2)).unwrap(),
            r#"{"item":"s1","current":2}"#
        );
        let text = serde_json::to_string(&rating).unwrap();
        assert_eq!(text, r#"{"item":"t1","held":"not_held","evidence":"x"}"#);
        assert_eq!(serde_json::from_str::<Rating>(&text).unwrap(), rating);
        assert!(
            serde_json::from_str::<Rating>(r#"{"item":"t1","evidence":null}"#).is_err(),
            "no version writes null"
        );
    }

    #[test]
    fn unusable_answers_are_found_and_taken_out() {
        let profile = sample();
        let mut assessment = Assessment::for_profile(
            &profile,
            Assessment {
                ratings: vec![
                    rated("s1", 9),
                    rated("t1", 1),
                    Rating {
                        held: Some(Holding::Owner),
                        ..Rating::new("s2")
                    },
                    rated("s3", 3),
                    rated("retired", 7),
                    rated("retired-too-high", 8),
                ],
            },
        );
        let taken: Vec<_> = assessment
            .take_unusable(&profile)
            .into_iter()
            .map(|(r, p)| (r.item, p))
            .collect();
        assert_eq!(
            taken,
            [
                ("t1".to_string(), AnswerProblem::WrongKind),
                ("s1".to_string(), AnswerProblem::LevelOutOfScale(9, 3)),
                ("s2".to_string(), AnswerProblem::WrongKind),
                (
                    "retired-too-high".to_string(),
                    AnswerProblem::LevelOutOfScale(8, 7)
                ),
            ]
        );
        assert_eq!(assessment.ratings[4].current, Some(Level(3)));
        assert!(assessment.ratings[2].is_blank(), "the row stays, empty");
        assert!(assessment.take_unusable(&profile).is_empty());
    }
}
