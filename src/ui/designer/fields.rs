//! The designer's fields: the profile's name, id, version and languages; the level scale; the
//! career levels; the market reference; the version it follows. Each text is the one in the
//! language edited; the problems of a part are said beside it.

use leptos::prelude::*;

use super::{use_design, Design};
use crate::core::design::edit::{amount_from, levels_from};
use crate::core::design::{Draft, Field, Words};
use crate::core::profile::Share;
use crate::core::words::lang::Lang;
use crate::core::words::notice::changes_said;
use crate::core::words::texts::fill;

/// The id of the line that says a field's problems, for `aria-describedby`.
pub(super) fn said_id(field: Field) -> String {
    let name: String = format!("{field:?}")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("design-said-{}", name.trim_end_matches('-'))
}

/// What is wrong with a field, said beside it as it is typed.
#[component]
pub(super) fn Said(field: Field) -> impl IntoView {
    let said = use_design().said(field);
    view! {
        <ul id=said_id(field) class="design-said" aria-live="polite">
            {move || said.get().into_iter().map(|message| view! { <li>{message}</li> }).collect_view()}
        </ul>
    }
}

/// A text field, in one line or several.
#[component]
pub(super) fn Text(
    #[prop(into)] label: Signal<String>,
    field: Field,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(optional, into)] on_leave: Option<Callback<()>>,
    #[prop(optional)] long: bool,
    /// A whole number: a phone shows its keypad of digits.
    #[prop(optional)]
    numeric: bool,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let design = use_design();
    let invalid = design.said(field);
    let lang = Signal::derive(move || design.editing());
    let leave = move |_| {
        if let Some(on_leave) = on_leave {
            on_leave.run(());
        }
    };
    let input = if long {
        view! {
            <textarea
                id=id
                rows="3"
                lang=lang
                aria-describedby=said_id(field)
                aria-invalid=move || invalid.with(|p| !p.is_empty()).then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
                on:change=leave
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id
                type="text"
                autocomplete="off"
                inputmode=numeric.then_some("numeric")
                lang=lang
                aria-describedby=said_id(field)
                aria-invalid=move || invalid.with(|p| !p.is_empty()).then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
                on:change=leave
            />
        }
        .into_any()
    };
    view! {
        <label class="field">
            <span class="caption">{move || label.get()}</span>
            {input}
        </label>
    }
}

/// A text of the draft in the language edited: read with `read`, written with `write`.
pub(super) fn words_of(
    design: Design,
    read: impl Fn(&Draft) -> Option<&Words> + Send + Sync + 'static,
) -> Signal<String> {
    Signal::derive(move || {
        let lang = design.editing();
        design.draft.with(|draft| {
            read(draft)
                .map(|w| w.get(&lang).to_string())
                .unwrap_or_default()
        })
    })
}

/// Writes a text of the draft in the language edited.
pub(super) fn write_words(
    design: Design,
    write: impl Fn(&mut Draft, &str, &str) + Send + Sync + 'static,
) -> Callback<String> {
    Callback::new(move |text: String| {
        let lang = design.editing.get_untracked();
        design.edit(|draft| write(draft, &lang, &text));
    })
}

/// A plain value of the draft (an id, a version, a currency), the same in every language.
fn plain(
    design: Design,
    read: impl Fn(&Draft) -> String + Send + Sync + 'static,
) -> Signal<String> {
    Signal::derive(move || design.draft.with(|draft| read(draft)))
}

#[component]
pub(super) fn ProfileFields() -> impl IntoView {
    let design = use_design();
    let d = design.d;
    let fixed = |text: &'static str| Signal::derive(move || text.to_string());
    view! {
        <section class="design-part" aria-labelledby="design-profile-heading">
            <h3 id="design-profile-heading">{d.design_profile}</h3>
            <Text
                label=fixed(d.design_name)
                field=Field::Name
                value=words_of(design, |draft| Some(&draft.profile.name))
                on_input=write_words(design, |draft, lang, text| draft.set_name(lang, text))
                on_leave=move |_| design.edit(Draft::leave_name)
            />
            <Said field=Field::Name />
            <div class="design-row">
                <Text
                    label=fixed(d.design_id)
                    field=Field::Id
                    value=plain(design, |draft| draft.profile.id.clone())
                    on_input=move |id: String| design.edit(|draft| draft.set_id(&id))
                />
                <Text
                    label=fixed(d.design_version)
                    field=Field::Version
                    value=plain(design, |draft| draft.profile.version.clone())
                    on_input=move |version: String| {
                        design.edit(|draft| draft.profile.version = version.trim().to_string())
                    }
                />
            </div>
            <Said field=Field::Id />
            <Said field=Field::Version />
            <fieldset class="design-choices">
                <legend>{d.design_languages}</legend>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        let code = lang.code();
                        let offered = Signal::derive(move || {
                            design.draft.with(|draft| draft.profile.languages.iter().any(|c| c == code))
                        });
                        let apart = Signal::derive(move || {
                            design.draft.with(|draft| draft.translated.iter().any(|c| c == code))
                        });
                        view! {
                            <div class="design-language">
                                <label>
                                    <input
                                        type="checkbox"
                                        prop:checked=offered
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            design.edit(|draft| draft.set_language(code, on));
                                        }
                                    />
                                    <span lang=code>{lang.native_name()}</span>
                                </label>
                                <label>
                                    <input
                                        type="checkbox"
                                        prop:checked=apart
                                        prop:disabled=move || !offered.get()
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            design.edit(|draft| draft.set_translated(code, on));
                                        }
                                    />
                                    <span>{fill(d.design_apart, &[("x", lang.native_name())])}</span>
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <Said field=Field::Languages />
            <Said field=Field::Whole />
        </section>
    }
}

