//! The generated REST port, implemented by the use cases: each operation converts the request
//! (through [`input`], shared with gRPC), calls the use case with `?` (the kit maps its
//! [`app_kit::AppError`] to problem+json, the router checks the status against the spec) and
//! converts the result.

mod dto;

use app_kit::Version;
use openapi_runtime::ApiError;

use super::Inventory;
use super::input::{self, field, sort_order};
use crate::application::port::openapi::{model, port::*};
use crate::application::port::repo::{StockSort, UnitOfWork, WarehouseSort};
use crate::domain::aggregate::{Quantity, StockId, WarehouseId};

impl<U: UnitOfWork> InventoryApi for Inventory<U> {
    async fn list_warehouses(
        &self,
        request: ListWarehousesRequest,
    ) -> Result<ListWarehousesResponse, ApiError> {
        let p = request.params;
        let sort = WarehouseSort::parse(p.sort.as_str());
        let order = sort_order(p.order.as_str());
        let query = input::warehouse_query(Some(p.limit.into()), p.offset.into(), sort, order)?;
        let (total, items) = dto::page(&self.list_warehouses(query).await?, dto::warehouse);
        let page = model::WarehousePage { total, items };
        Ok(ListWarehousesResponse::Ok(page))
    }

    async fn create_warehouse(
        &self,
        request: CreateWarehouseRequest,
    ) -> Result<CreateWarehouseResponse, ApiError> {
        let b = request.body;
        let new = input::new_warehouse(&b.name, &b.address, b.capacity.into())?;
        let body = dto::warehouse(&self.create_warehouse(new).await?);
        let location = get_warehouse_location(body.id);
        Ok(CreateWarehouseResponse::Created { location, body })
    }

    async fn get_warehouse(
        &self,
        request: GetWarehouseRequest,
    ) -> Result<GetWarehouseResponse, ApiError> {
        let id = field("id", WarehouseId::new(request.params.id))?;
        let found = self.get_warehouse(id).await?;
        Ok(GetWarehouseResponse::Ok(dto::warehouse(&found)))
    }

    async fn replace_warehouse(
        &self,
        request: ReplaceWarehouseRequest,
    ) -> Result<ReplaceWarehouseResponse, ApiError> {
        let id = field("id", WarehouseId::new(request.params.id))?;
        let b = request.body;
        let changes = input::new_warehouse(&b.name, &b.address, b.capacity.into())?;
        let version = field("version", Version::new(b.version))?;
        let stored = self.replace_warehouse(id, version, changes).await?;
        Ok(ReplaceWarehouseResponse::Ok(dto::warehouse(&stored)))
    }

    async fn delete_warehouse(
        &self,
        request: DeleteWarehouseRequest,
    ) -> Result<DeleteWarehouseResponse, ApiError> {
        let id = field("id", WarehouseId::new(request.params.id))?;
        self.delete_warehouse(id).await?;
        Ok(DeleteWarehouseResponse::NoContent)
    }

    async fn list_stocks(
        &self,
        request: ListStocksRequest,
    ) -> Result<ListStocksResponse, ApiError> {
        let p = request.params;
        let sort = StockSort::parse(p.sort.as_str());
        let order = sort_order(p.order.as_str());
        let page = (Some(p.limit.into()), p.offset.into());
        let query = input::stock_query(p.book_id, p.warehouse_id, page, sort, order)?;
        let (total, items) = dto::page(&self.list_stocks(query).await?, dto::stock);
        Ok(ListStocksResponse::Ok(model::StockPage { total, items }))
    }

    async fn create_stock(
        &self,
        request: CreateStockRequest,
    ) -> Result<CreateStockResponse, ApiError> {
        let b = request.body;
        let new = input::new_stock(b.book_id, b.warehouse_id, b.quantity.into())?;
        let body = dto::stock(&self.create_stock(new).await?);
        let location = get_stock_location(body.id);
        Ok(CreateStockResponse::Created { location, body })
    }

    async fn get_stock(&self, request: GetStockRequest) -> Result<GetStockResponse, ApiError> {
        let id = field("id", StockId::new(request.params.id))?;
        Ok(GetStockResponse::Ok(dto::stock(&self.get_stock(id).await?)))
    }

    async fn replace_stock(
        &self,
        request: ReplaceStockRequest,
    ) -> Result<ReplaceStockResponse, ApiError> {
        let (id, b) = (field("id", StockId::new(request.params.id))?, request.body);
        let version = field("version", Version::new(b.version))?;
        let quantity = field("quantity", Quantity::new(b.quantity.into()))?;
        let stored = self.replace_stock(id, version, quantity).await?;
        Ok(ReplaceStockResponse::Ok(dto::stock(&stored)))
    }

    async fn delete_stock(
        &self,
        request: DeleteStockRequest,
    ) -> Result<DeleteStockResponse, ApiError> {
        let id = field("id", StockId::new(request.params.id))?;
        self.delete_stock(id).await?;
        Ok(DeleteStockResponse::NoContent)
    }
}
