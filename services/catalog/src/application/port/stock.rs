//! Outbound port to the inventory service: how much stock books have over all warehouses.

use std::future::Future;

use crate::domain::aggregate::BookId;

/// The most books one lookup may ask about (inventory's `GetAvailability` limit, and the largest
/// page a list returns).
pub const MAX_STOCK_BATCH: usize = 100;

/// A book's stock summed over every warehouse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StockLevel {
    pub quantity: i64,
    pub reserved_quantity: i64,
    pub available_quantity: i64,
}

impl StockLevel {
    /// What a book inventory has no stock rows for holds.
    pub const NONE: Self = Self {
        quantity: 0,
        reserved_quantity: 0,
        available_quantity: 0,
    };
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
    /// The stock of each of `books` (at most [`MAX_STOCK_BATCH`]), in the same order, asked in
    /// one round trip; a book inventory knows nothing about has [`StockLevel::NONE`].
    fn stock_of(
        &self,
        books: &[BookId],
    ) -> impl Future<Output = Result<Vec<StockLevel>, StockError>> + Send;
}
