//! Figures an association pools from its members' anonymous contributions
//! (`core::formats::contribution`): per item how many stand at each level, the median and the
//! quartiles, for all members or those at one career level; per task how many hold it. A cell
//! that fewer than [`TOO_FEW`] contributions answer shows nothing but that, so that no single
//! member can be singled out. Figures are kept in tenths (34 = 3.4): no float code.

use crate::core::formats::contribution::Contribution;
use crate::core::profile::{BlockKind, Profile};

/// Fewer contributions than this in a cell: "too few", and nothing of them is shown.
pub const TOO_FEW: usize = 5;

/// Whose figures: everyone's, or those whose levels support one career level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Group {
    #[default]
    All,
    CareerLevel(u8),
}

/// One contribution, laid out by the profile's item positions.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pooled {
    id: String,
    career_level: Option<u8>,
    /// A level (rated) or a holding (0 not held … 3 owner), per position.
    steps: Vec<Option<u8>>,
}

/// The contributions read so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pool {
    members: Vec<Pooled>,
}

/// The same file added twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Twice;

/// What one cell (an item, for a group) shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Figures {
    /// Fewer than [`TOO_FEW`] answered it.
    TooFew,
    /// A rated item: how many at each level (1 first), median and quartiles in tenths.
    Levels {
        answered: usize,
        counts: Vec<usize>,
        median: u16,
        lower: u16,
        upper: u16,
    },
    /// A task: how many at each holding (not held first).
    Holdings { answered: usize, counts: [usize; 4] },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PooledRow {
    pub position: usize,
    pub block: usize,
    pub kind: BlockKind,
    pub figures: Figures,
}

/// A quantile (`quarters`: 1 the lower quartile, 2 the median, 3 the upper) of sorted levels,
/// in tenths, interpolated between the nearest two (as a spreadsheet's QUARTILE.INC does) and
/// rounded half up.
pub fn quantile(sorted: &[u8], quarters: usize) -> u16 {
    let Some(last) = sorted.len().checked_sub(1) else {
        return 0;
    };
    let at = quarters * last;
    let (i, part) = (at / 4, at % 4);
    let low = u32::from(sorted[i]);
    let high = u32::from(sorted[(i + 1).min(last)]);
    // tenths = low·10 + (high − low)·10·part/4, rounded half up
    ((low * 40 + (high - low) * 10 * part as u32 + 2) / 4) as u16
}

impl Pool {
    /// Adds a contribution (read and checked for this profile); the same one twice is refused.
    pub fn add(&mut self, profile: &Profile, contribution: Contribution) -> Result<(), Twice> {
        if self.members.iter().any(|m| m.id == contribution.id) {
            return Err(Twice);
        }
        let mut steps = Vec::with_capacity(profile.item_count());
        for block in &profile.blocks {
            for item in &block.items {
                steps.push(match block.kind {
                    BlockKind::Rated => contribution.levels.get(&item.id).map(|l| l.0),
                    BlockKind::Held => contribution.held.get(&item.id).map(|h| h.index() as u8),
                });
            }
        }
        self.members.push(Pooled {
            id: contribution.id,
            career_level: contribution.career_level,
            steps,
        });
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// How many contributions each group has: all, then each career level of the profile.
    pub fn groups(&self, profile: &Profile) -> Vec<(Group, usize)> {
        let mut groups = vec![(Group::All, self.members.len())];
        for career in &profile.career_levels {
            let n = self
                .members
                .iter()
                .filter(|m| m.career_level == Some(career.level))
                .count();
            groups.push((Group::CareerLevel(career.level), n));
        }
        groups
    }

    /// Every item's figures for `group`, in profile order.
    pub fn figures(&self, profile: &Profile, group: Group) -> Vec<PooledRow> {
        let members: Vec<&Pooled> = self
            .members
            .iter()
            .filter(|m| match group {
                Group::All => true,
                Group::CareerLevel(level) => m.career_level == Some(level),
            })
            .collect();
        let top = usize::from(profile.top_level());
        let mut rows = Vec::with_capacity(profile.item_count());
        let mut position = 0;
        for (block, section) in profile.blocks.iter().enumerate() {
            for _ in &section.items {
                let mut steps: Vec<u8> = members
                    .iter()
                    .filter_map(|m| m.steps.get(position).copied().flatten())
                    .collect();
                let figures = if steps.len() < TOO_FEW {
                    Figures::TooFew
                } else {
                    match section.kind {
                        BlockKind::Rated => {
                            steps.sort_unstable();
                            let mut counts = vec![0; top];
                            for &s in &steps {
                                if let Some(count) = counts.get_mut(usize::from(s).wrapping_sub(1))
                                {
                                    *count += 1;
                                }
                            }
                            Figures::Levels {
                                answered: steps.len(),
                                counts,
                                median: quantile(&steps, 2),
                                lower: quantile(&steps, 1),
                                upper: quantile(&steps, 3),
                            }
                        }
                        BlockKind::Held => {
                            let mut counts = [0; 4];
                            for &s in &steps {
                                if let Some(count) = counts.get_mut(usize::from(s)) {
                                    *count += 1;
                                }
                            }
                            Figures::Holdings {
                                answered: steps.len(),
                                counts,
                            }
                        }
                    }
                };
                rows.push(PooledRow {
                    position,
                    block,
                    kind: section.kind,
                    figures,
                });
                position += 1;
            }
        }
        rows
    }
}

#[cfg(test)]
mod tests;
