//! The matrix as markup: a section per block, a row per item, a radio group per row. One
//! function writes it for every kind of matrix (an assessment, a role profile) from the
//! profile's data, with the answers already in place, so that
//!
//! - the page shipped by the build holds the real matrix before any code has loaded,
//! - the browser builds a profile of 5,000 items as fast as it parses a static page,
//! - and the wasm carries one small writer instead of a view type per element.
//!
//! A change to one answer never rewrites this markup: the browser keeps the radio checked, and
//! the app updates that row's line of text. The inputs are named `<matrix><field><position>`
//! (`ac12`: the assessment's current level for the profile's 13th item), so that one listener
//! on the matrix finds the item of any change in constant time.

use std::fmt::Write;

use super::doc::escape_into;
use super::profile::{BlockKind, Profile};
use super::report::{level_label, level_line};
use crate::core::answers::assessment::{Assessment, Holding, Level};
use crate::core::answers::change::{Answer, Change, NeedChange};
use crate::core::answers::role::{Requirement, RoleProfile};
use crate::core::computed::progress::Count;
use crate::core::formats::shared::MAX_NOTE;
use crate::core::words::lang::Lang;
use crate::core::words::texts::{fill, texts};

/// Which matrix: the first letter of every name and id in it, so that two can share a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatrixKind {
    Assessment,
    Role,
}

impl MatrixKind {
    fn prefix(self) -> char {
        match self {
            MatrixKind::Assessment => 'a',
            MatrixKind::Role => 'r',
        }
    }
}

/// What an input of the matrix stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// The current level of a rated item (0 = not rated).
    Current,
    /// The target level (the select; empty = none).
    Target,
    /// How a held item is held.
    Holding,
    /// The evidence note.
    Evidence,
    /// The level a post needs (0 = not needed).
    Needed,
    /// Whether a post includes a task (0 no, 1 optional, 2 required).
    Requirement,
}

const INPUTS: [(char, Input); 6] = [
    ('c', Input::Current),
    ('t', Input::Target),
    ('h', Input::Holding),
    ('e', Input::Evidence),
    ('l', Input::Needed),
    ('q', Input::Requirement),
];

fn letter(input: Input) -> char {
    INPUTS
        .iter()
        .find(|(_, i)| *i == input)
        .map_or('?', |(c, _)| *c)
}

/// An input's name, as the matrix writes it and [`parse_name`] reads it.
pub fn input_name(kind: MatrixKind, input: Input, position: usize) -> String {
    format!("{}{}{position}", kind.prefix(), letter(input))
}

/// Reads an input's name: which matrix, which field, which item position.
pub fn parse_name(name: &str) -> Option<(MatrixKind, Input, usize)> {
    let mut chars = name.chars();
    let kind = match chars.next()? {
        'a' => MatrixKind::Assessment,
        'r' => MatrixKind::Role,
        _ => return None,
    };
    let field = chars.next()?;
    let input = INPUTS.iter().find(|(c, _)| *c == field)?.1;
    let position = chars.as_str().parse().ok()?;
    Some((kind, input, position))
}

