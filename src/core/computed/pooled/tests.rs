use super::*;
use crate::core::answers::assessment::{Holding, Level};
use crate::core::formats::shared::ProfileRef;
use crate::core::profile::tests::sample;
use proptest::prelude::*;
use std::collections::BTreeMap;

// The sample profile: t1, t2 held; s1, s2, s3 rated on levels 1–3; no career levels.

fn contribution(id: usize, career: Option<u8>, s1: Option<u8>, t1: Option<u8>) -> Contribution {
    let profile = sample();
    let mut levels = BTreeMap::new();
    if let Some(l) = s1 {
        levels.insert("s1".to_string(), Level(l));
    }
    let mut held = BTreeMap::new();
    if let Some(h) = t1 {
        held.insert("t1".to_string(), Holding::ALL[usize::from(h)]);
    }
    Contribution {
        app: "competence-matrix".into(),
        kind: "contribution".into(),
        format: 1,
        anonymous: crate::core::formats::contribution::ANONYMOUS.into(),
        id: format!("c{id}"),
        profile: ProfileRef::of(&profile),
        year: 2026,
        career_level: career,
        country: None,
        years_in_role: None,
        levels,
        held,
    }
}

#[test]
fn quartiles_as_a_spreadsheet_has_them_in_tenths() {
    assert_eq!(quantile(&[1, 2, 3, 4], 2), 25);
    assert_eq!(quantile(&[1, 2, 3, 4], 1), 18, "1.75 rounds half up to 1.8");
    assert_eq!(quantile(&[1, 2, 3, 4], 3), 33, "3.25 to 3.3");
    assert_eq!(quantile(&[3], 1), 30);
    assert_eq!(quantile(&[1, 1, 2, 5, 5], 2), 20);
    assert_eq!(quantile(&[], 2), 0);
}

#[test]
fn fewer_than_five_answers_show_nothing_but_that() {
    let profile = sample();
    let mut pool = Pool::default();
    for id in 0..6 {
        // Six with s1 rated, four of them at career level 2; t1 held by four.
        let career = (id < 4).then_some(2);
        let t1 = (id < 4).then_some(3);
        pool.add(
            &profile,
            contribution(id, career, Some(1 + (id % 3) as u8), t1),
        )
        .unwrap();
    }
    assert_eq!(
        pool.add(&profile, contribution(0, None, None, None)),
        Err(Twice)
    );
    let all = pool.figures(&profile, Group::All);
    assert_eq!(all[0].figures, Figures::TooFew, "t1: four held it");
    assert_eq!(
        all[2].figures,
        Figures::Levels {
            answered: 6,
            counts: vec![2, 2, 2],
            median: 20,
            lower: 13,
            upper: 28
        }
    );
    let at_two = pool.figures(&profile, Group::CareerLevel(2));
    assert!(
        at_two.iter().all(|row| row.figures == Figures::TooFew),
        "four at level 2: too few"
    );
}

proptest! {
    /// Any pool, any group: every cell either says too few (under five answers) or counts
    /// every answer once, its quartiles in order within the answers' range.
    #[test]
    fn figures_count_every_answer_and_hide_small_cells(
        answers in proptest::collection::vec((proptest::option::of(1u8..=3), proptest::option::of(0u8..4), proptest::option::of(1u8..=3)), 0..40),
        group in proptest::option::of(1u8..=3),
    ) {
        let profile = sample();
        let mut pool = Pool::default();
        for (id, (s1, t1, career)) in answers.iter().enumerate() {
            pool.add(&profile, contribution(id, *career, *s1, *t1)).unwrap();
        }
        let group = group.map_or(Group::All, Group::CareerLevel);
        let in_group: Vec<_> = answers.iter().filter(|(_, _, c)| match group {
            Group::All => true,
            Group::CareerLevel(l) => *c == Some(l),
        }).collect();
        let rows = pool.figures(&profile, group);
        let s1: Vec<u8> = in_group.iter().filter_map(|(s, _, _)| *s).collect();
        match &rows[2].figures {
            Figures::TooFew => prop_assert!(s1.len() < TOO_FEW),
            Figures::Levels { answered, counts, median, lower, upper } => {
                prop_assert!(s1.len() >= TOO_FEW);
                prop_assert_eq!(*answered, s1.len());
                prop_assert_eq!(counts.iter().sum::<usize>(), s1.len());
                let (min, max) = (*s1.iter().min().unwrap() as u16 * 10, *s1.iter().max().unwrap() as u16 * 10);
                prop_assert!(min <= *lower && lower <= median && median <= upper && *upper <= max);
            }
            Figures::Holdings { .. } => prop_assert!(false, "s1 is rated"),
        }
        let t1 = in_group.iter().filter(|(_, t, _)| t.is_some()).count();
        match &rows[0].figures {
            Figures::TooFew => prop_assert!(t1 < TOO_FEW),
            Figures::Holdings { answered, counts } => {
                prop_assert_eq!(*answered, t1);
                prop_assert_eq!(counts.iter().sum::<usize>(), t1);
            }
            Figures::Levels { .. } => prop_assert!(false, "t1 is held"),
        }
        prop_assert!(rows[3].figures == Figures::TooFew, "s2: nobody answered it");
    }
}
