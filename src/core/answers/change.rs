//! Every change a user can make to what this browser keeps, as one typed value, and the rules
//! that apply it. The views send a [`Change`]; the workbook applies it and says what changed
//! ([`Effects`]), so that the session draws again only what shows it and saves only when there
//! is something new. Nothing else changes a workbook (another tab's state comes in through
//! `core::visit::merge`).

use crate::core::answers::assessment::{Assessment, Holding, Level, Perspective};
use crate::core::answers::role::{Requirement, RoleProfile};
use crate::core::answers::workbook::{role_title, Entry, Import, Stamps, Workbook};
use crate::core::formats::shared::{ProfileRef, Shared};
use crate::core::profile::{BlockKind, Profile};
use crate::core::visit::theme::Theme;
use crate::core::words::lang::Lang;
use crate::core::words::texts::{fill, texts};

/// What a change needs from outside the workbook: the profile, today and now, the language
/// new names are written in, and a random number for new ids (two tabs must never make the
/// same one).
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub profile: &'a Profile,
    pub today: &'a str,
    /// Milliseconds since 1970.
    pub now: u64,
    pub lang: Lang,
    pub nonce: u64,
}

/// One answer of an assessment, for the item at a position of the profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Current(Option<Level>),
    Target(Option<Level>),
    Held(Option<Holding>),
    Evidence(String),
}

/// What a role profile needs of the item at a position of the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeedChange {
    Level(Option<Level>),
    Requirement(Option<Requirement>),
}

/// A detail of the assessment on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryField {
    Name(String),
    Date(String),
    PersonName(String),
    JobTitle(String),
    Organisation(String),
    Perspective(Perspective),
    /// The role profile its summary is held against (by id), or none.
    Aim(Option<String>),
    /// Whom an agreed assessment's person agreed with (the manager who signs it).
    AgreedWith(String),
}

/// A detail of the role profile in the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoleField {
    Title(String),
    Organisation(String),
    Purpose(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// An answer of the assessment on screen.
    Answer {
        position: usize,
        answer: Answer,
    },
    /// A need of the role profile in the editor.
    Need {
        position: usize,
        need: NeedChange,
    },
    Entry(EntryField),
    /// Another assessment goes on screen.
    SwitchTo(String),
    /// A new assessment, blank or as a copy of the one on screen; it goes on screen.
    Create {
        copy: bool,
    },
    /// Deletes an assessment (the last one is replaced by a blank one).
    Delete(String),
    Role(RoleField),
    /// A new role profile, blank or as a copy of the one in the editor; it opens there.
    CreateRole {
        copy: bool,
    },
    SwitchRole(String),
    DeleteRole(String),
    /// An assessment from a link or a file, beside the user's own or over the one on screen.
    Import {
        shared: Shared,
        how: Import,
    },
    /// "Rate this person myself": the shared assessment is kept, and a blank manager's one for
    /// the same person starts, with the shared levels beside each item.
    RateAlongside(Shared),
    /// "Agree on a result": the agreed assessment `Workbook::agreement_of` starts from two
    /// others goes in, on screen. (Made by the comparison's code, so that the matrix's first
    /// load does not carry it.)
    Agreed(Box<Entry>),
    /// An assessment of this browser joins the manager's team, or leaves it.
    TeamMember {
        id: String,
        member: bool,
    },
    /// An assessment from a link or a file joins the team, beside the others (the one on
    /// screen stays). Someone already in it is not added twice (see `Workbook::in_team`).
    JoinTeam(Box<Shared>),
    /// A role profile from a link or a file.
    AddRole(RoleProfile),
    Language(Lang),
    Theme(Theme),
    DismissIntro,
}

/// One answer's place, for the progress counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answered {
    pub block: usize,
    /// Whether the item counted as answered before the change, and after.
    pub was: bool,
    pub is: bool,
}

