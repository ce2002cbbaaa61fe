//! Which copy of the page the components draw: the live app, or one of the copies the build
//! writes into index.html (`ui::first_paint`), which share one document and so give their ids
//! and input names a prefix of their own, and draw only the matrix's first blocks.

use leptos::prelude::*;

use crate::core::profile::Profile;

/// Which copy of the page the components draw: the live app, or a copy the build writes into
/// the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageCopy {
    /// Put before every id and input name, so that two copies in one page stay apart.
    prefix: &'static str,
    /// How many of the matrix's blocks are drawn (the live app: all).
    blocks: Option<usize>,
}

impl PageCopy {
    /// The app itself.
    pub const LIVE: PageCopy = PageCopy {
        prefix: "",
        blocks: None,
    };

    /// A copy the build writes: `prefix` before its ids, `blocks` of the matrix drawn.
    pub fn written(prefix: &'static str, blocks: usize) -> PageCopy {
        PageCopy {
            prefix,
            blocks: Some(blocks),
        }
    }

    /// The copy the components are drawing now (the live app unless the build said otherwise).
    pub fn here() -> PageCopy {
        use_context::<PageCopy>().unwrap_or(PageCopy::LIVE)
    }

    /// `id` as this copy writes it.
    pub fn id(self, id: &str) -> String {
        format!("{}{id}", self.prefix)
    }

    /// Whether this is the live app (which draws every row).
    pub fn is_live(self) -> bool {
        self.blocks.is_none()
    }

    /// How many of `profile`'s blocks are drawn.
    pub fn blocks(self, profile: &Profile) -> usize {
        self.blocks
            .map_or(profile.blocks.len(), |n| n.min(profile.blocks.len()))
    }
}
