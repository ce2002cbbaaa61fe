//! The embed builder, for an association: what its member pages show — the language, the
//! colours, the fonts, its own profile — each checked as it is typed (`core::visit::snippet`),
//! seen in real frames of this app at a phone's and at a desktop's width, and the snippet to
//! paste, ready to copy. The previews keep nothing (`EmbedOptions::keeps_nothing`): what this
//! browser holds neither shows in them nor is touched by them.

use leptos::html;
use leptos::prelude::*;

use super::kit::{Choice, Headed};
use super::previews::Previews;
use super::session::use_session;
use crate::core::visit::embed::colour;
use crate::core::visit::snippet::{ratio_text, ChoiceProblem, EmbedChoice};
use crate::core::visit::theme::Theme;
use crate::core::words::lang::Lang;
use crate::core::words::texts::fill;
use crate::web;

/// The colour the picker shows while nothing usable is typed: the app's own accent.
const APP_ACCENT: &str = "#1f4e79";

#[component]
pub fn EmbedPane() -> impl IntoView {
    let session = use_session();
    let (t, lang) = (session.t(), session.lang.get_untracked());
    let d = t.doc();
    let choice = RwSignal::new(EmbedChoice::default());
    let app = web::app_address();
    let snippet = {
        let app = app.clone();
        Memo::new(move |_| choice.with(|c| c.snippet(&app, t.app_title)))
    };
    // The previews load again only when the address changes (a value being typed that does
    // not pass yet leaves them as they are).
    let preview = Memo::new(move |_| format!("{}&preview", choice.with(|c| c.src(&app))));
    let languages = Signal::derive(move || {
        std::iter::once((String::new(), d.embed_language_member.to_string()))
            .chain(
                Lang::ALL
                    .into_iter()
                    .map(|lang| (lang.code().to_string(), lang.native_name().to_string())),
            )
            .collect::<Vec<_>>()
    });
    let themes = Signal::derive(move || {
        Theme::ALL
            .into_iter()
            .map(|theme| (theme.code().to_string(), theme.label(lang).to_string()))
            .collect::<Vec<_>>()
    });
    let accent_line = Memo::new(move |_| {
        choice.with(|c| match c.accent_problem() {
            Some(problem) => Some((problem.message(lang), true)),
            None => colour(&c.accent).map(|(_, ratio)| {
                (
                    fill(d.embed_accent_ok, &[("ratio", &ratio_text(ratio, lang))]),
                    false,
                )
            }),
        })
    });
    let picked = Memo::new(move |_| {
        choice.with(|c| colour(&c.accent).map_or(APP_ACCENT.to_string(), |(hex, _)| hex))
    });
    let area = NodeRef::<html::Textarea>::new();
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let copied = web::copy_text(&snippet.get_untracked());
        leptos::task::spawn_local(async move {
            if copied.await.is_ok() {
                status.set(t.copied.to_string());
            } else {
                // Selected, to be copied by hand.
                if let Some(area) = area.get_untracked() {
                    let _ = area.focus();
                    area.select();
                }
                status.set(d.copy_failed.to_string());
            }
        });
    };
    view! {
        <Headed class="embed-builder" id="embed-heading" heading=d.embed_title>
            <p>{d.embed_intro}</p>
            <div class="embed-choices">
                <Choice
                    label=d.embed_language
                    options=languages
                    selected=Signal::derive(move || {
                        choice.with(|c| c.lang.map(|l| l.code().to_string()).unwrap_or_default())
                    })
                    on_change=move |code: String| choice.update(|c| c.lang = Lang::from_code(&code))
                />
                <Choice
                    label=d.embed_theme
                    options=themes
                    selected=Signal::derive(move || {
                        choice.with(|c| c.theme.unwrap_or_default().code().to_string())
                    })
                    on_change=move |code: String| choice.update(|c| c.theme = Theme::from_code(&code))
                />
                <div class="embed-accent">
                    <label class="field">
                        <span class="caption">{d.embed_accent}</span>
                        <input
                            type="text"
                            autocomplete="off"
                            spellcheck="false"
                            maxlength="7"
                            placeholder=APP_ACCENT
                            aria-describedby="embed-accent-said"
                            prop:value=move || choice.with(|c| c.accent.clone())
                            on:input=move |ev| choice.update(|c| c.accent = event_target_value(&ev))
                        />
                    </label>
                    <input
                        type="color"
                        aria-label=d.embed_accent_pick
                        prop:value=move || picked.get()
                        on:input=move |ev| choice.update(|c| c.accent = event_target_value(&ev))
                    />
                    // Said as it is typed.
                    <p
                        id="embed-accent-said"
                        class="embed-said"
                        class:wrong=move || accent_line.get().is_some_and(|(_, bad)| bad)
                        aria-live="polite"
                    >
                        {move || accent_line.get().map(|(said, _)| said)}
                        {move || {
                            accent_line
                                .get()
                                .is_some_and(|(_, bad)| bad)
                                .then(|| format!(" {}", d.embed_left_out))
                        }}
                    </p>
                </div>
                <Typed
                    label=d.embed_font
                    id="embed-font-said"
                    value=Signal::derive(move || choice.with(|c| c.font.clone()))
                    problem=Signal::derive(move || choice.with(EmbedChoice::font_problem))
                    on_input=move |typed: String| choice.update(|c| c.font = typed)
                />
                <Typed
                    label=d.embed_profile
                    id="embed-profile-said"
                    value=Signal::derive(move || choice.with(|c| c.profile.clone()))
                    problem=Signal::derive(move || choice.with(EmbedChoice::profile_problem))
                    on_input=move |typed: String| choice.update(|c| c.profile = typed)
                />
            </div>
            <div class="embed-previews">
                <Previews address=preview />
            </div>
            <div class="actions">
                <button type="button" on:click=copy>{d.embed_copy}</button>
            </div>
            <p class="action-status" role="status">{move || status.get()}</p>
            <label class="field embed-snippet">
                <span class="caption">{d.embed_snippet}</span>
                <textarea node_ref=area readonly rows="12" spellcheck="false" prop:value=move || snippet.get()></textarea>
            </label>
        </Headed>
    }
}

/// A text field whose problem is said beside it as it is typed.
#[component]
fn Typed(
    label: &'static str,
    id: &'static str,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] problem: Signal<Option<ChoiceProblem>>,
    #[prop(into)] on_input: Callback<String>,
) -> impl IntoView {
    let session = use_session();
    let (lang, left_out) = (
        session.lang.get_untracked(),
        session.t().doc().embed_left_out,
    );
    view! {
        <div class="embed-typed">
            <label class="field">
                <span class="caption">{label}</span>
                <input
                    type="text"
                    autocomplete="off"
                    spellcheck="false"
                    maxlength="200"
                    aria-describedby=id
                    aria-invalid=move || problem.get().is_some().then_some("true")
                    prop:value=move || value.get()
                    on:input=move |ev| on_input.run(event_target_value(&ev))
                />
            </label>
            <p id=id class="embed-said wrong" aria-live="polite">
                {move || problem.get().map(|p| format!("{} {left_out}", p.message(lang)))}
            </p>
        </div>
    }
}
