//! What leaves the device, and only when the user asks: a link (the share sheet where there is
//! one, else copied and shown), a file, a text copied for an e-mail. What happened is said in the
//! view's status line.

use leptos::prelude::*;

use super::session::Session;
use crate::core::link::{self, LinkKind};
use crate::core::shared::Shared;
use crate::core::workbook::assessment_file_name;
use crate::web;

/// The assessment on screen as it leaves the device.
pub fn shared_current(session: Session) -> Shared {
    session.with_book(|b| {
        let mut shared = b.entry().shared(session.profile);
        if shared.date.is_empty() {
            shared.date = web::today();
        }
        shared
    })
}

/// The file name of the exported assessment on screen.
pub fn export_name(session: Session) -> String {
    assessment_file_name(&shared_current(session).date)
}

/// Shares a link made of `body` through the share sheet, or copies and shows it.
pub fn share_link(
    session: Session,
    kind: LinkKind,
    body: Vec<u8>,
    title: String,
    file: Option<(String, String)>,
) {
    let screen = session.screen;
    leptos::task::spawn_local(async move {
        let t = session.t().doc();
        let Ok(packed) = web::deflate(&body).await else {
            screen.status.set(t.copy_failed.to_string());
            return;
        };
        let url = web::url_with_fragment(&link::pack(kind, &packed));
        let file = file
            .as_ref()
            .map(|(name, text)| (name.as_str(), text.as_str(), "application/json"));
        match web::share(&title, &url, file).await {
            web::Shared::Sent => screen.status.set(t.link_shared.to_string()),
            web::Shared::Cancelled => {}
            web::Shared::Unsupported => {
                screen
                    .fallback
                    .set(Some((t.share_label.to_string(), url.clone())));
                let copied = web::copy_text(&url).await.is_ok();
                screen
                    .status
                    .set(if copied { t.link_copied } else { t.copy_failed }.to_string());
            }
        }
    });
}

/// Copies text, or shows it to be copied by hand.
pub fn copy(session: Session, text: String) {
    let screen = session.screen;
    leptos::task::spawn_local(async move {
        let t = session.t();
        if web::copy_text(&text).await.is_ok() {
            screen.fallback.set(None);
            screen.status.set(t.copied.to_string());
        } else {
            screen
                .fallback
                .set(Some((t.doc().text_label.to_string(), text)));
            screen.status.set(t.doc().copy_failed.to_string());
        }
    });
}
