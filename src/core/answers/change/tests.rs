//! Every change, applied to a workbook: what it changes, what it says it changed, and that the
//! same change again changes nothing.

use super::*;
use crate::core::answers::assessment::Rating;
use crate::core::answers::role::Need;
use crate::core::answers::workbook::FIRST_ID;
use crate::core::formats::shared::Person;
use crate::core::profile::tests::sample;

const TODAY: &str = "2026-11-25";
const NOW: u64 = 1_764_000_000_000;

fn cx(profile: &Profile) -> Context<'_> {
    Context {
        profile,
        today: TODAY,
        now: NOW,
        lang: Lang::En,
        nonce: 7,
    }
}

fn book(profile: &Profile) -> Workbook {
    let mut book = Workbook::new("2026-11-20");
    book.lay_out(profile);
    book
}

fn level(l: u8) -> Option<Level> {
    Some(Level(l))
}

fn shared(perspective: Perspective, ratings: Vec<Rating>) -> Shared {
    let profile = sample();
    Shared {
        profile: ProfileRef::of(&profile),
        name: String::new(),
        perspective,
        date: "2026-11-20".into(),
        person: Person {
            name: "Anna".into(),
            ..Person::default()
        },
        agreement: None,
        assessment: Assessment::for_profile(&profile, Assessment { ratings }),
    }
}

/// Applies `change`, checks it says what `expected` says, and that applying it again changes
/// nothing (changes are values, not toggles).
fn applies(book: &mut Workbook, change: Change, profile: &Profile, expected: Effects) {
    let effects = book.apply(change.clone(), &cx(profile));
    assert_eq!(effects, expected, "{change:?}");
    assert!(effects.save(), "{change:?} is saved");
    let again = book.clone().apply(change.clone(), &cx(profile));
    let idempotent = !matches!(
        change,
        Change::Create { .. }
            | Change::Delete(_)
            | Change::CreateRole { .. }
            | Change::DeleteRole(_)
            | Change::Import { .. }
            | Change::RateAlongside(_)
            | Change::Agreed(_)
            | Change::JoinTeam(_)
            | Change::AddRole(_)
    );
    if idempotent {
        assert_eq!(again, Effects::default(), "{change:?} again");
        assert!(!again.save());
    }
}

#[test]
fn answers_are_set_by_position_stamped_and_counted() {
    let profile = sample();
    let mut book = book(&profile);
    // Items of the sample: t1 t2 (held), s1 s2 s3 (rated, scale 1–3).
    applies(
        &mut book,
        Change::Answer {
            position: 2,
            answer: Answer::Current(level(2)),
        },
        &profile,
        Effects {
            answers: true,
            answered: Some(Answered {
                block: 1,
                was: false,
                is: true,
            }),
            row: Some(2),
            ..Effects::default()
        },
    );
    assert_eq!(book.entry().assessment.ratings[2].current, level(2));
    assert_eq!(book.entry().stamps.item("s1"), NOW);
    applies(
        &mut book,
        Change::Answer {
            position: 2,
            answer: Answer::Target(level(3)),
        },
        &profile,
        Effects {
            answers: true,
            answered: Some(Answered {
                block: 1,
                was: true,
                is: true,
            }),
            row: Some(2),
            ..Effects::default()
        },
    );
    applies(
        &mut book,
        Change::Answer {
            position: 0,
            answer: Answer::Held(Some(Holding::NotHeld)),
        },
        &profile,
        Effects {
            answers: true,
            answered: Some(Answered {
                block: 0,
                was: false,
                is: true,
            }),
            row: Some(0),
            ..Effects::default()
        },
    );
    applies(
        &mut book,
        Change::Answer {
            position: 0,
            answer: Answer::Evidence("Ran the office move".into()),
        },
        &profile,
        Effects {
            answers: true,
            answered: Some(Answered {
                block: 0,
                was: true,
                is: true,
            }),
            row: Some(0),
            ..Effects::default()
        },
    );
    applies(
        &mut book,
        Change::Answer {
            position: 2,
            answer: Answer::Current(None),
        },
        &profile,
        Effects {
            answers: true,
            answered: Some(Answered {
                block: 1,
                was: true,
                is: false,
            }),
            row: Some(2),
            ..Effects::default()
        },
    );
    let rating = &book.entry().assessment.ratings[0];
    assert_eq!(
        (rating.held, rating.evidence.as_str()),
        (Some(Holding::NotHeld), "Ran the office move")
    );
}

