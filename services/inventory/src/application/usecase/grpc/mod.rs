//! The generated gRPC port (`StockRpc` of `bookstore.inventory.v1`) implemented by the use
//! cases: decode the message into the use case's input, call the use case, encode the answer;
//! the generated adapter (`port::pb::server`) answers a failure with `Status::from(AppError)`,
//! the application kit's one mapping. Stock rows take the REST adapter's path (the generated
//! bridge decodes into its params and encodes its DTOs); the reservation RPCs, which REST does
//! not offer, go through the shared [`input`] and [`convert`].

mod convert;

use super::Inventory;
use super::input::{self, field};
use super::rest::convert as rest;
use crate::application::port::openapi::model;
use crate::application::port::pb::bookstore::inventory::v1 as pb;
use crate::application::port::pb::port::{Reply, StockRpc};
use crate::application::port::repo::UnitOfWork;
use crate::domain::aggregate::{OrderId, StockId};

impl<U: UnitOfWork> StockRpc for Inventory<U> {
    async fn list_stocks(&self, request: pb::ListStocksRequest) -> Reply<pb::ListStocksResponse> {
        let query = rest::stock_query(request.try_into()?)?;
        let page = self.list_stocks(query).await?;
        Ok(model::StockPage::from(&page).into())
    }

    async fn get_stock(&self, request: pb::GetStockRequest) -> Reply<pb::GetStockResponse> {
        let id = field("id", StockId::new(request.id))?;
        let stock = Some((&self.get_stock(id).await?).into());
        Ok(pb::GetStockResponse { stock })
    }

    async fn get_availability(
        &self,
        request: pb::GetAvailabilityRequest,
    ) -> Reply<pb::GetAvailabilityResponse> {
        let books = input::book_ids(&request.book_ids)?;
        let found = self.availability(&books).await?;
        let availabilities = found.iter().map(convert::availability).collect();
        Ok(pb::GetAvailabilityResponse { availabilities })
    }

    async fn reserve_stock(
        &self,
        request: pb::ReserveStockRequest,
    ) -> Reply<pb::ReserveStockResponse> {
        let pb::ReserveStockRequest { order_id, items } = request;
        let items = items.iter().map(|i| (i.book_id, i64::from(i.quantity)));
        let reservation = self.reserve(&input::reservation(order_id, items)?).await?;
        Ok(convert::reservation(&reservation))
    }

    async fn release_stock(
        &self,
        request: pb::ReleaseStockRequest,
    ) -> Reply<pb::ReleaseStockResponse> {
        let order = field("order_id", OrderId::new(request.order_id))?;
        let (order_id, outcome) = (order.get(), self.release(order).await?);
        let state = convert::state(outcome.state());
        Ok(pb::ReleaseStockResponse { order_id, state })
    }

    async fn commit_stock(
        &self,
        request: pb::CommitStockRequest,
    ) -> Reply<pb::CommitStockResponse> {
        let order = field("order_id", OrderId::new(request.order_id))?;
        let (order_id, state) = (order.get(), self.commit(order).await?);
        let state = convert::state(state);
        Ok(pb::CommitStockResponse { order_id, state })
    }
}
