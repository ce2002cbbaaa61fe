//! The documents the app writes, as plain text, against reviewed texts checked in under
//! tests/fixtures: the job description of a fixed role profile in English, Dutch and German, and
//! the comparison of a fixed pair of assessments in English and German. A change to their wording shows up here first.
//! Set `UPDATE_FIXTURES=1` to write the current texts (then read them before committing).
#![cfg(not(target_arch = "wasm32"))]

use competence_matrix::core::answers::assessment::{
    Assessment, Holding, Level, Perspective, Rating,
};
use competence_matrix::core::answers::role::{Need, Requirement, RoleProfile};
use competence_matrix::core::answers::workbook::Entry;
use competence_matrix::core::computed::comparison::{compare, Order, Side};
use competence_matrix::core::formats::shared::{Person, ProfileRef};
use competence_matrix::core::profile::Profile;
use competence_matrix::core::report::{comparison_doc, job_description};
use competence_matrix::core::words::lang::Lang;

const PROFILE: &str = include_str!("../public/profiles/ima-msp.json");
const GERMAN: &str = include_str!("../public/profiles/ima-msp.de.json");

fn profile() -> Profile {
    let profile = Profile::from_json(PROFILE).expect("the shipped profile is valid");
    profile
        .add_translation(Lang::De, GERMAN)
        .expect("the German translation is complete");
    profile
}

fn against_fixture(name: &str, text: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, text).expect("fixture written");
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()));
    assert_eq!(text, expected, "{name} differs from the reviewed text");
}

fn role(profile: &Profile) -> RoleProfile {
    let need = |item: &str, level: Option<u8>, requirement: Option<Requirement>| Need {
        item: item.into(),
        level: level.map(Level),
        requirement,
    };
    RoleProfile::for_profile(
        profile,
        RoleProfile {
            id: "r1".into(),
            title: "Executive Assistant to the CEO".into(),
            organisation: "Rijnmond Logistics".into(),
            purpose: "Keeps the CEO’s week running and the board informed.".into(),
            profile: ProfileRef::of(profile),
            needs: vec![
                need("task.calendar", None, Some(Requirement::Required)),
                need("task.minutes", None, Some(Requirement::Required)),
                need("task.presentations", None, Some(Requirement::Optional)),
                need("further.events", None, Some(Requirement::Optional)),
                need("skill.communication", Some(4), None),
                need("skill.ms-office", Some(4), None),
                need("skill.leadership", Some(3), None),
                need("trait.integrity", Some(5), None),
                need("trait.calm", Some(4), None),
            ],
            ..RoleProfile::default()
        },
    )
}

#[test]
fn the_job_description_in_english() {
    let profile = profile();
    against_fixture(
        "job-description-en.txt",
        &job_description(&profile, &role(&profile), Lang::En).text(),
    );
}

#[test]
fn the_job_description_in_dutch() {
    let profile = profile();
    against_fixture(
        "job-description-nl.txt",
        &job_description(&profile, &role(&profile), Lang::Nl).text(),
    );
}

#[test]
fn the_job_description_in_german() {
    let profile = profile();
    against_fixture(
        "job-description-de.txt",
        &job_description(&profile, &role(&profile), Lang::De).text(),
    );
}

fn entry(
    profile: &Profile,
    name: &str,
    date: &str,
    perspective: Perspective,
    ratings: Vec<Rating>,
) -> Entry {
    Entry {
        id: name.into(),
        name: name.into(),
        date: date.into(),
        perspective,
        person: Person {
            name: "Anna de Vries".into(),
            job_title: "Executive Assistant".into(),
            organisation: String::new(),
        },
        assessment: Assessment::for_profile(profile, Assessment { ratings }),
        ..Entry::default()
    }
}

fn level(item: &str, current: u8, target: Option<u8>, note: &str) -> Rating {
    Rating {
        current: Some(Level(current)),
        target: target.map(Level),
        evidence: note.into(),
        ..Rating::new(item)
    }
}

fn held(item: &str, holding: Holding) -> Rating {
    Rating {
        held: Some(holding),
        ..Rating::new(item)
    }
}

#[test]
fn the_comparison_of_self_and_manager_as_text() {
    comparison_as_text(Lang::En, "comparison-en.txt");
}

#[test]
fn the_comparison_of_self_and_manager_as_text_in_german() {
    comparison_as_text(Lang::De, "comparison-de.txt");
}

fn comparison_as_text(lang: Lang, fixture: &str) {
    let profile = profile();
    let own = entry(
        &profile,
        "Self, 2026",
        "2026-11-20",
        Perspective::Own,
        vec![
            level(
                "skill.communication",
                4,
                Some(5),
                "Wrote the CEO’s quarterly letter",
            ),
            level("skill.leadership", 3, None, ""),
            level("skill.ms-office", 5, None, ""),
            level("trait.calm", 4, None, ""),
            held("task.minutes", Holding::Owner),
            held("further.travel-manager", Holding::Regularly),
        ],
    );
    let manager = entry(
        &profile,
        "Manager, 2026",
        "2026-11-25",
        Perspective::Manager,
        vec![
            level("skill.communication", 3, None, "Letters need my edits"),
            level("skill.leadership", 5, None, "Leads the assistants’ team"),
            level("skill.ms-office", 5, None, ""),
            held("task.minutes", Holding::Owner),
            held("further.travel-manager", Holding::Occasionally),
        ],
    );
    fn side(e: &Entry) -> Side<'_> {
        Side {
            name: &e.name,
            date: &e.date,
            perspective: e.perspective,
            person: &e.person,
            profile: None,
            assessment: &e.assessment,
        }
    }
    let comparison = compare(&profile, side(&own), side(&manager)).expect("one profile");
    let text = comparison_doc(
        &profile,
        (&own, &manager),
        &comparison,
        Order::Disagreement,
        false,
        lang,
    )
    .text();
    against_fixture(fixture, &text);
}
