//! Component tests in headless Chromium (wasm-bindgen-test). Run by scripts/test.
#![cfg(target_arch = "wasm32")]

use competence_matrix::core::formats::stored::STORAGE_KEY;
use competence_matrix::core::profile::Profile;
use competence_matrix::core::words::lang::Lang;
use competence_matrix::ui::mount_app;
use competence_matrix::web;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const PROFILE: &str = include_str!("../public/profiles/ima-msp.json");
/// The language files, which the page fetches one at a time; here every one is read at once.
const LANGUAGES: [(Lang, &str); 3] = [
    (Lang::En, include_str!("../public/locales/en.json")),
    (Lang::Nl, include_str!("../public/locales/nl.json")),
    (Lang::De, include_str!("../public/locales/de.json")),
];
const GERMAN_PROFILE: &str = include_str!("../public/profiles/ima-msp.de.json");

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn profile() -> &'static Profile {
    for (lang, json) in LANGUAGES {
        competence_matrix::core::words::texts::load(lang, json)
            .expect("the shipped texts are valid");
        // The documents' table comes in a file of its own, as the build ships it
        // (scripts/postbuild.mjs), read as the later-loading views read it.
        let whole: serde_json::Value = serde_json::from_str(json).expect("the file is JSON");
        let documents =
            serde_json::json!({ "language": whole["language"], "documents": whole["documents"] });
        competence_matrix::core::words::texts::load_documents(lang, &documents.to_string())
            .expect("the shipped documents' texts are valid");
    }
    let profile = Profile::from_json(PROFILE).expect("the shipped profile is valid");
    profile
        .add_translation(Lang::De, GERMAN_PROFILE)
        .expect("the German translation is complete");
    Box::leak(Box::new(profile))
}

/// A fresh container with empty storage, and the app mounted into it.
fn mount(lang: Lang) -> (HtmlElement, impl Drop) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        storage.clear().expect("storage can be cleared");
    }
    // A failed test (a panic does not unwind here) leaves its app behind: take it away.
    let left = document().query_selector_all(".test-app").unwrap();
    for i in 0..left.length() {
        if let Some(node) = left.item(i) {
            node.unchecked_into::<web_sys::Element>().remove();
        }
    }
    // A test that opened a view left its address behind: start at the matrix's.
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    container.set_class_name("test-app");
    document().body().unwrap().append_child(&container).unwrap();
    // (The later-loading views are ordinary functions in this build: no `split` feature.)
    let handle = mount_app(container.clone(), profile(), lang);
    let kept = container.clone();
    (container, Unmount(Some(handle), kept))
}

struct Unmount<H>(Option<H>, HtmlElement);

impl<H> Drop for Unmount<H> {
    fn drop(&mut self) {
        drop(self.0.take());
        self.1.remove();
    }
}

/// Lets the app's effects and its after-paint work (saving) run.
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

