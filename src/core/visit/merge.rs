//! Two tabs of one browser, each with the user's workbook: before a tab writes, it reads what
//! is stored; when another tab wrote since this one last read or wrote, the two are merged, so
//! that neither tab's change is lost.
//!
//! The merge is three-way: `base` is what this tab last read or wrote (what both started
//! from), `ours` this tab's workbook, `theirs` what the other tab stored. For every assessment
//! and role profile (by id), and within them for every answer, need and detail:
//! - changed on one side only: that side's value;
//! - changed on both: the later change wins, by its stamp (see [`Stamps`]);
//! - new on either side (ids are random, so two tabs' new ones never share one): kept;
//! - deleted on one side and left alone on the other: deleted; deleted on one side and changed
//!   on the other: kept, with the change — a delete never takes away what was entered meanwhile.
//!
//! Settings (language, colour scheme) follow the same rule, this tab winning a tie; which
//! assessment and role are on screen stays this tab's own.

use std::collections::HashSet;

use crate::core::answers::role::{Need, RoleProfile};
use crate::core::answers::workbook::{Entry, Stamps, Workbook};
use crate::core::formats::stored::{restore, Restored, Unreadable};
use crate::core::profile::Profile;

/// What this tab does with what another tab stored (found before writing, or told by the
/// browser's storage event).
#[derive(Debug, Clone, PartialEq)]
pub enum Meeting {
    /// Both tabs' changes merged. `merged` is shown here; `theirs`, what storage holds, is the
    /// base of the next merge. When the merge holds something of this tab's that storage lacks
    /// (`write`) — a change made here before this tab saw the other's, or one the other tab
    /// wrote over, as two tabs writing at once do — it is written.
    Met {
        merged: Workbook,
        theirs: Workbook,
        write: bool,
    },
    /// The other tab erased everything: start afresh here too, unsaved changes and all (the
    /// user asked for everything to go).
    Erased,
    /// Nothing is stored and nothing was: just write.
    Write,
    /// The other tab runs a newer version of the app, whose data this one cannot read: stop
    /// saving, so that this tab's next change cannot overwrite that data.
    StopSaving(Unreadable),
}

/// The rule for meeting what another tab stored (`stored`, the raw text), from what both tabs
/// last had in common (`base`: what this tab last read from storage) and this tab's workbook.
///
/// Storage is no transaction: a tab that reads before it writes may still not see a write the
/// other made a moment before (browsers pass writes between tabs on), and two tabs may write at
/// once. So `base` is what this tab last *read*, never what it wrote itself: when the other tab
/// wrote over this tab's change without having seen it, the change is still this tab's own
/// against the base, the merge keeps it, and it is written again.
pub fn meet(
    base: Option<&Workbook>,
    ours: &Workbook,
    stored: Option<&str>,
    profile: &Profile,
    today: &str,
) -> Meeting {
    match restore(stored, today) {
        Restored::Fresh if base.is_some() => Meeting::Erased,
        Restored::Fresh => Meeting::Write,
        Restored::Unreadable { problem, .. } => Meeting::StopSaving(problem),
        Restored::Loaded(mut theirs) => {
            theirs.lay_out(profile);
            let merged = merge(base, ours, &theirs);
            let write = !merged.same_data(&theirs);
            Meeting::Met {
                merged,
                theirs,
                write,
            }
        }
    }
}

/// One value from base, ours and theirs: the side that changed it, or (both did) the one with
/// the later stamp.
fn pick<T: PartialEq + Clone>(base: Option<&T>, ours: &T, theirs: &T, mine: u64, other: u64) -> T {
    if ours == theirs || base == Some(theirs) {
        ours.clone()
    } else if base == Some(ours) || other > mine {
        theirs.clone()
    } else {
        ours.clone()
    }
}

/// Merges another tab's workbook (`theirs`) into this tab's (`ours`), from what both started
/// from (`base`: `None` when nothing was stored). All three are laid out for the same profile.
pub fn merge(base: Option<&Workbook>, ours: &Workbook, theirs: &Workbook) -> Workbook {
    let mut merged = ours.clone();
    let base_entry = |id: &str| base.and_then(|b| b.entries.iter().find(|e| e.id == id));
    let base_role = |id: &str| base.and_then(|b| b.roles.iter().find(|r| r.id == id));

    // Assessments: this tab's order, then the ones only the other tab has.
    let mut entries = Vec::new();
    for mine in &ours.entries {
        let was = base_entry(&mine.id);
        match theirs.entries.iter().find(|e| e.id == mine.id) {
            Some(other) => entries.push(merge_entry(was, mine, other)),
            // Deleted there: gone, unless changed here since.
            None if was.is_some_and(|was| was == mine) => {}
            None => entries.push(mine.clone()),
        }
    }
    for other in &theirs.entries {
        if ours.entries.iter().any(|e| e.id == other.id) {
            continue;
        }
        match base_entry(&other.id) {
            // Deleted here, left alone there: gone.
            Some(was) if was == other => {}
            _ => entries.push(other.clone()),
        }
    }
    let ids: HashSet<String> = entries.iter().map(|e| e.id.clone()).collect();
    for entry in &mut entries {
        if entry
            .hints_from
            .as_ref()
            .is_some_and(|id| !ids.contains(id))
        {
            entry.hints_from = None;
        }
    }

    let mut roles = Vec::new();
    for mine in &ours.roles {
        let was = base_role(&mine.id);
        match theirs.roles.iter().find(|r| r.id == mine.id) {
            Some(other) => roles.push(merge_role(was, mine, other)),
            None if was.is_some_and(|was| was == mine) => {}
            None => roles.push(mine.clone()),
        }
    }
    for other in &theirs.roles {
        if ours.roles.iter().any(|r| r.id == other.id) {
            continue;
        }
        match base_role(&other.id) {
            Some(was) if was == other => {}
            _ => roles.push(other.clone()),
        }
    }
    let role_ids: HashSet<&str> = roles.iter().map(|r| r.id.as_str()).collect();
    for entry in &mut entries {
        if entry
            .aim
            .as_deref()
            .is_some_and(|id| !role_ids.contains(id))
        {
            entry.aim = None;
        }
    }

    // What is on screen stays this tab's; if it went, the nearest one takes its place.
    let current_id = &ours.entry().id;
    let current = entries
        .iter()
        .position(|e| &e.id == current_id)
        .unwrap_or_else(|| ours.current.min(entries.len().saturating_sub(1)));
    // The role in the editor likewise: if it went, the first one opens (if there is one).
    let current_role = ours.current_role.and_then(|i| {
        let id = &ours.roles.get(i)?.id;
        roles
            .iter()
            .position(|r| &r.id == id)
            .or((!roles.is_empty()).then_some(0))
    });

    if entries.is_empty() {
        // Both sides deleted everything there was: there is always one to fill in.
        entries = ours.entries.clone();
    }
    merged.entries = entries;
    merged.current = current.min(merged.entries.len() - 1);
    merged.roles = roles;
    merged.current_role = current_role;
    // Settings changed on both sides: this tab's choice stands (it is the one on screen).
    merged.language = pick(
        base.map(|b| &b.language),
        &ours.language,
        &theirs.language,
        1,
        0,
    );
    merged.theme = pick(base.map(|b| &b.theme), &ours.theme, &theirs.theme, 1, 0);
    merged.intro_dismissed = ours.intro_dismissed || theirs.intro_dismissed;
    merged
}

