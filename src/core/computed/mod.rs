pub mod comparison;
pub mod fit;
pub mod progress;
pub mod summary;
