//! The languages of the user interface.

/// A language the app speaks, for its own texts and (when the profile has it) the profile's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The BCP 47 code, as used in `lang` attributes and in profile files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    /// The language's own name for itself, so that someone who cannot read the current
    /// language still finds theirs.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nl => "Nederlands",
        }
    }

    /// Reads a code such as `nl`, `nl-BE` or `EN-gb`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The first language of the browser's preference list that we speak, else English.
    pub fn from_preferences<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|code| Lang::from_code(code.as_ref()))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_with_regions_and_any_case() {
        assert_eq!(Lang::from_code("nl"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn picks_the_first_preference_we_speak() {
        assert_eq!(Lang::from_preferences(&["de-DE", "nl", "en"]), Lang::Nl);
        assert_eq!(Lang::from_preferences(&["fr", "de"]), Lang::En);
        assert_eq!(Lang::from_preferences::<&str>(&[]), Lang::En);
    }
}
