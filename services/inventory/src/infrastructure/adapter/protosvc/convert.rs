//! Domain values as protobuf messages, and the protobuf enums as the use cases' input.

use app_kit::{SortOrder, ValueError};

use crate::application::port::pb::bookstore::common::v1::SortOrder as PbSortOrder;
use crate::application::port::pb::bookstore::inventory::v1 as pb;
use crate::application::port::repo::{Availability, StockSort};
use crate::domain::aggregate::{Reservation, ReservationState, Stock};

/// The page size when a request leaves `limit` at 0, as proto3 leaves every unset number.
pub(super) fn limit(raw: i32) -> Option<i64> {
    (raw != 0).then_some(i64::from(raw))
}

pub(super) fn sort(raw: i32) -> Result<StockSort, ValueError> {
    match pb::StockSortField::try_from(raw) {
        Ok(pb::StockSortField::Unspecified | pb::StockSortField::CreatedAt) => {
            Ok(StockSort::CreatedAt)
        }
        Ok(pb::StockSortField::Id) => Ok(StockSort::Id),
        Ok(pb::StockSortField::Quantity) => Ok(StockSort::Quantity),
        Err(_) => Err(ValueError::Rule("is not a known sort field")),
    }
}

pub(super) fn order(raw: i32) -> Result<SortOrder, ValueError> {
    match PbSortOrder::try_from(raw) {
        Ok(PbSortOrder::Unspecified | PbSortOrder::Desc) => Ok(SortOrder::Desc),
        Ok(PbSortOrder::Asc) => Ok(SortOrder::Asc),
        Err(_) => Err(ValueError::Rule("is not a known sort order")),
    }
}

/// A reservation's state; `None` (no reservation) is `UNSPECIFIED`.
pub(super) fn state(state: impl Into<Option<ReservationState>>) -> i32 {
    let state = match state.into() {
        None => pb::ReservationState::Unspecified,
        Some(ReservationState::Reserved) => pb::ReservationState::Reserved,
        Some(ReservationState::Released) => pb::ReservationState::Released,
        Some(ReservationState::Committed) => pb::ReservationState::Committed,
    };
    state as i32
}

/// Quantities are bounded at 100,000,000 by the domain, so they always fit an `int32`.
fn int32(value: impl Into<u64>) -> i32 {
    i32::try_from(value.into()).unwrap_or(i32::MAX)
}

pub(super) fn stock(s: &Stock) -> pb::Stock {
    pb::Stock {
        id: s.id().get(),
        book_id: s.book_id().get(),
        warehouse_id: s.warehouse_id().get(),
        quantity: int32(s.quantity().get()),
        reserved_quantity: int32(s.reserved().get()),
        available_quantity: int32(s.available()),
        version: s.version().get(),
        created_at: Some(std::time::SystemTime::from(s.created_at()).into()),
        updated_at: Some(std::time::SystemTime::from(s.updated_at()).into()),
    }
}

pub(super) fn availability(a: &Availability) -> pb::BookAvailability {
    pb::BookAvailability {
        book_id: a.book_id.get(),
        quantity: int32(a.quantity),
        reserved_quantity: int32(a.reserved),
        available_quantity: int32(a.available()),
    }
}

pub(super) fn reservation(r: &Reservation) -> pb::ReserveStockResponse {
    let reserved = r.lines.iter().map(|line| pb::ReservedStock {
        book_id: line.book_id.get(),
        warehouse_id: line.warehouse_id.get(),
        quantity: int32(line.copies),
    });
    pb::ReserveStockResponse {
        order_id: r.order_id.get(),
        state: state(r.state),
        reserved: reserved.collect(),
    }
}
