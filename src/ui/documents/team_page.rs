//! The team's document, drawn: the people × items grid (the level as a number, the holding as a
//! mark, a shade behind each that is never all it says) and the lists of what it shows. The
//! same on screen and on one landscape page.

use leptos::prelude::*;

use super::parts::ClaimsSection;
use crate::core::report::{TeamCell, TeamDoc, TeamDocRow};

#[component]
pub fn TeamPage(doc: TeamDoc) -> impl IntoView {
    let TeamDoc {
        title,
        bar,
        people,
        count_head,
        item_head,
        rows,
        legend,
        single,
        gaps,
        strengths,
        pairs,
        unheld,
    } = doc;
    let columns = people.len() + 2;
    let heads = people
        .into_iter()
        .map(|name| view! { <th scope="col" class="person">{name}</th> })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(
            |TeamDocRow {
                 block,
                 item,
                 cells,
                 count,
                 thin,
             }| {
                view! {
                    {block.map(|block| {
                        view! {
                            <tr class="block-row">
                                <th scope="colgroup" colspan=columns>{block}</th>
                            </tr>
                        }
                    })}
                    <tr class:thin=thin>
                        <th scope="row" class="item">{item}</th>
                        {cells.into_iter().map(|cell| view! { <Cell cell /> }).collect_view()}
                        <td class="count">{count}</td>
                    </tr>
                }
            },
        )
        .collect_view();
    view! {
        <article class="team-card doc" aria-labelledby="team-title">
            <header class="team-head">
                <h2 id="team-title">{title}</h2>
                <p class="bar">{bar}</p>
                <p class="legend">{legend}</p>
            </header>
            <div class="team-grid">
                <table>
                    <thead>
                        <tr>
                            <th scope="col" class="item">{item_head}</th>
                            {heads}
                            <th scope="col" class="count">{count_head}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div class="team-lists">
                <ClaimsSection class="single" claims=single />
                <ClaimsSection class="gaps" claims=gaps />
                <ClaimsSection class="strengths" claims=strengths />
                <ClaimsSection class="pairs" claims=pairs />
                <ClaimsSection class="unheld" claims=unheld />
            </div>
        </article>
    }
}

/// One person's answer to one item: for the eye the number or mark and its shade, for a
/// screen reader the whole of it ("Anna de Vries: 3 Proactive, target 4").
#[component]
fn Cell(cell: TeamCell) -> impl IntoView {
    let TeamCell {
        shown,
        target,
        shade,
        strong,
        said,
        note,
        ..
    } = cell;
    view! {
        <td class=format!("cell {shade}") class:strong=strong>
            <span aria-hidden="true">
                <b>{shown}</b>
                {(!target.is_empty()).then(|| view! { <small>{target}</small> })}
            </span>
            <span class="sr-only">{said}</span>
            {note.map(|note| view! { <q class="note">{note}</q> })}
        </td>
    }
}
