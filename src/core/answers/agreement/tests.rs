use super::*;
use crate::core::answers::assessment::{Holding, Level};
use crate::core::answers::workbook::Entry;
use crate::core::profile::tests::{answers_of, sample};
use proptest::prelude::*;

// The sample profile: t1, t2 held; s1, s2, s3 rated on levels 1–3.

fn rated(item: &str, level: u8) -> Rating {
    Rating {
        current: Some(Level(level)),
        ..Rating::new(item)
    }
}

fn held(item: &str, holding: Holding) -> Rating {
    Rating {
        held: Some(holding),
        ..Rating::new(item)
    }
}

fn entry(perspective: Perspective, ratings: Vec<Rating>) -> Entry {
    Entry {
        perspective,
        date: "2026-12-01".into(),
        assessment: Assessment::for_profile(&sample(), Assessment { ratings }),
        ..Entry::default()
    }
}

/// Anna's own view and her manager's: both say s1 is 2 and t1 is held regularly; they
/// differ on s2 and t2; only Anna answered s3.
fn meeting() -> (Entry, Entry) {
    let own = entry(
        Perspective::Own,
        vec![
            held("t1", Holding::Regularly),
            held("t2", Holding::Owner),
            Rating {
                target: Some(Level(3)),
                evidence: "Wrote the board's letters".into(),
                ..rated("s1", 2)
            },
            rated("s2", 3),
            rated("s3", 1),
        ],
    );
    let manager = entry(
        Perspective::Manager,
        vec![
            held("t1", Holding::Regularly),
            held("t2", Holding::Occasionally),
            rated("s1", 2),
            rated("s2", 2),
        ],
    );
    (own, manager)
}

fn agreement() -> Agreement {
    let (own, manager) = meeting();
    Agreement::between(&sample(), &own, &manager)
}

#[test]
fn the_persons_own_view_is_the_first_side_whichever_was_chosen_first() {
    let (own, manager) = meeting();
    for (a, b) in [(&own, &manager), (&manager, &own)] {
        let agreement = Agreement::between(&sample(), a, b);
        assert_eq!(agreement.sides[0].view, Perspective::Own);
        assert_eq!(agreement.sides[1].view, Perspective::Manager);
    }
}

#[test]
fn a_side_keeps_levels_and_holdings_only() {
    let side = &agreement().sides[0];
    let s1 = side.ratings.rating("s1").unwrap();
    assert_eq!(s1.current, Some(Level(2)));
    assert_eq!(s1.target, None, "targets stay with the assessment");
    assert!(s1.evidence.is_empty(), "and so do notes");
}

#[test]
fn what_both_said_alike_is_filled_in_and_the_rest_is_open() {
    let profile = sample();
    let agreement = agreement();
    let result = agreement.prefilled(&profile);
    let steps: Vec<_> = result
        .ratings
        .iter()
        .map(|r| r.step(profile.kind_of(&r.item).unwrap()))
        .collect();
    // t1 regularly (2), t2 open, s1 2, s2 open, s3 open (only Anna answered it).
    assert_eq!(steps, [Some(2), None, Some(2), None, None]);
    let standings: Vec<_> = (0..5)
        .map(|p| agreement.standing(&profile, &result, p))
        .collect();
    assert_eq!(
        standings,
        [
            Standing::BothSaid,
            Standing::Open,
            Standing::BothSaid,
            Standing::Open,
            Standing::Open
        ]
    );
    assert_eq!(agreement.open(&profile, &result), 3);
    assert_eq!(agreement.next_open(&profile, &result, None), Some(1));
    assert_eq!(agreement.next_open(&profile, &result, Some(1)), Some(3));
    assert_eq!(
        agreement.next_open(&profile, &result, Some(4)),
        Some(1),
        "round to the start"
    );
}

#[test]
fn a_result_took_a_side_or_neither() {
    let profile = sample();
    let agreement = agreement();
    let mut result = agreement.prefilled(&profile);
    result.ratings[1].held = Some(Holding::Occasionally); // the manager's
    result.ratings[3].current = Some(Level(3)); // Anna's
    result.ratings[4].current = Some(Level(2)); // neither's
    let standings: Vec<_> = (0..5)
        .map(|p| agreement.standing(&profile, &result, p))
        .collect();
    assert_eq!(
        standings,
        [
            Standing::BothSaid,
            Standing::TookSide(1),
            Standing::BothSaid,
            Standing::TookSide(0),
            Standing::Other
        ]
    );
    assert_eq!(agreement.open(&profile, &result), 0);
    assert_eq!(agreement.next_open(&profile, &result, None), None);
    // Where the result is not what Anna said: t2 (owner → occasionally), s3 (1 → 2).
    assert_eq!(
        agreement.changed_from_own(&profile, &result),
        [(1, Some(3), 1), (4, Some(1), 2)]
    );
}

