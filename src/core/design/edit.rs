//! Every change the designer makes to a draft, with its rules: ids made from the first name and
//! kept afterwards, levels numbered in order, items moved by keyboard or dropped elsewhere.

use super::{Band, Career, Draft, DraftProfile, Entry, Group, Market, Rule, Step, Words};
use crate::core::profile::{is_good_id, BlockKind, Previous, Share, MAX_ID, MAX_LEVELS};
use crate::core::words::lang::Lang;

/// Longest id the designer makes from a name: ids stay readable in a file.
const MADE_ID: usize = 60;

/// An id made from a name: lower case, letters and digits kept (in any script), anything else
/// one hyphen. Empty when the name has no letter or digit.
pub fn id_from(name: &str) -> String {
    let mut id = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
        if id.chars().count() >= MADE_ID {
            break;
        }
    }
    id.trim_end_matches('-').to_string()
}

/// `base`, or `base-2`, `base-3`… : the first that `taken` does not hold.
pub(super) fn unique(base: String, taken: impl Fn(&str) -> bool) -> String {
    if base.is_empty() {
        return base;
    }
    (1..)
        .map(|n| match n {
            1 => base.clone(),
            n => format!("{base}-{n}"),
        })
        .find(|id| !taken(id))
        .unwrap_or(base)
}

impl Draft {
    /// A new profile with nothing in it but its frame: one language, a scale of four levels,
    /// one block of each kind, to be named. Its version is the year of `today` (`2026-12-06`).
    pub fn blank(lang: &str, today: &str) -> Draft {
        let year = today.get(..4).unwrap_or("2026");
        let mut draft = Draft {
            profile: DraftProfile {
                schema: super::schema(),
                id: String::new(),
                version: format!("{year}.1"),
                languages: vec![lang.to_string()],
                name: Words::default(),
                levels: Vec::new(),
                blocks: Vec::new(),
                career_levels: Vec::new(),
                career_rule: None,
                market: None,
                previous: None,
            },
            translated: Vec::new(),
            fresh: true,
            last_key: 0,
        };
        for _ in 0..4 {
            draft.add_level();
        }
        draft.add_block(BlockKind::Rated);
        draft.add_block(BlockKind::Held);
        draft
    }

    /// The languages written inside the profile file.
    pub fn file_languages(&self) -> Vec<String> {
        self.profile
            .languages
            .iter()
            .filter(|code| !self.translated.contains(code))
            .cloned()
            .collect()
    }

    /// Offers the profile in a language, or no longer (its texts stay, should it come back).
    pub fn set_language(&mut self, code: &str, offered: bool) {
        let languages = &mut self.profile.languages;
        if offered && !languages.iter().any(|c| c == code) {
            languages.push(code.to_string());
        } else if !offered {
            languages.retain(|c| c != code);
            self.translated.retain(|c| c != code);
        }
    }

    /// Writes a language as a translation file beside the profile file, or inside it.
    pub fn set_translated(&mut self, code: &str, apart: bool) {
        if apart && self.profile.languages.iter().any(|c| c == code) {
            if !self.translated.iter().any(|c| c == code) {
                self.translated.push(code.to_string());
            }
        } else {
            self.translated.retain(|c| c != code);
        }
    }

    /// The profile's name in one language; a profile begun here takes its id from it.
    pub fn set_name(&mut self, lang: &str, text: &str) {
        self.profile.name.set(lang, text);
        if self.fresh {
            self.profile.id = id_from(text);
        }
    }

    /// The name was left: the profile's id, once it has one, stays as it is.
    pub fn leave_name(&mut self) {
        self.fresh &= !is_good_id(&self.profile.id);
    }

    /// The profile's id as typed: from now on it no longer follows the name.
    pub fn set_id(&mut self, id: &str) {
        self.profile.id = id.trim().to_string();
        self.fresh = false;
    }

    /// A level more at the top of the scale (at most [`MAX_LEVELS`]).
    pub fn add_level(&mut self) {
        let levels = &mut self.profile.levels;
        if levels.len() < MAX_LEVELS {
            levels.push(Step {
                level: levels.len() as u8 + 1,
                name: Words::default(),
                descriptor: Words::default(),
            });
        }
    }

