//! Saving: what the browser holds is read once, at start (an entry that cannot be read is set
//! aside first, answers the profile cannot use are kept aside); every change is written once
//! after the next paint, and at once when the page is hidden or left. Before a write, what is
//! stored is read, and when the browser says another tab wrote: if another tab wrote since,
//! the two are merged (`core::visit::merge::meet`) and, when the merge holds something storage lacks,
//! it is written; the other tab, told by the browser, merges it in turn.

use leptos::prelude::*;

use super::listening::while_mounted;
use super::session::Session;
use crate::core::answers::workbook::Workbook;
use crate::core::formats::stored::{backup_key, restore, Restored, STORAGE_KEY};
use crate::core::profile::Profile;
use crate::core::visit::merge::{meet, Meeting};
use crate::core::words::notice::Notice;
use crate::web::{self, WriteError};

#[derive(Clone, Copy)]
pub struct Saving {
    can_save: StoredValue<bool>,
    /// What storage held when this tab last read or wrote it, as text.
    last_raw: StoredValue<Option<String>>,
    /// What this tab last read from storage (never what it wrote itself): what both tabs had in
    /// common, the base of a merge (see `core::visit::merge::meet`).
    base: StoredValue<Option<Workbook>>,
    /// A write is scheduled for after the next paint.
    due: StoredValue<bool>,
    /// Something changed that storage does not hold yet.
    unsaved: StoredValue<bool>,
}

/// What the browser held at start.
pub struct Loaded {
    /// Laid out for the profile, without the answers it cannot use.
    pub book: Workbook,
    pub notices: Vec<Notice>,
    pub saving: Saving,
}

impl Saving {
    fn new(
        can_save: bool,
        last_raw: Option<String>,
        base: Option<Workbook>,
        unsaved: bool,
    ) -> Saving {
        Saving {
            can_save: StoredValue::new(can_save),
            last_raw: StoredValue::new(last_raw),
            base: StoredValue::new(base),
            due: StoredValue::new(false),
            unsaved: StoredValue::new(unsaved),
        }
    }

    /// Reads what this browser holds, and sets aside what cannot be used.
    pub fn load(profile: &Profile) -> Loaded {
        let today = web::today();
        let mut notices = Vec::new();
        let mut can_save = true;
        let mut book = if !web::available() {
            notices.push(Notice::StorageUnavailable);
            can_save = false;
            Workbook::new(&today)
        } else {
            match restore(web::read(STORAGE_KEY).as_deref(), &today) {
                Restored::Fresh => Workbook::new(&today),
                Restored::Loaded(book) => book,
                Restored::Unreadable { problem, .. } => {
                    let key = backup_key(web::now_ms());
                    match web::copy_entry(STORAGE_KEY, &key) {
                        Ok(()) => notices.push(Notice::Unreadable { key, problem }),
                        Err(_) => {
                            notices.push(Notice::BackupFailed);
                            can_save = false;
                        }
                    }
                    Workbook::new(&today)
                }
            }
        };
        let last_raw = if can_save {
            web::read(STORAGE_KEY)
        } else {
            None
        };
        book.lay_out(profile);
        // What was stored is what a merge with another tab's write starts from.
        let base = last_raw.is_some().then(|| book.clone());
        let mut unsaved = false;
        // A new version of the profile: said once, since the upgraded book is then saved.
        if let Some(carried) = book.carry_over(profile) {
            notices.push(Notice::ProfileUpdated(carried));
            unsaved = true;
        }
        if let Some(aside) = book.take_unusable(profile) {
            let key = backup_key(web::now_ms() + 1);
            match web::write_json(&key, &aside.json) {
                Ok(()) => {
                    notices.push(Notice::AnswersSetAside {
                        key,
                        count: aside.count,
                        first: aside.first,
                    });
                    // The stored entry is to be written without them.
                    unsaved = true;
                }
                Err(_) => {
                    notices.push(Notice::BackupFailed);
                    can_save = false;
                }
            }
        }
        Loaded {
            book,
            notices,
            saving: Saving::new(can_save, last_raw, base, unsaved),
        }
    }

    /// A first visit: nothing stored yet, nothing to say (the page the build pre-renders,
    /// `ui::first_paint`).
    pub fn first_visit(profile: &Profile) -> Loaded {
        let mut book = Workbook::new(&web::today());
        book.lay_out(profile);
        Loaded {
            book,
            notices: Vec::new(),
            saving: Saving::new(true, None, None, false),
        }
    }

    /// The embed builder's preview: a first visit that keeps nothing (see
    /// `EmbedOptions::keeps_nothing`); the builder's own data in this browser is neither read
    /// nor written.
    pub fn preview(profile: &Profile) -> Loaded {
        let mut loaded = Saving::first_visit(profile);
        loaded.saving = Saving::new(false, None, None, false);
        loaded
    }

