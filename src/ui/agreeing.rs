//! The meeting's panel above an agreed assessment's matrix: what it was agreed from, the names
//! and the date that go on paper, how many items are still open, and the way to the next one.
//! Each item is settled in the matrix below, where both sides' answers stand beside it.

use leptos::prelude::*;

use super::kit::{Field, FieldKind};
use super::rows::go_to_item;
use super::session::use_session;
use crate::core::answers::change::{Change, EntryField};
use crate::core::answers::inputs::MatrixKind;
use crate::core::answers::workbook::Entry;
use crate::core::words::texts::fill;

#[component]
pub fn AgreementPanel() -> impl IntoView {
    let session = use_session();
    let profile = session.profile;
    let t = session.t();
    let entry = move |read: fn(&Entry) -> String| {
        Signal::derive(move || session.with_meta(|b| read(b.entry())))
    };
    let set = move |make: fn(String) -> EntryField| {
        Callback::new(move |value: String| {
            session.apply(Change::Entry(make(value)));
        })
    };
    let from = Signal::derive(move || {
        let lang = session.lang.get_untracked();
        session.with_meta(|b| {
            let [own, other] = b.entry().agreement.as_ref()?.sources(lang);
            Some(fill(
                session.t().doc().agreed_from,
                &[("own", &own), ("other", &other)],
            ))
        })
    });
    // Follows every answer: each one settled counts.
    let open = Memo::new(move |_| {
        session.with_answers(|b| {
            let entry = b.entry();
            let agreement = entry.agreement.as_ref()?;
            Some(agreement.open(profile, &entry.assessment))
        })
    });
    let next = move |_| {
        let after = session.screen.place.get_untracked();
        let found = session.with_book(|b| {
            let entry = b.entry();
            entry
                .agreement
                .as_ref()?
                .next_open(profile, &entry.assessment, after)
        });
        if let Some(position) = found {
            session.screen.place.set(Some(position));
            go_to_item(MatrixKind::Assessment, position, true);
        }
    };
    view! {
        <section class="agreement-panel" aria-labelledby="agreement-heading">
            <h2 id="agreement-heading">{t.doc().agreement_panel}</h2>
            <p>{from}</p>
            <p class="hint-line">{t.doc().agreement_intro}</p>
            <div class="bar-row">
                <Field
                    label=t.name
                    of=FieldKind { autocomplete: "name", ..FieldKind::TEXT }
                    value=entry(|e| e.person.name.clone())
                    on_input=set(EntryField::PersonName)
                />
                <Field
                    label=t.doc().agreed_with
                    value=entry(|e| e.agreement.as_ref().map(|a| a.with.clone()).unwrap_or_default())
                    on_input=set(EntryField::AgreedWith)
                />
                <Field
                    label=t.doc().meeting_date
                    of=FieldKind { kind: "date", ..FieldKind::TEXT }
                    value=entry(|e| e.date.clone())
                    on_input=set(EntryField::Date)
                />
            </div>
            <div class="bar-row">
                <p class="open-count" role="status">
                    {move || match open.get() {
                        Some(0) | None => t.doc().all_agreed.to_string(),
                        Some(n) => fill(t.doc().agreed_open, &[("n", &n.to_string())]),
                    }}
                </p>
                <Show when=move || { open.get().unwrap_or(0) > 0 }>
                    <button type="button" class="secondary" on:click=next>
                        {t.doc().next_open}
                    </button>
                </Show>
            </div>
        </section>
    }
}
