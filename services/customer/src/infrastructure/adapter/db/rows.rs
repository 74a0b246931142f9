//! Rows read into domain values, on either driver.

use chrono::{DateTime, Utc};
use sqlx::{ColumnIndex, Decode, Row, Type};

use super::error::{corrupt, db_error};
use crate::application::port::repo::RepoError;
use crate::domain::{BookId, CustomerId, PointTransaction, PointTransactionId, WishlistEntry};

pub(super) fn get<'r, R, T>(row: &'r R, column: &'static str) -> Result<T, RepoError>
where
    R: Row,
    T: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    row.try_get(column)
        .map_err(|e| db_error("read a column", e))
}

pub(super) fn customer<R>(row: &R) -> Result<CustomerId, RepoError>
where
    R: Row,
    for<'r> String: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    let raw: String = get(row, "user_id")?;
    CustomerId::parse(&raw).map_err(|e| corrupt("read a user id", e))
}

pub(super) fn wishlist_entry<R>(row: &R) -> Result<WishlistEntry, RepoError>
where
    R: Row,
    for<'r> i64: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> String: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> DateTime<Utc>: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    Ok(WishlistEntry {
        customer_id: customer(row)?,
        book_id: BookId::new(get(row, "book_id")?).map_err(|e| corrupt("read a book id", e))?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
    })
}

pub(super) fn point_transaction<R>(row: &R) -> Result<PointTransaction, RepoError>
where
    R: Row,
    for<'r> i64: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> i32: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> String: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> DateTime<Utc>: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    Ok(PointTransaction {
        id: PointTransactionId::new(get(row, "id")?)
            .map_err(|e| corrupt("read a transaction id", e))?,
        customer_id: customer(row)?,
        delta: get(row, "delta")?,
        reason: get(row, "reason")?,
        balance_after: get(row, "balance_after")?,
        created_by: get(row, "created_by")?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
    })
}
