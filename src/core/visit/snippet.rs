//! The embed builder's model (`ui::embedding`): what an association picks — language, colours,
//! fonts, its profile — each checked as it is typed with the rules the app applies to the same
//! parameters (`core::visit::embed`), the frame's address made of what passes, and the snippet
//! to paste into a member page: the frame, and the script that sizes it (docs/embed-host.js,
//! the very file the end-to-end tests use).

use crate::core::visit::embed::{checked_accent, font, profile_path, AccentProblem};
use crate::core::visit::theme::Theme;
use crate::core::words::lang::Lang;
use crate::core::words::texts::{fill, texts};

/// The script that sizes the frame to its content.
const HEIGHT_SCRIPT: &str = include_str!("../../../docs/embed-host.js");

/// What the association picked; the texts as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmbedChoice {
    /// `None`: the member's browser decides.
    pub lang: Option<Lang>,
    /// `None`: the member's device decides.
    pub theme: Option<Theme>,
    /// Empty: the app's own.
    pub accent: String,
    pub font: String,
    /// Empty: the IMA profile.
    pub profile: String,
}

/// Why a field of the choice is left out of the address.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ChoiceProblem {
    Accent(AccentProblem),
    Font,
    Profile,
}

impl ChoiceProblem {
    /// A sentence the association can act on, in `lang`.
    pub fn message(self, lang: Lang) -> String {
        let t = texts(lang).doc();
        match self {
            ChoiceProblem::Accent(AccentProblem::NotColour) => {
                t.embed_accent_not_colour.to_string()
            }
            ChoiceProblem::Accent(AccentProblem::TooLight(ratio)) => fill(
                t.embed_accent_too_light,
                &[("ratio", &ratio_text(ratio, lang))],
            ),
            ChoiceProblem::Font => t.embed_font_bad.to_string(),
            ChoiceProblem::Profile => t.embed_profile_bad.to_string(),
        }
    }
}

/// A contrast ratio as people write it: one decimal, with the language's decimal sign.
pub fn ratio_text(ratio: f64, lang: Lang) -> String {
    let tenths = (ratio * 10.0).floor() as u32;
    format!("{}{}{}", tenths / 10, texts(lang).decimal_mark, tenths % 10)
}

impl EmbedChoice {
    pub fn accent_problem(&self) -> Option<ChoiceProblem> {
        let typed = self.accent.trim();
        (!typed.is_empty())
            .then(|| checked_accent(typed).err().map(ChoiceProblem::Accent))
            .flatten()
    }

    pub fn font_problem(&self) -> Option<ChoiceProblem> {
        let typed = self.font.trim();
        (!typed.is_empty() && font(typed).is_none()).then_some(ChoiceProblem::Font)
    }

    pub fn profile_problem(&self) -> Option<ChoiceProblem> {
        let typed = self.profile.trim();
        (!typed.is_empty() && profile_path(typed).is_none()).then_some(ChoiceProblem::Profile)
    }

    /// The frame's query, `?embed&…`: each value that passes, encoded as `embed::parse`
    /// reads it.
    pub fn query(&self) -> String {
        let mut pairs = vec!["embed".to_string()];
        if let Some(lang) = self.lang {
            pairs.push(format!("lang={}", lang.code()));
        }
        if let Some(theme) = self.theme.filter(|&theme| theme != Theme::Device) {
            pairs.push(format!("theme={}", theme.code()));
        }
        if let Ok(accent) = checked_accent(self.accent.trim()) {
            pairs.push(format!("accent={}", encode(&accent)));
        }
        let typed = self.font.trim();
        if !typed.is_empty() && font(typed).is_some() {
            pairs.push(format!("font={}", encode(typed)));
        }
        if let Some(path) = profile_path(self.profile.trim()) {
            pairs.push(format!("profile={}", encode(&path)));
        }
        format!("?{}", pairs.join("&"))
    }

    /// The frame's address: the app at `app` (its address without query or fragment).
    pub fn src(&self, app: &str) -> String {
        format!("{app}{}", self.query())
    }

    /// What a member page needs: the frame (allowed to copy and to share, as the app offers)
    /// and the script that sizes it.
    pub fn snippet(&self, app: &str, title: &str) -> String {
        format!(
            "<iframe id=\"competence-matrix\" title=\"{title}\"\n        src=\"{src}\"\n        allow=\"clipboard-write; web-share\"\n        style=\"width:100%; border:0; height:900px\"></iframe>\n<script>\n{script}</script>\n",
            title = attribute(title),
            src = attribute(&self.src(app)),
            script = HEIGHT_SCRIPT,
        )
    }
}

/// Percent-encodes everything but letters, digits and `-._~/,`.
fn encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/,".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Text for an HTML attribute in double quotes.
fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(test)]
mod tests;
