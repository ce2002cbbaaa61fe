use super::*;

#[test]
fn fills_placeholders() {
    assert_eq!(
        fill(
            texts(Lang::En).progress_rated,
            &[("answered", "3"), ("total", "18")]
        ),
        "3 of 18 rated"
    );
    assert_eq!(fill("{a} and {a}", &[("a", "x")]), "x and x");
    assert_eq!(fill("{missing} {", &[("a", "x")]), "{missing} {");
}

#[test]
fn a_value_is_never_read_as_a_template() {
    let t = texts(Lang::En).doc();
    assert_eq!(
        fill(t.compare_title, &[("a", "Self {b}"), ("b", "Manager")]),
        "Self {b} and Manager compared"
    );
    assert_eq!(fill("{a}{b}", &[("a", "{b}"), ("b", "{a}")]), "{b}{a}");
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    found.sort_unstable();
    found
}

fn pairs(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let t = texts(lang);
    let mut pairs = t.pairs();
    pairs.extend(t.doc().pairs());
    pairs.extend(
        t.holdings
            .iter()
            .chain(&t.perspectives)
            .map(|text| ("holdings, perspectives", *text)),
    );
    pairs
}

#[test]
fn every_language_has_every_text_with_the_placeholders_of_english() {
    let english = pairs(Lang::En);
    for lang in Lang::ALL {
        assert_eq!(texts(lang).lang, lang);
        assert_eq!(texts(lang).doc().lang, lang);
        for ((name, en), (_, text)) in english.iter().zip(pairs(lang)) {
            assert!(!text.trim().is_empty(), "{name} is blank in {lang:?}");
            assert_eq!(placeholders(en), placeholders(text), "{name} in {lang:?}");
        }
    }
}

#[test]
fn every_language_is_translated() {
    // Words that read the same in several languages.
    let same = [
        "Matrix",
        "Version",
        "{block}: {counts}",
        "Manager",
        "Name",
        "Organisation",
        "Optional",
        "Menu",
        "Person",
        "Median",
        "id {x}",
        "Band {x}",
        "Region",
        "{n}%",
    ];
    for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
        let untranslated: Vec<_> = pairs(Lang::En)
            .into_iter()
            .zip(pairs(lang))
            .filter(|((_, en), (_, text))| en == text && !same.contains(en))
            .map(|((name, _), _)| name)
            .collect();
        assert!(
            untranslated.is_empty(),
            "{lang:?} has English texts: {untranslated:?}"
        );
    }
}

#[test]
fn a_file_of_another_language_a_missing_or_an_unknown_text_is_refused() {
    let nl = bundled::file(Lang::Nl);
    let mut file: serde_json::Value = serde_json::from_str(&nl).unwrap();
    assert!(read(&file.to_string(), Lang::En)
        .err()
        .unwrap()
        .0
        .contains("not \"en\""));
    file["shell"].as_object_mut().unwrap().remove("got_it");
    assert!(read(&file.to_string(), Lang::Nl)
        .err()
        .unwrap()
        .0
        .contains("got_it"));
    let mut file: serde_json::Value = serde_json::from_str(&nl).unwrap();
    file["documents"]["made_up"] = "x".into();
    assert!(read_whole(&file.to_string(), Lang::Nl)
        .err()
        .unwrap()
        .0
        .contains("made_up"));
    assert!(read("{", Lang::Nl).is_err());
}
