//! How far the user has come: answered items per block and overall, and where she goes on
//! from (the next unanswered item, the place a returning visit opens at).

use crate::core::answers::assessment::Assessment;
use crate::core::answers::role::RoleProfile;
use crate::core::answers::stamps::Stamps;
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

/// The first unanswered item after `after` (from the start without one), going round to the
/// start past the last item; none when every item is answered. Positions are the profile's.
pub fn next_unanswered(
    profile: &Profile,
    assessment: &Assessment,
    after: Option<usize>,
) -> Option<usize> {
    let total = profile.item_count();
    let start = after.map_or(0, |after| after + 1);
    (0..total)
        .map(|step| (start + step) % total)
        .find(|&position| {
            !assessment
                .ratings
                .get(position)
                .is_some_and(|rating| rating.is_answered())
        })
}

/// The item changed last (its answer, target or note), by the stamps kept with the assessment;
/// none before anything was changed. Of items changed at once (an import), the last.
pub fn last_changed(profile: &Profile, stamps: &Stamps) -> Option<usize> {
    stamps
        .items
        .iter()
        .filter(|(_, &stamp)| stamp > 0)
        .filter_map(|(item, &stamp)| Some((stamp, profile.position_of(item)?)))
        .max()
        .map(|(_, position)| position)
}

/// Where a returning visit opens the matrix: at the next unanswered item after the one changed
/// last, or at that one when everything is answered; at the top (none) when nothing was
/// changed yet.
pub fn resume_at(profile: &Profile, assessment: &Assessment, stamps: &Stamps) -> Option<usize> {
    let last = last_changed(profile, stamps)?;
    next_unanswered(profile, assessment, Some(last)).or(Some(last))
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

    fn answered_at(profile: &Profile, positions: &[usize]) -> Assessment {
        let mut assessment = Assessment::for_profile(profile, Assessment::default());
        for &position in positions {
            let rating = &mut assessment.ratings[position];
            if profile.block_index_of(&rating.item) == Some(0) {
                rating.current = Some(Level(2));
            } else {
                rating.held = Some(Holding::Regularly);
            }
        }
        assessment
    }

    fn stamped(profile: &Profile, at: &[(usize, u64)]) -> Stamps {
        Stamps {
            meta: 0,
            items: at
                .iter()
                .map(|&(position, stamp)| (profile.item_at(position).unwrap().to_string(), stamp))
                .collect(),
        }
    }

    #[test]
    fn the_next_unanswered_item_comes_after_the_one_given_and_goes_round() {
        let profile = sample();
        let assessment = answered_at(&profile, &[0, 1, 3]);
        assert_eq!(next_unanswered(&profile, &assessment, None), Some(2));
        assert_eq!(next_unanswered(&profile, &assessment, Some(1)), Some(2));
        assert_eq!(next_unanswered(&profile, &assessment, Some(2)), Some(4));
        assert_eq!(
            next_unanswered(&profile, &assessment, Some(4)),
            Some(2),
            "round to the start"
        );
        let target_only = {
            let mut a = answered_at(&profile, &[]);
            a.ratings[0].target = Some(Level(3));
            a.ratings[0].evidence = "a note".into();
            a
        };
        assert_eq!(
            next_unanswered(&profile, &target_only, None),
            Some(0),
            "a target or a note is no answer"
        );
        assert_eq!(
            next_unanswered(&profile, &answered_at(&profile, &[0, 1, 2, 3, 4]), Some(2)),
            None
        );
    }

    #[test]
    fn a_returning_visit_opens_after_the_item_changed_last() {
        let profile = sample();
        let assessment = answered_at(&profile, &[0, 1, 3]);
        assert_eq!(
            resume_at(&profile, &assessment, &Stamps::default()),
            None,
            "nothing changed yet: the top"
        );
        // Rated in the order 3, 0, 1: the last was item 1, so item 2 is next.
        let stamps = stamped(&profile, &[(3, 10), (0, 20), (1, 30)]);
        assert_eq!(last_changed(&profile, &stamps), Some(1));
        assert_eq!(resume_at(&profile, &assessment, &stamps), Some(2));
        // A note on item 4 after that: the next unanswered after it, round to the start.
        let noted = stamped(&profile, &[(3, 10), (0, 20), (1, 30), (4, 40)]);
        assert_eq!(resume_at(&profile, &assessment, &noted), Some(2));
        let all = answered_at(&profile, &[0, 1, 2, 3, 4]);
        assert_eq!(
            resume_at(&profile, &all, &stamps),
            Some(1),
            "all answered: where she stopped"
        );
    }

    #[test]
    fn stamps_of_retired_items_or_from_before_stamps_were_kept_lead_nowhere() {
        let profile = sample();
        let mut stamps = stamped(&profile, &[(0, 0)]);
        stamps.items.insert("retired".into(), 99);
        assert_eq!(last_changed(&profile, &stamps), None);
        let imported = stamped(&profile, &[(0, 5), (2, 5), (1, 5)]);
        assert_eq!(
            last_changed(&profile, &imported),
            Some(2),
            "changed at once: the last"
        );
    }

    proptest::proptest! {
        /// Whatever is answered and wherever the user is: the item found is unanswered, and every
        /// item passed over on the way round is answered; none means all are.
        #[test]
        fn the_next_unanswered_item_is_the_first_one_round_from_where_the_user_is(
            answered in proptest::collection::vec(proptest::bool::ANY, 5),
            after in proptest::option::of(0usize..5),
        ) {
            let profile = sample();
            let positions: Vec<usize> = (0..5).filter(|&p| answered[p]).collect();
            let assessment = answered_at(&profile, &positions);
            let start = after.map_or(0, |a| a + 1);
            match next_unanswered(&profile, &assessment, after) {
                Some(found) => {
                    proptest::prop_assert!(!answered[found]);
                    let mut passed = start % 5;
                    while passed != found {
                        proptest::prop_assert!(answered[passed]);
                        passed = (passed + 1) % 5;
                    }
                }
                None => proptest::prop_assert!(answered.iter().all(|&a| a)),
            }
        }
    }
}
