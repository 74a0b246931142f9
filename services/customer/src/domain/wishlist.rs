//! The wishlist: a set of catalog books per customer, at most [`WISHLIST_LIMIT`].

use chrono::{DateTime, Utc};

use super::CustomerId;

app_kit::id_type!(
    /// A catalog book's id.
    BookId
);

/// The most books one wishlist holds; the spec states it on the wishlist's schemas.
pub const WISHLIST_LIMIT: usize = 200;

/// One book on a customer's wishlist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WishlistEntry {
    pub customer_id: CustomerId,
    pub book_id: BookId,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}
