use super::*;
use crate::core::answers::assessment::Assessment;
use crate::core::answers::role::Need;
use crate::core::profile::tests::{answers_of, sample};
use proptest::prelude::*;

// The sample profile: t1, t2 held; s1, s2, s3 rated on levels 1–3.

/// A member with these steps for t1 t2 s1 s2 s3 (holdings 0–3, levels 1–3).
fn member(steps: [Option<u8>; 5]) -> Entry {
    let ratings = answers_of(steps);
    Entry {
        in_team: true,
        assessment: Assessment::for_profile(&sample(), Assessment { ratings }),
        ..Entry::default()
    }
}

fn team() -> Vec<Entry> {
    vec![
        // Anna holds t1, not t2; s1 3, s2 1, s3 2.
        member([Some(3), Some(0), Some(3), Some(1), Some(2)]),
        // Ben holds t1 occasionally; s1 3, s2 2, s3 not rated.
        member([Some(1), Some(0), Some(3), Some(2), None]),
        // Cleo has not answered the tasks; s1 1, s2 1, s3 3.
        member([None, None, Some(1), Some(1), Some(3)]),
    ]
}

#[test]
fn counts_who_stands_at_or_above_a_level() {
    let profile = sample();
    let team = team();
    let members: Vec<&Entry> = team.iter().collect();
    let grid = team_grid(&profile, &members, Bar::Level(Level(3)));
    let strong: Vec<Vec<usize>> = grid.rows.iter().map(|r| r.strong.clone()).collect();
    assert_eq!(strong, [vec![0, 1], vec![], vec![0, 1], vec![], vec![2]]);
    // s3: Cleo alone; s2: nobody; t2: nobody holds it.
    let single: Vec<(usize, usize)> = grid
        .single_points()
        .iter()
        .map(|(row, who)| (row.position, *who))
        .collect();
    assert_eq!(single, [(4, 2)]);
    assert_eq!(
        grid.gaps().iter().map(|r| r.position).collect::<Vec<_>>(),
        [3]
    );
    assert_eq!(
        grid.unheld().iter().map(|r| r.position).collect::<Vec<_>>(),
        [1]
    );
    assert!(grid.strengths().is_empty(), "nothing everyone reaches at 3");
    let at_one = team_grid(&profile, &members, Bar::Level(Level(1)));
    assert_eq!(
        at_one
            .strengths()
            .iter()
            .map(|r| r.position)
            .collect::<Vec<_>>(),
        [2, 3],
        "s3: Ben did not rate it"
    );
    assert_eq!(grid.rows[4].answered, 2);
    assert_eq!(grid.rows[4].targets, [None, None, None]);
}

#[test]
fn the_thinnest_items_come_first() {
    let profile = sample();
    let team = team();
    let members: Vec<&Entry> = team.iter().collect();
    let grid = team_grid(&profile, &members, Bar::Level(Level(3)));
    let order: Vec<usize> = grid
        .ordered(TeamOrder::Thinnest)
        .iter()
        .map(|r| r.position)
        .collect();
    assert_eq!(order, [1, 3, 4, 0, 2]);
    let plain: Vec<usize> = grid
        .ordered(TeamOrder::Profile)
        .iter()
        .map(|r| r.position)
        .collect();
    assert_eq!(plain, [0, 1, 2, 3, 4]);
}

#[test]
fn a_role_asks_its_own_levels_and_required_tasks_only() {
    let profile = sample();
    let team = team();
    let members: Vec<&Entry> = team.iter().collect();
    let mut role = RoleProfile::for_profile(&profile, RoleProfile::default());
    role.needs[0] = Need {
        requirement: Some(Requirement::Optional),
        ..Need::new("t1")
    };
    role.needs[1] = Need {
        requirement: Some(Requirement::Required),
        ..Need::new("t2")
    };
    role.needs[3] = Need {
        level: Some(Level(2)),
        ..Need::new("s2")
    };
    let grid = team_grid(&profile, &members, Bar::Role(&role));
    let asked: Vec<bool> = grid.rows.iter().map(|r| r.asked).collect();
    assert_eq!(asked, [false, true, false, true, false]);
    assert_eq!(
        grid.rows[3].strong,
        [1],
        "Ben alone reaches the 2 the post needs"
    );
    assert_eq!(grid.unheld().len(), 1, "t2 is required and nobody holds it");
    assert!(
        grid.rows[0].strong.is_empty(),
        "an optional task is not asked"
    );
}

#[test]
fn pairs_who_could_coach_each_other_widest_first() {
    let profile = sample();
    let mut people = team();
    // Dan: s1 at 1, s3 at 5? The sample's scale ends at 3, so the coaches come from a wider one.
    people.push(member([None, None, Some(1), None, None]));
    let members: Vec<&Entry> = people.iter().collect();
    let mut grid = team_grid(&profile, &members, Bar::Level(Level(3)));
    // On a five-level scale: Anna 5 and Cleo 1 on s1 (distance 4), Ben 4 and Dan 2 (2)…
    grid.rows[2].steps = vec![Some(5), Some(4), Some(1), Some(2)];
    let pairs: Vec<(usize, usize)> = grid.pairs().iter().map(|p| (p.coach, p.learner)).collect();
    assert_eq!(pairs, [(0, 2), (0, 3), (1, 2), (1, 3)]);
    assert!(pairs.iter().all(|(c, l)| c != l));
}

fn any_member() -> impl Strategy<Value = Entry> {
    (
        proptest::option::of(0u8..4),
        proptest::option::of(0u8..4),
        proptest::option::of(1u8..=3),
        proptest::option::of(1u8..=3),
        proptest::option::of(1u8..=3),
    )
        .prop_map(|(a, b, c, d, e)| member([a, b, c, d, e]))
}

proptest! {
    /// For any team and any level: a row's strong are exactly those at or above it (or holding
    /// the task); single points have one, gaps none, strengths all; every pair's coach is at
    /// four or more and learner at two or less on that item.
    #[test]
    fn figures_follow_the_grid(people in proptest::collection::vec(any_member(), 0..7), level in 1u8..=3) {
        let profile = sample();
        let members: Vec<&Entry> = people.iter().collect();
        let grid = team_grid(&profile, &members, Bar::Level(Level(level)));
        prop_assert_eq!(grid.rows.len(), 5);
        for row in &grid.rows {
            let expected: Vec<usize> = row.steps.iter().enumerate()
                .filter(|(_, s)| match row.kind {
                    BlockKind::Rated => s.is_some_and(|s| s >= level),
                    BlockKind::Held => s.is_some_and(|s| s > 0),
                })
                .map(|(i, _)| i).collect();
            prop_assert_eq!(&row.strong, &expected);
            prop_assert_eq!(row.answered, row.steps.iter().flatten().count());
        }
        for (row, who) in grid.single_points() {
            prop_assert_eq!(row.strong.as_slice(), &[who]);
        }
        prop_assert!(grid.gaps().iter().all(|r| r.strong.is_empty() && r.kind == BlockKind::Rated));
        prop_assert!(grid.strengths().iter().all(|r| r.strong.len() == people.len()));
        for pair in grid.pairs() {
            let row = &grid.rows[pair.position];
            prop_assert!(row.steps[pair.coach].unwrap() >= COACH && row.steps[pair.learner].unwrap() <= LEARNER);
        }
        let thin = grid.ordered(TeamOrder::Thinnest);
        prop_assert!(thin.windows(2).all(|w| (!w[0].asked, w[0].strong.len()) <= (!w[1].asked, w[1].strong.len())));
    }
}
