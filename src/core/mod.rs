//! The domain, in pure Rust: no browser, no DOM. Everything here is tested natively with
//! `cargo test`; the components in `ui/` only read and write these types.

pub mod assessment;
pub mod change;
pub mod compare;
pub mod doc;
pub mod embed;
pub mod exchange;
pub mod lang;
pub mod link;
pub mod markup;
pub mod merge;
pub mod notice;
pub mod profile;
pub mod progress;
pub mod report;
pub mod role;
pub mod saved;
pub mod shape;
pub mod shared;
pub mod summary;
pub mod texts;
pub mod theme;
pub mod view;
pub mod workbook;
