use proptest::prelude::*;

use super::edit::{amount_from, id_from, levels_from};
use super::*;
use crate::core::answers::versions::{changes, Changes};
use crate::core::profile::tests::sample_json;
use crate::core::profile::{is_good_id, CareerRule, Profile, Share};
use crate::core::words::lang::Lang;

const IMA: &str = include_str!("../../../public/profiles/ima-msp.json");
const IMA_DE: &str = include_str!("../../../public/profiles/ima-msp.de.json");

/// A draft with one block "Skills" holding "Planning", "Writing"; ids fixed as the designer
/// fixes them (each name left once typed).
pub(super) fn small() -> (Draft, u32, [u32; 2]) {
    let mut draft = Draft::blank("en", "2026-12-06");
    draft.set_name("en", "Our profile");
    draft.leave_name();
    let block = draft.profile.blocks[0].key;
    draft.set_block_title(block, "en", "Skills");
    draft.leave_block_title(block);
    let keys = ["Planning", "Writing"].map(|name| {
        let key = draft.add_item(block).unwrap();
        draft.set_item_text(key, "en", name);
        draft.leave_item(key);
        key
    });
    (draft, block, keys)
}

/// Fills in every text a blank draft asks for, in each language it offers.
pub(super) fn complete(draft: &mut Draft) {
    for lang in draft.profile.languages.clone() {
        for step in &mut draft.profile.levels {
            step.name.set(&lang, &format!("Level {}", step.level));
            step.descriptor.set(&lang, "Does it");
        }
        draft.profile.name.set(&lang, "Our profile");
    }
    let held = draft.profile.blocks[1].key;
    draft.set_block_title(held, "en", "Tasks");
    draft.leave_block_title(held);
    let key = draft.add_item(held).unwrap();
    draft.set_item_text(key, "en", "Minutes");
    draft.leave_item(key);
}

#[test]
fn ids_are_made_from_the_first_name_and_kept_through_renames() {
    let (mut draft, block, [planning, writing]) = small();
    assert_eq!(draft.profile.id, "our-profile");
    assert_eq!(draft.group(block).unwrap().id, "skills");
    assert_eq!(draft.entry(planning).unwrap().id, "skills.planning");
    assert_eq!(draft.entry(writing).unwrap().id, "skills.writing");

    draft.set_item_text(planning, "en", "Planning and organising");
    draft.set_item_text(planning, "nl", "Plannen en organiseren");
    draft.set_block_title(block, "en", "Skills and knowledge");
    draft.set_name("en", "Another name");
    assert_eq!(draft.entry(planning).unwrap().id, "skills.planning");
    assert_eq!(draft.group(block).unwrap().id, "skills");
    assert_eq!(draft.profile.id, "our-profile");

    // While a new item's name is typed its id follows it; a second "Planning" gets its own.
    let key = draft.add_item(block).unwrap();
    draft.set_item_text(key, "en", "P");
    assert_eq!(draft.entry(key).unwrap().id, "skills.p");
    draft.set_item_text(key, "en", "Planning");
    assert_eq!(draft.entry(key).unwrap().id, "skills.planning-2");
}

#[test]
fn a_draft_kept_before_its_names_were_given_still_makes_ids_from_them() {
    let mut draft = Draft::from_stored(&Draft::blank("en", "2026-12-06").to_stored()).unwrap();
    let block = draft.profile.blocks[0].key;
    draft.set_name("en", "Kept profile");
    draft.set_block_title(block, "en", "Skills");
    assert_eq!(draft.profile.id, "kept-profile");
    assert_eq!(draft.group(block).unwrap().id, "skills");
    // Named and kept: the ids stay.
    let mut kept = Draft::from_stored(&draft.to_stored()).unwrap();
    kept.set_name("en", "Another");
    assert_eq!(kept.profile.id, "kept-profile");
}

#[test]
fn an_id_keeps_letters_of_any_language_and_nothing_else() {
    assert_eq!(
        id_from("Führung & Zusammenarbeit"),
        "führung-zusammenarbeit"
    );
    assert_eq!(id_from("  Plan, do - check!  "), "plan-do-check");
    assert_eq!(id_from("!?"), "");
    assert_eq!(id_from(&"a".repeat(500)).len(), 60);
    assert_eq!(levels_from("1, 2 and 3"), vec![1, 2, 3]);
    assert_eq!(amount_from("3.000"), Some(3000));
    assert_eq!(amount_from(""), None);
}

