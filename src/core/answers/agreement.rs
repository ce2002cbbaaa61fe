//! The result of an appraisal meeting: an agreed assessment, reached from two assessments of
//! the same person — her own view and her manager's. It keeps both as they stood when the
//! meeting began, so that wherever the result goes (storage, a link, a file, paper) it shows
//! what each side said, where they agreed at once, what is still open, and where the result
//! differs from her own view.

use serde::{Deserialize, Serialize};

use crate::core::answers::assessment::{Assessment, Perspective, Rating};
use crate::core::answers::workbook::{Entry, Workbook};
use crate::core::formats::shape::is_default;
use crate::core::formats::shared::ProfileRef;
use crate::core::profile::{BlockKind, Profile};
use crate::core::words::lang::Lang;

/// What an agreed assessment was reached from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    /// Whom the person agreed with (her manager), for the signature line; may be empty.
    #[serde(default, skip_serializing_if = "is_default")]
    pub with: String,
    /// The person's own view first, then the other one, as they stood when the meeting began.
    pub sides: [Side; 2],
}

/// One of the two assessments an agreement was reached from: whose view, of when, and the
/// levels and holdings it gave (its targets and notes stay with it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Side {
    #[serde(default)]
    pub view: Perspective,
    #[serde(default, skip_serializing_if = "is_default")]
    pub date: String,
    #[serde(default)]
    pub ratings: Assessment,
}

/// Where an item of an agreed assessment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Neither side answered it: there was nothing to agree on.
    Unasked,
    /// The sides differ (or one did not answer), and no result is set yet.
    Open,
    /// Both sides gave this answer, and it is the result.
    BothSaid,
    /// The result is one side's answer (0: the person's own, 1: the other's).
    TookSide(usize),
    /// The result is neither side's answer.
    Other,
}

impl Side {
    fn of(entry: &Entry) -> Side {
        Side {
            view: entry.perspective,
            date: entry.date.clone(),
            ratings: Assessment {
                ratings: entry
                    .assessment
                    .answered()
                    .filter(|r| r.is_answered())
                    .map(|r| Rating {
                        current: r.current,
                        held: r.held,
                        ..Rating::new(r.item.clone())
                    })
                    .collect(),
            },
        }
    }

    /// The answer at `position`, as a step (see [`Rating::step`]).
    pub fn step_at(&self, profile: &Profile, position: usize) -> Option<u8> {
        let rating = self.ratings.ratings.get(position)?;
        rating.step(profile.kind_of(&rating.item)?)
    }
}

impl Agreement {
    /// The start of an agreement between `first` and `second`, laid out for `profile`: the
    /// person's own view is the side whose perspective says so (else the first chosen).
    pub fn between(profile: &Profile, first: &Entry, second: &Entry) -> Agreement {
        let (own, other) =
            if second.perspective == Perspective::Own && first.perspective != Perspective::Own {
                (second, first)
            } else {
                (first, second)
            };
        let mut agreement = Agreement {
            with: String::new(),
            sides: [Side::of(own), Side::of(other)],
        };
        agreement.lay_out(profile);
        agreement
    }

    /// Lays both sides out for `profile` (see [`Assessment::for_profile`]).
    pub fn lay_out(&mut self, profile: &Profile) {
        for side in &mut self.sides {
            side.ratings = Assessment::for_profile(profile, std::mem::take(&mut side.ratings));
        }
    }

    /// The result as the meeting starts: every item both sides answered alike holds that
    /// answer; the rest is open. Laid out for `profile`.
    pub fn prefilled(&self, profile: &Profile) -> Assessment {
        let mut result = Assessment::for_profile(profile, Assessment::default());
        for (position, rating) in result.ratings.iter_mut().enumerate() {
            let [own, other] = &self.sides;
            let (Some(a), Some(b)) = (
                own.ratings.ratings.get(position),
                other.ratings.ratings.get(position),
            ) else {
                continue;
            };
            match profile.kind_of(&rating.item) {
                Some(BlockKind::Rated) if a.current.is_some() && a.current == b.current => {
                    rating.current = a.current
                }
                Some(BlockKind::Held) if a.held.is_some() && a.held == b.held => {
                    rating.held = a.held
                }
                _ => {}
            }
        }
        result
    }

