//! An assessment held against a role profile: which needed levels it meets, which it falls
//! short of, which tasks are still to take on — and the career level a post asks for.

use crate::core::answers::assessment::{Assessment, Holding, Level};
use crate::core::answers::role::{Requirement, RoleProfile};
use crate::core::computed::summary::{by_key, SHOWN};
use crate::core::profile::{ItemId, Profile};

impl RoleProfile {
    /// The career level the post asks for, by the rule the summary uses for an assessment:
    /// the highest level at or above which the profile's share of the required levels stand.
    pub fn career_level(&self, profile: &Profile) -> Option<Level> {
        let levels: Vec<Level> = self
            .needs
            .iter()
            .filter(|n| profile.has_item(&n.item))
            .filter_map(|n| n.level)
            .collect();
        profile
            .career_rule()
            .supported_level(&levels)
            .map(|(level, _)| level)
    }
}

/// How an assessed level stands against the required one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Meets,
    /// Above by this many levels.
    Above(u8),
    /// Below by this many levels.
    Below(u8),
    /// Not rated in the assessment.
    Unrated,
}

/// One skill or characteristic the post needs, against the assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FitRow {
    pub item: ItemId,
    pub required: Level,
    pub current: Option<Level>,
    pub mark: Mark,
}

/// A task or responsibility the post needs that the person does not hold yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub item: ItemId,
    pub requirement: Requirement,
}

/// An assessment held against a role profile. Items the post does not need are left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    /// Below first (largest gap first), then not rated, then meets and above; profile order
    /// among equals.
    pub rows: Vec<FitRow>,
    /// Skills and characteristics at or above the required level.
    pub meets: usize,
    pub required: usize,
    /// Required tasks and responsibilities held, of all required ones.
    pub tasks_held: usize,
    pub tasks_required: usize,
    /// Needed tasks and responsibilities not held: required first, then optional.
    pub missing: Vec<Missing>,
}

impl Fit {
    /// The largest gaps, for the one-sentence verdict: at most [`SHOWN`].
    pub fn largest_gaps(&self) -> impl Iterator<Item = &FitRow> {
        self.rows
            .iter()
            .filter(|r| matches!(r.mark, Mark::Below(_)))
            .take(SHOWN)
    }
}

