//! The designer's blocks and items: titles and names in the language edited, moved by dragging
//! or from the keyboard (Alt + arrow up or down in a name, or the Move buttons), added and
//! removed; what each item replaces of the version before.

use leptos::prelude::*;

use super::fields::{said_id, words_of, write_words, Said, Text};
use super::{use_design, Design};
use crate::core::design::{Draft, Field};
use crate::core::profile::BlockKind;
use crate::core::words::texts::fill;
use crate::ui::kit::Confirm;
use crate::web;

/// The id of an item's name field: focus stays with the item as it moves.
fn item_field(key: u32) -> String {
    format!("design-item-{key}")
}

/// Where the item the user moved stands now, said to a screen reader, and its name focused.
fn moved(design: Design, key: u32) {
    let lang = design.editing.get_untracked();
    let line = design.draft.with_untracked(|draft| {
        draft.profile.blocks.iter().find_map(|group| {
            let at = group.items.iter().position(|e| e.key == key)?;
            let entry = &group.items[at];
            Some(fill(
                design.d.design_moved,
                &[
                    ("x", entry.text.get(&lang)),
                    ("position", &(at + 1).to_string()),
                    ("block", group.title.get(&lang)),
                ],
            ))
        })
    });
    design.announced.set(line.unwrap_or_default());
    web::bring_into_view(item_field(key), true);
}

#[component]
pub(super) fn BlockFields() -> impl IntoView {
    let design = use_design();
    let d = design.d;
    let blocks = Memo::new(move |_| {
        design.draft.with(|draft| {
            draft
                .profile
                .blocks
                .iter()
                .map(|g| g.key)
                .collect::<Vec<u32>>()
        })
    });
    // The item being dragged, between its drag's start and its drop.
    let dragged = RwSignal::new(None::<u32>);
    // The block whose removal waits to be confirmed (one with items).
    let removing = RwSignal::new(None::<u32>);
    let asking = RwSignal::new(false);
    let question = Signal::derive(move || {
        let lang = design.editing();
        design.draft.with(|draft| {
            let Some(group) = removing.get().and_then(|key| draft.group(key)) else {
                return String::new();
            };
            fill(
                d.design_remove_block_title,
                &[
                    ("x", group.title.get(&lang)),
                    ("n", &group.items.len().to_string()),
                ],
            )
        })
    });
    view! {
        <section class="design-part" aria-labelledby="design-blocks-heading">
            <h3 id="design-blocks-heading">{d.design_blocks}</h3>
            <Said field=Field::Blocks />
            <For each=move || blocks.get() key=|key| *key let:key>
                <Block key dragged removing asking />
            </For>
            <Confirm
                id="design-remove-block"
                title=question
                body=d.design_remove_block_body
                confirm=d.design_remove_block
                open=asking
                on_confirm=move |_| {
                    if let Some(key) = removing.get_untracked() {
                        design.edit(|draft| draft.remove_block(key));
                    }
                }
            />
            <div class="actions">
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        design.edit(|draft| {
                            draft.add_block(BlockKind::Rated);
                        })
                    }
                >
                    {d.design_add_rated}
                </button>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        design.edit(|draft| {
                            draft.add_block(BlockKind::Held);
                        })
                    }
                >
                    {d.design_add_held}
                </button>
            </div>
        </section>
    }
}

