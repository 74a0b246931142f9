//! The copies of one book held in one warehouse, and the part of them reserved for orders.

use chrono::{DateTime, Utc};

use app_kit::value::Version;

use super::{BookId, Quantity, StockId, WarehouseId};
use crate::domain::DomainError;

/// A stock row to be created; nothing is reserved yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewStock {
    pub book_id: BookId,
    pub warehouse_id: WarehouseId,
    pub quantity: Quantity,
}

/// A stored stock row's columns, as a repository reads them back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StockRecord {
    pub id: StockId,
    pub book_id: BookId,
    pub warehouse_id: WarehouseId,
    pub quantity: Quantity,
    pub reserved: Quantity,
    pub version: Version,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A stock row. Invariant: `reserved ≤ quantity` (the database checks it too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stock {
    record: StockRecord,
}

impl TryFrom<StockRecord> for Stock {
    type Error = DomainError;

    fn try_from(record: StockRecord) -> Result<Self, DomainError> {
        if record.reserved > record.quantity {
            return Err(DomainError::BelowReserved {
                quantity: record.quantity.get(),
                reserved: record.reserved.get(),
            });
        }
        Ok(Self { record })
    }
}

impl Stock {
    pub fn id(&self) -> StockId {
        self.record.id
    }
    pub fn book_id(&self) -> BookId {
        self.record.book_id
    }
    pub fn warehouse_id(&self) -> WarehouseId {
        self.record.warehouse_id
    }
    pub fn quantity(&self) -> Quantity {
        self.record.quantity
    }
    pub fn reserved(&self) -> Quantity {
        self.record.reserved
    }
    /// Copies that can still be reserved.
    pub fn available(&self) -> u32 {
        self.record.quantity.get() - self.record.reserved.get()
    }
    /// [`Self::available`] as a quantity (never more than the row's own).
    pub fn available_quantity(&self) -> Quantity {
        self.record.quantity.saturating_sub(self.record.reserved)
    }
    pub fn version(&self) -> Version {
        self.record.version
    }
    pub fn created_at(&self) -> DateTime<Utc> {
        self.record.created_at
    }
    pub fn updated_at(&self) -> DateTime<Utc> {
        self.record.updated_at
    }

    /// Set the copies on hand (a manual count through REST).
    ///
    /// # Errors
    /// [`DomainError::Stale`] when `expected_version` is not the stored one;
    /// [`DomainError::BelowReserved`] when fewer copies than are reserved would remain.
    pub fn set_quantity(
        &mut self,
        expected_version: Version,
        quantity: Quantity,
    ) -> Result<(), DomainError> {
        expected_version.check(self.record.version)?;
        if quantity < self.record.reserved {
            return Err(DomainError::BelowReserved {
                quantity: quantity.get(),
                reserved: self.record.reserved.get(),
            });
        }
        self.record.quantity = quantity;
        Ok(())
    }

    /// Hold `copies` for an order.
    ///
    /// # Errors
    /// [`DomainError::OutOfStock`] when fewer copies are available.
    pub fn reserve(&mut self, copies: u32) -> Result<(), DomainError> {
        if copies > self.available() {
            return Err(DomainError::OutOfStock {
                book_id: self.record.book_id.get(),
                requested: copies,
                available: u64::from(self.available()),
            });
        }
        self.record.reserved = Quantity::new(i64::from(self.record.reserved.get() + copies))
            .map_err(|e| DomainError::invalid("reserved_quantity", e.to_string()))?;
        Ok(())
    }

    /// Give back `copies` held for an order. Never drops below zero: a release can only return
    /// what a reservation took, so saturating guards against a double release, not a normal path.
    pub fn release(&mut self, copies: u32) {
        self.record.reserved =
            Quantity::new(i64::from(self.record.reserved.get().saturating_sub(copies)))
                .unwrap_or(Quantity::ZERO);
    }

    /// Ship `copies` that were reserved: both the quantity and the reserved part drop.
    pub fn ship(&mut self, copies: u32) {
        let copies = copies.min(self.record.reserved.get());
        self.record.reserved =
            Quantity::new(i64::from(self.record.reserved.get() - copies)).unwrap_or(Quantity::ZERO);
        self.record.quantity =
            Quantity::new(i64::from(self.record.quantity.get() - copies)).unwrap_or(Quantity::ZERO);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn stock(quantity: i64, reserved: i64) -> Stock {
        Stock::try_from(StockRecord {
            id: StockId::new(1).unwrap(),
            book_id: BookId::new(1).unwrap(),
            warehouse_id: WarehouseId::new(1).unwrap(),
            quantity: Quantity::new(quantity).unwrap(),
            reserved: Quantity::new(reserved).unwrap(),
            version: Version::INITIAL,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        })
        .unwrap()
    }

    #[test]
    fn a_row_never_reserves_more_than_it_holds() {
        let mut s = stock(10, 8);
        assert_eq!(s.available(), 2);
        assert!(matches!(
            s.reserve(3),
            Err(DomainError::OutOfStock {
                requested: 3,
                available: 2,
                ..
            })
        ));
        assert_eq!(s.reserve(2), Ok(()));
        assert_eq!(s.available(), 0);
    }

    #[test]
    fn the_quantity_may_not_drop_below_the_reserved_copies() {
        let v = |n| Version::new(n).unwrap();
        let mut s = stock(10, 4);
        assert_eq!(
            s.set_quantity(v(0), Quantity::new(3).unwrap()),
            Err(DomainError::BelowReserved {
                quantity: 3,
                reserved: 4
            })
        );
        assert_eq!(s.set_quantity(v(0), Quantity::new(4).unwrap()), Ok(()));
        assert!(matches!(
            s.set_quantity(v(1), Quantity::new(5).unwrap()),
            Err(DomainError::Stale(stale)) if stale.expected == v(1) && stale.actual == v(0)
        ));
    }

    #[test]
    fn shipping_drops_both_quantity_and_reserved() {
        let mut s = stock(10, 4);
        s.ship(3);
        assert_eq!((s.quantity().get(), s.reserved().get()), (7, 1));
    }

    #[test]
    fn releasing_returns_reserved_copies_and_never_goes_negative() {
        let mut s = stock(10, 4);
        s.release(3);
        assert_eq!(s.reserved().get(), 1);
        s.release(3);
        assert_eq!(s.reserved().get(), 0);
    }

    #[test]
    fn a_record_with_more_reserved_than_held_is_refused() {
        let record = StockRecord {
            reserved: Quantity::new(11).unwrap(),
            ..*stock(10, 0).record_ref()
        };
        assert!(Stock::try_from(record).is_err());
    }

    impl Stock {
        fn record_ref(&self) -> &StockRecord {
            &self.record
        }
    }
}
