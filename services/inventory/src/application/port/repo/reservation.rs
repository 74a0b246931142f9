//! Orders' reservations in storage.

use std::future::Future;

use super::RepoError;
use crate::domain::aggregate::{OrderId, Reservation, ReservationLine, ReservationState};

/// Reservations, reached through an open transaction.
pub trait ReservationRepository {
    /// The order's reservation, if it ever had one. In a write transaction its lines stay locked
    /// until the transaction ends, so a concurrent release or commit of the same order waits.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure or a row with an unknown state.
    fn find_reservation(
        &mut self,
        order: OrderId,
    ) -> impl Future<Output = Result<Option<Reservation>, RepoError>> + Send;

    /// Store the lines of a new reservation in state `reserved`.
    ///
    /// # Errors
    /// [`RepoError::Duplicate`] when the order already has lines (a concurrent duplicate call).
    fn insert_reservation(
        &mut self,
        order: OrderId,
        lines: &[ReservationLine],
    ) -> impl Future<Output = Result<(), RepoError>> + Send;

    /// Move every line of the order from `from` to `to`; returns how many lines moved.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn change_reservation_state(
        &mut self,
        order: OrderId,
        from: ReservationState,
        to: ReservationState,
    ) -> impl Future<Output = Result<u64, RepoError>> + Send;
}