#[component]
fn Block(
    key: u32,
    dragged: RwSignal<Option<u32>>,
    removing: RwSignal<Option<u32>>,
    asking: RwSignal<bool>,
) -> impl IntoView {
    let design = use_design();
    let d = design.d;
    let items = Memo::new(move |_| {
        design.draft.with(|draft| {
            draft
                .group(key)
                .map(|g| g.items.iter().map(|e| e.key).collect::<Vec<u32>>())
                .unwrap_or_default()
        })
    });
    let kind = design
        .draft
        .with_untracked(|draft| draft.group(key).map_or(BlockKind::Rated, |g| g.kind));
    let beyond = Signal::derive(move || {
        design
            .draft
            .with(|draft| draft.group(key).is_some_and(|g| g.beyond_base_role))
    });
    let title = Signal::derive(move || {
        let lang = design.editing();
        design.draft.with(|draft| {
            draft
                .group(key)
                .map(|g| g.title.get(&lang).to_string())
                .unwrap_or_default()
        })
    });
    let heading = format!("design-block-{key}");
    // Dropped on the block itself, past its items: the item goes to its end.
    let drop_at_end = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(item) = dragged.get_untracked() {
            design.edit(|draft| draft.move_item_to(item, key, None));
            dragged.set(None);
            moved(design, item);
        }
    };
    view! {
        <fieldset
            class="design-block"
            aria-labelledby=heading.clone()
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=drop_at_end
        >
            <legend id=heading.clone()>
                {move || {
                    let title = title.get();
                    if title.is_empty() { d.design_block_title.to_string() } else { title }
                }}
            </legend>
            <p class="design-hint">
                {match kind {
                    BlockKind::Rated => d.design_block_rated,
                    BlockKind::Held => d.design_block_held,
                }}
            </p>
            <Text
                label=Signal::derive(move || d.design_block_title.to_string())
                field=Field::Block(key)
                value=words_of(design, move |draft| draft.group(key).map(|g| &g.title))
                on_input=write_words(design, move |draft, lang, text| draft.set_block_title(key, lang, text))
                on_leave=move |_| design.edit(|draft| draft.leave_block_title(key))
            />
            <Said field=Field::Block(key) />
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=beyond
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        design.edit(|draft| draft.set_beyond_base_role(key, on));
                    }
                />
                <span>{d.design_beyond}</span>
            </label>
            <ol class="design-items">
                <For each=move || items.get() key=|item| *item let:item>
                    <Item key=item block=key dragged />
                </For>
            </ol>
            <div class="actions">
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        let mut added = None;
                        design.edit(|draft| added = draft.add_item(key));
                        if let Some(item) = added {
                            web::bring_into_view(item_field(item), true);
                        }
                    }
                >
                    {d.design_add_item}
                </button>
                <button
                    type="button"
                    class="secondary"
                    aria-describedby=heading.clone()
                    on:click=move |_| {
                        design.edit(|draft| {
                            draft.move_block(key, true);
                        })
                    }
                >
                    {d.design_move_up}
                </button>
                <button
                    type="button"
                    class="secondary"
                    aria-describedby=heading.clone()
                    on:click=move |_| {
                        design.edit(|draft| {
                            draft.move_block(key, false);
                        })
                    }
                >
                    {d.design_move_down}
                </button>
                <button
                    type="button"
                    class="secondary"
                    aria-describedby=heading.clone()
                    on:click=move |_| {
                        if !design.draft.with_untracked(|draft| draft.asks_before_removing(key)) {
                            design.edit(|draft| draft.remove_block(key));
                        } else {
                            removing.set(Some(key));
                            asking.set(true);
                        }
                    }
                >
                    {d.design_remove}
                </button>
            </div>
        </fieldset>
    }
}

