//! The customer's own data: wishlist entries and the points ledger, with their rules. The
//! profile, orders and payments belong to other services and are only passed through.

mod access;
mod points;
mod wishlist;

pub use access::{Caller, CustomerId};
pub use points::{
    Balance, IdempotencyKey, NewPointTransaction, PointDelta, PointTransaction, PointTransactionId,
    Reason,
};
pub use wishlist::{BookId, WISHLIST_LIMIT, WishlistEntry};
