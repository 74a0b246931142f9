//! A warehouse and its capacity.

use app_kit::value::Version;
use chrono::{DateTime, Utc};

use super::{Address, Capacity, WarehouseId, WarehouseName};
use crate::domain::DomainError;

/// A warehouse to be created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWarehouse {
    pub name: WarehouseName,
    pub address: Address,
    pub capacity: Capacity,
}

/// A stored warehouse's columns, as a repository reads them back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarehouseRecord {
    pub id: WarehouseId,
    pub name: WarehouseName,
    pub address: Address,
    pub capacity: Capacity,
    pub version: Version,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A warehouse. Its capacity bounds the copies held in all its stock rows together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warehouse {
    record: WarehouseRecord,
}

impl From<WarehouseRecord> for Warehouse {
    fn from(record: WarehouseRecord) -> Self {
        Self { record }
    }
}

impl Warehouse {
    pub fn id(&self) -> WarehouseId {
        self.record.id
    }
    pub fn name(&self) -> &WarehouseName {
        &self.record.name
    }
    pub fn address(&self) -> &Address {
        &self.record.address
    }
    pub fn capacity(&self) -> Capacity {
        self.record.capacity
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

    /// Replace name, address and capacity, given the copies the warehouse holds right now.
    ///
    /// # Errors
    /// [`DomainError::Stale`] when `expected_version` is not the stored one;
    /// [`DomainError::CapacityExceeded`] when the new capacity cannot hold `held` copies.
    pub fn replace(
        &mut self,
        expected_version: Version,
        changes: NewWarehouse,
        held: u64,
    ) -> Result<(), DomainError> {
        expected_version.check(self.record.version)?;
        if held > u64::from(changes.capacity.get()) {
            return Err(DomainError::CapacityExceeded {
                capacity: changes.capacity.get(),
                would_hold: held,
            });
        }
        self.record.name = changes.name;
        self.record.address = changes.address;
        self.record.capacity = changes.capacity;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(n: i64) -> Version {
        Version::new(n).unwrap()
    }

    fn warehouse(capacity: i64) -> Warehouse {
        Warehouse::from(WarehouseRecord {
            id: WarehouseId::new(1).unwrap(),
            name: WarehouseName::parse("Main").unwrap(),
            address: Address::parse("1 Road").unwrap(),
            capacity: Capacity::new(capacity).unwrap(),
            version: v(3),
            created_at: Utc::now(),
            updated_at: Utc::now(),
        })
    }

    fn changes(capacity: i64) -> NewWarehouse {
        NewWarehouse {
            name: WarehouseName::parse("Renamed").unwrap(),
            address: Address::parse("2 Road").unwrap(),
            capacity: Capacity::new(capacity).unwrap(),
        }
    }

    #[test]
    fn a_capacity_may_not_drop_below_the_copies_held() {
        let mut w = warehouse(100);
        assert_eq!(
            w.replace(v(3), changes(49), 50),
            Err(DomainError::CapacityExceeded {
                capacity: 49,
                would_hold: 50
            })
        );
        assert_eq!(w.name().as_str(), "Main");
        assert_eq!(w.replace(v(3), changes(50), 50), Ok(()));
        assert_eq!(w.capacity().get(), 50);
    }

    #[test]
    fn a_stale_version_is_refused() {
        let mut w = warehouse(100);
        assert!(matches!(
            w.replace(v(2), changes(100), 0),
            Err(DomainError::Stale(stale)) if stale.expected == v(2) && stale.actual == v(3)
        ));
    }
}
