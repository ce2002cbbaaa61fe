//! The app in two frames, at a phone's width and at a desktop's: the embed builder's and the
//! profile designer's previews. When the frames show the next address is `core`'s rule
//! (`core::visit::preview`); here typing's pause, the frames' word that they are ready, and
//! the time they are given are handed to it.

use std::time::Duration;

use leptos::html;
use leptos::prelude::*;

use super::session::use_session;
use crate::core::visit::preview::Previews as Frames;
use crate::web;

/// How long typing pauses before the previews show what was typed.
const PAUSE: Duration = Duration::from_millis(450);

/// How long the app in a frame may take to say it is ready (a slow phone's first load included)
/// before the next address is shown anyway.
const PATIENCE: Duration = Duration::from_secs(15);

/// The two frames showing `address`, each in a figure with its caption.
#[component]
pub fn Previews(#[prop(into)] address: Signal<String>) -> impl IntoView {
    let d = use_session().t().doc();
    let frames = RwSignal::new(Frames::new(address.get_untracked()));
    let shown = Memo::new(move |_| frames.with(|f| f.shown().to_string()));
    Effect::new(move |_| {
        let next = address.get();
        let timer =
            set_timeout_with_handle(move || frames.update(|f| f.paused_at(next)), PAUSE).ok();
        on_cleanup(move || {
            if let Some(timer) = timer {
                timer.clear();
            }
        });
    });
    Effect::new(move |_| {
        shown.track();
        let timer =
            set_timeout_with_handle(move || frames.update(Frames::waited_enough), PATIENCE).ok();
        on_cleanup(move || {
            if let Some(timer) = timer {
                timer.clear();
            }
        });
    });
    let (phone, desktop) = (
        NodeRef::<html::Iframe>::new(),
        NodeRef::<html::Iframe>::new(),
    );
    Effect::new(move |_| {
        let heard = window_event_listener(leptos::ev::message, move |event| {
            for (index, frame) in [phone, desktop].into_iter().enumerate() {
                if frame
                    .get_untracked()
                    .is_some_and(|frame| web::is_ready_message(&event, &frame))
                {
                    frames.update(|f| f.ready(index));
                }
            }
        });
        on_cleanup(move || heard.remove());
    });
    view! {
        <figure class="embed-preview phone">
            <figcaption>{d.embed_preview_phone}</figcaption>
            <iframe node_ref=phone title=d.embed_preview_phone src=move || shown.get()></iframe>
        </figure>
        <figure class="embed-preview desktop">
            <figcaption>{d.embed_preview_desktop}</figcaption>
            <div class="embed-scaled">
                <iframe node_ref=desktop title=d.embed_preview_desktop src=move || shown.get()></iframe>
            </div>
        </figure>
    }
}
