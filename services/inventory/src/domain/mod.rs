//! The inventory's business rules, free of any framework: aggregates guard their invariants,
//! handlers hold the rules that span several of them (allocation across warehouses, capacity).

pub mod aggregate;
pub mod error;
pub mod handler;

pub use error::DomainError;
