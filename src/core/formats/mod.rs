pub mod contribution;
pub mod csv;
pub mod exchange;
pub mod link;
pub mod shape;
pub mod shared;
pub mod stored;