#[test]
fn answers_that_do_not_fit_the_item_change_nothing() {
    let profile = sample();
    let mut book = book(&profile);
    let before = book.clone();
    for (position, answer) in [
        (2, Answer::Current(level(4))),
        (2, Answer::Current(level(0))),
        (2, Answer::Held(Some(Holding::Owner))),
        (0, Answer::Current(level(1))),
        (0, Answer::Target(level(1))),
        (99, Answer::Evidence("x".into())),
    ] {
        let effects = book.apply(Change::Answer { position, answer }, &cx(&profile));
        assert_eq!(effects, Effects::default());
    }
    assert_eq!(book, before);
}

#[test]
fn details_of_the_assessment_are_stamped_as_one() {
    let profile = sample();
    let mut book = book(&profile);
    for field in [
        EntryField::Name("Appraisal".into()),
        EntryField::Date("2026-12-01".into()),
        EntryField::PersonName("Anna".into()),
        EntryField::JobTitle("EA".into()),
        EntryField::Organisation("Rijnmond".into()),
        EntryField::Perspective(Perspective::Manager),
        EntryField::Aim(Some("r1".into())),
    ] {
        applies(&mut book, Change::Entry(field), &profile, Effects::meta());
    }
    let entry = book.entry();
    assert_eq!(
        (
            entry.name.as_str(),
            entry.date.as_str(),
            entry.person.job_title.as_str(),
            entry.perspective,
            entry.aim.as_deref()
        ),
        (
            "Appraisal",
            "2026-12-01",
            "EA",
            Perspective::Manager,
            Some("r1")
        )
    );
    assert_eq!(entry.stamps.meta, NOW);
    // An empty aim is no aim.
    applies(
        &mut book,
        Change::Entry(EntryField::Aim(Some(String::new()))),
        &profile,
        Effects::meta(),
    );
    assert_eq!(book.entry().aim, None);
}

#[test]
fn new_assessments_blank_or_copied_switched_to_and_deleted() {
    let profile = sample();
    let mut book = book(&profile);
    book.entry_mut().person.name = "Anna".into();
    book.entry_mut().assessment.ratings[2].current = level(2);
    applies(
        &mut book,
        Change::Create { copy: true },
        &profile,
        Effects::everything(),
    );
    let copy = book.entry().clone();
    assert_eq!(copy.name, "Copy of Self, 2026");
    assert_eq!(copy.date, TODAY);
    assert_eq!(copy.assessment.ratings[2].current, level(2));
    assert_ne!(copy.id, FIRST_ID);
    assert_eq!(book.current, 1);

    let cx2 = Context {
        nonce: 8,
        ..cx(&profile)
    };
    book.apply(Change::Create { copy: false }, &cx2);
    let blank = book.entry().clone();
    assert!(blank.assessment.is_blank());
    assert_eq!(blank.person.name, "Anna", "the person carries over");
    assert_ne!(blank.id, copy.id, "another nonce, another id");
    assert_eq!(book.entries.len(), 3);

    applies(
        &mut book,
        Change::SwitchTo(FIRST_ID.into()),
        &profile,
        Effects::everything(),
    );
    assert_eq!(book.current, 0);
    assert_eq!(
        book.apply(Change::SwitchTo("gone".into()), &cx(&profile)),
        Effects::default()
    );

    applies(
        &mut book,
        Change::Delete(copy.id.clone()),
        &profile,
        Effects::everything(),
    );
    assert_eq!(book.entries.len(), 2);
    assert_eq!(book.entry().id, FIRST_ID, "the one on screen stays");
    book.apply(Change::Delete(FIRST_ID.into()), &cx(&profile));
    book.apply(Change::Delete(blank.id.clone()), &cx(&profile));
    assert_eq!(book.entries.len(), 1, "there is always one to fill in");
    assert!(book.entry().assessment.is_blank());
    assert_eq!(
        book.apply(Change::Delete("gone".into()), &cx(&profile)),
        Effects::default()
    );
}

