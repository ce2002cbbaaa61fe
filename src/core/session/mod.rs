pub mod embed;
pub mod merge;
pub mod theme;
pub mod view;
