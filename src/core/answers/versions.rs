//! A new version of a profile may rename, merge or split items, and says so per item
//! (`replaces`, with the previous version's items under `previous`: see `core::profile`).
//! Answers given with the previous version move to the items that replace them, once, when an
//! assessment or a role profile of that version is first opened with the new one. Nothing is
//! lost: an answer that cannot move (merged items answered differently, or an answer of the
//! other kind) stays as it was, kept as the answer to a retired item.

use crate::core::answers::assessment::Rating;
use crate::core::answers::role::Need;
use crate::core::profile::Profile;

/// What a version changed, counted from the profile file alone: what the member is told.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Changes {
    /// Items the previous version did not have, replacing none of its items.
    pub added: usize,
    /// Items that replace one item of the previous version, which no other item replaces.
    pub renamed: usize,
    /// Items that replace several.
    pub merged: usize,
    /// Items of the previous version that several items replace.
    pub split: usize,
    /// Items of the previous version that this one neither has nor replaces.
    pub retired: usize,
}

/// What the version of the profile changes, or `None` for a profile that names no previous one.
pub fn changes(profile: &Profile) -> Option<Changes> {
    let previous = profile.previous.as_ref()?;
    let replacing = |old: &str| {
        profile
            .items()
            .filter(|item| item.replaces.iter().any(|r| r == old))
            .count()
    };
    let mut changes = Changes::default();
    for item in profile.items() {
        match item.replaces.as_slice() {
            [] if !previous.items.contains(&item.id) => changes.added += 1,
            [] => {}
            [old] if replacing(old) > 1 => {}
            [old] if *old != item.id => changes.renamed += 1,
            [_] => {}
            _ => changes.merged += 1,
        }
    }
    for old in &previous.items {
        match replacing(old) {
            0 if !profile.has_item(old) => changes.retired += 1,
            n if n > 1 => changes.split += 1,
            _ => {}
        }
    }
    Some(changes)
}

/// An answer to one item: a rating, or a role's need.
pub trait Answer: Clone {
    fn item(&self) -> &str;
    fn set_item(&mut self, item: &str);
    fn is_blank(&self) -> bool;
    /// The same answer, for items that are merged: then it moves to the merged item.
    fn alike(&self, other: &Self) -> bool;
    /// Takes in what else `other` says (a rating's note), for a merge.
    fn join(&mut self, _other: &Self) {}
    /// Whether the answer is of the kind its item takes in `profile`.
    fn fits(&self, profile: &Profile) -> bool;
}

impl Answer for Rating {
    fn item(&self) -> &str {
        &self.item
    }
    fn set_item(&mut self, item: &str) {
        self.item = item.to_string();
    }
    fn is_blank(&self) -> bool {
        Rating::is_blank(self)
    }
    fn alike(&self, other: &Rating) -> bool {
        (self.current, self.target, self.held) == (other.current, other.target, other.held)
    }
    fn join(&mut self, other: &Rating) {
        let note = other.evidence.trim();
        if !note.is_empty() && !self.evidence.contains(note) {
            self.evidence = match self.evidence.trim() {
                "" => note.to_string(),
                mine => format!("{mine}\n{note}"),
            };
        }
    }
    fn fits(&self, profile: &Profile) -> bool {
        self.problem(profile).is_none()
    }
}

impl Answer for Need {
    fn item(&self) -> &str {
        &self.item
    }
    fn set_item(&mut self, item: &str) {
        self.item = item.to_string();
    }
    fn is_blank(&self) -> bool {
        Need::is_blank(self)
    }
    fn alike(&self, other: &Need) -> bool {
        (self.level, self.requirement) == (other.level, other.requirement)
    }
    fn fits(&self, profile: &Profile) -> bool {
        use crate::core::profile::BlockKind;
        match profile.kind_of(&self.item) {
            Some(BlockKind::Rated) => self.requirement.is_none(),
            Some(BlockKind::Held) => self.level.is_none(),
            None => true,
        }
    }
}

/// Moves the answers of `answers` — laid out for `profile`, answers to retired items after
/// its items (see `Assessment::for_profile`) — to the items that replace theirs, where the new
/// item has no answer yet. Returns how many items got an answer so.
pub fn carry_over<A: Answer>(profile: &Profile, answers: &mut Vec<A>) -> usize {
    let mut carried = 0;
    let mut moved: Vec<String> = Vec::new();
    for (position, item) in profile.items().enumerate() {
        if item.replaces.is_empty() || !answers.get(position).is_some_and(A::is_blank) {
            continue;
        }
        let old: Vec<&A> = item
            .replaces
            .iter()
            .filter_map(|id| answers.iter().find(|a| a.item() == id && !a.is_blank()))
            .collect();
        let Some((first, rest)) = old.split_first() else {
            continue;
        };
        // Merged items answered differently: which answer is right is the member's to say.
        if !rest.iter().all(|other| other.alike(first)) {
            continue;
        }
        let mut answer = (*first).clone();
        for other in rest {
            answer.join(other);
        }
        answer.set_item(&item.id);
        if !answer.fits(profile) {
            continue;
        }
        moved.extend(old.iter().map(|a| a.item().to_string()));
        answers[position] = answer;
        carried += 1;
    }
    // An answer that moved is not kept a second time for its retired item.
    answers.retain(|a| profile.has_item(a.item()) || !moved.iter().any(|m| m == a.item()));
    carried
}

#[cfg(test)]
mod tests;
