//! The generated REST port, implemented by the use cases: each operation converts the request
//! (bodies by the generated `port::mapping`, list parameters by [`convert`], shared with gRPC), calls the use case with `?` (the kit maps its
//! [`app_kit::AppError`] to problem+json, the router checks the status against the spec) and
//! converts the result.

pub(crate) mod convert;

use openapi_runtime::ApiError;

use super::Inventory;
use super::input::field;
use crate::application::port::openapi::model::{Stock, Warehouse};
use crate::application::port::openapi::port::*;
use crate::application::port::repo::UnitOfWork;
use crate::domain::aggregate::{StockId, WarehouseId};

impl<U: UnitOfWork> InventoryApi for Inventory<U> {
    async fn list_warehouses(
        &self,
        request: ListWarehousesRequest,
    ) -> Result<ListWarehousesResponse, ApiError> {
        let page = self
            .list_warehouses(convert::warehouse_query(request.params)?)
            .await?;
        Ok(ListWarehousesResponse::Ok((&page).into()))
    }

    async fn create_warehouse(
        &self,
        request: CreateWarehouseRequest,
    ) -> Result<CreateWarehouseResponse, ApiError> {
        let new = (&request.body).try_into()?;
        let body: Warehouse = (&self.create_warehouse(new).await?).into();
        let location = get_warehouse_location(body.id);
        Ok(CreateWarehouseResponse::Created { location, body })
    }

    async fn get_warehouse(
        &self,
        request: GetWarehouseRequest,
    ) -> Result<GetWarehouseResponse, ApiError> {
        let id = field("id", WarehouseId::new(request.params.id))?;
        let found = self.get_warehouse(id).await?;
        Ok(GetWarehouseResponse::Ok((&found).into()))
    }

    async fn replace_warehouse(
        &self,
        request: ReplaceWarehouseRequest,
    ) -> Result<ReplaceWarehouseResponse, ApiError> {
        let id = field("id", WarehouseId::new(request.params.id))?;
        let (changes, version) = (&request.body).try_into()?;
        let stored = self.replace_warehouse(id, version, changes).await?;
        Ok(ReplaceWarehouseResponse::Ok((&stored).into()))
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
        let page = self
            .list_stocks(convert::stock_query(request.params)?)
            .await?;
        Ok(ListStocksResponse::Ok((&page).into()))
    }

    async fn create_stock(
        &self,
        request: CreateStockRequest,
    ) -> Result<CreateStockResponse, ApiError> {
        let new = (&request.body).try_into()?;
        let body: Stock = (&self.create_stock(new).await?).into();
        let location = get_stock_location(body.id);
        Ok(CreateStockResponse::Created { location, body })
    }

    async fn get_stock(&self, request: GetStockRequest) -> Result<GetStockResponse, ApiError> {
        let id = field("id", StockId::new(request.params.id))?;
        Ok(GetStockResponse::Ok((&self.get_stock(id).await?).into()))
    }

    async fn replace_stock(
        &self,
        request: ReplaceStockRequest,
    ) -> Result<ReplaceStockResponse, ApiError> {
        let id = field("id", StockId::new(request.params.id))?;
        let (quantity, version) = (&request.body).try_into()?;
        let stored = self.replace_stock(id, version, quantity).await?;
        Ok(ReplaceStockResponse::Ok((&stored).into()))
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
