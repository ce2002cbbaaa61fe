//! Reading JSON that comes from outside the app's own memory — a profile file, the browser's
//! storage, an exchange file — with serde, and saying where it went wrong in a way a user (or
//! the maintainer of a profile file) can act on: the path of the value (`blocks[2].kind`) and
//! what was expected there. The sentence itself is worded per language by the callers.
//!
//! serde_json reads; serde_path_to_error tracks the path. What was expected is read from the
//! error serde raises, whose wording serde itself fixes (`missing field`, `invalid type: …,
//! expected …`, `unknown variant …, expected one of …`): [`classify`] maps those few shapes to
//! [`Expected`], and the tests below hold it to them.

use serde::de::{DeserializeOwned, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// What a value should have been.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Expected {
    Text,
    WholeNumber,
    YesNo,
    List,
    Object,
    /// One of a fixed set of words, e.g. `"rated"` or `"held"`.
    OneOf(Vec<String>),
    /// The field must be there.
    Present,
    /// Some other value (a shape serde describes in words of its own).
    Other,
}

/// A value that is not what the format says, and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ShapeError {
    pub path: String,
    pub expected: Expected,
}

/// Why a JSON text could not be read into the type asked for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReadError {
    /// Not JSON at all; reading stopped at this line and column.
    NotJson {
        line: usize,
        column: usize,
    },
    Shape(ShapeError),
}

/// Reads `text` as a `T`; when it cannot, says where and what was expected (see [`diagnose`]).
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    serde_json::from_str(text).map_err(|error| diagnose::<T>(text, &error))
}

/// Why `text` could not be read as a `T` (`error` is what serde_json said): where reading stopped
/// when it is no JSON; else the path of the value and what was expected there, read again with
/// the path tracked. Slower, and kept apart from the reading itself, so that what needs no path
/// (storage, whose problems are not shown field by field) does not carry the tracking.
pub fn diagnose<T: DeserializeOwned>(text: &str, error: &serde_json::Error) -> ReadError {
    if error.is_syntax() || error.is_eof() {
        return ReadError::NotJson {
            line: error.line(),
            column: error.column(),
        };
    }
    let mut de = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(error) => ReadError::Shape(classify(error.path().to_string(), error.inner())),
        Ok(_) => ReadError::Shape(ShapeError {
            path: String::new(),
            expected: Expected::Other,
        }),
    }
}

/// Reads a JSON value (already parsed, e.g. to look at its version first) as a `T`, with the
/// path of a problem.
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, ShapeError> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let path = error.path().to_string();
        classify(path, error.inner())
    })
}

