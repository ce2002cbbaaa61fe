//! The summary for an appraisal or salary negotiation, computed from the ratings. It is
//! deterministic (the same ratings give the same summary) and explained: the rule for the
//! career level fits in one sentence, and the items that carry it are named.

use crate::core::answers::assessment::{Assessment, Holding, Level, Rating};
use crate::core::computed::progress::Count;
use crate::core::profile::{BlockKind, CareerRule, ItemId, Profile};

/// Items in the order of a whole-number key; items with equal keys keep their order. The one
/// sort of the app: the standard library's generic sorts cost some 4 KB of wasm for every type
/// they sort, and every ranking here fits in a number.
pub fn by_key<T>(items: Vec<T>, key: impl Fn(&T) -> u64) -> Vec<T> {
    let mut keys: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (key(item), i as u32))
        .collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    keys.into_iter()
        .filter_map(|(_, i)| slots[i as usize].take())
        .collect()
}

/// How many strengths and gaps the summary names: enough to argue, few enough for one page.
pub const SHOWN: usize = 5;
/// How many responsibilities beyond the base role the page lists (the IMA profile has 12).
pub const RESPONSIBILITIES_SHOWN: usize = 12;

/// The career level the ratings support: the highest level at or above which at least a share
/// of the rated skills and characteristics stand (half, unless the profile's [`CareerRule`]
/// says otherwise). Unrated items do not count either way. The level is claimed only once a
/// share of all skills and characteristics are rated ([`CareerRule::claim_threshold`]; half
/// again); before that it is shown as provisional, with how many more to rate. A manager will
/// not accept a level that rests on two items of forty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportedLevel {
    pub level: Level,
    /// Rated skills and characteristics.
    pub rated: usize,
    /// Of those, how many are at `level` or above.
    pub at_or_above: usize,
    /// The items that carry the level: the highest rated first, at most [`SHOWN`].
    pub carried_by: Vec<ItemId>,
    /// How many skills and characteristics the profile has.
    pub ratable: usize,
    /// How many must be rated to claim the level.
    pub threshold: usize,
}

impl SupportedLevel {
    /// True while too few items are rated to claim the level.
    pub fn is_provisional(&self) -> bool {
        self.rated < self.threshold
    }

    /// How many more items must be rated before the level is claimed.
    pub fn still_needed(&self) -> usize {
        self.threshold.saturating_sub(self.rated)
    }
}

impl CareerRule {
    /// How many of `ratable` skills and characteristics must be rated to claim a level: the
    /// rule's share, rounded up (half of the IMA profile's 41 is 21).
    pub fn claim_threshold(&self, ratable: usize) -> usize {
        ratable.saturating_mul(self.rated as usize).div_ceil(100)
    }

