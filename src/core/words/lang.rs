//! The languages of the user interface.

// `Lang`, its list and its codes and names are written by build.rs from
// public/locales/languages.json: adding a language is adding its line there and its files.
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

impl Lang {
    /// The language's place in [`Lang::ALL`].
    pub fn index(self) -> usize {
        self as usize
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

/// `c` in lower case, for the scripts of Europe (Latin, Greek, Cyrillic): enough to match
/// names and to write file names. Other letters stay as they are. The standard library's
/// `to_lowercase` would bring Unicode's whole case table into the wasm (about 7 KB brotli).
pub fn lower(c: char) -> char {
    let n = c as u32;
    let to = match n {
        0x41..=0x5A | 0xC0..=0xDE if n != 0xD7 => n + 0x20,
        0x130 => 0x69,
        0x100..=0x137 | 0x14A..=0x177 if n.is_multiple_of(2) => n + 1,
        0x139..=0x148 | 0x179..=0x17E if !n.is_multiple_of(2) => n + 1,
        0x178 => 0xFF,
        0x391..=0x3AB if n != 0x3A2 => n + 0x20,
        0x410..=0x42F => n + 0x20,
        0x400..=0x40F => n + 0x50,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_agrees_with_unicode_where_it_changes_a_letter_and_covers_europe() {
        let covered =
            |n: u32| n < 0x180 || (0x391..=0x3AB).contains(&n) || (0x400..=0x42F).contains(&n);
        for c in (0..0x2000).filter_map(char::from_u32) {
            let unicode: Vec<char> = c.to_lowercase().collect();
            let ours = lower(c);
            if c == '\u{130}' {
                assert_eq!(ours, 'i', "İ");
            } else if ours != c || covered(c as u32) {
                assert_eq!(vec![ours], unicode, "{c:?} (U+{:04X})", c as u32);
            }
        }
        assert_eq!(
            "ÉLODIE ÇELIK-ŒSTERGAARD"
                .chars()
                .map(lower)
                .collect::<String>(),
            "élodie çelik-œstergaard"
        );
    }

    #[test]
    fn reads_codes_with_regions_and_any_case() {
        assert_eq!(Lang::from_code("nl"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn picks_the_first_preference_we_speak() {
        assert_eq!(Lang::from_preferences(&["fr-FR", "nl", "en"]), Lang::Nl);
        assert_eq!(Lang::from_preferences(&["fr", "de"]), Lang::De);
        assert_eq!(Lang::from_preferences(&["fr", "es"]), Lang::En);
        assert_eq!(Lang::from_preferences::<&str>(&[]), Lang::En);
    }
}
