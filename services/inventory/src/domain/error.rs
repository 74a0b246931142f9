//! The one error type of the domain layer: a value or a rule was broken.

use app_kit::value::StaleVersion;

/// A domain rule refused a value or a change. Each variant carries what the caller needs to
/// explain the refusal; none is a server fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// A value failed its constructor's check (`field` names it as the API does).
    #[error("invalid {field}: {reason}")]
    Invalid { field: &'static str, reason: String },
    /// The quantity would drop below the copies already reserved for orders.
    #[error("the quantity {quantity} is below the {reserved} reserved copies")]
    BelowReserved { quantity: u32, reserved: u32 },
    /// The warehouse would hold more copies than its capacity.
    #[error("the warehouse would hold {would_hold} copies but its capacity is {capacity}")]
    CapacityExceeded { capacity: u32, would_hold: u64 },
    /// The caller changed a stale copy: someone else updated the row since it was read.
    #[error(transparent)]
    Stale(#[from] StaleVersion),
    /// A reservation cannot be met from the stock on hand.
    #[error("book {book_id} is out of stock: {requested} requested, {available} available")]
    OutOfStock {
        book_id: i64,
        requested: u32,
        available: u64,
    },
}

impl DomainError {
    pub(crate) fn invalid(field: &'static str, reason: impl Into<String>) -> Self {
        DomainError::Invalid {
            field,
            reason: reason.into(),
        }
    }
}
