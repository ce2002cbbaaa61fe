//! Role profiles: what a post needs, picked from the same competence profile by a manager or a
//! recruiter — the tasks and responsibilities it includes (required or optional) and the level
//! it needs of each skill and characteristic. Held against an assessment, a role gives the fit.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::answers::assessment::Level;
use crate::core::answers::stamps::Stamps;
use crate::core::formats::shape::is_default;
use crate::core::formats::shared::{
    too_long, Invalid, ProfileRef, Refusal, MAX_FIELD, MAX_PURPOSE, MAX_RATINGS,
};
use crate::core::profile::{is_good_id, BlockKind, ItemId, Profile};

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
                    crate::core::answers::assessment::AnswerProblem::LevelOutOfScale(level.0, top),
                ),
                (Some(BlockKind::Held), Some(_), _) | (Some(BlockKind::Rated), _, Some(_)) => {
                    Some(crate::core::answers::assessment::AnswerProblem::WrongKind)
                }
                (None, Some(_), Some(_)) => {
                    Some(crate::core::answers::assessment::AnswerProblem::WrongKind)
                }
                _ => None,
            };
            if let Some(problem) = problem {
                return Err(Refusal::Invalid(Invalid::Answer(
                    profile.name_of(&need.item),
                    problem,
                )));
            }
        }
        let mut role = RoleProfile::for_profile(profile, self);
        // Made with the version this one follows: brought to this one, as a stored role is.
        if profile.follows(&role.profile) {
            crate::core::answers::versions::carry_over(profile, &mut role.needs);
            role.profile = ProfileRef::of(profile);
        }
        Ok(role)
    }

    /// The role as it leaves the device: without its local id and stamps.
    pub fn shared(&self) -> RoleProfile {
        RoleProfile {
            id: String::new(),
            stamps: Stamps::default(),
            ..self.clone()
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
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
}
