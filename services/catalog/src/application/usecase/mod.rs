//! The catalog's use cases. [`Catalog`] holds the operations both inbound adapters share (the
//! generated REST port is implemented in `rest`, the gRPC servers call [`Catalog`] from
//! `infrastructure::adapter::protosvc`); it speaks domain types and [`CatalogError`].

mod authors;
mod books;
mod categories;
mod error;
mod listing;
mod publishers;
pub mod rest;

use chrono::{DateTime, SubsecRound, Utc};

pub use error::{CatalogError, FieldIssue};
pub use listing::{DEFAULT_LIMIT, MAX_FILTER_CHARS, MAX_LIMIT, Paging, filter_text};

use crate::application::port::repo::CatalogStore;
use crate::application::port::stock::StockLookup;

/// The catalog's operations over a store and the inventory's stock.
#[derive(Debug, Clone)]
pub struct Catalog<S, K> {
    store: S,
    stock: K,
}

impl<S: CatalogStore, K: StockLookup> Catalog<S, K> {
    pub fn new(store: S, stock: K) -> Self {
        Self { store, stock }
    }
}

/// The time a change is stamped with. Microseconds are what MySQL's DATETIME(6) keeps, so a
/// value reads back exactly as it was written on either database.
fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}
