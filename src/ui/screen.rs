//! What is on screen, apart from the workbook: the view, the notices, what an action just said,
//! the choices made in the comparison and the role profiles, and when the summary is wanted.
//! None of it is saved.

use leptos::prelude::*;

use crate::core::computed::comparison::Order;
use crate::core::session::view::{summary_due, SummaryDue, View};
use crate::core::words::lang::Lang;
use crate::core::words::notice::Notice;
use crate::web;

/// The stylesheet's breakpoint from which the summary stands beside the matrix.
pub const SUMMARY_BESIDE_MATRIX: &str = "(min-width: 100rem)";

#[derive(Clone, Copy)]
pub struct Screen {
    pub view: RwSignal<View>,
    pub notices: RwSignal<Vec<Notice>>,
    /// A message after an action (copied, shared), for the status line.
    pub status: RwSignal<String>,
    /// Text to select and copy by hand when the clipboard refused, or a link to show: (label,
    /// text).
    pub fallback: RwSignal<Option<(String, String)>>,
    /// Another assessment's answers beside each item, when the assessment on screen has some.
    pub hints_shown: RwSignal<bool>,
    /// The comparison: the two assessments (by id), the order, the filter.
    pub compare_ids: RwSignal<(String, String)>,
    pub compare_order: RwSignal<Order>,
    pub only_differences: RwSignal<bool>,
    /// The language of the job description, chosen apart from the interface's.
    pub job_lang: RwSignal<Lang>,
    /// The assessment held against the role in the editor (by id).
    pub fit_with: RwSignal<String>,
    /// The summary is wanted (see [`Screen::want_summary_when`]); once drawn it stays, hidden
    /// while another view shows, so that printing from the matrix prints it.
    pub summary_due: RwSignal<bool>,
    /// Inside another page's frame, with the host's header instead of the app's.
    pub embedded: bool,
    /// The texts of a language arrived (`ui::languages`): what shows texts is drawn again.
    pub language_arrived: Trigger,
}

impl Screen {
    pub fn new(lang: Lang, embedded: bool, notices: Vec<Notice>) -> Screen {
        Screen {
            view: RwSignal::new(View::Matrix),
            notices: RwSignal::new(notices),
            status: RwSignal::new(String::new()),
            fallback: RwSignal::new(None),
            hints_shown: RwSignal::new(true),
            compare_ids: RwSignal::new((String::new(), String::new())),
            compare_order: RwSignal::new(Order::Disagreement),
            only_differences: RwSignal::new(false),
            job_lang: RwSignal::new(lang),
            fit_with: RwSignal::new(String::new()),
            summary_due: RwSignal::new(false),
            embedded,
            language_arrived: Trigger::new(),
        }
    }

    /// Shows `view`. What an action said in the view left (a link to copy by hand, "copied")
    /// stays with it: it would read as said of the new one. Beside the matrix (a wide screen)
    /// the summary is no view of its own.
    pub fn show(&self, view: View) {
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

    /// Forgets what an action said.
    pub fn clear_said(&self) {
        self.status.set(String::new());
        self.fallback.set(None);
    }

    /// Shows a notice once, however often the same thing happens.
    pub fn notify(&self, notice: Notice) {
        if !self.notices.with_untracked(|n| n.contains(&notice)) {
            self.notices.update(|n| n.push(notice));
        }
    }

    pub fn withdraw(&self, notice: &Notice) {
        if self.notices.with_untracked(|n| n.contains(notice)) {
            self.notices.update(|n| n.retain(|x| x != notice));
        }
    }

    /// When the summary is wanted (the rule: [`summary_due`]), once the first frame is shown;
    /// later a window grown wide enough to show it beside the matrix, an answer, opening it,
    /// or printing (for the next try) makes it wanted.
    pub fn want_summary_when(&self, answered: usize) {
        let (due, view) = (self.summary_due, self.view);
        let beside = web::media_matches(SUMMARY_BESIDE_MATRIX, move |beside| {
            if beside {
                due.set(true);
                view.set(view.get_untracked().beside_matrix());
            }
        });
        if beside {
            view.set(view.get_untracked().beside_matrix());
        }
        match summary_due(beside, answered) {
            SummaryDue::Now => due.set(true),
            SummaryDue::WhenIdle => web::when_idle(move || due.set(true)),
            SummaryDue::Later => {}
        }
        web::on_before_print(move || due.set(true));
    }

    /// An answer came: now there is something to summarise.
    pub fn answered(&self) {
        if !self.summary_due.get_untracked() {
            let due = self.summary_due;
            web::when_idle(move || due.set(true));
        }
    }
}
