pub mod comparison;
pub mod fit;
pub mod pooled;
pub mod progress;
pub mod summary;
pub mod team;
