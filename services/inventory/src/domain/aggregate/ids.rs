//! Identifiers: positive 64-bit integers, as the API and the database use them.

use crate::domain::DomainError;

macro_rules! positive_id {
    ($(#[$doc:meta])* $name:ident, $field:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(i64);

        impl $name {
            /// # Errors
            /// [`DomainError::Invalid`] unless the id is at least 1.
            pub fn new(value: i64) -> Result<Self, DomainError> {
                if value >= 1 {
                    Ok(Self(value))
                } else {
                    Err(DomainError::invalid($field, "must be at least 1"))
                }
            }

            pub fn get(self) -> i64 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

positive_id!(
    /// A catalog book. Inventory does not own books; it trusts the id (catalog seeds 1–6).
    BookId,
    "book_id"
);
positive_id!(
    /// A warehouse.
    WarehouseId,
    "warehouse_id"
);
positive_id!(
    /// A stock row: one book in one warehouse.
    StockId,
    "id"
);
positive_id!(
    /// An order, the key of its reservation (and of the saga's idempotency).
    OrderId,
    "order_id"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_must_be_positive() {
        assert!(BookId::new(0).is_err());
        assert!(OrderId::new(-5).is_err());
        assert_eq!(WarehouseId::new(7).map(WarehouseId::get), Ok(7));
    }
}
