//! The gRPC server adapter for `bookstore.inventory.v1.StockService`: decode the message into
//! domain values, call the use case, encode the answer. Nothing else happens here.

mod convert;
mod status;

use std::sync::Arc;

use tonic::{Request, Response, Status};

use crate::application::port::pb::bookstore::inventory::v1 as pb;
use crate::application::port::pb::bookstore::inventory::v1::stock_service_server::{
    StockService, StockServiceServer,
};
use crate::application::port::repo::UnitOfWork;
use crate::application::usecase::{Inventory, ReleaseOutcome};
use crate::domain::aggregate::{StockId, WarehouseId};
use convert::{invalid, order_id};
use status::rpc_status;

/// Serves the stock RPCs over the inventory's use cases.
pub struct StockGrpc<U> {
    inventory: Arc<Inventory<U>>,
}

impl<U: UnitOfWork> StockGrpc<U> {
    pub fn new(inventory: Arc<Inventory<U>>) -> Self {
        Self { inventory }
    }

    /// The tonic service, ready to add to the server's routes.
    pub fn into_server(self) -> StockServiceServer<Self> {
        StockServiceServer::new(self)
    }
}

#[tonic::async_trait]
impl<U: UnitOfWork> StockService for StockGrpc<U> {
    async fn list_stocks(
        &self,
        request: Request<pb::ListStocksRequest>,
    ) -> Result<Response<pb::ListStocksResponse>, Status> {
        let query = convert::stock_query(request.get_ref()).map_err(Status::from)?;
        let page = self
            .inventory
            .list_stocks(query)
            .await
            .map_err(rpc_status)?;
        Ok(Response::new(pb::ListStocksResponse {
            total: i64::try_from(page.total).unwrap_or(i64::MAX),
            stocks: page.items.iter().map(convert::stock).collect(),
        }))
    }

    async fn get_stock(
        &self,
        request: Request<pb::GetStockRequest>,
    ) -> Result<Response<pb::GetStockResponse>, Status> {
        let id = StockId::new(request.get_ref().id).map_err(|e| Status::from(invalid(e)))?;
        let stock = self.inventory.get_stock(id).await.map_err(rpc_status)?;
        Ok(Response::new(pb::GetStockResponse {
            stock: Some(convert::stock(&stock)),
        }))
    }

    async fn get_availability(
        &self,
        request: Request<pb::GetAvailabilityRequest>,
    ) -> Result<Response<pb::GetAvailabilityResponse>, Status> {
        let books = convert::book_ids(&request.get_ref().book_ids).map_err(Status::from)?;
        let found = self
            .inventory
            .availability(&books)
            .await
            .map_err(rpc_status)?;
        Ok(Response::new(pb::GetAvailabilityResponse {
            availabilities: found.iter().map(convert::availability).collect(),
        }))
    }

    async fn reserve_stock(
        &self,
        request: Request<pb::ReserveStockRequest>,
    ) -> Result<Response<pb::ReserveStockResponse>, Status> {
        let reservation_request =
            convert::reservation_request(request.get_ref()).map_err(Status::from)?;
        let reservation = self
            .inventory
            .reserve(&reservation_request)
            .await
            .map_err(rpc_status)?;
        Ok(Response::new(pb::ReserveStockResponse {
            order_id: reservation.order_id.get(),
            state: convert::state(reservation.state) as i32,
            reserved: reservation
                .lines
                .iter()
                .map(|line| pb::ReservedStock {
                    book_id: line.book_id.get(),
                    warehouse_id: WarehouseId::get(line.warehouse_id),
                    quantity: i32::try_from(line.copies).unwrap_or(i32::MAX),
                })
                .collect(),
        }))
    }

    async fn release_stock(
        &self,
        request: Request<pb::ReleaseStockRequest>,
    ) -> Result<Response<pb::ReleaseStockResponse>, Status> {
        let order = order_id(request.get_ref().order_id).map_err(Status::from)?;
        let state = match self.inventory.release(order).await.map_err(rpc_status)? {
            ReleaseOutcome::NothingReserved => pb::ReservationState::Unspecified,
            ReleaseOutcome::Now(state) => convert::state(state),
        };
        Ok(Response::new(pb::ReleaseStockResponse {
            order_id: order.get(),
            state: state as i32,
        }))
    }

    async fn commit_stock(
        &self,
        request: Request<pb::CommitStockRequest>,
    ) -> Result<Response<pb::CommitStockResponse>, Status> {
        let order = order_id(request.get_ref().order_id).map_err(Status::from)?;
        let state = self.inventory.commit(order).await.map_err(rpc_status)?;
        Ok(Response::new(pb::CommitStockResponse {
            order_id: order.get(),
            state: convert::state(state) as i32,
        }))
    }
}
