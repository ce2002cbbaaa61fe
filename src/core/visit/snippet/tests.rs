use super::*;
use crate::core::visit::embed::parse;
use proptest::prelude::*;

const APP: &str = "https://matrix.nvma.example/app/";

#[test]
fn nothing_picked_is_the_app_embedded_as_it_is() {
    let choice = EmbedChoice::default();
    assert_eq!(choice.query(), "?embed");
    assert_eq!(choice.src(APP), "https://matrix.nvma.example/app/?embed");
}

#[test]
fn what_passes_goes_into_the_address_encoded_as_the_app_reads_it() {
    let choice = EmbedChoice {
        lang: Some(Lang::Nl),
        theme: Some(Theme::Dark),
        accent: " #A4262C ".into(),
        font: "Source Sans 3, Georgia".into(),
        profile: "profiles/nvma.json".into(),
    };
    assert_eq!(
        choice.query(),
        "?embed&lang=nl&theme=dark&accent=%23a4262c&font=Source%20Sans%203,%20Georgia&profile=profiles/nvma.json"
    );
    let read = parse(&choice.query());
    assert!(
        read.embed && read.warnings.is_empty(),
        "{:?}",
        read.warnings
    );
    assert_eq!((read.lang, read.theme), (Some(Lang::Nl), Some(Theme::Dark)));
    assert_eq!(read.accent.as_deref(), Some("#a4262c"));
    assert_eq!(read.profile.as_deref(), Some("profiles/nvma.json"));
}

#[test]
fn each_field_says_what_is_wrong_and_is_left_out_until_it_is_right() {
    let choice = EmbedChoice {
        accent: "#ccc".into(),
        font: "Arial;}*{color:red".into(),
        profile: "https://evil.example/p.json".into(),
        ..EmbedChoice::default()
    };
    assert!(matches!(
        choice.accent_problem(),
        Some(ChoiceProblem::Accent(AccentProblem::TooLight(r))) if (r - 1.6).abs() < 0.05
    ));
    assert_eq!(choice.font_problem(), Some(ChoiceProblem::Font));
    assert_eq!(choice.profile_problem(), Some(ChoiceProblem::Profile));
    assert_eq!(choice.query(), "?embed");
    assert_eq!(
        choice.accent_problem().map(|p| p.message(Lang::En)).as_deref(),
        Some("Too light: text in this colour on white has a contrast of 1.6:1, and needs at least 4.5:1.")
    );
    assert!(choice
        .accent_problem()
        .is_some_and(|p| p.message(Lang::De).contains("1,6:1")));
    let not = EmbedChoice {
        accent: "red".into(),
        ..EmbedChoice::default()
    };
    assert_eq!(
        not.accent_problem(),
        Some(ChoiceProblem::Accent(AccentProblem::NotColour))
    );
    assert_eq!(
        EmbedChoice::default().accent_problem(),
        None,
        "nothing typed is the app's own"
    );
}

#[test]
fn the_snippet_is_the_frame_and_the_documented_script() {
    let choice = EmbedChoice {
        lang: Some(Lang::De),
        ..EmbedChoice::default()
    };
    let snippet = choice.snippet(APP, "Competence \"Matrix\"");
    assert!(
        snippet.starts_with(
            "<iframe id=\"competence-matrix\" title=\"Competence &quot;Matrix&quot;\""
        ),
        "{snippet}"
    );
    assert!(
        snippet.contains("src=\"https://matrix.nvma.example/app/?embed&amp;lang=de\""),
        "{snippet}"
    );
    assert!(snippet.contains("allow=\"clipboard-write; web-share\""));
    assert!(snippet.contains(include_str!("../../../../docs/embed-host.js")));
    assert!(snippet.trim_end().ends_with("</script>"));
}

fn any_choice() -> impl Strategy<Value = EmbedChoice> {
    (
        prop::option::of(0usize..Lang::ALL.len()),
        prop::option::of(0usize..3),
        prop_oneof!["", "#?[0-5][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]", "\\PC{0,9}"],
        prop_oneof![
            "",
            "[A-Za-z0-9 -]{1,20}(, ?[A-Za-z0-9 -]{1,20}){0,3}",
            "\\PC{0,12}"
        ],
        prop_oneof!["", "[a-z0-9/_.-]{1,30}\\.json", "\\PC{0,20}"],
    )
        .prop_map(|(lang, theme, accent, font, profile)| EmbedChoice {
            lang: lang.map(|i| Lang::ALL[i]),
            theme: theme.map(|i| Theme::ALL[i]),
            accent,
            font,
            profile,
        })
}

proptest! {
    /// Whatever is typed, the address holds exactly what passes, and the app reads it back
    /// with no warning: what the preview shows is what the member page gets.
    #[test]
    fn the_app_reads_back_what_passes_and_nothing_else(choice in any_choice()) {
        let read = parse(&choice.query());
        prop_assert!(read.embed);
        prop_assert!(read.warnings.is_empty(), "{:?} from {:?}", read.warnings, choice);
        prop_assert_eq!(read.lang, choice.lang);
        prop_assert_eq!(read.theme, choice.theme.filter(|&t| t != Theme::Device));
        prop_assert_eq!(read.accent.is_some(), !choice.accent.trim().is_empty() && choice.accent_problem().is_none());
        prop_assert_eq!(read.font.is_some(), !choice.font.trim().is_empty() && choice.font_problem().is_none());
        prop_assert_eq!(read.profile.is_some(), !choice.profile.trim().is_empty() && choice.profile_problem().is_none());
        prop_assert!(!choice.snippet(APP, "Competence Matrix").contains("<script>\n<"), "no markup breaks out of the frame");
    }
}
