//! Outbound port to the inventory service: how much stock a book has over all warehouses.

use std::future::Future;

use crate::domain::aggregate::BookId;

/// A book's stock summed over every warehouse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StockLevel {
    pub quantity: i64,
    pub reserved_quantity: i64,
    pub available_quantity: i64,
}

/// Why stock could not be read. Book reads degrade to "no stock shown" on any of these.
#[derive(Debug, thiserror::Error)]
pub enum StockError {
    #[error("the inventory service did not answer in time")]
    Timeout,
    #[error("the inventory service could not be reached or failed")]
    Unavailable(#[source] Box<dyn std::error::Error + Send + Sync>),
}

pub trait StockLookup: Send + Sync + 'static {
    /// The stock of `book`; a book inventory knows nothing about has all quantities zero.
    fn stock_of(&self, book: BookId)
    -> impl Future<Output = Result<StockLevel, StockError>> + Send;
}
