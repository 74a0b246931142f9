//! Spreading a reservation over the warehouses that stock each book.

use crate::domain::DomainError;
use crate::domain::aggregate::{BookId, ReservationLine, ReservationRequest, Stock};

/// A book a request asks more copies of than its warehouses have available together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortage {
    pub book_id: BookId,
    pub requested: u32,
    pub available: u64,
}

impl Shortage {
    /// The refusal [`allocate`] reports for this book.
    pub fn into_error(self) -> DomainError {
        DomainError::OutOfStock {
            book_id: self.book_id.get(),
            requested: self.requested,
            available: self.available,
        }
    }
}

/// Every item of `request` (in request order) that the warehouses in `stocks` cannot cover
/// together; empty when [`allocate`] would succeed. A book without stock rows has 0 available.
pub fn shortages(request: &ReservationRequest, stocks: &[Stock]) -> Vec<Shortage> {
    request
        .items()
        .iter()
        .filter_map(|item| {
            let available: u64 = stocks
                .iter()
                .filter(|s| s.book_id() == item.book_id())
                .map(|s| u64::from(s.available()))
                .sum();
            (available < u64::from(item.copies())).then_some(Shortage {
                book_id: item.book_id(),
                requested: item.copies(),
                available,
            })
        })
        .collect()
}

/// Decide where each item's copies come from, all or nothing.
///
/// For each book the warehouses with the most available copies are drawn from first (ties go to
/// the lower warehouse id, so the result is deterministic): this uses the fewest warehouses, and
/// so the fewest parcels, that can cover the item. `stocks` are the current rows of the
/// requested books (rows of other books are ignored). Nothing is changed: the caller applies the
/// lines to the rows it locked.
///
/// # Errors
/// [`DomainError::OutOfStock`] for the first item (in request order) that the warehouses cannot
/// cover together.
pub fn allocate(
    request: &ReservationRequest,
    stocks: &[Stock],
) -> Result<Vec<ReservationLine>, DomainError> {
    let mut lines = Vec::new();
    for item in request.items() {
        let mut sources: Vec<&Stock> = stocks
            .iter()
            .filter(|s| s.book_id() == item.book_id() && s.available() > 0)
            .collect();
        let available: u64 = sources.iter().map(|s| u64::from(s.available())).sum();
        if available < u64::from(item.copies()) {
            return Err(DomainError::OutOfStock {
                book_id: item.book_id().get(),
                requested: item.copies(),
                available,
            });
        }
        sources.sort_by(|a, b| {
            b.available()
                .cmp(&a.available())
                .then(a.warehouse_id().cmp(&b.warehouse_id()))
        });
        let mut missing = item.copies();
        for source in sources {
            if missing == 0 {
                break;
            }
            let take = missing.min(source.available());
            lines.push(ReservationLine {
                book_id: item.book_id(),
                warehouse_id: source.warehouse_id(),
                copies: take,
            });
            missing -= take;
        }
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::domain::aggregate::{
        BookId, OrderId, Quantity, ReservationItem, StockId, StockRecord, WarehouseId,
    };

    fn stock(id: i64, book: i64, warehouse: i64, quantity: i64, reserved: i64) -> Stock {
        Stock::try_from(StockRecord {
            id: StockId::new(id).unwrap(),
            book_id: BookId::new(book).unwrap(),
            warehouse_id: WarehouseId::new(warehouse).unwrap(),
            quantity: Quantity::new(quantity).unwrap(),
            reserved: Quantity::new(reserved).unwrap(),
            version: app_kit::value::Version::INITIAL,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        })
        .unwrap()
    }

    fn request(items: &[(i64, i64)]) -> ReservationRequest {
        let items = items
            .iter()
            .map(|&(book, copies)| {
                ReservationItem::new(BookId::new(book).unwrap(), copies).unwrap()
            })
            .collect();
        ReservationRequest::new(OrderId::new(9).unwrap(), items).unwrap()
    }

    fn line(book: i64, warehouse: i64, copies: u32) -> ReservationLine {
        ReservationLine {
            book_id: BookId::new(book).unwrap(),
            warehouse_id: WarehouseId::new(warehouse).unwrap(),
            copies,
        }
    }

    #[test]
    fn one_warehouse_covers_an_item_when_it_can() {
        let stocks = [stock(1, 1, 1, 5, 0), stock(2, 1, 2, 20, 5)];
        assert_eq!(
            allocate(&request(&[(1, 10)]), &stocks),
            Ok(vec![line(1, 2, 10)])
        );
    }

    #[test]
    fn an_item_spreads_over_warehouses_when_none_has_enough() {
        let stocks = [
            stock(1, 1, 1, 4, 0),
            stock(2, 1, 2, 10, 7),
            stock(3, 1, 3, 2, 0),
        ];
        // Available: w1 4, w2 3, w3 2 → 4 + 3 + 1.
        assert_eq!(
            allocate(&request(&[(1, 8)]), &stocks),
            Ok(vec![line(1, 1, 4), line(1, 2, 3), line(1, 3, 1)])
        );
    }

    #[test]
    fn ties_go_to_the_lower_warehouse_id() {
        let stocks = [stock(1, 1, 5, 3, 0), stock(2, 1, 2, 3, 0)];
        assert_eq!(
            allocate(&request(&[(1, 4)]), &stocks),
            Ok(vec![line(1, 2, 3), line(1, 5, 1)])
        );
    }

    #[test]
    fn reserved_copies_are_not_available() {
        let stocks = [stock(1, 1, 1, 10, 10)];
        assert_eq!(
            allocate(&request(&[(1, 1)]), &stocks),
            Err(DomainError::OutOfStock {
                book_id: 1,
                requested: 1,
                available: 0
            })
        );
    }

    #[test]
    fn one_short_item_fails_the_whole_request() {
        let stocks = [stock(1, 1, 1, 10, 0), stock(2, 2, 1, 1, 0)];
        assert_eq!(
            allocate(&request(&[(1, 2), (2, 2)]), &stocks),
            Err(DomainError::OutOfStock {
                book_id: 2,
                requested: 2,
                available: 1
            })
        );
    }

    #[test]
    fn a_book_without_stock_rows_is_out_of_stock() {
        assert!(matches!(
            allocate(&request(&[(7, 1)]), &[]),
            Err(DomainError::OutOfStock { book_id: 7, .. })
        ));
    }

    #[test]
    fn shortages_list_every_short_book_in_request_order() {
        let stocks = [
            stock(1, 1, 1, 10, 0),
            stock(2, 2, 1, 3, 1),
            stock(3, 2, 2, 1, 1),
        ];
        let short = shortages(&request(&[(3, 1), (1, 2), (2, 3)]), &stocks);
        let found: Vec<_> = short
            .iter()
            .map(|s| (s.book_id.get(), s.requested, s.available))
            .collect();
        assert_eq!(found, vec![(3, 1, 0), (2, 3, 2)]);
        assert_eq!(
            short[0].into_error(),
            allocate(&request(&[(3, 1), (1, 2), (2, 3)]), &stocks).unwrap_err()
        );
        assert!(shortages(&request(&[(1, 10)]), &stocks).is_empty());
    }

    #[test]
    fn each_book_draws_only_on_its_own_rows() {
        let stocks = [
            stock(1, 1, 1, 2, 0),
            stock(2, 2, 1, 9, 0),
            stock(3, 2, 2, 1, 0),
        ];
        assert_eq!(
            allocate(&request(&[(2, 10), (1, 2)]), &stocks),
            Ok(vec![line(2, 1, 9), line(2, 2, 1), line(1, 1, 2)])
        );
    }
}
