//! A team as a CSV file for the spreadsheet it replaces: one row per person and item. UTF-8
//! with a byte-order mark, so that Excel reads names with umlauts right; the separator Excel
//! expects in the language (a comma where numbers have a decimal point, a semicolon where they
//! have a decimal comma); fields quoted as RFC 4180 says; and a cell that a spreadsheet would
//! run as a formula (it starts with `=`, `+`, `-` or `@`) is written as text.

use crate::core::answers::workbook::Entry;
use crate::core::profile::{BlockKind, Profile};
use crate::core::words::lang::Lang;
use crate::core::words::texts::texts;

/// The byte-order mark Excel needs to read the file as UTF-8.
pub const BOM: char = '\u{feff}';

/// One field, quoted where it must be.
fn field(value: &str, separator: char) -> String {
    // A formula in a cell would run when the file is opened: a leading quote makes it text.
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// The separator of CSV files in `lang`'s spreadsheets.
pub fn separator(lang: Lang) -> char {
    if texts(lang).decimal_mark == ',' {
        ';'
    } else {
        ','
    }
}

/// Writes `rows` (the first being the head) as CSV with the BOM, lines ending in CRLF.
pub fn write(rows: &[Vec<String>], lang: Lang) -> String {
    let separator = separator(lang);
    let mut out = String::from(BOM);
    for row in rows {
        let fields: Vec<String> = row.iter().map(|v| field(v, separator)).collect();
        out.push_str(&fields.join(&separator.to_string()));
        out.push_str("\r\n");
    }
    out
}

/// The team: per person and item, the person, whose view and when, the block and the item
/// (its words and its id), the level (a number) or the holding (a word), the target, and the
/// note when `notes`.
pub fn team_csv(profile: &Profile, members: &[&Entry], notes: bool, lang: Lang) -> String {
    let t = texts(lang);
    let mut head: Vec<String> = t
        .doc()
        .team_csv_head
        .split('|')
        .map(str::to_string)
        .collect();
    if !notes {
        head.pop();
    }
    let mut rows = vec![head];
    for member in members {
        let mut position = 0;
        for block in &profile.blocks {
            for item in &block.items {
                let rating = member.assessment.ratings.get(position);
                position += 1;
                let (level, holding, target) = match (block.kind, rating) {
                    (BlockKind::Rated, Some(r)) => (
                        r.current.map(|l| l.0.to_string()).unwrap_or_default(),
                        String::new(),
                        r.target.map(|l| l.0.to_string()).unwrap_or_default(),
                    ),
                    (BlockKind::Held, Some(r)) => (
                        String::new(),
                        r.held.map(|h| t.holding(h).to_string()).unwrap_or_default(),
                        String::new(),
                    ),
                    _ => Default::default(),
                };
                let mut row = vec![
                    member.whose(lang),
                    member.perspective.label(lang).to_string(),
                    member.date.clone(),
                    block.title.get(lang).to_string(),
                    item.text.get(lang).to_string(),
                    item.id.clone(),
                    level,
                    holding,
                    target,
                ];
                if notes {
                    row.push(rating.map(|r| r.evidence.clone()).unwrap_or_default());
                }
                rows.push(row);
            }
        }
    }
    write(&rows, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::assessment::{Assessment, Holding, Level, Rating};
    use crate::core::formats::shared::Person;
    use crate::core::profile::tests::sample;

    fn member(name: &str, note: &str) -> Entry {
        let profile = sample();
        Entry {
            date: "2026-12-01".into(),
            person: Person {
                name: name.into(),
                ..Person::default()
            },
            assessment: Assessment::for_profile(
                &profile,
                Assessment {
                    ratings: vec![
                        Rating {
                            held: Some(Holding::Owner),
                            ..Rating::new("t1")
                        },
                        Rating {
                            current: Some(Level(2)),
                            target: Some(Level(3)),
                            evidence: note.into(),
                            ..Rating::new("s1")
                        },
                    ],
                },
            ),
            ..Entry::default()
        }
    }

    #[test]
    fn one_row_per_person_and_item_with_a_bom_and_the_languages_separator() {
        let profile = sample();
        let (a, b) = (
            member("Jürgen Groß", "x"),
            member("Anna; \"de\" Vries", "=1+1"),
        );
        let csv = team_csv(&profile, &[&a, &b], true, Lang::En);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_start_matches(BOM).split("\r\n").collect();
        assert_eq!(
            lines.len(),
            1 + 2 * 5 + 1,
            "a head, five items each, the last line's end"
        );
        assert_eq!(
            lines[0],
            "Person,View,Date,Block,Item,Item id,Level,Holding,Target,Note"
        );
        assert_eq!(
            lines[1],
            "Jürgen Groß,Self,2026-12-01,Tasks,Plan,t1,,Owner,,"
        );
        assert_eq!(
            lines[3],
            "Jürgen Groß,Self,2026-12-01,Skills,Writing,s1,2,,3,x"
        );
        // Quoted where the separator or a quote is in it; a formula becomes text.
        assert!(
            lines[8].starts_with("\"Anna; \"\"de\"\" Vries\",Self,"),
            "{}",
            lines[8]
        );
        assert!(lines[8].ends_with(",2,,3,'=1+1"), "{}", lines[8]);
        // Dutch and German spreadsheets separate by semicolons.
        let dutch = team_csv(&profile, &[&a], false, Lang::Nl);
        let head = dutch.trim_start_matches(BOM).lines().next().unwrap();
        assert_eq!(head.split(';').count(), 9, "{head}");
        assert!(team_csv(&profile, &[&b], false, Lang::De).contains("\"Anna; \"\"de\"\" Vries\";"));
    }
}
