pub mod lang;
pub mod notice;
pub mod texts;