    /// Starts listening to other tabs and to the page being left; writes what is due at start.
    /// Otherwise nothing is written until the user changes something: an older format stays
    /// as it is.
    pub fn start(&self, session: Session) {
        if !self.can_save.get_value() {
            return;
        }
        let saving = *self;
        // Every change the user makes counts one edit; a write follows the next paint.
        // Changes made before this effect first runs (clicks on the page before the app took
        // over) count too: it compares with none made, not with what it first sees.
        Effect::new(move |seen: Option<u64>| {
            let edits = session.edits.get();
            if edits != seen.unwrap_or(0) {
                saving.schedule(session);
            }
            edits
        });
        let other_tab =
            web::on_change_in_other_tab(STORAGE_KEY, move |_| saving.other_tab_wrote(session));
        let leaving = web::on_leave(move || saving.save_now(session));
        while_mounted(other_tab.into_iter().chain(leaving));
        if self.unsaved.get_value() {
            self.unsaved.set_value(false);
            self.schedule(session);
        }
    }

    /// Saves once after the next paint, however many changes come before it.
    fn schedule(&self, session: Session) {
        if !self.can_save.get_value() {
            return;
        }
        self.unsaved.set_value(true);
        if self.due.get_value() {
            return;
        }
        self.due.set_value(true);
        let saving = *self;
        web::after_paint(move || saving.save_now(session));
    }

    /// Writes the workbook now if anything changed since the last write (merged first with
    /// what another tab wrote meanwhile); removes the key when there is nothing worth keeping.
    pub fn save_now(&self, session: Session) {
        self.due.set_value(false);
        if !self.can_save.get_value() || !self.unsaved.get_value() {
            return;
        }
        let stored = web::read(STORAGE_KEY);
        if stored != self.last_raw.get_value() && !self.meet(session, stored.clone()) {
            return;
        }
        let wanted = session.with_book(Workbook::storage_form);
        let written = match &wanted {
            None => {
                web::remove(STORAGE_KEY);
                Ok(())
            }
            Some(json) if Some(json) == stored.as_ref() => Ok(()),
            Some(json) => web::write_json(STORAGE_KEY, json),
        };
        match written {
            Ok(()) => {
                self.last_raw.set_value(wanted);
                self.unsaved.set_value(false);
                session.screen.withdraw(&Notice::StorageFull);
            }
            Err(WriteError::Full) => session.screen.notify(Notice::StorageFull),
            Err(WriteError::Unavailable) => session.screen.notify(Notice::StorageUnavailable),
        }
    }

    /// Another tab saved or erased. What storage holds is read now, not taken from the
    /// browser's event: the event may be older than a write this tab has made meanwhile.
    fn other_tab_wrote(&self, session: Session) {
        let raw = web::read(STORAGE_KEY);
        if raw != self.last_raw.get_value() && self.meet(session, raw) {
            self.schedule(session);
        }
    }

    /// Meets what another tab stored (`raw`): this tab shows the merge of both, unless the
    /// other runs a newer version (saving stops) or erased everything (so does this tab).
    /// Returns whether this tab has something to write.
    fn meet(&self, session: Session, raw: Option<String>) -> bool {
        let today = web::today();
        let meeting = self.base.with_value(|base| {
            session.with_book(|ours| {
                meet(base.as_ref(), ours, raw.as_deref(), session.profile, &today)
            })
        });
        match meeting {
            Meeting::StopSaving(_) => {
                self.stop(session);
                false
            }
            Meeting::Erased => {
                self.take(session, Workbook::new(&today), None);
                false
            }
            Meeting::Met {
                merged,
                theirs,
                write,
            } => {
                self.base.set_value(Some(theirs));
                self.last_raw.set_value(raw);
                session.replace(merged);
                self.unsaved.set_value(write);
                write
            }
            Meeting::Write => self.unsaved.get_value(),
        }
    }

    /// Shows `book`, which storage holds as `raw`, with nothing unsaved.
    fn take(&self, session: Session, mut book: Workbook, raw: Option<String>) {
        book.lay_out(session.profile);
        self.base.set_value(raw.is_some().then(|| book.clone()));
        self.last_raw.set_value(raw);
        self.unsaved.set_value(false);
        session.replace(book);
    }

    fn stop(&self, session: Session) {
        self.can_save.set_value(false);
        session.screen.notify(Notice::OtherTabNewer);
    }

    /// Erases every key of the app and starts afresh.
    pub fn erase(&self, session: Session) {
        if self.can_save.get_value() {
            web::remove_own_keys();
        }
        let mut fresh = Workbook::new(&web::today());
        fresh.lay_out(session.profile);
        self.base.set_value(None);
        self.last_raw.set_value(None);
        self.unsaved.set_value(false);
        session.replace(fresh);
        session.screen.notices.set(vec![Notice::Erased]);
    }
}
