//! The app's own texts, in every language it speaks. (The profile's texts come with the
//! profile file.) They are data: one file per language, `public/locales/<code>.json`, which
//! the page fetches for the language in use only (`ui::languages`) and hands to [`load`]; build.rs
//! fails the build when a language lacks a text that another has, or a placeholder differs.
//! Natively (the tests, the fuzzer) every language is read from the files at first use.
//! Templates use `{name}` placeholders, filled by [`fill`].

use std::sync::OnceLock;

use serde::Deserialize;

use crate::core::formats::shape::Pairs;
use crate::core::words::lang::Lang;

/// A text read from a language file, kept for the page's life, so that views hold
/// `&'static str` as they would a text compiled in.
type Kept = &'static str;

fn keep(text: String) -> Kept {
    Box::leak(text.into_boxed_str())
}

/// A table as read from the file: (name, text) pairs. The structs below are filled from it by
/// name, in one loop, with the reader the profile's texts use: a derived reader per field would
/// cost the wasm many times as much.
type Entries = Vec<(String, String)>;

fn take(entries: &mut Entries, name: &str) -> Result<String, TextsError> {
    let found = entries.iter().position(|(key, _)| key == name);
    found
        .map(|at| entries.swap_remove(at).1)
        .ok_or_else(|| TextsError(format!("the text “{name}” is missing")))
}

/// The one character `name` of a language file.
fn one_char(text: &str, name: &str) -> Result<char, TextsError> {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(TextsError(format!("“{name}” must be one character"))),
    }
}

/// The list `name` of a language file, which must hold `N` texts.
fn list<const N: usize>(texts: Vec<String>, name: &str) -> Result<[Kept; N], TextsError> {
    let kept: Vec<Kept> = texts.into_iter().map(keep).collect();
    kept.try_into()
        .map_err(|_| TextsError(format!("“{name}” must be a list of {N} texts")))
}

/// A table of texts: one `&'static str` field per text, filled from the language file's table
/// of the same name; a text missing from the file, or one the app does not know, is an error.
macro_rules! table {
    ($(#[$meta:meta])* $table:ident { $($extra:ident: $extra_type:ty,)* } [$($name:ident,)*]) => {
        $(#[$meta])*
        pub struct $table {
            /// The language of the table.
            pub lang: Lang,
            $(pub $extra: $extra_type,)*
            $(pub $name: Kept,)*
        }

        impl $table {
            fn take(lang: Lang, $($extra: $extra_type,)* mut entries: Entries) -> Result<$table, TextsError> {
                // The texts are taken in one loop, by name, and placed by their index: code
                // per text would be repeated hundreds of times. They are kept for the page's
                // life only once the whole table is right.
                #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
                enum Index { $($name,)* COUNT }
                const NAMES: [&str; Index::COUNT as usize] = [$(stringify!($name),)*];
                let mut found: [String; Index::COUNT as usize] = std::array::from_fn(|_| String::new());
                for (text, name) in found.iter_mut().zip(NAMES) {
                    *text = take(&mut entries, name)?;
                }
                if let Some((name, _)) = entries.first() {
                    return Err(TextsError(format!("“{name}” is not a text the app uses")));
                }
                let texts = found.map(keep);
                Ok($table {
                    lang,
                    $($extra,)*
                    $($name: texts[Index::$name as usize],)*
                })
            }

            /// A table with every text empty, for a table asked for before it came.
            fn empty() -> $table {
                $table {
                    lang: Lang::default(),
                    $($extra: Default::default(),)*
                    $($name: "",)*
                }
            }

            /// Every text with its name, for the tests that hold the languages to each other.
            #[cfg(test)]
            pub(crate) fn pairs(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }
        }
    };
}

// The names of the texts come from the first language's file (written by build.rs): each
// `*_table!` adds them to the table's fields below.
include!(concat!(env!("OUT_DIR"), "/text_names.rs"));

shell_table! {
    /// The texts of the shell, the matrix, the notices and the refusals (the file's `shell`).
    Texts {
        // The answers of a task: not held, occasionally, regularly, owner.
        holdings: [Kept; 4],
        // Whose view an assessment is: self, manager, other, agreed.
        perspectives: [Kept; 4],
        // How the language groups the digits of a large number ("4,500" or "4.500").
        digit_group: char,
        // The mark before the decimals of an average ("4.5" or "4,5").
        decimal_mark: char,
    }
}

documents_table! {
    /// The texts of the documents (summary, comparison, fit, job description) and the views
    /// that show them (the file's `documents`).
    DocTexts {}
}

/// One language's file: its code, its own name, its formats and its two tables. The build
/// ships the documents' table in a file of its own (`<code>.documents.json`, written by
/// scripts/postbuild.mjs), fetched with the later-loading views: the matrix does not need it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageFile {
    language: String,
    #[allow(dead_code)]
    name: String,
    holdings: Vec<String>,
    perspectives: Vec<String>,
    digit_group: String,
    decimal_mark: String,
    shell: Pairs,
    #[serde(default)]
    documents: Option<Pairs>,
}

/// The documents' table of a language, as the build ships it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentsFile {
    language: String,
    documents: Pairs,
}

