use std::sync::OnceLock;

use proptest::prelude::*;
use serde_json::{json, Value};

use super::{is_case, Unmapped};
use crate::core::design::tests::{apply, complete, edit, small};
use crate::core::design::{Draft, DraftProfile, Words};
use crate::core::profile::{BlockKind, Profile};
use crate::core::words::lang::Lang;

const IMA: &str = include_str!("../../../../public/profiles/ima-msp.json");
const IMA_DE: &str = include_str!("../../../../public/profiles/ima-msp.de.json");
const SCHEMA: &str =
    include_str!("../../../../tests/fixtures/case/case-v1p1-cfpackage-schema.json");
const TODAY: &str = "2026-12-06";

/// 1EdTech's schema of a CASE 1.1 package (vendored with its licence), formats checked too.
fn schema() -> &'static jsonschema::Validator {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        let schema: Value = serde_json::from_str(SCHEMA).unwrap();
        jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap()
    })
}

/// Every way `package` breaks the schema, one per line; empty when it validates.
fn schema_errors(package: &str) -> String {
    let value: Value = serde_json::from_str(package).unwrap();
    schema()
        .iter_errors(&value)
        .map(|error| format!("{} at {}", error, error.instance_path))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The profile with every text's languages in the profile's order (the order a text's
/// languages were typed in is no part of the profile), and without the designer's keys (they
/// are the session's).
fn in_order(mut profile: DraftProfile) -> DraftProfile {
    let languages = profile.languages.clone();
    // (Texts left in a language no longer offered go neither into the profile file nor into
    // the package.)
    let sort = |words: &mut Words| {
        *words = words.only(&languages);
        words
            .0
            .sort_by_key(|(code, _)| languages.iter().position(|c| c == code));
    };
    sort(&mut profile.name);
    for step in &mut profile.levels {
        sort(&mut step.name);
        sort(&mut step.descriptor);
    }
    for group in &mut profile.blocks {
        sort(&mut group.title);
        (group.key, group.fresh) = (0, false);
        for entry in &mut group.items {
            sort(&mut entry.text);
            (entry.key, entry.fresh) = (0, false);
        }
    }
    for career in &mut profile.career_levels {
        sort(&mut career.name);
        career.titles.iter_mut().for_each(sort);
    }
    if let Some(market) = &mut profile.market {
        for words in [&mut market.region, &mut market.period, &mut market.source] {
            sort(words);
        }
        market
            .bands
            .iter_mut()
            .for_each(|band| sort(&mut band.label));
    }
    profile
}

fn ima() -> Draft {
    Draft::open(IMA, &[(Lang::De, IMA_DE.to_string())]).unwrap()
}

#[test]
fn the_ima_profile_as_case_validates_against_the_published_schema_and_comes_back_whole() {
    let mut draft = ima();
    draft.profile.blocks[0].items[0].esco =
        Some("http://data.europa.eu/esco/skill/15d76317-c71a-4fa2-aadc-2ecc34e627b7".to_string());
    // A next version, in which an item replaces two of the last.
    draft.start_version("2027.1");
    let key = draft.profile.blocks[1].items[0].key;
    draft.set_replacing(key, "skill.ms-office", true);
    draft.set_replacing(key, "skill.digital", true);
    // A stricter rule for the career level, kept in the document's extensions.
    draft.set_share(crate::core::profile::Share::Rated, "75");
    let package = draft.case_package(TODAY);
    assert_eq!(schema_errors(&package), "");
    assert!(is_case(&package));
    assert!(!is_case(IMA));

    let back = Draft::from_case(&package, "2030-01-01").unwrap();
    assert_eq!(back.unmapped, []);
    assert_eq!(
        in_order(back.draft.profile.clone()),
        in_order(draft.profile.clone())
    );
    assert!(back.draft.is_ready());
    // The same package at every export of this version: its identifiers are made, not drawn.
    assert_eq!(draft.case_package(TODAY), package);
}

#[test]
fn the_case_package_is_read_as_other_tools_read_it() {
    let draft = ima();
    let package: Value = serde_json::from_str(&draft.case_package(TODAY)).unwrap();
    let document = &package["CFDocument"];
    assert_eq!(
        document["title"],
        "IMA Profile for Management Support Professionals"
    );
    assert_eq!(document["caseVersion"], "1.1");
    assert_eq!(document["language"], "en");
    let items = package["CFItems"].as_array().unwrap();
    let communication = items
        .iter()
        .find(|item| item["humanCodingScheme"] == "skill.communication" && item["language"] == "en")
        .unwrap();
    assert_eq!(communication["fullStatement"], "Communication");
    assert_eq!(communication["CFItemType"], "Competency");
    let associations = package["CFAssociations"].as_array().unwrap();
    let of = |kind: &str, origin: &Value| {
        associations
            .iter()
            .filter(|a| {
                a["associationType"] == kind
                    && a["originNodeURI"]["identifier"] == origin["identifier"]
            })
            .collect::<Vec<_>>()
    };
    // The item is a child of its block, which is a child of the document.
    let parent = &of("isChildOf", communication)[0]["destinationNodeURI"];
    let block = items
        .iter()
        .find(|item| item["identifier"] == parent["identifier"])
        .unwrap();
    assert_eq!(block["CFItemType"], "Competency Group");
    assert_eq!(
        of("isChildOf", block)[0]["destinationNodeURI"]["identifier"],
        document["identifier"]
    );
    // Its Dutch and German are translations of it.
    let translations: Vec<(&Value, &Value)> = associations
        .iter()
        .filter(|a| {
            a["associationType"] == "isTranslationOf"
                && a["destinationNodeURI"]["identifier"] == communication["identifier"]
        })
        .map(|a| {
            let item = items
                .iter()
                .find(|i| i["identifier"] == a["originNodeURI"]["identifier"])
                .unwrap();
            (&item["language"], &item["fullStatement"])
        })
        .collect();
    assert_eq!(
        translations,
        [
            (&json!("nl"), &json!("Communicatie")),
            (&json!("de"), &json!("Kommunikation"))
        ]
    );
    // The level scale is the rubric.
    let levels = package["CFRubrics"][0]["CFRubricCriteria"][0]["CFRubricCriterionLevels"]
        .as_array()
        .unwrap();
    assert_eq!(levels.len(), draft.profile.levels.len());
    assert_eq!(levels[0]["score"], 1.0);
    assert_eq!(levels[0]["quality"], draft.profile.levels[0].name.get("en"));
}

/// A framework written elsewhere: three levels deep, in English and (as translations) Dutch,
/// with a rubric of two criteria, a loose item, notes, an ESCO match and a relation.
fn foreign() -> String {
    let doc = "d0000000-0000-4000-8000-000000000000";
    let item = |n: u32, statement: &str, kind: &str, code: Option<&str>, lang: &str| {
        let mut item = json!({
            "identifier": format!("00000000-0000-4000-8000-{n:012}"),
            "uri": format!("https://frameworks.example/items/{n}"),
            "fullStatement": statement,
            "CFItemType": kind,
            "language": lang,
            "lastChangeDateTime": "2025-03-01T10:00:00Z",
        });
        if let Some(code) = code {
            item["humanCodingScheme"] = json!(code);
        }
        item
    };
    let link = |n: u32| json!({ "title": "", "identifier": format!("00000000-0000-4000-8000-{n:012}"), "uri": format!("https://frameworks.example/items/{n}") });
    let doc_link = json!({ "title": "Office skills", "identifier": doc, "uri": "https://frameworks.example/doc" });
    let association = |n: u32, kind: &str, origin: Value, destination: Value, seq: Option<i64>| {
        let mut a = json!({
            "identifier": format!("a0000000-0000-4000-8000-{n:012}"),
            "uri": format!("https://frameworks.example/associations/{n}"),
            "associationType": kind,
            "originNodeURI": origin,
            "destinationNodeURI": destination,
            "lastChangeDateTime": "2025-03-01T10:00:00Z",
        });
        if let Some(seq) = seq {
            a["sequenceNumber"] = json!(seq);
        }
        a
    };
    let mut with_notes = item(3, "Writes minutes", "Competency", Some("A.2"), "eng");
    with_notes["notes"] = json!("From the 2019 survey");
    let level = |n: u32, quality: &str, score: f64| {
        json!({
            "identifier": format!("c0000000-0000-4000-8000-{n:012}"),
            "uri": format!("https://frameworks.example/levels/{n}"),
            "quality": quality, "description": format!("{quality} work"), "score": score, "position": n,
            "lastChangeDateTime": "2025-03-01T10:00:00Z",
        })
    };
    json!({
        "CFDocument": {
            "identifier": doc, "uri": "https://frameworks.example/doc", "creator": "Office Association",
            "title": "Office skills", "lastChangeDateTime": "2025-03-01T10:00:00Z", "language": "eng",
            "version": "3", "description": "The skills of an office", "caseVersion": "1.1",
        },
        "CFItems": [
            item(1, "Communication", "Domain", Some("A"), "eng"),
            item(2, "Plans meetings", "Competency", Some("A.1"), "eng"),
            with_notes,
            item(4, "Minutes in two languages", "Competency", Some("A.2.a"), "eng"),
            item(5, "Tasks", "Domain", Some("B"), "eng"),
            item(6, "Keeps the diary", "Task", Some("B 1"), "eng"),
            item(7, "Loose", "Competency", None, "eng"),
            item(8, "Communicatie", "Domain", Some("A"), "nl-NL"),
            item(9, "Plant vergaderingen", "Competency", Some("A.1"), "nld"),
            item(10, "Unrelated", "Competency", None, "eng"),
        ],
        "CFAssociations": [
            association(1, "isChildOf", link(1), doc_link.clone(), Some(1)),
            association(2, "isChildOf", link(3), link(1), Some(2)),
            association(3, "isChildOf", link(2), link(1), Some(1)),
            association(4, "isChildOf", link(4), link(3), Some(1)),
            association(5, "isChildOf", link(5), doc_link.clone(), Some(2)),
            association(6, "isChildOf", link(6), link(5), Some(1)),
            association(7, "isChildOf", link(7), doc_link.clone(), Some(3)),
            association(8, "isTranslationOf", link(8), link(1), None),
            association(9, "isTranslationOf", link(9), link(2), None),
            association(10, "exactMatchOf", link(2), json!({ "title": "organise meetings", "identifier": "http://data.europa.eu/esco/skill/0001", "uri": "http://data.europa.eu/esco/skill/0001" }), None),
            association(11, "isRelatedTo", link(2), link(6), None),
        ],
        "CFRubrics": [{
            "identifier": "b0000000-0000-4000-8000-000000000001", "uri": "https://frameworks.example/rubric",
            "lastChangeDateTime": "2025-03-01T10:00:00Z",
            "CFRubricCriteria": [
                { "identifier": "b0000000-0000-4000-8000-000000000002", "uri": "https://frameworks.example/criteria/1",
                  "lastChangeDateTime": "2025-03-01T10:00:00Z",
                  "CFRubricCriterionLevels": [level(3, "Expert", 3.0), level(1, "Novice", 1.0), level(2, "Skilled", 2.0)] },
                { "identifier": "b0000000-0000-4000-8000-000000000003", "uri": "https://frameworks.example/criteria/2",
                  "lastChangeDateTime": "2025-03-01T10:00:00Z", "CFRubricCriterionLevels": [] },
            ],
        }],
        "CFDefinitions": { "CFItemTypes": [{
            "identifier": "e0000000-0000-4000-8000-000000000001", "uri": "https://frameworks.example/types/domain",
            "title": "Domain", "description": "A group of competencies", "hierarchyCode": "1",
            "lastChangeDateTime": "2025-03-01T10:00:00Z",
        }] },
    })
    .to_string()
}

#[test]
fn a_framework_from_elsewhere_becomes_blocks_and_items_and_what_has_no_place_is_listed() {
    let package = foreign();
    assert_eq!(
        schema_errors(&package),
        "",
        "the test's own package is a valid one"
    );
    let imported = Draft::from_case(&package, TODAY).unwrap();
    let p = &imported.draft.profile;
    assert_eq!((p.id.as_str(), p.version.as_str()), ("office-skills", "3"));
    assert_eq!(p.languages, ["en", "nl"]);
    assert_eq!(p.name.get("en"), "Office skills");
    let blocks: Vec<(&str, BlockKind, Vec<&str>)> = p
        .blocks
        .iter()
        .map(|g| {
            (
                g.id.as_str(),
                g.kind,
                g.items.iter().map(|e| e.id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        blocks,
        [
            ("A", BlockKind::Rated, vec!["A.1", "A.2", "A.2.a"]),
            // "B 1" has a space: no id; one is made from its text.
            ("B", BlockKind::Held, vec!["keeps-the-diary"]),
            ("office-skills", BlockKind::Rated, vec!["loose"]),
        ]
    );
    assert_eq!(p.blocks[0].title.get("nl"), "Communicatie");
    assert_eq!(p.blocks[0].items[0].text.get("nl"), "Plant vergaderingen");
    assert_eq!(
        p.blocks[0].items[0].esco.as_deref(),
        Some("http://data.europa.eu/esco/skill/0001")
    );
    let levels: Vec<(u8, &str, &str)> = p
        .levels
        .iter()
        .map(|s| (s.level, s.name.get("en"), s.descriptor.get("en")))
        .collect();
    assert_eq!(
        levels,
        [
            (1, "Novice", "Novice work"),
            (2, "Skilled", "Skilled work"),
            (3, "Expert", "Expert work")
        ]
    );
    assert_eq!(
        imported.unmapped,
        [
            Unmapped::Gathered(1),
            Unmapped::Flattened(1),
            Unmapped::OutsideTree(1),
            Unmapped::Criteria(1),
            Unmapped::PackagePart("CFDefinitions".to_string()),
            Unmapped::DocumentField("creator".to_string()),
            Unmapped::DocumentField("description".to_string()),
            Unmapped::ItemField {
                name: "notes".to_string(),
                items: 1
            },
            Unmapped::Associations {
                kind: "isRelatedTo".to_string(),
                count: 1
            },
        ]
    );
    assert_eq!(
        imported.unmapped[1].message(Lang::Nl),
        "onderdelen onder het tweede niveau, in het blok erboven gezet (1)"
    );
    // Once the career levels are given (a CASE package has none), the profile loads.
    let mut draft = imported.draft.clone();
    assert!(!draft.is_ready());
    draft.add_career();
    draft.profile.career_levels[0].name.set("en", "Assistant");
    draft.profile.career_levels[0].name.set("nl", "Assistent");
    for step in &mut draft.profile.levels {
        let (name, descriptor) = (
            step.name.get("en").to_string(),
            step.descriptor.get("en").to_string(),
        );
        step.name.set("nl", &name);
        step.descriptor.set("nl", &descriptor);
    }
    for group in &mut draft.profile.blocks {
        let title = group.title.get("en").to_string();
        group.title.set("nl", &title);
        for entry in &mut group.items {
            let text = entry.text.get("en").to_string();
            entry.text.set("nl", &text);
        }
    }
    draft.profile.name.set("nl", "Kantoorvaardigheden");
    assert_eq!(draft.check(Lang::En), []);
    assert!(Profile::from_json(&draft.profile_file()).is_ok());
}

#[test]
fn what_is_not_a_case_package_is_refused_with_the_reason() {
    let error = Draft::from_case(r#"{"CFDocument": {"title": 3}}"#, TODAY).unwrap_err();
    assert!(error
        .message(Lang::En)
        .starts_with("it is not a CASE package this designer can read ("));
    assert!(!is_case("not json"));
    assert!(!is_case(r#"{"CFItems": []}"#));
}

#[test]
fn a_flat_package_with_no_tree_is_one_block() {
    let package = json!({
        "CFDocument": { "identifier": "d0000000-0000-4000-8000-000000000000", "uri": "u", "creator": "c", "title": "Flat", "lastChangeDateTime": "2025-03-01T10:00:00Z" },
        "CFDefinitions": { "CFConcepts": [], "CFItemTypes": [] },
        "CFItems": [
            { "identifier": "00000000-0000-4000-8000-000000000001", "uri": "u1", "fullStatement": "One", "lastChangeDateTime": "2025-03-01T10:00:00Z" },
            { "identifier": "00000000-0000-4000-8000-000000000002", "uri": "u2", "fullStatement": "One", "lastChangeDateTime": "2025-03-01T10:00:00Z" },
        ],
    })
    .to_string();
    let imported = Draft::from_case(&package, TODAY).unwrap();
    let p = &imported.draft.profile;
    assert_eq!(p.version, "2026.1");
    assert_eq!(p.blocks.len(), 1);
    // Two items of the same text still get ids of their own.
    let ids: Vec<&str> = p.blocks[0].items.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["one", "one-2"]);
    assert!(imported.unmapped.contains(&Unmapped::NoLevels));
    // Definitions with nothing in them are nothing left behind.
    assert!(!imported
        .unmapped
        .iter()
        .any(|u| matches!(u, Unmapped::PackagePart(_))));
    assert!(imported
        .unmapped
        .contains(&Unmapped::DocumentField("creator".to_string())));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever profile the designer makes: as CASE it validates against the published schema,
    /// and read back it is the same profile.
    #[test]
    fn a_profile_as_case_and_back_is_the_same_profile(edits in proptest::collection::vec(edit(), 0..30)) {
        let (mut draft, _, _) = small();
        complete(&mut draft);
        for edit in &edits {
            apply(&mut draft, edit);
        }
        prop_assume!(draft.is_ready());
        let package = draft.case_package(TODAY);
        prop_assert_eq!(schema_errors(&package), "");
        let back = Draft::from_case(&package, TODAY).unwrap();
        prop_assert_eq!(&back.unmapped, &[]);
        prop_assert_eq!(in_order(back.draft.profile), in_order(draft.profile.clone()));
    }
}

#[test]
fn a_package_is_opened_on_its_own_and_says_what_it_left() {
    let package = foreign();
    let opened =
        Draft::open_chosen(&[("office.json".to_string(), package.clone())], TODAY).unwrap();
    assert_eq!(opened.draft.profile.id, "office-skills");
    assert_eq!(opened.left.map(|u| u.len()), Some(9));
    let opened =
        Draft::open_chosen(&[("ima-msp.json".to_string(), IMA.to_string())], TODAY).unwrap();
    assert_eq!(opened.left, None, "a profile file is no package");
    let (name, error) = Draft::open_chosen(
        &[
            ("ima-msp.json".to_string(), IMA.to_string()),
            ("office.json".to_string(), package),
        ],
        TODAY,
    )
    .unwrap_err();
    assert_eq!(name, "office.json");
    assert_eq!(
        error.message(Lang::En),
        "a CASE package is opened on its own, without other files"
    );
}

#[test]
fn an_esco_concept_is_its_uri_or_the_draft_says_so_beside_the_item() {
    let (mut draft, _, [planning, _]) = small();
    complete(&mut draft);
    draft.set_esco(planning, " http://data.europa.eu/esco/skill/0001 ");
    assert_eq!(
        draft.entry(planning).unwrap().esco.as_deref(),
        Some("http://data.europa.eu/esco/skill/0001")
    );
    assert!(draft.is_ready());
    draft.set_esco(planning, "organise meetings");
    let problems = draft.check(Lang::En);
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].field,
        crate::core::design::Field::Item(planning)
    );
    assert!(
        problems[0].message.contains("not the concept's URI"),
        "{}",
        problems[0].message
    );
    draft.set_esco(planning, "");
    assert_eq!(draft.entry(planning).unwrap().esco, None);
    assert!(draft.is_ready());
}

/// The package the end-to-end test opens in the designer (a framework tool's, written for the
/// tests): valid, and read as the designer shows it.
#[test]
fn the_test_framework_package_is_valid_and_read_whole_but_for_what_is_listed() {
    let package = include_str!("../../../../tests/fixtures/case/office-skills.json");
    assert_eq!(schema_errors(package), "");
    let imported = Draft::from_case(package, TODAY).unwrap();
    let p = &imported.draft.profile;
    assert_eq!(
        (p.id.as_str(), p.version.as_str(), p.languages.clone()),
        (
            "office-skills",
            "3.0",
            vec!["en".to_string(), "nl".to_string()]
        )
    );
    let ids: Vec<Vec<&str>> = p
        .blocks
        .iter()
        .map(|g| g.items.iter().map(|e| e.id.as_str()).collect())
        .collect();
    assert_eq!(ids, [vec!["A.1", "A.2", "A.2.a"], vec!["B.1"]]);
    assert_eq!(p.blocks[1].kind, BlockKind::Held);
    let said: Vec<String> = imported
        .unmapped
        .iter()
        .map(|u| u.message(Lang::En))
        .collect();
    assert_eq!(
        said,
        [
            "items below the second level, put in the block above them (1)",
            "the framework's “creator”",
            "the framework's “description”",
            "“notes” of items (1)",
            "associations of type “isRelatedTo” (1)",
        ]
    );
}

/// A tree five thousand levels deep: every item is taken, in order, and nothing overflows.
#[test]
fn a_very_deep_tree_is_walked_without_recursion() {
    let n = 5000;
    let id = |i: usize| format!("00000000-0000-4000-8000-{i:012}");
    let items: Vec<Value> = (0..n)
        .map(|i| json!({ "identifier": id(i), "uri": id(i), "fullStatement": format!("Item {i}"), "lastChangeDateTime": "2025-03-01T10:00:00Z" }))
        .collect();
    let associations: Vec<Value> = (0..n)
        .map(|i| {
            let parent = if i == 0 { "d".to_string() } else { id(i - 1) };
            json!({ "identifier": format!("a{i}"), "uri": "u", "associationType": "isChildOf", "originNodeURI": { "title": "", "identifier": id(i), "uri": "" }, "destinationNodeURI": { "title": "", "identifier": parent, "uri": "" }, "lastChangeDateTime": "2025-03-01T10:00:00Z" })
        })
        .collect();
    let package = json!({
        "CFDocument": { "identifier": "d", "uri": "d", "creator": "c", "title": "Deep", "lastChangeDateTime": "2025-03-01T10:00:00Z" },
        "CFItems": items,
        "CFAssociations": associations,
    });
    let imported = Draft::from_case(&package.to_string(), TODAY).unwrap();
    let blocks = &imported.draft.profile.blocks;
    assert_eq!(blocks.len(), 1);
    assert_eq!(blocks[0].items.len(), n - 1);
    assert_eq!(
        blocks[0].items[n - 2].text.get("en"),
        format!("Item {}", n - 1)
    );
    assert!(imported.unmapped.contains(&Unmapped::Flattened(n - 2)));
}

proptest! {
    /// Whatever a file holds, opening it never panics: any text, and a package cut anywhere.
    #[test]
    fn any_text_or_a_cut_package_is_read_or_refused_without_a_panic(text in ".{0,200}", cut in 0usize..4000) {
        let _ = Draft::from_case(&text, TODAY);
        let package = foreign();
        let cut = package.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(package.len());
        let _ = Draft::from_case(&package[..cut], TODAY);
        prop_assert!(is_case(&package));
    }
}

/// A tree no association ties to the document, and a document with an empty language: the
/// tree's top is a block, the language English.
#[test]
fn a_tree_not_tied_to_the_document_still_makes_its_block() {
    let at = "2025-03-01T10:00:00Z";
    let item = |n: u32, text: &str| json!({ "identifier": format!("i{n}"), "uri": format!("u{n}"), "fullStatement": text, "lastChangeDateTime": at });
    let link =
        |n: u32| json!({ "title": "", "identifier": format!("i{n}"), "uri": format!("u{n}") });
    let package = json!({
        "CFDocument": { "identifier": "d", "uri": "d", "creator": "c", "title": "Loose tree", "language": "", "lastChangeDateTime": at },
        "CFItems": [item(1, "Top"), item(2, "First"), item(3, "Second")],
        "CFAssociations": [
            { "identifier": "a1", "uri": "a1", "associationType": "isChildOf", "originNodeURI": link(3), "destinationNodeURI": link(1), "sequenceNumber": 2, "lastChangeDateTime": at },
            { "identifier": "a2", "uri": "a2", "associationType": "isChildOf", "originNodeURI": link(2), "destinationNodeURI": link(1), "sequenceNumber": 1, "lastChangeDateTime": at },
        ],
    });
    let imported = Draft::from_case(&package.to_string(), TODAY).unwrap();
    let p = &imported.draft.profile;
    assert_eq!(p.languages, ["en"]);
    assert_eq!(p.blocks.len(), 1);
    assert_eq!(p.blocks[0].title.get("en"), "Top");
    let texts: Vec<&str> = p.blocks[0].items.iter().map(|e| e.text.get("en")).collect();
    assert_eq!(texts, ["First", "Second"]);
    assert!(!imported
        .unmapped
        .iter()
        .any(|u| matches!(u, Unmapped::OutsideTree(_))));
}
