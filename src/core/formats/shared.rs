//! An assessment as it leaves the device: with whose view it is, the person's name, the date and
//! the profile it was made with. Share links and exchange files carry this, and everything that
//! comes back in passes [`Shared::validated`] before it may touch the user's data.

use serde::{Deserialize, Serialize};

use crate::core::answers::agreement::Agreement;
use crate::core::answers::assessment::{AnswerProblem, Assessment, Holding, Perspective};
use crate::core::formats::shape::{is_default, ShapeError};
use crate::core::profile::{describe_shape, is_good_id, ItemName, Profile};
use crate::core::words::lang::Lang;
use crate::core::words::texts::{fill, shown, texts};

/// Longest evidence note, in characters (the text area allows the same).
pub const MAX_NOTE: usize = 2000;
/// Longest name, job title, organisation or assessment name, in characters.
pub const MAX_FIELD: usize = 200;
/// Longest purpose of a role profile, in characters.
pub const MAX_PURPOSE: usize = 2000;
/// Most ratings in one assessment: far above any real profile, low enough to refuse a flood.
pub const MAX_RATINGS: usize = 20_000;

/// Who the assessment is about. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    #[serde(skip_serializing_if = "is_default")]
    pub name: String,
    #[serde(skip_serializing_if = "is_default")]
    pub job_title: String,
    #[serde(skip_serializing_if = "is_default")]
    pub organisation: String,
}

impl Person {
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty()
            && self.job_title.trim().is_empty()
            && self.organisation.trim().is_empty()
    }
}

/// The profile something was made with.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileRef {
    pub id: String,
    pub version: String,
}

impl ProfileRef {
    pub fn of(profile: &Profile) -> ProfileRef {
        ProfileRef {
            id: profile.id.clone(),
            version: profile.version.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shared {
    pub profile: ProfileRef,
    /// The name the sender gave the assessment ("Self, 2026"); may be empty.
    pub name: String,
    pub perspective: Perspective,
    /// The day it was made, `YYYY-MM-DD`.
    pub date: String,
    pub person: Person,
    /// For an agreed assessment: the two it was agreed from.
    pub agreement: Option<Agreement>,
    pub assessment: Assessment,
}

/// What is wrong with a well-formed link or file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Invalid {
    /// A value of the wrong type or a missing one, at a path in the file.
    Shape(ShapeError),
    /// A name, title, organisation or date longer than [`MAX_FIELD`].
    FieldTooLong,
    TooManyRatings,
    /// An item without a proper id.
    BadItem,
    /// The same item twice.
    Twice(ItemName),
    NoteTooLong(ItemName),
    Answer(ItemName, AnswerProblem),
    /// An agreed assessment without the two it was agreed from, or those without the view.
    Agreement,
    /// An anonymous contribution with something no version writes in it.
    Contribution,
}

/// Why something from outside (a link, a file) was refused. Nothing has been changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// Not a share link or not an exchange file of this app at all.
    NotOurs,
    /// Cut off or altered on the way.
    Damaged,
    /// Made by a newer version of the app.
    NewerFormat(i64),
    /// Made with another profile than the one this app has loaded.
    OtherProfile { id: String },
    /// Made with another version of the profile, whose items may differ.
    OtherProfileVersion { version: String },
    /// Well-formed, but with a value no version of the app writes.
    Invalid(Invalid),
    /// A file too large to be one of ours; it was not read.
    TooLarge,
    /// A role profile where an assessment was expected, or the other way round.
    WrongKind,
    /// An assessment of someone already in the manager's team (their name).
    AlreadyInTeam(String),
}

impl Invalid {
    fn describe(&self, lang: Lang) -> String {
        let t = texts(lang);
        let one = |template: &str, value: &str| fill(template, &[("x", value)]);
        match self {
            Invalid::Shape(shape) => describe_shape(shape, lang),
            Invalid::FieldTooLong => one(t.invalid_field_long, &MAX_FIELD.to_string()),
            Invalid::TooManyRatings => one(t.invalid_too_many, &MAX_RATINGS.to_string()),
            Invalid::BadItem => t.invalid_bad_item.to_string(),
            Invalid::Twice(item) => one(t.invalid_twice, &item.shown(lang)),
            Invalid::NoteTooLong(item) => fill(
                t.invalid_note_long,
                &[("x", &item.shown(lang)), ("max", &MAX_NOTE.to_string())],
            ),
            Invalid::Answer(item, problem) => describe_answer_problem(item, *problem, lang),
            Invalid::Agreement => t.invalid_agreement.to_string(),
            Invalid::Contribution => t.invalid_contribution.to_string(),
        }
    }
}

/// "level 9 for “Communication”, outside the scale 1–5"
pub fn describe_answer_problem(item: &ItemName, problem: AnswerProblem, lang: Lang) -> String {
    let t = texts(lang);
    match problem {
        AnswerProblem::LevelOutOfScale(level, top) => fill(
            t.invalid_level,
            &[
                ("level", &level.to_string()),
                ("x", &item.shown(lang)),
                ("top", &top.to_string()),
            ],
        ),
        AnswerProblem::WrongKind => fill(t.invalid_kind, &[("x", &item.shown(lang))]),
    }
}

impl Refusal {
    /// A sentence that says what happened and what to do, in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            Refusal::NotOurs => t.refused_not_ours.to_string(),
            Refusal::Damaged => t.refused_damaged.to_string(),
            Refusal::NewerFormat(v) => fill(t.refused_newer, &[("x", &v.to_string())]),
            Refusal::OtherProfile { id } => fill(t.refused_other_profile, &[("x", &shown(id))]),
            Refusal::OtherProfileVersion { version } => {
                fill(t.refused_other_version, &[("x", &shown(version))])
            }
            Refusal::Invalid(invalid) => fill(t.refused_invalid, &[("x", &invalid.describe(lang))]),
            Refusal::TooLarge => t.refused_too_large.to_string(),
            Refusal::WrongKind => t.refused_wrong_kind.to_string(),
            Refusal::AlreadyInTeam(name) => fill(t.refused_in_team, &[("x", &shown(name))]),
        }
    }
}