/// The texts of one language, as read from its files.
pub struct Language {
    pub lang: Lang,
    texts: Texts,
    documents: OnceLock<&'static DocTexts>,
}

/// A language file that cannot be used. (Worded in English: without a language file there is no
/// other language to say it in.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextsError(pub String);

impl std::fmt::Display for TextsError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "The app's texts could not be read: {}", self.0)
    }
}

static LOADED: [OnceLock<&'static Language>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// Reads the texts of `lang` from its file and keeps them for the page's life (and the
/// documents' texts, when the file holds them). Reading a language a second time keeps the
/// first.
pub fn load(lang: Lang, json: &str) -> Result<&'static Language, TextsError> {
    if let Some(language) = LOADED[lang.index()].get() {
        return Ok(language);
    }
    // The documents' table, when the file holds it: the source tree's files do; the build
    // ships it apart, read by `load_documents` with the later-loading views, so that the
    // matrix's first load carries none of its reading.
    #[cfg(not(target_arch = "wasm32"))]
    let (texts, documents) = read_whole(json, lang)?;
    #[cfg(target_arch = "wasm32")]
    let (texts, documents): (Texts, Option<DocTexts>) = (read(json, lang)?.0, None);
    let language: &'static Language = Box::leak(Box::new(Language {
        lang,
        texts,
        documents: OnceLock::new(),
    }));
    if let Some(documents) = documents {
        let _ = language.documents.set(Box::leak(Box::new(documents)));
    }
    Ok(LOADED[lang.index()].get_or_init(|| language))
}

/// Reads the documents' texts of `lang`, once its other texts are here.
pub fn load_documents(lang: Lang, json: &str) -> Result<(), TextsError> {
    let language = LOADED[lang.index()]
        .get()
        .ok_or_else(|| TextsError(format!("the texts of \"{}\" come first", lang.code())))?;
    if language.documents.get().is_some() {
        return Ok(());
    }
    let file: DocumentsFile =
        serde_json::from_str(json).map_err(|error| TextsError(error.to_string()))?;
    same_language(&file.language, lang)?;
    let documents = DocTexts::take(lang, file.documents.0)
        .map_err(|TextsError(problem)| TextsError(format!("documents: {problem}")))?;
    let _ = language.documents.set(Box::leak(Box::new(documents)));
    Ok(())
}

fn same_language(code: &str, lang: Lang) -> Result<(), TextsError> {
    if code == lang.code() {
        Ok(())
    } else {
        Err(TextsError(format!(
            "the file is for \"{code}\", not \"{}\"",
            lang.code()
        )))
    }
}

/// The tables of a whole language file (the source tree's), its documents' table read too.
#[cfg(not(target_arch = "wasm32"))]
fn read_whole(json: &str, lang: Lang) -> Result<(Texts, Option<DocTexts>), TextsError> {
    let (texts, documents) = read(json, lang)?;
    let documents = documents
        .map(|entries| DocTexts::take(lang, entries))
        .transpose()
        .map_err(|TextsError(problem)| TextsError(format!("documents: {problem}")))?;
    Ok((texts, documents))
}

