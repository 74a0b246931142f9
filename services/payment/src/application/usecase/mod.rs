//! Use cases: reading payments (REST and gRPC), exchanging a card number for a token (gRPC),
//! and the saga's two tasks, `make_payment` and `refund_payment` ([`saga`]). Each fails with the
//! kit's [`app_kit::AppError`] (the saga tasks with the generated `TaskFailure`); the inbound
//! adapters only translate.

mod error;
mod grpc;
pub mod input;
mod payments;
mod rest;
pub mod saga;

use std::sync::Arc;

use crate::application::port::gateway::CardGateway;
use crate::application::port::repo::UnitOfWork;

pub use payments::Viewer;

/// Payment's operations over a store and a card gateway.
#[derive(Debug)]
pub struct Payments<U, G> {
    store: U,
    gateway: Arc<G>,
}

impl<U: UnitOfWork, G: CardGateway> Payments<U, G> {
    pub fn new(store: U, gateway: Arc<G>) -> Self {
        Self { store, gateway }
    }
}
