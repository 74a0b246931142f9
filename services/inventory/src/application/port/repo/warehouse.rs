//! Warehouses in storage.

use std::future::Future;

use super::{Paged, RepoError, WarehouseQuery};
use crate::domain::aggregate::{NewWarehouse, Warehouse, WarehouseId};

/// Warehouses, reached through an open transaction.
pub trait WarehouseRepository {
    /// Store a new warehouse (version 0).
    ///
    /// # Errors
    /// [`RepoError::Duplicate`] when the name is taken.
    fn insert_warehouse(
        &mut self,
        new: &NewWarehouse,
    ) -> impl Future<Output = Result<Warehouse, RepoError>> + Send;

    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn find_warehouse(
        &mut self,
        id: WarehouseId,
    ) -> impl Future<Output = Result<Option<Warehouse>, RepoError>> + Send;

    /// Like [`WarehouseRepository::find_warehouse`], and the row stays locked until the
    /// transaction ends: capacity checks of concurrent stock changes in it run one at a time.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn find_warehouse_for_update(
        &mut self,
        id: WarehouseId,
    ) -> impl Future<Output = Result<Option<Warehouse>, RepoError>> + Send;

    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn list_warehouses(
        &mut self,
        query: &WarehouseQuery,
    ) -> impl Future<Output = Result<Paged<Warehouse>, RepoError>> + Send;

    /// Write name, address and capacity if the stored version is still `warehouse.version()`;
    /// returns the stored row (version bumped).
    ///
    /// # Errors
    /// [`RepoError::Stale`] when the version moved on, [`RepoError::Duplicate`] for a taken name.
    fn update_warehouse(
        &mut self,
        warehouse: &Warehouse,
    ) -> impl Future<Output = Result<Warehouse, RepoError>> + Send;

    /// Returns whether a row was deleted.
    ///
    /// # Errors
    /// [`RepoError::Conflict`] when stock rows still reference the warehouse.
    fn delete_warehouse(
        &mut self,
        id: WarehouseId,
    ) -> impl Future<Output = Result<bool, RepoError>> + Send;

    /// The copies held in all the warehouse's stock rows, except `except` when given (the row
    /// about to be rewritten).
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn held_copies(
        &mut self,
        id: WarehouseId,
        except: Option<crate::domain::aggregate::StockId>,
    ) -> impl Future<Output = Result<u64, RepoError>> + Send;

    /// How many stock rows the warehouse has.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn count_stock_rows(
        &mut self,
        id: WarehouseId,
    ) -> impl Future<Output = Result<u64, RepoError>> + Send;
}
