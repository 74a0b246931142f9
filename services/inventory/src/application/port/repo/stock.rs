//! Stock rows in storage.

use std::future::Future;

use super::{Paged, RepoError, StockQuery};
use crate::domain::aggregate::{BookId, NewStock, Stock, StockId};

/// One book's stock summed over every warehouse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Availability {
    pub book_id: BookId,
    pub quantity: u64,
    pub reserved: u64,
}

impl Availability {
    pub fn available(&self) -> u64 {
        self.quantity.saturating_sub(self.reserved)
    }
}

/// Stock rows, reached through an open transaction.
pub trait StockRepository {
    /// Store a new row with nothing reserved (version 0).
    ///
    /// # Errors
    /// [`RepoError::Duplicate`] when the book already has a row in that warehouse.
    fn insert_stock(
        &mut self,
        new: &NewStock,
    ) -> impl Future<Output = Result<Stock, RepoError>> + Send;

    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn find_stock(
        &mut self,
        id: StockId,
    ) -> impl Future<Output = Result<Option<Stock>, RepoError>> + Send;

    /// Like [`StockRepository::find_stock`], and the row stays locked until the transaction ends.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn find_stock_for_update(
        &mut self,
        id: StockId,
    ) -> impl Future<Output = Result<Option<Stock>, RepoError>> + Send;

    /// Every row of the given books, locked until the transaction ends. Rows are locked in
    /// (book, warehouse) order so that transactions over overlapping books queue instead of
    /// deadlocking.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn stocks_of_books_for_update(
        &mut self,
        books: &[BookId],
    ) -> impl Future<Output = Result<Vec<Stock>, RepoError>> + Send;

    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn list_stocks(
        &mut self,
        query: &StockQuery,
    ) -> impl Future<Output = Result<Paged<Stock>, RepoError>> + Send;

    /// Write quantity and reserved part if the stored version is still `stock.version()`;
    /// returns the stored row (version bumped).
    ///
    /// # Errors
    /// [`RepoError::Stale`] when the version moved on, [`RepoError::Conflict`] when the
    /// database's own check (`quantity ≥ reserved ≥ 0`) refuses the values.
    fn update_stock(
        &mut self,
        stock: &Stock,
    ) -> impl Future<Output = Result<Stock, RepoError>> + Send;

    /// Returns whether a row was deleted.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn delete_stock(&mut self, id: StockId)
    -> impl Future<Output = Result<bool, RepoError>> + Send;

    /// Each requested book's totals over all warehouses; books without rows are absent.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn availability(
        &mut self,
        books: &[BookId],
    ) -> impl Future<Output = Result<Vec<Availability>, RepoError>> + Send;
}