#[test]
fn a_blank_draft_says_what_to_fill_in_beside_each_field() {
    let draft = Draft::blank("nl", "2026-12-06");
    let problems = draft.check(Lang::En);
    let fields: Vec<Field> = problems.iter().map(|p| p.field).collect();
    let blocks: Vec<u32> = draft.profile.blocks.iter().map(|g| g.key).collect();
    assert!(fields.contains(&Field::Id), "{problems:?}");
    assert!(fields.contains(&Field::Name));
    assert!(fields.contains(&Field::Level(1)) && fields.contains(&Field::Level(4)));
    for key in blocks {
        let said: Vec<&Problem> = problems
            .iter()
            .filter(|p| p.field == Field::Block(key))
            .collect();
        assert_eq!(said.len(), 1, "an unnamed block is said once: {said:?}");
        assert_eq!(said[0].message, texts_doc().design_needs_name);
    }
    let name = problems.iter().find(|p| p.field == Field::Name).unwrap();
    assert_eq!(
        name.message,
        "the profile name has no text in language “nl”"
    );
    assert!(!draft.is_ready());
}

fn texts_doc() -> &'static crate::core::words::texts::DocTexts {
    crate::core::words::texts::texts(Lang::En).doc()
}

#[test]
fn a_completed_draft_exports_a_profile_the_app_loads() {
    let (mut draft, _, _) = small();
    complete(&mut draft);
    assert_eq!(draft.check(Lang::En), vec![]);
    let files = draft.files();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].name, "our-profile.json");
    let profile = Profile::from_json(&files[0].text).expect("the app loads it");
    assert_eq!(profile.item_count(), 3);
    assert_eq!(profile.item_name("skills.planning", Lang::En), "Planning");
}

#[test]
fn the_problems_are_the_loaders_own_and_its_refusal_comes_first() {
    let (mut draft, block, [planning, writing]) = small();
    complete(&mut draft);
    // Two items with one id: the loader's message, beside the second.
    draft.profile.blocks[0].items[1].id = "skills.planning".into();
    let problems = draft.check(Lang::Nl);
    let refusal = Profile::from_json(&draft.profile_file()).unwrap_err();
    assert_eq!(problems[0].message, refusal.message(Lang::Nl));
    assert_eq!(problems[0].field, Field::Item(writing));
    // An emptied block: said beside the block.
    draft.remove_item(planning);
    draft.remove_item(writing);
    let problems = draft.check(Lang::En);
    assert!(problems
        .iter()
        .any(|p| p.field == Field::Block(block) && p.message == "block “skills” has no items"));
}

#[test]
fn the_ima_profile_and_its_german_translation_come_back_as_they_went_in() {
    let draft = Draft::open(IMA, &[(Lang::De, IMA_DE.to_string())]).unwrap();
    assert_eq!(draft.translated, vec!["de".to_string()]);
    assert_eq!(draft.check(Lang::En), vec![]);
    let files = draft.files();
    assert_eq!(
        files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
        ["ima-msp.json", "ima-msp.de.json"]
    );
    let original = Profile::from_json(IMA).unwrap();
    let exported = Profile::from_json(&files[0].text).unwrap();
    assert_eq!(exported, original, "the profile file says what it said");
    original.add_translation(Lang::De, IMA_DE).unwrap();
    exported.add_translation(Lang::De, &files[1].text).unwrap();
    for ((key, a), (_, b)) in original.keyed_texts().iter().zip(exported.keyed_texts()) {
        assert_eq!(a.get(Lang::De), b.get(Lang::De), "{key}");
    }
    assert!(
        exported.is_reviewed(Lang::De),
        "exported from the designer: reviewed"
    );
    // And the draft is kept and read back as it was.
    assert_eq!(Draft::from_stored(&draft.to_stored()), Some(draft));
}

#[test]
fn a_file_the_app_refuses_is_not_opened_and_says_why() {
    let mut json = sample_json();
    json["levels"] = serde_json::json!([]);
    assert_eq!(
        Draft::open(&json.to_string(), &[]),
        Err(OpenError::Profile(
            crate::core::profile::ProfileError::NoLevels
        ))
    );
    let wrong = IMA_DE.replace("\"2023.1\"", "\"1999.1\"");
    assert!(matches!(
        Draft::open(IMA, &[(Lang::De, wrong)]),
        Err(OpenError::Translation(_))
    ));
}

