//! Two tabs' changes merged: nothing either tab entered is lost.

use super::*;
use crate::core::answers::assessment::{Level, Perspective};
use crate::core::answers::change::{Answer, Change, Context, EntryField, NeedChange, RoleField};
use crate::core::formats::stored::Unreadable;
use crate::core::profile::tests::sample;
use crate::core::profile::Profile;
use crate::core::visit::theme::Theme;
use crate::core::words::lang::Lang;
use proptest::prelude::*;

const TODAY: &str = "2026-11-25";

fn at(profile: &Profile, now: u64, nonce: u64) -> Context<'_> {
    Context {
        profile,
        today: TODAY,
        now,
        lang: Lang::En,
        nonce,
    }
}

fn start(profile: &Profile) -> Workbook {
    let mut book = Workbook::new(TODAY);
    book.lay_out(profile);
    book
}

fn rate(book: &mut Workbook, profile: &Profile, now: u64, position: usize, level: u8) {
    book.apply(
        Change::Answer {
            position,
            answer: Answer::Current(Some(Level(level))),
        },
        &at(profile, now, 0),
    );
}

fn current(book: &Workbook, position: usize) -> Option<u8> {
    book.entry().assessment.ratings[position]
        .current
        .map(|l| l.0)
}

#[test]
fn different_items_rated_in_two_tabs_are_both_kept() {
    let profile = sample();
    let base = start(&profile);
    let (mut a, mut b) = (base.clone(), base.clone());
    rate(&mut a, &profile, 10, 2, 1);
    rate(&mut b, &profile, 11, 3, 2);
    for merged in [merge(Some(&base), &a, &b), merge(Some(&base), &b, &a)] {
        assert_eq!(
            (current(&merged, 2), current(&merged, 3)),
            (Some(1), Some(2))
        );
    }
}

#[test]
fn the_same_item_in_two_tabs_the_later_change_wins() {
    let profile = sample();
    let base = start(&profile);
    let (mut a, mut b) = (base.clone(), base.clone());
    rate(&mut a, &profile, 20, 2, 1);
    rate(&mut b, &profile, 21, 2, 3);
    // Whichever tab merges, the later change (b's) stands, with its stamp.
    for merged in [merge(Some(&base), &a, &b), merge(Some(&base), &b, &a)] {
        assert_eq!(current(&merged, 2), Some(3));
        assert_eq!(merged.entry().stamps.item("s1"), 21);
    }
}

#[test]
fn two_first_visits_that_both_rate_become_one_assessment() {
    // Nothing was stored when both tabs opened: both show the first assessment, by the same id.
    let profile = sample();
    let (mut a, mut b) = (start(&profile), start(&profile));
    rate(&mut a, &profile, 10, 2, 1);
    rate(&mut b, &profile, 11, 4, 3);
    let merged = merge(None, &a, &b);
    assert_eq!(merged.entries.len(), 1);
    assert_eq!(
        (current(&merged, 2), current(&merged, 4)),
        (Some(1), Some(3))
    );
}

#[test]
fn two_new_assessments_made_at_once_are_both_kept_with_their_ratings() {
    let profile = sample();
    let base = start(&profile);
    let (mut a, mut b) = (base.clone(), base.clone());
    a.apply(Change::Create { copy: false }, &at(&profile, 30, 1));
    rate(&mut a, &profile, 31, 2, 2);
    b.apply(Change::Create { copy: false }, &at(&profile, 30, 2));
    rate(&mut b, &profile, 32, 3, 3);
    let merged = merge(Some(&base), &a, &b);
    assert_eq!(merged.entries.len(), 3);
    assert_eq!(
        merged.entry().id,
        a.entry().id,
        "this tab's assessment stays on screen"
    );
    let theirs = merged
        .entries
        .iter()
        .find(|e| e.id == b.entry().id)
        .unwrap();
    assert_eq!(theirs.assessment.ratings[3].current, Some(Level(3)));
    assert_eq!(current(&merged, 2), Some(2));
}

#[test]
fn a_delete_against_an_edit_keeps_the_edit() {
    let profile = sample();
    let mut base = start(&profile);
    base.apply(Change::Create { copy: false }, &at(&profile, 1, 1));
    let second = base.entry().id.clone();
    let (mut a, mut b) = (base.clone(), base.clone());
    a.apply(Change::Delete(second.clone()), &at(&profile, 40, 0));
    rate(&mut b, &profile, 41, 2, 2);
    for merged in [merge(Some(&base), &a, &b), merge(Some(&base), &b, &a)] {
        let kept = merged.entries.iter().find(|e| e.id == second).unwrap();
        assert_eq!(
            kept.assessment.ratings[2].current,
            Some(Level(2)),
            "nothing entered is lost"
        );
    }
    // Deleted in one tab and left alone in the other: gone.
    let (mut a, b) = (base.clone(), base.clone());
    a.apply(Change::Delete(second.clone()), &at(&profile, 40, 0));
    for merged in [merge(Some(&base), &a, &b), merge(Some(&base), &b, &a)] {
        assert!(merged.entries.iter().all(|e| e.id != second));
        assert_eq!(merged.entries.len(), 1);
    }
}

