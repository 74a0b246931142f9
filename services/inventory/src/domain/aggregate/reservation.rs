//! An order's reservation: which copies of which books are held in which warehouses.

use std::collections::HashSet;

use app_kit::value::ValueError;

use super::{BookId, OrderId, WarehouseId};
use crate::domain::DomainError;

/// The most distinct books one reservation may hold; an order is far smaller in practice, and
/// the bound keeps one request from locking the whole stock table.
pub const MAX_ITEMS: usize = 100;

/// The most copies of one book one order may reserve.
pub const MAX_COPIES_PER_ITEM: u32 = 100_000_000;

/// Where a reservation stands. Only `Reserved` holds copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReservationState {
    Reserved,
    Released,
    Committed,
}

impl ReservationState {
    /// The name stored in the `reservation.state` column.
    pub fn as_str(self) -> &'static str {
        match self {
            ReservationState::Reserved => "reserved",
            ReservationState::Released => "released",
            ReservationState::Committed => "committed",
        }
    }

    /// # Errors
    /// [`DomainError::Invalid`] for a name that is not a state.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        match raw {
            "reserved" => Ok(ReservationState::Reserved),
            "released" => Ok(ReservationState::Released),
            "committed" => Ok(ReservationState::Committed),
            other => Err(DomainError::invalid(
                "state",
                format!("unknown reservation state `{other}`"),
            )),
        }
    }
}

/// One book and how many copies of it an order needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReservationItem {
    book_id: BookId,
    copies: u32,
}

impl ReservationItem {
    /// # Errors
    /// [`ValueError::Rule`] for a quantity below 1 or above [`MAX_COPIES_PER_ITEM`].
    pub fn new(book_id: BookId, copies: i64) -> Result<Self, ValueError> {
        match u32::try_from(copies) {
            Ok(c) if (1..=MAX_COPIES_PER_ITEM).contains(&c) => Ok(Self { book_id, copies: c }),
            _ => Err(ValueError::Rule("must be between 1 and 100000000")),
        }
    }

    pub fn book_id(&self) -> BookId {
        self.book_id
    }

    pub fn copies(&self) -> u32 {
        self.copies
    }
}

/// What an order asks to reserve: at least one item, one per book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReservationRequest {
    order_id: OrderId,
    items: Vec<ReservationItem>,
}

impl ReservationRequest {
    /// # Errors
    /// [`DomainError::Invalid`] for no items, more than [`MAX_ITEMS`], or a book listed twice.
    pub fn new(order_id: OrderId, items: Vec<ReservationItem>) -> Result<Self, DomainError> {
        if items.is_empty() {
            return Err(DomainError::invalid("items", "must list at least one book"));
        }
        if items.len() > MAX_ITEMS {
            return Err(DomainError::invalid(
                "items",
                format!("must list at most {MAX_ITEMS} books"),
            ));
        }
        let mut seen = HashSet::with_capacity(items.len());
        if let Some(dup) = items.iter().find(|item| !seen.insert(item.book_id)) {
            return Err(DomainError::invalid(
                "items",
                format!("book {} is listed more than once", dup.book_id),
            ));
        }
        Ok(Self { order_id, items })
    }

    pub fn order_id(&self) -> OrderId {
        self.order_id
    }

    pub fn items(&self) -> &[ReservationItem] {
        &self.items
    }

    /// The distinct books, sorted: the order rows are locked in, so two reservations over the
    /// same books always lock in the same order and cannot deadlock each other.
    pub fn book_ids(&self) -> Vec<BookId> {
        let mut ids: Vec<BookId> = self.items.iter().map(ReservationItem::book_id).collect();
        ids.sort_unstable();
        ids
    }
}

/// Copies of one book held in one warehouse for an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReservationLine {
    pub book_id: BookId,
    pub warehouse_id: WarehouseId,
    pub copies: u32,
}

/// An order's reservation as stored: every line shares the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reservation {
    pub order_id: OrderId,
    pub state: ReservationState,
    pub lines: Vec<ReservationLine>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(book: i64, copies: i64) -> ReservationItem {
        ReservationItem::new(BookId::new(book).unwrap(), copies).unwrap()
    }

    #[test]
    fn a_request_needs_at_least_one_item_and_no_book_twice() {
        let order = OrderId::new(1).unwrap();
        assert!(ReservationRequest::new(order, vec![]).is_err());
        assert!(ReservationRequest::new(order, vec![item(1, 1), item(1, 2)]).is_err());
        let ok = ReservationRequest::new(order, vec![item(3, 1), item(1, 2)]).unwrap();
        assert_eq!(
            ok.book_ids(),
            vec![BookId::new(1).unwrap(), BookId::new(3).unwrap()]
        );
    }

    #[test]
    fn an_item_needs_at_least_one_copy() {
        let book = BookId::new(1).unwrap();
        assert!(ReservationItem::new(book, 0).is_err());
        assert!(ReservationItem::new(book, -3).is_err());
        assert!(ReservationItem::new(book, i64::from(MAX_COPIES_PER_ITEM) + 1).is_err());
        let refused = ReservationItem::new(book, 0).unwrap_err().to_string();
        assert!(
            refused.ends_with(&MAX_COPIES_PER_ITEM.to_string()),
            "{refused}"
        );
    }

    #[test]
    fn too_many_items_are_refused() {
        let items = (1..=101).map(|b| item(b, 1)).collect();
        assert!(ReservationRequest::new(OrderId::new(1).unwrap(), items).is_err());
    }

    #[test]
    fn states_round_trip_through_their_stored_names() {
        for state in [
            ReservationState::Reserved,
            ReservationState::Released,
            ReservationState::Committed,
        ] {
            assert_eq!(ReservationState::parse(state.as_str()), Ok(state));
        }
        assert!(ReservationState::parse("lost").is_err());
    }
}
