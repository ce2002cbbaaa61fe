//! A manager's team (later-loading code): who is in it — assessments of this browser, links
//! pasted, files chosen or dropped, several at once — what "strong" means (a level, or what a
//! role profile needs), the grid and what it shows (`core::report::team_doc`), one item or one
//! person at a time on a phone, printing on one landscape page and the CSV for a spreadsheet;
//! and an association's figures, pooled from its members' anonymous contributions.

use leptos::html;
use leptos::prelude::*;

use super::documents::{default_bar, team, PooledPage, TeamPage};
use super::kit::{ActionStatus, Check, Choice, Headed};
use super::session::{use_session, Session};
use crate::core::answers::assessment::Level;
use crate::core::answers::change::Change;
use crate::core::answers::workbook::Entry;
use crate::core::computed::pooled::{Group, Pool, Twice};
use crate::core::computed::team::TeamOrder;
use crate::core::formats::contribution::Contribution;
use crate::core::formats::csv::team_csv;
use crate::core::formats::exchange::{self, Incoming};
use crate::core::formats::link::{self, LinkKind};
use crate::core::formats::shared::{Refusal, Shared};
use crate::core::report::{level_label, pooled_csv, pooled_doc, TeamDoc};
use crate::core::visit::view::View;
use crate::core::words::texts::fill;
use crate::web;

/// Two assessments side by side, or a team: the two views under the comparison's tab.
#[component]
pub fn SideBySide() -> impl IntoView {
    let session = use_session();
    let screen = session.screen;
    let t = session.t();
    let link = move |view: View, label: &'static str| {
        view! {
            <a
                href=web::address_of_view(view)
                // The current one of the two (the views' bar marks the page).
                aria-current=move || (screen.view.get() == view).then_some("true")
                on:click=move |ev| screen.follow(view, ev)
            >
                {label}
            </a>
        }
    };
    view! {
        <nav class="side-by-side" aria-label=t.view_compare>
            {link(View::Compare, t.doc().pair_tab)}
            {link(View::Team, t.doc().team_tab)}
        </nav>
    }
}

#[component]
pub fn TeamPane() -> impl IntoView {
    let session = use_session();
    let t = session.t();
    let bar = RwSignal::new(format!("l{}", default_bar(session)));
    let order = RwSignal::new(TeamOrder::Profile);
    let notes = RwSignal::new(false);
    let doc = Memo::new(move |_| team(session, &bar.get(), order.get(), notes.get()));
    let bars = Signal::derive(move || {
        let lang = session.lang.get_untracked();
        let profile = session.profile;
        let d = session.t().doc();
        let levels = profile.levels.iter().map(|step| {
            let label = level_label(profile, Level(step.level), lang);
            (
                format!("l{}", step.level),
                fill(d.team_bar_level, &[("x", &label)]),
            )
        });
        let roles = session
            .role_titles_in(session.lang.get_untracked())
            .into_iter()
            .map(|(id, title)| (format!("r{id}"), fill(d.team_bar_role, &[("x", &title)])));
        levels.chain(roles).collect()
    });
    let orders = Signal::derive(move || {
        let d = session.t().doc();
        vec![
            ("profile".to_string(), d.order_profile.to_string()),
            ("thin".to_string(), d.team_order_thin.to_string()),
        ]
    });
    let export = move |_| {
        let lang = session.lang.get_untracked();
        let csv = session
            .with_book(|b| team_csv(session.profile, &b.team(), notes.get_untracked(), lang));
        web::download(
            &format!("team-{}.csv", web::today()),
            &csv,
            "text/csv;charset=utf-8",
        );
    };
    view! {
        <SideBySide />
        <Headed class="team-controls" id="team-heading" heading=t.doc().team_heading>
            <p>{t.doc().team_intro}</p>
            <AddPeople />
            <Show when=move || doc.with(Option::is_some)>
                <div class="bar-row">
                    <Choice
                        label=t.doc().team_bar_label
                        options=bars
                        selected=bar
                        on_change=move |value: String| bar.set(value)
                    />
                    <Choice
                        label=t.doc().order_label
                        options=orders
                        selected=Signal::derive(move || {
                            if order.get() == TeamOrder::Thinnest { "thin" } else { "profile" }.to_string()
                        })
                        on_change=move |value: String| {
                            order.set(if value == "thin" { TeamOrder::Thinnest } else { TeamOrder::Profile })
                        }
                    />
                    <Check label=t.doc().team_notes checked=notes on_change=move |on| notes.set(on) />
                </div>
                <div class="summary-actions">
                    <button type="button" on:click=|_| web::print("team", "team")>{t.doc().print}</button>
                    <button type="button" class="secondary" on:click=export>{t.doc().team_export}</button>
                    <ActionStatus />
                </div>
            </Show>
        </Headed>
        {move || match doc.get() {
            Some(doc) => {
                view! {
                    <OneAtATime doc=doc.clone() />
                    <div class="doc-frame" data-doc="team">
                        <TeamPage doc />
                    </div>
                }
                    .into_any()
            }
            None => view! { <p class="team-empty">{t.doc().team_empty}</p> }.into_any(),
        }}
        <Figures />
    }
}