#[component]
pub(super) fn LevelFields() -> impl IntoView {
    let design = use_design();
    let d = design.d;
    let levels = Memo::new(move |_| {
        design.draft.with(|draft| {
            draft
                .profile
                .levels
                .iter()
                .map(|s| s.level)
                .collect::<Vec<u8>>()
        })
    });
    view! {
        <section class="design-part" aria-labelledby="design-levels-heading">
            <h3 id="design-levels-heading">{d.design_levels}</h3>
            <Said field=Field::Levels />
            <For each=move || levels.get() key=|level| *level let:level>
                {
                    let n = level.to_string();
                    view! {
                        <div class="design-level">
                            <Text
                                label=fill(d.design_level_name, &[("x", &n)])
                                field=Field::Level(level)
                                value=words_of(design, move |draft| step_of(draft, level).map(|s| &s.name))
                                on_input=write_words(design, move |draft, lang, text| {
                                    if let Some(s) = draft.profile.levels.iter_mut().find(|s| s.level == level) {
                                        s.name.set(lang, text);
                                    }
                                })
                            />
                            <Text
                                label=fill(d.design_level_descriptor, &[("x", &n)])
                                field=Field::Level(level)
                                long=true
                                value=words_of(design, move |draft| step_of(draft, level).map(|s| &s.descriptor))
                                on_input=write_words(design, move |draft, lang, text| {
                                    if let Some(s) = draft.profile.levels.iter_mut().find(|s| s.level == level) {
                                        s.descriptor.set(lang, text);
                                    }
                                })
                            />
                            <Said field=Field::Level(level) />
                        </div>
                    }
                }
            </For>
            <div class="actions">
                <button type="button" class="secondary" on:click=move |_| design.edit(Draft::add_level)>
                    {d.design_add_level}
                </button>
                <button type="button" class="secondary" on:click=move |_| design.edit(Draft::remove_level)>
                    {d.design_remove_level}
                </button>
            </div>
        </section>
    }
}

#[component]
pub(super) fn CareerFields() -> impl IntoView {
    let design = use_design();
    let d = design.d;
    let careers = Memo::new(move |_| {
        design.draft.with(|draft| {
            draft
                .profile
                .career_levels
                .iter()
                .map(|c| c.level)
                .collect::<Vec<u8>>()
        })
    });
    view! {
        <section class="design-part" aria-labelledby="design-careers-heading">
            <h3 id="design-careers-heading">{d.design_careers}</h3>
            <For each=move || careers.get() key=|level| *level let:level>
                {
                    let n = level.to_string();
                    view! {
                        <div class="design-level">
                            <Text
                                label=fill(d.design_career_name, &[("x", &n)])
                                field=Field::Career(level)
                                value=words_of(design, move |draft| {
                                    draft.profile.career_levels.iter().find(|c| c.level == level).map(|c| &c.name)
                                })
                                on_input=write_words(design, move |draft, lang, text| {
                                    if let Some(c) = draft.profile.career_levels.iter_mut().find(|c| c.level == level) {
                                        c.name.set(lang, text);
                                    }
                                })
                            />
                            <Text
                                label=fill(d.design_career_titles, &[("x", &n)])
                                field=Field::Career(level)
                                long=true
                                value=Signal::derive(move || {
                                    let lang = design.editing();
                                    design.draft.with(|draft| draft.titles_in(level, &lang))
                                })
                                on_input=write_words(design, move |draft, lang, text| draft.set_titles(level, lang, text))
                            />
                            <Said field=Field::Career(level) />
                        </div>
                    }
                }
            </For>
            <div class="actions">
                <button type="button" class="secondary" on:click=move |_| design.edit(Draft::add_career)>
                    {d.design_add_career}
                </button>
                <button
                    type="button"
                    class="secondary"
                    prop:disabled=move || careers.with(Vec::is_empty)
                    on:click=move |_| design.edit(Draft::remove_career)
                >
                    {d.design_remove_career}
                </button>
            </div>
            <RuleFields />
        </section>
    }
}