pub fn fit(profile: &Profile, role: &RoleProfile, assessment: &Assessment) -> Fit {
    let mut rows = Vec::new();
    let mut missing = Vec::new();
    let (mut tasks_held, mut tasks_required) = (0, 0);
    for need in &role.needs {
        let Some(position) = profile.position_of(&need.item) else {
            continue;
        };
        // Assessments are laid out in profile order; fall back to a search for one that is not.
        let rating = assessment
            .ratings
            .get(position)
            .filter(|r| r.item == need.item)
            .or_else(|| assessment.rating(&need.item));
        if let Some(required) = need.level {
            let current = rating.and_then(|r| r.current);
            let mark = match current {
                None => Mark::Unrated,
                Some(c) if c == required => Mark::Meets,
                Some(c) if c > required => Mark::Above(c.0 - required.0),
                Some(c) => Mark::Below(required.0 - c.0),
            };
            rows.push((
                position,
                FitRow {
                    item: need.item.clone(),
                    required,
                    current,
                    mark,
                },
            ));
        }
        if let Some(requirement) = need.requirement {
            let held = rating.and_then(|r| r.held).is_some_and(Holding::is_held);
            if requirement == Requirement::Required {
                tasks_required += 1;
                tasks_held += usize::from(held);
            }
            if !held {
                missing.push((
                    position,
                    Missing {
                        item: need.item.clone(),
                        requirement,
                    },
                ));
            }
        }
    }
    let rank = |mark: Mark| -> u64 {
        match mark {
            Mark::Below(by) => u64::from(u8::MAX - by),
            Mark::Unrated => 1 << 8,
            Mark::Meets => 2 << 8,
            Mark::Above(by) => (3 << 8) | u64::from(by),
        }
    };
    let rows = by_key(rows, |(position, row)| {
        (rank(row.mark) << 32) | *position as u64
    });
    let missing = by_key(missing, |(position, m)| {
        ((m.requirement as u64) << 32) | *position as u64
    });
    let meets = rows
        .iter()
        .filter(|(_, r)| matches!(r.mark, Mark::Meets | Mark::Above(_)))
        .count();
    Fit {
        required: rows.len(),
        meets,
        rows: rows.into_iter().map(|(_, r)| r).collect(),
        tasks_held,
        tasks_required,
        missing: missing.into_iter().map(|(_, m)| m).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::assessment::Rating;
    use crate::core::answers::role::tests::role;
    use crate::core::answers::role::Need;
    use crate::core::profile::tests::sample;

    fn assessed(ratings: Vec<Rating>) -> Assessment {
        Assessment::for_profile(&sample(), Assessment { ratings })
    }

    fn level(item: &str, l: u8) -> Rating {
        Rating {
            current: Some(Level(l)),
            ..Rating::new(item)
        }
    }

    #[test]
    fn the_role_asks_for_a_career_level_by_the_summary_rule() {
        let profile = sample();
        assert_eq!(
            role().career_level(&profile),
            Some(Level(3)),
            "levels 2 and 3: the upper median"
        );
        let none = RoleProfile::for_profile(
            &profile,
            RoleProfile {
                needs: vec![],
                ..role()
            },
        );
        assert_eq!(none.career_level(&profile), None);
    }

    #[test]
    fn fit_marks_each_needed_item_and_orders_the_gaps_first() {
        let profile = sample();
        let fit = fit(
            &profile,
            &role(),
            &assessed(vec![level("s1", 3), level("s2", 1), level("s3", 1)]),
        );
        let rows: Vec<_> = fit.rows.iter().map(|r| (r.item.as_str(), r.mark)).collect();
        assert_eq!(rows, [("s2", Mark::Below(2)), ("s1", Mark::Above(1))]);
        assert_eq!((fit.meets, fit.required), (1, 2));
        assert_eq!(
            fit.largest_gaps()
                .map(|r| r.item.as_str())
                .collect::<Vec<_>>(),
            ["s2"]
        );
        // s3 is not needed by the post: left out.
        assert!(fit.rows.iter().all(|r| r.item != "s3"));
    }

    #[test]
    fn fit_ties_unrated_items_and_tasks() {
        let profile = sample();
        let needs = vec![
            Need {
                level: Some(Level(2)),
                ..Need::new("s1")
            },
            Need {
                level: Some(Level(2)),
                ..Need::new("s2")
            },
            Need {
                level: Some(Level(2)),
                ..Need::new("s3")
            },
            Need {
                requirement: Some(Requirement::Optional),
                ..Need::new("t1")
            },
            Need {
                requirement: Some(Requirement::Required),
                ..Need::new("t2")
            },
        ];
        let role = RoleProfile::for_profile(&profile, RoleProfile { needs, ..role() });
        let fit = fit(
            &profile,
            &role,
            &assessed(vec![
                level("s1", 1),
                level("s3", 1),
                Rating {
                    held: Some(Holding::NotHeld),
                    ..Rating::new("t2")
                },
            ]),
        );
        let rows: Vec<_> = fit.rows.iter().map(|r| (r.item.as_str(), r.mark)).collect();
        assert_eq!(
            rows,
            [
                ("s1", Mark::Below(1)),
                ("s3", Mark::Below(1)),
                ("s2", Mark::Unrated)
            ],
            "equal gaps keep profile order; not rated comes after the gaps"
        );
        assert_eq!(fit.meets, 0);
        assert_eq!((fit.tasks_held, fit.tasks_required), (0, 1));
        let missing: Vec<_> = fit
            .missing
            .iter()
            .map(|m| (m.item.as_str(), m.requirement))
            .collect();
        assert_eq!(
            missing,
            [("t2", Requirement::Required), ("t1", Requirement::Optional)]
        );
    }

    #[test]
    fn a_blank_role_needs_nothing() {
        let profile = sample();
        let blank = RoleProfile::for_profile(&profile, RoleProfile::default());
        assert!(blank.is_blank());
        let fit = fit(&profile, &blank, &assessed(vec![level("s1", 3)]));
        assert_eq!((fit.required, fit.meets, fit.missing.len()), (0, 0, 0));
    }
}