/// What a change changed. Nothing set: the change changed nothing (the same value again, or a
/// change that does not apply), and there is nothing to draw or save.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Effects {
    /// An answer of the assessment on screen: what is computed from answers follows.
    pub answers: bool,
    /// For an answer: its block, and whether it counts as answered.
    pub answered: Option<Answered>,
    /// The assessment on screen is another one, or its answers were replaced: its matrix is
    /// drawn again.
    pub layout: bool,
    /// A need of the role profile in the editor (its block).
    pub need: Option<usize>,
    /// The item (its position) whose answer or need changed: its row alone is drawn again.
    pub row: Option<usize>,
    /// The role profile in the editor is another one, or was replaced or removed.
    pub role_layout: bool,
    /// Names, dates, people, aims, the lists of assessments and of role profiles.
    pub meta: bool,
    /// The language, the colour scheme or the first-visit explanation.
    pub settings: bool,
}

impl Effects {
    /// True when the change changed anything, which storage must then be told.
    pub fn save(&self) -> bool {
        *self != Effects::default()
    }

    /// Everything shown from the workbook: another assessment, an import.
    fn everything() -> Effects {
        Effects {
            answers: true,
            layout: true,
            role_layout: true,
            meta: true,
            ..Effects::default()
        }
    }

    fn meta() -> Effects {
        Effects {
            meta: true,
            ..Effects::default()
        }
    }

    fn roles() -> Effects {
        Effects {
            role_layout: true,
            meta: true,
            ..Effects::default()
        }
    }

    fn settings() -> Effects {
        Effects {
            settings: true,
            ..Effects::default()
        }
    }
}

/// Stamps for an assessment whose every answer is new at `now` (an import, an agreement's
/// start): its details too. (Inserted one by one: collecting a map sorts, which costs the
/// first load more code than it saves.)
fn stamped(assessment: &Assessment, now: u64) -> Stamps {
    let mut stamps = Stamps {
        meta: now,
        ..Stamps::default()
    };
    for rating in assessment.answered() {
        stamps.items.insert(rating.item.clone(), now);
    }
    stamps
}

/// Sets `field` to `value` when they differ, and says whether it did.
fn set<T: PartialEq>(field: &mut T, value: T) -> bool {
    if *field == value {
        return false;
    }
    *field = value;
    true
}

