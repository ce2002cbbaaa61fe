//! The documents of the later-loading views, from the workbook as it is now: the summary, the
//! comparison, the fit and the job description (what they say comes from `core::report`). Each
//! subscribes to what it shows, so that it follows every answer; the components that draw them
//! are the same on screen and on paper.

mod pages;
mod parts;
mod pooled_page;
mod team_page;

pub use pages::{ComparisonPage, FitPage, JobDescriptionPage, SummaryPage};
pub use pooled_page::PooledPage;
pub use team_page::TeamPage;

use leptos::prelude::*;

use super::session::Session;
use crate::core::answers::assessment::Level;
use crate::core::computed::comparison::{compare, ordered};
use crate::core::computed::fit::fit;
use crate::core::computed::summary::summarize;
use crate::core::computed::team::{team_grid, Bar, TeamOrder};
use crate::core::report::{self, ComparisonDoc, FitDoc, JobDescription, SummaryDoc, TeamDoc};
use crate::core::words::texts::{fill, texts};

/// The summary of the assessment on screen, with the fit to its role when it has one.
pub fn summary(session: Session) -> SummaryDoc {
    let lang = session.lang.get_untracked();
    let profile = session.profile;
    session.with_answers(|b| {
        let entry = b.entry();
        let summary = summarize(profile, &entry.assessment);
        let role = entry
            .aim
            .as_deref()
            .and_then(|id| b.roles.get(b.role_index(id)?));
        let fit = role.map(|role| (role, fit(profile, role, &entry.assessment)));
        report::summary_doc(
            profile,
            entry,
            &summary,
            fit.as_ref().map(|(role, fit)| (*role, fit)),
            lang,
        )
    })
}

/// The ids of the two assessments the comparison shows (see `Workbook::compared_pair`); empty
/// with fewer than two.
pub fn compared_ids(session: Session) -> (String, String) {
    let (first, second) = session.screen.compare_ids.get();
    session.with_meta(|b| {
        b.compared_pair(&first, &second)
            .map(|(i, j)| (b.entries[i].id.clone(), b.entries[j].id.clone()))
            .unwrap_or_default()
    })
}

/// True when there are two assessments to compare.
pub fn can_compare(session: Session) -> bool {
    session.with_meta(|b| b.default_pair().is_some())
}

/// The comparison of the two chosen assessments, or why there is none.
pub fn comparison(session: Session) -> Result<ComparisonDoc, String> {
    let screen = session.screen;
    let lang = session.lang.get_untracked();
    let (first, second) = screen.compare_ids.get();
    let (order, only) = (screen.compare_order.get(), screen.only_differences.get());
    let t = texts(lang);
    session.with_answers(|b| {
        let Some((i, j)) = b.compared_pair(&first, &second) else {
            return Err(t.doc().compare_needs_two.to_string());
        };
        let (a, z) = ordered(b.entries[i].side(), b.entries[j].side());
        let (ea, ez) = if std::ptr::eq(a.assessment, &b.entries[i].assessment) {
            (&b.entries[i], &b.entries[j])
        } else {
            (&b.entries[j], &b.entries[i])
        };
        match compare(session.profile, a, z) {
            Ok(comparison) => Ok(report::comparison_doc(
                session.profile,
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
pub fn job(session: Session) -> Option<JobDescription> {
    let lang = session.screen.job_lang.get();
    session.with_answers(|b| {
        let role = b.roles.get(b.current_role?)?;
        Some(report::job_description(session.profile, role, lang))
    })
}

/// The id of the assessment the fit is shown for (see `Workbook::fit_entry`).
pub fn fit_entry_id(session: Session) -> String {
    let chosen = session.screen.fit_with.get();
    session.with_meta(|b| b.entries[b.fit_entry(&chosen)].id.clone())
}

/// The fit of the chosen assessment with the role in the editor.
pub fn fit_of(session: Session) -> Option<FitDoc> {
    let lang = session.lang.get_untracked();
    let with = session.screen.fit_with.get();
    session.with_answers(|b| {
        let role = b.roles.get(b.current_role?)?;
        let entry = &b.entries[b.fit_entry(&with)];
        let fit = fit(session.profile, role, &entry.assessment);
        Some(report::fit_doc(session.profile, entry, role, &fit, lang))
    })
}

/// The team against the bar `bar` names (`l3`: level 3 or higher; `r<id>`: what that role
/// profile needs), its rows in `order`; None while nobody is in it.
pub fn team(session: Session, bar: &str, order: TeamOrder, notes: bool) -> Option<TeamDoc> {
    let lang = session.lang.get_untracked();
    let profile = session.profile;
    session.with_answers(|b| {
        let members = b.team();
        if members.is_empty() {
            return None;
        }
        let role = bar
            .strip_prefix('r')
            .and_then(|id| b.roles.get(b.role_index(id)?));
        let bar = match role {
            Some(role) => Bar::Role(role),
            None => Bar::Level(Level(
                bar.strip_prefix('l')
                    .and_then(|n| n.parse().ok())
                    .unwrap_or_else(|| default_bar(session))
                    .clamp(1, profile.top_level().max(1)),
            )),
        };
        let grid = team_grid(profile, &members, bar);
        Some(report::team_doc(
            profile, &members, &grid, bar, order, notes, lang,
        ))
    })
}

/// The level a team is first held against: the middle of the scale (3 of 5).
pub fn default_bar(session: Session) -> u8 {
    session.profile.top_level().div_ceil(2)
}