/// An association's figures: members' anonymous contributions, pooled (read here, not kept).
#[component]
fn Figures() -> impl IntoView {
    let session = use_session();
    let t = session.t();
    let profile = session.profile;
    let pool = RwSignal::new(Pool::default());
    let group = RwSignal::new(Group::All);
    let said = RwSignal::new(Vec::<String>::new());
    let files = NodeRef::<html::Input>::new();
    let doc = Memo::new(move |_| {
        let group = group.get();
        pool.with(|pool| {
            if pool.is_empty() {
                return None;
            }
            let count = pool
                .groups(profile)
                .into_iter()
                .find(|(g, _)| *g == group)
                .map_or(0, |(_, n)| n);
            let rows = pool.figures(profile, group);
            let lang = session.lang.get_untracked();
            Some(session.with_answers(|b| {
                pooled_doc(profile, &rows, group, count, &b.entry().assessment, lang)
            }))
        })
    });
    let groups = Signal::derive(move || {
        let lang = session.lang.get_untracked();
        let d = session.t().doc();
        pool.with(|pool| {
            pool.groups(profile)
                .into_iter()
                .map(|(g, n)| {
                    let (value, words) = match g {
                        Group::All => ("all".to_string(), d.pooled_all.to_string()),
                        Group::CareerLevel(level) => {
                            let name = profile
                                .career_levels
                                .iter()
                                .find(|c| c.level == level)
                                .map(|c| c.name.get(lang))
                                .unwrap_or_default();
                            (
                                level.to_string(),
                                fill(d.pooled_career, &[("n", &level.to_string()), ("x", name)]),
                            )
                        }
                    };
                    (value, format!("{words} ({n})"))
                })
                .collect()
        })
    });
    let add = move |list: Option<web_sys::FileList>| {
        let Some(list) = list else { return };
        leptos::task::spawn_local(async move {
            let lang = session.lang.get_untracked();
            let d = session.t().doc();
            let read = web::read_files(list, exchange::MAX_BYTES).await;
            let mut refused = Vec::new();
            let mut added = 0;
            pool.update(|pool| {
                for (name, text) in read {
                    let contribution = match text {
                        Err(web::FileProblem::TooLarge) => Err(Refusal::TooLarge.message(lang)),
                        Err(web::FileProblem::Unreadable) => Err(Refusal::NotOurs.message(lang)),
                        Ok(text) => Contribution::read(profile, &text).map_err(|r| r.message(lang)),
                    };
                    let outcome = contribution.and_then(|c| {
                        pool.add(profile, c)
                            .map_err(|Twice| d.pooled_twice.to_string())
                    });
                    match outcome {
                        Ok(()) => added += 1,
                        Err(why) => refused
                            .push(fill(d.team_not_added, &[("x", &format!("{name}: {why}"))])),
                    }
                }
            });
            if let Some(input) = files.get() {
                input.set_value("");
            }
            let mut lines = Vec::new();
            if added > 0 {
                lines.push(fill(d.pooled_added, &[("n", &added.to_string())]));
            }
            lines.extend(refused);
            said.set(lines);
        });
    };
    let export = move |_| {
        let lang = session.lang.get_untracked();
        let csv = pool.with_untracked(|pool| {
            let groups: Vec<(Group, Vec<_>)> = pool
                .groups(profile)
                .into_iter()
                .map(|(g, _)| (g, pool.figures(profile, g)))
                .collect();
            pooled_csv(profile, &groups, lang)
        });
        web::download(
            &format!("figures-{}.csv", web::today()),
            &csv,
            "text/csv;charset=utf-8",
        );
    };
    view! {
        <Headed class="team-controls pooled" id="pooled-heading" heading=t.doc().pooled_heading>
            <p>{t.doc().pooled_intro}</p>
            <div
                class="bar-row"
                on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    add(web::dropped_files(&ev));
                }
            >
                <ManyFiles label=t.doc().pooled_files input=files on_files=add />
            </div>
            <Report said />
            <Show when=move || doc.with(Option::is_some)>
                <div class="bar-row">
                    <Choice
                        label=t.doc().pooled_group
                        options=groups
                        selected=Signal::derive(move || match group.get() {
                            Group::All => "all".to_string(),
                            Group::CareerLevel(level) => level.to_string(),
                        })
                        on_change=move |value: String| {
                            group.set(value.parse().map_or(Group::All, Group::CareerLevel))
                        }
                    />
                </div>
                <div class="summary-actions">
                    <button type="button" on:click=|_| web::print("pooled", "team")>{t.doc().pooled_print}</button>
                    <button type="button" class="secondary" on:click=export>{t.doc().pooled_export}</button>
                </div>
            </Show>
        </Headed>
        {move || {
            doc.get()
                .map(|doc| {
                    view! {
                        <div class="doc-frame" data-doc="pooled">
                            <PooledPage doc />
                        </div>
                    }
                })
        }}
    }
}

