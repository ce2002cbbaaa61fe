//! The pooled figures, drawn: a table of the skills and characteristics (how many at each level,
//! the median, the middle half, the member's own level) and one of the tasks; a cell of too few
//! answers says so and nothing more. The same on screen and on paper.

use leptos::prelude::*;

use crate::core::report::{PooledDoc, PooledTable};

#[component]
pub fn PooledPage(doc: PooledDoc) -> impl IntoView {
    let PooledDoc {
        title,
        group,
        too_few,
        tables,
    } = doc;
    view! {
        <article class="pooled-card doc" aria-labelledby="pooled-title">
            <header>
                <h2 id="pooled-title">{title}</h2>
                <p class="bar">{group}</p>
                <p class="legend">{too_few}</p>
            </header>
            {tables
                .into_iter()
                .map(|PooledTable { heading, heads, rows }| {
                    let span = heads.len() - 1;
                    view! {
                        <section class="pooled-table">
                            <h3>{heading}</h3>
                            <table>
                                <thead>
                                    <tr>
                                        {heads
                                            .into_iter()
                                            .enumerate()
                                            .map(|(i, head)| {
                                                view! { <th scope="col" class:item=i == 0>{head}</th> }
                                            })
                                            .collect_view()}
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows
                                        .into_iter()
                                        .map(|row| {
                                            let figures = if row.too_few {
                                                view! {
                                                    <td class="too-few" colspan=span - 1>{row.said.clone()}</td>
                                                }
                                                    .into_any()
                                            } else {
                                                row.cells
                                                    .into_iter()
                                                    .map(|cell| view! { <td>{cell}</td> })
                                                    .collect_view()
                                                    .into_any()
                                            };
                                            view! {
                                                <tr class:too-few=row.too_few title=row.said>
                                                    <th scope="row" class="item">{row.item}</th>
                                                    {figures}
                                                    <td class="you">{row.you}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}