/// The tables of a language file for `lang`, checked; its documents' table as it was read.
fn read(json: &str, lang: Lang) -> Result<(Texts, Option<Entries>), TextsError> {
    let file: LanguageFile =
        serde_json::from_str(json).map_err(|error| TextsError(error.to_string()))?;
    same_language(&file.language, lang)?;
    let digit_group = one_char(&file.digit_group, "digit_group")?;
    let decimal_mark = one_char(&file.decimal_mark, "decimal_mark")?;
    let in_table =
        |table: &'static str| move |TextsError(problem)| TextsError(format!("{table}: {problem}"));
    let texts = Texts::take(
        lang,
        list(file.holdings, "holdings")?,
        list(file.perspectives, "perspectives")?,
        digit_group,
        decimal_mark,
        file.shell.0,
    )
    .map_err(in_table("shell"))?;
    Ok((texts, file.documents.map(|documents| documents.0)))
}

/// True when the documents' texts of `lang` are here.
pub fn documents_loaded(lang: Lang) -> bool {
    LOADED[lang.index()]
        .get()
        .is_some_and(|language| language.documents.get().is_some())
        || cfg!(not(target_arch = "wasm32"))
}

/// True when the texts of `lang` are here.
pub fn loaded(lang: Lang) -> bool {
    LOADED[lang.index()].get().is_some() || cfg!(not(target_arch = "wasm32"))
}

/// The texts in `lang`. In the browser a language is used only once its file is loaded (the app
/// waits for it); until then, or if it never comes, the texts of a language that is here.
pub fn texts(lang: Lang) -> &'static Texts {
    &language(lang).texts
}

fn language(lang: Lang) -> &'static Language {
    #[cfg(not(target_arch = "wasm32"))]
    bundled::load_all();
    LOADED[lang.index()]
        .get()
        .or_else(|| LOADED.iter().find_map(|loaded| loaded.get()))
        .copied()
        .unwrap_or_else(no_texts)
}

/// Texts asked for before any language file came: every text empty. The shell waits for a
/// language before it draws anything (`ui::app::start`) and says so when none comes, so this
/// is a last resort that draws blanks rather than stop the program.
fn no_texts() -> &'static Language {
    static NONE: OnceLock<Language> = OnceLock::new();
    NONE.get_or_init(|| Language {
        lang: Lang::default(),
        texts: Texts::empty(),
        documents: OnceLock::new(),
    })
}

/// Natively every language's file is read from the source tree, at first use.
#[cfg(not(target_arch = "wasm32"))]
pub mod bundled {
    use super::*;

    pub fn file(lang: Lang) -> String {
        let path = format!(
            "{}/public/locales/{}.json",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        );
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
    }

    pub fn load_all() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            for lang in Lang::ALL {
                if let Err(error) = load(lang, &file(lang)) {
                    panic!("public/locales/{}.json: {error}", lang.code());
                }
            }
        });
    }
}

impl Texts {
    /// The texts of the documents in the same language. The views that show documents load
    /// them first (`ui::later`); should one ask too early, the documents' texts of another
    /// language that is here, else none (every text empty) — never a crash.
    pub fn doc(&self) -> &'static DocTexts {
        language(self.lang)
            .documents
            .get()
            .or_else(|| {
                LOADED
                    .iter()
                    .find_map(|l| l.get().and_then(|l| l.documents.get()))
            })
            .copied()
            .unwrap_or_else(|| {
                static NONE: OnceLock<DocTexts> = OnceLock::new();
                NONE.get_or_init(DocTexts::empty)
            })
    }
}

/// Replaces each `{name}` in `template` with its value, in one pass over the template: a value
/// is never read as a template, so a name that holds "{b}" stays as it is. A placeholder
/// without a value is left in place.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            let (_, value) = values.iter().find(|(n, _)| *n == name)?;
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A value from outside, fit to be quoted in a message: control characters dropped, at most 40
/// characters. A crafted link must not fill the screen with its "profile id".
pub fn shown(value: &str) -> String {
    let clean: String = value.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > 40 {
        format!("{}…", clean.chars().take(40).collect::<String>())
    } else {
        clean
    }
}

#[cfg(test)]
mod tests;
