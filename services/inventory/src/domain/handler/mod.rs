//! Rules spanning several aggregates.

mod allocation;
mod capacity;

pub use allocation::allocate;
pub use capacity::ensure_fits;