#[test]
fn imports_come_in_beside_or_over_and_are_stamped() {
    let profile = sample();
    let mut book = book(&profile);
    let theirs = shared(
        Perspective::Manager,
        vec![Rating {
            current: level(3),
            ..Rating::new("s1")
        }],
    );
    applies(
        &mut book,
        Change::Import {
            shared: theirs,
            how: Import::AsNew,
        },
        &profile,
        Effects::everything(),
    );
    assert_eq!((book.entries.len(), book.current), (2, 1));
    assert_eq!(book.entry().title(Lang::En), "Anna — Manager, 2026");
    assert_eq!(book.entry().stamps.item("s1"), NOW);

    book.current = 0;
    book.entry_mut().assessment.ratings[3].current = level(1);
    let own = shared(
        Perspective::Own,
        vec![Rating {
            current: level(2),
            ..Rating::new("s2")
        }],
    );
    book.apply(
        Change::Import {
            shared: own,
            how: Import::OverCurrent,
        },
        &cx(&profile),
    );
    let entry = book.entry();
    assert_eq!(entry.id, FIRST_ID, "the entry keeps its id");
    assert_eq!(entry.assessment.ratings[3].current, level(2));
    assert_eq!(
        entry.assessment.ratings.len(),
        profile.item_count(),
        "laid out for the profile"
    );
    assert_eq!(entry.stamps.item("s2"), NOW, "replaced answers are stamped");
}

#[test]
fn agreeing_starts_an_agreed_assessment_with_what_both_said_alike() {
    let profile = sample();
    let mut book = book(&profile);
    // Anna's own view (the first entry) and her manager's, rated alongside it.
    book.apply(
        Change::RateAlongside(shared(
            Perspective::Own,
            vec![
                Rating {
                    current: level(3),
                    ..Rating::new("s1")
                },
                Rating {
                    current: level(2),
                    ..Rating::new("s2")
                },
            ],
        )),
        &cx(&profile),
    );
    let (own, manager) = (book.entries[1].id.clone(), book.entry().id.clone());
    book.apply(
        Change::Answer {
            position: 2,
            answer: Answer::Current(level(3)),
        },
        &cx(&profile),
    );
    book.apply(
        Change::Answer {
            position: 3,
            answer: Answer::Current(level(1)),
        },
        &cx(&profile),
    );
    // Chosen manager first: the person's own view is still the first side.
    let agreed = book
        .agreement_of(&profile, &manager, &own, TODAY)
        .expect("an agreement of the two");
    applies(
        &mut book,
        Change::Agreed(Box::new(agreed)),
        &profile,
        Effects::everything(),
    );
    assert_eq!(book.entries.len(), 4);
    let agreed = book.entry();
    assert_eq!(agreed.perspective, Perspective::Agreed);
    assert_eq!(agreed.person.name, "Anna");
    assert_eq!(agreed.date, TODAY, "the meeting is today");
    let agreement = agreed.agreement.as_ref().expect("what it was agreed from");
    assert_eq!(agreement.sides[0].view, Perspective::Own);
    assert_eq!(
        agreed.assessment.ratings[2].current,
        level(3),
        "both said 3"
    );
    assert_eq!(agreed.assessment.ratings[3].current, None, "open: 2 or 1");
    assert_eq!(
        agreed.stamps.item("s1"),
        NOW,
        "what is filled in is stamped"
    );
    assert_eq!(agreement.open(&profile, &agreed.assessment), 1);
    assert_eq!(agreed.views(), [Perspective::Agreed]);
    // The manager's name for the signature line; its view stays agreed.
    applies(
        &mut book,
        Change::Entry(EntryField::AgreedWith("Bob".into())),
        &profile,
        Effects::meta(),
    );
    assert_eq!(book.entry().agreement.as_ref().unwrap().with, "Bob");
    let unchanged = book.apply(
        Change::Entry(EntryField::Perspective(Perspective::Own)),
        &cx(&profile),
    );
    assert_eq!(unchanged, Effects::default());
    assert_eq!(book.entry().perspective, Perspective::Agreed);
    // Not from one assessment twice, from one that is gone, or from an agreed one; nor is an
    // assessment that does not say what it was agreed from taken as agreed.
    let agreed_id = book.entry().id.clone();
    for (first, second) in [
        (own.clone(), own.clone()),
        (own.clone(), "gone".to_string()),
        (own.clone(), agreed_id),
    ] {
        assert_eq!(book.agreement_of(&profile, &first, &second, TODAY), None);
    }
    let before = book.clone();
    for entry in [
        Entry {
            perspective: Perspective::Agreed,
            ..Entry::default()
        },
        Entry {
            agreement: book.entry().agreement.clone(),
            ..Entry::default()
        },
    ] {
        let effects = book.apply(Change::Agreed(Box::new(entry)), &cx(&profile));
        assert_eq!(effects, Effects::default());
        assert_eq!(book, before);
    }
    // Nor may another assessment be said to be agreed, nor an agreed one's name set on it.
    book.apply(Change::SwitchTo(own), &cx(&profile));
    for field in [
        EntryField::Perspective(Perspective::Agreed),
        EntryField::AgreedWith("Bob".into()),
    ] {
        assert_eq!(
            book.apply(Change::Entry(field), &cx(&profile)),
            Effects::default()
        );
    }
}

