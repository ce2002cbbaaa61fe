pub mod embed;
pub mod merge;
pub mod snippet;
pub mod theme;
pub mod view;