#[test]
fn a_language_written_apart_must_have_every_text() {
    let (mut draft, _, [planning, _]) = small();
    complete(&mut draft);
    draft.set_language("de", true);
    draft.set_translated("de", true);
    let problems = draft.check(Lang::En);
    assert!(problems.iter().any(|p| p.field == Field::Item(planning)
        && p.message == "item “skills.planning” has no text in language “de”"));
    assert_eq!(draft.file_languages(), ["en"]);
    // In the file instead, the loader says the same.
    draft.set_translated("de", false);
    assert!(draft
        .check(Lang::En)
        .iter()
        .any(|p| p.message == "item “skills.planning” has no text in language “de”"));
}

#[test]
fn items_move_by_keyboard_across_blocks_and_by_dropping() {
    let (mut draft, skills, [planning, writing]) = small();
    complete(&mut draft);
    let tasks = draft.profile.blocks[1].key;
    let minutes = draft.profile.blocks[1].items[0].key;
    let order = |draft: &Draft| -> Vec<Vec<u32>> {
        draft
            .profile
            .blocks
            .iter()
            .map(|g| g.items.iter().map(|e| e.key).collect())
            .collect()
    };
    assert!(
        !draft.move_item(planning, true),
        "the very first item goes nowhere"
    );
    assert!(draft.move_item(planning, false));
    assert_eq!(order(&draft), [vec![writing, planning], vec![minutes]]);
    assert!(
        draft.move_item(planning, false),
        "past the last: into the next block"
    );
    assert_eq!(order(&draft), [vec![writing], vec![planning, minutes]]);
    assert!(!draft.move_item(minutes, false));
    draft.move_item_to(minutes, skills, Some(writing));
    assert_eq!(order(&draft), [vec![minutes, writing], vec![planning]]);
    draft.move_item_to(minutes, tasks, None);
    assert_eq!(order(&draft), [vec![writing], vec![planning, minutes]]);
    assert!(
        draft.asks_before_removing(tasks),
        "a block with items asks first"
    );
    let empty = draft.add_block(BlockKind::Held);
    assert!(!draft.asks_before_removing(empty));
    draft.remove_block(empty);
    assert!(draft.move_block(tasks, true));
    assert_eq!(draft.profile.blocks[0].key, tasks);
    assert!(!draft.move_block(tasks, true));
    // Ids do not move with the items' places.
    assert_eq!(draft.entry(planning).unwrap().id, "skills.planning");
}

#[test]
fn job_titles_are_typed_one_per_line_in_each_language() {
    let mut draft = Draft::blank("en", "2026-12-06");
    draft.add_career();
    draft.add_career();
    assert_eq!(draft.profile.career_levels[1].level, 2);
    draft.set_titles(2, "en", "Office manager\nExecutive assistant\n");
    draft.set_titles(2, "nl", "Officemanager\nDirectieassistent");
    assert_eq!(draft.titles_in(2, "nl"), "Officemanager\nDirectieassistent");
    draft.set_titles(2, "en", "Office manager");
    draft.set_titles(2, "nl", "Officemanager");
    assert_eq!(
        draft.profile.career_levels[1].titles.len(),
        1,
        "a title with no text goes"
    );
}

#[test]
fn the_career_level_rule_is_typed_as_two_shares_and_said_as_the_summary_says_it() {
    let (mut draft, _, _) = small();
    complete(&mut draft);
    let sentence = draft.rule_sentence(Lang::En).unwrap();
    assert!(
        sentence.contains("at least half of the rated"),
        "{sentence}"
    );
    assert!(sentence.contains("(1 of 2)"), "{sentence}");
    assert!(
        !draft.profile_file().contains("career_rule"),
        "half and half is not written"
    );

    draft.set_share(Share::AtOrAbove, "60 %");
    draft.set_share(Share::Rated, "100");
    assert_eq!(draft.share(Share::AtOrAbove), Some(60));
    let sentence = draft.rule_sentence(Lang::Nl).unwrap();
    assert!(
        sentence.contains("minstens 60% van de beoordeelde"),
        "{sentence}"
    );
    assert!(sentence.contains("(2 van 2)"), "{sentence}");
    let profile = Profile::from_json(&draft.profile_file()).unwrap();
    assert_eq!(
        profile.career_rule(),
        CareerRule {
            at_or_above: 60,
            rated: 100
        }
    );

    // Out of range: said beside the rule, in the loader's words, and no sentence.
    draft.set_share(Share::Rated, "0");
    assert_eq!(draft.rule_sentence(Lang::En), None);
    let problems = draft.check(Lang::En);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, Field::Rule);
    assert!(problems[0]
        .message
        .contains("be rated before a level is claimed"));
    assert!(!draft.is_ready());

    // Emptied, a share is half again; both emptied, the rule leaves the file.
    draft.set_share(Share::Rated, "");
    assert_eq!(draft.share(Share::Rated), None);
    assert!(draft.is_ready());
    draft.set_share(Share::AtOrAbove, "");
    assert_eq!(draft.profile.career_rule, None);
}