#[test]
fn details_merge_field_by_field() {
    let profile = sample();
    let base = start(&profile);
    let (mut a, mut b) = (base.clone(), base.clone());
    a.apply(
        Change::Entry(EntryField::Name("Appraisal".into())),
        &at(&profile, 50, 0),
    );
    b.apply(
        Change::Entry(EntryField::Perspective(Perspective::Manager)),
        &at(&profile, 51, 0),
    );
    let merged = merge(Some(&base), &a, &b);
    assert_eq!(merged.entry().name, "Appraisal");
    assert_eq!(merged.entry().perspective, Perspective::Manager);
}

#[test]
fn role_profiles_merge_like_assessments() {
    let profile = sample();
    let mut base = start(&profile);
    base.apply(Change::CreateRole { copy: false }, &at(&profile, 1, 3));
    let (mut a, mut b) = (base.clone(), base.clone());
    a.apply(
        Change::Need {
            position: 2,
            need: NeedChange::Level(Some(Level(2))),
        },
        &at(&profile, 60, 0),
    );
    b.apply(
        Change::Role(RoleField::Title("EA".into())),
        &at(&profile, 61, 0),
    );
    b.apply(Change::CreateRole { copy: false }, &at(&profile, 62, 4));
    let merged = merge(Some(&base), &a, &b);
    assert_eq!(merged.roles.len(), 2);
    assert_eq!(merged.roles[0].title, "EA");
    assert_eq!(merged.roles[0].needs[2].level, Some(Level(2)));
    assert_eq!(
        merged.current_role,
        Some(0),
        "this tab's role stays in the editor"
    );
}

#[test]
fn settings_and_what_is_on_screen() {
    let profile = sample();
    let base = start(&profile);
    let (mut a, mut b) = (base.clone(), base.clone());
    b.apply(Change::Language(Lang::Nl), &at(&profile, 70, 0));
    b.apply(Change::DismissIntro, &at(&profile, 70, 0));
    a.apply(Change::Theme(Theme::Dark), &at(&profile, 71, 0));
    let merged = merge(Some(&base), &a, &b);
    assert_eq!(
        (merged.language, merged.theme, merged.intro_dismissed),
        (Some(Lang::Nl), Some(Theme::Dark), true)
    );
    // Both chose a language: this tab's choice stands.
    a.apply(Change::Language(Lang::En), &at(&profile, 72, 0));
    assert_eq!(merge(Some(&base), &a, &b).language, Some(Lang::En));
}

#[test]
fn an_aim_at_a_role_deleted_elsewhere_is_dropped() {
    let profile = sample();
    let mut base = start(&profile);
    base.apply(Change::CreateRole { copy: false }, &at(&profile, 1, 3));
    let role = base.roles[0].id.clone();
    let (mut a, mut b) = (base.clone(), base.clone());
    a.apply(
        Change::Entry(EntryField::Aim(Some(role.clone()))),
        &at(&profile, 80, 0),
    );
    b.apply(Change::DeleteRole(role), &at(&profile, 81, 0));
    let merged = merge(Some(&base), &a, &b);
    assert!(merged.roles.is_empty());
    assert_eq!(merged.entry().aim, None);
    assert_eq!(merged.current_role, None);
}

