//! The user's own answers: per item a current level, a target level and an evidence note for
//! skills and characteristics, or whether (and how) a task is held.

use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

use super::profile::{ItemId, Profile};

/// A level on the profile's scale, 1 being the first step.
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

    pub fn is_held(self) -> bool {
        self != Holding::NotHeld
    }
}

/// The answer for one item. Which fields apply depends on the item's block: `current` and
/// `target` for rated blocks, `held` for held ones; `evidence` for both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub item: ItemId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held: Option<Holding>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
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

    /// True when nothing at all has been entered for the item.
    pub fn is_blank(&self) -> bool {
        !self.is_answered() && self.target.is_none() && self.evidence.trim().is_empty()
    }
}

/// All of one person's ratings, one row per item, kept in the profile's order. The rows are
/// keyed by item id so that a change to one rating notifies only that row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Store)]
pub struct Assessment {
    #[store(key: ItemId = |rating| rating.item.clone())]
    pub ratings: Vec<Rating>,
}

impl Assessment {
    /// One row for every item of `profile`, in its order, with whatever `saved` holds for it.
    /// Saved ratings of items the profile no longer has are kept after them (retired), never
    /// dropped: a later profile version may bring the item back, and the user's notes are theirs.
    pub fn for_profile(profile: &Profile, saved: Assessment) -> Assessment {
        let mut saved_by_item: std::collections::HashMap<ItemId, Rating> = saved
            .ratings
            .into_iter()
            .map(|rating| (rating.item.clone(), rating))
            .collect();
        let mut ratings: Vec<Rating> = profile
            .items()
            .map(|item| {
                saved_by_item
                    .remove(&item.id)
                    .unwrap_or_else(|| Rating::new(item.id.clone()))
            })
            .collect();
        let mut retired: Vec<Rating> = saved_by_item
            .into_values()
            .filter(|rating| !rating.is_blank())
            .collect();
        retired.sort_by(|a, b| a.item.cmp(&b.item));
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

    /// The form in which it is saved: blank rows are left out, which keeps storage small.
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

    /// Drops later duplicates of an item, so that hand-edited or damaged data cannot give two
    /// rows the same key.
    pub fn deduplicated(mut self) -> Assessment {
        let mut seen = HashSet::new();
        self.ratings
            .retain(|rating| seen.insert(rating.item.clone()));
        self
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
        let assessment = Assessment::for_profile(&sample(), saved);
        assert_eq!(
            assessment.rating("s2").and_then(|r| r.current),
            Some(Level(3))
        );
        assert_eq!(
            assessment.rating("t1").and_then(|r| r.held),
            Some(Holding::Owner)
        );
        let profile = sample();
        let retired: Vec<_> = assessment
            .retired(&profile)
            .map(|r| r.item.as_str())
            .collect();
        assert_eq!(
            retired,
            ["old-item"],
            "a retired item with a note is kept; a blank one is not"
        );
        assert_eq!(
            assessment.ratings.last().map(|r| r.item.as_str()),
            Some("old-item")
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
    fn saving_leaves_out_blank_rows() {
        let assessment = Assessment::for_profile(
            &sample(),
            Assessment {
                ratings: vec![rated("s1", 2)],
            },
        );
        assert_eq!(assessment.without_blanks().ratings, vec![rated("s1", 2)]);
    }

    #[test]
    fn duplicates_keep_the_first() {
        let assessment = Assessment {
            ratings: vec![rated("s1", 2), rated("s1", 5), rated("s2", 1)],
        };
        assert_eq!(
            assessment.deduplicated().ratings,
            vec![rated("s1", 2), rated("s2", 1)]
        );
    }

    #[test]
    fn serialises_compactly() {
        let json = serde_json::to_string(&rated("s1", 2)).unwrap();
        assert_eq!(json, r#"{"item":"s1","current":2}"#);
        let holding = serde_json::to_string(&Holding::NotHeld).unwrap();
        assert_eq!(holding, r#""not_held""#);
    }
}
