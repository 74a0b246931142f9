//! What a client sent, as the use cases' typed input: written once for both inbound adapters
//! (request bodies are parsed by the generated `port::mapping`).
//! Every refused value is named by its logical [`FieldPath`] (`limit`, `items[2].quantity`);
//! the REST router turns that into a JSON pointer, the gRPC mapping into a field violation.

use app_kit::{AppError, FieldIssues, FieldPath, Page, SortOrder, ValueError};

use crate::application::port::repo::{
    StockFilter, StockQuery, StockSort, WarehouseQuery, WarehouseSort,
};
use crate::domain::aggregate::{BookId, OrderId, ReservationItem, ReservationRequest, WarehouseId};

/// One value, refused at `path`.
///
/// # Errors
/// [`AppError::Invalid`] naming `path`.
pub fn field<T>(path: &str, value: Result<T, ValueError>) -> Result<T, AppError> {
    value.map_err(|err| AppError::invalid(path, err))
}

/// A page of warehouses; `limit` is `None` for the default.
///
/// # Errors
/// [`AppError::Invalid`] naming every refused parameter.
pub fn warehouse_query(
    limit: Option<i64>,
    offset: i64,
    sort: WarehouseSort,
    order: SortOrder,
) -> Result<WarehouseQuery, AppError> {
    let mut issues = FieldIssues::default();
    let page = Page::parse(limit, offset, &mut issues);
    let page = issues.finish(page)?;
    Ok(WarehouseQuery { page, sort, order })
}

/// A filtered page of stock rows; `limit` is `None` for the default.
///
/// # Errors
/// [`AppError::Invalid`] naming every refused parameter.
pub fn stock_query(
    book_id: Option<i64>,
    warehouse_id: Option<i64>,
    (limit, offset): (Option<i64>, i64),
    sort: StockSort,
    order: SortOrder,
) -> Result<StockQuery, AppError> {
    let mut issues = FieldIssues::default();
    let book_id = issues.take_optional("book_id", book_id, BookId::new);
    let warehouse_id = issues.take_optional("warehouse_id", warehouse_id, WarehouseId::new);
    let page = Page::parse(limit, offset, &mut issues);
    let ((book_id, warehouse_id), page) = issues.finish(book_id.zip(warehouse_id).zip(page))?;
    Ok(StockQuery {
        filter: StockFilter {
            book_id,
            warehouse_id,
        },
        page,
        sort,
        order,
    })
}

/// The books of an availability query.
///
/// # Errors
/// [`AppError::Invalid`] naming every refused id (`book_ids[3]`).
pub fn book_ids(raw: &[i64]) -> Result<Vec<BookId>, AppError> {
    let mut issues = FieldIssues::default();
    let ids: Vec<Option<BookId>> = raw
        .iter()
        .enumerate()
        .map(|(i, &id)| issues.take(FieldPath::field("book_ids").index(i), BookId::new(id)))
        .collect();
    issues.finish(ids.into_iter().collect())
}

/// What an order asks to reserve: `(book_id, quantity)` per item.
///
/// # Errors
/// [`AppError::Invalid`] naming every refused field (`items[0].quantity`), or `items` for no
/// items, too many or a book listed twice.
pub fn reservation(
    order_id: i64,
    items: impl IntoIterator<Item = (i64, i64)>,
) -> Result<ReservationRequest, AppError> {
    let mut issues = FieldIssues::default();
    let order_id = issues.take("order_id", OrderId::new(order_id));
    let items: Vec<Option<ReservationItem>> = items
        .into_iter()
        .enumerate()
        .map(|(i, (book_id, copies))| {
            let at = FieldPath::field("items").index(i);
            let book_id = issues.take(at.clone().name("book_id"), BookId::new(book_id))?;
            issues.take(at.name("quantity"), ReservationItem::new(book_id, copies))
        })
        .collect();
    let (order_id, items) = issues.finish(order_id.zip(items.into_iter().collect()))?;
    Ok(ReservationRequest::new(order_id, items)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(err: AppError) -> Vec<String> {
        match err {
            AppError::Invalid(issues) => issues.iter().map(|i| i.path.to_string()).collect(),
            other => panic!("expected invalid, got {other:?}"),
        }
    }

    #[test]
    fn every_refused_item_field_is_named() {
        let err = reservation(0, [(1, 1), (0, 1), (2, 0)]).unwrap_err();
        assert_eq!(
            paths(err),
            ["order_id", "items[1].book_id", "items[2].quantity"]
        );
        assert_eq!(paths(reservation(1, []).unwrap_err()), ["items"]);
        assert_eq!(paths(book_ids(&[1, -2]).unwrap_err()), ["book_ids[1]"]);
    }

    #[test]
    fn list_parameters_are_checked_together() {
        // Sort field and direction arrive typed: an unknown one is refused where it is decoded
        // (the REST router, the generated gRPC bridge).
        let err = stock_query(
            Some(0),
            None,
            (Some(101), -1),
            StockSort::Id,
            SortOrder::Asc,
        )
        .unwrap_err();
        assert_eq!(paths(err), ["book_id", "limit", "offset"]);
        let query = warehouse_query(None, 0, WarehouseSort::Name, SortOrder::Asc);
        assert_eq!(query.map(|q| q.page.limit()).ok(), Some(10));
    }
}
