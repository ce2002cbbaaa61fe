//! Documents the app shows, prints and copies: the summary, the comparison, the fit and the job
//! description are each built once as a small tree of elements, then written out as HTML for the
//! screen and paper, or as plain text for an e-mail. One tree, so that the three always say the
//! same; and markup as text, so that the wasm carries one writer instead of a view type per
//! element (which is where a framework's code size goes).
//!
//! Every text and attribute value is escaped on the way out: a note or a name can never become
//! markup.

/// An element or a run of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    El(El),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct El {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub kids: Vec<Node>,
}

/// An element: `el("p").class("rule").text("…")`.
pub fn el(tag: &'static str) -> El {
    El {
        tag,
        attrs: Vec::new(),
        kids: Vec::new(),
    }
}

/// Elements that never have content.
fn is_void(tag: &str) -> bool {
    matches!(tag, "input" | "br" | "rect" | "line")
}

/// Elements whose content runs inline in the plain text.
fn is_inline(tag: &str) -> bool {
    matches!(
        tag,
        "span" | "strong" | "b" | "em" | "q" | "time" | "abbr" | "del" | "ins" | "small"
    )
}

impl El {
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> El {
        self.attrs.push((name, value.into()));
        self
    }

    pub fn class(self, class: &'static str) -> El {
        self.attr("class", class)
    }

    /// Appends text (nothing when it is empty).
    pub fn text(mut self, text: impl Into<String>) -> El {
        let text = text.into();
        if !text.is_empty() {
            self.kids.push(Node::Text(text));
        }
        self
    }

    pub fn kid(mut self, kid: El) -> El {
        self.kids.push(Node::El(kid));
        self
    }

    pub fn kid_if(self, kid: Option<El>) -> El {
        match kid {
            Some(kid) => self.kid(kid),
            None => self,
        }
    }

    pub fn kids(mut self, kids: impl IntoIterator<Item = El>) -> El {
        self.kids.extend(kids.into_iter().map(Node::El));
        self
    }

    pub fn html(&self) -> String {
        let mut out = String::new();
        self.write_html(&mut out);
        out
    }

    pub fn write_html(&self, out: &mut String) {
        out.push('<');
        out.push_str(self.tag);
        for (name, value) in &self.attrs {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            escape_into(out, value, true);
            out.push('"');
        }
        out.push('>');
        if is_void(self.tag) && self.kids.is_empty() {
            if matches!(self.tag, "rect" | "line") {
                out.push_str("</");
                out.push_str(self.tag);
                out.push('>');
            }
            return;
        }
        for kid in &self.kids {
            match kid {
                Node::El(el) => el.write_html(out),
                Node::Text(text) => escape_into(out, text, false),
            }
        }
        out.push_str("</");
        out.push_str(self.tag);
        out.push('>');
    }

    /// The document as plain text: headings and paragraphs on lines of their own, list items
    /// as "- …", a blank line before each section, quotations in curly quotes. Parts meant for
    /// the eye only (charts, marked `aria-hidden` or `data-text="skip"`) are left out; an element
    /// with `data-text` set to anything else stands for that text.
    pub fn text_form(&self) -> String {
        let mut lines: Vec<String> = Vec::new();
        self.write_text(&mut lines);
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        // Soft hyphens (hyphenation hints in the profile's long compounds) are for the screen.
        let mut out = lines.join("\n").replace('\u{ad}', "");
        out.push('\n');
        out
    }