pub(crate) fn too_long(text: &str, limit: usize) -> bool {
    text.len() > limit && text.chars().count() > limit
}

impl Shared {
    /// Whose view it is, of whom and when, as the page that shows it says it: "Manager view
    /// of Anna de Vries, 2026-11-25" ("someone" when the sender gave no name).
    pub fn whose(&self, lang: Lang) -> String {
        let t = texts(lang);
        let who = self.person.name.trim();
        fill(
            t.shared_whose,
            &[
                ("view", self.perspective.label(lang)),
                ("who", if who.is_empty() { t.someone } else { who }),
                ("date", &self.date),
            ],
        )
    }

    pub fn is_about_someone(&self) -> bool {
        !self.person.is_empty()
    }

    /// Checks everything that came from outside against `profile`, and returns the assessment
    /// laid out for it (retired items kept) — or why it is refused.
    pub fn validated(mut self, profile: &Profile) -> Result<Shared, Refusal> {
        if self.profile.id != profile.id {
            return Err(Refusal::OtherProfile {
                id: self.profile.id,
            });
        }
        for field in [
            &self.name,
            &self.person.name,
            &self.person.job_title,
            &self.person.organisation,
            &self.date,
        ] {
            if too_long(field, MAX_FIELD) {
                return Err(Refusal::Invalid(Invalid::FieldTooLong));
            }
        }
        validate_ratings(&self.assessment, profile)?;
        self.assessment = Assessment::for_profile(profile, self.assessment);
        // Made with the version this one follows: brought to this one, as a stored one is.
        if profile.follows(&self.profile) {
            crate::core::answers::versions::carry_over(profile, &mut self.assessment.ratings);
            self.profile = ProfileRef::of(profile);
        }
        if let Some(agreement) = &mut self.agreement {
            if too_long(&agreement.with, MAX_FIELD)
                || agreement.sides.iter().any(|s| too_long(&s.date, MAX_FIELD))
            {
                return Err(Refusal::Invalid(Invalid::FieldTooLong));
            }
            for side in &agreement.sides {
                validate_ratings(&side.ratings, profile)?;
            }
            // A side keeps its levels and holdings only: its targets and notes stay with it.
            for side in &mut agreement.sides {
                for rating in &mut side.ratings.ratings {
                    rating.target = None;
                    rating.evidence.clear();
                }
            }
            agreement.lay_out(profile);
        }
        // The view and the agreement go together: an agreed assessment says what it was
        // agreed from, and only it.
        if (self.perspective == Perspective::Agreed) != self.agreement.is_some() {
            return Err(Refusal::Invalid(Invalid::Agreement));
        }
        Ok(self)
    }
}

/// The checks every assessment from outside passes.
pub fn validate_ratings(assessment: &Assessment, profile: &Profile) -> Result<(), Refusal> {
    if assessment.ratings.len() > MAX_RATINGS {
        return Err(Refusal::Invalid(Invalid::TooManyRatings));
    }
    let mut seen = std::collections::HashSet::new();
    for rating in &assessment.ratings {
        let id = rating.item.as_str();
        if !is_good_id(id) {
            return Err(Refusal::Invalid(Invalid::BadItem));
        }
        if !seen.insert(id) {
            return Err(Refusal::Invalid(Invalid::Twice(profile.name_of(id))));
        }
        if too_long(&rating.evidence, MAX_NOTE) {
            return Err(Refusal::Invalid(Invalid::NoteTooLong(profile.name_of(id))));
        }
        if let Some(problem) = rating.problem(profile) {
            return Err(Refusal::Invalid(Invalid::Answer(
                profile.name_of(id),
                problem,
            )));
        }
    }
    Ok(())
}

