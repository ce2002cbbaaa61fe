//! A small JSON reader and writer, made for this app's files: the profile, the stored state, the
//! exchange files. It replaces serde and serde_json, which cost the wasm some 80 KB, and it
//! knows the limits that outside input needs: nesting depth, whole numbers only (no float code in
//! the wasm), no lone surrogates. Values keep their key order, so that what the app writes reads
//! the same way each time.
//!
//! Reading a document into the app's types goes through [`Field`], which carries the path to the
//! value, so that a refusal can say where the problem is (`blocks[2].items[0].id`).

use std::fmt::Write;

/// Deeper nesting than this is refused: no file of this app nests more than six levels, and a
/// recursive reader must not be driven into a stack overflow by a hostile file.
pub const MAX_DEPTH: usize = 40;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A whole number that fits in an `i64`.
    Int(i64),
    /// Any other number (a fraction, an exponent, a huge integer), kept as written: the app's
    /// formats have no use for it and refuse it where a whole number is expected.
    OtherNumber(String),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

/// Why a text is not JSON, with the byte offset where reading stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub at: usize,
    pub too_deep: bool,
}

pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    reader.space();
    let value = reader.value(0)?;
    reader.space();
    if reader.at != reader.bytes.len() {
        return Err(reader.fail());
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn fail(&self) -> SyntaxError {
        SyntaxError {
            at: self.at,
            too_deep: false,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), SyntaxError> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.fail())
        }
    }

    fn word(&mut self, word: &[u8], value: Json) -> Result<Json, SyntaxError> {
        if self.bytes[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.fail())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(SyntaxError {
                at: self.at,
                too_deep: true,
            });
        }
        match self.peek() {
            Some(b'{') => {
                self.at += 1;
                let mut fields = Vec::new();
                self.space();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                    return Ok(Json::Obj(fields));
                }
                loop {
                    self.space();
                    let key = self.string()?;
                    self.space();
                    self.expect(b':')?;
                    self.space();
                    let value = self.value(depth + 1)?;
                    fields.push((key, value));
                    self.space();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return Ok(Json::Obj(fields));
                        }
                        _ => return Err(self.fail()),
                    }
                }
            }
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.peek() == Some(b']') {
                    self.at += 1;
                    return Ok(Json::Arr(items));
                }
                loop {
                    self.space();
                    items.push(self.value(depth + 1)?);
                    self.space();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Json::Arr(items));
                        }
                        _ => return Err(self.fail()),
                    }
                }
            }
            Some(b'"') => self.string().map(Json::Str),
            Some(b't') => self.word(b"true", Json::Bool(true)),
            Some(b'f') => self.word(b"false", Json::Bool(false)),
            Some(b'n') => self.word(b"null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.fail()),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Json, SyntaxError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let first = self.peek();
        let count = self.digits();
        if count == 0 || (first == Some(b'0') && count > 1) {
            return Err(self.fail());
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            whole = false;
            if self.digits() == 0 {
                return Err(self.fail());
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            whole = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.fail());
            }
        }
        // Only ASCII was consumed, so this is a slice of the text as it is.
        let text = self.text.get(start..self.at).unwrap_or_default();
        Ok(match whole.then(|| text.parse::<i64>().ok()).flatten() {
            Some(n) => Json::Int(n),
            None => Json::OtherNumber(text.to_string()),
        })
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.fail())?;
        let mut value = 0;
        for &digit in digits {
            let nibble = (digit as char).to_digit(16).ok_or_else(|| self.fail())?;
            value = value * 16 + nibble;
        }
        self.at += 4;
        Ok(value)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character at once.
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The input is a &str and the run stops only at ASCII bytes: a valid UTF-8 slice.
            out.push_str(
                std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| self.fail())?,
            );
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.peek().ok_or_else(|| self.fail())?;
                    self.at += 1;
                    let c = match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let high = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&high)
                                && self.bytes[self.at..].starts_with(b"\\u")
                            {
                                let save = self.at;
                                self.at += 2;
                                let low = self.hex4()?;
                                if (0xDC00..0xE000).contains(&low) {
                                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                                } else {
                                    // Not a pair: the high half stands alone; read the next
                                    // escape on its own.
                                    self.at = save;
                                    high
                                }
                            } else {
                                high
                            };
                            // A lone surrogate has no place in text: it becomes U+FFFD.
                            char::from_u32(code).unwrap_or('\u{FFFD}')
                        }
                        _ => return Err(self.fail()),
                    };
                    out.push(c);
                }
                _ => return Err(self.fail()),
            }
        }
    }
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Int(n) => Some(*n),
            _ => None,
        }
    }

    /// Writes compact JSON.
    pub fn write(&self, out: &mut String) {
        self.write_indented(out, None);
    }

    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    /// JSON with two-space indentation, for files a person may open.
    pub fn to_pretty_text(&self) -> String {
        let mut out = String::new();
        self.write_indented(&mut out, Some(0));
        out.push('\n');
        out
    }

    fn write_indented(&self, out: &mut String, indent: Option<usize>) {
        let newline = |out: &mut String, level: usize| {
            if indent.is_some() {
                out.push('\n');
                for _ in 0..level {
                    out.push_str("  ");
                }
            }
        };
        let inner = indent.map(|level| level + 1);
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Json::OtherNumber(text) => out.push_str(text),
            Json::Str(s) => write_string(out, s),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, inner.unwrap_or(0));
                    item.write_indented(out, inner);
                }
                if !items.is_empty() {
                    newline(out, indent.unwrap_or(0));
                }
                out.push(']');
            }
            Json::Obj(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, inner.unwrap_or(0));
                    write_string(out, key);
                    out.push(':');
                    if indent.is_some() {
                        out.push(' ');
                    }
                    value.write_indented(out, inner);
                }
                if !fields.is_empty() {
                    newline(out, indent.unwrap_or(0));
                }
                out.push('}');
            }
        }
    }
}

fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Builds an object, leaving out what `skip` says is empty: the app writes only what holds
/// something, which keeps storage and files small.
#[derive(Default)]
pub struct ObjBuilder(Vec<(String, Json)>);

impl ObjBuilder {
    pub fn new() -> ObjBuilder {
        ObjBuilder::default()
    }

    pub fn put(mut self, key: &str, value: Json) -> ObjBuilder {
        self.0.push((key.to_string(), value));
        self
    }

    pub fn text(self, key: &str, value: &str) -> ObjBuilder {
        self.put(key, Json::Str(value.to_string()))
    }

    /// Leaves the key out when the text is empty.
    pub fn text_if(self, key: &str, value: &str) -> ObjBuilder {
        if value.is_empty() {
            self
        } else {
            self.text(key, value)
        }
    }

    pub fn int(self, key: &str, value: i64) -> ObjBuilder {
        self.put(key, Json::Int(value))
    }

    pub fn opt(self, key: &str, value: Option<Json>) -> ObjBuilder {
        match value {
            Some(value) => self.put(key, value),
            None => self,
        }
    }

    pub fn build(self) -> Json {
        Json::Obj(self.0)
    }
}

/// What a value should have been, for a refusal's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Expected {
    Text,
    WholeNumber,
    YesNo,
    List,
    Object,
    /// One of a fixed set of words, e.g. `"rated"` or `"held"`.
    OneOf(&'static [&'static str]),
    /// The field must be there.
    Present,
}

/// A value that is not what the format says, and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ShapeError {
    pub path: String,
    pub expected: Expected,
}

/// A value with its path in the document, for reading with errors that say where.
#[derive(Clone, Copy)]
pub struct Field<'a> {
    pub value: Option<&'a Json>,
    path: &'a Path<'a>,
}

/// The path to a value, built only when an error needs it.
pub enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn render(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.render(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Path::Index(parent, index) => {
                parent.render(out);
                let _ = write!(out, "[{index}]");
            }
        }
    }
}

