//! Protobuf messages to domain values and back. Every wire value is checked here, so a bad
//! request is `INVALID_ARGUMENT` naming the field, never a panic or a database error.

use service_kit::grpc::{FieldViolation, RpcError};

use crate::application::port::pb::bookstore::common::v1::SortOrder as PbSortOrder;
use crate::application::port::pb::bookstore::inventory::v1 as pb;
use crate::application::port::repo::{
    Availability, PageRequest, SortOrder, StockFilter, StockQuery, StockSort,
};
use crate::domain::DomainError;
use crate::domain::aggregate::{
    BookId, OrderId, ReservationItem, ReservationRequest, ReservationState, Stock, WarehouseId,
};

/// The page size when a request leaves `limit` at 0.
const DEFAULT_LIMIT: u32 = 10;
const MAX_LIMIT: u32 = 100;

fn violation(field: impl Into<String>, description: impl Into<String>) -> RpcError {
    let field = field.into();
    RpcError::InvalidArgument {
        message: format!("invalid {field}"),
        fields: vec![FieldViolation::new(field, description)],
    }
}

/// A domain refusal of a request value.
pub(crate) fn invalid(err: DomainError) -> RpcError {
    match err {
        DomainError::Invalid { field, reason } => violation(field, reason),
        other => violation("request", other.to_string()),
    }
}

pub(crate) fn order_id(raw: i64) -> Result<OrderId, RpcError> {
    OrderId::new(raw).map_err(invalid)
}

pub(crate) fn stock_query(request: &pb::ListStocksRequest) -> Result<StockQuery, RpcError> {
    let limit = match u32::try_from(request.limit) {
        Ok(0) => DEFAULT_LIMIT,
        Ok(limit) if limit <= MAX_LIMIT => limit,
        _ => {
            return Err(violation(
                "limit",
                format!("must be between 1 and {MAX_LIMIT}, or 0 for {DEFAULT_LIMIT}"),
            ));
        }
    };
    let offset =
        u64::try_from(request.offset).map_err(|_| violation("offset", "must not be negative"))?;
    let sort = match pb::StockSortField::try_from(request.sort) {
        Ok(pb::StockSortField::Unspecified | pb::StockSortField::CreatedAt) => StockSort::CreatedAt,
        Ok(pb::StockSortField::Id) => StockSort::Id,
        Ok(pb::StockSortField::Quantity) => StockSort::Quantity,
        Err(_) => return Err(violation("sort", "is not a known sort field")),
    };
    let order = match PbSortOrder::try_from(request.order) {
        Ok(PbSortOrder::Unspecified | PbSortOrder::Desc) => SortOrder::Desc,
        Ok(PbSortOrder::Asc) => SortOrder::Asc,
        Err(_) => return Err(violation("order", "is not a known sort order")),
    };
    let book_id = request
        .book_id
        .map(BookId::new)
        .transpose()
        .map_err(invalid)?;
    let warehouse_id = request
        .warehouse_id
        .map(WarehouseId::new)
        .transpose()
        .map_err(invalid)?;
    Ok(StockQuery {
        filter: StockFilter {
            book_id,
            warehouse_id,
        },
        page: PageRequest { limit, offset },
        sort,
        order,
    })
}

pub(crate) fn book_ids(raw: &[i64]) -> Result<Vec<BookId>, RpcError> {
    raw.iter()
        .enumerate()
        .map(|(i, &id)| {
            BookId::new(id).map_err(|_| violation(format!("book_ids[{i}]"), "must be at least 1"))
        })
        .collect()
}

pub(crate) fn reservation_request(
    request: &pb::ReserveStockRequest,
) -> Result<ReservationRequest, RpcError> {
    let order = order_id(request.order_id)?;
    let items = request
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let book = BookId::new(item.book_id)
                .map_err(|_| violation(format!("items[{i}].book_id"), "must be at least 1"))?;
            ReservationItem::new(book, i64::from(item.quantity))
                .map_err(|_| violation(format!("items[{i}].quantity"), "must be at least 1"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    ReservationRequest::new(order, items).map_err(invalid)
}

pub(crate) fn state(state: ReservationState) -> pb::ReservationState {
    match state {
        ReservationState::Reserved => pb::ReservationState::Reserved,
        ReservationState::Released => pb::ReservationState::Released,
        ReservationState::Committed => pb::ReservationState::Committed,
    }
}

fn timestamp(at: chrono::DateTime<chrono::Utc>) -> prost_types::Timestamp {
    prost_types::Timestamp {
        seconds: at.timestamp(),
        nanos: i32::try_from(at.timestamp_subsec_nanos()).unwrap_or(0),
    }
}

/// Quantities are bounded at 100,000,000 by the domain, so they always fit an `int32`.
fn int32(value: u64) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

pub(crate) fn stock(stock: &Stock) -> pb::Stock {
    pb::Stock {
        id: stock.id().get(),
        book_id: stock.book_id().get(),
        warehouse_id: stock.warehouse_id().get(),
        quantity: int32(u64::from(stock.quantity().get())),
        reserved_quantity: int32(u64::from(stock.reserved().get())),
        available_quantity: int32(u64::from(stock.available())),
        version: stock.version(),
        created_at: Some(timestamp(stock.created_at())),
        updated_at: Some(timestamp(stock.updated_at())),
    }
}

pub(crate) fn availability(found: &Availability) -> pb::BookAvailability {
    pb::BookAvailability {
        book_id: found.book_id.get(),
        quantity: int32(found.quantity),
        reserved_quantity: int32(found.reserved),
        available_quantity: int32(found.available()),
    }
}
