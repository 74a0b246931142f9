//! Domain orders as the API's DTOs, and the API's status as the domain's.

use crate::application::port::openapi::model;
use crate::domain::{Order, OrderStatus, SagaStep, money};

pub(super) fn status_in(status: model::OrderStatus) -> OrderStatus {
    match status {
        model::OrderStatus::Pending => OrderStatus::Pending,
        model::OrderStatus::Paid => OrderStatus::Paid,
        model::OrderStatus::Confirmed => OrderStatus::Confirmed,
        model::OrderStatus::Shipped => OrderStatus::Shipped,
        model::OrderStatus::Completed => OrderStatus::Completed,
        model::OrderStatus::Cancelled => OrderStatus::Cancelled,
    }
}

fn status_out(status: OrderStatus) -> model::OrderStatus {
    match status {
        OrderStatus::Pending => model::OrderStatus::Pending,
        OrderStatus::Paid => model::OrderStatus::Paid,
        OrderStatus::Confirmed => model::OrderStatus::Confirmed,
        OrderStatus::Shipped => model::OrderStatus::Shipped,
        OrderStatus::Completed => model::OrderStatus::Completed,
        OrderStatus::Cancelled => model::OrderStatus::Cancelled,
    }
}

fn step(step: SagaStep) -> model::SagaStep {
    match step {
        SagaStep::PlaceOrder => model::SagaStep::PlaceOrder,
        SagaStep::MakePayment => model::SagaStep::MakePayment,
        SagaStep::ChangeOrderStatus => model::SagaStep::ChangeOrderStatus,
        SagaStep::ReserveInventory => model::SagaStep::ReserveInventory,
        SagaStep::ConfirmOrder => model::SagaStep::ConfirmOrder,
        SagaStep::ReleaseInventory => model::SagaStep::ReleaseInventory,
        SagaStep::RefundPayment => model::SagaStep::RefundPayment,
        SagaStep::CancelOrder => model::SagaStep::CancelOrder,
    }
}

pub(super) fn order(order: &Order) -> model::Order {
    model::Order {
        id: order.id.get(),
        user_id: order.user_id,
        items: order
            .items
            .iter()
            .map(|i| model::OrderItem {
                book_id: i.book_id,
                title: i.title.clone(),
                unit_price: money(i.unit_price),
                quantity: i.quantity,
            })
            .collect(),
        total_price: money(order.total),
        status: status_out(order.status),
        steps_done: order.steps_done.iter().copied().map(step).collect(),
        failure_reason: order.failure_reason.clone(),
        version: order.version.get(),
        created_at: order.created_at,
        updated_at: order.updated_at,
    }
}
