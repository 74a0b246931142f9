//! gRPC server of `bookstore.order.v1.OrderService` (internal, no token): decode, call the use
//! case as staff, encode (failures are `Status::from(AppError)`).

use std::sync::Arc;

use app_kit::{AppError, FieldIssues, Page, SortOrder};
use tonic::{Request, Response, Status};
use uuid::Uuid;

use crate::application::port::books::BookPrices;
use crate::application::port::cards::CardVault;
use crate::application::port::pb::bookstore::common::v1::{Money, SortOrder as PbSortOrder};
use crate::application::port::pb::bookstore::order::v1 as pb;
use crate::application::port::pb::bookstore::order::v1::order_service_server::{
    OrderService, OrderServiceServer,
};
use crate::application::port::repo::{OrderQuery, OrderSort, OrderStore};
use crate::application::port::workflow::Saga;
use crate::application::usecase::{Caller, Orders};
use crate::domain::{Order, OrderId, OrderStatus, money};

/// The gRPC face of the order service.
pub struct OrderGrpc<S, B, C, W> {
    orders: Arc<Orders<S, B, C, W>>,
}

impl<S, B, C, W> Clone for OrderGrpc<S, B, C, W> {
    fn clone(&self) -> Self {
        Self {
            orders: Arc::clone(&self.orders),
        }
    }
}

const INTERNAL: Caller = Caller {
    user_id: None,
    staff: true,
};

impl<S, B, C, W> OrderGrpc<S, B, C, W>
where
    S: OrderStore,
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    pub fn new(orders: Arc<Orders<S, B, C, W>>) -> Self {
        Self { orders }
    }

    pub fn routes(&self) -> tonic::service::Routes {
        tonic::service::Routes::new(OrderServiceServer::new(self.clone()))
    }
}

fn pb_money(amount: rust_decimal::Decimal) -> Money {
    let cents = (money(amount) * rust_decimal::Decimal::ONE_HUNDRED)
        .trunc()
        .mantissa();
    let cents = i64::try_from(cents).unwrap_or(i64::MAX);
    Money {
        units: cents / 100,
        nanos: i32::try_from((cents % 100) * 10_000_000).unwrap_or(0),
    }
}

fn pb_status(status: OrderStatus) -> pb::OrderStatus {
    match status {
        OrderStatus::Pending => pb::OrderStatus::Pending,
        OrderStatus::Paid => pb::OrderStatus::Paid,
        OrderStatus::Confirmed => pb::OrderStatus::Confirmed,
        OrderStatus::Shipped => pb::OrderStatus::Shipped,
        OrderStatus::Completed => pb::OrderStatus::Completed,
        OrderStatus::Cancelled => pb::OrderStatus::Cancelled,
    }
}

fn timestamp(at: chrono::DateTime<chrono::Utc>) -> prost_types::Timestamp {
    prost_types::Timestamp {
        seconds: at.timestamp(),
        nanos: i32::try_from(at.timestamp_subsec_nanos()).unwrap_or(0),
    }
}

fn pb_order(order: &Order) -> pb::Order {
    pb::Order {
        id: order.id.get(),
        user_id: order.user_id.to_string(),
        items: order
            .items
            .iter()
            .map(|i| pb::OrderItem {
                book_id: i.book_id,
                unit_price: Some(pb_money(i.unit_price)),
                quantity: i.quantity,
                title: i.title.clone(),
            })
            .collect(),
        total_price: Some(pb_money(order.total)),
        status: pb_status(order.status).into(),
        completed_steps: order
            .steps_done
            .iter()
            .map(|s| s.as_str().to_owned())
            .collect(),
        failure_reason: order.failure_reason.clone(),
        version: order.version.get(),
        created_at: Some(timestamp(order.created_at)),
        updated_at: Some(timestamp(order.updated_at)),
    }
}

fn list_query(req: pb::ListOrdersRequest) -> Result<OrderQuery, AppError> {
    let mut issues = FieldIssues::default();
    let limit = (req.limit != 0).then_some(i64::from(req.limit));
    let page = Page::parse(limit, i64::from(req.offset), &mut issues);
    let user_id = match req.user_id.as_deref() {
        None => None,
        Some(raw) => match Uuid::parse_str(raw) {
            Ok(id) => Some(id),
            Err(_) => {
                issues.add("user_id", "must be a UUID");
                None
            }
        },
    };
    let status = match pb::OrderStatus::try_from(req.status) {
        Ok(pb::OrderStatus::Unspecified) => None,
        Ok(pb::OrderStatus::Pending) => Some(OrderStatus::Pending),
        Ok(pb::OrderStatus::Paid) => Some(OrderStatus::Paid),
        Ok(pb::OrderStatus::Confirmed) => Some(OrderStatus::Confirmed),
        Ok(pb::OrderStatus::Shipped) => Some(OrderStatus::Shipped),
        Ok(pb::OrderStatus::Completed) => Some(OrderStatus::Completed),
        Ok(pb::OrderStatus::Cancelled) => Some(OrderStatus::Cancelled),
        Err(_) => {
            issues.add("status", "is not an order status");
            None
        }
    };
    let sort = match pb::OrderSortField::try_from(req.sort) {
        Ok(pb::OrderSortField::Unspecified | pb::OrderSortField::CreatedAt) => OrderSort::CreatedAt,
        Ok(pb::OrderSortField::Id) => OrderSort::Id,
        Ok(pb::OrderSortField::TotalPrice) => OrderSort::TotalPrice,
        Err(_) => {
            issues.add("sort", "is not a sort field");
            OrderSort::CreatedAt
        }
    };
    let order = match PbSortOrder::try_from(req.order) {
        Ok(PbSortOrder::Asc) => SortOrder::Asc,
        Ok(PbSortOrder::Unspecified | PbSortOrder::Desc) => SortOrder::Desc,
        Err(_) => {
            issues.add("order", "is not a sort order");
            SortOrder::Desc
        }
    };
    let page = issues.finish(page)?;
    Ok(OrderQuery {
        user_id,
        status,
        page,
        sort,
        order,
    })
}

#[tonic::async_trait]
impl<S, B, C, W> OrderService for OrderGrpc<S, B, C, W>
where
    S: OrderStore,
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    async fn list_orders(
        &self,
        request: Request<pb::ListOrdersRequest>,
    ) -> Result<Response<pb::ListOrdersResponse>, Status> {
        let query = list_query(request.into_inner())?;
        let found = self.orders.list_orders(query).await?;
        Ok(Response::new(pb::ListOrdersResponse {
            total: found.total_i64(),
            orders: found.items.iter().map(pb_order).collect(),
        }))
    }

    async fn get_order(
        &self,
        request: Request<pb::GetOrderRequest>,
    ) -> Result<Response<pb::GetOrderResponse>, Status> {
        let id = OrderId::new(request.into_inner().id).map_err(|e| AppError::invalid("id", e))?;
        let found = self.orders.get_order(INTERNAL, id).await?;
        Ok(Response::new(pb::GetOrderResponse {
            order: Some(pb_order(&found)),
        }))
    }
}
