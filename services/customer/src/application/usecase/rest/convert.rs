//! DTO <-> domain and downstream messages.

use app_kit::{Page, SortOrder};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

use crate::application::port::openapi::model;
use crate::application::port::pb::bookstore::common::v1::{Money, SortOrder as PbSortOrder};
use crate::application::port::pb::bookstore::identity::v1 as identity;
use crate::application::port::pb::bookstore::order::v1 as order;
use crate::application::port::pb::bookstore::payment::v1 as payment;
use crate::application::port::repo::Listing;
use crate::application::usecase::ListedBook;
use crate::domain::{Balance, PointTransaction};

/// A page of at most 100 from the router's already validated `limit` and `offset`.
pub(super) fn page(limit: i32, offset: i32) -> Page {
    let mut issues = app_kit::FieldIssues::default();
    Page::parse(Some(i64::from(limit)), i64::from(offset), &mut issues).unwrap_or_default()
}

pub(super) fn listing<S>(limit: i32, offset: i32, sort: S, order: model::SortOrder) -> Listing<S> {
    Listing {
        page: page(limit, offset),
        sort,
        order: sort_order(order),
    }
}

pub(super) fn sort_order(order: model::SortOrder) -> SortOrder {
    match order {
        model::SortOrder::Asc => SortOrder::Asc,
        model::SortOrder::Desc => SortOrder::Desc,
    }
}

pub(super) fn pb_sort_order(order: model::SortOrder) -> i32 {
    match order {
        model::SortOrder::Asc => PbSortOrder::Asc.into(),
        model::SortOrder::Desc => PbSortOrder::Desc.into(),
    }
}

fn time(at: Option<&prost_types::Timestamp>) -> DateTime<Utc> {
    at.and_then(|t| DateTime::from_timestamp(t.seconds, u32::try_from(t.nanos).unwrap_or(0)))
        .unwrap_or_default()
}

fn optional_time(at: Option<&prost_types::Timestamp>) -> Option<DateTime<Utc>> {
    at.map(|t| time(Some(t)))
}

fn uuid(raw: &str) -> uuid::Uuid {
    uuid::Uuid::parse_str(raw).unwrap_or_default()
}

/// `units` + `nanos` as an exact decimal with two places (`25.00`, never `25`): the API's money.
fn money(amount: Option<&Money>) -> Decimal {
    let amount = amount.copied().unwrap_or_default();
    let cents = amount
        .units
        .saturating_mul(100)
        .saturating_add(i64::from(amount.nanos / 10_000_000));
    Decimal::new(cents, 2)
}

pub(super) fn customer(user: &identity::User) -> model::Customer {
    model::Customer {
        id: uuid(&user.id),
        email: user.email.clone(),
        first_name: user.first_name.clone(),
        last_name: user.last_name.clone(),
        phone: user.phone.clone(),
        created_at: time(user.created_at.as_ref()),
        updated_at: time(user.updated_at.as_ref()),
    }
}

pub(super) fn wishlist_item(book: &ListedBook) -> model::WishlistItem {
    model::WishlistItem {
        book_id: book.entry.book_id.get(),
        title: book.title.clone(),
        available: book.title.is_some(),
        created_at: book.entry.created_at,
        updated_at: book.entry.updated_at,
    }
}

pub(super) fn point(balance: &Balance) -> model::Point {
    model::Point {
        customer_id: balance.customer_id.get(),
        balance: balance.balance,
        created_at: balance.created_at,
        updated_at: balance.updated_at,
    }
}

pub(super) fn point_transaction(t: &PointTransaction) -> model::PointTransaction {
    model::PointTransaction {
        id: t.id.get(),
        customer_id: t.customer_id.get(),
        delta: t.delta,
        reason: t.reason.clone(),
        balance_after: t.balance_after,
        created_by: t.created_by.clone(),
        created_at: t.created_at,
        updated_at: t.updated_at,
    }
}

