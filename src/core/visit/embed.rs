//! What a host page may ask for in the query string: `?embed&lang=nl&accent=%23a4262c&
//! font=Georgia&profile=profiles/nvma.json`. Every value is validated here; anything that does
//! not pass is ignored with a warning for the host's developer console, never passed on to CSS
//! or to a fetch.

use crate::core::visit::theme::Theme;
use crate::core::words::lang::Lang;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Drop the app's own header and footer: the host page has its own.
    pub embed: bool,
    pub lang: Option<Lang>,
    /// A profile file on the app's own origin (a relative path or a path from the root).
    pub profile: Option<String>,
    /// `#rrggbb`, dark enough for text on white (WCAG AA, 4.5:1).
    pub accent: Option<String>,
    /// A CSS `font-family` list made only of plain family names.
    pub font: Option<String>,
    /// The colour scheme the host asks for (`light`, `dark`, `auto`); the user may change it.
    pub theme: Option<Theme>,
    /// The embed builder's preview (`ui::embedding`): the app shows what the other options
    /// ask for, and reads and keeps nothing in this browser — its storage is the builder's own.
    pub preview: bool,
    /// The profile designer's preview (`ui::designer`): the profile is the designer's draft
    /// in this browser, not a file.
    pub draft: bool,
    /// One line per ignored parameter, for the console.
    pub warnings: Vec<String>,
}

impl EmbedOptions {
    /// Whether this is the embed builder's preview: embedded, in a frame, asked for. It then
    /// reads and keeps nothing, so that a language or colours chosen in this browser do not
    /// stand in for the host's, and nothing done in the preview touches the builder's data.
    pub fn keeps_nothing(&self, in_frame: bool) -> bool {
        self.preview && self.embed && in_frame
    }

    /// Whether the profile to show is the designer's draft: only in a preview, which keeps
    /// nothing; anywhere else `draft` is ignored.
    pub fn reads_draft(&self, in_frame: bool) -> bool {
        self.draft && self.keeps_nothing(in_frame)
    }
}

/// Parses `search` (with or without the leading `?`).
pub fn parse(search: &str) -> EmbedOptions {
    let mut options = EmbedOptions::default();
    for pair in search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value);
        match key {
            "embed" => options.embed = !matches!(value.as_str(), "0" | "false" | "no"),
            "preview" => options.preview = true,
            "draft" => options.draft = true,
            "lang" => match Lang::from_code(&value) {
                Some(lang) => options.lang = Some(lang),
                None => options.warnings.push(format!("lang=\"{value}\" is not a language this app speaks (en, nl); ignored")),
            },
            "profile" => match profile_path(&value) {
                Some(path) => options.profile = Some(path),
                None => options.warnings.push(format!(
                    "profile=\"{value}\" ignored: only a .json file on the app's own origin, given as a path, can be loaded"
                )),
            },
            "accent" => match accent(&value) {
                Ok(colour) => options.accent = Some(colour),
                Err(why) => options.warnings.push(format!("accent=\"{value}\" ignored: {why}")),
            },
            "font" => match font(&value) {
                Some(list) => options.font = Some(list),
                None => options.warnings.push(format!(
                    "font=\"{value}\" ignored: give family names made of letters, digits, spaces and hyphens, separated by commas"
                )),
            },
            "theme" => match Theme::from_code(&value) {
                Some(theme) => options.theme = Some(theme),
                None => options.warnings.push(format!(
                    "theme=\"{value}\" ignored: give light, dark or auto"
                )),
            },
            _ => {}
        }
    }
    options
}

/// A same-origin path to a JSON file: no scheme, no host, no `..`, no query or fragment.
pub fn profile_path(value: &str) -> Option<String> {
    let plain = value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'));
    let ok = plain
        && value.ends_with(".json")
        && !value.starts_with("//")
        && !value.split('/').any(|segment| segment == "..")
        && value.len() <= 200;
    ok.then(|| value.to_string())
}

/// The contrast an accent needs against white: it is also used for text (WCAG AA).
pub const ACCENT_CONTRAST: f64 = 4.5;

/// What is wrong with an accent colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AccentProblem {
    NotColour,
    /// Text in it on white would have this contrast, under [`ACCENT_CONTRAST`].
    TooLight(f64),
}

