pub mod embed;
pub mod merge;
pub mod preview;
pub mod snippet;
pub mod theme;
pub mod view;