#[test]
fn meeting_another_tab() {
    let profile = sample();
    let base = start(&profile);
    let mut ours = base.clone();
    rate(&mut ours, &profile, 10, 2, 1);
    let mut theirs = base.clone();
    rate(&mut theirs, &profile, 11, 3, 2);
    let stored = theirs.to_json();
    // Nothing changed here: the other tab's state is shown as it is, and nothing written.
    assert_eq!(
        meet(Some(&base), &base, Some(&stored), &profile, TODAY),
        Meeting::Met {
            merged: theirs.clone(),
            theirs: theirs.clone(),
            write: false
        }
    );
    // Changed here: merged, both ratings stand, and the merge is to be written.
    let Meeting::Met { merged, write, .. } =
        meet(Some(&base), &ours, Some(&stored), &profile, TODAY)
    else {
        panic!("a merge")
    };
    assert_eq!(
        (current(&merged, 2), current(&merged, 3)),
        (Some(1), Some(2))
    );
    assert!(write);
    // The other tab wrote over this tab's change without having seen it: this tab's change is
    // still its own against what it last read, and is written again.
    let Meeting::Met { merged, write, .. } =
        meet(Some(&base), &ours, Some(&stored), &profile, TODAY)
    else {
        panic!("a merge")
    };
    assert!(write && current(&merged, 2) == Some(1));
    // The other tab's state already holds this tab's change (it merged it): nothing to write.
    let both = merge(Some(&base), &theirs, &ours).to_json();
    let Meeting::Met { write, .. } = meet(Some(&base), &ours, Some(&both), &profile, TODAY) else {
        panic!("a merge")
    };
    assert!(!write, "no ping-pong between two tabs");
    // Erased elsewhere, or never stored.
    assert_eq!(
        meet(Some(&base), &ours, None, &profile, TODAY),
        Meeting::Erased
    );
    assert_eq!(meet(None, &ours, None, &profile, TODAY), Meeting::Write);
    // A newer version's data is never overwritten.
    assert_eq!(
        meet(
            Some(&base),
            &ours,
            Some(r#"{"version":9}"#),
            &profile,
            TODAY
        ),
        Meeting::StopSaving(Unreadable::NewerVersion(9))
    );
}

#[test]
fn the_same_data_in_another_order_is_the_same() {
    let profile = sample();
    let mut book = start(&profile);
    book.apply(Change::Create { copy: false }, &at(&profile, 1, 1));
    let mut other = book.clone();
    other.entries.reverse();
    other.current = 0;
    assert!(
        book.same_data(&other),
        "order and what is on screen are each tab's own"
    );
    rate(&mut other, &profile, 2, 2, 1);
    assert!(!book.same_data(&other));
}

/// Random answers given in one tab or the other, at random times.
fn edits() -> impl Strategy<Value = Vec<(bool, usize, u8, u64)>> {
    proptest::collection::vec((any::<bool>(), 0usize..5, 1u8..=3, 1u64..1000), 0..20)
}

proptest! {
    /// Whatever the two tabs did: an item changed in one tab only has that tab's value, an item
    /// changed in both the value of the later change; and a tab that changed nothing takes the
    /// other's state as it is.
    #[test]
    fn every_item_ends_with_its_last_change(edits in edits()) {
        let profile = sample();
        let base = start(&profile);
        let (mut a, mut b) = (base.clone(), base.clone());
        for (in_a, position, level, now) in &edits {
            let tab = if *in_a { &mut a } else { &mut b };
            rate(tab, &profile, *now, *position, *level);
        }
        let merged = merge(Some(&base), &a, &b);
        for position in 0..profile.item_count() {
            let item = profile.item_at(position).unwrap();
            let (was, mine, other) = (current(&base, position), current(&a, position), current(&b, position));
            let expected = if mine == other || other == was {
                mine
            } else if mine == was {
                other
            } else {
                match a.entry().stamps.item(item).cmp(&b.entry().stamps.item(item)) {
                    std::cmp::Ordering::Greater => mine,
                    std::cmp::Ordering::Less => other,
                    // The same moment in both tabs: either may stand.
                    std::cmp::Ordering::Equal => current(&merged, position),
                }
            };
            prop_assert_eq!(current(&merged, position), expected, "position {}", position);
        }
        prop_assert_eq!(merge(Some(&base), &base, &b), b.clone());
    }
}

#[test]
fn an_agreement_made_in_one_tab_and_its_signer_named_in_the_other_are_both_kept() {
    let profile = sample();
    let mut base = start(&profile);
    rate(&mut base, &profile, 1, 2, 2);
    base.apply(Change::Create { copy: true }, &at(&profile, 2, 5));
    let (first, second) = (base.entries[0].id.clone(), base.entries[1].id.clone());
    // One tab agrees; the other rates on meanwhile; then the first names the manager.
    let (mut a, mut b) = (base.clone(), base.clone());
    let agreed = a.agreement_of(&profile, &first, &second, TODAY).unwrap();
    a.apply(Change::Agreed(Box::new(agreed)), &at(&profile, 10, 9));
    rate(&mut b, &profile, 11, 3, 1);
    let stored = a.to_json();
    let met = meet(Some(&base), &b, Some(&stored), &profile, TODAY);
    let Meeting::Met { merged, .. } = met else {
        panic!("merged: {met:?}")
    };
    let agreed = merged
        .entries
        .iter()
        .find(|e| e.perspective == Perspective::Agreed)
        .expect("the agreed assessment came over");
    assert_eq!(agreed.assessment.ratings[2].current, Some(Level(2)));
    assert!(agreed.agreement.is_some());
    let mut later = merged.clone();
    let at_agreed = later.index_of(&agreed.id).unwrap();
    later.current = at_agreed;
    later.apply(
        Change::Entry(EntryField::AgreedWith("Bob".into())),
        &at(&profile, 20, 0),
    );
    let again = merge(Some(&merged), &merged, &later);
    assert_eq!(
        again.entries[at_agreed].agreement.as_ref().unwrap().with,
        "Bob"
    );
}
