//! Stock row CRUD and availability. A warehouse's capacity bounds the copies of all its rows;
//! every change that can raise that total locks the warehouse row first, then the stock row,
//! so concurrent changes in one warehouse are checked one after the other.

use app_kit::{AppError, ConflictKind, Paged, Version};
use tracing::instrument;

use super::Inventory;
use crate::application::port::repo::{
    Availability, StockQuery, StockRepository, Transaction, UnitOfWork, WarehouseRepository,
};
use crate::domain::aggregate::{BookId, NewStock, Quantity, Stock, StockId};
use crate::domain::handler::ensure_fits;
use service_kit::db::retry_transaction;

const STOCK: &str = "stock row";

/// The most books one availability query may name.
pub const MAX_AVAILABILITY_BOOKS: usize = 100;

impl<U: UnitOfWork> Inventory<U> {
    /// # Errors
    /// [`AppError::Invalid`] at `warehouse_id` for an unknown warehouse, [`AppError::Conflict`]
    /// when the book already has a row there or the warehouse's capacity would be exceeded.
    #[instrument(skip_all, fields(book_id = new.book_id.get(), warehouse_id = new.warehouse_id.get()))]
    pub async fn create_stock(&self, new: NewStock) -> Result<Stock, AppError> {
        retry_transaction(|| async {
            let mut tx = self.store.write().await?;
            let warehouse = tx
                .find_warehouse_for_update(new.warehouse_id)
                .await?
                .ok_or_else(|| {
                    let reason = format!("warehouse {} does not exist", new.warehouse_id);
                    AppError::invalid("warehouse_id", reason)
                })?;
            let held = tx.held_copies(new.warehouse_id, None).await?;
            ensure_fits(warehouse.capacity(), held, new.quantity)?;
            let created = tx.insert_stock(&new).await?;
            tx.commit().await?;
            Ok(created)
        })
        .await
    }

    /// # Errors
    /// [`AppError::NotFound`] for an unknown id.
    #[instrument(skip_all, fields(id = id.get()))]
    pub async fn get_stock(&self, id: StockId) -> Result<Stock, AppError> {
        let mut tx = self.store.read().await?;
        tx.find_stock(id)
            .await?
            .ok_or_else(|| AppError::not_found(STOCK, id))
    }

    /// # Errors
    /// [`AppError::Unexpected`] on storage failure.
    #[instrument(skip_all)]
    pub async fn list_stocks(&self, query: StockQuery) -> Result<Paged<Stock>, AppError> {
        let mut tx = self.store.read().await?;
        Ok(tx.list_stocks(&query).await?)
    }

    /// Set the copies on hand: no fewer than are reserved, no more than the warehouse holds.
    ///
    /// # Errors
    /// [`AppError::NotFound`] for an unknown id, [`AppError::Conflict`] for a stale version, a
    /// quantity below the reserved copies or beyond the capacity.
    #[instrument(skip_all, fields(id = id.get()))]
    pub async fn replace_stock(
        &self,
        id: StockId,
        expected_version: Version,
        quantity: Quantity,
    ) -> Result<Stock, AppError> {
        retry_transaction(|| async {
            let mut tx = self.store.write().await?;
            let not_found = || AppError::not_found(STOCK, id);
            // Warehouse first, then the row: the same order as every other capacity check.
            let warehouse_id = tx
                .find_stock(id)
                .await?
                .ok_or_else(not_found)?
                .warehouse_id();
            let warehouse = tx
                .find_warehouse_for_update(warehouse_id)
                .await?
                .ok_or_else(not_found)?;
            let mut stock = tx.find_stock_for_update(id).await?.ok_or_else(not_found)?;
            stock.set_quantity(expected_version, quantity)?;
            let held = tx.held_copies(warehouse_id, Some(id)).await?;
            ensure_fits(warehouse.capacity(), held, quantity)?;
            let stored = tx.update_stock(&stock).await?;
            tx.commit().await?;
            Ok(stored)
        })
        .await
    }

    /// Delete a stock row with no reserved copies.
    ///
    /// # Errors
    /// [`AppError::NotFound`] for an unknown id, [`AppError::Conflict`] while copies are
    /// reserved.
    #[instrument(skip_all, fields(id = id.get()))]
    pub async fn delete_stock(&self, id: StockId) -> Result<(), AppError> {
        retry_transaction(|| async {
            let mut tx = self.store.write().await?;
            let stock = tx
                .find_stock_for_update(id)
                .await?
                .ok_or_else(|| AppError::not_found(STOCK, id))?;
            let reserved = stock.reserved().get();
            if reserved > 0 {
                return Err(AppError::conflict(
                    ConflictKind::Rule,
                    format!(
                        "stock row {id} holds {reserved} reserved copies; they must be released or shipped first"
                    ),
                ));
            }
            tx.delete_stock(id).await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Each distinct book's stock summed over all warehouses, in request order; a book without
    /// rows has zeros.
    ///
    /// # Errors
    /// [`AppError::Invalid`] at `book_ids` for more than [`MAX_AVAILABILITY_BOOKS`] distinct
    /// books.
    #[instrument(skip_all, fields(books = books.len()))]
    pub async fn availability(&self, books: &[BookId]) -> Result<Vec<Availability>, AppError> {
        let distinct = app_kit::batch::distinct_at_most(books, MAX_AVAILABILITY_BOOKS, "book_ids")?;
        let mut tx = self.store.read().await?;
        let found = tx.availability(&distinct).await?;
        Ok(distinct
            .into_iter()
            .map(|book_id| {
                found
                    .iter()
                    .find(|a| a.book_id == book_id)
                    .copied()
                    .unwrap_or(Availability {
                        book_id,
                        quantity: 0,
                        reserved: 0,
                    })
            })
            .collect())
    }
}
