//! The languages the app speaks are data: `public/locales/languages.json` lists their codes,
//! and each has its texts in `public/locales/<code>.json`. This script checks every language
//! file against the first language's — the same texts, the same `{placeholders}` in each, none
//! blank — and fails the build when one differs, so that no text can exist in one language
//! only. It then writes the `Lang` enum for the languages listed (src/core/words/lang.rs includes it)
//! and the names of the texts, from the first language's file (src/core/words/texts.rs).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

const DIR: &str = "public/locales";

fn main() {
    println!("cargo::rerun-if-changed={DIR}");
    let read = |path: &Path| -> Value {
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|error| fail(&format!("{} cannot be read: {error}", path.display())));
        serde_json::from_str(&text)
            .unwrap_or_else(|error| fail(&format!("{} is not valid JSON: {error}", path.display())))
    };
    let listed = read(&Path::new(DIR).join("languages.json"));
    let codes: Vec<String> = listed
        .as_array()
        .map(|codes| {
            codes
                .iter()
                .filter_map(|c| c.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    if codes.is_empty() {
        fail("languages.json must list the language codes, as in [\"en\", \"nl\"]");
    }
    let mut names = Vec::new();
    let mut first: Option<(String, Value)> = None;
    for code in &codes {
        if code.len() < 2 || code.len() > 3 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            fail(&format!(
                "\"{code}\" is not a language code of two or three small letters"
            ));
        }
        let file = Path::new(DIR).join(format!("{code}.json"));
        let texts = read(&file);
        if texts["language"].as_str() != Some(code) {
            fail(&format!(
                "{}: \"language\" must be \"{code}\"",
                file.display()
            ));
        }
        match texts["name"].as_str() {
            Some(name) if !name.trim().is_empty() => names.push(name.to_string()),
            _ => fail(&format!(
                "{}: \"name\" must be the language's own name",
                file.display()
            )),
        }
        match &first {
            None => first = Some((code.clone(), texts)),
            Some((first_code, first_texts)) => {
                let mut problems = Vec::new();
                compare(
                    first_texts,
                    &texts,
                    String::new(),
                    first_code,
                    &mut problems,
                );
                if !problems.is_empty() {
                    fail(&format!("{}:\n  {}", file.display(), problems.join("\n  ")));
                }
            }
        }
    }
    let variant = |code: &str| {
        let mut chars = code.chars();
        chars
            .next()
            .map(|c| c.to_ascii_uppercase())
            .into_iter()
            .chain(chars)
            .collect::<String>()
    };
    let mut out = String::new();
    let _ = writeln!(out, "// Written by build.rs from {DIR}/languages.json.");
    let _ = writeln!(out, "/// A language the app speaks, for its own texts and (when the profile has it) the profile's.");
    let _ = writeln!(out, "/// Stored as its code.");
    let _ = writeln!(out, "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]");
    let _ = writeln!(out, "#[serde(rename_all = \"lowercase\")]");
    let _ = writeln!(out, "pub enum Lang {{");
    for (index, code) in codes.iter().enumerate() {
        if index == 0 {
            let _ = writeln!(out, "    #[default]");
        }
        let _ = writeln!(out, "    {},", variant(code));
    }
    let _ = writeln!(out, "}}\n\nimpl Lang {{");
    let all: Vec<String> = codes
        .iter()
        .map(|c| format!("Lang::{}", variant(c)))
        .collect();
    let _ = writeln!(
        out,
        "    /// Every language, in the order the language switch offers them."
    );
    let _ = writeln!(
        out,
        "    pub const ALL: [Lang; {}] = [{}];",
        codes.len(),
        all.join(", ")
    );
    let _ = writeln!(
        out,
        "    /// The BCP 47 code, as used in `lang` attributes, file names and profile files."
    );
    let _ = writeln!(
        out,
        "    pub fn code(self) -> &'static str {{\n        match self {{"
    );
    for code in &codes {
        let _ = writeln!(out, "            Lang::{} => {code:?},", variant(code));
    }
    let _ = writeln!(out, "        }}\n    }}");
    let _ = writeln!(
        out,
        "    /// The language's own name for itself, so that someone who cannot read the current"
    );
    let _ = writeln!(out, "    /// language still finds theirs.");
    let _ = writeln!(
        out,
        "    pub fn native_name(self) -> &'static str {{\n        match self {{"
    );
    for (code, name) in codes.iter().zip(&names) {
        let _ = writeln!(out, "            Lang::{} => {name:?},", variant(code));
    }
    let _ = writeln!(out, "        }}\n    }}\n}}");
    let target =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set")))
            .join("languages.rs");
    std::fs::write(&target, out)
        .unwrap_or_else(|error| fail(&format!("{} cannot be written: {error}", target.display())));
    if let Some((code, texts)) = &first {
        write_text_names(code, texts);
    }
}

/// Writes the names of the app's texts, as the first language's file has them, for
/// src/core/words/texts.rs: each table's macro hands its names to `table!`, which makes a field
/// of each. A text the code asks for that no file has fails the build; one that the files
/// have and the code never reads is a field nobody reads.
fn write_text_names(code: &str, texts: &Value) {
    // Words a field cannot be named (Rust's keywords) or that the tables use themselves.
    const RESERVED: [&str; 37] = [
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
        "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move",
        "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true",
        "type", "unsafe", "use", "where", "lang",
    ];
    let mut out =
        format!("// Written by build.rs from {DIR}/{code}.json: the names of the app's texts.\n");
    for (table, key) in [("shell_table", "shell"), ("documents_table", "documents")] {
        let Some(names) = texts[key].as_object() else {
            fail(&format!(
                "{DIR}/{code}.json: \"{key}\" must be a table of texts"
            ));
        };
        let mut list = String::new();
        for name in names.keys() {
            let ok = name.starts_with(|c: char| c.is_ascii_lowercase())
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                && !RESERVED.contains(&name.as_str());
            if !ok {
                fail(&format!("{DIR}/{code}.json: \"{key}.{name}\" is not a name of small letters, digits and _"));
            }
            list.push_str(name);
            list.push_str(", ");
        }
        out.push_str(&format!(
            "macro_rules! {table} {{ ($($head:tt)*) => {{ table! {{ $($head)* [{list}] }} }}; }}\n"
        ));
    }
    let target =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set")))
            .join("text_names.rs");
    std::fs::write(&target, out)
        .unwrap_or_else(|error| fail(&format!("{} cannot be written: {error}", target.display())));
}

/// Holds `other` to `first`: the same keys, arrays of the same length, and strings with the same
/// placeholders, none blank.
fn compare(first: &Value, other: &Value, at: String, a: &str, problems: &mut Vec<String>) {
    match (first, other) {
        (Value::Object(x), Value::Object(y)) => {
            for (key, value) in x {
                let place = if at.is_empty() {
                    key.clone()
                } else {
                    format!("{at}.{key}")
                };
                match y.get(key) {
                    Some(theirs) => compare(value, theirs, place, a, problems),
                    None => problems.push(format!("{place} is missing (\"{a}\" has it)")),
                }
            }
            for key in y.keys().filter(|key| !x.contains_key(*key)) {
                let place = if at.is_empty() {
                    key.clone()
                } else {
                    format!("{at}.{key}")
                };
                problems.push(format!("{place} is not a text \"{a}\" has"));
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (index, (value, theirs)) in x.iter().zip(y).enumerate() {
                compare(value, theirs, format!("{at}[{index}]"), a, problems);
            }
        }
        (Value::String(x), Value::String(y)) => {
            if y.trim().is_empty() && !x.trim().is_empty() {
                problems.push(format!("{at} is blank"));
            } else if placeholders(x) != placeholders(y) {
                problems.push(format!(
                    "{at} has the placeholders {:?}, \"{a}\" has {:?}",
                    placeholders(y),
                    placeholders(x)
                ));
            }
        }
        _ if std::mem::discriminant(first) == std::mem::discriminant(other) => problems.push(
            format!("{at} has another number of entries than in \"{a}\""),
        ),
        _ => problems.push(format!("{at} is of another kind than in \"{a}\"")),
    }
}

/// The `{name}` placeholders of a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

fn fail(message: &str) -> ! {
    eprintln!("\nThe app's texts are not complete: {message}\n");
    std::process::exit(1);
}