impl Workbook {
    /// Applies a change, and says what it changed.
    pub fn apply(&mut self, change: Change, cx: &Context) -> Effects {
        match change {
            Change::Answer { position, answer } => self.answer(position, answer, cx),
            Change::Need { position, need } => self.need(position, need, cx),
            Change::Entry(field) => {
                let entry = self.entry_mut();
                let changed = match field {
                    EntryField::Name(v) => set(&mut entry.name, v),
                    EntryField::Date(v) => set(&mut entry.date, v),
                    EntryField::PersonName(v) => set(&mut entry.person.name, v),
                    EntryField::JobTitle(v) => set(&mut entry.person.job_title, v),
                    EntryField::Organisation(v) => set(&mut entry.person.organisation, v),
                    // An agreed assessment is agreed, and only it is (see `Entry::views`).
                    EntryField::Perspective(v) if entry.views().contains(&v) => {
                        set(&mut entry.perspective, v)
                    }
                    EntryField::Perspective(_) => false,
                    EntryField::Aim(v) => set(&mut entry.aim, v.filter(|id| !id.is_empty())),
                    EntryField::AgreedWith(v) => match &mut entry.agreement {
                        Some(agreement) => set(&mut agreement.with, v),
                        None => false,
                    },
                };
                if !changed {
                    return Effects::default();
                }
                entry.stamps.meta = cx.now;
                Effects::meta()
            }
            Change::SwitchTo(id) => match self.index_of(&id) {
                Some(index) if index != self.current => {
                    self.current = index;
                    Effects::everything()
                }
                _ => Effects::default(),
            },
            Change::Create { copy } => {
                self.create(copy, cx);
                Effects::everything()
            }
            Change::Delete(id) => match self.index_of(&id) {
                Some(index) => {
                    self.delete(index, cx);
                    Effects::everything()
                }
                None => Effects::default(),
            },
            Change::Role(field) => {
                let Some(role) = self.current_role.and_then(|i| self.roles.get_mut(i)) else {
                    return Effects::default();
                };
                let changed = match field {
                    RoleField::Title(v) => set(&mut role.title, v),
                    RoleField::Organisation(v) => set(&mut role.organisation, v),
                    RoleField::Purpose(v) => set(&mut role.purpose, v),
                };
                if !changed {
                    return Effects::default();
                }
                role.stamps.meta = cx.now;
                Effects::meta()
            }
            Change::CreateRole { copy } => {
                self.create_role(copy, cx);
                Effects::roles()
            }
            Change::SwitchRole(id) => match self.role_index(&id) {
                Some(index) if Some(index) != self.current_role => {
                    self.current_role = Some(index);
                    Effects::roles()
                }
                _ => Effects::default(),
            },
            Change::DeleteRole(id) => match self.role_index(&id) {
                Some(index) => {
                    self.delete_role(index, cx);
                    Effects::roles()
                }
                None => Effects::default(),
            },
            Change::Import { shared, how } => {
                self.import(shared, how, cx);
                Effects::everything()
            }
            Change::RateAlongside(shared) => {
                self.rate_alongside(shared, cx);
                Effects::everything()
            }
            Change::TeamMember { id, member } => {
                let Some(index) = self.index_of(&id) else {
                    return Effects::default();
                };
                let joining = member && !self.entries[index].in_team;
                if joining && self.in_team(&self.entries[index].person).is_some() {
                    return Effects::default();
                }
                let entry = &mut self.entries[index];
                if !set(&mut entry.in_team, member) {
                    return Effects::default();
                }
                entry.stamps.meta = cx.now;
                Effects::meta()
            }
            Change::JoinTeam(shared) => {
                if self.in_team(&shared.person).is_some() {
                    return Effects::default();
                }
                let entry = Entry::from(*shared);
                let stamps = stamped(&entry.assessment, cx.now);
                let id = self.fresh_id('a', cx.now, cx.nonce);
                let mut entry = Entry {
                    id,
                    stamps,
                    in_team: true,
                    ..entry
                };
                entry.assessment =
                    Assessment::for_profile(cx.profile, std::mem::take(&mut entry.assessment));
                if let Some(agreement) = &mut entry.agreement {
                    agreement.lay_out(cx.profile);
                }
                self.entries.push(entry);
                Effects::meta()
            }
            Change::Agreed(entry) => {
                if entry.agreement.is_none() || entry.perspective != Perspective::Agreed {
                    return Effects::default();
                }
                let id = self.fresh_id('a', cx.now, cx.nonce);
                let stamps = stamped(&entry.assessment, cx.now);
                let mut entry = Entry {
                    id,
                    stamps,
                    ..*entry
                };
                entry.assessment =
                    Assessment::for_profile(cx.profile, std::mem::take(&mut entry.assessment));
                self.entries.push(entry);
                self.current = self.entries.len() - 1;
                Effects::everything()
            }
            Change::AddRole(role) => {
                let id = self.fresh_id('r', cx.now, cx.nonce);
                let role = RoleProfile::for_profile(cx.profile, role);
                self.roles.push(RoleProfile {
                    id,
                    stamps: Stamps {
                        meta: cx.now,
                        ..Stamps::default()
                    },
                    ..role
                });
                self.current_role = Some(self.roles.len() - 1);
                Effects::roles()
            }
            Change::Language(lang) => {
                if set(&mut self.language, Some(lang)) {
                    Effects::settings()
                } else {
                    Effects::default()
                }
            }
            Change::Theme(theme) => {
                if set(&mut self.theme, Some(theme)) {
                    Effects::settings()
                } else {
                    Effects::default()
                }
            }
            Change::DismissIntro => {
                if set(&mut self.intro_dismissed, true) {
                    Effects::settings()
                } else {
                    Effects::default()
                }
            }
        }
    }