/// The change an input of a matrix stands for, given its new value: the level's number (0 or
/// nothing for none), the holding's index, 1 or 2 for an optional or required task, the note.
/// `None` for a value no input of the matrix gives.
pub fn change_of(
    profile: &Profile,
    kind: MatrixKind,
    input: Input,
    position: usize,
    value: &str,
) -> Option<Change> {
    let level = || -> Option<Option<Level>> {
        if value.is_empty() || value == "0" {
            return Some(None);
        }
        let n: u8 = value.parse().ok()?;
        (n >= 1 && n <= profile.top_level()).then_some(Some(Level(n)))
    };
    let answer = |answer: Answer| Some(Change::Answer { position, answer });
    let need = |need: NeedChange| Some(Change::Need { position, need });
    match (kind, input) {
        (MatrixKind::Assessment, Input::Current) => answer(Answer::Current(level()?)),
        (MatrixKind::Assessment, Input::Target) => answer(Answer::Target(level()?)),
        (MatrixKind::Assessment, Input::Holding) => answer(Answer::Held(
            value
                .parse::<usize>()
                .ok()
                .and_then(|i| Holding::ALL.get(i).copied()),
        )),
        (MatrixKind::Assessment, Input::Evidence) => answer(Answer::Evidence(value.to_string())),
        (MatrixKind::Role, Input::Needed) => need(NeedChange::Level(level()?)),
        (MatrixKind::Role, Input::Requirement) => need(NeedChange::Requirement(match value {
            "1" => Some(Requirement::Optional),
            "2" => Some(Requirement::Required),
            _ => None,
        })),
        _ => None,
    }
}

/// The id of a block's progress line, for updating it in place.
pub fn count_id(kind: MatrixKind, block: usize) -> String {
    format!("{}k{block}", kind.prefix())
}

/// What the matrix is drawn from.
pub struct Matrix<'a> {
    pub profile: &'a Profile,
    pub lang: Lang,
    pub kind: MatrixKind,
    /// The answers of an assessment matrix (laid out for the profile).
    pub assessment: Option<&'a Assessment>,
    /// The needs of a role matrix (laid out for the profile).
    pub role: Option<&'a RoleProfile>,
    /// Another assessment's levels shown beside each item, with whose they are.
    pub hints: Option<(&'a str, &'a Assessment)>,
    pub counts: &'a [Count],
}

struct Writer {
    out: String,
}

impl Writer {
    fn raw(&mut self, s: &str) -> &mut Writer {
        self.out.push_str(s);
        self
    }

    fn text(&mut self, s: &str) -> &mut Writer {
        escape_into(&mut self.out, s, true);
        self
    }

    fn num(&mut self, n: usize) -> &mut Writer {
        let _ = write!(self.out, "{n}");
        self
    }
}

/// The line under a row: the chosen level and what it means, or what a post needs.
pub fn chosen_line(
    profile: &Profile,
    kind: MatrixKind,
    level: Option<Level>,
    lang: Lang,
) -> String {
    let t = texts(lang);
    match (kind, level) {
        (MatrixKind::Role, None) => t.not_needed_line.to_string(),
        _ => level_line(profile, level, lang),
    }
}

/// The text of a block's progress line.
pub fn count_line(
    profile: &Profile,
    kind: MatrixKind,
    block: usize,
    count: Count,
    lang: Lang,
) -> String {
    let t = texts(lang);
    let template = match (kind, profile.blocks.get(block).map(|b| b.kind)) {
        (MatrixKind::Role, _) => t.progress_chosen,
        (_, Some(BlockKind::Rated)) => t.progress_rated,
        _ => t.progress_answered,
    };
    fill(
        template,
        &[
            ("answered", &count.answered.to_string()),
            ("total", &count.total.to_string()),
        ],
    )
}

/// The level guide: what each level means. Always open on a wide screen; folded on a phone,
/// where each row shows its chosen level's meaning. Both are plain markup, so that nothing
/// about the layout is decided in code.
fn scale_guide(w: &mut Writer, m: &Matrix) {
    let t = texts(m.lang);
    let p = m.kind.prefix();
    for wide in [true, false] {
        if wide {
            w.raw("<div class=\"scale-guide wide\"><h2>");
        } else {
            w.raw("<details class=\"scale-guide narrow\"><summary><h2>");
        }
        w.text(t.scale_heading).raw("</h2>");
        if !wide {
            w.raw("</summary>");
        }
        w.raw("<dl>");
        for step in &m.profile.levels {
            w.raw("<div class=\"step\"><dt><span class=\"num\">")
                .num(step.level.into())
                .raw("</span> ")
                .text(step.name.get(m.lang))
                .raw("</dt><dd");
            if wide {
                let _ = write!(w.out, " id=\"{p}d{}\"", step.level);
            }
            w.raw(">")
                .text(step.descriptor.get(m.lang))
                .raw("</dd></div>");
        }
        w.raw(if wide {
            "</dl></div>"
        } else {
            "</dl></details>"
        });
    }
}

