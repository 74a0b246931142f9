//! [`WarehouseRepository`] in SQL.

use app_kit::Version;

use service_kit::db::sql::{now, page_sql, page_total};
use service_kit::db::{InsertedId, SqlTx};
use service_kit::{with_conn, with_statement_conn};

use super::SqlInventoryTx;
use super::error::{begin_read, corrupt, db_error};
use super::rows::{self, WAREHOUSE_COLUMNS};
use crate::application::port::repo::{Paged, RepoError, WarehouseQuery, WarehouseRepository};
use crate::domain::aggregate::{NewWarehouse, StockId, Warehouse, WarehouseId, WarehouseRecord};

async fn select_warehouse(
    tx: &mut SqlTx,
    id: WarehouseId,
    lock: bool,
) -> Result<Option<Warehouse>, RepoError> {
    let lock = if lock { tx.dialect().lock() } else { "" };
    let sql = format!("SELECT {WAREHOUSE_COLUMNS} FROM warehouse WHERE id = ?{lock}");
    with_conn!(tx, begin_read, conn => {
        let row = sqlx::query(&sql)
            .bind(id.get())
            .fetch_optional(conn)
            .await
            .map_err(|e| db_error("read a warehouse", e))?;
        row.as_ref().map(rows::warehouse).transpose()
    })
}

impl WarehouseRepository for SqlInventoryTx {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn insert_warehouse(&mut self, new: &NewWarehouse) -> Result<Warehouse, RepoError> {
        let at = now();
        let sql = "INSERT INTO warehouse (name, address, capacity, version, created_at, updated_at) \
                   VALUES (?, ?, ?, 0, ?, ?)";
        let id = with_conn!(self.0, begin_read, conn => {
            sqlx::query(sql)
                .bind(new.name.as_str())
                .bind(new.address.as_str())
                .bind(i64::from(new.capacity.get()))
                .bind(at)
                .bind(at)
                .execute(conn)
                .await
                .map_err(|e| db_error("insert a warehouse", e))?
                .inserted_id()
        });
        Ok(Warehouse::from(WarehouseRecord {
            id: WarehouseId::new(id).map_err(|e| corrupt("insert a warehouse", e))?,
            name: new.name.clone(),
            address: new.address.clone(),
            capacity: new.capacity,
            version: Version::INITIAL,
            created_at: at,
            updated_at: at,
        }))
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn find_warehouse(&mut self, id: WarehouseId) -> Result<Option<Warehouse>, RepoError> {
        select_warehouse(&mut self.0, id, false).await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn find_warehouse_for_update(
        &mut self,
        id: WarehouseId,
    ) -> Result<Option<Warehouse>, RepoError> {
        select_warehouse(&mut self.0, id, true).await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn list_warehouses(
        &mut self,
        query: &WarehouseQuery,
    ) -> Result<Paged<Warehouse>, RepoError> {
        let (sort, order) = (query.sort.name(), query.order.sql());
        let sql = page_sql(
            WAREHOUSE_COLUMNS,
            "warehouse",
            &format!("{sort} {order}, id {order}"),
        );
        let (limit, offset) = rows::page_args(query.page);
        let (items, total) = with_statement_conn!(self.0, begin_read, conn => {
            let page = sqlx::query(&sql)
                .bind(limit)
                .bind(offset)
                .fetch_all(&mut *conn)
                .await
                .map_err(|e| db_error("list warehouses", e))?;
            (page.iter().map(rows::warehouse).collect::<Result<Vec<_>, _>>()?, rows::first_total(&page)?)
        });
        let total = match page_total(total, query.page.offset()) {
            Some(total) => total,
            // A page past the end: count on its own.
            None => with_statement_conn!(self.0, begin_read, conn => {
                let row = sqlx::query("SELECT COUNT(*) AS total FROM warehouse")
                    .fetch_one(&mut *conn)
                    .await
                    .map_err(|e| db_error("count warehouses", e))?;
                rows::count(&row, "total")?
            }),
        };
        Ok(Paged { total, items })
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn update_warehouse(&mut self, warehouse: &Warehouse) -> Result<Warehouse, RepoError> {
        let at = now();
        let sql = "UPDATE warehouse SET name = ?, address = ?, capacity = ?, version = version + 1, updated_at = ? \
                   WHERE id = ? AND version = ?";
        let changed = with_conn!(self.0, begin_read, conn => {
            sqlx::query(sql)
                .bind(warehouse.name().as_str())
                .bind(warehouse.address().as_str())
                .bind(i64::from(warehouse.capacity().get()))
                .bind(at)
                .bind(warehouse.id().get())
                .bind(warehouse.version().get())
                .execute(conn)
                .await
                .map_err(|e| db_error("update a warehouse", e))?
                .rows_affected()
        });
        if changed == 0 {
            return Err(RepoError::Stale);
        }
        Ok(Warehouse::from(WarehouseRecord {
            id: warehouse.id(),
            name: warehouse.name().clone(),
            address: warehouse.address().clone(),
            capacity: warehouse.capacity(),
            version: warehouse.version().next(),
            created_at: warehouse.created_at(),
            updated_at: at,
        }))
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn delete_warehouse(&mut self, id: WarehouseId) -> Result<bool, RepoError> {
        let deleted = with_conn!(self.0, begin_read, conn => {
            sqlx::query("DELETE FROM warehouse WHERE id = ?")
                .bind(id.get())
                .execute(conn)
                .await
                .map_err(|e| db_error("delete a warehouse", e))?
                .rows_affected()
        });
        Ok(deleted > 0)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn held_copies(
        &mut self,
        id: WarehouseId,
        except: Option<StockId>,
    ) -> Result<u64, RepoError> {
        let sql = format!(
            "SELECT CAST(COALESCE(SUM(quantity), 0) AS {}) AS held FROM stock WHERE warehouse_id = ? AND id <> ?",
            self.0.dialect().integer()
        );
        // Ids start at 1, so 0 excludes nothing.
        let except = except.map_or(0, StockId::get);
        with_conn!(self.0, begin_read, conn => {
            let row = sqlx::query(&sql)
                .bind(id.get())
                .bind(except)
                .fetch_one(conn)
                .await
                .map_err(|e| db_error("sum a warehouse's copies", e))?;
            rows::count(&row, "held")
        })
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn count_stock_rows(&mut self, id: WarehouseId) -> Result<u64, RepoError> {
        with_conn!(self.0, begin_read, conn => {
            let row = sqlx::query("SELECT COUNT(*) AS n FROM stock WHERE warehouse_id = ?")
                .bind(id.get())
                .fetch_one(conn)
                .await
                .map_err(|e| db_error("count a warehouse's stock rows", e))?;
            rows::count(&row, "n")
        })
    }
}