    /// One answer of the assessment on screen, by the item's position in the profile. An
    /// answer that does not fit the item (a level outside the scale, a holding for a rated
    /// item) changes nothing.
    fn answer(&mut self, position: usize, answer: Answer, cx: &Context) -> Effects {
        let profile = cx.profile;
        let (Some(item), Some(block)) = (
            profile.item_at(position),
            profile
                .item_at(position)
                .and_then(|item| profile.block_index_of(item)),
        ) else {
            return Effects::default();
        };
        let kind = profile.blocks[block].kind;
        let fits =
            |level: &Option<Level>| level.is_none_or(|l| l.0 >= 1 && l.0 <= profile.top_level());
        let entry = self.entry_mut();
        let Some(rating) = entry.assessment.ratings.get_mut(position) else {
            return Effects::default();
        };
        if rating.item != item {
            return Effects::default();
        }
        let was = rating.is_answered();
        let changed = match (answer, kind) {
            (Answer::Current(level), BlockKind::Rated) if fits(&level) => {
                set(&mut rating.current, level)
            }
            (Answer::Target(level), BlockKind::Rated) if fits(&level) => {
                set(&mut rating.target, level)
            }
            (Answer::Held(holding), BlockKind::Held) => set(&mut rating.held, holding),
            (Answer::Evidence(note), _) => set(&mut rating.evidence, note),
            _ => false,
        };
        if !changed {
            return Effects::default();
        }
        let is = rating.is_answered();
        entry.stamps.items.insert(item.to_string(), cx.now);
        // The first assessment of a first visit starts before the profile is known: its first
        // answer says which version it is answered with, for when a new version comes.
        entry.profile.get_or_insert_with(|| ProfileRef::of(profile));
        Effects {
            answers: true,
            answered: Some(Answered { block, was, is }),
            row: Some(position),
            ..Effects::default()
        }
    }

    /// One need of the role profile in the editor.
    fn need(&mut self, position: usize, need: NeedChange, cx: &Context) -> Effects {
        let profile = cx.profile;
        let Some(item) = profile.item_at(position) else {
            return Effects::default();
        };
        let Some(block) = profile.block_index_of(item) else {
            return Effects::default();
        };
        let kind = profile.blocks[block].kind;
        let Some(role) = self.current_role.and_then(|i| self.roles.get_mut(i)) else {
            return Effects::default();
        };
        let Some(slot) = role.needs.get_mut(position).filter(|n| n.item == item) else {
            return Effects::default();
        };
        let changed = match (need, kind) {
            (NeedChange::Level(level), BlockKind::Rated)
                if level.is_none_or(|l| l.0 >= 1 && l.0 <= profile.top_level()) =>
            {
                set(&mut slot.level, level)
            }
            (NeedChange::Requirement(requirement), BlockKind::Held) => {
                set(&mut slot.requirement, requirement)
            }
            _ => false,
        };
        if !changed {
            return Effects::default();
        }
        role.stamps.items.insert(item.to_string(), cx.now);
        Effects {
            need: Some(block),
            row: Some(position),
            ..Effects::default()
        }
    }

    fn create(&mut self, copy: bool, cx: &Context) {
        let id = self.fresh_id('a', cx.now, cx.nonce);
        let stamps = Stamps {
            meta: cx.now,
            ..Stamps::default()
        };
        let original = self.entry();
        let entry = if copy {
            Entry {
                id,
                name: fill(texts(cx.lang).copy_of, &[("x", &original.title(cx.lang))]),
                date: cx.today.to_string(),
                hints_from: None,
                // The team has one column per person: the copy is not in it.
                in_team: false,
                stamps,
                ..original.clone()
            }
        } else {
            Entry {
                id,
                date: cx.today.to_string(),
                person: original.person.clone(),
                profile: Some(ProfileRef::of(cx.profile)),
                assessment: Assessment::for_profile(cx.profile, Assessment::default()),
                stamps,
                ..Entry::default()
            }
        };
        self.entries.push(entry);
        self.current = self.entries.len() - 1;
    }