impl<'a> Field<'a> {
    pub fn root(value: &'a Json) -> Field<'a> {
        Field {
            value: Some(value),
            path: &Path::Root,
        }
    }

    pub fn error(&self, expected: Expected) -> ShapeError {
        let mut path = String::new();
        self.path.render(&mut path);
        ShapeError { path, expected }
    }

    /// Runs `read` on the field `key` of this object.
    pub fn with<T>(
        &self,
        key: &str,
        read: impl FnOnce(Field) -> Result<T, ShapeError>,
    ) -> Result<T, ShapeError> {
        let path = Path::Key(self.path, key);
        read(Field {
            value: self.value.and_then(|v| v.get(key)),
            path: &path,
        })
    }

    /// True when the value is missing or `null`.
    pub fn is_absent(&self) -> bool {
        matches!(self.value, None | Some(Json::Null))
    }

    pub fn text(&self) -> Result<String, ShapeError> {
        match self.value {
            Some(Json::Str(s)) => Ok(s.clone()),
            None => Err(self.error(Expected::Present)),
            _ => Err(self.error(Expected::Text)),
        }
    }

    /// Text, or empty when absent.
    pub fn text_or_empty(&self) -> Result<String, ShapeError> {
        if self.is_absent() {
            Ok(String::new())
        } else {
            self.text()
        }
    }

    pub fn int(&self) -> Result<i64, ShapeError> {
        match self.value {
            Some(Json::Int(n)) => Ok(*n),
            None => Err(self.error(Expected::Present)),
            _ => Err(self.error(Expected::WholeNumber)),
        }
    }

    /// A whole number in `0..=max`.
    pub fn small(&self, max: u32) -> Result<u32, ShapeError> {
        let n = self.int()?;
        u32::try_from(n)
            .ok()
            .filter(|&n| n <= max)
            .ok_or_else(|| self.error(Expected::WholeNumber))
    }

    pub fn yes_no(&self) -> Result<bool, ShapeError> {
        match self.value {
            None | Some(Json::Null) => Ok(false),
            Some(Json::Bool(b)) => Ok(*b),
            _ => Err(self.error(Expected::YesNo)),
        }
    }

    /// One of `words`, as its index.
    pub fn one_of(&self, words: &'static [&'static str]) -> Result<usize, ShapeError> {
        match self.value {
            Some(Json::Str(s)) => words
                .iter()
                .position(|w| w == s)
                .ok_or_else(|| self.error(Expected::OneOf(words))),
            None => Err(self.error(Expected::Present)),
            _ => Err(self.error(Expected::OneOf(words))),
        }
    }

    /// Reads every element of a list (an absent list reads as empty).
    pub fn list<T>(
        &self,
        mut read: impl FnMut(Field) -> Result<T, ShapeError>,
    ) -> Result<Vec<T>, ShapeError> {
        match self.value {
            None | Some(Json::Null) => Ok(Vec::new()),
            Some(Json::Arr(items)) => items
                .iter()
                .enumerate()
                .map(|(index, item)| {
                    let path = Path::Index(self.path, index);
                    read(Field {
                        value: Some(item),
                        path: &path,
                    })
                })
                .collect(),
            _ => Err(self.error(Expected::List)),
        }
    }

    /// The fields of an object, as (key, field) pairs.
    pub fn entries<T>(
        &self,
        mut read: impl FnMut(&str, Field) -> Result<T, ShapeError>,
    ) -> Result<Vec<T>, ShapeError> {
        match self.value {
            Some(Json::Obj(fields)) => fields
                .iter()
                .map(|(key, value)| {
                    let path = Path::Key(self.path, key);
                    read(
                        key,
                        Field {
                            value: Some(value),
                            path: &path,
                        },
                    )
                })
                .collect(),
            None => Err(self.error(Expected::Present)),
            _ => Err(self.error(Expected::Object)),
        }
    }

