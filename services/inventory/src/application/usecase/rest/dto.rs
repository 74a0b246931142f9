//! Wire DTOs to domain values and back.

use openapi_runtime::ApiError;

use super::problem::field;
use crate::application::port::openapi::{model, port};
use crate::application::port::repo::{
    Page, PageRequest, SortOrder, StockFilter, StockQuery, StockSort, WarehouseQuery, WarehouseSort,
};
use crate::domain::aggregate::{
    Address, BookId, Capacity, NewStock, NewWarehouse, Quantity, Stock, Warehouse, WarehouseId,
    WarehouseName,
};

/// The router has already checked `limit` (1–100) and `offset` (≥ 0) against the spec; the
/// conversions still refuse rather than trust, so a router change cannot produce a bad query.
fn page(limit: i32, offset: i32) -> Result<PageRequest, ApiError> {
    let invalid = |field: &'static str| field_error(field, "is out of range");
    Ok(PageRequest {
        limit: u32::try_from(limit)
            .ok()
            .filter(|l| (1..=100).contains(l))
            .ok_or_else(|| invalid("query/limit"))?,
        offset: u64::try_from(offset).map_err(|_| invalid("query/offset"))?,
    })
}

fn field_error(pointer: &'static str, detail: &str) -> ApiError {
    openapi_runtime::Problem::validation(vec![openapi_runtime::FieldError {
        pointer: format!("/{pointer}"),
        detail: detail.to_owned(),
    }])
    .into()
}

fn order(order: model::SortOrder) -> SortOrder {
    match order {
        model::SortOrder::Asc => SortOrder::Asc,
        model::SortOrder::Desc => SortOrder::Desc,
    }
}

pub(crate) fn warehouse_query(
    params: &port::ListWarehousesParams,
) -> Result<WarehouseQuery, ApiError> {
    Ok(WarehouseQuery {
        page: page(params.limit, params.offset)?,
        sort: match params.sort {
            model::WarehouseSort::CreatedAt => WarehouseSort::CreatedAt,
            model::WarehouseSort::Id => WarehouseSort::Id,
            model::WarehouseSort::Name => WarehouseSort::Name,
            model::WarehouseSort::Capacity => WarehouseSort::Capacity,
        },
        order: order(params.order),
    })
}

pub(crate) fn stock_query(params: &port::ListStocksParams) -> Result<StockQuery, ApiError> {
    let book_id = params
        .book_id
        .map(BookId::new)
        .transpose()
        .map_err(|_| field_error("query/book_id", "must be at least 1"))?;
    let warehouse_id = params
        .warehouse_id
        .map(WarehouseId::new)
        .transpose()
        .map_err(|_| field_error("query/warehouse_id", "must be at least 1"))?;
    Ok(StockQuery {
        filter: StockFilter {
            book_id,
            warehouse_id,
        },
        page: page(params.limit, params.offset)?,
        sort: match params.sort {
            model::StockSort::CreatedAt => StockSort::CreatedAt,
            model::StockSort::Id => StockSort::Id,
            model::StockSort::BookId => StockSort::BookId,
            model::StockSort::WarehouseId => StockSort::WarehouseId,
            model::StockSort::Quantity => StockSort::Quantity,
        },
        order: order(params.order),
    })
}

pub(crate) fn new_warehouse(
    name: &str,
    address: &str,
    capacity: i32,
) -> Result<NewWarehouse, ApiError> {
    Ok(NewWarehouse {
        name: WarehouseName::new(name).map_err(field)?,
        address: Address::new(address).map_err(field)?,
        capacity: Capacity::new(i64::from(capacity)).map_err(field)?,
    })
}

pub(crate) fn new_stock(body: &model::StockCreate) -> Result<NewStock, ApiError> {
    Ok(NewStock {
        book_id: BookId::new(body.book_id).map_err(field)?,
        warehouse_id: WarehouseId::new(body.warehouse_id).map_err(field)?,
        quantity: Quantity::new(i64::from(body.quantity)).map_err(field)?,
    })
}

/// Quantities and capacities are bounded at 100,000,000 by the domain: they fit an `int32`.
fn int32(value: u32) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

pub(crate) fn warehouse(w: &Warehouse) -> model::Warehouse {
    model::Warehouse {
        id: w.id().get(),
        name: w.name().as_str().to_owned(),
        address: w.address().as_str().to_owned(),
        capacity: int32(w.capacity().get()),
        version: w.version(),
        created_at: w.created_at(),
        updated_at: w.updated_at(),
    }
}

pub(crate) fn stock(s: &Stock) -> model::Stock {
    model::Stock {
        id: s.id().get(),
        book_id: s.book_id().get(),
        warehouse_id: s.warehouse_id().get(),
        quantity: int32(s.quantity().get()),
        reserved_quantity: int32(s.reserved().get()),
        available_quantity: int32(s.available()),
        version: s.version(),
        created_at: s.created_at(),
        updated_at: s.updated_at(),
    }
}

fn total(total: u64) -> i64 {
    i64::try_from(total).unwrap_or(i64::MAX)
}

pub(crate) fn warehouse_page(page: &Page<Warehouse>) -> model::WarehousePage {
    model::WarehousePage {
        total: total(page.total),
        items: page.items.iter().map(warehouse).collect(),
    }
}

pub(crate) fn stock_page(page: &Page<Stock>) -> model::StockPage {
    model::StockPage {
        total: total(page.total),
        items: page.items.iter().map(stock).collect(),
    }
}
