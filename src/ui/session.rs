//! The session: the user's workbook in this tab, the signals that tell the views what changed,
//! and every action a view can take. The rules themselves are in `core` (`Workbook`, `saved`,
//! `link`, `exchange`); this module wires them to the browser, so that components only lay out.
//!
//! Per change the work is constant: an answer is written into the workbook by its position,
//! the progress counts are adjusted by that one answer, the row's line is returned for the view
//! to set, and saving happens once after the next paint, whatever came in between.

use super::reactive::*;

use crate::core::assessment::{Holding, Level, Perspective};
use crate::core::compare::{compare, ordered, Order};
use crate::core::doc::El;
use crate::core::exchange::{self, Incoming};
use crate::core::lang::Lang;
use crate::core::link::{self, LinkKind};
use crate::core::markup::{self, Input, Matrix, MatrixKind, MatrixParts};
use crate::core::notice::Notice;
use crate::core::profile::{BlockKind, Profile};
use crate::core::progress::{progress, Progress};
use crate::core::remote::{summary_due, Handback, SummaryDue};
use crate::core::report;
use crate::core::role::{fit, Requirement, RoleProfile};
use crate::core::saved::{backup_key, from_other_tab, restore, OtherTab, Restored, STORAGE_KEY};
use crate::core::shared::{Refusal, Shared};
use crate::core::summary::summarize;
use crate::core::texts::{fill, texts, Texts};
use crate::core::theme::Theme;
use crate::core::workbook::{assessment_file_name, role_title, Import, Workbook};
use crate::web::{self, WriteError};

pub use crate::core::remote::{Arrival, View};

/// What a changed answer means for its row on screen.
pub struct RowChange {
    /// The row's line of text (the chosen level and what it means).
    pub line: Option<String>,
    /// A block's progress line: (element id, text).
    pub count: Option<(String, String)>,
}

/// A text field of the assessment on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryField {
    Name,
    Date,
    PersonName,
    JobTitle,
    Organisation,
}

/// A text field of the role profile in the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleField {
    Title,
    Organisation,
    Purpose,
}

/// The stylesheet's breakpoint above which the summary stands beside the matrix.
const SUMMARY_BESIDE_MATRIX: &str = "(min-width: 100rem)";

/// Takes an answer elsewhere: the input's name and value.
type SendAnswer = fn(&str, &str);

#[derive(Clone, Copy)]
pub struct Session {
    /// Loaded once, before the app starts; it lives as long as the page.
    pub profile: &'static Profile,
    book: StoredValue<Workbook>,
    chosen_lang: RwSignal<Option<Lang>>,
    chosen_theme: RwSignal<Option<Theme>>,
    /// The colour scheme in use: the chosen one, else the host's, else the device's.
    pub theme: Signal<Theme>,
    /// The language in use: the chosen one, else the host's, else the browser's.
    pub lang: Signal<Lang>,
    pub view: RwSignal<View>,
    pub notices: RwSignal<Vec<Notice>>,
    pub intro_dismissed: RwSignal<bool>,
    /// Answered items of the assessment on screen, per block and overall.
    pub progress: RwSignal<Progress>,
    /// The matrix of the assessment on screen must be drawn again (another assessment, an
    /// import, another tab's state): not on a single answer.
    layout: Trigger,
    /// The role matrix must be drawn again.
    role_layout: Trigger,
    /// Some answer changed: documents computed from answers follow.
    answers: Trigger,
    /// Names, dates, people, the lists of assessments and roles changed.
    meta: Trigger,
    /// Something from a link or a file, shown read-only until the user decides (the views
    /// module reads it and holds it; the shell knows only what it is).
    pub incoming: RwSignal<Option<Incoming>>,
    /// What the views module says came in: while there is something, the shell gives it the
    /// pane and shows none of its own views.
    pub arrival: RwSignal<Option<Arrival>>,
    /// How many share links the address brought: the pane that reads one is drawn anew for each.
    pub links_opened: RwSignal<u32>,
    /// A link is being read (it is decompressed asynchronously).
    pub reading_link: RwSignal<bool>,
    /// Another assessment's answers beside each item, when the assessment on screen has one.
    pub hints_shown: RwSignal<bool>,
    /// The comparison: the two assessments (by id), the order, the filter.
    pub compare_ids: RwSignal<(String, String)>,
    pub compare_order: RwSignal<Order>,
    pub only_differences: RwSignal<bool>,
    /// The language of the job description, chosen apart from the interface's.
    pub job_lang: RwSignal<Lang>,
    /// The assessment held against the role in the editor (by id).
    pub fit_with: RwSignal<String>,
    /// The summary is wanted (see [`Session::want_summary_when`]); once drawn it stays, hidden
    /// while another view shows, so that printing from the matrix prints it.
    pub summary_due: RwSignal<bool>,
    /// A message after an action (copied, shared), for the status line.
    pub status: RwSignal<String>,
    /// Text to select and copy by hand when the clipboard refused, or a link to show.
    pub fallback: RwSignal<Option<(String, String)>>,
    can_save: StoredValue<bool>,
    last_saved: StoredValue<Option<String>>,
    /// A save is scheduled for after the next paint.
    save_due: StoredValue<bool>,
    /// Something changed that storage does not hold yet.
    dirty: StoredValue<bool>,
    /// The views module's side (a mirror): where its changes go instead of storage.
    handback: Option<fn(Handback)>,
    /// The main module's side: where each answer goes as well, while a view of the views
    /// module shows (it follows the ratings without being handed the whole workbook).
    answers_to: StoredValue<Option<SendAnswer>>,
    pub embedded: bool,
}

