//! Two assessments side by side: self and manager, or last year and this year. What an
//! appraisal meeting is about is where they differ, so the comparison counts agreement, sorts
//! by disagreement and, for two dates of the same person, reads as growth.

use crate::core::answers::assessment::{Assessment, Holding, Level, Perspective, Rating};
use crate::core::answers::workbook::{Entry, Workbook};
use crate::core::computed::summary::{summarize, Summary};
use crate::core::formats::shared::{Person, ProfileRef, Refusal};
use crate::core::profile::{BlockKind, ItemId, Profile};
use crate::core::words::lang::lower;

/// One side of a comparison: an assessment with who and when.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    pub name: &'a str,
    pub date: &'a str,
    pub perspective: Perspective,
    pub person: &'a Person,
    pub profile: Option<&'a ProfileRef>,
    pub assessment: &'a Assessment,
}

/// An item's answer on one side, as a step on its scale: a level for rated items, the holding
/// (0 not held … 3 owner) for held ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub step: Option<u8>,
    pub target: Option<Level>,
    pub evidence: String,
}

impl Answer {
    fn of(rating: Option<&Rating>, kind: BlockKind) -> Answer {
        let step = rating.and_then(|r| match kind {
            BlockKind::Rated => r.current.map(|l| l.0),
            BlockKind::Held => r.held.map(|h| h.index() as u8),
        });
        Answer {
            step,
            target: rating.and_then(|r| r.target),
            evidence: rating
                .map(|r| r.evidence.trim().to_string())
                .unwrap_or_default(),
        }
    }

    pub fn holding(&self) -> Option<Holding> {
        self.step
            .and_then(|s| Holding::ALL.get(usize::from(s)).copied())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub item: ItemId,
    pub kind: BlockKind,
    pub block: usize,
    pub a: Answer,
    pub b: Answer,
}

impl Row {
    /// B − A in steps, when both answered.
    pub fn difference(&self) -> Option<i16> {
        Some(i16::from(self.b.step?) - i16::from(self.a.step?))
    }

    /// True when the two answers are not the same (one missing counts as different).
    pub fn differs(&self) -> bool {
        self.a.step != self.b.step
    }

    fn answered_by_either(&self) -> bool {
        self.a.step.is_some() || self.b.step.is_some()
    }
}

/// Both averages of a rated block, in tenths of a level (34 = 3.4), so that no float code is
/// needed; `None` when nothing in the block is rated on that side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockAverages {
    pub block: usize,
    pub a: Option<u16>,
    pub b: Option<u16>,
}

impl BlockAverages {
    /// B − A in tenths.
    pub fn change(&self) -> Option<i32> {
        Some(i32::from(self.b?) - i32::from(self.a?))
    }
}

/// How the rows are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// The largest disagreement first (one side missing counts as the largest).
    #[default]
    Disagreement,
    Profile,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Every item of the profile answered on at least one side, in profile order.
    pub rows: Vec<Row>,
    /// Items answered on both sides with the same answer, one step apart, two or more apart.
    pub agree: usize,
    pub differ_by_one: usize,
    pub differ_by_more: usize,
    /// Items answered on one side only.
    pub one_side_only: usize,
    pub blocks: Vec<BlockAverages>,
    pub summaries: (Summary, Summary),
    /// Answers kept for items this profile version no longer has: listed, not compared.
    pub not_compared: Vec<ItemId>,
    /// Two dates of the same person's own view: read as growth (A the earlier).
    pub growth: bool,
}

/// Tenths of the average of `levels`, rounded half up.
fn average_tenths(levels: &[u8]) -> Option<u16> {
    if levels.is_empty() {
        return None;
    }
    let sum: u32 = levels.iter().map(|&l| u32::from(l)).sum();
    let count = levels.len() as u32;
    Some(((sum * 20 + count) / (count * 2)) as u16)
}

/// True when two sides are the same person's view at two dates: the comparison then reads as
/// growth. The person is the same when the names match, ignoring case and spaces around.
pub fn is_growth(a: &Side, b: &Side) -> bool {
    let name = |s: &Side| s.person.name.trim().chars().map(lower).collect::<String>();
    a.perspective == b.perspective && name(a) == name(b) && a.date != b.date
}