/// One radio of a group.
struct Radio<'a> {
    value: usize,
    checked: bool,
    class: &'a str,
    /// What the button shows.
    face: &'a str,
    /// What a screen reader says, when the face alone does not say it.
    label: Option<&'a str>,
    described_by: Option<&'a str>,
}

fn radio(w: &mut Writer, name: &str, r: Radio) {
    let Radio {
        value,
        checked,
        class,
        face,
        label,
        described_by,
    } = r;
    w.raw("<label class=\"")
        .raw(class)
        .raw("\"><input type=\"radio\" name=\"");
    w.raw(name).raw("\" value=\"").num(value).raw("\"");
    if let Some(id) = described_by {
        w.raw(" aria-describedby=\"").raw(id).raw("\"");
    }
    if checked {
        w.raw(" checked");
    }
    match label {
        // The face is a number for the eye; the label says the whole level.
        Some(label) => {
            w.raw("><span class=\"face\" aria-hidden=\"true\">")
                .text(face);
            w.raw("</span><span class=\"sr-only\">")
                .text(label)
                .raw("</span></label>");
        }
        None => {
            w.raw("><span class=\"face\">")
                .text(face)
                .raw("</span></label>");
        }
    }
}

fn header_row(w: &mut Writer, m: &Matrix) {
    let t = texts(m.lang);
    w.raw("<div class=\"row header\" aria-hidden=\"true\"><span class=\"item-name\">")
        .text(t.item)
        .raw("</span><span class=\"levels\"><span>")
        .text(if m.kind == MatrixKind::Role {
            t.not_needed
        } else {
            t.not_rated
        })
        .raw("</span>");
    for step in &m.profile.levels {
        w.raw("<span><b>")
            .num(step.level.into())
            .raw("</b> ")
            .text(step.name.get(m.lang))
            .raw("</span>");
    }
    w.raw("</span>");
    if m.kind == MatrixKind::Assessment {
        w.raw("<span class=\"target\">")
            .text(t.target_level)
            .raw("</span><span class=\"evidence\">")
            .text(t.evidence)
            .raw("</span>");
    }
    w.raw("</div>");
}

/// A row's start: the item's name, then its radio group, named by it, with class `group_class`.
fn open_row(w: &mut Writer, p: char, position: usize, name: &str, group_class: &str) {
    let _ = write!(
        w.out,
        "<div class=\"row\"><span class=\"item-name\" id=\"{p}n{position}\">"
    );
    w.text(name).raw("</span>");
    let _ = write!(
        w.out,
        "<div class=\"{group_class}\" role=\"radiogroup\" aria-labelledby=\"{p}n{position}\">"
    );
}