#[test]
fn a_new_version_says_what_it_changes_for_members() {
    let (mut draft, block, [planning, writing]) = small();
    complete(&mut draft);
    draft.start_version("2027.1");
    assert_eq!(draft.profile.previous.as_ref().unwrap().version, "2026.1");
    // Writing is retired; a new item replaces Planning under another id; one is new.
    draft.remove_item(writing);
    draft.remove_item(planning);
    let organising = draft.add_item(block).unwrap();
    draft.set_item_text(organising, "en", "Organising");
    draft.leave_item(organising);
    assert_eq!(
        draft.replaceable(organising),
        ["skills.planning", "skills.writing", "tasks.minutes"]
            .iter()
            .filter(|id| **id != "tasks.minutes")
            .map(|id| id.to_string())
            .collect::<Vec<_>>()
    );
    draft.set_replaces(organising, vec!["skills.planning".into()]);
    let extra = draft.add_item(block).unwrap();
    draft.set_item_text(extra, "en", "Budgets");
    assert_eq!(draft.check(Lang::En), vec![]);
    let profile = Profile::from_json(&draft.profile_file()).unwrap();
    assert_eq!(
        changes(&profile),
        Some(Changes {
            added: 1,
            renamed: 1,
            merged: 0,
            split: 0,
            retired: 1
        })
    );
}

/// An edit the designer can make, drawn at random.
#[derive(Debug, Clone)]
pub(super) enum Edit {
    AddItem(usize),
    Name(usize, String, bool),
    Leave(usize),
    Remove(usize),
    Move(usize, bool),
    Drop(usize, usize, Option<usize>),
    AddBlock(bool),
    Language(usize, bool, bool),
    Level(bool),
    /// A share of the career level rule typed (the first when true), in or out of range.
    Share(bool, String),
}

pub(super) fn edit() -> impl Strategy<Value = Edit> {
    let name = "[A-Za-zäöü &-]{0,12}";
    prop_oneof![
        any::<usize>().prop_map(Edit::AddItem),
        (any::<usize>(), name, any::<bool>()).prop_map(|(k, n, nl)| Edit::Name(k, n, nl)),
        any::<usize>().prop_map(Edit::Leave),
        any::<usize>().prop_map(Edit::Remove),
        (any::<usize>(), any::<bool>()).prop_map(|(k, up)| Edit::Move(k, up)),
        (
            any::<usize>(),
            any::<usize>(),
            proptest::option::of(any::<usize>())
        )
            .prop_map(|(k, b, before)| Edit::Drop(k, b, before)),
        any::<bool>().prop_map(Edit::AddBlock),
        (any::<usize>(), any::<bool>(), any::<bool>())
            .prop_map(|(l, on, apart)| Edit::Language(l, on, apart)),
        any::<bool>().prop_map(Edit::Level),
        (any::<bool>(), "[0-9]{0,3} ?%?").prop_map(|(first, text)| Edit::Share(first, text)),
    ]
}

