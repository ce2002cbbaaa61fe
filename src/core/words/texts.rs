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
    ($(#[$meta:meta])* $table:ident { $($extra:ident: $extra_type:ty,)* ; $($name:ident,)* }) => {
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

table! {
    /// The texts of the shell, the matrix, the notices and the refusals.
    Texts {
        // The answers of a task: not held, occasionally, regularly, owner.
        holdings: [Kept; 4],
        // Whose view an assessment is: self, manager, other.
        perspectives: [Kept; 3],
        // How the language groups the digits of a large number ("4,500" or "4.500").
        digit_group: char,
        // The mark before the decimals of an average ("4.5" or "4,5").
        decimal_mark: char,
        ;
        // The shell
        app_title,
        tagline,
        intro,
        intro_privacy,
        got_it,
        language,
        theme,
        theme_device,
        theme_light,
        theme_dark,
        loading_view,
        view_failed,
        profile_error_heading,
        profile_error_hint,
        privacy_footer,
        skip_to_content,
        version,
        views,
        view_matrix,
        view_summary,
        view_compare,
        view_roles,
        dismiss,
        print_wait,
        cancel,
        // The matrix
        progress_rated,
        progress_answered,
        progress_chosen,
        not_rated,
        level_n,
        item,
        target_level,
        no_target,
        evidence,
        evidence_hint,
        evidence_for,
        target_for,
        profile_unreviewed,
        scale_heading,
        retired_heading,
        retired_intro,
        unrated_short,
        unanswered,
        show_hints,
        // Assessments
        assessment,
        assessments_heading,
        about_assessment,
        assessment_name,
        assessment_date,
        whose_view,
        new_assessment,
        copy_assessment,
        delete_assessment,
        delete_title,
        delete_body,
        delete_confirm,
        copy_of,
        your_details,
        name,
        job_title,
        organisation,
        // Erasing
        erase,
        erase_title,
        erase_body,
        erase_confirm,
        erased,
        // Notices about storage
        storage_unreadable,
        storage_full,
        storage_unavailable,
        storage_backup_failed,
        other_tab_newer,
        language_failed,
        answers_set_aside,
        unreadable_not_json,
        unreadable_no_version,
        unreadable_newer,
        unreadable_malformed,
        // Fetching the profile
        fetch_offline,
        fetch_status,
        fetch_unreadable,
        // Profile validation
        profile_not_json,
        profile_schema,
        profile_no_schema,
        profile_malformed,
        profile_malformed_unsaid,
        profile_no_languages,
        profile_no_levels,
        profile_too_many_levels,
        profile_levels_order,
        profile_no_blocks,
        profile_empty_block,
        profile_bad_id,
        profile_duplicate_block,
        profile_duplicate_item,
        profile_missing_translation,
        place_profile_name,
        place_level_name,
        place_level_descriptor,
        place_block_title,
        place_item,
        place_career_name,
        place_career_title,
        place_market,
        shape_error,
        expect_text,
        expect_number,
        expect_yes_no,
        expect_list,
        expect_object,
        expect_present,
        expect_other,
        expect_one_of,
        // Links and files from outside
        invalid_level,
        invalid_kind,
        imported,
        added,
        role_added,
        shared_whose,
        someone,
        copied,
        untitled_role,
        not_needed,
        not_needed_line,
        not_in_post,
        required,
        optional,
        // Refusals of a link or a file
        refused_not_ours,
        refused_damaged,
        refused_newer,
        refused_other_profile,
        refused_other_version,
        refused_invalid,
        refused_too_large,
        refused_wrong_kind,
        invalid_field_long,
        invalid_too_many,
        invalid_bad_item,
        invalid_twice,
        invalid_note_long,
        file_refused,
        link_refused,

        // Sandboxed or scriptless frames
        frame_blocked,
    }
}

table! {
    /// The texts of the documents (summary, comparison, fit, job description) and the views
    /// that show them.
    DocTexts {
        ;
        // Lines of the views
        loading_profile,
        no_level_yet,
        target_n,
        // The incoming (read-only) view
        shared_heading,
        shared_intro,
        add_as_new,
        import_over,
        rate_myself,
        back_to_mine,
        shared_role_heading,
        shared_role_intro,
        add_role,
        replace_title,
        replace_body,
        replace_confirm,
        // Sharing
        print,
        copy_text,
        copy_failed,
        share_link,
        share_label,
        text_label,
        link_copied,
        link_shared,
        export_file,
        import_file,
        // The summary
        summary_title,
        level_heading,
        level_rule,
        level_because,
        level_none,
        level_none_short,
        provisional_level,
        rate_more,
        typical_titles,
        strengths_heading,
        no_evidence,
        responsibilities_heading,
        tasks_held,
        none_marked,
        gaps_heading,
        and_more,
        market_heading,
        indicative,
        market_source,
        from_amount,
        up_to_amount,
        chart_heading,
        chart_current,
        chart_target,
        chart_describe,
        chart_level,
        aim_label,
        aim_none,
        // The comparison
        compare_heading,
        compare_intro,
        compare_first,
        compare_second,
        order_label,
        order_difference,
        order_profile,
        only_differences,
        compare_title,
        growth_title,
        agreement_heading,
        tally_agree,
        tally_one,
        tally_more,
        tally_one_side,
        level_heading_both,
        average_per_block,
        change_per_block,
        items_heading,
        items_differ_heading,
        nothing_differs,
        diff_same,
        diff_same_growth,
        diff_higher,
        diff_lower,
        diff_up,
        diff_down,
        diff_one_side,
        not_compared_heading,
        not_compared_intro,
        compare_refused,
        compare_needs_two,
        // Role profiles
        roles_heading,
        roles_intro,
        role_profile,
        new_role,
        role_title,
        role_purpose,
        role_purpose_hint,
        delete_role_title,
        delete_role_body,
        no_roles,
        role_asks,
        fit_heading,
        fit_title,
        fit_for,
        fit_meets,
        largest_gaps,
        levels_below,
        levels_above,
        mark_meets,
        required_vs_rated,
        fit_tasks,
        fit_items_heading,
        fit_missing_heading,
        none_missing,
        print_fit,
        // The job description
        job_description,
        jd_language,
        copy_jd,
        download_jd,
        print_jd,
        jd_purpose,
        jd_level,
        jd_level_line,
        jd_tasks,
        jd_required,
        jd_optional,
        jd_at_level,
        jd_salary,
        jd_salary_line,
    }
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
    let (texts, documents) = read(json, lang)?;
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

/// The tables of a language file for `lang`, checked.
fn read(json: &str, lang: Lang) -> Result<(Texts, Option<DocTexts>), TextsError> {
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
    let documents = match file.documents {
        Some(documents) => Some(DocTexts::take(lang, documents.0).map_err(in_table("documents"))?),
        None => None,
    };
    Ok((texts, documents))
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
