//! Role profiles: what a post needs, picked from the same competence profile by a manager or a
//! recruiter — the tasks and responsibilities it includes (required or optional) and the level
//! it needs of each skill and characteristic. Held against an assessment, a role gives the fit.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::assessment::{Assessment, Holding, Level};
use super::profile::{is_good_id, BlockKind, ItemId, Profile};
use super::shape::is_default;
use super::shared::{too_long, Invalid, ProfileRef, Refusal, MAX_FIELD, MAX_PURPOSE, MAX_RATINGS};
use super::summary::{by_key, supported_level, SHOWN};
use super::workbook::Stamps;

/// Whether a task or responsibility is part of the post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    Required,
    Optional,
}

impl Requirement {
    pub const WORDS: &'static [&'static str] = &["required", "optional"];
}

/// What the post needs of one item: a level for a skill or characteristic, a requirement for a
/// task or responsibility (`"need"`). Both empty: the post does not need the item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Need {
    pub item: ItemId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(default, rename = "need", skip_serializing_if = "Option::is_none")]
    pub requirement: Option<Requirement>,
}

impl Need {
    pub fn new(item: impl Into<ItemId>) -> Need {
        Need {
            item: item.into(),
            ..Need::default()
        }
    }

    pub fn is_blank(&self) -> bool {
        self.level.is_none() && self.requirement.is_none()
    }
}

/// A role profile. `id` is local to this browser (a role that arrives by link or file gets a
/// new one, and a file carries none); the rest travels.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleProfile {
    #[serde(default, skip_serializing_if = "is_default")]
    pub id: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub title: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub organisation: String,
    /// A few sentences on what the post is for, written by the user.
    #[serde(default, skip_serializing_if = "is_default")]
    pub purpose: String,
    pub profile: ProfileRef,
    /// In profile order once laid out (see [`RoleProfile::for_profile`]); needs of items the
    /// profile no longer has follow them. Written without the blank ones; read with later
    /// duplicates of an item dropped.
    #[serde(default, serialize_with = "needs_out", deserialize_with = "needs_in")]
    pub needs: Vec<Need>,
    /// When its details and needs were last changed (kept in storage, never shared).
    #[serde(default, skip_serializing_if = "Stamps::is_empty")]
    pub stamps: Stamps,
}

fn needs_out<S: Serializer>(needs: &[Need], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(needs.iter().filter(|n| !n.is_blank()))
}

fn needs_in<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Need>, D::Error> {
    let mut needs = Vec::<Need>::deserialize(deserializer)?;
    let mut seen = std::collections::HashSet::new();
    needs.retain(|need| seen.insert(need.item.clone()));
    Ok(needs)
}

impl RoleProfile {
    /// One need per item of `profile`, in its order, with whatever `role` says of it.
    pub fn for_profile(profile: &Profile, role: RoleProfile) -> RoleProfile {
        let mut needs: Vec<Need> = (0..profile.item_count())
            .map(|p| Need::new(profile.item_at(p).unwrap_or_default()))
            .collect();
        let mut retired = Vec::new();
        for need in role.needs {
            match profile.position_of(&need.item) {
                Some(p) if needs[p].is_blank() => needs[p] = need,
                Some(_) => {}
                None if !need.is_blank() => retired.push(need),
                None => {}
            }
        }
        needs.extend(retired);
        RoleProfile { needs, ..role }
    }

    pub fn is_blank(&self) -> bool {
        self.title.trim().is_empty()
            && self.organisation.trim().is_empty()
            && self.purpose.trim().is_empty()
            && self.needs.iter().all(Need::is_blank)
    }