/// The rule for the career level: its two shares, and its sentence as the summary will say it.
#[component]
fn RuleFields() -> impl IntoView {
    let design = use_design();
    let d = design.d;
    let fixed = |text: &'static str| Signal::derive(move || text.to_string());
    let share = move |share: Share| {
        plain(design, move |draft| {
            draft
                .share(share)
                .map(|n| n.to_string())
                .unwrap_or_default()
        })
    };
    let set =
        move |share: Share| move |text: String| design.edit(|draft| draft.set_share(share, &text));
    let sentence = move || design.draft.with(|draft| draft.rule_sentence(design.lang));
    view! {
        <fieldset class="design-rule">
            <legend>{d.design_rule}</legend>
            <div class="design-row">
                <Text
                    label=fixed(d.design_rule_at_or_above)
                    field=Field::Rule
                    numeric=true
                    value=share(Share::AtOrAbove)
                    on_input=set(Share::AtOrAbove)
                />
                <Text
                    label=fixed(d.design_rule_rated)
                    field=Field::Rule
                    numeric=true
                    value=share(Share::Rated)
                    on_input=set(Share::Rated)
                />
            </div>
            <Show when=move || sentence().is_some()>
                <p class="design-hint">{d.design_rule_hint}" "<q>{sentence}</q></p>
            </Show>
            <Said field=Field::Rule />
        </fieldset>
    }
}

#[component]
pub(super) fn MarketFields() -> impl IntoView {
    let design = use_design();
    let d = design.d;
    let shown = Memo::new(move |_| design.draft.with(|draft| draft.profile.market.is_some()));
    let bands = Memo::new(move |_| {
        design
            .draft
            .with(|draft| draft.profile.market.as_ref().map_or(0, |m| m.bands.len()))
    });
    let fixed = |text: &'static str| Signal::derive(move || text.to_string());
    let market_words = move |pick: fn(&crate::core::design::Market) -> &Words| {
        words_of(design, move |draft| draft.profile.market.as_ref().map(pick))
    };
    let write_market = move |pick: fn(&mut crate::core::design::Market) -> &mut Words| {
        write_words(design, move |draft, lang, text| {
            if let Some(market) = &mut draft.profile.market {
                pick(market).set(lang, text);
            }
        })
    };
    view! {
        <section class="design-part" aria-labelledby="design-market-heading">
            <h3 id="design-market-heading">{d.design_market}</h3>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=shown
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        design.edit(|draft| draft.set_market(on));
                    }
                />
                <span>{d.design_market_shown}</span>
            </label>
            <Show when=move || shown.get()>
                <div class="design-row">
                    <Text label=fixed(d.design_region) field=Field::Market value=market_words(|m| &m.region) on_input=write_market(|m| &mut m.region) />
                    <Text
                        label=fixed(d.design_currency)
                        field=Field::Market
                        value=plain(design, |draft| draft.profile.market.as_ref().map(|m| m.currency.clone()).unwrap_or_default())
                        on_input=move |text: String| design.edit(|draft| {
                            if let Some(m) = &mut draft.profile.market {
                                m.currency = text.trim().to_string();
                            }
                        })
                    />
                </div>
                <div class="design-row">
                    <Text label=fixed(d.design_period) field=Field::Market value=market_words(|m| &m.period) on_input=write_market(|m| &mut m.period) />
                    <Text
                        label=fixed(d.design_date)
                        field=Field::Market
                        value=plain(design, |draft| draft.profile.market.as_ref().map(|m| m.date.clone()).unwrap_or_default())
                        on_input=move |text: String| design.edit(|draft| {
                            if let Some(m) = &mut draft.profile.market {
                                m.date = text.trim().to_string();
                            }
                        })
                    />
                </div>
                <Text label=fixed(d.design_source) field=Field::Market value=market_words(|m| &m.source) on_input=write_market(|m| &mut m.source) />
                <For each=move || 0..bands.get() key=|index| *index let:index>
                    <Band index />
                </For>
                <div class="actions">
                    <button type="button" class="secondary" on:click=move |_| design.edit(Draft::add_band)>
                        {d.design_add_band}
                    </button>
                </div>
                <Said field=Field::Market />
            </Show>
        </section>
    }
}

