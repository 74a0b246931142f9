//! The generated REST port, implemented by the use cases: each operation converts the request
//! (through [`input`], shared with gRPC), calls the use case with `?` (the kit maps its
//! [`app_kit::AppError`] to problem+json, the router checks the status against the spec) and
//! converts the result.

mod dto;

use openapi_runtime::{ApiError, Problem};

use super::input::{self, RawFilter, field, sort_order};
use super::{Payments, Viewer};
use crate::application::port::gateway::CardGateway;
use crate::application::port::openapi::{model, port::*};
use crate::application::port::repo::{PaymentSort, UnitOfWork};
use crate::domain::{PaymentId, PaymentStatus, UserId};

/// Who reads, as the bearer token says: staff (`manage`) see every payment, a customer only
/// their own (`None` when the token's subject is not a user id at all: such a caller owns none).
fn viewer(principal: &openapi_runtime::Principal) -> Viewer {
    if principal.has_role("manage") {
        Viewer::Staff
    } else {
        Viewer::Customer(UserId::parse(&principal.subject).ok())
    }
}

impl<U: UnitOfWork, G: CardGateway> PaymentApi for Payments<U, G> {
    async fn list_payments(
        &self,
        request: ListPaymentsRequest,
    ) -> Result<ListPaymentsResponse, ApiError> {
        let p = request.params;
        let user_id = p.user_id.map(|u| u.hyphenated().to_string());
        let raw = RawFilter {
            order_id: p.order_id,
            user_id: user_id.as_deref(),
            status: p.status.map(|s| PaymentStatus::parse(s.as_str())),
        };
        let (sort, order) = (
            PaymentSort::parse(p.sort.as_str()),
            sort_order(p.order.as_str()),
        );
        let query =
            input::payment_query(raw, (Some(p.limit.into()), p.offset.into()), sort, order)?;
        match self
            .list_payments(viewer(&request.principal), query)
            .await?
        {
            Ok(page) => {
                let (total, items) = (
                    page.total_i64(),
                    page.items.iter().map(dto::payment).collect(),
                );
                Ok(ListPaymentsResponse::Ok(model::PaymentPage {
                    total,
                    items,
                }))
            }
            Err(refused) => Ok(ListPaymentsResponse::Forbidden(
                Problem::new(http::StatusCode::FORBIDDEN).with_detail(refused.to_string()),
            )),
        }
    }

    async fn get_payment(
        &self,
        request: GetPaymentRequest,
    ) -> Result<GetPaymentResponse, ApiError> {
        let id = field("id", PaymentId::new(request.params.id))?;
        let found = self.get_payment(viewer(&request.principal), id).await?;
        Ok(GetPaymentResponse::Ok(dto::payment(&found)))
    }
}
