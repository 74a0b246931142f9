//! Warehouse CRUD.

use app_kit::{AppError, ConflictKind, Paged, Version};
use tracing::instrument;

use super::Inventory;
use crate::application::port::repo::{
    Transaction, UnitOfWork, WarehouseQuery, WarehouseRepository,
};
use crate::domain::aggregate::{NewWarehouse, Warehouse, WarehouseId};
use service_kit::db::retry_transaction;

const WAREHOUSE: &str = "warehouse";

impl<U: UnitOfWork> Inventory<U> {
    /// # Errors
    /// [`AppError::Conflict`] when the name is taken.
    #[instrument(skip_all, fields(name = new.name.as_str()))]
    pub async fn create_warehouse(&self, new: NewWarehouse) -> Result<Warehouse, AppError> {
        retry_transaction(|| async {
            let mut tx = self.store.write().await?;
            let created = tx.insert_warehouse(&new).await?;
            tx.commit().await?;
            Ok(created)
        })
        .await
    }

    /// # Errors
    /// [`AppError::NotFound`] for an unknown id.
    #[instrument(skip_all, fields(id = id.get()))]
    pub async fn get_warehouse(&self, id: WarehouseId) -> Result<Warehouse, AppError> {
        let mut tx = self.store.read().await?;
        tx.find_warehouse(id)
            .await?
            .ok_or_else(|| AppError::not_found(WAREHOUSE, id))
    }

    /// # Errors
    /// [`AppError::Unexpected`] on storage failure.
    #[instrument(skip_all)]
    pub async fn list_warehouses(
        &self,
        query: WarehouseQuery,
    ) -> Result<Paged<Warehouse>, AppError> {
        let mut tx = self.store.read().await?;
        Ok(tx.list_warehouses(&query).await?)
    }

    /// Replace name, address and capacity; the capacity must still hold the stored copies.
    ///
    /// # Errors
    /// [`AppError::NotFound`] for an unknown id, [`AppError::Conflict`] for a stale version, a
    /// taken name or a capacity below the copies held.
    #[instrument(skip_all, fields(id = id.get()))]
    pub async fn replace_warehouse(
        &self,
        id: WarehouseId,
        expected_version: Version,
        changes: NewWarehouse,
    ) -> Result<Warehouse, AppError> {
        retry_transaction(|| async {
            let mut tx = self.store.write().await?;
            // The lock keeps stock changes in this warehouse out until the new capacity is in.
            let mut warehouse = tx
                .find_warehouse_for_update(id)
                .await?
                .ok_or_else(|| AppError::not_found(WAREHOUSE, id))?;
            let held = tx.held_copies(id, None).await?;
            warehouse.replace(expected_version, changes.clone(), held)?;
            let stored = tx.update_warehouse(&warehouse).await?;
            tx.commit().await?;
            Ok(stored)
        })
        .await
    }

    /// Delete a warehouse that holds no stock rows.
    ///
    /// # Errors
    /// [`AppError::NotFound`] for an unknown id, [`AppError::Conflict`] while stock rows remain.
    #[instrument(skip_all, fields(id = id.get()))]
    pub async fn delete_warehouse(&self, id: WarehouseId) -> Result<(), AppError> {
        retry_transaction(|| async {
            let mut tx = self.store.write().await?;
            tx.find_warehouse_for_update(id)
                .await?
                .ok_or_else(|| AppError::not_found(WAREHOUSE, id))?;
            let rows = tx.count_stock_rows(id).await?;
            if rows > 0 {
                return Err(AppError::conflict(
                    ConflictKind::Rule,
                    format!("warehouse {id} still has {rows} stock row(s); delete them first"),
                ));
            }
            tx.delete_warehouse(id).await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }
}
