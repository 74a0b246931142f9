//! Orders as protobuf messages, and a list request as the use case's query.

use app_kit::{AppError, FieldIssues, Page, SortOrder};
use uuid::Uuid;

use crate::application::port::pb::bookstore::common::v1::{Money, SortOrder as PbSortOrder};
use crate::application::port::pb::bookstore::order::v1 as pb;
use crate::application::port::repo::{OrderQuery, OrderSort};
use crate::domain::{Order, OrderStatus, money};

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

pub(super) fn pb_order(order: &Order) -> pb::Order {
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

pub(super) fn list_query(req: pb::ListOrdersRequest) -> Result<OrderQuery, AppError> {
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
