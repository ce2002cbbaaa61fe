//! What comes in from a share link or a file: read (links decompressed by the browser), checked
//! by `core`, shown read-only until the user decides — added beside their own assessments,
//! imported over the one on screen (asking first when that would overwrite answers), rated
//! alongside, or left. Reading is the later-loading views' code; the shell only looks whether
//! the address holds a link.

use leptos::prelude::*;

use super::session::Session;
use crate::core::answers::change::Change;
use crate::core::answers::workbook::{role_title, Import};
use crate::core::formats::exchange::{self, Incoming};
use crate::core::formats::link::{self, LinkKind};
use crate::core::formats::shared::Refusal;
use crate::core::visit::view::{Arrival, View};
use crate::core::words::notice::Notice;
use crate::web;

/// What came in, for the shell and the view that shows it.
#[derive(Clone, Copy)]
pub struct Arrivals {
    /// Something from a link or a file, shown read-only until the user decides.
    pub incoming: RwSignal<Option<Incoming>>,
    /// While there is something (or a link is being read), the shell gives it the pane and
    /// shows none of its own views.
    pub arrival: RwSignal<Option<Arrival>>,
    /// How many share links the address brought: the pane that reads one is drawn anew for each.
    pub links_opened: RwSignal<u32>,
    /// A link is being read (it is decompressed asynchronously).
    pub reading: RwSignal<bool>,
}

impl Arrivals {
    pub fn new() -> Arrivals {
        Arrivals {
            incoming: RwSignal::new(None),
            arrival: RwSignal::new(None),
            links_opened: RwSignal::new(0),
            reading: RwSignal::new(false),
        }
    }

    /// Looks at the address's fragment: a share link opens the pane that reads it (see
    /// [`Arrivals::read_link`]).
    pub fn read_fragment(&self) {
        if link::is_link(&web::location_hash()) {
            self.arrival.set(Some(Arrival::Reading));
            self.links_opened.update(|n| *n += 1);
        }
    }

    fn set(&self, incoming: Option<Incoming>) {
        self.arrival.set(incoming.as_ref().map(|i| match i {
            Incoming::Assessment(_) => Arrival::Assessment,
            Incoming::Role(_) => Arrival::Role,
        }));
        self.incoming.set(incoming);
    }

    /// Reads the share link in the address's fragment into the read-only view, or says why
    /// not. Without a link, what came in from a file stays.
    pub fn read_link(&self, session: Session) {
        let fragment = web::location_hash();
        let packed = match link::unpack(&fragment) {
            Ok(Some(packed)) => packed,
            Ok(None) => {
                if self.incoming.with_untracked(Option::is_none) {
                    self.set(None);
                }
                return;
            }
            Err(refusal) => return self.refuse_link(session, refusal),
        };
        let arrivals = *self;
        self.incoming.set(None);
        self.reading.set(true);
        leptos::task::spawn_local(async move {
            let profile = session.profile;
            let read = match web::inflate(&packed.data, link::MAX_BODY).await {
                Err(()) => Err(Refusal::Damaged),
                Ok(body) => match packed.kind {
                    LinkKind::Assessment => link::read_assessment(profile, packed.version, &body)
                        .map(Incoming::Assessment),
                    LinkKind::Role => link::read_role(profile, &body).map(Incoming::Role),
                },
            };
            arrivals.reading.set(false);
            match read {
                Ok(incoming) => arrivals.set(Some(incoming)),
                Err(refusal) => arrivals.refuse_link(session, refusal),
            }
        });
    }

    fn refuse_link(&self, session: Session, refusal: Refusal) {
        session.screen.notify(Notice::link_refused(&refusal));
        web::clear_hash();
        if self.incoming.with_untracked(Option::is_none) {
            self.set(None);
        }
    }

    /// Reads a chosen file into the read-only view, or says why not.
    pub fn open_file(&self, session: Session, input: web_sys::HtmlInputElement) {
        let arrivals = *self;
        leptos::task::spawn_local(async move {
            let notice = |refusal: Refusal| session.screen.notify(Notice::file_refused(&refusal));
            match web::read_chosen_file(&input, exchange::MAX_BYTES).await {
                None => {}
                Some(Err(web::FileProblem::TooLarge)) => notice(Refusal::TooLarge),
                Some(Err(web::FileProblem::Unreadable)) => notice(Refusal::NotOurs),
                Some(Ok(text)) => match exchange::import(session.profile, &text) {
                    Ok(incoming) => arrivals.set(Some(incoming)),
                    Err(refusal) => notice(refusal),
                },
            }
        });
    }

    /// Leaves the read-only view without taking anything.
    pub fn close(&self) {
        self.set(None);
        web::clear_hash();
    }

    /// Takes the assessment that came in, beside the user's own or over the one on screen.
    pub fn take(&self, session: Session, how: Import) {
        let Some(Incoming::Assessment(shared)) = self.incoming.get_untracked() else {
            return;
        };
        session.apply(Change::Import { shared, how });
        let lang = session.lang.get_untracked();
        let notice = match how {
            Import::AsNew => Notice::Added(session.with_book(|b| b.entry().title(lang))),
            Import::OverCurrent => Notice::Imported,
        };
        self.close();
        session.screen.show(View::Matrix);
        session.screen.notify(notice);
    }

    /// "Rate this person myself": the shared assessment is kept, and a blank manager's one
    /// for the same person starts, with the shared levels beside each item.
    pub fn rate_alongside(&self, session: Session) {
        let Some(Incoming::Assessment(shared)) = self.incoming.get_untracked() else {
            return;
        };
        session.apply(Change::RateAlongside(shared));
        session.screen.hints_shown.set(true);
        self.close();
        session.screen.show(View::Matrix);
    }

    pub fn take_role(&self, session: Session) {
        let Some(Incoming::Role(role)) = self.incoming.get_untracked() else {
            return;
        };
        let title = role_title(&role, session.lang.get_untracked());
        session.apply(Change::AddRole(role));
        self.close();
        session.screen.show(View::Roles);
        session.screen.notify(Notice::RoleAdded(title));
    }
}

impl Default for Arrivals {
    fn default() -> Self {
        Arrivals::new()
    }
}
