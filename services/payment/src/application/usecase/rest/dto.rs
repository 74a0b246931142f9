//! Domain values as the API's DTOs.

use crate::application::port::openapi::model;
use crate::domain::{Payment, PaymentStatus};

pub(super) fn payment(p: &Payment) -> model::Payment {
    model::Payment {
        id: p.id().get(),
        order_id: p.order_id().get(),
        user_id: p.user_id().get(),
        type_: model::PaymentType::Card,
        card_brand: p.card_brand().as_str().to_owned(),
        card_last4: p.card_last_four().as_str().to_owned(),
        amount: p.amount().get(),
        status: match p.status() {
            PaymentStatus::Paid => model::PaymentStatus::Paid,
            PaymentStatus::Refunded => model::PaymentStatus::Refunded,
            PaymentStatus::Declined => model::PaymentStatus::Declined,
        },
        paid_at: p.paid_at(),
        refunded_at: p.refunded_at(),
        failure_reason: p.failure_reason().map(str::to_owned),
        created_at: p.created_at(),
        updated_at: p.updated_at(),
    }
}
