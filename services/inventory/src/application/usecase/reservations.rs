//! The order saga's side of the inventory: reserve, release, commit, each keyed by order id and
//! safe to repeat (tasks are delivered at least once).

use app_kit::{AppError, ConflictKind};
use tracing::instrument;

use super::Inventory;
use crate::application::port::repo::{
    ReservationRepository, StockRepository, Transaction, UnitOfWork,
};
use crate::domain::aggregate::{
    OrderId, Reservation, ReservationLine, ReservationRequest, ReservationState, Stock,
};
use crate::domain::handler::{Shortage, allocate, shortages};
use service_kit::db::retry_transaction;

/// What a reservation attempt came to when running short is an answer, not an error (the
/// saga's worker reports every short book).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reserved {
    /// The order's reservation: made now, or the one it already had (in whatever state).
    Held(Reservation),
    /// Nothing was reserved: these books (request order) have fewer copies available than asked.
    Short(Vec<Shortage>),
}

/// What a release found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReleaseOutcome {
    /// The order never had a reservation: nothing to do.
    NothingReserved,
    /// The reservation's state afterwards (`Released`, or `Committed` if it had shipped).
    Now(ReservationState),
}

impl ReleaseOutcome {
    /// The reservation's state afterwards, if the order has one.
    pub fn state(self) -> Option<ReservationState> {
        match self {
            ReleaseOutcome::NothingReserved => None,
            ReleaseOutcome::Now(state) => Some(state),
        }
    }
}

impl<U: UnitOfWork> Inventory<U> {
    /// Reserve every item, all or nothing, spread over warehouses as needed. A repeated call for
    /// the same order returns the reservation it already has (in whatever state it is now).
    ///
    /// # Errors
    /// [`AppError::Conflict`] of kind `Rule`, naming the book and the copies available, when
    /// any item cannot be met (nothing is reserved).
    pub async fn reserve(&self, request: &ReservationRequest) -> Result<Reservation, AppError> {
        match self.try_reserve(request).await? {
            Reserved::Held(reservation) => Ok(reservation),
            Reserved::Short(short) => Err(short.first().map_or_else(
                || AppError::unexpected("a reservation ran short of no book"),
                |first| first.into_error().into(),
            )),
        }
    }

    /// [`Inventory::reserve`], answering [`Reserved::Short`] with every short book instead of
    /// failing with the first; nothing is reserved then.
    ///
    /// # Errors
    /// [`AppError::Busy`] when the database stays contended, [`AppError::Unexpected`] on
    /// storage failure.
    #[instrument(skip_all, fields(order_id = request.order_id().get(), items = request.items().len()))]
    pub async fn try_reserve(&self, request: &ReservationRequest) -> Result<Reserved, AppError> {
        retry_transaction(|| self.reserve_once(request)).await
    }

    async fn reserve_once(&self, request: &ReservationRequest) -> Result<Reserved, AppError> {
        let mut tx = self.store.write().await?;
        // Locking the rows first makes a duplicate call for the same order wait here until the
        // first one committed, so the lookup below sees its reservation.
        let mut stocks = tx.stocks_of_books_for_update(&request.book_ids()).await?;
        if let Some(existing) = tx.find_reservation(request.order_id()).await? {
            return Ok(Reserved::Held(existing));
        }
        let short = shortages(request, &stocks);
        if !short.is_empty() {
            // The transaction is dropped uncommitted: nothing changed.
            return Ok(Reserved::Short(short));
        }
        let lines = allocate(request, &stocks)?;
        for line in &lines {
            let stock = row_of(&mut stocks, line)?;
            stock.reserve(line.copies)?;
            tx.update_stock(stock).await?;
        }
        tx.insert_reservation(request.order_id(), &lines).await?;
        tx.commit().await?;
        Ok(Reserved::Held(Reservation {
            order_id: request.order_id(),
            state: ReservationState::Reserved,
            lines,
        }))
    }

    /// Give an order's reserved copies back. Repeating it, or calling it for an order that never
    /// reserved anything, changes nothing.
    ///
    /// # Errors
    /// [`AppError::Unexpected`] on storage failure.
    #[instrument(skip_all, fields(order_id = order.get()))]
    pub async fn release(&self, order: OrderId) -> Result<ReleaseOutcome, AppError> {
        retry_transaction(|| async {
            let Some(tx) = self.settle(order, ReservationState::Released).await? else {
                return Ok(ReleaseOutcome::NothingReserved);
            };
            let state = tx.1;
            tx.0.commit().await?;
            Ok(ReleaseOutcome::Now(state))
        })
        .await
    }

    /// Ship an order's reserved copies: quantity and reserved part both drop. Repeating it
    /// after success changes nothing.
    ///
    /// # Errors
    /// [`AppError::Conflict`] of kind `Rule` when the order never reserved or was released.
    #[instrument(skip_all, fields(order_id = order.get()))]
    pub async fn commit(&self, order: OrderId) -> Result<ReservationState, AppError> {
        retry_transaction(|| async {
            let no_reservation = AppError::conflict(
                ConflictKind::Rule,
                format!("order {order} has no active reservation"),
            );
            let Some((tx, state)) = self.settle(order, ReservationState::Committed).await? else {
                return Err(no_reservation);
            };
            if state == ReservationState::Released {
                return Err(no_reservation);
            }
            tx.commit().await?;
            Ok(state)
        })
        .await
    }

    /// Move an order's reservation from `Reserved` to `target` (`Released` gives the copies
    /// back, `Committed` ships them) inside a write transaction the caller commits. Returns
    /// `None` without a reservation, else the state it is in afterwards (unchanged unless it
    /// was `Reserved`).
    async fn settle(
        &self,
        order: OrderId,
        target: ReservationState,
    ) -> Result<Option<(U::Tx, ReservationState)>, AppError> {
        let mut tx = self.store.write().await?;
        let Some(reservation) = tx.find_reservation(order).await? else {
            return Ok(None);
        };
        if reservation.state != ReservationState::Reserved {
            return Ok(Some((tx, reservation.state)));
        }
        let mut books: Vec<_> = reservation.lines.iter().map(|l| l.book_id).collect();
        books.sort_unstable();
        books.dedup();
        let mut stocks = tx.stocks_of_books_for_update(&books).await?;
        for line in &reservation.lines {
            let stock = row_of(&mut stocks, line)?;
            match target {
                ReservationState::Committed => stock.ship(line.copies),
                _ => stock.release(line.copies),
            }
            tx.update_stock(stock).await?;
        }
        tx.change_reservation_state(order, ReservationState::Reserved, target)
            .await?;
        Ok(Some((tx, target)))
    }
}

/// The locked stock row a line draws on. Rows holding reserved copies cannot be deleted, so a
/// missing one means the data is inconsistent.
fn row_of<'a>(stocks: &'a mut [Stock], line: &ReservationLine) -> Result<&'a mut Stock, AppError> {
    stocks
        .iter_mut()
        .find(|s| s.book_id() == line.book_id && s.warehouse_id() == line.warehouse_id)
        .ok_or_else(|| {
            AppError::unexpected(format!(
                "no stock row for book {} in warehouse {}",
                line.book_id, line.warehouse_id
            ))
        })
}
