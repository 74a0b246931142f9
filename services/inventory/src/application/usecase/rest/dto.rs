//! Domain values as the API's DTOs.

use app_kit::Paged;

use crate::application::port::openapi::model;
use crate::domain::aggregate::{Stock, Warehouse};

/// Quantities and capacities are bounded at 100,000,000 by the domain: they fit an `int32`.
fn int32(value: u32) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

pub(super) fn warehouse(w: &Warehouse) -> model::Warehouse {
    model::Warehouse {
        id: w.id().get(),
        name: w.name().to_string(),
        address: w.address().to_string(),
        capacity: int32(w.capacity().get()),
        version: w.version().get(),
        created_at: w.created_at(),
        updated_at: w.updated_at(),
    }
}

pub(super) fn stock(s: &Stock) -> model::Stock {
    model::Stock {
        id: s.id().get(),
        book_id: s.book_id().get(),
        warehouse_id: s.warehouse_id().get(),
        quantity: int32(s.quantity().get()),
        reserved_quantity: int32(s.reserved().get()),
        available_quantity: int32(s.available()),
        version: s.version().get(),
        created_at: s.created_at(),
        updated_at: s.updated_at(),
    }
}

/// A page's total and its items, converted.
pub(super) fn page<T, U>(page: &Paged<T>, convert: fn(&T) -> U) -> (i64, Vec<U>) {
    (page.total_i64(), page.items.iter().map(convert).collect())
}
