//! How far the user has come: answered items per block and overall.

use crate::core::answers::assessment::Assessment;
use crate::core::answers::role::RoleProfile;
use crate::core::profile::Profile;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Count {
    pub answered: usize,
    pub total: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    /// One count per block of the profile, in the profile's order.
    pub blocks: Vec<Count>,
    pub overall: Count,
}

impl Progress {
    /// Takes one answer's change into account without counting again: a rating costs the same
    /// whatever the size of the profile.
    pub fn apply(&mut self, block: usize, was_answered: bool, is_answered: bool) {
        let delta = |count: &mut Count| match (was_answered, is_answered) {
            (false, true) => count.answered += 1,
            (true, false) => count.answered = count.answered.saturating_sub(1),
            _ => {}
        };
        if let Some(count) = self.blocks.get_mut(block) {
            delta(count);
            delta(&mut self.overall);
        }
    }
}

/// Counts answered items. Retired items (not in the profile) do not count: the user cannot
/// answer them any more.
pub fn progress(profile: &Profile, assessment: &Assessment) -> Progress {
    let mut blocks: Vec<Count> = profile
        .blocks
        .iter()
        .map(|block| Count {
            answered: 0,
            total: block.items.len(),
        })
        .collect();
    for rating in assessment
        .ratings
        .iter()
        .filter(|rating| rating.is_answered())
    {
        if let Some(index) = profile.block_index_of(&rating.item) {
            blocks[index].answered += 1;
        }
    }
    let overall = blocks.iter().fold(Count::default(), |sum, count| Count {
        answered: sum.answered + count.answered,
        total: sum.total + count.total,
    });
    Progress { blocks, overall }
}

/// Chosen items per block of a role profile, for the role matrix's progress lines.
pub fn role_counts(profile: &Profile, role: &RoleProfile) -> Vec<Count> {
    let mut counts: Vec<Count> = profile
        .blocks
        .iter()
        .map(|b| Count {
            answered: 0,
            total: b.items.len(),
        })
        .collect();
    for need in role.needs.iter().filter(|n| !n.is_blank()) {
        if let Some(block) = profile.block_index_of(&need.item) {
            counts[block].answered += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::assessment::{Holding, Level, Rating};
    use crate::core::profile::tests::sample;

    #[test]
    fn nothing_answered() {
        let profile = sample();
        let p = progress(
            &profile,
            &Assessment::for_profile(&profile, Assessment::default()),
        );
        assert_eq!(
            p.blocks,
            vec![
                Count {
                    answered: 0,
                    total: 2
                },
                Count {
                    answered: 0,
                    total: 3
                }
            ]
        );
        assert_eq!(
            p.overall,
            Count {
                answered: 0,
                total: 5
            }
        );
    }

    #[test]
    fn one_change_updates_the_counts_as_a_recount_would() {
        let profile = sample();
        let mut assessment = Assessment::for_profile(&profile, Assessment::default());
        let mut counts = progress(&profile, &assessment);
        for (position, level) in [(2, Some(2)), (3, Some(1)), (2, None), (2, Some(3))] {
            let was = assessment.ratings[position].is_answered();
            assessment.ratings[position].current = level.map(Level);
            counts.apply(1, was, assessment.ratings[position].is_answered());
            assert_eq!(counts, progress(&profile, &assessment));
        }
        counts.apply(9, false, true);
        assert_eq!(
            counts,
            progress(&profile, &assessment),
            "an unknown block changes nothing"
        );
    }

    #[test]
    fn counts_levels_and_holdings_but_not_targets_notes_or_retired_items() {
        let profile = sample();
        let saved = Assessment {
            ratings: vec![
                Rating {
                    current: Some(Level(2)),
                    ..Rating::new("s1")
                },
                Rating {
                    target: Some(Level(3)),
                    evidence: "x".into(),
                    ..Rating::new("s2")
                },
                Rating {
                    held: Some(Holding::NotHeld),
                    ..Rating::new("t2")
                },
                Rating {
                    current: Some(Level(1)),
                    ..Rating::new("retired")
                },
            ],
        };
        let p = progress(&profile, &Assessment::for_profile(&profile, saved));
        assert_eq!(
            p.blocks,
            vec![
                Count {
                    answered: 1,
                    total: 2
                },
                Count {
                    answered: 1,
                    total: 3
                }
            ]
        );
        assert_eq!(
            p.overall,
            Count {
                answered: 2,
                total: 5
            }
        );
    }
}