/// Numbers for the share-link byte format; kept here so that the mapping is one table.
pub(crate) fn holding_code(holding: Option<Holding>) -> u8 {
    holding.map_or(0, |h| h.index() as u8 + 1)
}

pub(crate) fn holding_from_code(code: u8) -> Option<Option<Holding>> {
    match code {
        0 => Some(None),
        1..=4 => Some(Some(Holding::ALL[usize::from(code) - 1])),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::assessment::{Level, Rating};
    use crate::core::profile::tests::sample;

    fn shared(ratings: Vec<Rating>) -> Shared {
        Shared {
            profile: ProfileRef {
                id: "sample".into(),
                version: "1".into(),
            },
            date: "2026-11-24".into(),
            assessment: Assessment { ratings },
            ..Shared::default()
        }
    }

    #[test]
    fn says_whose_view_it_is_of_whom_and_when_in_both_languages() {
        let mut manager = shared(Vec::new());
        manager.perspective = Perspective::Manager;
        manager.person.name = "  Anna de Vries ".into();
        assert_eq!(
            manager.whose(Lang::En),
            "Manager view of Anna de Vries, 2026-11-24"
        );
        assert_eq!(
            manager.whose(Lang::Nl),
            "Beeld van Anna de Vries (Manager), 2026-11-24"
        );
        manager.person.name = " ".into();
        assert_eq!(
            manager.whose(Lang::En),
            "Manager view of someone, 2026-11-24"
        );
        assert_eq!(
            manager.whose(Lang::Nl),
            "Beeld van iemand (Manager), 2026-11-24"
        );
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
        assert_eq!(valid.assessment.ratings[3].current, Some(Level(3)));
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
            Shared {
                name: "n".repeat(MAX_FIELD + 1),
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
            profile: ProfileRef {
                id: "nvma".into(),
                version: "1".into(),
            },
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
    fn every_refusal_reads_as_a_sentence_in_both_languages() {
        let refusals = [
            Refusal::NotOurs,
            Refusal::Damaged,
            Refusal::NewerFormat(3),
            Refusal::OtherProfile { id: "x".into() },
            Refusal::OtherProfileVersion {
                version: "0.9".into(),
            },
            Refusal::Invalid(Invalid::FieldTooLong),
            Refusal::Invalid(Invalid::TooManyRatings),
            Refusal::Invalid(Invalid::BadItem),
            Refusal::Invalid(Invalid::Twice(ItemName::unknown("s1"))),
            Refusal::Invalid(Invalid::NoteTooLong(ItemName::unknown("s1"))),
            Refusal::Invalid(Invalid::Answer(
                ItemName::unknown("s1"),
                AnswerProblem::LevelOutOfScale(9, 5),
            )),
            Refusal::Invalid(Invalid::Answer(
                ItemName::unknown("s1"),
                AnswerProblem::WrongKind,
            )),
            Refusal::Invalid(Invalid::Shape(ShapeError {
                path: "assessment[0].current".into(),
                expected: crate::core::formats::shape::Expected::WholeNumber,
            })),
            Refusal::TooLarge,
            Refusal::WrongKind,
        ];
        for refusal in refusals {
            let (en, nl) = (refusal.message(Lang::En), refusal.message(Lang::Nl));
            assert_ne!(en, nl);
            for message in [en, nl] {
                assert!(message.ends_with('.'), "{message}");
                assert!(message.starts_with(char::is_uppercase), "{message}");
                assert!(!message.contains('{'), "{message}");
            }
        }
    }

    #[test]
    fn values_from_outside_are_quoted_short_and_clean() {
        assert_eq!(shown("ima-msp"), "ima-msp");
        assert_eq!(shown("a\u{0}b\nc"), "abc");
        let long = "x".repeat(5000);
        let message = Refusal::OtherProfile { id: long }.message(Lang::En);
        assert!(message.chars().count() < 150, "{message}");
    }

    #[test]
    fn holding_codes_round_trip() {
        for holding in [None].into_iter().chain(Holding::ALL.map(Some)) {
            assert_eq!(holding_from_code(holding_code(holding)), Some(holding));
        }
        assert_eq!(holding_from_code(5), None);
    }
}
