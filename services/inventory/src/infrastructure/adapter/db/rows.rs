//! Rows to domain values, generic over the database so both drivers share one mapping.

use app_kit::{Page, Version};
use chrono::{DateTime, Utc};
use sqlx::{ColumnIndex, Decode, Row, Type};

use super::error::{corrupt, db_error};
use crate::application::port::repo::RepoError;
use crate::domain::aggregate::{
    Address, BookId, Capacity, OrderId, Quantity, ReservationLine, ReservationState, Stock,
    StockId, StockRecord, Warehouse, WarehouseId, WarehouseName, WarehouseRecord,
};

pub(crate) const WAREHOUSE_COLUMNS: &str =
    "id, name, address, capacity, version, created_at, updated_at";
pub(crate) const STOCK_COLUMNS: &str =
    "id, book_id, warehouse_id, quantity, reserved_quantity, version, created_at, updated_at";

fn get<'r, R, T>(row: &'r R, column: &'static str) -> Result<T, RepoError>
where
    R: Row,
    T: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    row.try_get(column)
        .map_err(|e| db_error("read a column", e))
}

pub(crate) fn warehouse<R>(row: &R) -> Result<Warehouse, RepoError>
where
    R: Row,
    for<'r> i64: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> String: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> DateTime<Utc>: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    let op = "read a warehouse row";
    let name: String = get(row, "name")?;
    let address: String = get(row, "address")?;
    Ok(Warehouse::from(WarehouseRecord {
        id: WarehouseId::new(get(row, "id")?).map_err(|e| corrupt(op, e))?,
        name: WarehouseName::parse(&name).map_err(|e| corrupt(op, e))?,
        address: Address::parse(&address).map_err(|e| corrupt(op, e))?,
        capacity: Capacity::new(get(row, "capacity")?).map_err(|e| corrupt(op, e))?,
        version: Version::new(get(row, "version")?).map_err(|e| corrupt(op, e))?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
    }))
}

pub(crate) fn stock<R>(row: &R) -> Result<Stock, RepoError>
where
    R: Row,
    for<'r> i64: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> DateTime<Utc>: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    let op = "read a stock row";
    Stock::try_from(StockRecord {
        id: StockId::new(get(row, "id")?).map_err(|e| corrupt(op, e))?,
        book_id: BookId::new(get(row, "book_id")?).map_err(|e| corrupt(op, e))?,
        warehouse_id: WarehouseId::new(get(row, "warehouse_id")?).map_err(|e| corrupt(op, e))?,
        quantity: Quantity::new(get(row, "quantity")?).map_err(|e| corrupt(op, e))?,
        reserved: Quantity::new(get(row, "reserved_quantity")?).map_err(|e| corrupt(op, e))?,
        version: Version::new(get(row, "version")?).map_err(|e| corrupt(op, e))?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
    })
    .map_err(|e| corrupt(op, e))
}

/// One reservation line and the state stored with it.
pub(crate) fn reservation_line<R>(
    row: &R,
) -> Result<(OrderId, ReservationState, ReservationLine), RepoError>
where
    R: Row,
    for<'r> i64: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> String: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    let op = "read a reservation row";
    let state: String = get(row, "state")?;
    let copies: i64 = get(row, "quantity")?;
    Ok((
        OrderId::new(get(row, "order_id")?).map_err(|e| corrupt(op, e))?,
        ReservationState::parse(&state).map_err(|e| corrupt(op, e))?,
        ReservationLine {
            book_id: BookId::new(get(row, "book_id")?).map_err(|e| corrupt(op, e))?,
            warehouse_id: WarehouseId::new(get(row, "warehouse_id")?)
                .map_err(|e| corrupt(op, e))?,
            copies: u32::try_from(copies)
                .map_err(|e| RepoError::Unexpected(anyhow::anyhow!(e).context(op)))?,
        },
    ))
}

/// A non-negative count or sum.
pub(crate) fn count<R>(row: &R, column: &'static str) -> Result<u64, RepoError>
where
    R: Row,
    for<'r> i64: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    let value: i64 = get(row, column)?;
    u64::try_from(value)
        .map_err(|e| RepoError::Unexpected(anyhow::anyhow!(e).context("read a count")))
}

/// The total a [`page_sql`](service_kit::db::sql::page_sql) statement carries on its first row,
/// `None` for an empty page (see [`page_total`](service_kit::db::sql::page_total)).
pub(crate) fn first_total<R>(page: &[R]) -> Result<Option<i64>, RepoError>
where
    R: Row,
    for<'r> i64: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    page.first()
        .map(|row| get(row, service_kit::db::sql::TOTAL_COLUMN))
        .transpose()
}

/// The page bounds as SQL integers; an offset beyond `i64` simply finds nothing.
pub(crate) fn page_args(page: Page) -> (i64, i64) {
    (
        i64::from(page.limit()),
        i64::try_from(page.offset()).unwrap_or(i64::MAX),
    )
}
