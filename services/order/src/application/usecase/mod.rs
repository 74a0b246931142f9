//! Use cases: each opens a transaction through the unit-of-work port, lets the domain decide,
//! saves and commits (run again when the database says it lost a race), failing with the kit's
//! [`app_kit::AppError`]. The REST port (`rest`), the gRPC port (`grpc`) and the saga workers
//! (`workers`) only translate.

mod error;
mod grpc;
mod orders;
mod rest;
mod workers;

use std::sync::Arc;

pub use orders::{Caller, PlaceOrder};

use crate::application::port::books::BookPrices;
use crate::application::port::cards::CardVault;
use crate::application::port::repo::OrderStore;
use crate::application::port::workflow::Saga;

/// The order service's operations over its store and the services it calls.
pub struct Orders<S, B, C, W> {
    store: S,
    books: B,
    cards: C,
    saga: Arc<W>,
}

impl<S, B, C, W> Orders<S, B, C, W>
where
    S: OrderStore,
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    pub fn new(store: S, books: B, cards: C, saga: Arc<W>) -> Self {
        Self {
            store,
            books,
            cards,
            saga,
        }
    }
}
