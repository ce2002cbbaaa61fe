//! What leaves the device, and only when the user asks: a link (the share sheet where there is
//! one, else copied and shown), a file, a text copied for an e-mail. What happened is said in the
//! view's status line.
//!
//! WebKit (every iPhone) lets a page write to the clipboard or open the share sheet only within
//! the user's click, and a link is compressed by the browser, which takes a few turns of the
//! event loop. So a link is written ahead ([`ReadyLink`]): whenever what it holds changes, it is
//! compressed again, and a click shares what is ready at once. Texts are written by `core` on
//! the spot, and copied within the click.

use leptos::prelude::*;

use super::session::Session;
use crate::core::answers::workbook::assessment_file_name;
use crate::core::formats::link::{self, LinkKind};
use crate::core::formats::shared::Shared;
use crate::web;

/// The assessment on screen as it leaves the device.
pub fn shared_current(session: Session) -> Shared {
    session.with_book(|b| shared_of(session, b))
}

fn shared_of(session: Session, book: &crate::core::answers::workbook::Workbook) -> Shared {
    let mut shared = book.entry().shared(session.profile);
    if shared.date.is_empty() {
        shared.date = web::today();
    }
    shared
}

/// The file name of the exported assessment on screen.
pub fn export_name(session: Session) -> String {
    assessment_file_name(&shared_current(session).date)
}

/// A share link kept ready: the body it holds (as `core::formats::link` writes it), and its fragment
/// once the browser has compressed that body.
#[derive(Clone, Copy)]
pub struct ReadyLink {
    kind: LinkKind,
    body: Memo<Option<Vec<u8>>>,
    /// (the body it was made of, the fragment)
    ready: RwSignal<Option<(Vec<u8>, String)>>,
}

impl ReadyLink {
    /// A link to what `body` reads (tracked): written again whenever that changes.
    pub fn new(
        kind: LinkKind,
        body: impl Fn() -> Option<Vec<u8>> + Send + Sync + 'static,
    ) -> ReadyLink {
        let body = Memo::new(move |_| body());
        let ready = RwSignal::new(None);
        Effect::new(move |_| {
            let Some(bytes) = body.get() else { return };
            leptos::task::spawn_local(async move {
                let Ok(packed) = web::deflate(&bytes).await else {
                    return;
                };
                // A newer body may have come meanwhile: only the current one's link is kept. (The
                // view may have closed meanwhile too: then there is nothing to keep.)
                if body.try_with_untracked(|now| now.as_ref() == Some(&bytes)) == Some(true) {
                    let _ = ready.try_set(Some((bytes, link::pack(kind, &packed))));
                }
            });
        });
        ReadyLink { kind, body, ready }
    }

    /// The link to an assessment: the one on screen.
    pub fn assessment(session: Session) -> ReadyLink {
        ReadyLink::new(LinkKind::Assessment, move || {
            Some(
                session.with_answers(|b| {
                    link::assessment_body(session.profile, &shared_of(session, b))
                }),
            )
        })
    }

    /// The fragment for what the link holds now, if it is written.
    fn fragment_now(&self) -> Option<String> {
        let body = self.body.try_get_untracked()??;
        self.ready.try_with_untracked(|ready| {
            ready
                .as_ref()
                .filter(|(made_of, _)| *made_of == body)
                .map(|(_, fragment)| fragment.clone())
        })?
    }

    /// The link, written now (for a click that came before it was ready).
    async fn fragment_later(self) -> Option<String> {
        let body = self.body.try_get_untracked()??;
        let packed = web::deflate(&body).await.ok()?;
        Some(link::pack(self.kind, &packed))
    }
}

/// Shares the link through the share sheet, or copies and shows it. Called from the click: the
/// share sheet and the clipboard are asked within it.
pub fn share_link(
    session: Session,
    link: ReadyLink,
    title: String,
    file: Option<(String, String)>,
) {
    let screen = session.screen;
    let t = session.t().doc();
    let Some(fragment) = link.fragment_now() else {
        // Rare: a click within moments of a change. The clipboard takes the promise of the link.
        let copied = web::copy_text_when_ready(async move {
            link.fragment_later()
                .await
                .map(|fragment| web::url_with_fragment(&fragment))
        });
        leptos::task::spawn_local(async move {
            let ok = copied.await.is_ok();
            if let Some(fragment) = link.fragment_later().await {
                screen.fallback.set(Some((
                    t.share_label.to_string(),
                    web::url_with_fragment(&fragment),
                )));
            }
            screen
                .status
                .set(if ok { t.link_copied } else { t.copy_failed }.to_string());
        });
        return;
    };
    let url = web::url_with_fragment(&fragment);
    if web::can_share() {
        let file = file
            .as_ref()
            .map(|(name, text)| (name.as_str(), text.as_str(), "application/json"));
        let shared = web::share(&title, &url, file);
        leptos::task::spawn_local(async move {
            match shared.await {
                web::Shared::Sent => screen.status.set(t.link_shared.to_string()),
                web::Shared::Cancelled => {}
                // The sheet refused: the link is shown to copy by hand (the click is over).
                web::Shared::Unsupported => {
                    screen.fallback.set(Some((t.share_label.to_string(), url)));
                    screen.status.set(t.copy_failed.to_string());
                }
            }
        });
        return;
    }
    let copied = web::copy_text(&url);
    screen
        .fallback
        .set(Some((t.share_label.to_string(), url.clone())));
    leptos::task::spawn_local(async move {
        let ok = copied.await.is_ok();
        screen
            .status
            .set(if ok { t.link_copied } else { t.copy_failed }.to_string());
    });
}

/// Copies text (within the click), or shows it to be copied by hand.
pub fn copy(session: Session, text: String) {
    let screen = session.screen;
    let copied = web::copy_text(&text);
    leptos::task::spawn_local(async move {
        let t = session.t();
        if copied.await.is_ok() {
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
