pub mod agreement;
pub mod assessment;
pub mod change;
pub mod inputs;
pub mod role;
pub mod stamps;
pub mod versions;
pub mod workbook;