/// `#rgb` or `#rrggbb` (the `#` may be left out) as `#rrggbb`, with its contrast against white.
pub fn colour(value: &str) -> Option<(String, f64)> {
    let hex = value.trim().trim_start_matches('#');
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) || !matches!(hex.len(), 3 | 6) {
        return None;
    }
    let full: String = if hex.len() == 3 {
        hex.chars().flat_map(|c| [c, c]).collect()
    } else {
        hex.to_string()
    };
    let channel = |i: usize| u8::from_str_radix(&full[i..i + 2], 16).unwrap_or(0);
    let ratio = contrast_with_white([channel(0), channel(2), channel(4)]);
    Some((format!("#{}", full.to_ascii_lowercase()), ratio))
}

/// The accent as `#rrggbb`, if text in it reads on white.
pub fn checked_accent(value: &str) -> Result<String, AccentProblem> {
    match colour(value) {
        None => Err(AccentProblem::NotColour),
        Some((_, ratio)) if ratio < ACCENT_CONTRAST => Err(AccentProblem::TooLight(ratio)),
        Some((hex, _)) => Ok(hex),
    }
}

fn accent(value: &str) -> Result<String, &'static str> {
    checked_accent(value).map_err(|problem| match problem {
        AccentProblem::NotColour => "not a colour in #rrggbb form",
        AccentProblem::TooLight(_) => "too light: text in this colour on white would be hard to read (needs a contrast of 4.5:1)",
    })
}

/// WCAG 2 contrast ratio of a colour against white.
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    1.05 / (luminance + 0.05)
}

/// Up to four family names, each quoted, followed by the app's own fallbacks.
pub fn font(value: &str) -> Option<String> {
    let families: Vec<&str> = value.split(',').map(str::trim).collect();
    let valid = families.len() <= 4
        && families.iter().all(|family| {
            !family.is_empty()
                && family.len() <= 40
                && family
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
        });
    valid.then(|| {
        let quoted: Vec<String> = families
            .iter()
            .map(|family| format!("\"{family}\""))
            .collect();
        format!("{}, system-ui, sans-serif", quoted.join(", "))
    })
}

