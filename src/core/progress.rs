//! How far the user has come: answered items per block and overall.

use super::assessment::Assessment;
use super::profile::Profile;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::{Holding, Level, Rating};
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
