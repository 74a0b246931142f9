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
        let query = input::warehouse_query(
            Some(p.limit.into()),
            p.offset.into(),
            sort,
            sort_order(p.order.as_str()),
        )?;
        let (total, items) = dto::page(&self.list_warehouses(query).await?, dto::warehouse);
        Ok(ListWarehousesResponse::Ok(model::WarehousePage {
            total,
            items,
        }))
    }

    async fn create_warehouse(
        &self,
        request: CreateWarehouseRequest,
    ) -> Result<CreateWarehouseResponse, ApiError> {
        let b = request.body;
        let created = self
            .create_warehouse(input::new_warehouse(
                &b.name,
                &b.address,
                b.capacity.into(),
            )?)
            .await?;
        let location = get_warehouse_location(created.id().get());
        Ok(CreateWarehouseResponse::Created {
            location,
            body: dto::warehouse(&created),
        })
    }

    async fn get_warehouse(
        &self,
        request: GetWarehouseRequest,
    ) -> Result<GetWarehouseResponse, ApiError> {
        let found = self
            .get_warehouse(field("id", WarehouseId::new(request.params.id))?)
            .await?;
        Ok(GetWarehouseResponse::Ok(dto::warehouse(&found)))
    }

    async fn replace_warehouse(
        &self,
        request: ReplaceWarehouseRequest,
    ) -> Result<ReplaceWarehouseResponse, ApiError> {
        let (id, b) = (
            field("id", WarehouseId::new(request.params.id))?,
            request.body,
        );
        let changes = input::new_warehouse(&b.name, &b.address, b.capacity.into())?;
        let stored = self
            .replace_warehouse(id, field("version", Version::new(b.version))?, changes)
            .await?;
        Ok(ReplaceWarehouseResponse::Ok(dto::warehouse(&stored)))
    }

    async fn delete_warehouse(
        &self,
        request: DeleteWarehouseRequest,
    ) -> Result<DeleteWarehouseResponse, ApiError> {
        self.delete_warehouse(field("id", WarehouseId::new(request.params.id))?)
            .await?;
        Ok(DeleteWarehouseResponse::NoContent)
    }

    async fn list_stocks(
        &self,
        request: ListStocksRequest,
    ) -> Result<ListStocksResponse, ApiError> {
        let p = request.params;
        let (page, sort) = (
            (Some(p.limit.into()), p.offset.into()),
            StockSort::parse(p.sort.as_str()),
        );
        let query = input::stock_query(
            p.book_id,
            p.warehouse_id,
            page,
            sort,
            sort_order(p.order.as_str()),
        )?;
        let (total, items) = dto::page(&self.list_stocks(query).await?, dto::stock);
        Ok(ListStocksResponse::Ok(model::StockPage { total, items }))
    }

    async fn create_stock(
        &self,
        request: CreateStockRequest,
    ) -> Result<CreateStockResponse, ApiError> {
        let b = request.body;
        let created = self
            .create_stock(input::new_stock(
                b.book_id,
                b.warehouse_id,
                b.quantity.into(),
            )?)
            .await?;
        let location = get_stock_location(created.id().get());
        Ok(CreateStockResponse::Created {
            location,
            body: dto::stock(&created),
        })
    }

    async fn get_stock(&self, request: GetStockRequest) -> Result<GetStockResponse, ApiError> {
        let found = self
            .get_stock(field("id", StockId::new(request.params.id))?)
            .await?;
        Ok(GetStockResponse::Ok(dto::stock(&found)))
    }

    async fn replace_stock(
        &self,
        request: ReplaceStockRequest,
    ) -> Result<ReplaceStockResponse, ApiError> {
        let (id, b) = (field("id", StockId::new(request.params.id))?, request.body);
        let (version, quantity) = (
            field("version", Version::new(b.version))?,
            field("quantity", Quantity::new(b.quantity.into()))?,
        );
        Ok(ReplaceStockResponse::Ok(dto::stock(
            &self.replace_stock(id, version, quantity).await?,
        )))
    }

    async fn delete_stock(
        &self,
        request: DeleteStockRequest,
    ) -> Result<DeleteStockResponse, ApiError> {
        self.delete_stock(field("id", StockId::new(request.params.id))?)
            .await?;
        Ok(DeleteStockResponse::NoContent)
    }
}
