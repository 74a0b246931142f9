//! The gRPC server adapter for `bookstore.inventory.v1.StockService`: decode the message into
//! the use case's input, call the use case, encode the answer; a failure is the kit's one
//! mapping `Status::from(AppError)`, applied by `?`. Stock rows take the REST adapter's path
//! (the generated bridge decodes into its params and encodes its DTOs); the reservation RPCs,
//! which REST does not offer, go through the shared [`input`] and [`convert`].

mod convert;

use std::sync::Arc;

use tonic::{Request, Response, Status};

use crate::application::port::openapi::model;
use crate::application::port::pb::bookstore::inventory::v1 as pb;
use crate::application::port::pb::bookstore::inventory::v1::stock_service_server::{
    StockService, StockServiceServer,
};
use crate::application::port::repo::UnitOfWork;
use crate::application::usecase::Inventory;
use crate::application::usecase::input::{self, field};
use crate::application::usecase::rest::convert as rest;
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
        let query = rest::stock_query(request.into_inner().try_into()?)?;
        let page = self.0.list_stocks(query).await?;
        Ok(Response::new(model::StockPage::from(&page).into()))
    }

    async fn get_stock(
        &self,
        request: Request<pb::GetStockRequest>,
    ) -> Result<Response<pb::GetStockResponse>, Status> {
        let id = field("id", StockId::new(request.get_ref().id))?;
        let stock = Some((&self.0.get_stock(id).await?).into());
        Ok(Response::new(pb::GetStockResponse { stock }))
    }

    async fn get_availability(
        &self,
        request: Request<pb::GetAvailabilityRequest>,
    ) -> Result<Response<pb::GetAvailabilityResponse>, Status> {
        let books = input::book_ids(&request.get_ref().book_ids)?;
        let found = self.0.availability(&books).await?;
        let availabilities = found.iter().map(convert::availability).collect();
        let response = pb::GetAvailabilityResponse { availabilities };
        Ok(Response::new(response))
    }

    async fn reserve_stock(
        &self,
        request: Request<pb::ReserveStockRequest>,
    ) -> Result<Response<pb::ReserveStockResponse>, Status> {
        let r = request.into_inner();
        let items = r.items.iter().map(|i| (i.book_id, i64::from(i.quantity)));
        let request = input::reservation(r.order_id, items)?;
        let reservation = self.0.reserve(&request).await?;
        Ok(Response::new(convert::reservation(&reservation)))
    }

    async fn release_stock(
        &self,
        request: Request<pb::ReleaseStockRequest>,
    ) -> Result<Response<pb::ReleaseStockResponse>, Status> {
        let order = field("order_id", OrderId::new(request.get_ref().order_id))?;
        let (order_id, outcome) = (order.get(), self.0.release(order).await?);
        let state = convert::state(outcome.state());
        Ok(Response::new(pb::ReleaseStockResponse { order_id, state }))
    }

    async fn commit_stock(
        &self,
        request: Request<pb::CommitStockRequest>,
    ) -> Result<Response<pb::CommitStockResponse>, Status> {
        let order = field("order_id", OrderId::new(request.get_ref().order_id))?;
        let (order_id, state) = (order.get(), self.0.commit(order).await?);
        let state = convert::state(state);
        Ok(Response::new(pb::CommitStockResponse { order_id, state }))
    }
}