fn step_of(draft: &Draft, level: u8) -> Option<&crate::core::design::Step> {
    draft.profile.levels.iter().find(|s| s.level == level)
}

fn band_of(draft: &Draft, index: usize) -> Option<&crate::core::design::Band> {
    draft
        .profile
        .market
        .as_ref()
        .and_then(|m| m.bands.get(index))
}

/// One salary band of the market reference.
#[component]
fn Band(index: usize) -> impl IntoView {
    let design = use_design();
    let d = design.d;
    let with_band = move |change: Box<dyn FnOnce(&mut crate::core::design::Band)>| {
        design.edit(|draft| {
            if let Some(band) = draft
                .profile
                .market
                .as_mut()
                .and_then(|m| m.bands.get_mut(index))
            {
                change(band);
            }
        })
    };
    let number = move |read: fn(&crate::core::design::Band) -> Option<u32>| {
        plain(design, move |draft| {
            band_of(draft, index)
                .and_then(read)
                .map(|n| n.to_string())
                .unwrap_or_default()
        })
    };
    let fixed = |text: &'static str| Signal::derive(move || text.to_string());
    view! {
        <fieldset class="design-band">
            <legend>{fill(d.design_band, &[("x", &(index + 1).to_string())])}</legend>
            <div class="design-row">
                <Text
                    label=fixed(d.design_band_label)
                    field=Field::Market
                    value=words_of(design, move |draft| band_of(draft, index).map(|b| &b.label))
                    on_input=write_words(design, move |draft, lang, text| {
                        if let Some(b) = draft.profile.market.as_mut().and_then(|m| m.bands.get_mut(index)) {
                            b.label.set(lang, text);
                        }
                    })
                />
                <Text
                    label=fixed(d.design_band_min)
                    field=Field::Market
                    numeric=true
                    value=number(|b| b.min)
                    on_input=move |text: String| with_band(Box::new(move |b| b.min = amount_from(&text)))
                />
                <Text
                    label=fixed(d.design_band_max)
                    field=Field::Market
                    numeric=true
                    value=number(|b| b.max)
                    on_input=move |text: String| with_band(Box::new(move |b| b.max = amount_from(&text)))
                />
                <Text
                    label=fixed(d.design_band_levels)
                    field=Field::Market
                    value=plain(design, move |draft| {
                        band_of(draft, index)
                            .map(|b| b.levels.iter().map(u8::to_string).collect::<Vec<_>>().join(", "))
                            .unwrap_or_default()
                    })
                    on_input=move |text: String| with_band(Box::new(move |b| b.levels = levels_from(&text)))
                />
            </div>
            <button type="button" class="secondary" on:click=move |_| design.edit(|draft| draft.remove_band(index))>
                {d.design_remove}
            </button>
        </fieldset>
    }
}

/// The version this one follows, what it changes for members, and starting the next.
#[component]
pub(super) fn VersionFields() -> impl IntoView {
    let design = use_design();
    let (d, lang) = (design.d, design.lang);
    let next = RwSignal::new(String::new());
    let compared = Memo::new(move |_| {
        design.draft.with(|draft| {
            let previous = draft.profile.previous.as_ref()?;
            let changes = draft
                .changes()
                .map(|c| changes_said(&c, lang))
                .unwrap_or_default();
            let changes = if changes.is_empty() {
                d.design_no_changes.to_string()
            } else {
                changes
            };
            Some(fill(
                d.design_compared,
                &[("version", &previous.version), ("changes", &changes)],
            ))
        })
    });
    view! {
        <section class="design-part" aria-labelledby="design-versions-heading">
            <h3 id="design-versions-heading">{d.design_versions}</h3>
            <p class="design-hint">{d.design_versions_hint}</p>
            <Show when=move || compared.with(Option::is_some)>
                <p class="design-compared">{move || compared.get()}</p>
                <p class="design-hint">{d.design_carried}</p>
            </Show>
            <Said field=Field::Previous />
            <div class="design-row">
                <Text
                    label=Signal::derive(move || d.design_next_version.to_string())
                    field=Field::Previous
                    value=next
                    on_input=move |text: String| next.set(text)
                />
            </div>
            <div class="actions">
                <button
                    type="button"
                    class="secondary"
                    prop:disabled=move || next.with(|n| n.trim().is_empty())
                    on:click=move |_| {
                        let version = next.get_untracked().trim().to_string();
                        design.edit(|draft| draft.start_version(&version));
                        next.set(String::new());
                    }
                >
                    {d.design_start_version}
                </button>
            </div>
        </section>
    }
}
