// Generated from api/inventory/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: dc2a6069571797a3-f8de0e27ec97df28
//! REST DTOs built from the domain values the spec names (`x-rust-from`), and requests parsed
//! into them (`x-rust-parse`, `x-rust-query`): the mechanical half of the REST adapter's
//! conversions.

use app_kit::{AppError, FieldIssues};

use super::openapi::model;
use super::pb;
use crate::domain::aggregate::{
    Address, BookId, Capacity, NewStock, NewWarehouse, Quantity, Stock, Warehouse, WarehouseId,
    WarehouseName,
};
use app_kit::{Paged, Version};

/// The spec's `x-rust-from`: each property from the accessor of its name, by `Into`
/// (an accessor may already return the wire type).
#[allow(clippy::useless_conversion)]
impl From<&Stock> for model::Stock {
    fn from(source: &Stock) -> Self {
        Self {
            id: source.id().into(),
            book_id: source.book_id().into(),
            warehouse_id: source.warehouse_id().into(),
            quantity: source.quantity().into(),
            reserved_quantity: source.reserved().into(),
            available_quantity: source.available_quantity().into(),
            version: source.version().into(),
            created_at: source.created_at().into(),
            updated_at: source.updated_at().into(),
        }
    }
}

/// `Stock` as `bookstore.inventory.v1.Stock` (`x-rust-from` and `x-proto`): the REST DTO, encoded by the bridge.
impl From<&Stock> for pb::bookstore::inventory::v1::Stock {
    fn from(source: &Stock) -> Self {
        model::Stock::from(source).into()
    }
}

/// The spec's `x-rust-parse`: every property parsed, every refusal reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<&model::StockCreate> for NewStock {
    type Error = AppError;

    fn try_from(dto: &model::StockCreate) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let book_id = issues.take("book_id", BookId::new(dto.book_id.into()));
        let warehouse_id = issues.take("warehouse_id", WarehouseId::new(dto.warehouse_id.into()));
        let quantity = issues.take("quantity", Quantity::new(dto.quantity.into()));
        let (book_id, (warehouse_id, quantity)) =
            issues.finish(book_id.zip(warehouse_id.zip(quantity)))?;
        Ok(NewStock {
            book_id,
            warehouse_id,
            quantity,
        })
    }
}

/// The spec's `x-rust-from`: each property from the accessor of its name, by `Into`
/// (an accessor may already return the wire type).
#[allow(clippy::useless_conversion)]
impl From<&Paged<Stock>> for model::StockPage {
    fn from(source: &Paged<Stock>) -> Self {
        Self {
            total: source.total_i64().into(),
            items: source.items().iter().map(Into::into).collect(),
        }
    }
}

/// The spec's `x-rust-parse`: every property parsed, every refusal reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<&model::StockReplace> for (Quantity, Version) {
    type Error = AppError;

    fn try_from(dto: &model::StockReplace) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let quantity = issues.take("quantity", Quantity::new(dto.quantity.into()));
        let version = issues.take("version", Version::new(dto.version.into()));
        let (quantity, version) = issues.finish(quantity.zip(version))?;
        Ok((quantity, version))
    }
}

/// The spec's `x-rust-from`: each property from the accessor of its name, by `Into`
/// (an accessor may already return the wire type).
#[allow(clippy::useless_conversion)]
impl From<&Warehouse> for model::Warehouse {
    fn from(source: &Warehouse) -> Self {
        Self {
            id: source.id().into(),
            name: source.name().into(),
            address: source.address().into(),
            capacity: source.capacity().into(),
            version: source.version().into(),
            created_at: source.created_at().into(),
            updated_at: source.updated_at().into(),
        }
    }
}

/// The spec's `x-rust-parse`: every property parsed, every refusal reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<&model::WarehouseCreate> for NewWarehouse {
    type Error = AppError;

    fn try_from(dto: &model::WarehouseCreate) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let name = issues.take("name", WarehouseName::parse(&dto.name));
        let address = issues.take("address", Address::parse(&dto.address));
        let capacity = issues.take("capacity", Capacity::new(dto.capacity.into()));
        let (name, (address, capacity)) = issues.finish(name.zip(address.zip(capacity)))?;
        Ok(NewWarehouse {
            name,
            address,
            capacity,
        })
    }
}

/// The spec's `x-rust-from`: each property from the accessor of its name, by `Into`
/// (an accessor may already return the wire type).
#[allow(clippy::useless_conversion)]
impl From<&Paged<Warehouse>> for model::WarehousePage {
    fn from(source: &Paged<Warehouse>) -> Self {
        Self {
            total: source.total_i64().into(),
            items: source.items().iter().map(Into::into).collect(),
        }
    }
}

/// The spec's `x-rust-parse`: every property parsed, every refusal reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<&model::WarehouseReplace> for (NewWarehouse, Version) {
    type Error = AppError;

    fn try_from(dto: &model::WarehouseReplace) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let name = issues.take("name", WarehouseName::parse(&dto.name));
        let address = issues.take("address", Address::parse(&dto.address));
        let capacity = issues.take("capacity", Capacity::new(dto.capacity.into()));
        let version = issues.take("version", Version::new(dto.version.into()));
        let (name, (address, (capacity, version))) =
            issues.finish(name.zip(address.zip(capacity.zip(version))))?;
        Ok((
            NewWarehouse {
                name,
                address,
                capacity,
            },
            version,
        ))
    }
}