    /// Checks a role from outside (a link, a file) against `profile` and lays it out for it.
    pub fn validated(self, profile: &Profile) -> Result<RoleProfile, Refusal> {
        if self.profile.id != profile.id {
            return Err(Refusal::OtherProfile {
                id: self.profile.id,
            });
        }
        if [&self.title, &self.organisation]
            .iter()
            .any(|f| too_long(f, MAX_FIELD))
            || too_long(&self.purpose, MAX_PURPOSE)
        {
            return Err(Refusal::Invalid(Invalid::FieldTooLong));
        }
        if self.needs.len() > MAX_RATINGS {
            return Err(Refusal::Invalid(Invalid::TooManyRatings));
        }
        let mut seen = std::collections::HashSet::new();
        let top = profile.top_level();
        for need in &self.needs {
            if !is_good_id(&need.item) {
                return Err(Refusal::Invalid(Invalid::BadItem));
            }
            if !seen.insert(need.item.as_str()) {
                return Err(Refusal::Invalid(Invalid::Twice(
                    profile.name_of(&need.item),
                )));
            }
            let problem = match (profile.kind_of(&need.item), need.level, need.requirement) {
                (_, Some(level), _) if level.0 == 0 || level.0 > top => Some(
                    super::assessment::AnswerProblem::LevelOutOfScale(level.0, top),
                ),
                (Some(BlockKind::Held), Some(_), _) | (Some(BlockKind::Rated), _, Some(_)) => {
                    Some(super::assessment::AnswerProblem::WrongKind)
                }
                (None, Some(_), Some(_)) => Some(super::assessment::AnswerProblem::WrongKind),
                _ => None,
            };
            if let Some(problem) = problem {
                return Err(Refusal::Invalid(Invalid::Answer(
                    profile.name_of(&need.item),
                    problem,
                )));
            }
        }
        Ok(RoleProfile::for_profile(profile, self))
    }

    /// The role as it leaves the device: without its local id and stamps.
    pub fn shared(&self) -> RoleProfile {
        RoleProfile {
            id: String::new(),
            stamps: Stamps::default(),
            ..self.clone()
        }
    }

    /// The career level the post asks for, by the rule the summary uses for an assessment:
    /// the highest level at or above which at least half of the required levels stand.
    pub fn career_level(&self, profile: &Profile) -> Option<Level> {
        let levels: Vec<Level> = self
            .needs
            .iter()
            .filter(|n| profile.has_item(&n.item))
            .filter_map(|n| n.level)
            .collect();
        supported_level(&levels).map(|(level, _)| level)
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
pub(crate) mod tests {
    use super::*;
    use crate::core::assessment::Rating;
    use crate::core::profile::tests::sample;

    pub(crate) fn role() -> RoleProfile {
        let profile = sample();
        RoleProfile::for_profile(
            &profile,
            RoleProfile {
                stamps: Default::default(),
                id: "r1".into(),
                title: "Executive Assistant".into(),
                organisation: "Acme".into(),
                purpose: "Runs the office.".into(),
                profile: ProfileRef::of(&profile),
                needs: vec![
                    Need {
                        requirement: Some(Requirement::Required),
                        ..Need::new("t1")
                    },
                    Need {
                        requirement: Some(Requirement::Optional),
                        ..Need::new("t2")
                    },
                    Need {
                        level: Some(Level(2)),
                        ..Need::new("s1")
                    },
                    Need {
                        level: Some(Level(3)),
                        ..Need::new("s2")
                    },
                ],
            },
        )
    }

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
    fn stores_and_reads_back() {
        let text = serde_json::to_string(&role()).unwrap();
        let back: RoleProfile = serde_json::from_str(&text).unwrap();
        assert_eq!(RoleProfile::for_profile(&sample(), back), role());
        assert!(
            text.contains(r#"{"item":"t1","need":"required"}"#),
            "{text}"
        );
        assert!(
            !serde_json::to_string(&role().shared())
                .unwrap()
                .contains("\"r1\""),
            "the local id stays home"
        );
    }

    #[test]
    fn refuses_what_no_version_writes() {
        let bad = |needs: Vec<Need>| RoleProfile { needs, ..role() }.validated(&sample());
        assert!(bad(vec![Need {
            level: Some(Level(4)),
            ..Need::new("s1")
        }])
        .is_err());
        assert!(bad(vec![Need {
            level: Some(Level(1)),
            ..Need::new("t1")
        }])
        .is_err());
        assert!(bad(vec![Need {
            requirement: Some(Requirement::Required),
            ..Need::new("s1")
        }])
        .is_err());
        assert!(bad(vec![Need::new("s1"), Need::new("s1")]).is_err());
        assert!(bad(vec![Need::new("a b")]).is_err());
        assert!(RoleProfile {
            title: "x".repeat(MAX_FIELD + 1),
            ..role()
        }
        .validated(&sample())
        .is_err());
        let other = RoleProfile {
            profile: ProfileRef {
                id: "x".into(),
                version: "1".into(),
            },
            ..role()
        };
        assert_eq!(
            other.validated(&sample()),
            Err(Refusal::OtherProfile { id: "x".into() })
        );
        assert!(role().validated(&sample()).is_ok());
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