/// Decodes `%xx` escapes and `+`; invalid escapes are kept as they are.
fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(
                    std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"),
                    16,
                ) {
                    Ok(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn only_a_preview_in_a_frame_shows_the_designers_draft() {
        let draft = parse("?embed&preview&draft&lang=nl");
        assert!(draft.reads_draft(true));
        assert!(!draft.reads_draft(false), "not in a tab of its own");
        assert!(
            !parse("?embed&draft").reads_draft(true),
            "not outside a preview"
        );
        assert!(!parse("?embed&preview").reads_draft(true));
    }

    #[test]
    fn nothing_asked_is_the_plain_app() {
        assert_eq!(parse(""), EmbedOptions::default());
        assert_eq!(parse("?"), EmbedOptions::default());
    }

    #[test]
    fn reads_every_option() {
        let options = parse("?embed&lang=nl-BE&accent=%23A4262C&font=Source+Sans+3,%20Georgia&profile=profiles/nvma.json");
        assert!(options.embed);
        assert_eq!(options.lang, Some(Lang::Nl));
        assert_eq!(options.accent.as_deref(), Some("#a4262c"));
        assert_eq!(
            options.font.as_deref(),
            Some("\"Source Sans 3\", \"Georgia\", system-ui, sans-serif")
        );
        assert_eq!(options.profile.as_deref(), Some("profiles/nvma.json"));
        assert!(options.warnings.is_empty());
        assert!(!parse("embed=0").embed);
        assert_eq!(parse("theme=dark").theme, Some(Theme::Dark));
        assert_eq!(parse("theme=auto").theme, Some(Theme::Device));
        assert_eq!(parse("accent=036").accent.as_deref(), Some("#003366"));
    }

    #[test]
    fn hostile_or_broken_values_are_ignored_with_a_warning() {
        for query in [
            "accent=red;}body{display:none",
            "accent=%23ffff00",
            "accent=url(javascript:alert(1))",
            "accent=%23ggg",
            "font=Arial;}*{color:red",
            "font=\"Comic\"",
            "font=a,b,c,d,e",
            "profile=https://evil.example/p.json",
            "profile=//evil.example/p.json",
            "profile=../../secret.json",
            "profile=profiles/p.json?x=1",
            "profile=javascript:alert(1)",
            "lang=fr",
            "theme=night",
            "theme=dark;color:red",
        ] {
            let options = parse(query);
            assert_eq!(options.warnings.len(), 1, "{query}");
            assert_eq!(
                (
                    options.accent,
                    options.font,
                    options.profile,
                    options.lang,
                    options.theme
                ),
                (None, None, None, None, None),
                "{query}"
            );
        }
    }

    #[test]
    fn contrast_of_known_colours() {
        assert!((contrast_with_white([0, 0, 0]) - 21.0).abs() < 0.01);
        assert!((contrast_with_white([255, 255, 255]) - 1.0).abs() < 0.01);
        assert!(contrast_with_white([0x1f, 0x4e, 0x79]) > 4.5);
        assert!(contrast_with_white([0x77, 0x77, 0x77]) < 4.5);
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%C3%A9"), "é");
    }

    /// Query strings made of the parameters the app reads, each valid, hostile or broken, so
    /// that every branch is reached on purpose rather than by the chance of random text.
    fn any_query() -> impl Strategy<Value = String> {
        let accent = prop_oneof![
            "#?[0-9a-fA-F]{3}",
            "#?[0-9a-fA-F]{6}",
            "[#%0-9a-zA-Z;(){}:/ ]{0,12}",
        ]
        .prop_map(|v| format!("accent={}", v.replace('#', "%23")));
        let font = prop_oneof![
            "[A-Za-z0-9 -]{1,20}(,[A-Za-z0-9 -]{1,20}){0,4}",
            "[A-Za-z;(){}\"'<>, ]{0,20}",
        ]
        .prop_map(|v| format!("font={}", v.replace(' ', "+")));
        let profile = prop_oneof![
            "[a-z0-9/_.-]{1,30}\\.json",
            "(https?:)?//[a-z.]{1,10}/[a-z]{1,8}\\.json",
            "([a-z]{1,5}/)?\\.\\./[a-z]{1,8}\\.json",
            "\\PC{0,20}",
        ]
        .prop_map(|v| format!("profile={v}"));
        let lang = "(en|nl|de|NL-be|x)".prop_map(|v| format!("lang={v}"));
        let theme =
            "(light|dark|auto|Dark|night|[a-z;:()]{0,8})".prop_map(|v| format!("theme={v}"));
        let embed = "embed(=(0|1|no|false|yes))?";
        proptest::collection::vec(
            prop_oneof![
                accent,
                font,
                profile,
                lang,
                theme,
                embed.prop_map(String::from)
            ],
            0..6,
        )
        .prop_map(|parts| format!("?{}", parts.join("&")))
    }

    proptest! {
        #[test]
        fn any_query_passes_only_safe_values(query in any_query()) {
            let options = parse(&query);
            if let Some(accent) = &options.accent {
                prop_assert!(accent.len() == 7 && accent.starts_with('#'), "{}", accent);
                let rgb = [1, 3, 5].map(|i| u8::from_str_radix(&accent[i..i + 2], 16).unwrap());
                prop_assert!(contrast_with_white(rgb) >= 4.5, "{} is too light", accent);
            }
            if let Some(font) = &options.font {
                prop_assert!(!font.contains([';', '{', '}', '(', ')', '<', '>', '\\']), "unsafe font list {}", font);
            }
            if let Some(profile) = &options.profile {
                let climbs = profile.split('/').any(|segment| segment == "..");
                prop_assert!(!profile.contains(':') && !profile.starts_with("//") && !climbs && profile.ends_with(".json"), "{}", profile);
            }
            // Every parameter given is either used or reported, never silently dropped.
            let known = |p: &&str| ["accent=", "font=", "profile=", "lang=", "theme="].iter().any(|k| p.starts_with(k));
            for part in query.trim_start_matches('?').split('&').filter(known) {
                let alone = parse(part);
                let used = [alone.accent.is_some(), alone.font.is_some(), alone.profile.is_some(), alone.lang.is_some(), alone.theme.is_some()]
                    .iter()
                    .filter(|&&u| u)
                    .count();
                prop_assert_eq!(used + alone.warnings.len(), 1, "{}", part);
            }
        }

        #[test]
        fn valid_accents_dark_enough_are_taken(hex in "[0-6][0-9a-f][0-6][0-9a-f][0-6][0-9a-f]") {
            let options = parse(&format!("accent=%23{hex}"));
            let expected = format!("#{hex}");
            prop_assert_eq!(options.accent.as_deref(), Some(expected.as_str()));
        }

        #[test]
        fn random_text_never_panics(query in "\\PC{0,120}") {
            let _ = parse(&query);
        }
    }
}