    /// The top level goes; at least one stays.
    pub fn remove_level(&mut self) {
        if self.profile.levels.len() > 1 {
            self.profile.levels.pop();
        }
    }

    /// A new, empty block at the end; its key.
    pub fn add_block(&mut self, kind: BlockKind) -> u32 {
        let key = self.next_key();
        self.profile.blocks.push(Group {
            key,
            fresh: true,
            id: String::new(),
            kind,
            title: Words::default(),
            beyond_base_role: false,
            items: Vec::new(),
        });
        key
    }

    pub fn group(&self, key: u32) -> Option<&Group> {
        self.profile.blocks.iter().find(|g| g.key == key)
    }

    fn group_mut(&mut self, key: u32) -> Option<&mut Group> {
        self.profile.blocks.iter_mut().find(|g| g.key == key)
    }

    /// Where an item is: its block's position and its own.
    fn place_of(&self, key: u32) -> Option<(usize, usize)> {
        self.profile
            .blocks
            .iter()
            .enumerate()
            .find_map(|(b, g)| g.items.iter().position(|e| e.key == key).map(|i| (b, i)))
    }

    pub fn entry(&self, key: u32) -> Option<&Entry> {
        self.place_of(key)
            .map(|(b, i)| &self.profile.blocks[b].items[i])
    }

    /// A block's title in one language; a block made here takes its id from it.
    pub fn set_block_title(&mut self, key: u32, lang: &str, text: &str) {
        let taken: Vec<String> = self
            .profile
            .blocks
            .iter()
            .filter(|g| g.key != key)
            .map(|g| g.id.clone())
            .collect();
        if let Some(group) = self.group_mut(key) {
            group.title.set(lang, text);
            if group.fresh {
                group.id = unique(id_from(text), |id| taken.iter().any(|t| t == id));
            }
        }
    }

    /// The title was left: the block's id, once it has one, stays as it is.
    pub fn leave_block_title(&mut self, key: u32) {
        if let Some(group) = self.group_mut(key) {
            group.fresh &= !is_good_id(&group.id);
        }
    }

    pub fn set_beyond_base_role(&mut self, key: u32, beyond: bool) {
        if let Some(group) = self.group_mut(key) {
            group.beyond_base_role = beyond;
        }
    }

    /// Whether removing a block asks first: one with items takes its items along.
    pub fn asks_before_removing(&self, key: u32) -> bool {
        self.group(key).is_some_and(|g| !g.items.is_empty())
    }

    pub fn remove_block(&mut self, key: u32) {
        self.profile.blocks.retain(|g| g.key != key);
    }

    /// Moves a block one place up or down; false when it is already at that end.
    pub fn move_block(&mut self, key: u32, up: bool) -> bool {
        let blocks = &mut self.profile.blocks;
        let Some(at) = blocks.iter().position(|g| g.key == key) else {
            return false;
        };
        let to = if up { at.checked_sub(1) } else { Some(at + 1) };
        match to.filter(|&to| to < blocks.len()) {
            Some(to) => {
                blocks.swap(at, to);
                true
            }
            None => false,
        }
    }

    /// A new, empty item at the end of a block; its key.
    pub fn add_item(&mut self, block: u32) -> Option<u32> {
        let key = self.next_key();
        let group = self.group_mut(block)?;
        group.items.push(Entry {
            key,
            fresh: true,
            id: String::new(),
            text: Words::default(),
            replaces: Vec::new(),
            esco: None,
        });
        Some(key)
    }

    /// An item's name in one language; an item made here takes its id from it (after its
    /// block's id: `skills.planning`), unique among the profile's items.
    pub fn set_item_text(&mut self, key: u32, lang: &str, text: &str) {
        let Some((b, i)) = self.place_of(key) else {
            return;
        };
        let taken: Vec<String> = self
            .profile
            .blocks
            .iter()
            .flat_map(|g| g.items.iter())
            .filter(|e| e.key != key)
            .map(|e| e.id.clone())
            .collect();
        let group = &mut self.profile.blocks[b];
        let prefix = group.id.clone();
        let entry = &mut group.items[i];
        entry.text.set(lang, text);
        if entry.fresh {
            let made = id_from(text);
            let base = match (prefix.is_empty(), made.is_empty()) {
                (_, true) => String::new(),
                (true, false) => made,
                (false, false) => format!("{prefix}.{made}"),
            };
            let base: String = base.chars().take(MAX_ID).collect();
            entry.id = unique(base, |id| taken.iter().any(|t| t == id));
        }
    }

