//! A manager's team: several people's assessments as one people × items grid, and what it
//! shows — how many stand at or above a bar (a chosen level, or what a role profile needs),
//! where the team is thin, who holds an item alone, who could coach whom, what nobody holds.
//! Every figure here is computed from the grid, so that the page, paper and the CSV say the
//! same.

use crate::core::answers::assessment::Level;
use crate::core::answers::role::{Requirement, RoleProfile};
use crate::core::answers::workbook::Entry;
use crate::core::computed::summary::by_key;
use crate::core::profile::{BlockKind, Profile};

/// What counts as standing strong on an item.
#[derive(Debug, Clone, Copy)]
pub enum Bar<'a> {
    /// At or above this level, on every skill and characteristic.
    Level(Level),
    /// At or above the level the role profile needs, on the items it needs.
    Role(&'a RoleProfile),
}

impl Bar<'_> {
    /// The level an item at `position` asks for; None where the bar asks nothing.
    fn at(&self, position: usize) -> Option<u8> {
        match self {
            Bar::Level(level) => Some(level.0),
            Bar::Role(role) => role.needs.get(position)?.level.map(|l| l.0),
        }
    }

    /// Whether a held item at `position` is asked for (a role's required tasks; every task for
    /// a level).
    fn asks_held(&self, position: usize) -> bool {
        match self {
            Bar::Level(_) => true,
            Bar::Role(role) => role
                .needs
                .get(position)
                .is_some_and(|need| need.requirement == Some(Requirement::Required)),
        }
    }
}

/// Someone who could coach someone else on an item: at or above [`COACH`], the other at or
/// below [`LEARNER`].
pub const COACH: u8 = 4;
pub const LEARNER: u8 = 2;

/// One item across the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamRow {
    pub position: usize,
    pub block: usize,
    pub kind: BlockKind,
    /// Per person (in the team's order): the level of a rated item, the holding (0 not held
    /// … 3 owner) of a held one.
    pub steps: Vec<Option<u8>>,
    /// Per person: the level aimed at (rated items).
    pub targets: Vec<Option<u8>>,
    /// The level the bar asks for here (rated items), if it asks one.
    pub bar: Option<u8>,
    /// Whether the bar asks anything of this item: a level (rated), the item held (held).
    pub asked: bool,
    /// Who reaches the bar (rated) or holds the item at all (held), by index.
    pub strong: Vec<usize>,
    /// How many answered it at all.
    pub answered: usize,
}

/// The grid: the people (by index into the members given) and one row per item of the profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamGrid {
    pub people: usize,
    pub rows: Vec<TeamRow>,
}

/// A pair who could learn from each other on an item: (coach, learner) by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub position: usize,
    pub coach: usize,
    pub learner: usize,
}

/// How the rows are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TeamOrder {
    #[default]
    Profile,
    /// The items the fewest stand strong on first (what the bar asks nothing of last).
    Thinnest,
}

/// The grid of `members` (their assessments, laid out for `profile`) against `bar`.
pub fn team_grid(profile: &Profile, members: &[&Entry], bar: Bar) -> TeamGrid {
    let mut rows = Vec::with_capacity(profile.item_count());
    let mut position = 0;
    for (block, section) in profile.blocks.iter().enumerate() {
        for _ in &section.items {
            let steps: Vec<Option<u8>> = members
                .iter()
                .map(|m| {
                    let rating = m.assessment.ratings.get(position)?;
                    rating.step(section.kind)
                })
                .collect();
            let targets = members
                .iter()
                .map(|m| {
                    let rating = m.assessment.ratings.get(position)?;
                    (section.kind == BlockKind::Rated)
                        .then_some(rating.target.map(|l| l.0))
                        .flatten()
                })
                .collect();
            let level = match section.kind {
                BlockKind::Rated => bar.at(position),
                BlockKind::Held => None,
            };
            let asked = match section.kind {
                BlockKind::Rated => level.is_some(),
                BlockKind::Held => bar.asks_held(position),
            };
            let strong = steps
                .iter()
                .enumerate()
                .filter(|(_, step)| match (section.kind, step, level) {
                    (BlockKind::Rated, Some(s), Some(l)) => *s >= l,
                    // Held at all: occasionally, regularly or owner.
                    (BlockKind::Held, Some(s), _) => *s > 0 && asked,
                    _ => false,
                })
                .map(|(i, _)| i)
                .collect();
            rows.push(TeamRow {
                position,
                block,
                kind: section.kind,
                answered: steps.iter().flatten().count(),
                steps,
                targets,
                bar: level,
                asked,
                strong,
            });
            position += 1;
        }
    }
    TeamGrid {
        people: members.len(),
        rows,
    }
}

impl TeamGrid {
    /// The rows in `order`.
    pub fn ordered(&self, order: TeamOrder) -> Vec<&TeamRow> {
        let rows: Vec<&TeamRow> = self.rows.iter().collect();
        match order {
            TeamOrder::Profile => rows,
            TeamOrder::Thinnest => by_key(rows, |row| {
                (u64::from(!row.asked) << 32) | row.strong.len() as u64
            }),
        }
    }

    fn rated(&self) -> impl Iterator<Item = &TeamRow> {
        self.rows
            .iter()
            .filter(|row| row.kind == BlockKind::Rated && row.bar.is_some())
    }

    /// Skills and characteristics one person alone stands strong on: (row, that person).
    pub fn single_points(&self) -> Vec<(&TeamRow, usize)> {
        self.rated()
            .filter(|row| row.strong.len() == 1)
            .map(|row| (row, row.strong[0]))
            .collect()
    }

    /// Skills and characteristics nobody stands strong on.
    pub fn gaps(&self) -> Vec<&TeamRow> {
        self.rated().filter(|row| row.strong.is_empty()).collect()
    }

    /// Skills and characteristics everyone stands strong on (with two people or more).
    pub fn strengths(&self) -> Vec<&TeamRow> {
        if self.people < 2 {
            return Vec::new();
        }
        self.rated()
            .filter(|row| row.strong.len() == self.people)
            .collect()
    }

    /// Tasks and responsibilities the bar asks for that nobody holds.
    pub fn unheld(&self) -> Vec<&TeamRow> {
        self.rows
            .iter()
            .filter(|row| row.kind == BlockKind::Held && row.asked && row.strong.is_empty())
            .collect()
    }

    /// Who could coach whom: on every skill and characteristic, each person at [`COACH`] or
    /// above with each at [`LEARNER`] or below; the widest distance first.
    pub fn pairs(&self) -> Vec<Pair> {
        let mut pairs = Vec::new();
        for row in self.rows.iter().filter(|r| r.kind == BlockKind::Rated) {
            for (coach, c) in row.steps.iter().enumerate() {
                for (learner, l) in row.steps.iter().enumerate() {
                    if let (Some(c), Some(l)) = (c, l) {
                        if *c >= COACH && *l <= LEARNER {
                            pairs.push((
                                u64::from(u8::MAX - (c - l)),
                                Pair {
                                    position: row.position,
                                    coach,
                                    learner,
                                },
                            ));
                        }
                    }
                }
            }
        }
        by_key(pairs, |(key, _)| *key)
            .into_iter()
            .map(|(_, pair)| pair)
            .collect()
    }
}

#[cfg(test)]
mod tests;