thread_local! {
    /// The colour scheme the host page asked for (`?theme=`), read once at start.
    static HOST_THEME: std::cell::Cell<Option<Theme>> = const { std::cell::Cell::new(None) };
}

/// Keeps the host's colour scheme for the session (see [`Theme::in_use`]).
pub fn set_host_theme(theme: Option<Theme>) {
    HOST_THEME.with(|t| t.set(theme));
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

impl Session {
    /// Reads what this browser holds, sets aside what cannot be used, and starts listening to
    /// other tabs and to the page being left.
    pub fn start(profile: &'static Profile, default_lang: Lang, embedded: bool) -> Session {
        let today = web::today();
        let mut notices = Vec::new();
        let mut can_save = true;
        let mut book = if !web::storage_works() {
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
        let last_saved = if can_save {
            web::read(STORAGE_KEY)
        } else {
            None
        };
        book.lay_out(profile);
        let set_aside = book.take_unusable(profile);
        let rewrite = set_aside.is_some();
        if let Some(aside) = set_aside {
            let key = backup_key(web::now_ms() + 1);
            match web::write(&key, &aside.json) {
                Ok(()) => notices.push(Notice::AnswersSetAside {
                    key,
                    count: aside.count,
                    first: aside.first,
                }),
                Err(_) => {
                    notices.push(Notice::BackupFailed);
                    can_save = false;
                }
            }
        }

        let session = Session::new(profile, book, default_lang, embedded, notices);
        session.can_save.set_value(can_save);
        session.last_saved.set_value(last_saved);
        // Answers set aside above leave the stored entry to be written without them. Otherwise
        // nothing is written until the user changes something: an older format stays as it is.
        if rewrite {
            session.schedule_save();
        }
        web::on_change_in_other_tab(STORAGE_KEY, move |raw| session.other_tab_wrote(raw));
        web::on_leave(move || session.save_now());
        session
    }

    /// The session of the views module (`ui::views_module`): the main module's workbook as it
    /// hands it over, in the stored format, never saved from here.
    /// Every change made in it goes to `handback` (see `core::remote`).
    pub fn mirror(
        profile: &'static Profile,
        lang: Lang,
        embedded: bool,
        json: &str,
        handback: fn(Handback),
    ) -> Session {
        // Laid out like every workbook a session holds (answers go by position), even when
        // the one handed over turns out to be this one.
        let mut book = Workbook::new(&web::today());
        book.lay_out(profile);
        let mut session = Session::new(profile, book, lang, embedded, Vec::new());
        session.can_save.set_value(false);
        session.handback = Some(handback);
        session.follow(json, lang);
        session
    }

    /// The main module's workbook and language again, for the mirror: a view opened anew, the
    /// main module changed something, or another tab wrote. The mirror's own change, coming
    /// back, changes nothing (and so draws nothing again: a field being typed in keeps its
    /// caret).
    pub fn follow(&self, json: &str, lang: Lang) {
        if self.chosen_lang.get_untracked() != Some(lang) {
            self.chosen_lang.set(Some(lang));
        }
        if self.book.with_value(|b| b.to_json()) == json {
            return;
        }
        let today = web::today();
        let mut book = match restore(Some(json), &today) {
            Restored::Loaded(book) => book,
            Restored::Fresh | Restored::Unreadable { .. } => Workbook::new(&today),
        };
        book.lay_out(self.profile);
        self.book.set_value(book);
        self.redraw();
    }

    /// An answer given in the main module's matrix, for the mirror: applied as there, by the
    /// input's name, and not handed back.
    pub fn follow_answer(&self, name: &str, value: &str) {
        if let Some((kind, input, position)) = markup::parse_name(name) {
            self.apply_answer(kind, input, position, value);
        }
    }

    /// The workbook as the views module changed it: taken over and saved. Only what changed is
    /// drawn again: the matrix when the assessments did, else the names and lists.
    pub fn adopt(&self, json: &str) {
        let Restored::Loaded(mut book) = restore(Some(json), &web::today()) else {
            return;
        };
        book.lay_out(self.profile);
        let same = self.book.with_value(|b| b.same_assessments(&book));
        self.book.set_value(book);
        if same {
            self.role_layout.notify();
            self.meta.notify();
        } else {
            self.redraw();
        }
        self.schedule_save();
    }

    /// Sends each answer to `to` as well, by the input's name and value.
    pub fn send_answers_to(&self, to: fn(&str, &str)) {
        self.answers_to.set_value(Some(to));
    }

    /// Tracks what the views module's views show, but single answers (those go one by one).
    pub fn track_workbook(&self) {
        self.layout.track();
        self.role_layout.track();
        self.meta.track();
    }

    fn hand(&self, message: Handback) -> bool {
        match self.handback {
            Some(hand) => {
                hand(message);
                true
            }
            None => false,
        }
    }

    /// The workbook in the stored format, whatever storage holds, for the views module.
    pub fn book_json(&self) -> String {
        self.book.with_value(|b| b.to_json())
    }

    fn new(
        profile: &'static Profile,
        book: Workbook,
        default_lang: Lang,
        embedded: bool,
        notices: Vec<Notice>,
    ) -> Session {
        let chosen_lang = RwSignal::new(book.language);
        let chosen_theme = RwSignal::new(book.theme);
        let host_theme = HOST_THEME.with(std::cell::Cell::get);
        let first_pair = book
            .default_pair()
            .map_or((String::new(), String::new()), |(a, b)| {
                (book.entries[a].id.clone(), book.entries[b].id.clone())
            });
        Session {
            profile,
            progress: RwSignal::new(progress(profile, &book.entry().assessment)),
            intro_dismissed: RwSignal::new(book.intro_dismissed),
            hints_shown: RwSignal::new(true),
            book: StoredValue::new(book),
            chosen_lang,
            lang: Signal::derive(move || chosen_lang.get().unwrap_or(default_lang)),
            chosen_theme,
            theme: Signal::derive(move || Theme::in_use(chosen_theme.get(), host_theme)),
            view: RwSignal::new(View::Matrix),
            notices: RwSignal::new(notices),
            layout: Trigger::new(),
            role_layout: Trigger::new(),
            answers: Trigger::new(),
            meta: Trigger::new(),
            incoming: RwSignal::new(None),
            arrival: RwSignal::new(None),
            links_opened: RwSignal::new(0),
            reading_link: RwSignal::new(false),
            compare_ids: RwSignal::new(first_pair),
            compare_order: RwSignal::new(Order::Disagreement),
            only_differences: RwSignal::new(false),
            job_lang: RwSignal::new(default_lang),
            fit_with: RwSignal::new(String::new()),
            summary_due: RwSignal::new(false),
            status: RwSignal::new(String::new()),
            fallback: RwSignal::new(None),
            can_save: StoredValue::new(true),
            last_saved: StoredValue::new(None),
            save_due: StoredValue::new(false),
            dirty: StoredValue::new(false),
            handback: None,
            answers_to: StoredValue::new(None),
            embedded,
        }
    }

    // --- Reading -------------------------------------------------------------------------------

    pub fn t(&self) -> &'static Texts {
        texts(self.lang.get())
    }

    pub fn t_untracked(&self) -> &'static Texts {
        texts(self.lang.get_untracked())
    }

    pub fn with_book<R>(&self, read: impl FnOnce(&Workbook) -> R) -> R {
        self.book.with_value(read)
    }

    /// Reads the workbook and subscribes to changes of names, dates and lists.
    pub fn with_meta<R>(&self, read: impl FnOnce(&Workbook) -> R) -> R {
        self.meta.track();
        self.book.with_value(read)
    }

    /// (id, title) of every assessment, for lists.
    pub fn entry_titles(&self) -> Vec<(String, String)> {
        let lang = self.lang.get();
        self.with_meta(|b| b.titles(lang))
    }

    /// The ids of the two assessments the comparison shows (see [`Workbook::compared_pair`]);
    /// empty with fewer than two.
    pub fn compared_ids(&self) -> (String, String) {
        let (first, second) = self.compare_ids.get();
        self.with_meta(|b| {
            b.compared_pair(&first, &second)
                .map(|(i, j)| (b.entries[i].id.clone(), b.entries[j].id.clone()))
                .unwrap_or_default()
        })
    }

    /// True when there are two assessments to compare.
    pub fn can_compare(&self) -> bool {
        self.with_meta(|b| b.default_pair().is_some())
    }

    pub fn current_id(&self) -> String {
        self.with_meta(|b| b.entry().id.clone())
    }

    /// (id, title) of every role profile.
    pub fn role_titles(&self) -> Vec<(String, String)> {
        let lang = self.lang.get();
        self.with_meta(|b| {
            b.roles
                .iter()
                .map(|r| (r.id.clone(), role_title(r, lang)))
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

    /// The matrix of the assessment on screen, as markup with its answers in place: the first
    /// rows, and where the rest begin (see [`Session::matrix_rows`]).
    pub fn matrix_html(&self) -> MatrixParts {
        self.layout.track();
        self.lang.track();
        self.with_matrix(MatrixKind::Assessment, |m| {
            markup::matrix_parts(m, markup::FIRST_ROWS)
        })
    }

    /// Further rows of a matrix, from the workbook as it is now: (block index, markup).
    pub fn matrix_rows(
        &self,
        kind: MatrixKind,
        positions: std::ops::Range<usize>,
    ) -> Vec<(usize, String)> {
        self.with_matrix(kind, |m| markup::rows_html(m, positions))
    }

    /// Runs `draw` on the matrix of `kind` as the workbook holds it, without subscribing.
    fn with_matrix<R: Default>(&self, kind: MatrixKind, draw: impl FnOnce(&Matrix) -> R) -> R {
        let lang = self.lang.get_untracked();
        let counts = self.progress.get_untracked().blocks;
        self.book.with_value(|b| match kind {
            MatrixKind::Assessment => {
                let entry = b.entry();
                let hints = entry.hints_from.as_deref().and_then(|id| {
                    let other = &b.entries[b.index_of(id)?];
                    let whose =
                        format!("{} ({})", other.whose(lang), other.perspective.label(lang));
                    Some((whose, &other.assessment))
                });
                draw(&Matrix {
                    profile: self.profile,
                    lang,
                    kind,
                    assessment: Some(&entry.assessment),
                    role: None,
                    hints: hints.as_ref().map(|(whose, a)| (whose.as_str(), *a)),
                    counts: &counts,
                })
            }
            MatrixKind::Role => {
                let Some(role) = b.current_role.and_then(|i| b.roles.get(i)) else {
                    return R::default();
                };
                let counts = role_counts(self.profile, role);
                draw(&Matrix {
                    profile: self.profile,
                    lang,
                    kind,
                    assessment: None,
                    role: Some(role),
                    hints: None,
                    counts: &counts,
                })
            }
        })
    }

    /// Whose answers the hints show, when the assessment on screen has hints.
    pub fn hints_from(&self) -> Option<String> {
        let lang = self.lang.get();
        self.with_meta(|b| {
            let id = b.entry().hints_from.as_deref()?;
            Some(b.entries[b.index_of(id)?].whose(lang))
        })
    }

    /// The role matrix of the role profile in the editor.
    pub fn role_matrix_html(&self) -> MatrixParts {
        self.role_layout.track();
        self.lang.track();
        self.with_matrix(MatrixKind::Role, |m| {
            markup::matrix_parts(m, markup::FIRST_ROWS)
        })
    }

    /// Answers kept for items the profile no longer has, as a list; empty when there are none.
    pub fn retired_html(&self) -> String {
        self.layout.track();
        let t = self.t();
        self.book.with_value(|b| {
            let retired: Vec<El> = b
                .entry()
                .assessment
                .retired(self.profile)
                .map(|rating| {
                    let mut li = crate::core::doc::el("li")
                        .kid(crate::core::doc::el("code").text(rating.item.clone()));
                    if let Some(level) = rating.current {
                        li = li.text(format!(
                            " · {}",
                            fill(t.level_n, &[("n", &level.0.to_string())])
                        ));
                    }
                    if let Some(holding) = rating.held {
                        li = li.text(format!(" · {}", t.holding(holding)));
                    }
                    if !rating.evidence.is_empty() {
                        li = li
                            .text(" ")
                            .kid(crate::core::doc::el("q").text(rating.evidence.clone()));
                    }
                    li
                })
                .collect();
            if retired.is_empty() {
                return String::new();
            }
            crate::core::doc::el("section")
                .class("block retired")
                .attr("aria-labelledby", "retired-heading")
                .kid(
                    crate::core::doc::el("h2")
                        .attr("id", "retired-heading")
                        .text(t.retired_heading),
                )
                .kid(crate::core::doc::el("p").text(t.retired_intro))
                .kid(crate::core::doc::el("ul").kids(retired))
                .html()
        })
    }

    /// The summary of the assessment on screen, with the fit to its role when it has one.
    pub fn summary_doc(&self) -> El {
        self.answers.track();
        self.meta.track();
        self.layout.track();
        let lang = self.lang.get();
        self.book.with_value(|b| {
            let entry = b.entry();
            let summary = summarize(self.profile, &entry.assessment);
            let role = entry
                .aim
                .as_deref()
                .and_then(|id| b.roles.get(b.role_index(id)?));
            let fit = role.map(|role| (role, fit(self.profile, role, &entry.assessment)));
            report::summary_doc(
                self.profile,
                entry,
                &summary,
                fit.as_ref().map(|(role, fit)| (*role, fit)),
                lang,
            )
        })
    }

    /// The comparison of the two chosen assessments, or why there is none.
    pub fn comparison_doc(&self) -> Result<El, String> {
        self.answers.track();
        self.meta.track();
        self.layout.track();
        let lang = self.lang.get();
        let (first, second) = self.compare_ids.get();
        let (order, only) = (self.compare_order.get(), self.only_differences.get());
        let t = texts(lang);
        self.book.with_value(|b| {
            let Some((i, j)) = b.compared_pair(&first, &second) else {
                return Err(t.doc().compare_needs_two.to_string());
            };
            let (a, z) = ordered(b.entries[i].side(), b.entries[j].side());
            let (ea, ez) = if std::ptr::eq(a.assessment, &b.entries[i].assessment) {
                (&b.entries[i], &b.entries[j])
            } else {
                (&b.entries[j], &b.entries[i])
            };
            match compare(self.profile, a, z) {
                Ok(comparison) => Ok(report::comparison_doc(
                    self.profile,
                    (ea, ez),
                    &comparison,
                    order,
                    only,
                    lang,
                )),
                Err(refusal) => Err(fill(
                    t.doc().compare_refused,
                    &[("x", &refusal.message(lang))],
                )),
            }
        })
    }

    /// The job description of the role in the editor, in the language chosen for it.
    pub fn job_doc(&self) -> Option<El> {
        self.answers.track();
        self.meta.track();
        self.role_layout.track();
        let lang = self.job_lang.get();
        self.book.with_value(|b| {
            let role = b.roles.get(b.current_role?)?;
            Some(report::job_description_doc(self.profile, role, lang))
        })
    }

    /// The id of the assessment the fit is shown for (see [`Workbook::fit_entry`]).
    pub fn fit_entry_id(&self) -> String {
        let chosen = self.fit_with.get();
        self.with_meta(|b| b.entries[b.fit_entry(&chosen)].id.clone())
    }

    /// The fit of the chosen assessment with the role in the editor.
    pub fn fit_doc(&self) -> Option<El> {
        self.answers.track();
        self.meta.track();
        self.role_layout.track();
        let lang = self.lang.get();
        let with = self.fit_with.get();
        self.book.with_value(|b| {
            let role = b.roles.get(b.current_role?)?;
            let entry = &b.entries[b.fit_entry(&with)];
            let fit = fit(self.profile, role, &entry.assessment);
            Some(report::fit_doc(self.profile, entry, role, &fit, lang))
        })
    }

    /// A field of the assessment on screen.
    pub fn entry_field(&self, field: EntryField) -> String {
        self.with_meta(|b| {
            let e = b.entry();
            match field {
                EntryField::Name => e.name.clone(),
                EntryField::Date => e.date.clone(),
                EntryField::PersonName => e.person.name.clone(),
                EntryField::JobTitle => e.person.job_title.clone(),
                EntryField::Organisation => e.person.organisation.clone(),
            }
        })
    }

    pub fn perspective(&self) -> Perspective {
        self.with_meta(|b| b.entry().perspective)
    }

    pub fn aim(&self) -> String {
        self.with_meta(|b| b.entry().aim.clone().unwrap_or_default())
    }

    pub fn role_field(&self, field: RoleField) -> String {
        self.with_meta(|b| {
            b.current_role
                .and_then(|i| b.roles.get(i))
                .map(|r| match field {
                    RoleField::Title => r.title.clone(),
                    RoleField::Organisation => r.organisation.clone(),
                    RoleField::Purpose => r.purpose.clone(),
                })
                .unwrap_or_default()
        })
    }

    // --- Changing ------------------------------------------------------------------------------

    /// Writes one answer of a matrix, by the input's name and value. Returns what its row and
    /// block show now; `None` when nothing changed.
    pub fn answer(
        &self,
        kind: MatrixKind,
        input: Input,
        position: usize,
        value: &str,
    ) -> Option<RowChange> {
        let change = self.apply_answer(kind, input, position, value)?;
        // Now there is something to summarise (see `summary_due`).
        if !self.summary_due.get_untracked() {
            let due = self.summary_due;
            web::when_idle(move || due.set(true));
        }
        if let Some(to) = self.answers_to.get_value() {
            to(&markup::input_name(kind, input, position), value);
        }
        self.schedule_save();
        Some(change)
    }

    fn apply_answer(
        &self,
        kind: MatrixKind,
        input: Input,
        position: usize,
        value: &str,
    ) -> Option<RowChange> {
        let profile = self.profile;
        let item = profile.item_at(position)?;
        let block = profile.block_index_of(item)?;
        let block_kind = profile.blocks[block].kind;
        let lang = self.lang.get_untracked();
        let level = |v: &str| {
            v.parse::<u8>()
                .ok()
                .filter(|&l| l > 0 && l <= profile.top_level())
                .map(Level)
        };
        let mut change = None;
        self.book.update_value(|b| match kind {
            MatrixKind::Assessment => {
                let Some(rating) = b.entry_mut().assessment.ratings.get_mut(position) else {
                    return;
                };
                if rating.item != item {
                    return;
                }
                let before = rating.clone();
                match (input, block_kind) {
                    (Input::Current, BlockKind::Rated) => rating.current = level(value),
                    (Input::Target, BlockKind::Rated) => rating.target = level(value),
                    (Input::Holding, BlockKind::Held) => {
                        rating.held = value
                            .parse::<usize>()
                            .ok()
                            .and_then(|i| Holding::ALL.get(i).copied())
                    }
                    (Input::Evidence, _) => rating.evidence = value.to_string(),
                    _ => return,
                }
                if *rating == before {
                    return;
                }
                let (was, is) = (before.is_answered(), rating.is_answered());
                let line = (input == Input::Current)
                    .then(|| markup::chosen_line(profile, kind, rating.current, lang));
                let count = (was != is).then(|| {
                    let mut counts = Progress::default();
                    self.progress.update(|p| {
                        p.apply(block, was, is);
                        counts = p.clone();
                    });
                    (
                        markup::count_id(kind, block),
                        markup::count_line(profile, kind, block, counts.blocks[block], lang),
                    )
                });
                change = Some(RowChange { line, count });
            }
            MatrixKind::Role => {
                let Some(role) = b.current_role.and_then(|i| b.roles.get_mut(i)) else {
                    return;
                };
                let Some(need) = role.needs.get_mut(position) else {
                    return;
                };
                if need.item != item {
                    return;
                }
                let before = need.clone();
                match (input, block_kind) {
                    (Input::Needed, BlockKind::Rated) => need.level = level(value),
                    (Input::Requirement, BlockKind::Held) => {
                        need.requirement = match value {
                            "1" => Some(Requirement::Optional),
                            "2" => Some(Requirement::Required),
                            _ => None,
                        }
                    }
                    _ => return,
                }
                if *need == before {
                    return;
                }
                let line = (input == Input::Needed)
                    .then(|| markup::chosen_line(profile, kind, need.level, lang));
                let counts = role_counts(profile, role);
                let count = Some((
                    markup::count_id(kind, block),
                    markup::count_line(profile, kind, block, counts[block], lang),
                ));
                change = Some(RowChange { line, count });
            }
        });
        if change.is_some() {
            self.answers.notify();
        }
        change
    }

    /// Changes a field of the assessment on screen.
    pub fn set_entry_field(&self, field: EntryField, value: String) {
        self.book.update_value(|b| {
            let e = b.entry_mut();
            match field {
                EntryField::Name => e.name = value,
                EntryField::Date => e.date = value,
                EntryField::PersonName => e.person.name = value,
                EntryField::JobTitle => e.person.job_title = value,
                EntryField::Organisation => e.person.organisation = value,
            }
        });
        self.meta.notify();
        self.schedule_save();
    }

    pub fn set_perspective(&self, perspective: Perspective) {
        self.book
            .update_value(|b| b.entry_mut().perspective = perspective);
        self.meta.notify();
        self.schedule_save();
    }

    pub fn set_aim(&self, role_id: String) {
        self.book
            .update_value(|b| b.entry_mut().aim = (!role_id.is_empty()).then_some(role_id));
        self.meta.notify();
        self.schedule_save();
    }

    pub fn set_role_field(&self, field: RoleField, value: String) {
        self.book.update_value(|b| {
            if let Some(role) = b.current_role.and_then(|i| b.roles.get_mut(i)) {
                match field {
                    RoleField::Title => role.title = value,
                    RoleField::Organisation => role.organisation = value,
                    RoleField::Purpose => role.purpose = value,
                }
            }
        });
        self.meta.notify();
        self.schedule_save();
    }

    pub fn choose_theme(&self, theme: Theme) {
        self.chosen_theme.set(Some(theme));
        self.book.update_value(|b| b.theme = Some(theme));
        self.schedule_save();
    }

    pub fn choose_language(&self, lang: Lang) {
        self.chosen_lang.set(Some(lang));
        self.book.update_value(|b| b.language = Some(lang));
        self.schedule_save();
    }

    /// Shows `view`. What an action said in the view left (a link to copy by hand, "copied")
    /// stays with it: it would read as said of the new one.
    pub fn show(&self, view: View) {
        if self.hand(Handback::Show(view)) {
            return;
        }
        self.clear_said();
        if view == View::Summary {
            self.summary_due.set(true);
        }
        let view = if web::media_now(SUMMARY_BESIDE_MATRIX) {
            view.beside_matrix()
        } else {
            view
        };
        self.view.set(view);
    }

    /// When the summary is wanted (the rule: [`summary_due`]), after the first frame; later a
    /// window grown wide enough to show it beside the matrix, an answer (see
    /// [`Session::answer`]), opening it, or printing (for the next try) makes it wanted.
    pub fn want_summary_when(&self) {
        let due = self.summary_due;
        let view = self.view;
        let beside = web::media_matches(SUMMARY_BESIDE_MATRIX, move |beside| {
            if beside {
                due.set(true);
                view.set(view.get_untracked().beside_matrix());
            }
        });
        if beside {
            view.set(view.get_untracked().beside_matrix());
        }
        match summary_due(beside, self.progress.get_untracked().overall.answered) {
            SummaryDue::Now => due.set(true),
            SummaryDue::WhenIdle => web::when_idle(move || due.set(true)),
            SummaryDue::Later => {}
        }
        web::on_before_print(move || due.set(true));
    }

    /// Forgets what an action said (see [`Session::show`]); the views module's views do as
    /// they open.
    pub fn clear_said(&self) {
        self.status.set(String::new());
        self.fallback.set(None);
    }

    pub fn dismiss_intro(&self) {
        self.intro_dismissed.set(true);
        self.book.update_value(|b| b.intro_dismissed = true);
        self.schedule_save();
    }

    /// Another assessment goes on screen.
    pub fn switch_to(&self, id: &str) {
        self.book.update_value(|b| {
            if let Some(index) = b.index_of(id) {
                b.current = index;
            }
        });
        self.redraw();
        self.schedule_save();
    }

    pub fn create(&self, copy: bool) {
        let today = web::today();
        let lang = self.lang.get_untracked();
        self.book.update_value(|b| {
            let copy_of = copy.then_some(b.current);
            b.create(copy_of, Perspective::Own, &today, self.profile, lang);
        });
        self.redraw();
        self.schedule_save();
    }

    pub fn delete_current(&self) {
        let today = web::today();
        self.book
            .update_value(|b| b.delete(b.current, &today, self.profile));
        self.redraw();
        self.schedule_save();
    }

    pub fn current_title(&self) -> String {
        let lang = self.lang.get();
        self.with_meta(|b| b.entry().title(lang))
    }

    pub fn create_role(&self, copy: bool) {
        let lang = self.lang.get_untracked();
        self.book.update_value(|b| {
            let copy_of = if copy { b.current_role } else { None };
            b.create_role(copy_of, self.profile, lang);
        });
        self.role_layout.notify();
        self.meta.notify();
        self.schedule_save();
    }

    pub fn switch_role(&self, id: &str) {
        self.book
            .update_value(|b| b.current_role = b.role_index(id));
        self.role_layout.notify();
        self.meta.notify();
        self.schedule_save();
    }

    pub fn delete_role(&self) {
        self.book.update_value(|b| {
            if let Some(index) = b.current_role {
                b.delete_role(index);
            }
        });
        self.role_layout.notify();
        self.meta.notify();
        self.schedule_save();
    }

    pub fn current_role_title(&self) -> String {
        let lang = self.lang.get();
        self.with_meta(|b| {
            b.current_role
                .and_then(|i| b.roles.get(i))
                .map(|r| role_title(r, lang))
                .unwrap_or_default()
        })
    }

    /// Everything shown from the workbook is drawn again: after a switch, an import, another
    /// tab's state or an erase.
    fn redraw(&self) {
        self.book.with_value(|b| {
            self.progress
                .set(progress(self.profile, &b.entry().assessment))
        });
        self.layout.notify();
        self.role_layout.notify();
        self.meta.notify();
        self.answers.notify();
    }

    /// Erases every key of the app and starts afresh.
    pub fn erase(&self) {
        web::remove_own_keys();
        self.last_saved.set_value(None);
        self.dirty.set_value(false);
        let mut fresh = Workbook::new(&web::today());
        fresh.lay_out(self.profile);
        self.book.set_value(fresh);
        self.chosen_lang.set(None);
        self.chosen_theme.set(None);
        self.intro_dismissed.set(false);
        self.redraw();
        self.notices.set(vec![Notice::Erased]);
    }

    // --- Links and files ---------------------------------------------------------------------

    /// Looks at the address's fragment: a share link opens the pane where the views module
    /// reads it, or says why it cannot (see [`Session::read_link`]).
    pub fn read_fragment(&self) {
        if link::is_link(&web::location_hash()) {
            self.arrival.set(Some(Arrival::Reading));
            self.links_opened.update(|n| *n += 1);
        }
    }

    /// What came in, or nothing: the mirror tells the shell what it is.
    fn set_incoming(&self, incoming: Option<Incoming>) {
        self.hand(Handback::Arrival(incoming.as_ref().map(|i| match i {
            Incoming::Assessment(_) => Arrival::Assessment,
            Incoming::Role(_) => Arrival::Role,
        })));
        self.incoming.set(incoming);
    }

    /// Reads the share link in the address's fragment into the read-only view, or says why
    /// not. Without a link, what came in from a file stays.
    pub fn read_link(&self) {
        let fragment = web::location_hash();
        let packed = match link::unpack(&fragment) {
            Ok(Some(packed)) => packed,
            Ok(None) => {
                if self.incoming.with_untracked(Option::is_none) {
                    self.set_incoming(None);
                }
                return;
            }
            Err(refusal) => {
                self.refuse_link(refusal);
                return;
            }
        };
        let session = *self;
        self.incoming.set(None);
        self.reading_link.set(true);
        spawn_local(async move {
            let profile = session.profile;
            let read = match web::inflate(&packed.data, link::MAX_BODY).await {
                Err(()) => Err(Refusal::Damaged),
                Ok(body) => match packed.kind {
                    LinkKind::Assessment => link::read_assessment(profile, packed.version, &body)
                        .map(Incoming::Assessment),
                    LinkKind::Role => link::read_role(profile, &body).map(Incoming::Role),
                },
            };
            session.reading_link.set(false);
            match read {
                Ok(incoming) => session.set_incoming(Some(incoming)),
                Err(refusal) => session.refuse_link(refusal),
            }
        });
    }

    fn refuse_link(&self, refusal: Refusal) {
        self.notify(Notice::link_refused(&refusal));
        web::clear_hash();
        if self.incoming.with_untracked(Option::is_none) {
            self.set_incoming(None);
        }
    }

    /// Reads a chosen file into the read-only view, or says why not.
    pub fn open_file(&self, input: web_sys::HtmlInputElement) {
        let session = *self;
        spawn_local(async move {
            match web::read_chosen_file(&input, exchange::MAX_BYTES).await {
                None => {}
                Some(Err(web::FileProblem::TooLarge)) => {
                    session.notify(Notice::file_refused(&Refusal::TooLarge))
                }
                Some(Err(web::FileProblem::Unreadable)) => {
                    session.notify(Notice::file_refused(&Refusal::NotOurs))
                }
                Some(Ok(text)) => match exchange::import(session.profile, &text) {
                    Ok(incoming) => session.set_incoming(Some(incoming)),
                    Err(refusal) => session.notify(Notice::file_refused(&refusal)),
                },
            }
        });
    }

    /// Leaves the read-only view without taking anything.
    pub fn close_incoming(&self) {
        self.set_incoming(None);
        web::clear_hash();
    }

    /// Whether taking what came in over the assessment on screen must ask first.
    pub fn import_needs_confirmation(&self) -> bool {
        self.book.with_value(Workbook::import_needs_confirmation)
    }

    /// How something from outside comes in by default.
    pub fn default_import(&self, shared: &Shared) -> Import {
        self.book.with_value(|b| b.default_import(shared))
    }

    /// Takes the assessment that came in, beside the user's own or over the one on screen.
    pub fn take_incoming(&self, how: Import) {
        let Some(Incoming::Assessment(shared)) = self.incoming.get_untracked() else {
            return;
        };
        let lang = self.lang.get_untracked();
        let mut title = String::new();
        self.book.update_value(|b| {
            let index = b.import(shared, how);
            title = b.entries[index].title(lang);
        });
        self.finish_import(match how {
            Import::AsNew => Notice::Added(title),
            Import::OverCurrent => Notice::Imported,
        });
    }

    /// "Rate this person myself": the shared assessment is kept, and a blank manager's one
    /// for the same person starts, with the shared levels beside each item.
    pub fn rate_alongside(&self) {
        let Some(Incoming::Assessment(shared)) = self.incoming.get_untracked() else {
            return;
        };
        let today = web::today();
        self.book.update_value(|b| {
            b.rate_alongside(shared, Perspective::Manager, &today, self.profile);
        });
        self.hints_shown.set(true);
        self.hand(Handback::HintsShown);
        self.set_incoming(None);
        web::clear_hash();
        self.redraw();
        self.show(View::Matrix);
        self.schedule_save();
    }

    pub fn take_incoming_role(&self) {
        let Some(Incoming::Role(role)) = self.incoming.get_untracked() else {
            return;
        };
        let lang = self.lang.get_untracked();
        let title = role_title(&role, lang);
        self.book.update_value(|b| {
            b.add_role(role);
        });
        self.set_incoming(None);
        web::clear_hash();
        self.role_layout.notify();
        self.meta.notify();
        self.show(View::Roles);
        self.notify(Notice::RoleAdded(title));
        self.schedule_save();
    }

    fn finish_import(&self, notice: Notice) {
        self.set_incoming(None);
        web::clear_hash();
        self.book.update_value(|b| b.lay_out(self.profile));
        self.redraw();
        self.show(View::Matrix);
        self.notify(notice);
        self.schedule_save();
    }

    /// The assessment on screen as it leaves the device.
    pub fn shared_current(&self) -> Shared {
        self.book.with_value(|b| {
            let mut shared = b.entry().shared(self.profile);
            if shared.date.is_empty() {
                shared.date = web::today();
            }
            shared
        })
    }

    pub fn current_role(&self) -> Option<RoleProfile> {
        self.book
            .with_value(|b| b.current_role.and_then(|i| b.roles.get(i)).cloned())
    }

    /// The file name of the exported assessment.
    pub fn export_name(&self) -> String {
        assessment_file_name(&self.shared_current().date)
    }

    /// Shares a link made of `body` through the share sheet, or copies and shows it.
    pub fn share_link(
        &self,
        kind: LinkKind,
        body: Vec<u8>,
        title: String,
        file: Option<(String, String)>,
    ) {
        let session = *self;
        spawn_local(async move {
            let t = session.t_untracked();
            let Ok(packed) = web::deflate(&body).await else {
                session.status.set(t.doc().copy_failed.to_string());
                return;
            };
            let url = web::url_with_fragment(&link::pack(kind, &packed));
            let shared = web::share(
                &title,
                &url,
                file.as_ref()
                    .map(|(name, text)| (name.as_str(), text.as_str(), "application/json")),
            )
            .await;
            match shared {
                web::Shared::Sent => session.status.set(t.doc().link_shared.to_string()),
                web::Shared::Cancelled => {}
                web::Shared::Unsupported => {
                    session
                        .fallback
                        .set(Some((t.doc().share_label.to_string(), url.clone())));
                    let copied = web::copy_text(&url).await.is_ok();
                    session.status.set(
                        if copied {
                            t.doc().link_copied
                        } else {
                            t.doc().copy_failed
                        }
                        .to_string(),
                    );
                }
            }
        });
    }

    /// Copies text, or shows it to be copied by hand.
    pub fn copy(&self, text: String) {
        let session = *self;
        spawn_local(async move {
            let t = session.t_untracked();
            if web::copy_text(&text).await.is_ok() {
                session.fallback.set(None);
                session.status.set(t.copied.to_string());
            } else {
                session
                    .fallback
                    .set(Some((t.doc().text_label.to_string(), text)));
                session.status.set(t.doc().copy_failed.to_string());
            }
        });
    }

    // --- Notices and saving -------------------------------------------------------------------

    /// Shows a notice once, however often the same thing happens.
    pub fn notify(&self, notice: Notice) {
        if self.handback.is_some() {
            self.hand(Handback::Notice(notice));
            return;
        }
        if !self
            .notices
            .with_untracked(|notices| notices.contains(&notice))
        {
            self.notices.update(|notices| notices.push(notice));
        }
    }

    pub fn withdraw(&self, notice: &Notice) {
        if self
            .notices
            .with_untracked(|notices| notices.contains(notice))
        {
            self.notices
                .update(|notices| notices.retain(|n| n != notice));
        }
    }

    /// Saves once after the next paint, however many changes come before it.
    fn schedule_save(&self) {
        // The mirror's change goes to the main module, now: it saves, after its next paint.
        if self.handback.is_some() {
            self.hand(Handback::Book(self.book_json()));
            return;
        }
        self.dirty.set_value(true);
        if self.save_due.get_value() {
            return;
        }
        self.save_due.set_value(true);
        let session = *self;
        web::after_paint(move || session.save_now());
    }

    /// Writes the workbook now if anything changed since the last write; removes the key when
    /// there is nothing worth keeping. Called after a paint, and when the page is left.
    pub fn save_now(&self) {
        self.save_due.set_value(false);
        if !self.can_save.get_value() || !self.dirty.get_value() {
            return;
        }
        // Another tab may have written a format this one cannot read: never overwrite it.
        let stored = web::read(STORAGE_KEY);
        if stored != self.last_saved.get_value() {
            if let OtherTab::StopSaving(_) = from_other_tab(stored.as_deref(), &web::today()) {
                self.stop_saving();
                return;
            }
        }
        let wanted = self.book.with_value(Workbook::storage_form);
        if stored == wanted {
            self.last_saved.set_value(wanted);
            self.dirty.set_value(false);
            return;
        }
        let written = match &wanted {
            None => {
                web::remove(STORAGE_KEY);
                Ok(())
            }
            Some(json) => web::write(STORAGE_KEY, json),
        };
        match written {
            Ok(()) => {
                self.last_saved.set_value(wanted);
                self.dirty.set_value(false);
                self.withdraw(&Notice::StorageFull);
            }
            Err(WriteError::Full) => self.notify(Notice::StorageFull),
            Err(WriteError::Unavailable) => self.notify(Notice::StorageUnavailable),
        }
    }

    fn stop_saving(&self) {
        self.can_save.set_value(false);
        self.notify(Notice::OtherTabNewer);
    }

    /// Another tab saved or erased: show its state, so that this tab's next change cannot
    /// overwrite what was entered there — unless it runs a newer version.
    fn other_tab_wrote(&self, raw: Option<String>) {
        match from_other_tab(raw.as_deref(), &web::today()) {
            OtherTab::TakeOver(mut book) => {
                book.lay_out(self.profile);
                self.last_saved.set_value(raw);
                self.dirty.set_value(false);
                self.chosen_lang.set(book.language);
                self.chosen_theme.set(book.theme);
                self.intro_dismissed.set(book.intro_dismissed);
                self.book.set_value(book);
                self.redraw();
            }
            OtherTab::StopSaving(_) => self.stop_saving(),
        }
    }
}

/// Chosen items per block of a role profile, for the role matrix's progress lines.
fn role_counts(profile: &Profile, role: &RoleProfile) -> Vec<crate::core::progress::Count> {
    let mut counts: Vec<crate::core::progress::Count> = profile
        .blocks
        .iter()
        .map(|b| crate::core::progress::Count {
            answered: 0,
            total: b.items.len(),
        })
        .collect();
    for need in role.needs.iter().filter(|n| !n.is_blank()) {
        if let Some(block) = profile.block_index_of(&need.item) {
            counts[block].answered += 1;
        }
    }
    counts
}