    /// The name was left: the item's id, once it has one, stays as it is.
    pub fn leave_item(&mut self, key: u32) {
        if let Some((b, i)) = self.place_of(key) {
            let entry = &mut self.profile.blocks[b].items[i];
            entry.fresh &= !is_good_id(&entry.id);
        }
    }

    pub fn remove_item(&mut self, key: u32) {
        for group in &mut self.profile.blocks {
            group.items.retain(|e| e.key != key);
        }
    }

    /// Moves an item one place up or down; past the first or last of its block it goes to the
    /// end or the start of the block before or after. False when there is nowhere to go.
    pub fn move_item(&mut self, key: u32, up: bool) -> bool {
        let Some((b, i)) = self.place_of(key) else {
            return false;
        };
        let blocks = &mut self.profile.blocks;
        let len = blocks[b].items.len();
        match (up, i) {
            (true, 0) if b > 0 => {
                let entry = blocks[b].items.remove(0);
                blocks[b - 1].items.push(entry);
            }
            (true, 0) => return false,
            (true, i) => blocks[b].items.swap(i, i - 1),
            (false, i) if i + 1 < len => blocks[b].items.swap(i, i + 1),
            (false, _) if b + 1 < blocks.len() => {
                let entry = blocks[b].items.remove(i);
                blocks[b + 1].items.insert(0, entry);
            }
            (false, _) => return false,
        }
        true
    }

    /// Puts an item (dragged) before another, or at the end of a block when `before` is none.
    pub fn move_item_to(&mut self, key: u32, block: u32, before: Option<u32>) {
        if before == Some(key) || self.group(block).is_none() {
            return;
        }
        let Some((b, i)) = self.place_of(key) else {
            return;
        };
        let entry = self.profile.blocks[b].items.remove(i);
        let Some(group) = self.group_mut(block) else {
            return;
        };
        let at = before
            .and_then(|before| group.items.iter().position(|e| e.key == before))
            .unwrap_or(group.items.len());
        group.items.insert(at, entry);
    }

    /// A career level more, after the last.
    pub fn add_career(&mut self) {
        let careers = &mut self.profile.career_levels;
        let level = careers.last().map_or(1, |c| c.level.saturating_add(1));
        careers.push(Career {
            level,
            name: Words::default(),
            titles: Vec::new(),
        });
    }

    pub fn remove_career(&mut self) {
        self.profile.career_levels.pop();
    }

    /// A share of the career level rule as typed: a whole number, or none (half).
    pub fn share(&self, share: Share) -> Option<u32> {
        let rule = self.profile.career_rule?;
        match share {
            Share::AtOrAbove => rule.at_or_above,
            Share::Rated => rule.rated,
        }
    }

    /// Sets a share of the career level rule as typed ("60", "60 %"); what holds no digit
    /// empties it, and a rule left with neither share goes from the file (half and half).
    pub fn set_share(&mut self, share: Share, text: &str) {
        let value = amount_from(text);
        let mut rule = self.profile.career_rule.unwrap_or_default();
        match share {
            Share::AtOrAbove => rule.at_or_above = value,
            Share::Rated => rule.rated = value,
        }
        self.profile.career_rule = (rule != Rule::default()).then_some(rule);
    }

    /// The rule's sentence as the summary will say it for this draft's skills and
    /// characteristics, or `None` while a share is out of range (said beside the field).
    pub fn rule_sentence(&self, lang: Lang) -> Option<String> {
        let rule = self.profile.career_rule.unwrap_or_default().with_half();
        if !rule.bad_shares().is_empty() {
            return None;
        }
        let ratable = self
            .profile
            .blocks
            .iter()
            .filter(|g| g.kind == BlockKind::Rated)
            .map(|g| g.items.len())
            .sum();
        Some(crate::core::report::rule_sentence(rule, ratable, lang))
    }

