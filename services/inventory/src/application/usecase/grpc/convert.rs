//! Domain values as the protobuf messages of the RPCs the REST API has no counterpart of
//! (availability and reservations); stock rows go through the REST DTOs and the generated bridge.

use crate::application::port::pb::bookstore::inventory::v1 as pb;
use crate::application::port::repo::Availability;
use crate::domain::aggregate::{Reservation, ReservationState};

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
