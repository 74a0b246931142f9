// Generated from api/inventory/openapi.yaml and the protos it names by `cargo run -p generator`. Do not edit.
// fingerprint: 64f68c9657b8dc70-6fcbf386dcdbb587
//! The protobuf messages this service shares with its REST API (`x-grpc` and `x-proto` in the
//! spec), converted to and from the REST port's types: an RPC decodes its request into the
//! operation's parameters and encodes the DTO the REST conversion built, so the conversions to
//! and from the domain are written once for both.

use app_kit::{AppError, FieldIssues};

use super::openapi::{model, port};
use super::pb;

/// The request of `bookstore.inventory.v1.StockService.ListStocks` as the parameters of `list_stocks`; an unknown enum number is
/// refused at its proto field.
impl TryFrom<pb::bookstore::inventory::v1::ListStocksRequest> for port::ListStocksParams {
    type Error = AppError;

    fn try_from(m: pb::bookstore::inventory::v1::ListStocksRequest) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let sort = issues.take(
            "sort",
            stock_sort_field(m.sort, model::StockSort::CreatedAt),
        );
        let order = issues.take("order", sort_order(m.order, model::SortOrder::Desc));
        let (sort, order) = issues.finish(sort.zip(order))?;
        Ok(Self {
            limit: if m.limit == 0 { 10 } else { m.limit },
            offset: m.offset,
            sort,
            order,
            book_id: m.book_id,
            warehouse_id: m.warehouse_id,
        })
    }
}

/// `Stock` as `bookstore.inventory.v1.Stock`.
impl From<model::Stock> for pb::bookstore::inventory::v1::Stock {
    fn from(v: model::Stock) -> Self {
        Self {
            id: v.id,
            book_id: v.book_id,
            warehouse_id: v.warehouse_id,
            quantity: v.quantity,
            reserved_quantity: v.reserved_quantity,
            available_quantity: v.available_quantity,
            version: v.version,
            created_at: Some(std::time::SystemTime::from(v.created_at).into()),
            updated_at: Some(std::time::SystemTime::from(v.updated_at).into()),
        }
    }
}

/// `StockPage` as `bookstore.inventory.v1.ListStocksResponse`.
impl From<model::StockPage> for pb::bookstore::inventory::v1::ListStocksResponse {
    fn from(v: model::StockPage) -> Self {
        Self {
            total: v.total,
            stocks: v.items.into_iter().map(Into::into).collect(),
        }
    }
}

/// `bookstore.common.v1.SortOrder` as `model::SortOrder`; unset (0) is the parameter's default.
fn sort_order(value: i32, default: model::SortOrder) -> Result<model::SortOrder, &'static str> {
    use pb::bookstore::common::v1::SortOrder as Pb;
    Ok(match Pb::try_from(value) {
        Ok(Pb::Unspecified) => default,
        Ok(Pb::Asc) => model::SortOrder::Asc,
        Ok(Pb::Desc) => model::SortOrder::Desc,
        Err(_) => return Err("is not a known bookstore.common.v1.SortOrder"),
    })
}

/// `bookstore.inventory.v1.StockSortField` as `model::StockSort`; unset (0) is the parameter's default.
fn stock_sort_field(
    value: i32,
    default: model::StockSort,
) -> Result<model::StockSort, &'static str> {
    use pb::bookstore::inventory::v1::StockSortField as Pb;
    Ok(match Pb::try_from(value) {
        Ok(Pb::Unspecified) => default,
        Ok(Pb::Id) => model::StockSort::Id,
        Ok(Pb::Quantity) => model::StockSort::Quantity,
        Ok(Pb::CreatedAt) => model::StockSort::CreatedAt,
        Err(_) => return Err("is not a known bookstore.inventory.v1.StockSortField"),
    })
}
