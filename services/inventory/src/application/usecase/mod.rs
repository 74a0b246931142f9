//! Use cases: each opens a transaction through the unit-of-work port, lets the domain decide,
//! saves through the repositories and commits. The REST port (`rest`) and the gRPC adapter call
//! these; they only translate.

mod error;
mod reservations;
mod rest;
mod retry;
mod stocks;
mod warehouses;

pub use error::InventoryError;
pub use reservations::ReleaseOutcome;

use crate::application::port::repo::UnitOfWork;

/// The inventory's operations over a store.
#[derive(Debug, Clone)]
pub struct Inventory<U> {
    store: U,
}

impl<U: UnitOfWork> Inventory<U> {
    pub fn new(store: U) -> Self {
        Self { store }
    }
}
