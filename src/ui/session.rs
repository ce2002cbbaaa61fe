//! The session: the one workbook of this page, its one owner. Views read it through the
//! functions below (each subscribes to the part it shows) and change it only by sending a
//! [`Change`], which `core` applies; the session then tells the parts that changed and has the
//! change saved. What is saved when, and what another tab wrote, is `ui::saving`'s; what is
//! on screen (the view, notices, choices of the comparison) is `ui::screen`'s.

use leptos::prelude::*;

use super::screen::Screen;
use crate::core::answers::assessment::Rating;
use crate::core::answers::change::{Change, Context, Effects};
use crate::core::answers::inputs::hint_line;
use crate::core::answers::role::Need;
use crate::core::answers::workbook::Workbook;
use crate::core::computed::progress::{progress, role_counts, Count, Progress};
use crate::core::profile::Profile;
use crate::core::visit::theme::Theme;
use crate::core::words::lang::Lang;
use crate::core::words::texts::{texts, Texts};
use crate::web;

/// One trigger per part of what the workbook shows, so that a rating re-runs what shows
/// answers and nothing else, and a keystroke in a name what shows names.
#[derive(Clone, Copy)]
struct Parts {
    /// An answer of the assessment on screen.
    answers: Trigger,
    /// The assessment on screen must be drawn again (another one, an import).
    layout: Trigger,
    /// The role matrix must be drawn again.
    role_layout: Trigger,
    /// A need of the role in the editor.
    needs: Trigger,
    /// Names, dates, people, aims, the lists.
    meta: Trigger,
    /// Language, colour scheme, the first-visit explanation.
    settings: Trigger,
    /// One per item position: that row's answer, or its need in the role editor. A row
    /// listens to its own, so that a rating at 5,000 items wakes one row, not 5,000.
    rows: StoredValue<Vec<Trigger>>,
}

#[derive(Clone, Copy)]
pub struct Session {
    /// Loaded once, before the app starts; it lives as long as the page.
    pub profile: &'static Profile,
    book: StoredValue<Workbook>,
    parts: Parts,
    /// Answered items of the assessment on screen, per block and overall.
    pub progress: RwSignal<Progress>,
    /// The language in use: the chosen one, else the host's, else the browser's.
    pub lang: Memo<Lang>,
    /// The colour scheme in use: the chosen one, else the host's, else the device's.
    pub theme: Memo<Theme>,
    pub intro_dismissed: Memo<bool>,
    /// The assessment on screen is an agreed one (it says what it was agreed from).
    pub agreeing: Memo<bool>,
    pub screen: Screen,
    /// How many changes worth saving this tab has made: saving follows it (`ui::saving`).
    pub edits: RwSignal<u64>,
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

impl Session {
    /// A session for `book` (laid out for `profile`).
    pub fn new(
        profile: &'static Profile,
        book: Workbook,
        default_lang: Lang,
        host_theme: Option<Theme>,
        screen: Screen,
    ) -> Session {
        let parts = Parts {
            answers: Trigger::new(),
            layout: Trigger::new(),
            role_layout: Trigger::new(),
            needs: Trigger::new(),
            meta: Trigger::new(),
            settings: Trigger::new(),
            rows: StoredValue::new((0..profile.item_count()).map(|_| Trigger::new()).collect()),
        };
        let progress = RwSignal::new(progress(profile, &book.entry().assessment));
        let book = StoredValue::new(book);
        let (settings, meta) = (parts.settings, parts.meta);
        Session {
            profile,
            book,
            parts,
            progress,
            lang: Memo::new(move |_| {
                settings.track();
                book.with_value(|b| b.language).unwrap_or(default_lang)
            }),
            theme: Memo::new(move |_| {
                settings.track();
                Theme::in_use(book.with_value(|b| b.theme), host_theme)
            }),
            intro_dismissed: Memo::new(move |_| {
                settings.track();
                book.with_value(|b| b.intro_dismissed)
            }),
            agreeing: Memo::new(move |_| {
                meta.track();
                book.with_value(|b| b.entry().agreement.is_some())
            }),
            screen,
            edits: RwSignal::new(0),
        }
    }

