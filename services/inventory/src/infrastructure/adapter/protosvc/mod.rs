//! The gRPC server adapter for `bookstore.inventory.v1.StockService`: decode the message into
//! the use case's input (through the shared [`input`]), call the use case, encode the answer;
//! a failure is the kit's one mapping `Status::from(AppError)`.

mod convert;

use std::sync::Arc;

use tonic::{Request, Response, Status};

use crate::application::port::pb::bookstore::inventory::v1 as pb;
use crate::application::port::pb::bookstore::inventory::v1::stock_service_server::{
    StockService, StockServiceServer,
};
use crate::application::port::repo::UnitOfWork;
use crate::application::usecase::input::{self, field};
use crate::application::usecase::{Inventory, ReleaseOutcome};
use crate::domain::aggregate::{OrderId, StockId};

/// Serves the stock RPCs over the inventory's use cases.
pub struct StockGrpc<U>(Arc<Inventory<U>>);

impl<U: UnitOfWork> StockGrpc<U> {
    pub fn new(inventory: Arc<Inventory<U>>) -> Self {
        Self(inventory)
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
        let r = request.into_inner();
        let page = (convert::limit(r.limit), r.offset.into());
        let query = input::stock_query(
            r.book_id,
            r.warehouse_id,
            page,
            convert::sort(r.sort),
            convert::order(r.order),
        );
        let page = self.0.list_stocks(query?).await?;
        let (total, stocks) = (
            page.total_i64(),
            page.items.iter().map(convert::stock).collect(),
        );
        Ok(Response::new(pb::ListStocksResponse { total, stocks }))
    }

    async fn get_stock(
        &self,
        request: Request<pb::GetStockRequest>,
    ) -> Result<Response<pb::GetStockResponse>, Status> {
        let stock = self
            .0
            .get_stock(field("id", StockId::new(request.get_ref().id))?)
            .await?;
        Ok(Response::new(pb::GetStockResponse {
            stock: Some(convert::stock(&stock)),
        }))
    }

    async fn get_availability(
        &self,
        request: Request<pb::GetAvailabilityRequest>,
    ) -> Result<Response<pb::GetAvailabilityResponse>, Status> {
        let found = self
            .0
            .availability(&input::book_ids(&request.get_ref().book_ids)?)
            .await?;
        let availabilities = found.iter().map(convert::availability).collect();
        Ok(Response::new(pb::GetAvailabilityResponse {
            availabilities,
        }))
    }

    async fn reserve_stock(
        &self,
        request: Request<pb::ReserveStockRequest>,
    ) -> Result<Response<pb::ReserveStockResponse>, Status> {
        let r = request.into_inner();
        let items = r.items.iter().map(|i| (i.book_id, i64::from(i.quantity)));
        let reservation = self
            .0
            .reserve(&input::reservation(r.order_id, items)?)
            .await?;
        let reserved = reservation.lines.iter().map(|l| pb::ReservedStock {
            book_id: l.book_id.get(),
            warehouse_id: l.warehouse_id.get(),
            quantity: convert::int32(l.copies),
        });
        let (order_id, state) = (
            reservation.order_id.get(),
            convert::state(reservation.state),
        );
        Ok(Response::new(pb::ReserveStockResponse {
            order_id,
            state,
            reserved: reserved.collect(),
        }))
    }

    async fn release_stock(
        &self,
        request: Request<pb::ReleaseStockRequest>,
    ) -> Result<Response<pb::ReleaseStockResponse>, Status> {
        let order = field("order_id", OrderId::new(request.get_ref().order_id))?;
        let state = match self.0.release(order).await? {
            ReleaseOutcome::NothingReserved => pb::ReservationState::Unspecified as i32,
            ReleaseOutcome::Now(state) => convert::state(state),
        };
        Ok(Response::new(pb::ReleaseStockResponse {
            order_id: order.get(),
            state,
        }))
    }

    async fn commit_stock(
        &self,
        request: Request<pb::CommitStockRequest>,
    ) -> Result<Response<pb::CommitStockResponse>, Status> {
        let order = field("order_id", OrderId::new(request.get_ref().order_id))?;
        let state = convert::state(self.0.commit(order).await?);
        Ok(Response::new(pb::CommitStockResponse {
            order_id: order.get(),
            state,
        }))
    }
}