/// A number a file's head gives (`schema`, `version`), if it is a whole number: anything else
/// there reads as no number, and the rest of the document is skipped, not checked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Number(pub Option<i64>);

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Number, D::Error> {
        struct Any;
        impl<'de> serde::de::Visitor<'de> for Any {
            type Value = Number;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("anything")
            }
            fn visit_i64<E>(self, n: i64) -> Result<Number, E> {
                Ok(Number(Some(n)))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Number, E> {
                Ok(Number(i64::try_from(n).ok()))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Number, E> {
                Ok(Number(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Number, E> {
                Ok(Number(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<Number, E> {
                Ok(Number(None))
            }
            fn visit_unit<E>(self) -> Result<Number, E> {
                Ok(Number(None))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Number, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(Number(None))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Number, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Number(None))
            }
        }
        deserializer.deserialize_any(Any)
    }
}

/// The expectation behind one of serde's errors, at `path` (the path of a missing field is
/// that of the object it is missing from; the field's name is added).
pub fn classify(path: String, error: &serde_json::Error) -> ShapeError {
    let message = error.to_string();
    let ticked = |text: &str| -> Vec<String> {
        text.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let join = |path: &str, field: &str| {
        if path.is_empty() || path == "." {
            field.to_string()
        } else {
            format!("{path}.{field}")
        }
    };
    let path = if path == "." { String::new() } else { path };
    if let Some(rest) = message.strip_prefix("missing field ") {
        let field = ticked(rest).into_iter().next().unwrap_or_default();
        return ShapeError {
            path: join(&path, &field),
            expected: Expected::Present,
        };
    }
    if message.starts_with("unknown variant ") {
        let words = message
            .split_once("expected")
            .map(|(_, after)| ticked(after))
            .unwrap_or_default();
        return ShapeError {
            path,
            expected: Expected::OneOf(words),
        };
    }
    // serde_json adds the position when it reads from text: "… expected u8 at line 1 column 3".
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(before, _)| before);
    let expected = message
        .rsplit_once("expected ")
        .map_or("", |(_, after)| after)
        .trim();
    let expected = match expected {
        "a string" | "a borrowed string" | "a text" => Expected::Text,
        "a boolean" => Expected::YesNo,
        "a sequence" | "a list" => Expected::List,
        e if e.starts_with("struct ") || e == "a map" || e.starts_with("a text in") => {
            Expected::Object
        }
        e if ["u8", "u16", "u32", "u64", "i32", "i64", "usize"].contains(&e)
            || e.starts_with("a whole number") =>
        {
            Expected::WholeNumber
        }
        _ => Expected::Other,
    };
    ShapeError { path, expected }
}

/// Leaves a field out when it holds its type's default (an empty text, an empty list, false).
pub fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// A JSON object of texts, as (key, text) pairs in the file's order: the texts of a profile
/// in each language, the tables of a language file. (One reader for both, so that the wasm
/// carries it once.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pairs(pub Vec<(String, String)>);

impl<'de> Deserialize<'de> for Pairs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Pairs, D::Error> {
        struct Texts;
        impl<'de> Visitor<'de> for Texts {
            type Value = Pairs;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Pairs, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry::<String, String>()? {
                    pairs.push(pair);
                }
                Ok(Pairs(pairs))
            }
        }
        deserializer.deserialize_map(Texts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Block {
        id: String,
        kind: Kind,
        #[serde(default)]
        optional: bool,
        items: Vec<Item>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Rated,
        Held,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        level: Option<u8>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Root {
        blocks: Vec<Block>,
    }

    fn shape(text: &str) -> ShapeError {
        match read::<Root>(text) {
            Err(ReadError::Shape(shape)) => shape,
            other => panic!("{other:?}"),
        }
    }

    /// serde's own wording of its errors, which `classify` reads: if a new serde words them
    /// otherwise, this fails instead of the messages losing what was expected.
    #[test]
    fn names_the_path_and_what_was_expected() {
        let cases = [
            (r#"{"blocks":{}}"#, "blocks", Expected::List),
            (r#"{}"#, "blocks", Expected::Present),
            (
                r#"{"blocks":[{"id":"b","kind":"rated","items":[{"level":2}]}]}"#,
                "blocks[0].items[0].id",
                Expected::Present,
            ),
            (
                r#"{"blocks":[{"id":"b","kind":"soft","items":[]}]}"#,
                "blocks[0].kind",
                Expected::OneOf(vec!["rated".into(), "held".into()]),
            ),
            (
                r#"{"blocks":[{"id":7,"kind":"rated","items":[]}]}"#,
                "blocks[0].id",
                Expected::Text,
            ),
            (
                r#"{"blocks":[{"id":"b","kind":"rated","optional":"yes","items":[]}]}"#,
                "blocks[0].optional",
                Expected::YesNo,
            ),
            (
                r#"{"blocks":[{"id":"b","kind":"rated","items":[{"id":"i","level":300}]}]}"#,
                "blocks[0].items[0].level",
                Expected::WholeNumber,
            ),
            (
                r#"{"blocks":[{"id":"b","kind":"rated","items":[{"id":"i","level":"high"}]}]}"#,
                "blocks[0].items[0].level",
                Expected::WholeNumber,
            ),
            (r#"{"blocks":[5]}"#, "blocks[0]", Expected::Object),
        ];
        for (text, path, expected) in cases {
            assert_eq!(
                shape(text),
                ShapeError {
                    path: path.into(),
                    expected
                },
                "{text}"
            );
        }
    }

    #[test]
    fn not_json_says_where_reading_stopped() {
        assert_eq!(
            read::<Root>("{\n  \"blocks\": [,").err(),
            Some(ReadError::NotJson {
                line: 2,
                column: 14
            })
        );
        assert!(matches!(read::<Root>(""), Err(ReadError::NotJson { .. })));
    }

    #[test]
    fn deep_nesting_is_refused_not_followed() {
        let deep = "[".repeat(10_000);
        assert!(read::<Root>(&deep).is_err());
        assert!(
            serde_json::from_str::<serde_json::Value>(&deep).is_err(),
            "too deep"
        );
    }

    #[test]
    fn a_head_number_is_read_whatever_else_the_document_holds() {
        #[derive(Deserialize)]
        struct Head {
            #[serde(default)]
            version: Number,
        }
        let version = |text: &str| serde_json::from_str::<Head>(text).map(|h| h.version.0).ok();
        assert_eq!(
            version(r#"{"version":3,"rest":[1,{"a":null}]}"#),
            Some(Some(3))
        );
        assert_eq!(version(r#"{"version":"3"}"#), Some(None));
        assert_eq!(version(r#"{"version":{"x":[]}}"#), Some(None));
        assert_eq!(version(r#"{}"#), Some(None));
        assert_eq!(version(r#"{"version":3"#), None, "not JSON");
    }

    #[test]
    fn trailing_text_is_no_json() {
        assert!(matches!(
            read::<Root>(r#"{"blocks":[]} x"#),
            Err(ReadError::NotJson { .. })
        ));
    }
}
