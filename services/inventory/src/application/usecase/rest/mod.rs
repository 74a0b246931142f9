//! The generated REST port, implemented by the use cases: DTOs become domain values (422 with a
//! pointer per refused field), use-case errors become problem+json (never a 500 for a client
//! fault), domain values become DTOs.

mod dto;
mod problem;

use openapi_runtime::ApiError;

use super::Inventory;
use crate::application::port::openapi::port::*;
use crate::application::port::repo::UnitOfWork;
use crate::domain::aggregate::{Quantity, StockId, WarehouseId};
use problem::{api_error, field};

impl<U: UnitOfWork> InventoryApi for Inventory<U> {
    async fn list_warehouses(
        &self,
        request: ListWarehousesRequest,
    ) -> Result<ListWarehousesResponse, ApiError> {
        let query = dto::warehouse_query(&request.params)?;
        let page = self.list_warehouses(query).await.map_err(api_error)?;
        Ok(ListWarehousesResponse::Ok(dto::warehouse_page(&page)))
    }

    async fn create_warehouse(
        &self,
        request: CreateWarehouseRequest,
    ) -> Result<CreateWarehouseResponse, ApiError> {
        let new = dto::new_warehouse(
            &request.body.name,
            &request.body.address,
            request.body.capacity,
        )?;
        let created = self.create_warehouse(new).await.map_err(api_error)?;
        Ok(CreateWarehouseResponse::Created {
            location: format!("/api/v1/warehouses/{}", created.id()),
            body: dto::warehouse(&created),
        })
    }

    async fn get_warehouse(
        &self,
        request: GetWarehouseRequest,
    ) -> Result<GetWarehouseResponse, ApiError> {
        let id = WarehouseId::new(request.params.id).map_err(field)?;
        let found = self.get_warehouse(id).await.map_err(api_error)?;
        Ok(GetWarehouseResponse::Ok(dto::warehouse(&found)))
    }

    async fn replace_warehouse(
        &self,
        request: ReplaceWarehouseRequest,
    ) -> Result<ReplaceWarehouseResponse, ApiError> {
        let id = WarehouseId::new(request.params.id).map_err(field)?;
        let body = &request.body;
        let changes = dto::new_warehouse(&body.name, &body.address, body.capacity)?;
        let stored = self
            .replace_warehouse(id, body.version, changes)
            .await
            .map_err(api_error)?;
        Ok(ReplaceWarehouseResponse::Ok(dto::warehouse(&stored)))
    }

    async fn delete_warehouse(
        &self,
        request: DeleteWarehouseRequest,
    ) -> Result<DeleteWarehouseResponse, ApiError> {
        let id = WarehouseId::new(request.params.id).map_err(field)?;
        self.delete_warehouse(id).await.map_err(api_error)?;
        Ok(DeleteWarehouseResponse::NoContent)
    }

    async fn list_stocks(
        &self,
        request: ListStocksRequest,
    ) -> Result<ListStocksResponse, ApiError> {
        let query = dto::stock_query(&request.params)?;
        let page = self.list_stocks(query).await.map_err(api_error)?;
        Ok(ListStocksResponse::Ok(dto::stock_page(&page)))
    }

    async fn create_stock(
        &self,
        request: CreateStockRequest,
    ) -> Result<CreateStockResponse, ApiError> {
        let new = dto::new_stock(&request.body)?;
        let created = self.create_stock(new).await.map_err(api_error)?;
        Ok(CreateStockResponse::Created {
            location: format!("/api/v1/stocks/{}", created.id()),
            body: dto::stock(&created),
        })
    }

    async fn get_stock(&self, request: GetStockRequest) -> Result<GetStockResponse, ApiError> {
        let id = StockId::new(request.params.id).map_err(field)?;
        let found = self.get_stock(id).await.map_err(api_error)?;
        Ok(GetStockResponse::Ok(dto::stock(&found)))
    }

    async fn replace_stock(
        &self,
        request: ReplaceStockRequest,
    ) -> Result<ReplaceStockResponse, ApiError> {
        let id = StockId::new(request.params.id).map_err(field)?;
        let quantity = Quantity::new(i64::from(request.body.quantity)).map_err(field)?;
        let stored = self
            .replace_stock(id, request.body.version, quantity)
            .await
            .map_err(api_error)?;
        Ok(ReplaceStockResponse::Ok(dto::stock(&stored)))
    }

    async fn delete_stock(
        &self,
        request: DeleteStockRequest,
    ) -> Result<DeleteStockResponse, ApiError> {
        let id = StockId::new(request.params.id).map_err(field)?;
        self.delete_stock(id).await.map_err(api_error)?;
        Ok(DeleteStockResponse::NoContent)
    }
}
