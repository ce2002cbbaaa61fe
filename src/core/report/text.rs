//! The documents as plain text, for an e-mail or a chat: headings and paragraphs on lines of
//! their own, a blank line before each heading, list items as "- …", what belongs to an item
//! indented under it, quotations in curly quotes. Each document writes itself with [`Text`]
//! from the same model the page draws, so that the two always say the same.

/// Plain text being written, line by line.
#[derive(Debug, Default)]
pub struct Text {
    lines: Vec<String>,
}

impl Text {
    pub fn new() -> Text {
        Text::default()
    }

    fn after_blank(&mut self) {
        if self.lines.last().is_some_and(|line| !line.is_empty()) {
            self.lines.push(String::new());
        }
    }

    fn push(&mut self, line: String) {
        let line = line.trim();
        if !line.is_empty() {
            self.lines.push(line.to_string());
        }
    }

    /// A heading, after a blank line.
    pub fn heading(&mut self, heading: &str) {
        self.after_blank();
        self.push(heading.to_string());
    }

    /// A paragraph (nothing when it is empty).
    pub fn line(&mut self, line: impl Into<String>) {
        self.push(line.into());
    }

    /// An item of a list.
    pub fn item(&mut self, item: impl AsRef<str>) {
        let item = item.as_ref().trim();
        if !item.is_empty() {
            self.lines.push(format!("- {item}"));
        }
    }

    /// A line that belongs to the item above it.
    pub fn under(&mut self, line: impl AsRef<str>) {
        let line = line.as_ref().trim();
        if !line.is_empty() {
            self.lines.push(format!("  {line}"));
        }
    }

    /// The text, ending in one newline. Soft hyphens (hints for the screen's hyphenation in the
    /// profile's long compounds) are left out.
    pub fn finish(mut self) -> String {
        while self.lines.last().is_some_and(|line| line.is_empty()) {
            self.lines.pop();
        }
        let mut out = self.lines.join("\n").replace('\u{ad}', "");
        out.push('\n');
        out
    }
}

/// `text` in curly quotes, as a quotation reads in plain text.
pub fn quoted(text: &str) -> String {
    format!("“{text}”")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_lists_and_what_belongs_to_an_item() {
        let mut text = Text::new();
        text.line("Summary — Anna");
        text.line("  ");
        text.line("2026-11-25");
        text.heading("Strengths");
        text.item(format!(
            "Communication · 4 — {}",
            quoted("Wrote the letter")
        ));
        text.under("Manager: “Leads the team”");
        text.heading("Goals");
        text.line("None\u{ad}thing.");
        assert_eq!(
            text.finish(),
            "Summary — Anna\n2026-11-25\n\nStrengths\n- Communication · 4 — “Wrote the letter”\n  Manager: “Leads the team”\n\nGoals\nNonething.\n"
        );
    }

    #[test]
    fn a_heading_at_the_top_has_no_blank_line_before_it() {
        let mut text = Text::new();
        text.heading("Title");
        text.heading("Next");
        assert_eq!(text.finish(), "Title\n\nNext\n");
    }
}