/// Who is in the team, and adding people: this browser's assessments, links, files.
#[component]
fn AddPeople() -> impl IntoView {
    let session = use_session();
    let t = session.t();
    let said = RwSignal::new(Vec::<String>::new());
    let links = NodeRef::<html::Textarea>::new();
    let files = NodeRef::<html::Input>::new();
    let entries = Signal::derive(move || {
        let lang = session.lang.get_untracked();
        session.with_meta(|b| {
            b.entries
                .iter()
                .map(|entry| (entry.id.clone(), entry.named_title(lang), entry.in_team))
                .collect::<Vec<_>>()
        })
    });
    // Open while nobody is in the team; folded once someone is, so that the grid is near.
    let open_at_first = session.with_book(|b| b.team().is_empty());
    let member = move |id: String, on: bool| {
        let lang = session.lang.get_untracked();
        let refused = session.with_book(|b| {
            let entry = &b.entries[b.index_of(&id)?];
            let other = b
                .in_team(&entry.person)
                .filter(|other| other.id != entry.id && on)?;
            Some(Refusal::AlreadyInTeam(other.whose(lang)).message(lang))
        });
        match refused {
            Some(message) => said.set(vec![fill(
                session.t().doc().team_not_added,
                &[("x", &message)],
            )]),
            None => {
                session.apply(Change::TeamMember { id, member: on });
                said.set(Vec::new());
            }
        }
    };
    let add_links = move |_| {
        let Some(area) = links.get() else { return };
        let text = area.value();
        leptos::task::spawn_local(async move {
            let mut report = Report::default();
            // What was not added stays in the field, to be mended and added again.
            let mut kept = Vec::new();
            for (line, pasted) in text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
            {
                let source = fill(
                    session.t().doc().team_line,
                    &[("n", &(line + 1).to_string())],
                );
                if !report.take(session, &source, read_link(session, pasted).await) {
                    kept.push(pasted);
                }
            }
            area.set_value(&kept.join("\n"));
            said.set(report.lines(session));
        });
    };
    let add_files = move |list: Option<web_sys::FileList>| {
        let Some(list) = list else { return };
        leptos::task::spawn_local(async move {
            let mut report = Report::default();
            for (name, text) in web::read_files(list, exchange::MAX_BYTES).await {
                let read = match text {
                    Err(web::FileProblem::TooLarge) => Err(Refusal::TooLarge),
                    Err(web::FileProblem::Unreadable) => Err(Refusal::NotOurs),
                    Ok(text) => match exchange::import(session.profile, &text) {
                        Ok(Incoming::Assessment(shared)) => Ok(shared),
                        Ok(Incoming::Role(_)) => Err(Refusal::WrongKind),
                        Err(refusal) => Err(refusal),
                    },
                };
                report.take(session, &name, read);
            }
            if let Some(input) = files.get() {
                input.set_value("");
            }
            said.set(report.lines(session));
        });
    };
    view! {
        <details
            class="team-add"
            open=open_at_first
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                add_files(web::dropped_files(&ev));
            }
        >
            <summary>{t.doc().team_people}</summary>
            <div class="team-add-body">
            <fieldset class="team-members">
                <legend>{t.doc().team_in_browser}</legend>
                <For
                    each=move || entries.get()
                    key=|(id, title, on)| (id.clone(), title.clone(), *on)
                    let:entry
                >
                    {
                        let (id, title, on) = entry;
                        view! {
                            <Check label=title checked=on on_change=move |now| member(id.clone(), now) />
                        }
                    }
                </For>
            </fieldset>
            <label class="field">
                <span class="caption">{t.doc().team_links}</span>
                <textarea node_ref=links rows="3" spellcheck="false"></textarea>
            </label>
            <div class="bar-row">
                <button type="button" class="secondary" on:click=add_links>{t.doc().team_add_links}</button>
                <ManyFiles label=t.doc().team_files input=files on_files=add_files />
            </div>
            </div>
        </details>
        <Report said />
    }
}