pub(super) fn order_status(status: model::OrderStatus) -> order::OrderStatus {
    match status {
        model::OrderStatus::Pending => order::OrderStatus::Pending,
        model::OrderStatus::Paid => order::OrderStatus::Paid,
        model::OrderStatus::Confirmed => order::OrderStatus::Confirmed,
        model::OrderStatus::Shipped => order::OrderStatus::Shipped,
        model::OrderStatus::Completed => order::OrderStatus::Completed,
        model::OrderStatus::Cancelled => order::OrderStatus::Cancelled,
    }
}

fn rest_order_status(status: i32) -> model::OrderStatus {
    match order::OrderStatus::try_from(status) {
        Ok(order::OrderStatus::Paid) => model::OrderStatus::Paid,
        Ok(order::OrderStatus::Confirmed) => model::OrderStatus::Confirmed,
        Ok(order::OrderStatus::Shipped) => model::OrderStatus::Shipped,
        Ok(order::OrderStatus::Completed) => model::OrderStatus::Completed,
        Ok(order::OrderStatus::Cancelled) => model::OrderStatus::Cancelled,
        _ => model::OrderStatus::Pending,
    }
}

pub(super) fn order_sort(sort: model::OrderSort) -> i32 {
    match sort {
        model::OrderSort::CreatedAt => order::OrderSortField::CreatedAt.into(),
        model::OrderSort::Id => order::OrderSortField::Id.into(),
        model::OrderSort::TotalPrice => order::OrderSortField::TotalPrice.into(),
    }
}

pub(super) fn payment_sort(sort: model::PaymentSort) -> i32 {
    match sort {
        model::PaymentSort::CreatedAt => payment::PaymentSortField::CreatedAt.into(),
        model::PaymentSort::Id => payment::PaymentSortField::Id.into(),
        model::PaymentSort::Amount => payment::PaymentSortField::Amount.into(),
    }
}

/// An order as the REST model has it, its lines with the titles they were placed with.
pub(super) fn order(o: &order::Order) -> model::Order {
    model::Order {
        id: o.id,
        user_id: uuid(&o.user_id),
        items: o
            .items
            .iter()
            .map(|item| model::OrderItem {
                book_id: item.book_id,
                title: item.title.clone(),
                unit_price: money(item.unit_price.as_ref()),
                quantity: item.quantity,
            })
            .collect(),
        total_price: money(o.total_price.as_ref()),
        status: rest_order_status(o.status),
        steps_done: o
            .completed_steps
            .iter()
            .filter_map(|step| model::SagaStep::ALL.iter().find(|s| s.as_str() == step))
            .copied()
            .collect(),
        failure_reason: o.failure_reason.clone(),
        version: o.version,
        created_at: time(o.created_at.as_ref()),
        updated_at: time(o.updated_at.as_ref()),
    }
}

pub(super) fn payment(p: &payment::Payment) -> model::Payment {
    model::Payment {
        id: p.id,
        order_id: p.order_id,
        user_id: uuid(&p.user_id),
        type_: model::PaymentType::Card,
        card_brand: p.card_brand.clone(),
        card_last4: p.card_last_four.clone(),
        amount: money(p.amount.as_ref()),
        status: match payment::PaymentStatus::try_from(p.status) {
            Ok(payment::PaymentStatus::Refunded) => model::PaymentStatus::Refunded,
            Ok(payment::PaymentStatus::Declined) => model::PaymentStatus::Declined,
            _ => model::PaymentStatus::Paid,
        },
        paid_at: optional_time(p.paid_at.as_ref()),
        refunded_at: optional_time(p.refunded_at.as_ref()),
        failure_reason: None,
        created_at: time(p.created_at.as_ref()),
        updated_at: time(p.updated_at.as_ref()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_always_has_two_places() {
        let whole = Money {
            units: 25,
            nanos: 0,
        };
        assert_eq!(money(Some(&whole)).to_string(), "25.00");
        let cents = Money {
            units: 47,
            nanos: 990_000_000,
        };
        assert_eq!(money(Some(&cents)).to_string(), "47.99");
    }
}