    // --- Changing ------------------------------------------------------------------------------

    /// Applies a change the user made, draws again what shows it, and has it saved.
    pub fn apply(&self, change: Change) -> Effects {
        let lang = self.lang.get_untracked();
        let today = web::today();
        let cx = Context {
            profile: self.profile,
            today: &today,
            now: web::now_ms(),
            lang,
            nonce: web::random(),
        };
        let effects = self.book.try_update_value(|b| b.apply(change, &cx));
        let effects = effects.unwrap_or_default();
        self.tell(effects);
        if effects.save() {
            self.edits.update(|n| *n += 1);
        }
        effects
    }

    /// Tells the views what changed.
    fn tell(&self, effects: Effects) {
        if let Some(answered) = effects.answered {
            self.progress
                .update(|p| p.apply(answered.block, answered.was, answered.is));
        }
        if effects.layout {
            let progress = self.with_book(|b| progress(self.profile, &b.entry().assessment));
            self.progress.set(progress);
            self.parts.layout.notify();
        }
        if effects.answers || effects.layout {
            self.parts.answers.notify();
        }
        if let Some(row) = effects.row {
            self.parts
                .rows
                .with_value(|rows| rows.get(row).map(|row| row.notify()));
        }
        if effects.role_layout {
            self.parts.role_layout.notify();
        }
        if effects.need.is_some() || effects.role_layout {
            self.parts.needs.notify();
        }
        if effects.meta || effects.layout || effects.role_layout {
            self.parts.meta.notify();
        }
        if effects.settings {
            self.parts.settings.notify();
        }
    }

    /// Puts another workbook in this one's place (another tab's state, merged or taken over;
    /// a fresh one after erasing), and draws again what differs.
    pub fn replace(&self, book: Workbook) {
        let effects = self.with_book(|old| {
            let assessments = old.current != book.current
                || old.entry().id != book.entry().id
                || old.entry().assessment != book.entry().assessment
                || old.entry().hints_from != book.entry().hints_from;
            let role = |b: &Workbook| b.current_role.and_then(|i| b.roles.get(i)).cloned();
            Effects {
                layout: assessments,
                role_layout: role(old) != role(&book),
                meta: true,
                settings: old.language != book.language
                    || old.theme != book.theme
                    || old.intro_dismissed != book.intro_dismissed,
                ..Effects::default()
            }
        });
        self.book.set_value(book);
        self.tell(effects);
    }

    // --- Reading -------------------------------------------------------------------------------
    // What the views read follows the language too: a title or a name is worded in it.

    /// The texts in the language in use, as they are now (for what a click or a computation
    /// says; a view's texts follow the language through [`Session::texts`]).
    pub fn t(&self) -> &'static Texts {
        texts(self.lang.get_untracked())
    }