fn rated_row(w: &mut Writer, m: &Matrix, position: usize, name: &str) {
    let t = texts(m.lang);
    let p = m.kind.prefix();
    let rating = m.assessment.and_then(|a| a.ratings.get(position));
    let current = match m.kind {
        MatrixKind::Assessment => rating.and_then(|r| r.current),
        MatrixKind::Role => m
            .role
            .and_then(|r| r.needs.get(position))
            .and_then(|n| n.level),
    };
    let group = format!(
        "{p}{}{position}",
        letter(if m.kind == MatrixKind::Role {
            Input::Needed
        } else {
            Input::Current
        })
    );
    open_row(w, p, position, name, "levels");
    radio(
        w,
        &group,
        Radio {
            value: 0,
            checked: current.is_none(),
            class: "choice none",
            face: "–",
            label: Some(if m.kind == MatrixKind::Role {
                t.not_needed
            } else {
                t.not_rated
            }),
            described_by: None,
        },
    );
    for step in &m.profile.levels {
        let label = level_label(m.profile, Level(step.level), m.lang);
        let described = format!("{p}d{}", step.level);
        radio(
            w,
            &group,
            Radio {
                value: step.level.into(),
                checked: current == Some(Level(step.level)),
                class: "choice",
                face: &step.level.to_string(),
                label: Some(&label),
                described_by: Some(&described),
            },
        );
    }
    w.raw("</div>");
    if let Some((whose, hints)) = m.hints {
        let hint = hints
            .ratings
            .get(position)
            .and_then(|r| r.current)
            .map_or_else(
                || t.unrated_short.to_string(),
                |l| level_label(m.profile, l, m.lang),
            );
        w.raw("<p class=\"hint\">")
            .text(whose)
            .raw(": ")
            .text(&hint)
            .raw("</p>");
    }
    w.raw("<p class=\"chosen\">")
        .text(&chosen_line(m.profile, m.kind, current, m.lang))
        .raw("</p>");
    if m.kind == MatrixKind::Assessment {
        let target = rating.and_then(|r| r.target);
        w.raw("<label class=\"target\"><span class=\"caption\">")
            .text(t.target_level)
            .raw("</span><select name=\"");
        let _ = write!(w.out, "{p}t{position}\" aria-label=\"");
        w.text(&fill(t.target_for, &[("item", name)]))
            .raw("\"><option value=\"\">")
            .text(t.no_target)
            .raw("</option>");
        for step in &m.profile.levels {
            w.raw("<option value=\"").num(step.level.into()).raw("\"");
            if target == Some(Level(step.level)) {
                w.raw(" selected");
            }
            w.raw(">")
                .text(&level_label(m.profile, Level(step.level), m.lang))
                .raw("</option>");
        }
        w.raw("</select></label>");
        evidence(
            w,
            m,
            position,
            name,
            rating.map_or("", |r| r.evidence.as_str()),
        );
    }
    w.raw("</div>");
}

fn evidence(w: &mut Writer, m: &Matrix, position: usize, name: &str, note: &str) {
    let t = texts(m.lang);
    w.raw("<label class=\"evidence\"><span class=\"caption\">")
        .text(t.evidence)
        .raw("</span><textarea name=\"");
    let _ = write!(
        w.out,
        "{}e{position}\" rows=\"1\" maxlength=\"{MAX_NOTE}\" aria-label=\"",
        m.kind.prefix()
    );
    w.text(&fill(t.evidence_for, &[("item", name)]))
        .raw("\" placeholder=\"")
        .text(t.evidence_hint)
        .raw("\">");
    // A textarea's content is text: escaped like any other.
    w.text(note).raw("</textarea></label>");
}

fn held_row(w: &mut Writer, m: &Matrix, position: usize, name: &str) {
    let t = texts(m.lang);
    let p = m.kind.prefix();
    open_row(w, p, position, name, "levels holdings");
    match m.kind {
        MatrixKind::Assessment => {
            let rating = m.assessment.and_then(|a| a.ratings.get(position));
            let held = rating.and_then(|r| r.held);
            let group = format!("{p}h{position}");
            for holding in Holding::ALL {
                let face = t.holding(holding);
                let checked = held == Some(holding);
                radio(
                    w,
                    &group,
                    Radio {
                        value: holding.index(),
                        checked,
                        class: "choice",
                        face,
                        label: None,
                        described_by: None,
                    },
                );
            }
            w.raw("</div>");
            if let Some((whose, hints)) = m.hints {
                let hint = hints
                    .ratings
                    .get(position)
                    .and_then(|r| r.held)
                    .map_or(t.unanswered, |h| t.holding(h));
                w.raw("<p class=\"hint\">")
                    .text(whose)
                    .raw(": ")
                    .text(hint)
                    .raw("</p>");
            }
            evidence(
                w,
                m,
                position,
                name,
                rating.map_or("", |r| r.evidence.as_str()),
            );
        }
        MatrixKind::Role => {
            let requirement = m
                .role
                .and_then(|r| r.needs.get(position))
                .and_then(|n| n.requirement);
            let group = format!("{p}q{position}");
            for (value, (choice, label)) in [
                (None, t.not_in_post),
                (Some(Requirement::Optional), t.optional),
                (Some(Requirement::Required), t.required),
            ]
            .into_iter()
            .enumerate()
            {
                let checked = requirement == choice;
                radio(
                    w,
                    &group,
                    Radio {
                        value,
                        checked,
                        class: "choice",
                        face: label,
                        label: None,
                        described_by: None,
                    },
                );
            }
            w.raw("</div>");
        }
    }
    w.raw("</div>");
}

