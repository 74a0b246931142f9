//! The generated gRPC port (`OrderRpc` of `bookstore.order.v1`) implemented by the use cases:
//! decode, call the use case as staff (the service is internal and carries no token), encode;
//! the generated adapter (`port::pb::server`) answers a failure with `Status::from(AppError)`.

mod convert;

use app_kit::AppError;

use super::{Caller, Orders};
use crate::application::port::books::BookPrices;
use crate::application::port::cards::CardVault;
use crate::application::port::pb::bookstore::order::v1 as pb;
use crate::application::port::pb::port::{OrderRpc, Reply};
use crate::application::port::repo::OrderStore;
use crate::application::port::workflow::Saga;
use crate::domain::OrderId;
use convert::{list_query, pb_order};

const INTERNAL: Caller = Caller {
    user_id: None,
    staff: true,
};

impl<S, B, C, W> OrderRpc for Orders<S, B, C, W>
where
    S: OrderStore,
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    async fn list_orders(&self, request: pb::ListOrdersRequest) -> Reply<pb::ListOrdersResponse> {
        let found = self.list_orders(list_query(request)?).await?;
        let orders = found.items.iter().map(pb_order).collect();
        Ok(pb::ListOrdersResponse {
            total: found.total_i64(),
            orders,
        })
    }

    async fn get_order(&self, request: pb::GetOrderRequest) -> Reply<pb::GetOrderResponse> {
        let id = OrderId::new(request.id).map_err(|e| AppError::invalid("id", e))?;
        let order = Some(pb_order(&self.get_order(INTERNAL, id).await?));
        Ok(pb::GetOrderResponse { order })
    }
}
