//! Domain values as protobuf messages, and the protobuf enums as the use cases' input.

use app_kit::{SortOrder, ValueError};
use chrono::{DateTime, Utc};

use crate::application::port::pb::bookstore::common::v1::{
    Money as PbMoney, SortOrder as PbSortOrder,
};
use crate::application::port::pb::bookstore::payment::v1 as pb;
use crate::application::port::repo::PaymentSort;
use crate::domain::{Amount, Payment, PaymentStatus};

/// The page size when a request leaves `limit` at 0, as proto3 leaves every unset number.
pub(super) fn limit(raw: i32) -> Option<i64> {
    (raw != 0).then_some(i64::from(raw))
}

pub(super) fn sort(raw: i32) -> Result<PaymentSort, ValueError> {
    match pb::PaymentSortField::try_from(raw) {
        Ok(pb::PaymentSortField::Unspecified | pb::PaymentSortField::CreatedAt) => {
            Ok(PaymentSort::CreatedAt)
        }
        Ok(pb::PaymentSortField::Id) => Ok(PaymentSort::Id),
        Ok(pb::PaymentSortField::Amount) => Ok(PaymentSort::Amount),
        Err(_) => Err(ValueError::Rule("is not a known sort field")),
    }
}

pub(super) fn order(raw: i32) -> Result<SortOrder, ValueError> {
    match PbSortOrder::try_from(raw) {
        Ok(PbSortOrder::Unspecified | PbSortOrder::Desc) => Ok(SortOrder::Desc),
        Ok(PbSortOrder::Asc) => Ok(SortOrder::Asc),
        Err(_) => Err(ValueError::Rule("is not a known sort order")),
    }
}

/// A status filter; `UNSPECIFIED` is none.
pub(super) fn status(raw: i32) -> Option<Result<PaymentStatus, ValueError>> {
    match pb::PaymentStatus::try_from(raw) {
        Ok(pb::PaymentStatus::Unspecified) => None,
        Ok(pb::PaymentStatus::Paid) => Some(Ok(PaymentStatus::Paid)),
        Ok(pb::PaymentStatus::Refunded) => Some(Ok(PaymentStatus::Refunded)),
        Ok(pb::PaymentStatus::Declined) => Some(Ok(PaymentStatus::Declined)),
        Err(_) => Some(Err(ValueError::Rule("is not a known payment status"))),
    }
}

fn timestamp(at: DateTime<Utc>) -> prost_types::Timestamp {
    prost_types::Timestamp {
        seconds: at.timestamp(),
        // Nanoseconds below one second always fit i32.
        nanos: i32::try_from(at.timestamp_subsec_nanos()).unwrap_or(0),
    }
}

/// Two-place money as `units` + `nanos` (47.99 → 47, 990000000).
fn money(amount: Amount) -> PbMoney {
    let cents = amount.cents();
    PbMoney {
        units: cents / 100,
        nanos: i32::try_from((cents % 100) * 10_000_000).unwrap_or(0),
    }
}

pub(super) fn payment(p: &Payment) -> pb::Payment {
    let status = match p.status() {
        PaymentStatus::Paid => pb::PaymentStatus::Paid,
        PaymentStatus::Refunded => pb::PaymentStatus::Refunded,
        PaymentStatus::Declined => pb::PaymentStatus::Declined,
    };
    pb::Payment {
        id: p.id().get(),
        order_id: p.order_id().get(),
        user_id: p.user_id().to_string(),
        r#type: pb::PaymentType::Card as i32,
        card_brand: p.card_brand().as_str().to_owned(),
        card_last_four: p.card_last_four().as_str().to_owned(),
        amount: Some(money(p.amount())),
        status: status as i32,
        paid_at: p.paid_at().map(timestamp),
        refunded_at: p.refunded_at().map(timestamp),
        created_at: Some(timestamp(p.created_at())),
        updated_at: Some(timestamp(p.updated_at())),
    }
}