    /// A career level's job titles in one language, one per line: the first line is the first
    /// title in every language. A title left with no text in any language goes.
    pub fn set_titles(&mut self, level: u8, lang: &str, lines: &str) {
        let Some(career) = self
            .profile
            .career_levels
            .iter_mut()
            .find(|c| c.level == level)
        else {
            return;
        };
        let lines: Vec<&str> = lines.lines().collect();
        while career.titles.len() < lines.len() {
            career.titles.push(Words::default());
        }
        for (index, title) in career.titles.iter_mut().enumerate() {
            title.set(lang, lines.get(index).map_or("", |line| line.trim()));
        }
        // Blank lines typed between titles keep their place while being typed; at the end none.
        while career.titles.last().is_some_and(|t| t.0.is_empty()) {
            career.titles.pop();
        }
    }

    /// The job titles in one language, one per line.
    pub fn titles_in(&self, level: u8, lang: &str) -> String {
        self.profile
            .career_levels
            .iter()
            .find(|c| c.level == level)
            .map(|c| {
                c.titles
                    .iter()
                    .map(|t| t.get(lang))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default()
    }

    /// With or without a market reference.
    pub fn set_market(&mut self, shown: bool) {
        match (shown, &self.profile.market) {
            (true, None) => self.profile.market = Some(Market::default()),
            (false, Some(_)) => self.profile.market = None,
            _ => {}
        }
    }

    pub fn add_band(&mut self) {
        if let Some(market) = &mut self.profile.market {
            market.bands.push(Band::default());
        }
    }

    pub fn remove_band(&mut self, index: usize) {
        if let Some(market) = &mut self.profile.market {
            if index < market.bands.len() {
                market.bands.remove(index);
            }
        }
    }

    /// Starts the next version of the profile: what is here now becomes the version it
    /// follows (its items are what members' answers are carried over from).
    pub fn start_version(&mut self, next: &str) {
        let items = self
            .profile
            .blocks
            .iter()
            .flat_map(|g| g.items.iter())
            .map(|e| e.id.clone())
            .filter(|id| is_good_id(id))
            .collect();
        self.profile.previous = Some(Previous {
            version: self.profile.version.clone(),
            items,
        });
        self.profile.version = next.to_string();
        for entry in self
            .profile
            .blocks
            .iter_mut()
            .flat_map(|g| g.items.iter_mut())
        {
            entry.replaces.clear();
        }
    }

    /// The previous version's items no item of this one has or replaces: the ones an item may
    /// still say it replaces, with those it already does.
    pub fn replaceable(&self, key: u32) -> Vec<String> {
        let Some(previous) = &self.profile.previous else {
            return Vec::new();
        };
        let items: Vec<&Entry> = self
            .profile
            .blocks
            .iter()
            .flat_map(|g| g.items.iter())
            .collect();
        previous
            .items
            .iter()
            .filter(|old| {
                items.iter().all(|e| e.key == key || &e.id != *old)
                    || self.entry(key).is_some_and(|e| e.replaces.contains(old))
            })
            .cloned()
            .collect()
    }

    /// Says which of the previous version's items an item replaces (none, one, several).
    pub fn set_replaces(&mut self, key: u32, old: Vec<String>) {
        if let Some((b, i)) = self.place_of(key) {
            self.profile.blocks[b].items[i].replaces = old;
        }
    }

    /// Says that an item replaces one item of the previous version, or no longer does.
    /// The ESCO concept an item is, as typed; nothing typed is none.
    pub fn set_esco(&mut self, key: u32, uri: &str) {
        if let Some((b, i)) = self.place_of(key) {
            let uri = uri.trim();
            self.profile.blocks[b].items[i].esco = (!uri.is_empty()).then(|| uri.to_string());
        }
    }

    pub fn set_replacing(&mut self, key: u32, old: &str, replacing: bool) {
        if let Some((b, i)) = self.place_of(key) {
            let replaces = &mut self.profile.blocks[b].items[i].replaces;
            replaces.retain(|r| r != old);
            if replacing {
                replaces.push(old.to_string());
            }
        }
    }
}

/// Career levels of a market band as typed: "1, 2" or "3 4"; what is no level is left out.
pub fn levels_from(text: &str) -> Vec<u8> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter_map(|part| part.parse().ok())
        .collect()
}

/// A whole amount as typed (`3 000`, `3,000`, `3.000`), or none.
pub fn amount_from(text: &str) -> Option<u32> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    digits.parse().ok()
}