    /// Fails unless the value is an object (or absent, when `optional`).
    pub fn object(&self, optional: bool) -> Result<(), ShapeError> {
        match self.value {
            Some(Json::Obj(_)) => Ok(()),
            None | Some(Json::Null) if optional => Ok(()),
            None => Err(self.error(Expected::Present)),
            _ => Err(self.error(Expected::Object)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_every_kind_of_value() {
        let value = parse(
            r#" {"a": [1, -2, 3.5, 1e3, true, false, null], "b": "x\"y\\z\/\u00e9\n", "c": {}} "#,
        )
        .unwrap();
        assert_eq!(
            value,
            Json::Obj(vec![
                (
                    "a".into(),
                    Json::Arr(vec![
                        Json::Int(1),
                        Json::Int(-2),
                        Json::OtherNumber("3.5".into()),
                        Json::OtherNumber("1e3".into()),
                        Json::Bool(true),
                        Json::Bool(false),
                        Json::Null
                    ])
                ),
                ("b".into(), Json::Str("x\"y\\z/é\n".into())),
                ("c".into(), Json::Obj(vec![])),
            ])
        );
    }

    #[test]
    fn reads_surrogate_pairs_and_replaces_lone_halves() {
        assert_eq!(parse(r#""\ud83d\ude00""#), Ok(Json::Str("😀".into())));
        assert_eq!(parse(r#""\ud800x""#), Ok(Json::Str("\u{FFFD}x".into())));
        assert_eq!(
            parse(r#""\ud800\u0041""#),
            Ok(Json::Str("\u{FFFD}A".into()))
        );
        assert_eq!(parse(r#""\udc00""#), Ok(Json::Str("\u{FFFD}".into())));
    }

    #[test]
    fn a_huge_integer_is_kept_as_another_number() {
        assert_eq!(
            parse("99999999999999999999"),
            Ok(Json::OtherNumber("99999999999999999999".into()))
        );
        assert_eq!(parse("-9223372036854775808"), Ok(Json::Int(i64::MIN)));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in [
            "",
            " ",
            "{",
            "}",
            "[1,]",
            "{\"a\":1,}",
            "{a:1}",
            "'x'",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "tru",
            "nul",
            "\"abc",
            "\"\\x\"",
            "\"\\u12\"",
            "\"a\u{1}b\"",
            "[1 2]",
            "{\"a\" 1}",
            "1 2",
            "NaN",
            "\u{feff}1",
        ] {
            assert!(parse(text).is_err(), "{text:?} should be refused");
        }
    }

    #[test]
    fn refuses_deep_nesting_without_overflowing_the_stack() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).map_err(|e| e.too_deep), Err(true));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn writes_compact_and_pretty() {
        let value = ObjBuilder::new()
            .text("a", "x\"\n\u{1}")
            .int("b", -3)
            .put("c", Json::Arr(vec![Json::Null, Json::Bool(true)]))
            .put("d", Json::Obj(vec![]))
            .build();
        assert_eq!(
            value.to_text(),
            r#"{"a":"x\"\n\u0001","b":-3,"c":[null,true],"d":{}}"#
        );
        assert_eq!(
            value.to_pretty_text(),
            "{\n  \"a\": \"x\\\"\\n\\u0001\",\n  \"b\": -3,\n  \"c\": [\n    null,\n    true\n  ],\n  \"d\": {}\n}\n"
        );
    }

    #[test]
    fn fields_say_where_a_value_is_wrong() {
        let value = parse(r#"{"blocks":[{"items":[{"id":5}]}]}"#).unwrap();
        let error = Field::root(&value)
            .with("blocks", |blocks| {
                blocks.list(|block| {
                    block.with("items", |items| {
                        items.list(|item| item.with("id", |id| id.text()))
                    })
                })
            })
            .unwrap_err();
        assert_eq!(
            error,
            ShapeError {
                path: "blocks[0].items[0].id".into(),
                expected: Expected::Text
            }
        );
        let missing = Field::root(&value).with("name", |f| f.text()).unwrap_err();
        assert_eq!(missing.expected, Expected::Present);
        assert_eq!(missing.path, "name");
    }

    fn any_json() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<i64>().prop_map(Json::Int),
            "\\PC{0,20}".prop_map(Json::Str),
            "[\\x00-\\x1f\"\\\\]{0,5}".prop_map(Json::Str),
        ];
        leaf.prop_recursive(4, 40, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Json::Arr),
                proptest::collection::vec(("\\PC{0,8}", inner), 0..6).prop_map(Json::Obj),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_value_round_trips(value in any_json()) {
            prop_assert_eq!(parse(&value.to_text()), Ok(value.clone()));
            prop_assert_eq!(parse(&value.to_pretty_text()), Ok(value));
        }

        #[test]
        fn agrees_with_serde_json_on_what_is_json(text in "[\\[\\]{}\":,0-9a-z.\\-+ \\\\]{0,40}") {
            let ours = parse(&text).is_ok();
            let theirs = serde_json::from_str::<serde_json::Value>(&text).is_ok();
            // serde_json accepts deeper nesting than we do, but nothing at this size.
            prop_assert_eq!(ours, theirs, "{:?}", text);
        }

        #[test]
        fn writes_what_serde_json_reads(value in any_json()) {
            prop_assert!(serde_json::from_str::<serde_json::Value>(&value.to_text()).is_ok());
        }
    }
}
