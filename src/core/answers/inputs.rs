//! The matrix's inputs: which matrix, which field and which item each stands for, and the
//! change a value of it makes; the lines a row and a block show. Every row's radio group needs a
//! name of its own; the name says the rest, so that what a visitor clicked on the page the build
//! pre-rendered, before any code had loaded, is read back into changes when the app takes over
//! (`ui::app`). The inputs are named `<matrix><field><position>` (`ac12`: the assessment's
//! current level for the profile's 13th item).

use crate::core::answers::agreement::Standing;
use crate::core::answers::assessment::{Holding, Level};
use crate::core::answers::change::{Answer, Change, NeedChange};
use crate::core::answers::role::Requirement;
use crate::core::answers::workbook::Workbook;
use crate::core::computed::progress::Count;
use crate::core::profile::{BlockKind, Profile};
use crate::core::report::{answer_words, level_line};
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

/// The line beside an item of the assessment on screen, when it has one: another assessment's
/// answer ("Anna (Self): 4 Business partner", a manager rating her assistant), or in an agreed
/// assessment what each side said and where the item stands ("Self: 4 Business partner ·
/// Manager: 3 Proactive — still open").
pub fn hint_line(
    profile: &Profile,
    book: &Workbook,
    position: usize,
    lang: Lang,
) -> Option<String> {
    let t = texts(lang);
    let entry = book.entry();
    if let Some(agreement) = &entry.agreement {
        let labels = agreement.side_labels(lang);
        let said: Vec<String> = agreement
            .sides
            .iter()
            .zip(labels)
            .map(|(side, label)| {
                let rating = side.ratings.ratings.get(position);
                format!("{label}: {}", answer_words(profile, rating, lang))
            })
            .collect();
        let line = said.join(" · ");
        return Some(
            match agreement.standing(profile, &entry.assessment, position) {
                Standing::Open => format!("{line} — {}", t.still_open),
                Standing::BothSaid => format!("{line} — {}", t.both_said),
                _ => line,
            },
        );
    }
    let other = &book.entries[book.index_of(entry.hints_from.as_deref()?)?];
    let whose = format!("{} ({})", other.whose(lang), other.perspective.label(lang));
    let rating = other.assessment.ratings.get(position);
    Some(format!("{whose}: {}", answer_words(profile, rating, lang)))
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
    use crate::core::answers::assessment::Perspective;
    use crate::core::answers::change::{Answer, Context};
    use crate::core::profile::tests::sample;

    #[test]
    fn beside_an_item_another_assessments_answer_or_what_each_side_said() {
        let profile = sample();
        let mut book = Workbook::new("2026-12-01");
        book.lay_out(&profile);
        let cx = Context {
            profile: &profile,
            today: "2026-12-06",
            now: 1,
            lang: Lang::En,
            nonce: 3,
        };
        let rate = |book: &mut Workbook, position, level| {
            book.apply(
                Change::Answer {
                    position,
                    answer: Answer::Current(Some(Level(level))),
                },
                &cx,
            );
        };
        rate(&mut book, 2, 2);
        rate(&mut book, 3, 3);
        book.entry_mut().person.name = "Anna".into();
        assert_eq!(hint_line(&profile, &book, 2, Lang::En), None, "no hints");
        let own = book.entry().id.clone();
        book.apply(Change::Create { copy: false }, &cx);
        book.entry_mut().perspective = Perspective::Manager;
        book.entry_mut().hints_from = Some(own.clone());
        assert_eq!(
            hint_line(&profile, &book, 2, Lang::En).as_deref(),
            Some("Anna (Self): 2 Two")
        );
        assert_eq!(
            hint_line(&profile, &book, 0, Lang::Nl).as_deref(),
            Some("Anna (Zelf): niet ingevuld")
        );
        rate(&mut book, 2, 2);
        rate(&mut book, 3, 1);
        let manager = book.entry().id.clone();
        let agreed = book.agreement_of(&profile, &own, &manager, "2026-12-06");
        book.apply(Change::Agreed(Box::new(agreed.unwrap())), &cx);
        assert_eq!(
            hint_line(&profile, &book, 2, Lang::En).as_deref(),
            Some("Self: 2 Two · Manager: 2 Two — both said so")
        );
        assert_eq!(
            hint_line(&profile, &book, 3, Lang::En).as_deref(),
            Some("Self: 3 Three · Manager: 1 One — still open")
        );
        rate(&mut book, 3, 3);
        assert_eq!(
            hint_line(&profile, &book, 3, Lang::De).as_deref(),
            Some("Selbst: 3 Three · Führungskraft: 1 One"),
            "settled: no longer open"
        );
        assert_eq!(
            hint_line(&profile, &book, 4, Lang::En).as_deref(),
            Some("Self: not rated · Manager: not rated"),
            "nothing to agree on"
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
}
