//! Rules spanning several aggregates.

mod allocation;
mod capacity;

pub use allocation::{Shortage, allocate, shortages};
pub use capacity::ensure_fits;
