//! The documents, drawn: the summary, the comparison, the fit and the job description, each
//! from what `core::report` says of it. The same components on screen and on paper (the print
//! sheet shows the frame of the document being printed, `data-doc`).

use leptos::prelude::*;

use super::parts::{ChartFigure, ClaimsSection, LevelSection, MarketSection};
use crate::core::report::{
    AgreementPart, ComparisonDoc, FitDoc, FitReport, FitSection, JobDescription, SummaryDoc,
};

/// The summary of an assessment, on one page.
#[component]
pub fn SummaryPage(doc: SummaryDoc) -> impl IntoView {
    let SummaryDoc {
        title,
        who: (who, date),
        profile_line,
        level,
        charts: (charts_heading, charts),
        strengths,
        responsibilities,
        tasks_held,
        goals,
        fit,
        market,
        agreement,
    } = doc;
    let datetime = date.clone();
    let agreed = agreement.is_some();
    // An agreed assessment's page says what the meeting agreed at its head and ends in the
    // signatures (on paper its charts give way to them: the stylesheet).
    let (meeting, signatures) = match agreement {
        Some(part) => {
            let AgreementPart {
                heading,
                from,
                open,
                changed,
                signatures,
                signature,
                date,
            } = part;
            (
                Some(view! {
                    <section class="agreement">
                        <h3>{heading}</h3>
                        <p>{from}</p>
                        {open.map(|open| view! { <p class="open">{open}</p> })}
                    </section>
                    <ClaimsSection class="changed" claims=changed />
                }),
                Some(view! { <Signatures signatures signature date /> }),
            )
        }
        None => (None, None),
    };
    view! {
        <article class="summary-card doc" class:agreed=agreed aria-labelledby="summary-title">
            <header class="summary-head">
                <h2 id="summary-title">{title}</h2>
                <p class="who">
                    {(!who.is_empty()).then(|| format!("{who} · "))}
                    <time datetime=datetime>{date}</time>
                </p>
                <p class="profile-name">{profile_line}</p>
            </header>
            {meeting}
            <LevelSection level />
            <section class="charts">
                <h3>{charts_heading}</h3>
                <div class="chart-row">
                    {charts.into_iter().map(|chart| view! { <ChartFigure chart /> }).collect_view()}
                </div>
            </section>
            <ClaimsSection class="strengths" claims=strengths />
            <ClaimsSection class="responsibilities" claims=responsibilities after=tasks_held />
            <ClaimsSection class="goals" claims=goals />
            {fit.map(|FitSection { heading, report }| {
                view! {
                    <section class="fit">
                        <h3>{heading}</h3>
                        <FitLists report sub=4 />
                    </section>
                }
            })}
            {market.map(|market| view! { <MarketSection market /> })}
            {signatures}
        </article>
    }
}

/// Two lines to sign on, each with who signs and a line for the date.
#[component]
fn Signatures(
    signatures: [String; 2],
    signature: &'static str,
    date: &'static str,
) -> impl IntoView {
    view! {
        <section class="signatures" aria-label=signature>
            {signatures
                .into_iter()
                .map(|who| {
                    view! {
                        <div class="signature">
                            <p class="line">{signature}</p>
                            <p class="signer">{who}</p>
                            <p class="line date">{date}</p>
                        </div>
                    }
                })
                .collect_view()}
        </section>
    }
}

