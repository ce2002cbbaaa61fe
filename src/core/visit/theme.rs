//! The colour scheme: light, dark, or as the device says. The user's choice is kept with their
//! data; a host page may ask for one (`?theme=dark`); otherwise the device's setting counts.

use crate::core::words::lang::Lang;
use crate::core::words::texts::texts;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// As the device says (`prefers-color-scheme`).
    #[default]
    #[serde(rename = "auto")]
    Device,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Device, Theme::Light, Theme::Dark];
    /// Their words in storage, in `?theme=` and in `<html data-theme>`, in the order of `ALL`.
    pub const CODES: [&'static str; 3] = ["auto", "light", "dark"];

    pub fn code(self) -> &'static str {
        Theme::CODES[self as usize]
    }

    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.code() == code)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let t = texts(lang);
        match self {
            Theme::Device => t.theme_device,
            Theme::Light => t.theme_light,
            Theme::Dark => t.theme_dark,
        }
    }

    /// The one in use: the user's choice, else the host's, else the device's.
    pub fn in_use(chosen: Option<Theme>, host: Option<Theme>) -> Theme {
        chosen.or(host).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back_and_the_users_choice_comes_first() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_code(theme.code()), Some(theme));
        }
        assert_eq!(Theme::from_code("Dark"), None);
        assert_eq!(Theme::in_use(None, None), Theme::Device);
        assert_eq!(Theme::in_use(None, Some(Theme::Dark)), Theme::Dark);
        assert_eq!(
            Theme::in_use(Some(Theme::Device), Some(Theme::Dark)),
            Theme::Device
        );
        assert_eq!(Theme::in_use(Some(Theme::Light), None), Theme::Light);
    }
}