    fn attr_value(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    fn inline_text(&self, out: &mut String) {
        // A separator the screen shows by layout (columns) and the text needs in words.
        if let Some(separator) = self.attr_value("data-sep") {
            if !out.trim().is_empty() {
                out.push_str(separator);
            }
        }
        if let Some(text) = self.attr_value("data-text") {
            if text != "skip" {
                out.push_str(text);
            }
            return;
        }
        if self.attr_value("aria-hidden") == Some("true") || self.tag == "svg" {
            return;
        }
        let quoted = self.tag == "q";
        if quoted {
            out.push('“');
        }
        for kid in &self.kids {
            match kid {
                Node::Text(text) => out.push_str(text),
                Node::El(el) => el.inline_text(out),
            }
        }
        if quoted {
            out.push('”');
        }
    }

    fn write_text(&self, lines: &mut Vec<String>) {
        if self.attr_value("data-text") == Some("skip")
            || self.attr_value("aria-hidden") == Some("true")
            || matches!(self.tag, "svg" | "figure")
        {
            return;
        }
        let has_block_kids = self
            .kids
            .iter()
            .any(|kid| matches!(kid, Node::El(el) if !is_inline(el.tag)));
        if !has_block_kids {
            let mut line = String::new();
            self.inline_text(&mut line);
            let line = line.trim().to_string();
            if line.is_empty() {
                return;
            }
            match self.tag {
                "h3" | "h4" => {
                    if lines.last().is_some_and(|l| !l.is_empty()) {
                        lines.push(String::new());
                    }
                    lines.push(line);
                }
                "li" => lines.push(format!("- {line}")),
                _ => lines.push(line),
            }
            return;
        }
        if matches!(self.tag, "section" | "header") && lines.last().is_some_and(|l| !l.is_empty()) {
            lines.push(String::new());
        }
        // A mix of inline runs and blocks: each run of inline content is a line of its own.
        let mut run = String::new();
        let flush = |run: &mut String, lines: &mut Vec<String>, tag: &str| {
            let line = run.trim();
            if !line.is_empty() {
                lines.push(if tag == "li" {
                    format!("- {line}")
                } else {
                    line.to_string()
                });
            }
            run.clear();
        };
        for kid in &self.kids {
            match kid {
                Node::Text(text) => run.push_str(text),
                Node::El(el) if is_inline(el.tag) => el.inline_text(&mut run),
                Node::El(el) => {
                    flush(&mut run, lines, self.tag);
                    if self.tag == "li" {
                        // What belongs to a list item stands indented under it.
                        let mut inner = Vec::new();
                        el.write_text(&mut inner);
                        lines.extend(inner.into_iter().map(|line| format!("  {line}")));
                    } else {
                        el.write_text(lines);
                    }
                }
            }
        }
        flush(&mut run, lines, self.tag);
    }
}

/// Escapes text for HTML: `&`, `<`, `>` always, and `"` inside attribute values.
pub fn escape_into(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text, true);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_escaped_html() {
        let doc = el("p")
            .class("x\"y")
            .text("<b>&</b>")
            .kid(el("q").text("\"quoted\""));
        assert_eq!(
            doc.html(),
            "<p class=\"x&quot;y\">&lt;b&gt;&amp;&lt;/b&gt;<q>\"quoted\"</q></p>"
        );
        assert_eq!(el("rect").attr("x", "1").html(), "<rect x=\"1\"></rect>");
        assert_eq!(
            el("input").attr("type", "radio").html(),
            "<input type=\"radio\">"
        );
    }

    #[test]
    fn writes_plain_text_with_headings_lists_and_quotes() {
        let doc = el("article")
            .kid(
                el("header")
                    .kid(el("h2").text("Summary — Anna"))
                    .kid(el("p").text("2026-11-25")),
            )
            .kid(
                el("section").kid(el("h3").text("Strengths")).kid(
                    el("ul")
                        .kid(
                            el("li")
                                .kid(el("span").text("Communication"))
                                .text(" · 4 — ")
                                .kid(el("q").text("Wrote the letter")),
                        )
                        .kid(el("li").text("Language")),
                ),
            )
            .kid(el("figure").text("a chart"))
            .kid(el("p").attr("aria-hidden", "true").text("hidden"))
            .kid(
                el("section")
                    .kid(el("h3").text("Goals"))
                    .kid(el("p").text("None.")),
            );
        assert_eq!(
            doc.text_form(),
            "Summary — Anna\n2026-11-25\n\nStrengths\n- Communication · 4 — “Wrote the letter”\n- Language\n\nGoals\nNone.\n"
        );
    }

    #[test]
    fn separators_stand_between_columns_in_the_text() {
        let row = el("li")
            .kid(el("span").text("Communication"))
            .kid(el("span").attr("data-sep", " · ").text("Self: 4"))
            .kid(el("span").attr("data-sep", " · ").text("Manager: 3"));
        assert_eq!(row.text_form(), "- Communication · Self: 4 · Manager: 3\n");
        assert_eq!(row.html(), "<li><span>Communication</span><span data-sep=\" · \">Self: 4</span><span data-sep=\" · \">Manager: 3</span></li>");
    }

    #[test]
    fn what_belongs_to_a_list_item_is_indented_under_it() {
        let item = el("li")
            .text("Leadership · ▲ 2")
            .kid(el("p").text("Manager: “Leads the team”"));
        assert_eq!(
            item.text_form(),
            "- Leadership · ▲ 2\n  Manager: “Leads the team”\n"
        );
    }

    #[test]
    fn data_text_stands_for_an_element() {
        let doc = el("p")
            .kid(el("span").attr("data-text", "+1").text("▲ 1 higher"))
            .kid(el("span").attr("data-text", "skip").text("icon"));
        assert_eq!(doc.text_form(), "+1\n");
    }
}