/// Rows drawn at once before the first paint: more than any screen shows, and the whole IMA
/// profile. A larger profile gets the rest in parts after it, so that its first screen appears
/// as fast as a static page's (which the browser also paints before it has parsed the whole
/// page).
pub const FIRST_ROWS: usize = 64;
/// Rows per later part: small enough that a click between two parts waits little.
pub const ROWS_PER_PART: usize = 200;

/// The matrix in parts: the level guide and every block's heading with the rows before
/// position `first_rows`; the rows from there on come from [`rows_html`], a part at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatrixParts {
    pub first: String,
    /// Positions of the rows still to come.
    pub later: std::ops::Range<usize>,
}

/// The id of a block's rows, to append later parts to.
pub fn rows_id(kind: MatrixKind, block: usize) -> String {
    format!("{}r{block}", kind.prefix())
}

/// The whole matrix, with the level guide above it, as one piece of markup.
pub fn matrix_html(m: &Matrix) -> String {
    matrix_parts(m, usize::MAX).first
}

/// The matrix with its rows before position `first_rows` (see [`MatrixParts`]).
pub fn matrix_parts(m: &Matrix, first_rows: usize) -> MatrixParts {
    let mut w = Writer {
        out: String::with_capacity(2_000 * m.profile.item_count().min(first_rows) + 4_000),
    };
    scale_guide(&mut w, m);
    let p = m.kind.prefix();
    let id = if m.kind == MatrixKind::Role {
        "role-matrix"
    } else {
        "matrix"
    };
    let _ = write!(w.out, "<div id=\"{id}\" class=\"matrix\" tabindex=\"-1\">");
    let mut position = 0;
    for (index, block) in m.profile.blocks.iter().enumerate() {
        let kind_class = match block.kind {
            BlockKind::Rated => "block rated",
            BlockKind::Held => "block held",
        };
        let _ = write!(
            w.out,
            "<section class=\"{kind_class}\" aria-labelledby=\"{p}b{index}\"><div class=\"block-head\"><h2 id=\"{p}b{index}\">"
        );
        w.text(block.title.get(m.lang));
        let count = m.counts.get(index).copied().unwrap_or_default();
        let _ = write!(w.out, "</h2><p class=\"count\" id=\"{p}k{index}\">");
        w.text(&count_line(m.profile, m.kind, index, count, m.lang));
        let _ = write!(w.out, "</p></div><div class=\"rows\" id=\"{p}r{index}\">");
        if block.kind == BlockKind::Rated {
            header_row(&mut w, m);
        }
        let end = position + block.items.len();
        row_range(&mut w, m, position..end.min(first_rows.max(position)));
        position = end;
        w.raw("</div></section>");
    }
    w.raw("</div>");
    MatrixParts {
        first: w.out,
        later: first_rows.min(position)..position,
    }
}