/// Whether `a` reads before `b` in a comparison nobody has arranged yet: of two dates of one
/// person the earlier, and the person's own view before someone else's (the manager's levels
/// then read as higher or lower than the assistant's own).
pub fn reads_first(a: &Side, b: &Side) -> bool {
    if is_growth(a, b) {
        a.date <= b.date
    } else {
        a.perspective == Perspective::Own || b.perspective != Perspective::Own
    }
}

/// Puts two sides in the order the comparison reads them: for growth, the earlier first.
pub fn ordered<'a>(a: Side<'a>, b: Side<'a>) -> (Side<'a>, Side<'a>) {
    if is_growth(&a, &b) && b.date < a.date {
        (b, a)
    } else {
        (a, b)
    }
}

/// Compares `a` and `b` (in that order: differences are B − A) on `profile`.
pub fn compare(profile: &Profile, a: Side, b: Side) -> Result<Comparison, Refusal> {
    for side in [&a, &b] {
        if let Some(other) = side.profile.filter(|p| p.id != profile.id) {
            return Err(Refusal::OtherProfile {
                id: other.id.clone(),
            });
        }
    }
    let mut rows = Vec::new();
    let mut levels: Vec<(Vec<u8>, Vec<u8>)> = vec![(Vec::new(), Vec::new()); profile.blocks.len()];
    let mut position = 0;
    for (block_index, block) in profile.blocks.iter().enumerate() {
        for item in &block.items {
            let rating_a = rating_at(a.assessment, position, &item.id);
            let rating_b = rating_at(b.assessment, position, &item.id);
            position += 1;
            let row = Row {
                item: item.id.clone(),
                kind: block.kind,
                block: block_index,
                a: Answer::of(rating_a, block.kind),
                b: Answer::of(rating_b, block.kind),
            };
            if block.kind == BlockKind::Rated {
                levels[block_index].0.extend(row.a.step);
                levels[block_index].1.extend(row.b.step);
            }
            if row.answered_by_either() || !row.a.evidence.is_empty() || !row.b.evidence.is_empty()
            {
                rows.push(row);
            }
        }
    }
    let (mut agree, mut differ_by_one, mut differ_by_more, mut one_side_only) = (0, 0, 0, 0);
    for row in &rows {
        match row.difference() {
            Some(0) => agree += 1,
            Some(d) if d.abs() == 1 => differ_by_one += 1,
            Some(_) => differ_by_more += 1,
            None if row.answered_by_either() => one_side_only += 1,
            None => {}
        }
    }
    let blocks = profile
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, block)| block.kind == BlockKind::Rated)
        .map(|(index, _)| BlockAverages {
            block: index,
            a: average_tenths(&levels[index].0),
            b: average_tenths(&levels[index].1),
        })
        .collect();
    let mut not_compared: Vec<ItemId> = Vec::new();
    for rating in a
        .assessment
        .retired(profile)
        .chain(b.assessment.retired(profile))
        .filter(|r| !r.is_blank())
    {
        if !not_compared.contains(&rating.item) {
            not_compared.push(rating.item.clone());
        }
    }
    Ok(Comparison {
        rows,
        agree,
        differ_by_one,
        differ_by_more,
        one_side_only,
        blocks,
        summaries: (
            summarize(profile, a.assessment),
            summarize(profile, b.assessment),
        ),
        not_compared,
        growth: is_growth(&a, &b),
    })
}

fn rating_at<'a>(assessment: &'a Assessment, position: usize, item: &str) -> Option<&'a Rating> {
    assessment
        .ratings
        .get(position)
        .filter(|r| r.item == item)
        .or_else(|| assessment.rating(item))
}