fn merge_entry(base: Option<&Entry>, ours: &Entry, theirs: &Entry) -> Entry {
    let (mine, other) = (ours.stamps.meta, theirs.stamps.meta);
    macro_rules! merged {
        ($f:ident) => {
            pick(base.map(|b| &b.$f), &ours.$f, &theirs.$f, mine, other)
        };
    }
    let mut stamps = Stamps {
        meta: mine.max(other),
        ..Stamps::default()
    };
    let mut ratings = Vec::with_capacity(ours.assessment.ratings.len());
    let base_rating = |item: &str| base.and_then(|b| b.assessment.rating(item));
    let mut items: Vec<&str> = ours
        .assessment
        .ratings
        .iter()
        .map(|r| r.item.as_str())
        .collect();
    for rating in &theirs.assessment.ratings {
        if ours.assessment.rating(&rating.item).is_none() {
            items.push(&rating.item);
        }
    }
    for item in items {
        let blank = crate::core::answers::assessment::Rating::new(item);
        let mine_rating = ours.assessment.rating(item).unwrap_or(&blank);
        let other_rating = theirs.assessment.rating(item).unwrap_or(&blank);
        let (at_mine, at_other) = (ours.stamps.item(item), theirs.stamps.item(item));
        let chosen = pick(
            Some(base_rating(item).unwrap_or(&blank)),
            mine_rating,
            other_rating,
            at_mine,
            at_other,
        );
        let at = if &chosen == mine_rating {
            at_mine
        } else {
            at_other
        };
        if at > 0 {
            stamps.items.insert(item.to_string(), at);
        }
        ratings.push(chosen);
    }
    Entry {
        id: ours.id.clone(),
        name: merged!(name),
        date: merged!(date),
        perspective: merged!(perspective),
        person: merged!(person),
        profile: merged!(profile),
        hints_from: merged!(hints_from),
        aim: merged!(aim),
        agreement: merged!(agreement),
        in_team: merged!(in_team),
        assessment: crate::core::answers::assessment::Assessment { ratings },
        stamps,
    }
}

fn merge_role(base: Option<&RoleProfile>, ours: &RoleProfile, theirs: &RoleProfile) -> RoleProfile {
    let (mine, other) = (ours.stamps.meta, theirs.stamps.meta);
    macro_rules! merged {
        ($f:ident) => {
            pick(base.map(|b| &b.$f), &ours.$f, &theirs.$f, mine, other)
        };
    }
    let find = |role: &RoleProfile, item: &str| role.needs.iter().find(|n| n.item == item).cloned();
    let mut items: Vec<String> = ours.needs.iter().map(|n| n.item.clone()).collect();
    for need in &theirs.needs {
        if !items.contains(&need.item) {
            items.push(need.item.clone());
        }
    }
    let mut stamps = Stamps {
        meta: mine.max(other),
        ..Stamps::default()
    };
    let needs = items
        .iter()
        .map(|item| {
            let blank = Need::new(item.as_str());
            let was = base
                .and_then(|b| find(b, item))
                .unwrap_or_else(|| blank.clone());
            let mine_need = find(ours, item).unwrap_or_else(|| blank.clone());
            let other_need = find(theirs, item).unwrap_or(blank);
            let (at_mine, at_other) = (ours.stamps.item(item), theirs.stamps.item(item));
            let chosen = pick(Some(&was), &mine_need, &other_need, at_mine, at_other);
            let at = if chosen == mine_need {
                at_mine
            } else {
                at_other
            };
            if at > 0 {
                stamps.items.insert(item.clone(), at);
            }
            chosen
        })
        .collect();
    RoleProfile {
        id: ours.id.clone(),
        title: merged!(title),
        organisation: merged!(organisation),
        purpose: merged!(purpose),
        profile: merged!(profile),
        needs,
        stamps,
    }
}

#[cfg(test)]
mod tests;
