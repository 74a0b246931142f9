//! The use cases' error: what went wrong, in terms each inbound adapter maps to a status.

use crate::application::port::repo::RepoError;
use crate::domain::DomainError;

/// Why an inventory operation failed.
#[derive(Debug, thiserror::Error)]
pub enum InventoryError {
    /// A value in the request breaks a rule of its own (`field` as the API names it).
    #[error("invalid {field}: {reason}")]
    Invalid { field: &'static str, reason: String },
    /// The addressed resource does not exist.
    #[error("{resource} {id} does not exist")]
    NotFound { resource: &'static str, id: i64 },
    /// The change clashes with stored state: a duplicate, a stale version, a capacity, a stock
    /// row still holding reserved copies.
    #[error("{0}")]
    Conflict(String),
    /// A reservation cannot be met; nothing was reserved.
    #[error("book {book_id} is out of stock: {requested} requested, {available} available")]
    OutOfStock {
        book_id: i64,
        requested: u32,
        available: u64,
    },
    /// The order has no reservation that could be committed.
    #[error("order {order_id} has no active reservation")]
    NoActiveReservation { order_id: i64 },
    /// The database stayed too busy to finish the transaction after several attempts.
    #[error("the inventory is too busy right now; try again")]
    Busy(#[source] RepoError),
    /// A fault on our side; the cause is logged, never shown.
    #[error("the inventory operation failed")]
    Unexpected(#[source] RepoError),
}

impl From<DomainError> for InventoryError {
    fn from(err: DomainError) -> Self {
        match err {
            DomainError::Invalid { field, reason } => InventoryError::Invalid { field, reason },
            DomainError::OutOfStock {
                book_id,
                requested,
                available,
            } => InventoryError::OutOfStock {
                book_id,
                requested,
                available,
            },
            DomainError::StaleVersion { .. }
            | DomainError::BelowReserved { .. }
            | DomainError::CapacityExceeded { .. } => InventoryError::Conflict(err.to_string()),
        }
    }
}

impl From<RepoError> for InventoryError {
    fn from(err: RepoError) -> Self {
        match err {
            RepoError::Conflict(detail) => InventoryError::Conflict(detail),
            RepoError::Stale => InventoryError::Conflict(
                "the resource was changed concurrently; read it again and retry".to_owned(),
            ),
            RepoError::Contention(_) => InventoryError::Busy(err),
            RepoError::Unexpected(_) => InventoryError::Unexpected(err),
        }
    }
}