    /// The texts in the language in use, followed: what reads them is drawn again when the
    /// language changes, or when its texts arrive after it was chosen in another tab.
    pub fn texts(&self) -> &'static Texts {
        self.screen.language_arrived.track();
        texts(self.lang.get())
    }

    /// The language in use, followed likewise (for the profile's own texts).
    pub fn language(&self) -> Lang {
        self.screen.language_arrived.track();
        self.lang.get()
    }

    /// Reads the workbook without subscribing to anything.
    pub fn with_book<R>(&self, read: impl FnOnce(&Workbook) -> R) -> R {
        self.book.with_value(read)
    }

    /// Reads the workbook and subscribes to changes of names, dates and lists.
    pub fn with_meta<R>(&self, read: impl FnOnce(&Workbook) -> R) -> R {
        self.parts.meta.track();
        self.book.with_value(read)
    }

    /// Reads the workbook and subscribes to every change of what documents show: answers,
    /// names, lists, another assessment on screen, needs.
    pub fn with_answers<R>(&self, read: impl FnOnce(&Workbook) -> R) -> R {
        self.parts.answers.track();
        self.parts.needs.track();
        self.parts.meta.track();
        self.parts.layout.track();
        self.book.with_value(read)
    }

    // The later views are drawn again whole in another language (`ui::later`): they read what
    // is worded through the `_in` forms, in the language they are drawn in, following the
    // workbook only — an effect of theirs that followed the language too could run after they
    // were gone.

    /// (id, title) of every assessment, for lists.
    pub fn entry_titles(&self) -> Vec<(String, String)> {
        self.entry_titles_in(self.language())
    }

    pub fn entry_titles_in(&self, lang: Lang) -> Vec<(String, String)> {
        self.with_meta(|b| b.titles(lang))
    }

    pub fn current_id(&self) -> String {
        self.with_meta(|b| b.entry().id.clone())
    }

    pub fn current_title(&self) -> String {
        self.current_title_in(self.language())
    }

    pub fn current_title_in(&self, lang: Lang) -> String {
        self.with_meta(|b| b.entry().title(lang))
    }

    /// (id, title) of every role profile, worded in `lang`.
    pub fn role_titles_in(&self, lang: Lang) -> Vec<(String, String)> {
        self.with_meta(|b| {
            b.roles
                .iter()
                .map(|r| {
                    (
                        r.id.clone(),
                        crate::core::answers::workbook::role_title(r, lang),
                    )
                })
                .collect()
        })
    }

    pub fn current_role_id(&self) -> Option<String> {
        self.with_meta(|b| {
            b.current_role
                .and_then(|i| b.roles.get(i))
                .map(|r| r.id.clone())
        })
    }

    /// Whose answers the hints show, when the assessment on screen has hints.
    pub fn hints_from(&self) -> Option<String> {
        let lang = self.language();
        self.with_meta(|b| {
            let id = b.entry().hints_from.as_deref()?;
            Some(b.entries[b.index_of(id)?].whose(lang))
        })
    }

    /// The answer at `position` of the assessment on screen; subscribes to that item's answer
    /// and to another assessment coming on screen.
    pub fn rating_at(&self, position: usize) -> Option<Rating> {
        self.track_row(position);
        self.parts.layout.track();
        self.book
            .with_value(|b| b.entry().assessment.ratings.get(position).cloned())
    }

    /// What the role profile in the editor needs at `position`; subscribes to its needs.
    pub fn need_at(&self, position: usize) -> Option<Need> {
        self.track_row(position);
        self.parts.role_layout.track();
        self.book.with_value(|b| {
            let role = b.roles.get(b.current_role?)?;
            role.needs.get(position).cloned()
        })
    }

    fn track_row(&self, position: usize) {
        self.parts
            .rows
            .with_value(|rows| rows.get(position).map(|row| row.track()));
    }

    /// How many of each block's items the role profile in the editor has chosen.
    pub fn role_counts(&self) -> Vec<Count> {
        self.parts.needs.track();
        self.parts.role_layout.track();
        self.book.with_value(|b| {
            b.current_role
                .and_then(|i| b.roles.get(i))
                .map(|role| role_counts(self.profile, role))
                .unwrap_or_default()
        })
    }

    /// The line beside the item at `position`, when the assessment on screen has one (see
    /// `core::answers::inputs::hint_line`): it follows that item's answer, the language, and
    /// another assessment coming on screen. (Not names: a keystroke in one must not wake every
    /// row; what a hint names changes only with what is on screen.)
    pub fn hint_line(&self, position: usize) -> Option<String> {
        let lang = self.language();
        self.track_row(position);
        self.parts.layout.track();
        self.book
            .with_value(|b| hint_line(self.profile, b, position, lang))
    }
}
