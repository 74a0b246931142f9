//! The REST port's params to the use cases' queries, and domain values to DTOs, for both inbound
//! adapters: the gRPC server reaches them through the generated bridge (`port::bridge`), which
//! turns its messages into these same params and DTOs. Bodies go through the shared [`input`].

use app_kit::{AppError, Paged};

use crate::application::port::openapi::{model, port};
use crate::application::port::repo::{StockQuery, WarehouseQuery};
use crate::application::usecase::input;
use crate::domain::aggregate::{Stock, Warehouse};

/// Quantities and capacities are bounded at 100,000,000 by the domain: they fit an `int32`.
fn int32(value: u32) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

pub(crate) fn warehouse_query(p: port::ListWarehousesParams) -> Result<WarehouseQuery, AppError> {
    let limit = Some(p.limit.into());
    input::warehouse_query(limit, p.offset.into(), p.sort.into(), p.order.into())
}

pub(crate) fn stock_query(p: port::ListStocksParams) -> Result<StockQuery, AppError> {
    let page = (Some(p.limit.into()), p.offset.into());
    input::stock_query(
        p.book_id,
        p.warehouse_id,
        page,
        p.sort.into(),
        p.order.into(),
    )
}

pub(super) fn warehouse(w: &Warehouse) -> model::Warehouse {
    model::Warehouse {
        id: w.id().get(),
        name: w.name().to_string(),
        address: w.address().to_string(),
        capacity: int32(w.capacity().get()),
        version: w.version().get(),
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
        version: s.version().get(),
        created_at: s.created_at(),
        updated_at: s.updated_at(),
    }
}

pub(super) fn warehouse_page(page: &Paged<Warehouse>) -> model::WarehousePage {
    let items = page.items.iter().map(warehouse).collect();
    model::WarehousePage {
        total: page.total_i64(),
        items,
    }
}

pub(crate) fn stock_page(page: &Paged<Stock>) -> model::StockPage {
    let items = page.items.iter().map(stock).collect();
    model::StockPage {
        total: page.total_i64(),
        items,
    }
}