#[test]
fn the_team_takes_assessments_of_this_browser_and_from_outside_one_per_person() {
    let profile = sample();
    let mut book = book(&profile);
    let mine = book.entry().id.clone();
    book.entry_mut().person.name = "Anna de Vries".into();
    applies(
        &mut book,
        Change::TeamMember {
            id: mine.clone(),
            member: true,
        },
        &profile,
        Effects::meta(),
    );
    assert_eq!(book.team().len(), 1);
    assert_eq!(book.entry().stamps.meta, NOW, "stamped, for two tabs");
    // Ben comes in by a link: beside the others, the one on screen stays.
    let mut ben = shared(Perspective::Manager, vec![]);
    ben.person.name = "Ben".into();
    applies(
        &mut book,
        Change::JoinTeam(Box::new(ben.clone())),
        &profile,
        Effects::meta(),
    );
    assert_eq!(book.team().len(), 2);
    assert_eq!(book.entry().id, mine, "the assessment on screen stays");
    assert_eq!(
        book.entries[1].assessment.ratings.len(),
        profile.item_count()
    );
    // Ben again, by any spelling of his name, and Anna by another assessment: refused.
    ben.person.name = "  BEN ".into();
    let before = book.clone();
    assert_eq!(
        book.apply(Change::JoinTeam(Box::new(ben)), &cx(&profile)),
        Effects::default()
    );
    book.apply(Change::Create { copy: true }, &cx(&profile));
    let copy = book.entry().id.clone();
    assert_eq!(
        book.apply(
            Change::TeamMember {
                id: copy.clone(),
                member: true
            },
            &cx(&profile)
        ),
        Effects::default()
    );
    assert_eq!(book.team().len(), before.team().len());
    // Anna leaves; then her copy may join.
    applies(
        &mut book,
        Change::TeamMember {
            id: mine,
            member: false,
        },
        &profile,
        Effects::meta(),
    );
    applies(
        &mut book,
        Change::TeamMember {
            id: copy,
            member: true,
        },
        &profile,
        Effects::meta(),
    );
    let names: Vec<&str> = book.team().iter().map(|e| e.person.name.as_str()).collect();
    assert_eq!(names, ["Ben", "Anna de Vries"]);
}

#[test]
fn rating_alongside_keeps_theirs_and_starts_mine_with_hints() {
    let profile = sample();
    let mut book = book(&profile);
    applies(
        &mut book,
        Change::RateAlongside(shared(
            Perspective::Own,
            vec![Rating {
                current: level(3),
                ..Rating::new("s1")
            }],
        )),
        &profile,
        Effects::everything(),
    );
    assert_eq!(book.entries.len(), 3);
    let entry = book.entry();
    assert_eq!(entry.perspective, Perspective::Manager);
    assert_eq!(entry.person.name, "Anna");
    assert_eq!(
        entry.hints_from.as_deref(),
        Some(book.entries[1].id.as_str())
    );
    assert_ne!(entry.id, book.entries[1].id);
    assert!(entry.assessment.is_blank());
    assert_eq!(entry.date, TODAY);
    // Deleting theirs drops the hints that pointed at it.
    let theirs = book.entries[1].id.clone();
    book.apply(Change::Delete(theirs), &cx(&profile));
    assert_eq!(book.entry().hints_from, None);
}

