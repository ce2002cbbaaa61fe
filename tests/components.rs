//! Component tests in headless Chromium (wasm-bindgen-test). Run by scripts/test.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use competence_matrix::core::assessment::Assessment;
use competence_matrix::core::profile::Profile;
use competence_matrix::core::saved::STORAGE_KEY;
use competence_matrix::ui::{Session, Workspace};
use competence_matrix::web;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const PROFILE: &str = include_str!("../public/profiles/ima-msp.json");

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Mounts the matrix for the shipped profile into a fresh container, with empty storage.
fn mount_matrix() -> (
    HtmlElement,
    leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable>,
) {
    if let Some(storage) = web::local_storage() {
        storage.clear().expect("storage can be cleared");
    }
    let profile = Arc::new(Profile::from_json(PROFILE).expect("the shipped profile is valid"));
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        provide_context(Session::start(
            &web::open_saved(),
            competence_matrix::core::lang::Lang::En,
        ));
        view! { <Workspace profile=profile.clone() saved=Assessment::default() /> }
    });
    (container, handle)
}

/// Waits for the tasks the app schedules after a change (the deferred summary).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn radio(container: &HtmlElement, group: &str, value: &str) -> HtmlInputElement {
    container
        .query_selector(&format!("input[name='{group}'][value='{value}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("radio {group}={value}"))
        .unchecked_into()
}

fn text_of(container: &HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_else(|| panic!("no {selector}"))
}

#[wasm_bindgen_test]
async fn renders_every_item_of_the_profile_as_a_named_radio_group() {
    let (container, _handle) = mount_matrix();
    let groups = container.query_selector_all("[role=radiogroup]").unwrap();
    assert_eq!(groups.length(), 11 + 18 + 12 + 23);
    let headings: Vec<String> = (0..4)
        .map(|i| {
            container
                .query_selector_all("section.block h2")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(headings[1], "Skills");
    assert_eq!(headings[3], "Characteristics");
    // Each group is named by its item's text.
    let group = container
        .query_selector("[role=radiogroup][aria-labelledby='item-skill.communication']")
        .unwrap();
    assert!(group.is_some());
    assert_eq!(
        text_of(&container, "#item-skill\\.communication"),
        "Communication"
    );
    // Six choices per rated item (not rated + five levels), four per held item.
    assert_eq!(
        group
            .unwrap()
            .query_selector_all("input[type=radio]")
            .unwrap()
            .length(),
        6
    );
    let held = container
        .query_selector("[aria-labelledby='item-task.minutes']")
        .unwrap()
        .unwrap();
    assert_eq!(
        held.query_selector_all("input[type=radio]")
            .unwrap()
            .length(),
        4
    );
}

#[wasm_bindgen_test]
async fn a_click_sets_the_rating_updates_progress_and_saves() {
    let (container, _handle) = mount_matrix();
    assert_eq!(text_of(&container, ".overall"), "0 of 64 answered");

    radio(&container, "current-skill.communication", "4").click();
    leptos::task::tick().await;

    assert!(radio(&container, "current-skill.communication", "4").checked());
    assert!(!radio(&container, "current-skill.communication", "0").checked());
    assert_eq!(text_of(&container, ".overall"), "1 of 64 answered");
    let row = container
        .query_selector("[aria-labelledby='item-skill.communication']")
        .unwrap()
        .unwrap()
        .parent_element()
        .unwrap();
    assert!(row
        .text_content()
        .unwrap()
        .contains("Level 4 · Business partner"));
    // Other rows are untouched.
    assert!(!radio(&container, "current-skill.language", "4").checked());

    let saved = web::read(STORAGE_KEY).expect("saved at once");
    assert!(
        saved.contains(r#"{"item":"skill.communication","current":4}"#),
        "{saved}"
    );

    // Back to "not rated".
    radio(&container, "current-skill.communication", "0").click();
    leptos::task::tick().await;
    assert_eq!(text_of(&container, ".overall"), "0 of 64 answered");
    assert!(
        web::read(STORAGE_KEY).is_none(),
        "nothing worth keeping leaves nothing stored"
    );
}

#[wasm_bindgen_test]
async fn marking_a_task_held_counts_for_its_block() {
    let (container, _handle) = mount_matrix();
    radio(&container, "held-task.minutes", "Owner").click();
    leptos::task::tick().await;
    let counts = container.query_selector_all(".block .count").unwrap();
    assert_eq!(
        counts.item(0).unwrap().text_content().unwrap(),
        "1 of 11 answered"
    );
    assert_eq!(
        counts.item(1).unwrap().text_content().unwrap(),
        "0 of 18 rated"
    );
    let saved = web::read(STORAGE_KEY).expect("saved at once");
    assert!(
        saved.contains(r#"{"item":"task.minutes","held":"owner"}"#),
        "{saved}"
    );
}

#[wasm_bindgen_test]
async fn the_summary_follows_the_ratings() {
    let (container, _handle) = mount_matrix();
    assert!(text_of(&container, ".summary-card").contains("No level yet"));
    radio(&container, "current-skill.communication", "4").click();
    radio(&container, "held-further.travel-manager", "Owner").click();
    leptos::task::tick().await;
    settle().await;
    let summary = text_of(&container, ".summary-card");
    assert!(
        summary.contains("1 of 1 rated items are at level 4 or above, led by Communication."),
        "{summary}"
    );
    assert!(summary.contains("Travel Manager · Owner"), "{summary}");
    assert!(summary.contains("no example given yet"), "{summary}");
}
