//! The saga worker adapter: the generated `reserve_inventory` and `release_inventory` worker
//! traits over the reservation use cases (`saga::workers` makes the runtime's workers of them).
//!
//! Both tasks are keyed by the order id and safe to run again (Conductor delivers at least
//! once): a redelivered `reserve_inventory` returns the reservation the order already has, and
//! `release_inventory` does nothing when nothing is reserved.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

use app_kit::AppError;

use crate::application::port::repo::UnitOfWork;
use crate::application::port::saga::{
    ReleaseInventoryWorker, ReserveInventoryRejection, ReserveInventoryWorker, TaskFailure, model,
};
use crate::application::usecase::input::reservation;
use crate::application::usecase::{Inventory, Reserved};
use crate::domain::aggregate::{OrderId, ReservationLine, ReservationState};
use crate::domain::handler::Shortage;

/// Runs inventory's saga tasks over its use cases.
pub struct InventoryWorkers<U>(Arc<Inventory<U>>);

impl<U> Clone for InventoryWorkers<U> {
    fn clone(&self) -> Self {
        Self(Arc::clone(&self.0))
    }
}

impl<U: UnitOfWork> InventoryWorkers<U> {
    pub fn new(inventory: Arc<Inventory<U>>) -> Self {
        Self(inventory)
    }
}

/// The reason of an out-of-stock refusal, which order shows its customer: one
/// `book <id>: <available> of <ordered> available` per short book, joined by `; `.
pub fn out_of_stock_detail(short: &[Shortage]) -> String {
    let mut detail = String::new();
    for (i, s) in short.iter().enumerate() {
        if i > 0 {
            detail.push_str("; ");
        }
        let _ = write!(
            detail,
            "book {}: {} of {} available",
            s.book_id, s.available, s.requested
        );
    }
    detail
}

/// A failure of the store is worth retrying (contention, a lost connection); the saga's retry
/// policy bounds how often. The contract has no terminal reason for input the schema allows but
/// the domain refuses (over 100 distinct books; order never sends that), so it is retried and
/// then fails the workflow with the field named.
fn transient<R>(err: &AppError) -> TaskFailure<R> {
    let detail = match err {
        AppError::Invalid(issues) => {
            let listed: Vec<String> = issues
                .iter()
                .map(|i| format!("{} {}", i.path, i.detail))
                .collect();
            format!("invalid_input: {}", listed.join("; "))
        }
        other => service_kit::telemetry::error_chain(other),
    };
    TaskFailure::Transient(detail)
}

fn reserved(line: &ReservationLine) -> model::ReservedStock {
    model::ReservedStock {
        book_id: line.book_id.get(),
        warehouse_id: line.warehouse_id.get(),
        quantity: i32::try_from(line.copies).unwrap_or(i32::MAX),
    }
}

impl<U: UnitOfWork> ReserveInventoryWorker for InventoryWorkers<U> {
    async fn reserve_inventory(
        &self,
        input: model::ReserveInventoryInput,
    ) -> Result<model::ReserveInventoryOutput, TaskFailure<ReserveInventoryRejection>> {
        // A book listed twice is one item of both quantities (the schema bounds each at 100).
        let mut copies: BTreeMap<i64, i64> = BTreeMap::new();
        let mut order: Vec<i64> = Vec::new();
        for item in &input.items {
            let entry = copies.entry(item.book_id).or_insert_with(|| {
                order.push(item.book_id);
                0
            });
            *entry += i64::from(item.quantity);
        }
        let items = order.iter().map(|book| (*book, copies[book]));
        let request = reservation(input.order_id, items).map_err(|err| transient(&err))?;
        match self.0.try_reserve(&request).await {
            Ok(Reserved::Held(reservation)) => {
                // Sorted by book and warehouse, as a stored reservation reads back: a redelivery
                // answers exactly what the first delivery did.
                let mut lines = reservation.lines;
                lines.sort_by_key(|l| (l.book_id, l.warehouse_id));
                Ok(model::ReserveInventoryOutput {
                    order_id: reservation.order_id.get(),
                    reserved: lines.iter().map(reserved).collect(),
                })
            }
            Ok(Reserved::Short(short)) => Err(TaskFailure::Rejected {
                reason: ReserveInventoryRejection::OutOfStock,
                detail: out_of_stock_detail(&short),
            }),
            Err(err) => {
                tracing::warn!(order_id = input.order_id, error = %service_kit::telemetry::error_chain(&err), "reserving failed; the task is retried");
                Err(transient(&err))
            }
        }
    }
}

impl<U: UnitOfWork> ReleaseInventoryWorker for InventoryWorkers<U> {
    async fn release_inventory(
        &self,
        input: model::ReleaseInventoryInput,
    ) -> Result<model::ReleaseInventoryOutput, TaskFailure<std::convert::Infallible>> {
        let order = OrderId::new(input.order_id)
            .map_err(|err| TaskFailure::Transient(format!("invalid order_id: {err}")))?;
        match self.0.release(order).await {
            Ok(outcome) => Ok(model::ReleaseInventoryOutput {
                order_id: order.get(),
                released: outcome.state() == Some(ReservationState::Released),
            }),
            Err(err) => {
                tracing::warn!(order_id = input.order_id, error = %service_kit::telemetry::error_chain(&err), "releasing failed; the task is retried");
                Err(transient(&err))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::aggregate::BookId;

    #[test]
    fn the_out_of_stock_detail_lists_every_short_book() {
        let short = |book, requested, available| Shortage {
            book_id: BookId::new(book).unwrap(),
            requested,
            available,
        };
        assert_eq!(
            out_of_stock_detail(&[short(7, 3, 2), short(9, 1, 0)]),
            "book 7: 2 of 3 available; book 9: 0 of 1 available"
        );
        assert_eq!(
            out_of_stock_detail(&[short(1, 5, 4)]),
            "book 1: 4 of 5 available"
        );
    }
}