    /// Where the item at `position` stands, given the result so far.
    pub fn standing(&self, profile: &Profile, result: &Assessment, position: usize) -> Standing {
        let [own, other] = &self.sides;
        let (a, b) = (
            own.step_at(profile, position),
            other.step_at(profile, position),
        );
        let agreed = result
            .ratings
            .get(position)
            .and_then(|rating| rating.step(profile.kind_of(&rating.item)?));
        match agreed {
            None if a.is_none() && b.is_none() => Standing::Unasked,
            None => Standing::Open,
            Some(x) if a == Some(x) && b == Some(x) => Standing::BothSaid,
            Some(x) if a == Some(x) => Standing::TookSide(0),
            Some(x) if b == Some(x) => Standing::TookSide(1),
            Some(_) => Standing::Other,
        }
    }

    /// How many items are still open.
    pub fn open(&self, profile: &Profile, result: &Assessment) -> usize {
        (0..profile.item_count())
            .filter(|&p| self.standing(profile, result, p) == Standing::Open)
            .count()
    }

    /// The next open item after `after` (from the start when none), round to the start.
    pub fn next_open(
        &self,
        profile: &Profile,
        result: &Assessment,
        after: Option<usize>,
    ) -> Option<usize> {
        let count = profile.item_count();
        let start = after.map_or(0, |p| p + 1);
        (0..count)
            .map(|n| (start + n) % count)
            .find(|&p| self.standing(profile, result, p) == Standing::Open)
    }

    /// The items whose result differs from the person's own view, in profile order: (its
    /// position, her answer, the result), each as a step.
    pub fn changed_from_own(
        &self,
        profile: &Profile,
        result: &Assessment,
    ) -> Vec<(usize, Option<u8>, u8)> {
        (0..profile.item_count())
            .filter_map(|position| {
                let rating = result.ratings.get(position)?;
                let agreed = rating.step(profile.kind_of(&rating.item)?)?;
                let own = self.sides[0].step_at(profile, position);
                (own != Some(agreed)).then_some((position, own, agreed))
            })
            .collect()
    }

    /// What each side is called beside an item: whose view ("Self", "Manager"), with its
    /// date when both are the same view.
    pub fn side_labels(&self, lang: Lang) -> [String; 2] {
        let [a, b] = &self.sides;
        let same = a.view == b.view;
        [a, b].map(|side| {
            let label = side.view.label(lang);
            if same && !side.date.is_empty() {
                format!("{label} ({})", side.date)
            } else {
                label.to_string()
            }
        })
    }

    /// What it was agreed from, for its heading: each side's label with its date ("Self,
    /// 2026-11-25"), the date said once.
    pub fn sources(&self, lang: Lang) -> [String; 2] {
        let labels = self.side_labels(lang);
        let mut sides = self.sides.iter();
        labels.map(|label| match sides.next().map(|side| side.date.as_str()) {
            Some(date) if !date.is_empty() && !label.contains(date) => format!("{label}, {date}"),
            _ => label,
        })
    }
}

impl Workbook {
    /// The agreed assessment that starts from two of this workbook's (by id), dated `today`:
    /// what both said alike is its answer, the rest is open; it is about the person the own
    /// view is about, and aims at the role she aims at. None from one assessment twice, from
    /// one that is gone, or from an agreed one. `Change::Agreed` adds it.
    pub fn agreement_of(
        &self,
        profile: &Profile,
        first: &str,
        second: &str,
        today: &str,
    ) -> Option<Entry> {
        if !self.can_agree(first, second) {
            return None;
        }
        let (a, b) = (
            &self.entries[self.index_of(first)?],
            &self.entries[self.index_of(second)?],
        );
        let agreement = Agreement::between(profile, a, b);
        let own = if b.perspective == Perspective::Own && a.perspective != Perspective::Own {
            b
        } else {
            a
        };
        let person = [own, a, b]
            .into_iter()
            .map(|e| &e.person)
            .find(|p| !p.is_empty())
            .cloned()
            .unwrap_or_default();
        Some(Entry {
            date: today.to_string(),
            perspective: Perspective::Agreed,
            person,
            profile: Some(ProfileRef::of(profile)),
            aim: own.aim.clone(),
            assessment: agreement.prefilled(profile),
            agreement: Some(agreement),
            ..Entry::default()
        })
    }

    /// Whether an agreement can start from these two assessments: two of them, neither agreed.
    pub fn can_agree(&self, first: &str, second: &str) -> bool {
        let agreed = |id| {
            self.index_of(id)
                .map(|i| self.entries[i].agreement.is_some())
        };
        first != second && agreed(first) == Some(false) && agreed(second) == Some(false)
    }
}

#[cfg(test)]
mod tests;