/// The rows at `positions` of one block.
fn row_range(w: &mut Writer, m: &Matrix, positions: std::ops::Range<usize>) {
    for position in positions {
        let Some(item) = m.profile.item_at(position) else {
            return;
        };
        let Some(block) = m.profile.block_of(item) else {
            return;
        };
        let name = m.profile.item_name(item, m.lang);
        match block.kind {
            BlockKind::Rated => rated_row(w, m, position, name),
            BlockKind::Held => held_row(w, m, position, name),
        }
    }
}

/// The rows at `positions`, grouped by block: (block index, markup to append to its rows).
pub fn rows_html(m: &Matrix, positions: std::ops::Range<usize>) -> Vec<(usize, String)> {
    let mut parts: Vec<(usize, String)> = Vec::new();
    for position in positions {
        let Some(block) = m
            .profile
            .item_at(position)
            .and_then(|i| m.profile.block_index_of(i))
        else {
            break;
        };
        if parts.last().map(|(b, _)| *b) != Some(block) {
            parts.push((block, String::new()));
        }
        if let Some((_, html)) = parts.last_mut() {
            let mut w = Writer {
                out: std::mem::take(html),
            };
            row_range(&mut w, m, position..position + 1);
            *html = w.out;
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::assessment::Rating;
    use crate::core::computed::progress::progress;
    use crate::core::profile::tests::sample;

    /// An English assessment matrix without hints or counts.
    fn plain<'a>(profile: &'a Profile, assessment: &'a Assessment) -> Matrix<'a> {
        Matrix {
            profile,
            lang: Lang::En,
            kind: MatrixKind::Assessment,
            assessment: Some(assessment),
            role: None,
            hints: None,
            counts: &[],
        }
    }

    fn assessment_html(assessment: &Assessment, hints: Option<(&str, &Assessment)>) -> String {
        let profile = sample();
        let counts = progress(&profile, assessment).blocks;
        matrix_html(&Matrix {
            profile: &profile,
            lang: Lang::En,
            kind: MatrixKind::Assessment,
            assessment: Some(assessment),
            role: None,
            hints,
            counts: &counts,
        })
    }

    #[test]
    fn a_large_matrix_comes_in_parts_that_add_up_to_the_whole() {
        let profile = sample();
        let assessment = Assessment::for_profile(&profile, Assessment::default());
        let m = plain(&profile, &assessment);
        let whole = matrix_html(&m);
        let parts = matrix_parts(&m, 3);
        assert_eq!(parts.later, 3..5, "rows 4 and 5 of the skills come later");
        let later = rows_html(&m, parts.later.clone());
        assert_eq!(later.iter().map(|(b, _)| *b).collect::<Vec<_>>(), [1]);
        // Put together as the browser does: each part appended to its block's rows.
        let mut joined = parts.first.clone();
        for (block, html) in &later {
            let open = format!("id=\"{}\">", rows_id(MatrixKind::Assessment, *block));
            let at = joined.find(&open).unwrap() + open.len();
            let close = at + joined[at..].find("</div></section>").unwrap();
            joined.insert_str(close, html);
        }
        assert_eq!(joined, whole);
        assert!(matrix_parts(&m, usize::MAX).later.is_empty());
        assert_eq!(
            rows_html(&m, 0..2)
                .iter()
                .map(|(b, _)| *b)
                .collect::<Vec<_>>(),
            [0],
            "both tasks in one part"
        );
    }

    #[test]
    fn names_tell_matrix_field_and_position() {
        for kind in [MatrixKind::Assessment, MatrixKind::Role] {
            for (_, input) in INPUTS {
                assert_eq!(
                    parse_name(&input_name(kind, input, 63)),
                    Some((kind, input, 63))
                );
            }
        }
        assert_eq!(
            parse_name("ac12"),
            Some((MatrixKind::Assessment, Input::Current, 12))
        );
        assert_eq!(
            parse_name("rq0"),
            Some((MatrixKind::Role, Input::Requirement, 0))
        );
        assert_eq!(
            parse_name("ae3"),
            Some((MatrixKind::Assessment, Input::Evidence, 3))
        );
        for bad in ["", "a", "ac", "xc1", "az1", "ac-1", "ac1x"] {
            assert_eq!(parse_name(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_answers_are_in_the_markup() {
        let profile = sample();
        let assessment = Assessment::for_profile(
            &profile,
            Assessment {
                ratings: vec![
                    Rating {
                        current: Some(Level(2)),
                        target: Some(Level(3)),
                        evidence: "</textarea><b>x</b>".into(),
                        ..Rating::new("s1")
                    },
                    Rating {
                        held: Some(Holding::Owner),
                        ..Rating::new("t2")
                    },
                ],
            },
        );
        let html = assessment_html(&assessment, None);
        assert!(
            html.contains(
                r#"<input type="radio" name="ac2" value="2" aria-describedby="ad2" checked>"#
            ),
            "{html}"
        );
        assert!(html.contains(r#"<input type="radio" name="ac3" value="0" checked>"#));
        assert!(html.contains(r#"<option value="3" selected>3 Three</option>"#));
        assert!(html.contains(r#"<input type="radio" name="ah1" value="3" checked>"#));
        assert!(
            html.contains("&lt;/textarea&gt;&lt;b&gt;x&lt;/b&gt;</textarea>"),
            "a note stays text"
        );
        assert!(html.contains("<p class=\"chosen\">Level 2 · Two: Does two</p>"));
        assert!(html.contains("id=\"ak1\">1 of 3 rated</p>"));
        assert!(html.contains("role=\"radiogroup\" aria-labelledby=\"an2\""));
        assert_eq!(html.matches("role=\"radiogroup\"").count(), 5);
        assert!(!html.contains("class=\"hint\""));
    }

    #[test]
    fn hints_show_the_other_assessments_levels() {
        let profile = sample();
        let theirs = Assessment::for_profile(
            &profile,
            Assessment {
                ratings: vec![Rating {
                    current: Some(Level(3)),
                    ..Rating::new("s1")
                }],
            },
        );
        let mine = Assessment::for_profile(&profile, Assessment::default());
        let html = assessment_html(&mine, Some(("Anna (Self)", &theirs)));
        assert!(
            html.contains("<p class=\"hint\">Anna (Self): 3 Three</p>"),
            "{html}"
        );
        assert!(html.contains("<p class=\"hint\">Anna (Self): not rated</p>"));
    }

    #[test]
    fn a_role_matrix_asks_for_needed_levels_and_tasks() {
        let profile = sample();
        let role = crate::core::answers::role::tests::role();
        let html = matrix_html(&Matrix {
            profile: &profile,
            lang: Lang::Nl,
            kind: MatrixKind::Role,
            assessment: None,
            role: Some(&role),
            hints: None,
            counts: &[],
        });
        assert!(html.contains("id=\"role-matrix\""));
        assert!(html.contains(r#"name="rq0" value="2" checked"#), "{html}");
        assert!(html.contains(r#"name="rl3" value="3" aria-describedby="rd3" checked"#));
        assert!(!html.contains("<textarea"), "a role has no notes");
        assert!(!html.contains("<select"), "nor targets");
        assert!(html.contains("Niet nodig"));
    }

    #[test]
    fn item_texts_from_a_profile_cannot_become_markup() {
        let mut json = crate::core::profile::tests::sample_json();
        json["blocks"][1]["items"][0]["text"]["en"] = "<img src=x onerror=alert(1)>\"".into();
        let profile = Profile::from_json(&json.to_string()).unwrap();
        let assessment = Assessment::for_profile(&profile, Assessment::default());
        let html = matrix_html(&plain(&profile, &assessment));
        assert!(!html.contains("<img"));
        assert!(html
            .contains("aria-label=\"Target level for &lt;img src=x onerror=alert(1)&gt;&quot;\""));
    }
}