pub(super) fn apply(draft: &mut Draft, edit: &Edit) {
    let items: Vec<u32> = draft
        .profile
        .blocks
        .iter()
        .flat_map(|g| g.items.iter().map(|e| e.key))
        .collect();
    let blocks: Vec<u32> = draft.profile.blocks.iter().map(|g| g.key).collect();
    let pick = |keys: &[u32], n: usize| (!keys.is_empty()).then(|| keys[n % keys.len()]);
    match edit {
        Edit::AddItem(b) => {
            if let Some(block) = pick(&blocks, *b) {
                draft.add_item(block);
            }
        }
        Edit::Name(k, name, nl) => {
            let lang = if *nl { "nl" } else { "en" };
            if let Some(key) = pick(&items, *k) {
                draft.set_item_text(key, lang, name);
            }
            if let Some(block) = pick(&blocks, *k) {
                draft.set_block_title(block, lang, name);
            }
        }
        Edit::Leave(k) => {
            if let Some(key) = pick(&items, *k) {
                draft.leave_item(key);
            }
            if let Some(block) = pick(&blocks, *k) {
                draft.leave_block_title(block);
            }
        }
        Edit::Remove(k) => {
            if let Some(key) = pick(&items, *k) {
                draft.remove_item(key);
            }
        }
        Edit::Move(k, up) => {
            if let Some(key) = pick(&items, *k) {
                draft.move_item(key, *up);
            }
        }
        Edit::Drop(k, b, before) => {
            if let (Some(key), Some(block)) = (pick(&items, *k), pick(&blocks, *b)) {
                draft.move_item_to(key, block, before.and_then(|n| pick(&items, n)));
            }
        }
        Edit::AddBlock(held) => {
            draft.add_block(if *held {
                BlockKind::Held
            } else {
                BlockKind::Rated
            });
        }
        Edit::Language(l, on, apart) => {
            let code = ["en", "nl", "de"][l % 3];
            draft.set_language(code, *on);
            draft.set_translated(code, *apart);
        }
        Edit::Level(add) => {
            if *add {
                draft.add_level()
            } else {
                draft.remove_level()
            }
        }
        Edit::Share(first, text) => {
            let share = if *first {
                Share::AtOrAbove
            } else {
                Share::Rated
            };
            draft.set_share(share, text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever is done in the designer: an item keeps the id it had once its name was left;
    /// no item is lost or doubled by moving; the draft reads back as it was kept; and it is
    /// ready exactly when the app loads what it exports (with its translation files).
    #[test]
    fn any_sequence_of_edits(edits in proptest::collection::vec(edit(), 0..40)) {
        let (mut draft, _, _) = small();
        complete(&mut draft);
        let mut fixed: Vec<(u32, String)> = Vec::new();
        for edit in &edits {
            let count = draft.profile.blocks.iter().map(|g| g.items.len()).sum::<usize>();
            apply(&mut draft, edit);
            let after = draft.profile.blocks.iter().map(|g| g.items.len()).sum::<usize>();
            match edit {
                Edit::Move(..) | Edit::Drop(..) => prop_assert_eq!(count, after),
                _ => {}
            }
            for group in &draft.profile.blocks {
                for entry in &group.items {
                    if !entry.fresh {
                        match fixed.iter().find(|(key, _)| *key == entry.key) {
                            Some((_, id)) => prop_assert_eq!(id, &entry.id),
                            None => fixed.push((entry.key, entry.id.clone())),
                        }
                    }
                    prop_assert!(entry.id.is_empty() || is_good_id(&entry.id));
                }
            }
        }
        let mut kept = Draft::from_stored(&draft.to_stored()).unwrap();
        for (a, b) in kept.profile.blocks.iter_mut().flat_map(|g| g.items.iter_mut()).zip(
            draft.profile.blocks.iter().flat_map(|g| g.items.iter()),
        ) {
            (a.key, a.fresh) = (b.key, b.fresh);
        }
        // Keys and whether an id still follows its name are the session's, not kept.
        for (a, b) in kept.profile.blocks.iter_mut().zip(&draft.profile.blocks) {
            (a.key, a.fresh) = (b.key, b.fresh);
        }
        (kept.fresh, kept.last_key) = (draft.fresh, draft.last_key);
        prop_assert_eq!(&kept.profile, &draft.profile);

        let files = draft.files();
        let loads = Profile::from_json(&files[0].text).is_ok_and(|profile| {
            files[1..].iter().zip(&draft.translated).all(|(file, code)| {
                Lang::from_code(code).is_some_and(|lang| profile.add_translation(lang, &file.text).is_ok())
            })
        });
        prop_assert_eq!(draft.is_ready(), loads && is_good_id(&draft.profile.id));
    }

    /// The designer's problems are the loader's: for a file the loader refuses, the first
    /// problem is its refusal, word for word.
    #[test]
    fn the_first_problem_is_the_loaders_refusal(edits in proptest::collection::vec(edit(), 0..25)) {
        let (mut draft, _, _) = small();
        complete(&mut draft);
        draft.translated.clear();
        for edit in &edits {
            apply(&mut draft, edit);
            draft.translated.clear();
        }
        let text = draft.profile_file();
        let problems = Profile::problems_of(&text);
        match Profile::from_json(&text) {
            Ok(_) => prop_assert!(problems.is_empty()),
            Err(refusal) => prop_assert_eq!(Some(&refusal), problems.first()),
        }
    }
}