    /// Deletes an assessment. The last one is replaced by a blank one, so there is always a
    /// matrix to fill in. Hints that pointed at it are dropped.
    fn delete(&mut self, index: usize, cx: &Context) {
        let gone = self.entries.remove(index).id;
        for entry in &mut self.entries {
            if entry.hints_from.as_deref() == Some(gone.as_str()) {
                entry.hints_from = None;
                entry.stamps.meta = cx.now;
            }
        }
        if self.entries.is_empty() {
            let id = self.fresh_id('a', cx.now, cx.nonce);
            self.entries.push(Entry {
                id,
                date: cx.today.to_string(),
                assessment: Assessment::for_profile(cx.profile, Assessment::default()),
                ..Entry::default()
            });
        }
        if self.current > index || self.current >= self.entries.len() {
            self.current = self.current.saturating_sub(1).min(self.entries.len() - 1);
        }
    }

    /// Brings in an assessment from a link or file, and shows it.
    fn import(&mut self, shared: Shared, how: Import, cx: &Context) {
        let entry = Entry::from(shared);
        // Every answer is new: each is stamped now, so that the import wins over another tab's
        // earlier change of the same item (and loses to a later one).
        let stamps = stamped(&entry.assessment, cx.now);
        match how {
            Import::OverCurrent => {
                let current = self.entry_mut();
                let id = std::mem::take(&mut current.id);
                // The answers the import does not have are removed: stamped too.
                let mut stamps = stamps;
                for rating in current.assessment.answered() {
                    stamps.items.insert(rating.item.clone(), cx.now);
                }
                *current = Entry {
                    id,
                    stamps,
                    ..entry
                };
            }
            Import::AsNew => {
                let id = self.fresh_id('a', cx.now, cx.nonce);
                self.entries.push(Entry {
                    id,
                    stamps,
                    ..entry
                });
                self.current = self.entries.len() - 1;
            }
        }
        self.lay_out(cx.profile);
    }

    fn rate_alongside(&mut self, shared: Shared, cx: &Context) {
        let person = shared.person.clone();
        self.import(shared, Import::AsNew, cx);
        let hints_from = Some(self.entry().id.clone());
        let id = self.fresh_id('a', cx.now, cx.nonce.wrapping_add(1));
        self.entries.push(Entry {
            id,
            date: cx.today.to_string(),
            perspective: Perspective::Manager,
            person,
            profile: Some(ProfileRef::of(cx.profile)),
            hints_from,
            assessment: Assessment::for_profile(cx.profile, Assessment::default()),
            stamps: Stamps {
                meta: cx.now,
                ..Stamps::default()
            },
            ..Entry::default()
        });
        self.current = self.entries.len() - 1;
    }

    fn create_role(&mut self, copy: bool, cx: &Context) {
        let id = self.fresh_id('r', cx.now, cx.nonce);
        let stamps = Stamps {
            meta: cx.now,
            ..Stamps::default()
        };
        let role = match self
            .current_role
            .and_then(|i| self.roles.get(i))
            .filter(|_| copy)
        {
            Some(original) => RoleProfile {
                id,
                title: fill(
                    texts(cx.lang).copy_of,
                    &[("x", &role_title(original, cx.lang))],
                ),
                stamps,
                ..original.clone()
            },
            None => RoleProfile::for_profile(
                cx.profile,
                RoleProfile {
                    id,
                    profile: ProfileRef::of(cx.profile),
                    stamps,
                    ..RoleProfile::default()
                },
            ),
        };
        self.roles.push(role);
        self.current_role = Some(self.roles.len() - 1);
    }

    /// Deletes a role profile; assessments aimed at it are aimed at none.
    fn delete_role(&mut self, index: usize, cx: &Context) {
        let gone = self.roles.remove(index).id;
        for entry in &mut self.entries {
            if entry.aim.as_deref() == Some(gone.as_str()) {
                entry.aim = None;
                entry.stamps.meta = cx.now;
            }
        }
        self.current_role = match self.current_role {
            _ if self.roles.is_empty() => None,
            Some(current) if current >= index => Some(current.saturating_sub(1)),
            other => other,
        };
    }
}

#[cfg(test)]
mod tests;
