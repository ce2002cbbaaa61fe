//! What is on screen, apart from the workbook: the view, the notices, what an action just said,
//! the choices made in the comparison and the role profiles, and when the summary is wanted.
//! None of it is saved.

use leptos::prelude::*;

use super::listening::while_mounted;
use crate::core::computed::comparison::Order;
use crate::core::visit::view::{
    address_step, query_with_view, summary_due, view_in_query, AddressStep, Move, SummaryDue, View,
};
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
    /// The dialogs the menu opens: what the app is, and erasing everything.
    pub about_open: RwSignal<bool>,
    pub erase_open: RwSignal<bool>,
    /// Where the user is in the matrix (the item rated or jumped to last): "Next unrated" goes
    /// on from there.
    pub place: RwSignal<Option<usize>>,
}

impl Screen {
    /// The screen as the page opens: the view its address names (a reload, a bookmark).
    pub fn new(lang: Lang, embedded: bool, notices: Vec<Notice>) -> Screen {
        let view = view_in_query(&web::query_string());
        Screen {
            view: RwSignal::new(view),
            notices: RwSignal::new(notices),
            status: RwSignal::new(String::new()),
            fallback: RwSignal::new(None),
            hints_shown: RwSignal::new(true),
            compare_ids: RwSignal::new((String::new(), String::new())),
            compare_order: RwSignal::new(Order::Disagreement),
            only_differences: RwSignal::new(false),
            job_lang: RwSignal::new(lang),
            fit_with: RwSignal::new(String::new()),
            summary_due: RwSignal::new(view == View::Summary),
            embedded,
            language_arrived: Trigger::new(),
            about_open: RwSignal::new(false),
            erase_open: RwSignal::new(false),
            place: RwSignal::new(None),
        }
    }

    /// Shows the view the user chose (a tab): a step in the history, which Back undoes.
    pub fn choose(&self, view: View) {
        self.go(view, Move::Chosen);
    }

    /// What a click on a link to `view` does: a plain click shows it here, as a step in the
    /// history; a click with a modifier (a new tab, a new window) is the browser's.
    pub fn follow(&self, view: View, ev: leptos::ev::MouseEvent) {
        let plain =
            ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if plain {
            ev.prevent_default();
            self.choose(view);
        }
    }

    /// Shows `view` for the user (what came in by a link): the address follows, with no step of
    /// its own.
    pub fn show(&self, view: View) {
        self.go(view, Move::Shown);
    }

    /// Back or Forward within the app: the view the address now names.
    pub fn travelled(&self) {
        let view = view_in_query(&web::query_string());
        // A fragment pasted into the address moves the history too, but not the view.
        if view != self.view.get_untracked() {
            self.go(view, Move::Travelled);
        }
    }

    /// What an action said in the view left (a link to copy by hand, "copied") goes: it would
    /// read as said of the new one. Beside the matrix (a wide screen) the summary is no view of
    /// its own.
    fn go(&self, view: View, why: Move) {
        self.clear_said();
        if view == View::Summary {
            self.summary_due.set(true);
        }
        let view = if web::media_now(SUMMARY_BESIDE_MATRIX) {
            view.beside_matrix()
        } else {
            view
        };
        self.settle(view, why);
    }

    /// Puts `view` on screen and in the address, as the rule for `why` says.
    fn settle(&self, view: View, why: Move) {
        let search = web::query_string();
        let query = query_with_view(&search, view);
        match address_step(view_in_query(&search), view, why) {
            AddressStep::Push => web::push_query(&query),
            AddressStep::Replace => web::replace_query(&query),
            AddressStep::Keep => {}
        }
        if self.view.get_untracked() != view {
            self.view.set(view);
        }
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

    /// When the summary is wanted (the rule: [`summary_due`]), once the first frame is shown
    /// (called under the app's owner, which takes the listeners off when it goes);
    /// later a window grown wide enough to show it beside the matrix, an answer, opening it,
    /// or printing (for the next try) makes it wanted.
    pub fn want_summary_when(&self, answered: usize) {
        let (screen, due) = (*self, self.summary_due);
        let fold = move || {
            let view = screen.view.get_untracked();
            screen.settle(view.beside_matrix(), Move::Shown);
        };
        let (beside, resized) = web::media_matches(SUMMARY_BESIDE_MATRIX, move |beside| {
            if beside {
                due.set(true);
                fold();
            }
        });
        if beside {
            fold();
        }
        match summary_due(beside, answered) {
            SummaryDue::Now => due.set(true),
            SummaryDue::WhenIdle => web::when_idle(move || due.set(true)),
            SummaryDue::Later => {}
        }
        let printing = web::on_before_print(move || due.set(true));
        while_mounted(resized.into_iter().chain(printing));
    }

    /// An answer came: now there is something to summarise.
    pub fn answered(&self) {
        if !self.summary_due.get_untracked() {
            let due = self.summary_due;
            web::when_idle(move || due.set(true));
        }
    }
}