impl Comparison {
    /// The rows to show: all, or only those that differ; in the chosen order.
    pub fn shown(&self, order: Order, only_differences: bool) -> Vec<&Row> {
        let rows: Vec<(usize, &Row)> = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, row)| !only_differences || row.differs())
            .collect();
        if order == Order::Disagreement {
            // One side missing weighs more than any difference in levels.
            let weight = |row: &Row| match row.difference() {
                Some(d) => d.unsigned_abs(),
                None if row.differs() => u16::MAX,
                None => 0,
            };
            let rows = crate::core::computed::summary::by_key(rows, |(index, row)| {
                (u64::from(u16::MAX - weight(row)) << 32) | *index as u64
            });
            return rows.into_iter().map(|(_, row)| row).collect();
        }
        rows.into_iter().map(|(_, row)| row).collect()
    }
}

impl Entry {
    /// This assessment as one side of a comparison.
    pub fn side(&self) -> Side<'_> {
        Side {
            name: &self.name,
            date: &self.date,
            perspective: self.perspective,
            person: &self.person,
            profile: self.profile.as_ref(),
            assessment: &self.assessment,
        }
    }
}

impl Workbook {
    /// The pair a comparison opens with: the assessment on screen and the most recent other one
    /// (by date, then the latest added), in the order they read (see [`reads_first`]).
    pub fn default_pair(&self) -> Option<(usize, usize)> {
        let other = self
            .entries
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != self.current)
            .max_by(|(i, a), (j, b)| a.date.cmp(&b.date).then(i.cmp(j)))?
            .0;
        let here = self.current;
        Some(
            if reads_first(&self.entries[here].side(), &self.entries[other].side()) {
                (here, other)
            } else {
                (other, here)
            },
        )
    }

    /// The pair a comparison shows for the two chosen ids: each as chosen while it exists; one
    /// that is gone (deleted, or never chosen) is replaced from [`Workbook::default_pair`] by
    /// one other than the side still standing. `None` with fewer than two assessments.
    pub fn compared_pair(&self, first: &str, second: &str) -> Option<(usize, usize)> {
        let (d1, d2) = self.default_pair()?;
        let other_than = |kept: usize| if kept == d1 { d2 } else { d1 };
        Some(match (self.index_of(first), self.index_of(second)) {
            (Some(a), Some(b)) => (a, b),
            (Some(a), None) => (a, if a == d2 { d1 } else { d2 }),
            (None, Some(b)) => (other_than(b), b),
            (None, None) => (d1, d2),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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

    fn side<'a>(
        assessment: &'a Assessment,
        person: &'a Person,
        date: &'a str,
        perspective: Perspective,
    ) -> Side<'a> {
        Side {
            name: "",
            date,
            perspective,
            person,
            profile: None,
            assessment,
        }
    }

    #[test]
    fn counts_agreement_and_orders_by_disagreement() {
        let anna = Person {
            name: "Anna".into(),
            ..Person::default()
        };
        let own = assessed(vec![
            level("s1", 3),
            level("s2", 2),
            level("s3", 4),
            Rating {
                held: Some(Holding::Owner),
                ..Rating::new("t1")
            },
        ]);
        let manager = assessed(vec![level("s1", 3), level("s2", 4), level("s3", 3)]);
        let c = compare(
            &sample(),
            side(&own, &anna, "2026-11-01", Perspective::Own),
            side(&manager, &anna, "2026-11-02", Perspective::Manager),
        )
        .unwrap();
        assert!(!c.growth, "self and manager is not growth");
        assert_eq!(
            (c.agree, c.differ_by_one, c.differ_by_more, c.one_side_only),
            (1, 1, 1, 1)
        );
        let order: Vec<_> = c
            .shown(Order::Disagreement, false)
            .iter()
            .map(|r| r.item.as_str())
            .collect();
        assert_eq!(
            order,
            ["t1", "s2", "s3", "s1"],
            "one side missing, then 2 apart, then 1, then equal"
        );
        let profile_order: Vec<_> = c
            .shown(Order::Profile, true)
            .iter()
            .map(|r| r.item.as_str())
            .collect();
        assert_eq!(
            profile_order,
            ["t1", "s2", "s3"],
            "only where they differ, in profile order"
        );
        assert_eq!(c.rows[2].difference(), Some(2));
        assert_eq!(c.rows[3].difference(), Some(-1));
        assert_eq!(
            c.blocks,
            [BlockAverages {
                block: 1,
                a: Some(30),
                b: Some(33)
            }]
        );
        assert_eq!(c.blocks[0].change(), Some(3));
    }

    #[test]
    fn ties_keep_profile_order() {
        let anna = Person::default();
        let a = assessed(vec![level("s1", 1), level("s2", 1), level("s3", 1)]);
        let b = assessed(vec![level("s1", 2), level("s2", 1), level("s3", 2)]);
        let c = compare(
            &sample(),
            side(&a, &anna, "d", Perspective::Own),
            side(&b, &anna, "d", Perspective::Manager),
        )
        .unwrap();
        let order: Vec<_> = c
            .shown(Order::Disagreement, false)
            .iter()
            .map(|r| r.item.as_str())
            .collect();
        assert_eq!(order, ["s1", "s3", "s2"]);
    }

    #[test]
    fn two_dates_of_the_same_person_read_as_growth_earlier_first() {
        let anna = Person {
            name: "Anna de Vries".into(),
            ..Person::default()
        };
        let anna_again = Person {
            name: " anna de vries ".into(),
            ..Person::default()
        };
        let last = assessed(vec![level("s1", 2)]);
        let this = assessed(vec![level("s1", 4)]);
        let (a, b) = ordered(
            side(&this, &anna_again, "2027-11-01", Perspective::Own),
            side(&last, &anna, "2026-11-01", Perspective::Own),
        );
        assert_eq!(a.date, "2026-11-01");
        let c = compare(&sample(), a, b).unwrap();
        assert!(c.growth);
        assert_eq!(c.rows[0].difference(), Some(2), "up by two");
        assert!(!is_growth(
            &side(&this, &anna, "2027", Perspective::Own),
            &side(&last, &anna, "2027", Perspective::Own)
        ));
    }

    #[test]
    fn own_view_reads_before_another_and_the_earlier_date_first() {
        let anna = Person {
            name: "Anna".into(),
            ..Person::default()
        };
        let a = assessed(vec![level("s1", 2)]);
        let own = side(&a, &anna, "2026-11-01", Perspective::Own);
        let manager = side(&a, &anna, "2026-11-02", Perspective::Manager);
        let other = side(&a, &anna, "2026-11-02", Perspective::Other);
        assert!(reads_first(&own, &manager) && !reads_first(&manager, &own));
        assert!(
            reads_first(&manager, &other) && reads_first(&other, &manager),
            "as they come"
        );
        let later = side(&a, &anna, "2027-11-01", Perspective::Own);
        assert!(reads_first(&own, &later) && !reads_first(&later, &own));
    }

    #[test]
    fn items_of_another_profile_version_are_listed_not_compared() {
        let anna = Person::default();
        let a = assessed(vec![
            level("s1", 2),
            Rating {
                evidence: "old".into(),
                ..Rating::new("old-item")
            },
        ]);
        let b = assessed(vec![level("s1", 2), level("gone", 3)]);
        let c = compare(
            &sample(),
            side(&a, &anna, "x", Perspective::Own),
            side(&b, &anna, "y", Perspective::Manager),
        )
        .unwrap();
        assert_eq!(c.not_compared, ["old-item", "gone"]);
        assert_eq!(c.rows.len(), 1);
    }

    #[test]
    fn different_profiles_are_refused() {
        let anna = Person::default();
        let a = assessed(vec![]);
        let other = ProfileRef {
            id: "nvma".into(),
            version: "1".into(),
        };
        let mut b = side(&a, &anna, "x", Perspective::Own);
        b.profile = Some(&other);
        assert_eq!(
            compare(&sample(), side(&a, &anna, "x", Perspective::Own), b),
            Err(Refusal::OtherProfile { id: "nvma".into() })
        );
    }

    #[test]
    fn averages_round_to_tenths() {
        assert_eq!(average_tenths(&[]), None);
        assert_eq!(average_tenths(&[3, 4]), Some(35));
        assert_eq!(average_tenths(&[1, 1, 2]), Some(13));
        assert_eq!(average_tenths(&[1, 2, 2]), Some(17));
        assert_eq!(average_tenths(&[5]), Some(50));
    }
}