    /// The highest level L such that at least the rule's share of `levels` are L or above,
    /// with how many are: at half, the upper median. `None` when nothing is rated.
    pub fn supported_level(&self, levels: &[Level]) -> Option<(Level, usize)> {
        let max = levels.iter().max()?;
        let share = self.at_or_above as usize;
        (1..=max.0).rev().map(Level).find_map(|candidate| {
            let at_or_above = levels.iter().filter(|&&level| level >= candidate).count();
            (100 * at_or_above >= share.saturating_mul(levels.len()))
                .then_some((candidate, at_or_above))
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strength {
    pub item: ItemId,
    pub level: Level,
    /// `None` marks a claim without an example: weak in a negotiation.
    pub evidence: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub item: ItemId,
    pub current: Option<Level>,
    pub target: Level,
}

impl Gap {
    /// Steps from the current level (none counts as 0) to the target.
    pub fn steps(&self) -> u8 {
        self.target
            .0
            .saturating_sub(self.current.map_or(0, |level| level.0))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Responsibility {
    pub item: ItemId,
    pub holding: Holding,
    pub evidence: Option<String>,
}

/// How many items of a rated block stand at each level, for the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distribution {
    pub block: String,
    /// Index 0 is level 1.
    pub current: Vec<usize>,
    pub target: Vec<usize>,
    pub unrated: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub level: Option<SupportedLevel>,
    pub strengths: Vec<Strength>,
    /// All gaps, the largest first; the page shows the first [`SHOWN`].
    pub gaps: Vec<Gap>,
    /// Held responsibilities beyond the base role, the most owned first.
    pub responsibilities: Vec<Responsibility>,
    /// Base-role tasks held, out of all base-role tasks.
    pub tasks_held: Count,
    pub distributions: Vec<Distribution>,
    /// How many skills and characteristics the profile has.
    pub ratable: usize,
}

fn evidence(rating: &Rating) -> Option<String> {
    let note = rating.evidence.trim();
    (!note.is_empty()).then(|| note.to_string())
}

fn holding_rank(holding: Holding) -> u8 {
    match holding {
        Holding::Owner => 0,
        Holding::Regularly => 1,
        Holding::Occasionally => 2,
        Holding::NotHeld => 3,
    }
}

pub fn summarize(profile: &Profile, assessment: &Assessment) -> Summary {
    // (profile position, rating) for every item the profile has; retired items are left out.
    let mut rated = Vec::new();
    let mut gaps = Vec::new();
    let mut responsibilities = Vec::new();
    let mut tasks_held = Count::default();
    let top = usize::from(profile.top_level());
    let mut distributions: Vec<Distribution> = profile
        .blocks
        .iter()
        .filter(|block| block.kind == BlockKind::Rated)
        .map(|block| Distribution {
            block: block.id.clone(),
            current: vec![0; top],
            target: vec![0; top],
            unrated: 0,
        })
        .collect();

    let ratable = profile
        .blocks
        .iter()
        .filter(|block| block.kind == BlockKind::Rated)
        .map(|block| block.items.len())
        .sum();
    let ratings: Vec<(usize, &Rating)> = assessment
        .ratings
        .iter()
        .filter_map(|rating| {
            profile
                .position_of(&rating.item)
                .map(|index| (index, rating))
        })
        .collect();
    let ratings = by_key(ratings, |(index, _)| *index as u64);

    for (index, rating) in ratings {
        let Some(block) = profile.block_of(&rating.item) else {
            continue;
        };
        match block.kind {
            BlockKind::Rated => {
                let bar = distributions.iter_mut().find(|d| d.block == block.id);
                let in_scale = |level: Level| (1..=top).contains(&usize::from(level.0));
                if let Some(bar) = bar {
                    match rating.current.filter(|&l| in_scale(l)) {
                        Some(level) => bar.current[usize::from(level.0) - 1] += 1,
                        None => bar.unrated += 1,
                    }
                    if let Some(target) = rating.target.filter(|&l| in_scale(l)) {
                        bar.target[usize::from(target.0) - 1] += 1;
                    }
                }
                if let Some(level) = rating.current.filter(|&l| in_scale(l)) {
                    rated.push((index, rating, level));
                }
                if let Some(target) = rating.target.filter(|&l| in_scale(l)) {
                    let gap = Gap {
                        item: rating.item.clone(),
                        current: rating.current,
                        target,
                    };
                    if gap.steps() > 0 {
                        gaps.push((index, gap));
                    }
                }
            }
            BlockKind::Held if block.beyond_base_role => {
                if let Some(holding) = rating.held.filter(|h| h.is_held()) {
                    responsibilities.push((
                        index,
                        Responsibility {
                            item: rating.item.clone(),
                            holding,
                            evidence: evidence(rating),
                        },
                    ));
                }
            }
            BlockKind::Held => {
                tasks_held.total += 1;
                if rating.held.is_some_and(Holding::is_held) {
                    tasks_held.answered += 1;
                }
            }
        }
    }

    // Highest level first; among equals, the one with an example first; then profile order.
    let rated = by_key(rated, |(index, rating, level)| {
        (u64::from(255 - level.0) << 40)
            | (u64::from(evidence(rating).is_none()) << 32)
            | *index as u64
    });
    let rule = profile.career_rule();
    let levels: Vec<Level> = rated.iter().map(|(_, _, level)| *level).collect();
    let level = rule
        .supported_level(&levels)
        .map(|(level, at_or_above)| SupportedLevel {
            level,
            rated: rated.len(),
            at_or_above,
            carried_by: rated
                .iter()
                .filter(|(_, _, l)| *l >= level)
                .take(SHOWN)
                .map(|(_, rating, _)| rating.item.clone())
                .collect(),
            ratable,
            threshold: rule.claim_threshold(ratable),
        });
    let strengths = rated
        .iter()
        .take(SHOWN)
        .map(|(_, rating, level)| Strength {
            item: rating.item.clone(),
            level: *level,
            evidence: evidence(rating),
        })
        .collect();

    let gaps = by_key(gaps, |(index, gap)| {
        (u64::from(255 - gap.steps()) << 32) | *index as u64
    });
    let responsibilities = by_key(responsibilities, |(index, r)| {
        (u64::from(holding_rank(r.holding)) << 32) | *index as u64
    });

    Summary {
        level,
        strengths,
        gaps: gaps.into_iter().map(|(_, gap)| gap).collect(),
        responsibilities: responsibilities.into_iter().map(|(_, r)| r).collect(),
        tasks_held,
        distributions,
        ratable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::profile::tests::sample_json;
    use proptest::prelude::*;

    /// The sample profile with five levels and a third, "beyond the base role" held block.
    fn profile() -> Profile {
        let mut json = sample_json();
        for n in [4, 5] {
            let mut step = json["levels"][0].clone();
            step["level"] = n.into();
            json["levels"].as_array_mut().unwrap().push(step);
        }
        json["blocks"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "id": "further", "kind": "held", "beyond_base_role": true,
                "title": { "en": "Further", "nl": "Verder" },
                "items": [
                    { "id": "f1", "text": { "en": "Events", "nl": "Evenementen" } },
                    { "id": "f2", "text": { "en": "Office manager", "nl": "Officemanager" } },
                    { "id": "f3", "text": { "en": "Travel manager", "nl": "Travelmanager" } }
                ]
            }));
        Profile::from_json(&json.to_string()).unwrap()
    }

    fn assess(ratings: Vec<Rating>) -> Assessment {
        Assessment::for_profile(&profile(), Assessment { ratings })
    }

    fn level(item: &str, l: u8) -> Rating {
        Rating {
            current: Some(Level(l)),
            ..Rating::new(item)
        }
    }

    #[test]
    fn nothing_rated_supports_no_level() {
        let summary = summarize(&profile(), &assess(vec![]));
        assert_eq!(summary.level, None);
        assert!(
            summary.strengths.is_empty()
                && summary.gaps.is_empty()
                && summary.responsibilities.is_empty()
        );
        assert_eq!(
            summary.tasks_held,
            Count {
                answered: 0,
                total: 2
            }
        );
        assert_eq!(summary.distributions[0].unrated, 3);
    }

    #[test]
    fn all_at_one_level_supports_that_level() {
        let summary = summarize(
            &profile(),
            &assess(vec![level("s1", 2), level("s2", 2), level("s3", 2)]),
        );
        let found = summary.level.unwrap();
        assert_eq!(
            (found.level, found.rated, found.at_or_above),
            (Level(2), 3, 3)
        );
        assert_eq!(found.carried_by, ["s1", "s2", "s3"]);
    }

    #[test]
    fn mixed_levels_take_the_upper_median_and_unrated_items_do_not_pull_down() {
        let summary = summarize(
            &profile(),
            &assess(vec![level("s1", 1), level("s2", 4), level("s3", 3)]),
        );
        let found = summary.level.unwrap();
        assert_eq!((found.level, found.at_or_above), (Level(3), 2));
        assert_eq!(found.carried_by, ["s2", "s3"]);
        let summary = summarize(&profile(), &assess(vec![level("s2", 4)]));
        assert_eq!(
            summary.level.unwrap().level,
            Level(4),
            "two unrated items do not lower it"
        );
        let summary = summarize(&profile(), &assess(vec![level("s1", 1), level("s2", 5)]));
        assert_eq!(
            summary.level.unwrap().level,
            Level(5),
            "half at 5 or above is enough"
        );
    }

    fn levels(v: &[u8]) -> Vec<Level> {
        v.iter().map(|&l| Level(l)).collect()
    }

    fn rule(at_or_above: u32, rated: u32) -> CareerRule {
        CareerRule { at_or_above, rated }
    }

    #[test]
    fn supported_level_rule() {
        let supported_level = |levels: &[Level]| CareerRule::default().supported_level(levels);
        assert_eq!(supported_level(&levels(&[])), None);
        assert_eq!(supported_level(&levels(&[1, 1, 1, 5])), Some((Level(1), 4)));
        assert_eq!(supported_level(&levels(&[1, 1, 5, 5])), Some((Level(5), 2)));
        assert_eq!(
            supported_level(&levels(&[2, 3, 3, 4, 5])),
            Some((Level(3), 4))
        );
    }

    #[test]
    fn strengths_are_the_highest_with_evidence_first_then_profile_order() {
        let summary = summarize(
            &profile(),
            &assess(vec![
                level("s1", 3),
                level("s2", 4),
                Rating {
                    evidence: "  Ran the audit  ".into(),
                    ..level("s3", 4)
                },
            ]),
        );
        let order: Vec<_> = summary
            .strengths
            .iter()
            .map(|s| (s.item.as_str(), s.level.0, s.evidence.clone()))
            .collect();
        assert_eq!(
            order,
            [
                ("s3", 4, Some("Ran the audit".to_string())),
                ("s2", 4, None),
                ("s1", 3, None)
            ]
        );
    }

    #[test]
    fn gaps_are_targets_above_the_current_level_largest_first() {
        let summary = summarize(
            &profile(),
            &assess(vec![
                Rating {
                    target: Some(Level(3)),
                    ..level("s1", 2)
                },
                Rating {
                    target: Some(Level(2)),
                    ..level("s2", 4)
                },
                Rating {
                    target: Some(Level(2)),
                    ..Rating::new("s3")
                },
            ]),
        );
        let gaps: Vec<_> = summary
            .gaps
            .iter()
            .map(|g| (g.item.as_str(), g.steps()))
            .collect();
        assert_eq!(
            gaps,
            [("s3", 2), ("s1", 1)],
            "a target below the current level is no gap"
        );
    }

    #[test]
    fn responsibilities_beyond_the_base_role_owned_first_and_base_tasks_counted() {
        let summary = summarize(
            &profile(),
            &assess(vec![
                Rating {
                    held: Some(Holding::Occasionally),
                    ..Rating::new("f1")
                },
                Rating {
                    held: Some(Holding::Owner),
                    evidence: "Moved 3 offices".into(),
                    ..Rating::new("f3")
                },
                Rating {
                    held: Some(Holding::NotHeld),
                    ..Rating::new("f2")
                },
                Rating {
                    held: Some(Holding::Regularly),
                    ..Rating::new("t1")
                },
                Rating {
                    held: Some(Holding::NotHeld),
                    ..Rating::new("t2")
                },
            ]),
        );
        let held: Vec<_> = summary
            .responsibilities
            .iter()
            .map(|r| (r.item.as_str(), r.holding))
            .collect();
        assert_eq!(
            held,
            [("f3", Holding::Owner), ("f1", Holding::Occasionally)]
        );
        assert_eq!(
            summary.responsibilities[0].evidence.as_deref(),
            Some("Moved 3 offices")
        );
        assert_eq!(
            summary.tasks_held,
            Count {
                answered: 1,
                total: 2
            }
        );
    }

    #[test]
    fn distributions_count_levels_and_targets_per_rated_block() {
        let summary = summarize(
            &profile(),
            &assess(vec![
                Rating {
                    target: Some(Level(3)),
                    ..level("s1", 2)
                },
                level("s2", 2),
            ]),
        );
        assert_eq!(
            summary.distributions,
            [Distribution {
                block: "skills".into(),
                current: vec![0, 2, 0, 0, 0],
                target: vec![0, 0, 1, 0, 0],
                unrated: 1
            }]
        );
    }

    #[test]
    fn retired_items_and_out_of_scale_levels_are_ignored() {
        let summary = summarize(&profile(), &assess(vec![level("gone", 5), level("s1", 9)]));
        assert_eq!(summary.distributions[0].current, vec![0, 0, 0, 0, 0]);
        assert!(summary.strengths.iter().all(|s| s.item != "gone"));
    }

    #[test]
    fn a_profile_may_ask_for_other_shares() {
        let five = levels(&[2, 3, 3, 4, 5]);
        assert_eq!(rule(60, 50).supported_level(&five), Some((Level(3), 4)));
        assert_eq!(
            rule(80, 50).supported_level(&five),
            Some((Level(3), 4)),
            "4 of 5 is 80%"
        );
        assert_eq!(rule(81, 50).supported_level(&five), Some((Level(2), 5)));
        assert_eq!(rule(40, 50).supported_level(&five), Some((Level(4), 2)));
        assert_eq!(rule(1, 50).supported_level(&five), Some((Level(5), 1)));
        assert_eq!(
            rule(100, 50).supported_level(&five),
            Some((Level(2), 5)),
            "the lowest"
        );
        assert_eq!(rule(50, 60).claim_threshold(41), 25, "24.6 rounded up");
        assert_eq!(rule(50, 100).claim_threshold(41), 41);
        assert_eq!(rule(50, 1).claim_threshold(41), 1);
        assert_eq!(rule(50, 75).claim_threshold(0), 0);
    }

    #[test]
    fn the_summary_follows_the_profiles_rule() {
        let mut json = sample_json();
        json["career_rule"] = serde_json::json!({ "at_or_above": 75, "rated": 100 });
        let strict = Profile::from_json(&json.to_string()).unwrap();
        let ratings = vec![level("s1", 1), level("s2", 3)];
        let under_half = summarize(&profile(), &assess(ratings.clone()))
            .level
            .unwrap();
        assert_eq!(
            (under_half.level, under_half.is_provisional()),
            (Level(3), false)
        );
        let assessment = Assessment::for_profile(&strict, Assessment { ratings });
        let strict = summarize(&strict, &assessment).level.unwrap();
        assert_eq!(strict.level, Level(1), "75% of two is both");
        assert_eq!((strict.threshold, strict.still_needed()), (3, 1));
        assert!(strict.is_provisional());
    }

    #[test]
    fn a_level_is_claimed_only_once_half_the_ratable_items_are_rated() {
        let claim_threshold = |ratable| CareerRule::default().claim_threshold(ratable);
        // The sample profile has three skills: two must be rated.
        assert_eq!(claim_threshold(3), 2);
        assert_eq!(
            claim_threshold(41),
            21,
            "the IMA profile's 41 skills and characteristics"
        );
        assert_eq!(claim_threshold(40), 20);
        assert_eq!(claim_threshold(0), 0);
        let one = summarize(&profile(), &assess(vec![level("s1", 3)]))
            .level
            .unwrap();
        assert!(one.is_provisional());
        assert_eq!((one.level, one.still_needed()), (Level(3), 1));
        let two = summarize(&profile(), &assess(vec![level("s1", 3), level("s2", 2)]))
            .level
            .unwrap();
        assert!(
            !two.is_provisional(),
            "exactly at the threshold the level is claimed"
        );
        assert_eq!(two.still_needed(), 0);
    }

    proptest! {
        #[test]
        fn by_key_sorts_like_a_stable_sort(items in proptest::collection::vec((0u64..5, 0u8..255), 0..60)) {
            let mut expected = items.clone();
            expected.sort_by_key(|(key, _)| *key);
            prop_assert_eq!(by_key(items, |(key, _)| *key), expected);
        }

        #[test]
        fn the_rule_holds_for_any_ratings(levels in proptest::collection::vec(1u8..=5, 1..40)) {
            let levels: Vec<Level> = levels.into_iter().map(Level).collect();
            let (found, at_or_above) = CareerRule::default().supported_level(&levels).unwrap();
            prop_assert!(2 * at_or_above >= levels.len());
            prop_assert_eq!(at_or_above, levels.iter().filter(|&&l| l >= found).count());
            // No higher level satisfies the rule.
            let above = levels.iter().filter(|&&l| l > found).count();
            prop_assert!(2 * above < levels.len());
        }

        #[test]
        fn any_share_is_met_by_the_level_found_and_by_no_higher(
            levels in proptest::collection::vec(1u8..=7, 1..60),
            share in 1u32..=100,
            stricter in 0u32..=99,
            ratable in 0usize..200,
            rated in 1u32..=100,
        ) {
            let levels: Vec<Level> = levels.into_iter().map(Level).collect();
            let count = |l: Level| levels.iter().filter(|&&x| x >= l).count();
            let share_met = |at: usize| 100 * at >= share as usize * levels.len();
            let (found, at_or_above) = rule(share, 50).supported_level(&levels).unwrap();
            prop_assert!(share_met(at_or_above));
            prop_assert_eq!(at_or_above, count(found));
            prop_assert!(!share_met(count(Level(found.0 + 1))));
            // Asking for a larger share never supports a higher level.
            let larger = (share + stricter).min(100);
            let (strict, _) = rule(larger, 50).supported_level(&levels).unwrap();
            prop_assert!(strict <= found);
            // The threshold is the fewest items that make the share of `ratable`.
            let threshold = rule(share, rated).claim_threshold(ratable);
            prop_assert!(100 * threshold >= rated as usize * ratable);
            prop_assert!(threshold == 0 || 100 * (threshold - 1) < rated as usize * ratable);
        }
    }
}
