//! Use cases: each opens a transaction through the unit-of-work port, lets the domain decide,
//! saves through the repositories and commits, failing with the kit's [`app_kit::AppError`].
//! The REST port (`rest`) and the gRPC port (`grpc`) call these after turning what a client sent
//! into typed input through [`input`]; they only translate.

mod error;
mod grpc;
pub mod input;
mod reservations;
pub(crate) mod rest;
mod stocks;
mod warehouses;

pub use reservations::{ReleaseOutcome, Reserved};

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
