//! The REST port's params to the use cases' queries, for both inbound adapters: the gRPC server
//! reaches them through the generated bridge (`port::bridge`), which turns its messages into
//! these same params. Bodies and DTOs are converted by the generated `port::mapping`.

use app_kit::AppError;

use crate::application::port::openapi::port;
use crate::application::port::repo::{StockQuery, WarehouseQuery};
use crate::application::usecase::input;

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