/// The fit's verdict and lists; `sub` is the level of its headings (3 on a page of its own, 4
/// inside the summary).
#[component]
fn FitLists(report: FitReport, sub: u8) -> impl IntoView {
    let FitReport {
        verdict,
        tasks,
        items_heading,
        rows,
        no_rows,
        missing_heading,
        missing,
        none_missing,
    } = report;
    let heading = move |text: &'static str| {
        if sub == 3 {
            view! { <h3>{text}</h3> }.into_any()
        } else {
            view! { <h4>{text}</h4> }.into_any()
        }
    };
    let rows = if rows.is_empty() {
        view! { <p>{no_rows}</p> }.into_any()
    } else {
        view! {
            <ul class="claims fit-rows">
                {rows
                    .into_iter()
                    .map(|row| {
                        view! {
                            <li class=row.mark>
                                <span class="what">{row.item}</span>
                                " · "
                                {row.levels}
                                " · "
                                <strong class="mark">{row.said}</strong>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let missing = if missing.is_empty() {
        view! { <p>{none_missing}</p> }.into_any()
    } else {
        view! {
            <ul class="claims">
                {missing
                    .into_iter()
                    .map(|(task, requirement)| {
                        view! { <li><span class="what">{task}</span> " · " {requirement}</li> }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <p class="verdict">{verdict}</p>
        <p>{tasks}</p>
        {heading(items_heading)}
        {rows}
        {heading(missing_heading)}
        {missing}
    }
}

/// The fit of an assessment with a role profile, on a page of its own.
#[component]
pub fn FitPage(doc: FitDoc) -> impl IntoView {
    let FitDoc { title, who, report } = doc;
    view! {
        <article class="fit-card doc" aria-labelledby="fit-title">
            <header class="summary-head">
                <h2 id="fit-title">{title}</h2>
                <p class="who">{who}</p>
            </header>
            <FitLists report sub=3 />
        </article>
    }
}

/// Two assessments side by side, or one person's growth between two dates.
#[component]
pub fn ComparisonPage(doc: ComparisonDoc) -> impl IntoView {
    let ComparisonDoc {
        growth,
        title,
        who,
        agreement: (agreement_heading, tally),
        levels: (levels_heading, levels),
        averages: (averages_heading, averages),
        charts,
        items_heading,
        rows,
        no_rows,
        not_compared,
    } = doc;
    let lines = |lines: Vec<(String, String)>| {
        lines
            .into_iter()
            .map(|(what, said)| view! { <li><span class="what">{what}</span> " · " {said}</li> })
            .collect_view()
    };
    let rows = if rows.is_empty() {
        view! { <p>{no_rows}</p> }.into_any()
    } else {
        view! {
            <ol class="compare-rows">
                {rows
                    .into_iter()
                    .map(|row| {
                        let class = format!("crow {}", row.difference);
                        let sides = row
                            .sides
                            .into_iter()
                            .enumerate()
                            .map(|(k, side)| {
                                view! {
                                    <span class=if k == 0 { "side a" } else { "side b" }>
                                        <span class="who">{side.who}</span>
                                        {side.answer}
                                        {side.level_name.map(|name| view! { <span class="level-name">{name}</span> })}
                                        {side.target}
                                    </span>
                                }
                            })
                            .collect_view();
                        let notes = row
                            .notes
                            .into_iter()
                            .map(|(k, who, note)| {
                                view! {
                                    <p class=if k == 0 { "note a" } else { "note b" }>
                                        <span class="who">{who}</span>
                                        <q>{note}</q>
                                    </p>
                                }
                            })
                            .collect_view();
                        view! {
                            <li class=class>
                                <span class="what">{row.item}</span>
                                {sides}
                                <strong class="diff">{row.said}</strong>
                                {notes}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
        .into_any()
    };
    view! {
        <article
            class=if growth { "compare-card doc growth" } else { "compare-card doc" }
            aria-labelledby="compare-title"
        >
            <header class="summary-head">
                <h2 id="compare-title">{title}</h2>
                <p class="who">{who}</p>
            </header>
            <section class="agreement">
                <h3>{agreement_heading}</h3>
                <ul class="tally">
                    {tally
                        .into_iter()
                        .map(|(n, what)| view! { <li><strong>{n}</strong> " " {what}</li> })
                        .collect_view()}
                </ul>
            </section>
            <section class="claimed">
                <h3>{levels_heading}</h3>
                <ul class="claims">{lines(levels)}</ul>
            </section>
            <section class="averages">
                <h3>{averages_heading}</h3>
                <ul class="claims">{lines(averages)}</ul>
                {(!charts.is_empty())
                    .then(|| {
                        view! {
                            <div class="chart-row">
                                {charts.into_iter().map(|chart| view! { <ChartFigure chart /> }).collect_view()}
                            </div>
                        }
                    })}
            </section>
            <section class="items">
                <h3>{items_heading}</h3>
                {rows}
            </section>
            {not_compared
                .map(|not_compared| {
                    view! {
                        <section class="not-compared">
                            <h3>{not_compared.heading}</h3>
                            <p>{not_compared.intro}</p>
                            <ul>
                                {not_compared
                                    .items
                                    .into_iter()
                                    .map(|item| view! { <li><code>{item}</code></li> })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })}
        </article>
    }
}

/// A list of plain items.
fn items(items: Vec<String>, class: Option<&'static str>) -> impl IntoView {
    view! {
        <ul class=class>
            {items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
        </ul>
    }
}

/// The job description of a role profile, in a language of its own.
#[component]
pub fn JobDescriptionPage(doc: JobDescription) -> impl IntoView {
    let JobDescription {
        lang,
        title,
        organisation,
        purpose,
        level,
        tasks,
        skills,
        salary,
    } = doc;
    view! {
        <article class="job-card doc" lang=lang.code() aria-labelledby="job-title">
            <header class="summary-head">
                <h2 id="job-title">{title}</h2>
                {organisation.map(|organisation| view! { <p class="who">{organisation}</p> })}
            </header>
            {purpose
                .map(|(heading, purpose)| {
                    view! {
                        <section>
                            <h3>{heading}</h3>
                            <p>{purpose}</p>
                        </section>
                    }
                })}
            {level
                .map(|level| {
                    view! {
                        <section class="level">
                            <h3>{level.heading}</h3>
                            <p>{level.line}</p>
                            {level.titles.map(|titles| view! { <p>{titles}</p> })}
                        </section>
                    }
                })}
            {tasks
                .map(|tasks| {
                    view! {
                        <section class="tasks">
                            <h3>{tasks.heading}</h3>
                            {tasks
                                .kinds
                                .into_iter()
                                .map(|(heading, tasks)| view! { <h4>{heading}</h4> {items(tasks, None)} })
                                .collect_view()}
                        </section>
                    }
                })}
            {skills
                .into_iter()
                .map(|block| {
                    view! {
                        <section class="skills">
                            <h3>{block.heading}</h3>
                            {block
                                .levels
                                .into_iter()
                                .map(|(at_level, needs)| {
                                    view! {
                                        <p class="at-level">{at_level}</p>
                                        {items(needs, Some("needs"))}
                                    }
                                })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()}
            {salary
                .map(|salary| {
                    view! {
                        <section class="market">
                            <h3>{salary.heading}</h3>
                            <p>{salary.line}</p>
                            <p class="source">{salary.source}</p>
                        </section>
                    }
                })}
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::assessment::{Assessment, Level, Rating};
    use crate::core::answers::workbook::Entry;
    use crate::core::computed::summary::summarize;
    use crate::core::profile::Profile;
    use crate::core::report::summary_doc;
    use crate::core::words::lang::Lang;

    fn drawn(view: impl FnOnce() -> AnyView) -> String {
        let owner = Owner::new();
        owner.with(|| view().to_html())
    }

    #[test]
    fn the_summary_page_draws_what_the_text_says_and_keeps_a_note_as_text() {
        let profile = Profile::from_json(include_str!("../../../public/profiles/ima-msp.json"))
            .expect("the shipped profile reads");
        let rating = Rating {
            current: Some(Level(4)),
            evidence: "<b>Wrote</b> the CEO’s letter".into(),
            ..Rating::new("skill.communication")
        };
        let entry = Entry {
            id: "a1".into(),
            date: "2026-11-24".into(),
            assessment: Assessment::for_profile(
                &profile,
                Assessment {
                    ratings: vec![rating],
                },
            ),
            ..Entry::default()
        };
        let summary = summarize(&profile, &entry.assessment);
        let doc = summary_doc(&profile, &entry, &summary, None, Lang::En);
        let text = doc.text();
        let html = drawn(|| view! { <SummaryPage doc /> }.into_any());
        assert!(html.contains("&lt;b&gt;Wrote&lt;/b&gt;") && !html.contains("<b>Wrote"));
        assert!(html.contains(r#"class="summary-card doc""#));
        assert!(
            html.contains(r#"aria-labelledby="summary-title""#)
                && html.contains(r#"id="summary-title""#)
        );
        assert!(html.contains(r#"<time datetime="2026-11-24">2026-11-24</time>"#));
        // One chart per rated block, named for a screen reader.
        assert_eq!(
            html.matches("<figure class=\"chart\">").count(),
            2,
            "{html}"
        );
        assert!(html.contains(r#"role="img" aria-label=""#));
        // Every heading of the text is a heading on the page.
        for heading in [
            "Career level the ratings support",
            "Strengths",
            "Responsibilities beyond the base role",
            "Development goals",
        ] {
            assert!(text.contains(heading), "{heading} in the text");
            assert!(
                html.contains(&format!("<h3>{heading}</h3>")),
                "{heading} on the page"
            );
        }
    }
}
