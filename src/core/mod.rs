//! The domain, in pure Rust: no browser, no DOM. Everything here is tested natively with
//! `cargo test`; the components in `ui/` only read and write these types.
//!
//! - `words`: the languages, the app's texts, notices;
//! - `profile`: the profile file (its items, levels, careers, market) and its translations;
//! - `answers`: what the user keeps — assessments, role profiles, the workbook that holds them,
//!   and every change that can be made to it;
//! - `formats`: what comes in and goes out — share links, exchange files, stored state, and what
//!   is refused;
//! - `computed`: what follows from the answers — progress, the summary's level, the fit with a
//!   role, the comparison of two assessments;
//! - `visit`: the rules of a visit to the page around them — the host's options, the views'
//!   addresses, colours, two tabs of the app merged;
//! - `design`: the profile designer's draft — an association's profile as it is written, its
//!   problems in the loader's words, and the files it exports;
//! - `report`: the documents in words — the summary, the comparison, the fit, the job
//!   description — and each as plain text.

pub mod answers;
pub mod computed;
pub mod design;
pub mod formats;
pub mod profile;
pub mod report;
pub mod visit;
pub mod words;