fn radio(container: &HtmlElement, name: &str, value: &str) -> HtmlInputElement {
    container
        .query_selector(&format!("input[name='{name}'][value='{value}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("radio {name}={value}"))
        .unchecked_into()
}

fn text_of(container: &HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn button(container: &HtmlElement, label: &str) -> HtmlElement {
    let buttons = container.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

/// A view's link in the views' bar.
fn view_link(container: &HtmlElement, label: &str) -> HtmlElement {
    let links = container.query_selector_all("nav.views a").unwrap();
    (0..links.length())
        .filter_map(|i| links.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|a| a.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no view {label:?}"))
}

/// The item position of `id` in the shipped profile, as the matrix names its inputs.
fn position(id: &str) -> usize {
    Profile::from_json(PROFILE)
        .unwrap()
        .position_of(id)
        .unwrap()
}

#[wasm_bindgen_test]
async fn every_item_is_a_named_radio_group_under_its_block() {
    let (container, _app) = mount(Lang::En);
    settle().await;
    let groups = container
        .query_selector_all(".matrix [role=radiogroup]")
        .unwrap();
    assert_eq!(groups.length(), 11 + 18 + 12 + 23);
    let headings: Vec<String> = (0..4)
        .map(|i| {
            container
                .query_selector_all(".matrix section h2")
                .unwrap()
                .item(i)
                .and_then(|h| h.text_content())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        headings,
        [
            "Tasks: administrative support to one or many executives",
            "Skills",
            "Further tasks and areas of responsibility",
            "Characteristics"
        ]
    );
    // Each group is named by its item.
    let first = groups.item(0).unwrap().unchecked_into::<web_sys::Element>();
    let label = first.get_attribute("aria-labelledby").unwrap();
    assert_eq!(
        document()
            .get_element_by_id(&label)
            .unwrap()
            .text_content()
            .unwrap(),
        "Coordinating and planning"
    );
}

#[wasm_bindgen_test]
async fn a_level_click_updates_its_row_the_counts_and_storage() {
    let (container, _app) = mount(Lang::En);
    settle().await;
    let name = format!("ac{}", position("skill.communication"));
    radio(&container, &name, "4").click();
    settle().await;
    let row = radio(&container, &name, "4")
        .closest(".row")
        .unwrap()
        .unwrap();
    assert_eq!(
        row.query_selector(".chosen").unwrap().unwrap().text_content().unwrap(),
        "Level 4 · Business partner: Works as a strategic partner: shares in decisions, represents the executive and shapes outcomes."
    );
    assert_eq!(
        text_of(&container, "[aria-labelledby=ab1] .count"),
        "1 of 18 rated"
    );
    assert_eq!(text_of(&container, ".toolbar .overall"), "1 of 64 answered");
    let stored = web::read(STORAGE_KEY).expect("saved");
    assert!(
        stored.contains(r#"{"item":"skill.communication","current":4}"#),
        "{stored}"
    );
    // Back to "not rated": the counts follow, and nothing is left to keep.
    radio(&container, &name, "0").click();
    settle().await;
    assert_eq!(
        text_of(&container, "[aria-labelledby=ab1] .count"),
        "0 of 18 rated"
    );
    assert_eq!(web::read(STORAGE_KEY), None);
}

#[wasm_bindgen_test]
async fn a_held_task_and_a_note_are_saved() {
    let (container, _app) = mount(Lang::En);
    settle().await;
    let minutes = position("task.minutes");
    radio(&container, &format!("ah{minutes}"), "3").click();
    let note: web_sys::HtmlTextAreaElement = container
        .query_selector(&format!("textarea[name='ae{minutes}']"))
        .unwrap()
        .unwrap()
        .unchecked_into();
    note.set_value("Minutes for the board");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    note.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    settle().await;
    let stored = web::read(STORAGE_KEY).expect("saved");
    assert!(
        stored.contains(
            r#"{"item":"task.minutes","held":"owner","evidence":"Minutes for the board"}"#
        ),
        "{stored}"
    );
    assert_eq!(
        text_of(&container, "[aria-labelledby=ab0] .count"),
        "1 of 11 answered"
    );
}

#[wasm_bindgen_test]
async fn the_language_switch_redraws_everything_in_dutch_and_german_and_keeps_answers() {
    let (container, _app) = mount(Lang::En);
    settle().await;
    let name = format!("ac{}", position("skill.leadership"));
    radio(&container, &name, "2").click();
    settle().await;
    // The language changes in the view that is open, which stays open.
    view_link(&container, "Summary").click();
    settle().await;
    button(&container, "Nederlands").click();
    settle().await;
    assert_eq!(open_view(&container), "summary", "the open view stays open");
    assert!(address().contains("view=summary"));
    view_link(&container, "Matrix").click();
    settle().await;
    assert_eq!(
        text_of(&container, ".matrix section.rated h2"),
        "Vaardigheden"
    );
    assert!(
        radio(&container, &name, "2").checked(),
        "the answer is still there"
    );
    assert_eq!(
        text_of(&container, ".toolbar .overall"),
        "1 van 64 ingevuld"
    );
    assert!(web::read(STORAGE_KEY)
        .unwrap()
        .contains(r#""language":"nl""#));
    // And on to German: the interface and the profile's translation, marked for review.
    button(&container, "Deutsch").click();
    settle().await;
    assert_eq!(
        text_of(&container, ".matrix section.rated h2"),
        "Fähigkeiten"
    );
    assert_eq!(
        text_of(&container, ".toolbar .overall"),
        "1 von 64 beantwortet"
    );
    assert!(text_of(&container, ".translation-note").contains("Übersetzung"));
    assert!(radio(&container, &name, "2").checked());
}

#[wasm_bindgen_test]
async fn a_language_switch_changes_the_texts_and_leaves_the_shell_what_is_open_and_the_focus() {
    let (container, _app) = mount(Lang::En);
    settle().await;
    let header = container.query_selector("header").unwrap().unwrap();
    let about: web_sys::HtmlDetailsElement = container
        .query_selector("details.assessment-bar")
        .unwrap()
        .unwrap()
        .unchecked_into();
    about.set_open(true);
    let name: HtmlInputElement = container
        .query_selector(".about-fields input[type=text]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    // The languages are in the menu (a popover: closed, it is not drawn and takes no focus).
    button(&container, "Menu").click();
    let dutch = button(&container, "Nederlands");
    dutch.focus().unwrap();
    dutch.click();
    settle().await;
    // The texts changed…
    assert_eq!(
        text_of(&container, ".about-fields > legend"),
        "Over deze beoordeling"
    );
    assert_eq!(text_of(&container, "nav.views a"), "Matrix");
    assert_eq!(
        text_of(&container, ".toolbar .overall"),
        "0 van 64 ingevuld"
    );
    // …in the same elements: the header, the open details, the field and the focus stay.
    let same = |a: &web_sys::Element, selector: &str| {
        container
            .query_selector(selector)
            .unwrap()
            .is_some_and(|b| a.is_same_node(Some(&b)))
    };
    assert!(same(&header, "header"), "the header is not drawn again");
    assert!(
        same(&name, ".about-fields input[type=text]"),
        "the field is not drawn again"
    );
    assert!(about.open(), "what was open stays open");
    let focused = document()
        .active_element()
        .expect("something has the focus");
    assert!(
        focused.is_same_node(Some(&dutch)),
        "the focus stays on the language's button"
    );
    assert_eq!(dutch.get_attribute("aria-pressed").as_deref(), Some("true"));
}

/// Every node a mutation touched while `act` ran (and the app settled after it), under `root`.
async fn mutated_while(root: &web_sys::Node, act: impl FnOnce()) -> Vec<web_sys::Node> {
    use std::cell::RefCell;
    use std::rc::Rc;
    let touched: Rc<RefCell<Vec<web_sys::Node>>> = Rc::default();
    let keep = touched.clone();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
        move |records: js_sys::Array| {
            for record in records.iter() {
                let record: web_sys::MutationRecord = record.unchecked_into();
                if let Some(target) = record.target() {
                    keep.borrow_mut().push(target);
                }
            }
        },
    );
    let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).unwrap();
    let options = web_sys::MutationObserverInit::new();
    options.set_subtree(true);
    options.set_child_list(true);
    options.set_attributes(true);
    options.set_character_data(true);
    observer.observe_with_options(root, &options).unwrap();
    act();
    settle().await;
    for record in observer.take_records().iter() {
        let record: web_sys::MutationRecord = record.unchecked_into();
        if let Some(target) = record.target() {
            touched.borrow_mut().push(target);
        }
    }
    observer.disconnect();
    let nodes = touched.borrow().clone();
    nodes
}

/// The element a node is, or the one it is the text of.
fn element_of(node: &web_sys::Node) -> web_sys::Element {
    match node.dyn_ref::<web_sys::Element>() {
        Some(element) => element.clone(),
        None => node.parent_element().expect("a text node has a parent"),
    }
}

#[wasm_bindgen_test]
async fn one_rating_changes_its_own_row_and_its_blocks_count_and_nothing_else() {
    let (container, _app) = mount(Lang::En);
    settle().await;
    let matrix = container
        .query_selector(".matrix-pane .matrix")
        .unwrap()
        .unwrap();
    let name = format!("ac{}", position("skill.leadership"));
    let picked = radio(&container, &name, "3");
    let row = picked.closest(".row").unwrap().unwrap();
    let count = container
        .query_selector("[aria-labelledby=ab1] .count")
        .unwrap()
        .unwrap();
    let touched = mutated_while(&matrix, || picked.click()).await;
    assert!(!touched.is_empty(), "the rating reached the page");
    let mut line = false;
    for node in &touched {
        let element = element_of(node);
        let in_row = row.contains(Some(&element));
        let in_count = count.contains(Some(&element));
        assert!(
            in_row || in_count,
            "a mutation outside the row and its block's count: {}",
            element.outer_html().chars().take(120).collect::<String>()
        );
        line |= element.closest(".chosen").unwrap().is_some();
    }
    assert!(line, "the row's line says the new level");
    assert_eq!(
        text_of(&container, "[aria-labelledby=ab1] .count"),
        "1 of 18 rated"
    );
    // A note typed in another row touches that row alone: not even a count.
    let note: HtmlElement = container
        .query_selector(&format!(
            "textarea[name='ae{}']",
            position("skill.communication")
        ))
        .unwrap()
        .unwrap()
        .unchecked_into();
    let note_row = note.closest(".row").unwrap().unwrap();
    let touched = mutated_while(&matrix, || {
        let area: web_sys::HtmlTextAreaElement = note.clone().unchecked_into();
        area.set_value("Chaired the works council");
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        area.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
    })
    .await;
    for node in &touched {
        let element = element_of(node);
        assert!(
            note_row.contains(Some(&element)),
            "a note changed something outside its row: {}",
            element.outer_html().chars().take(120).collect::<String>()
        );
    }
    assert!(web::read(STORAGE_KEY)
        .unwrap()
        .contains("Chaired the works council"));
}

/// The view on screen, as the panes name it.
fn open_view(container: &HtmlElement) -> String {
    container
        .query_selector(".panes")
        .unwrap()
        .and_then(|panes| panes.get_attribute("data-view"))
        .expect("the panes say which view shows")
}

fn address() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

/// Resolves once the browser has moved through the history and told the page.
async fn back() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        let done = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        window
            .add_event_listener_with_callback_and_add_event_listener_options(
                "popstate",
                done.unchecked_ref(),
                &options,
            )
            .unwrap();
        window.history().unwrap().back().unwrap();
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    settle().await;
}

#[wasm_bindgen_test]
async fn each_view_is_a_step_in_the_history_that_back_undoes() {
    let (container, _app) = mount(Lang::En);
    settle().await;
    let name = format!("ac{}", position("skill.leadership"));
    radio(&container, &name, "3").click();
    let steps = || {
        web_sys::window()
            .unwrap()
            .history()
            .unwrap()
            .length()
            .unwrap()
    };
    let start = steps();
    for (label, view) in [
        ("Summary", "summary"),
        ("Compare", "compare"),
        ("Role profiles", "roles"),
    ] {
        view_link(&container, label).click();
        settle().await;
        assert_eq!(open_view(&container), view);
        assert!(
            address().ends_with(&format!("view={view}")),
            "{}",
            address()
        );
    }
    view_link(&container, "Role profiles").click();
    assert_eq!(
        steps(),
        start + 3,
        "one step per view, none for the open one"
    );
    back().await;
    assert_eq!(open_view(&container), "compare");
    back().await;
    assert_eq!(open_view(&container), "summary");
    back().await;
    assert_eq!(open_view(&container), "matrix");
    assert_eq!(address(), "");
    assert!(
        radio(&container, &name, "3").checked(),
        "the answer is kept"
    );
}

#[wasm_bindgen_test]
async fn a_new_assessment_starts_blank_and_the_first_is_kept() {
    let (container, _app) = mount(Lang::En);
    settle().await;
    let name = format!("ac{}", position("skill.ms-office"));
    radio(&container, &name, "5").click();
    settle().await;
    button(&container, "New assessment").click();
    settle().await;
    assert!(
        radio(&container, &name, "0").checked(),
        "the new one is blank"
    );
    let options = container
        .query_selector_all(".assessment-bar .pick select option")
        .unwrap();
    assert_eq!(options.length(), 2);
    let stored = web::read(STORAGE_KEY).unwrap();
    assert!(
        !stored.contains(r#""current":"a1""#),
        "the new one is on screen: {stored}"
    );
    assert!(
        stored.contains(r#"{"item":"skill.ms-office","current":5}"#),
        "the first is kept: {stored}"
    );
}

#[wasm_bindgen_test]
async fn the_summary_follows_the_ratings() {
    let (container, _app) = mount(Lang::En);
    settle().await;
    view_link(&container, "Summary").click();
    settle().await;
    view_link(&container, "Matrix").click();
    for (id, level) in [
        ("skill.communication", "4"),
        ("skill.ms-office", "4"),
        ("skill.leadership", "2"),
    ] {
        radio(&container, &format!("ac{}", position(id)), level).click();
    }
    settle().await;
    let summary = text_of(&container, "[data-doc=summary] .summary-card");
    assert!(
        summary.contains("Provisional: 4 Business partner"),
        "{summary}"
    );
    assert!(
        summary.contains(
            "2 of 3 rated items are at level 4 or above, led by MS Office, Communication."
        ),
        "{summary}"
    );
}

#[wasm_bindgen_test]
async fn a_role_title_typed_key_by_key_keeps_the_field_and_every_key_is_saved() {
    let (container, _app) = mount(Lang::En);
    settle().await;
    view_link(&container, "Role profiles").click();
    settle().await;
    button(&container, "New role profile").click();
    settle().await;
    let title: HtmlInputElement = container
        .query_selector(".role-editor input")
        .unwrap()
        .expect("the role editor's title field")
        .unchecked_into();
    for typed in ["E", "EA", "EA to the CEO"] {
        title.set_value(typed);
        title
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
        settle().await;
        assert!(title.is_connected(), "the field is not drawn again");
        let stored = web::read(STORAGE_KEY).expect("the role is saved");
        assert!(
            stored.contains(&format!(r#""title":"{typed}""#)),
            "{stored}"
        );
    }
    // The summary, once drawn, follows an answer given in the matrix while it is hidden.
    view_link(&container, "Summary").click();
    settle().await;
    view_link(&container, "Matrix").click();
    settle().await;
    radio(
        &container,
        &format!("ac{}", position("skill.communication")),
        "4",
    )
    .click();
    settle().await;
    let summary = text_of(&container, "[data-doc=summary] .summary-card");
    assert!(summary.contains("Communication"), "{summary}");
}

/// Every node under `root`, comments (a part's markers) included.
fn node_count(root: &HtmlElement) -> u32 {
    let walker = document()
        .create_tree_walker_with_what_to_show(root, 0xFFFF_FFFF)
        .unwrap();
    let mut count = 0;
    while walker.next_node().unwrap().is_some() {
        count += 1;
    }
    count
}

#[wasm_bindgen_test]
async fn parts_drawn_again_leave_nothing_behind_and_unmounting_takes_everything() {
    let listening = web::listeners_on_page();
    let (container, app) = mount(Lang::En);
    settle().await;
    // Once opened, the summary stays drawn (hidden behind the other views): count from there.
    view_link(&container, "Summary").click();
    settle().await;
    view_link(&container, "Matrix").click();
    settle().await;
    let before = node_count(&container);
    for _ in 0..3 {
        for view in ["Compare", "Role profiles", "Summary", "Matrix"] {
            view_link(&container, view).click();
            settle().await;
        }
        button(&container, "Nederlands").click();
        settle().await;
        button(&container, "English").click();
        settle().await;
    }
    assert_eq!(
        node_count(&container),
        before,
        "the same page after the round trips"
    );
    assert_eq!(container.query_selector_all("main").unwrap().length(), 1);
    // One click after all that redrawing still makes exactly one assessment: no listener of an
    // earlier drawing is left to answer it too.
    button(&container, "New assessment").click();
    settle().await;
    let options = container
        .query_selector_all(".assessment-bar .pick select option")
        .unwrap();
    assert_eq!(options.length(), 2);
    drop(app);
    assert_eq!(
        document().query_selector_all("main").unwrap().length(),
        0,
        "unmounted"
    );
    // And no listener of the app is left on the page: leaving it saves nothing, another tab's
    // write, printing, Back and a pasted link reach nobody.
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    for event in [
        "pagehide",
        "storage",
        "beforeprint",
        "popstate",
        "hashchange",
    ] {
        window
            .dispatch_event(&web_sys::Event::new(event).unwrap())
            .unwrap();
    }
    document()
        .dispatch_event(&web_sys::Event::new("visibilitychange").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(
        web::read(STORAGE_KEY),
        None,
        "nothing saved after unmounting"
    );
    assert_eq!(
        web::listeners_on_page(),
        listening,
        "every listener the app added is gone with it"
    );
}
