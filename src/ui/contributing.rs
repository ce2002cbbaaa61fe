//! "Contribute anonymously" (in the summary, later-loading code): the member sees the whole file
//! her association would get — her levels and tasks, the career level they support, the year,
//! and a country and years in the role only if she gives them — before she saves it.

use leptos::prelude::*;

use super::kit::{Choice, Field, FieldKind};
use super::session::use_session;
use crate::core::formats::contribution::{Contribution, Optional, YEARS_IN_ROLE};
use crate::web;

#[component]
pub fn Contribute() -> impl IntoView {
    let session = use_session();
    let t = session.t();
    let country = RwSignal::new(String::new());
    let years = RwSignal::new(String::new());
    // Random, tied to nothing: it only tells the same file added twice apart.
    let id = format!("c{:x}", web::random());
    let made = Memo::new(move |_| {
        let optional = Optional {
            country: Some(country.get()).filter(|c| !c.is_empty()),
            years_in_role: Some(years.get()).filter(|y| !y.is_empty()),
        };
        session.with_answers(|b| Contribution::of(session.profile, b.entry(), optional, id.clone()))
    });
    let bands = Signal::derive(move || {
        let mut options = vec![(
            String::new(),
            session.t().doc().contribute_unsaid.to_string(),
        )];
        options.extend(
            YEARS_IN_ROLE
                .iter()
                .map(|band| (band.to_string(), band.replace('-', "–"))),
        );
        options
    });
    let save = move |_| {
        let made = made.get_untracked();
        web::download(&made.file_name(), &made.to_json(), "application/json");
    };
    view! {
        <details class="contribute">
            <summary>{t.doc().contribute}</summary>
            <p>{t.doc().contribute_intro}</p>
            <div class="bar-row">
                <Field
                    label=t.doc().contribute_country
                    of=FieldKind { autocomplete: "country", max: 2, ..FieldKind::TEXT }
                    value=country
                    on_input=move |typed: String| country.set(typed.trim().to_ascii_uppercase())
                />
                <Choice
                    label=t.doc().contribute_years
                    options=bands
                    selected=years
                    on_change=move |band: String| years.set(band)
                />
            </div>
            <p>{t.doc().contribute_whole}</p>
            <pre class="contribution" tabindex="0" aria-label=t.doc().contribute_file>
                {move || made.get().to_json()}
            </pre>
            <button type="button" on:click=save>{t.doc().contribute_save}</button>
        </details>
    }
}