#[component]
fn Item(key: u32, block: u32, dragged: RwSignal<Option<u32>>) -> impl IntoView {
    let design = use_design();
    let d = design.d;
    let position = Memo::new(move |_| {
        design.draft.with(|draft| {
            draft
                .group(block)
                .and_then(|g| g.items.iter().position(|e| e.key == key))
                .map_or(0, |at| at + 1)
        })
    });
    let id = Memo::new(move |_| {
        design
            .draft
            .with(|draft| draft.entry(key).map(|e| e.id.clone()).unwrap_or_default())
    });
    let go = move |up: bool| {
        let mut went = false;
        design.edit(|draft| went = draft.move_item(key, up));
        if went {
            moved(design, key);
        }
    };
    // Alt + arrow up or down in the name moves the item, as the buttons do.
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        if ev.alt_key() && matches!(ev.key().as_str(), "ArrowUp" | "ArrowDown") {
            ev.prevent_default();
            go(ev.key() == "ArrowUp");
        }
    };
    let start_drag = move |ev: leptos::ev::DragEvent| {
        dragged.set(Some(key));
        // Firefox starts a drag only with data in it.
        if let Some(data) = ev.data_transfer() {
            let _ = data.set_data("text/plain", &id.get_untracked());
            data.set_effect_allowed("move");
        }
    };
    let drop_here = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        ev.stop_propagation();
        if let Some(item) = dragged.get_untracked() {
            design.edit(|draft| draft.move_item_to(item, block, Some(key)));
            dragged.set(None);
            moved(design, item);
        }
    };
    view! {
        <li
            class="design-item"
            class:dragged=move || dragged.get() == Some(key)
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=drop_here
        >
            <span
                class="design-handle"
                draggable="true"
                title=d.design_drag
                aria-hidden="true"
                on:dragstart=start_drag
                on:dragend=move |_| dragged.set(None)
            >
                "⠿"
            </span>
            <div class="design-item-fields" on:keydown=keys>
                <Text
                    id=item_field(key)
                    label=Signal::derive(move || fill(d.design_item, &[("x", &position.get().to_string())]))
                    field=Field::Item(key)
                    value=words_of(design, move |draft| draft.entry(key).map(|e| &e.text))
                    on_input=write_words(design, move |draft, lang, text| draft.set_item_text(key, lang, text))
                    on_leave=move |_| design.edit(|draft| draft.leave_item(key))
                />
                <p class="design-hint design-id">
                    {move || (!id.get().is_empty()).then(|| fill(d.design_id_is, &[("x", &id.get())]))}
                </p>
                <Said field=Field::Item(key) />
                <Replaces key />
                <Esco key />
            </div>
            // Described by the item's name: a screen reader says which item a button moves.
            <div class="design-item-actions">
                <button type="button" class="secondary" aria-describedby=item_field(key) on:click=move |_| go(true)>
                    {d.design_move_up}
                </button>
                <button type="button" class="secondary" aria-describedby=item_field(key) on:click=move |_| go(false)>
                    {d.design_move_down}
                </button>
                <button
                    type="button"
                    class="secondary"
                    aria-describedby=item_field(key)
                    on:click=move |_| design.edit(|draft| draft.remove_item(key))
                >
                    {d.design_remove}
                </button>
            </div>
        </li>
    }
}

/// The ESCO concept the item is: optional, folded away until asked for or given.
#[component]
fn Esco(key: u32) -> impl IntoView {
    let design = use_design();
    let d = design.d;
    let uri = Memo::new(move |_| {
        design.draft.with(|draft| {
            draft
                .entry(key)
                .and_then(|e| e.esco.clone())
                .unwrap_or_default()
        })
    });
    let hint = format!("design-esco-hint-{key}");
    view! {
        // Open whenever the item has a concept (a draft opened with one included: the item's
        // key may be one an item of the draft before had).
        <details class="design-esco" prop:open=move || !uri.with(String::is_empty)>
            <summary>{d.design_esco}</summary>
            <label class="field">
                <span class="caption">{d.design_esco_uri}</span>
                <input
                    type="url"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=format!("{hint} {}", said_id(Field::Item(key)))
                    prop:value=move || uri.get()
                    // Taken once the field is left: it is kept trimmed.
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        design.edit(|draft| draft.set_esco(key, &typed));
                    }
                />
            </label>
            <p class="design-hint" id=hint>{d.design_esco_hint}</p>
        </details>
    }
}

/// Which items of the version before this item replaces: shown once there is a version before.
#[component]
fn Replaces(key: u32) -> impl IntoView {
    let design = use_design();
    let d = design.d;
    let previous = Memo::new(move |_| {
        design
            .draft
            .with(|draft| draft.profile.previous.as_ref().map(|p| p.version.clone()))
    });
    let choices = Memo::new(move |_| design.draft.with(|draft| draft.replaceable(key)));
    let chosen = move |old: &str| {
        design.draft.with(|draft| {
            draft
                .entry(key)
                .is_some_and(|e| e.replaces.iter().any(|r| r == old))
        })
    };
    view! {
        <Show when=move || previous.with(Option::is_some) && choices.with(|c| !c.is_empty())>
            <details class="design-replaces">
                <summary>
                    {move || fill(d.design_replaces, &[("x", &previous.get().unwrap_or_default())])}
                </summary>
                {move || {
                    choices
                        .get()
                        .into_iter()
                        .map(|old| {
                            let name = old.clone();
                            let is = {
                                let old = old.clone();
                                Signal::derive(move || chosen(&old))
                            };
                            view! {
                                <label class="check">
                                    <input
                                        type="checkbox"
                                        prop:checked=is
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            design.edit(|draft: &mut Draft| draft.set_replacing(key, &old, on));
                                        }
                                    />
                                    <span>{name}</span>
                                </label>
                            }
                        })
                        .collect_view()
                }}
            </details>
        </Show>
    }
}