#[test]
fn role_profiles_are_created_copied_switched_edited_and_deleted() {
    let profile = sample();
    let mut book = book(&profile);
    applies(
        &mut book,
        Change::CreateRole { copy: false },
        &profile,
        Effects::roles(),
    );
    assert_eq!(book.roles[0].needs.len(), profile.item_count());
    for field in [
        RoleField::Title("EA".into()),
        RoleField::Organisation("Rijnmond".into()),
        RoleField::Purpose("Keeps the week running".into()),
    ] {
        applies(&mut book, Change::Role(field), &profile, Effects::meta());
    }
    applies(
        &mut book,
        Change::Need {
            position: 2,
            need: NeedChange::Level(level(3)),
        },
        &profile,
        Effects {
            need: Some(1),
            row: Some(2),
            ..Effects::default()
        },
    );
    applies(
        &mut book,
        Change::Need {
            position: 0,
            need: NeedChange::Requirement(Some(Requirement::Required)),
        },
        &profile,
        Effects {
            need: Some(0),
            row: Some(0),
            ..Effects::default()
        },
    );
    for (position, need) in [
        (0, NeedChange::Level(level(1))),
        (2, NeedChange::Requirement(Some(Requirement::Optional))),
        (2, NeedChange::Level(level(4))),
    ] {
        assert_eq!(
            book.apply(Change::Need { position, need }, &cx(&profile)),
            Effects::default()
        );
    }
    let first = book.roles[0].id.clone();
    book.entry_mut().aim = Some(first.clone());
    let cx2 = Context {
        nonce: 99,
        lang: Lang::Nl,
        ..cx(&profile)
    };
    assert_eq!(
        book.apply(Change::CreateRole { copy: true }, &cx2),
        Effects::roles()
    );
    assert_eq!(book.roles[1].title, "Kopie van EA");
    assert_eq!(book.roles[1].needs[2].level, level(3));
    assert_ne!(book.roles[1].id, first);
    assert_eq!(book.current_role, Some(1));
    applies(
        &mut book,
        Change::SwitchRole(first.clone()),
        &profile,
        Effects::roles(),
    );
    assert_eq!(book.current_role, Some(0));
    applies(
        &mut book,
        Change::DeleteRole(first),
        &profile,
        Effects::roles(),
    );
    assert_eq!(
        book.entry().aim,
        None,
        "the aim at a deleted role is dropped"
    );
    assert_eq!(book.current_role, Some(0));
    let last = book.roles[0].id.clone();
    book.apply(Change::DeleteRole(last), &cx(&profile));
    assert_eq!(book.current_role, None);
    assert_eq!(
        book.apply(Change::Role(RoleField::Title("x".into())), &cx(&profile)),
        Effects::default(),
        "no role in the editor"
    );
}

#[test]
fn a_role_from_outside_gets_an_id_of_this_browser() {
    let profile = sample();
    let mut book = book(&profile);
    let role = RoleProfile {
        id: "from-elsewhere".into(),
        title: "EA".into(),
        profile: ProfileRef::of(&profile),
        needs: vec![Need {
            level: level(2),
            ..Need::new("s1")
        }],
        ..RoleProfile::default()
    };
    applies(&mut book, Change::AddRole(role), &profile, Effects::roles());
    assert_ne!(book.roles[0].id, "from-elsewhere");
    assert_eq!(book.roles[0].needs[2].level, level(2));
    assert_eq!(book.current_role, Some(0));
}

#[test]
fn settings_are_kept() {
    let profile = sample();
    let mut book = book(&profile);
    applies(
        &mut book,
        Change::Language(Lang::Nl),
        &profile,
        Effects::settings(),
    );
    applies(
        &mut book,
        Change::Theme(Theme::Dark),
        &profile,
        Effects::settings(),
    );
    applies(
        &mut book,
        Change::DismissIntro,
        &profile,
        Effects::settings(),
    );
    assert_eq!(
        (book.language, book.theme, book.intro_dismissed),
        (Some(Lang::Nl), Some(Theme::Dark), true)
    );
    assert!(!book.is_empty());
}

#[test]
fn ids_are_unique_even_with_the_same_time_and_nonce() {
    let profile = sample();
    let mut book = book(&profile);
    book.apply(Change::Create { copy: false }, &cx(&profile));
    book.apply(Change::Create { copy: false }, &cx(&profile));
    book.apply(Change::CreateRole { copy: false }, &cx(&profile));
    let mut ids: Vec<&str> = book.entries.iter().map(|e| e.id.as_str()).collect();
    ids.extend(book.roles.iter().map(|r| r.id.as_str()));
    let unique: std::collections::HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
}

#[test]
fn the_first_answer_of_a_first_visit_says_which_profile_version_it_answers() {
    let profile = sample();
    let mut book = book(&profile);
    assert_eq!(
        book.entry().profile,
        None,
        "a first visit starts before the profile is known"
    );
    book.apply(
        Change::Answer {
            position: 2,
            answer: Answer::Current(level(2)),
        },
        &cx(&profile),
    );
    assert_eq!(book.entry().profile, Some(ProfileRef::of(&profile)));
}
