//! The matrix's inputs: which matrix, which field and which item each stands for, and the
//! change a value of it makes; the lines a row and a block show. Every row's radio group needs a
//! name of its own; the name says the rest, so that what a visitor clicked on the page the build
//! pre-rendered, before any code had loaded, is read back into changes when the app takes over
//! (`ui::app`). The inputs are named `<matrix><field><position>` (`ac12`: the assessment's
//! current level for the profile's 13th item).

use crate::core::answers::assessment::{Holding, Level};
use crate::core::answers::change::{Answer, Change, NeedChange};
use crate::core::answers::role::Requirement;
use crate::core::computed::progress::Count;
use crate::core::profile::{BlockKind, Profile};
use crate::core::report::level_line;
use crate::core::words::lang::Lang;
use crate::core::words::texts::{fill, texts};

/// Which matrix: the first letter of every name and id in it, so that two can share a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatrixKind {
    Assessment,
    Role,
}

impl MatrixKind {
    /// The input of a rated item's levels: the level held, or the level a post needs.
    pub fn level_input(self) -> Input {
        match self {
            MatrixKind::Assessment => Input::Current,
            MatrixKind::Role => Input::Needed,
        }
    }

    /// The first letter of its inputs' names and ids.
    pub fn prefix(self) -> char {
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

/// Rows drawn at once before the first paint: more than any screen shows, and the whole IMA
/// profile. A larger profile gets the rest in parts after it, so that its first screen appears
/// as fast as a static page's (which the browser also paints before it has parsed the whole
/// page).
pub const FIRST_ROWS: usize = 64;
/// Rows per later part: small enough that a click between two parts waits little.
pub const ROWS_PER_PART: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;

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
}