#[test]
fn an_item_neither_side_answered_is_not_open() {
    let profile = sample();
    let own = entry(Perspective::Own, vec![rated("s1", 1)]);
    let other = entry(Perspective::Other, vec![]);
    let agreement = Agreement::between(&profile, &own, &other);
    let result = agreement.prefilled(&profile);
    assert_eq!(agreement.standing(&profile, &result, 0), Standing::Unasked);
    assert_eq!(agreement.standing(&profile, &result, 2), Standing::Open);
    assert_eq!(agreement.open(&profile, &result), 1);
}

#[test]
fn sides_of_one_view_are_told_apart_by_their_dates() {
    let mut last_year = entry(Perspective::Own, vec![]);
    last_year.date = "2025-12-01".into();
    let this_year = entry(Perspective::Own, vec![]);
    let agreement = Agreement::between(&sample(), &last_year, &this_year);
    assert_eq!(
        agreement.side_labels(Lang::En),
        ["Self (2025-12-01)", "Self (2026-12-01)"]
    );
    assert_eq!(self::agreement().side_labels(Lang::Nl), ["Zelf", "Manager"]);
    // The heading says each date once.
    assert_eq!(
        agreement.sources(Lang::En),
        ["Self (2025-12-01)", "Self (2026-12-01)"]
    );
    let dates: Vec<String> = self::agreement()
        .sides
        .iter()
        .map(|s| s.date.clone())
        .collect();
    let sources = self::agreement().sources(Lang::En);
    assert_eq!(
        sources,
        [
            format!("Self, {}", dates[0]),
            format!("Manager, {}", dates[1])
        ]
    );
}

fn any_answer() -> impl Strategy<Value = Option<u8>> {
    prop_oneof![Just(None), (1u8..=3).prop_map(Some)]
}

fn any_side(perspective: Perspective) -> impl Strategy<Value = Entry> {
    proptest::collection::vec(any_answer(), 5)
        .prop_map(move |steps| entry(perspective, answers_of(steps)))
}

proptest! {
    /// Whatever the two sides said and whatever is then chosen: an item is open exactly when
    /// either side answered it and the result has no answer; what both said alike starts
    /// filled in; and once every open item takes the person's own answer, the result differs
    /// from hers only where she gave none.
    #[test]
    fn open_items_are_counted_and_settled(
        own in any_side(Perspective::Own),
        other in any_side(Perspective::Manager),
        choices in proptest::collection::vec(any_answer(), 5),
    ) {
        let profile = sample();
        let agreement = Agreement::between(&profile, &other, &own);
        let mut result = agreement.prefilled(&profile);
        for position in 0..5 {
            let [a, b] = [0, 1].map(|side| agreement.sides[side].step_at(&profile, position));
            let standing = agreement.standing(&profile, &result, position);
            if a.is_some() && a == b {
                prop_assert_eq!(standing, Standing::BothSaid);
            } else if a.is_none() && b.is_none() {
                prop_assert_eq!(standing, Standing::Unasked);
            } else {
                prop_assert_eq!(standing, Standing::Open);
            }
        }
        // Some answers chosen at random: the count follows the rule.
        for (rating, choice) in result.ratings.iter_mut().zip(&choices) {
            match profile.kind_of(&rating.item) {
                Some(BlockKind::Held) => rating.held = choice.map(|s| Holding::ALL[usize::from(s)]),
                _ => rating.current = choice.map(Level),
            }
        }
        let open = (0..5).filter(|&p| {
            let answered = agreement.sides.iter().any(|s| s.step_at(&profile, p).is_some());
            answered && result.ratings[p].step(profile.kind_of(&result.ratings[p].item).unwrap()).is_none()
        }).count();
        prop_assert_eq!(agreement.open(&profile, &result), open);
        // Every open item settled with her own answer.
        while let Some(p) = agreement.next_open(&profile, &result, None) {
            let own = agreement.sides[0].ratings.ratings[p].clone();
            let other = agreement.sides[1].ratings.ratings[p].clone();
            let take = if own.is_answered() { own } else { other };
            result.ratings[p].current = take.current;
            result.ratings[p].held = take.held;
        }
        for (position, her, _) in agreement.changed_from_own(&profile, &result) {
            let chosen = choices[position].is_some();
            prop_assert!(her.is_none() || chosen, "item {position} differs from her answer only by a choice");
        }
    }
}