/// A button that picks several files at once (dropping them on what is around it works too).
#[component]
fn ManyFiles(
    label: &'static str,
    input: NodeRef<html::Input>,
    #[prop(into)] on_files: Callback<Option<web_sys::FileList>>,
) -> impl IntoView {
    let t = use_session().t();
    view! {
        <label class="file-button">
            <input
                node_ref=input
                type="file"
                multiple
                accept=".json,application/json"
                class="sr-only"
                on:change=move |_| on_files.run(input.get().and_then(|input| input.files()))
            />
            <span>{label}</span>
        </label>
        <span class="drop-hint">{t.doc().team_drop}</span>
    }
}

/// What adding several at once said, line by line.
#[component]
fn Report(said: RwSignal<Vec<String>>) -> impl IntoView {
    view! {
        <ul class="team-report" role="status">
            {move || said.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
        </ul>
    }
}

/// What adding several at once did: who joined, and each refusal with where it came from.
#[derive(Default)]
struct Report {
    added: Vec<String>,
    refused: Vec<String>,
}

impl Report {
    /// Adds what was read from `source` to the team, or says why not; true when it was added.
    fn take(&mut self, session: Session, source: &str, read: Result<Shared, Refusal>) -> bool {
        let lang = session.lang.get_untracked();
        let shared = match read {
            Ok(shared) => shared,
            Err(refusal) => {
                self.refused
                    .push(format!("{source}: {}", refusal.message(lang)));
                return false;
            }
        };
        if let Some(name) = session.with_book(|b| b.in_team(&shared.person).map(|e| e.whose(lang)))
        {
            let refusal = Refusal::AlreadyInTeam(name);
            self.refused
                .push(format!("{source}: {}", refusal.message(lang)));
            return false;
        }
        let name = Entry::from(shared.clone()).whose(lang);
        session.apply(Change::JoinTeam(Box::new(shared)));
        self.added.push(name);
        true
    }

    fn lines(self, session: Session) -> Vec<String> {
        let d = session.t().doc();
        let mut lines = Vec::new();
        if !self.added.is_empty() {
            lines.push(fill(d.team_added, &[("x", &self.added.join(", "))]));
        }
        lines.extend(
            self.refused
                .into_iter()
                .map(|refusal| fill(d.team_not_added, &[("x", &refusal)])),
        );
        lines
    }
}

/// An assessment from a pasted link, read as any link is.
async fn read_link(session: Session, pasted: &str) -> Result<Shared, Refusal> {
    let packed = link::unpack(link::fragment_of(pasted))?.ok_or(Refusal::NotOurs)?;
    if packed.kind != LinkKind::Assessment {
        return Err(Refusal::WrongKind);
    }
    let body = web::inflate(&packed.data, link::MAX_BODY)
        .await
        .map_err(|()| Refusal::Damaged)?;
    link::read_assessment(session.profile, packed.version, &body)
}

/// On a phone: one item with its people, or one person with their items.
#[component]
fn OneAtATime(doc: TeamDoc) -> impl IntoView {
    let session = use_session();
    let t = session.t();
    let by_person = RwSignal::new(false);
    let chosen = RwSignal::new(0usize);
    let ways = Signal::derive(move || {
        let d = session.t().doc();
        vec![
            ("item".to_string(), d.team_by_item.to_string()),
            ("person".to_string(), d.team_by_person.to_string()),
        ]
    });
    let doc = StoredValue::new(doc);
    let choices = Signal::derive(move || {
        doc.with_value(|doc| {
            if by_person.get() {
                doc.people
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (i.to_string(), p.clone()))
                    .collect()
            } else {
                doc.rows
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (i.to_string(), r.item.clone()))
                    .collect()
            }
        })
    });
    let lines = move || {
        let at = chosen.get();
        doc.with_value(|doc| {
            let lines: Vec<(String, String, Option<String>)> = if by_person.get() {
                doc.rows
                    .iter()
                    .filter_map(|row| {
                        let cell = row.cells.get(at)?;
                        Some((row.item.clone(), cell.words.clone(), cell.note.clone()))
                    })
                    .collect()
            } else {
                doc.rows
                    .get(at)
                    .map(|row| {
                        row.cells
                            .iter()
                            .zip(&doc.people)
                            .map(|(cell, who)| (who.clone(), cell.words.clone(), cell.note.clone()))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            lines
                .into_iter()
                .map(|(what, words, note)| {
                    view! {
                        <li>
                            <span class="what">{what}</span>
                            " · "
                            {words}
                            {note.map(|note| view! { <q>{note}</q> })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="team-one" aria-label=t.doc().team_show_by>
            <div class="bar-row">
                <Choice
                    label=t.doc().team_show_by
                    options=ways
                    selected=Signal::derive(move || if by_person.get() { "person" } else { "item" }.to_string())
                    on_change=move |way: String| {
                        by_person.set(way == "person");
                        chosen.set(0);
                    }
                />
                <Choice
                    label=Signal::derive(move || {
                        if by_person.get() { session.t().doc().team_person } else { session.t().doc().team_item }
                    })
                    options=choices
                    selected=Signal::derive(move || chosen.get().to_string())
                    on_change=move |value: String| chosen.set(value.parse().unwrap_or(0))
                />
            </div>
            <ul class="claims">{lines}</ul>
        </section>
    }
}
