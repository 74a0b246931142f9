//! The generated REST port, implemented by the use cases: each operation converts the request,
//! calls the use case with `?` (the kit maps its [`app_kit::AppError`] to problem+json, the
//! router checks the status against the spec) and converts the result.

mod convert;

use app_kit::{FieldIssues, Page, SortOrder};
use openapi_runtime::{ApiError, Principal, Problem};
use uuid::Uuid;

use super::{Caller, Orders, PlaceOrder};
use crate::application::port::books::BookPrices;
use crate::application::port::cards::CardVault;
use crate::application::port::openapi::{model, port::*};
use crate::application::port::repo::{OrderQuery, OrderSort, OrderStore};
use crate::application::port::workflow::Saga;
use crate::domain::OrderId;

fn caller(principal: &Principal) -> Caller {
    Caller {
        user_id: Uuid::parse_str(&principal.subject).ok(),
        staff: principal.has_role("manage"),
    }
}

fn order_id(id: i64) -> Result<OrderId, ApiError> {
    OrderId::new(id).map_err(|e| app_kit::AppError::invalid("id", e).into())
}

fn forbidden(detail: &str) -> ApiError {
    Problem::forbidden(detail).into()
}

impl<S, B, C, W> OrderApi for Orders<S, B, C, W>
where
    S: OrderStore,
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    async fn list_orders(
        &self,
        request: ListOrdersRequest,
    ) -> Result<ListOrdersResponse, ApiError> {
        let who = caller(&request.principal);
        let p = request.params;
        let user_id = match (who.staff, who.user_id, p.user_id) {
            (true, _, filter) => filter,
            (false, Some(own), None) => Some(own),
            (false, Some(own), Some(filter)) if filter == own => Some(own),
            _ => return Err(forbidden("customers may list only their own orders")),
        };
        let mut issues = FieldIssues::default();
        let page = Page::parse(Some(p.limit.into()), p.offset.into(), &mut issues);
        let page = issues.finish(page)?;
        let query = OrderQuery {
            user_id,
            status: p.status.map(convert::status_in),
            page,
            sort: match p.sort {
                model::OrderSort::CreatedAt => OrderSort::CreatedAt,
                model::OrderSort::Id => OrderSort::Id,
                model::OrderSort::TotalPrice => OrderSort::TotalPrice,
            },
            order: match p.order {
                model::SortOrder::Asc => SortOrder::Asc,
                model::SortOrder::Desc => SortOrder::Desc,
            },
        };
        let found = self.list_orders(query).await?;
        let total = found.total_i64();
        let items = found.items.iter().map(convert::order).collect();
        Ok(ListOrdersResponse::Ok(model::OrderPage { total, items }))
    }

    async fn create_order(
        &self,
        request: CreateOrderRequest,
    ) -> Result<CreateOrderResponse, ApiError> {
        let Some(user_id) = caller(&request.principal).user_id else {
            return Err(forbidden("the token's subject is not a customer id"));
        };
        let b = request.body;
        let place = PlaceOrder {
            user_id,
            idempotency_key: request.params.idempotency_key,
            lines: b.items.iter().map(|i| (i.book_id, i.quantity)).collect(),
            payment_type: b.payment.type_.as_str().to_owned(),
            card_number: b.payment.card_number,
        };
        let body = convert::order(&self.place_order(place).await?);
        let location = get_order_location(body.id);
        Ok(CreateOrderResponse::Accepted { body, location })
    }

    async fn get_order(&self, request: GetOrderRequest) -> Result<GetOrderResponse, ApiError> {
        let id = order_id(request.params.id)?;
        let found = self.get_order(caller(&request.principal), id).await?;
        Ok(GetOrderResponse::Ok(convert::order(&found)))
    }

    async fn cancel_order(
        &self,
        request: CancelOrderRequest,
    ) -> Result<CancelOrderResponse, ApiError> {
        let id = order_id(request.params.id)?;
        let found = self.cancel_order(caller(&request.principal), id).await?;
        Ok(CancelOrderResponse::Accepted(convert::order(&found)))
    }
}
