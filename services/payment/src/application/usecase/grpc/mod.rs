//! The generated gRPC port (`PaymentRpc` of `bookstore.payment.v1`) implemented by the use
//! cases: decode the message into the use case's input (through the shared [`input`]), call the
//! use case, encode the answer; the generated adapter (`port::pb::server`) answers a failure with
//! `Status::from(AppError)`, the application kit's one mapping. The service is internal (order and
//! customer call it) and carries no token, like inventory's: callers act as staff.

mod convert;

use app_kit::AppError;

use super::input::{self, RawFilter, field};
use super::{Payments, Viewer};
use crate::application::port::gateway::CardGateway;
use crate::application::port::pb::bookstore::payment::v1 as pb;
use crate::application::port::pb::port::{PaymentRpc, Reply};
use crate::application::port::repo::UnitOfWork;
use crate::domain::PaymentId;

impl<U: UnitOfWork, G: CardGateway> PaymentRpc for Payments<U, G> {
    async fn tokenize_card(
        &self,
        request: pb::TokenizeCardRequest,
    ) -> Reply<pb::TokenizeCardResponse> {
        let (number, customer) = input::card(&request.card_number, &request.user_id)?;
        let card = self.tokenize_card(&number, customer).await?;
        Ok(pb::TokenizeCardResponse {
            card_token: card.token.as_str().to_owned(),
            card_brand: card.brand.as_str().to_owned(),
            card_last_four: card.last_four.as_str().to_owned(),
        })
    }

    async fn list_payments(
        &self,
        request: pb::ListPaymentsRequest,
    ) -> Reply<pb::ListPaymentsResponse> {
        let raw = RawFilter {
            order_id: request.order_id,
            user_id: request.user_id.as_deref(),
            status: convert::status(request.status),
        };
        let page = (convert::limit(request.limit), request.offset.into());
        let (sort, order) = (convert::sort(request.sort), convert::order(request.order));
        let query = input::payment_query(raw, page, sort, order)?;
        // Internal callers (order, customer) filter by the user themselves: they see everything.
        let Ok(page) = self.list_payments(Viewer::Staff, query).await? else {
            return Err(AppError::unexpected("staff may list every payment"));
        };
        let total = page.total_i64();
        let payments = page.items.iter().map(convert::payment).collect();
        Ok(pb::ListPaymentsResponse { total, payments })
    }

    async fn get_payment(&self, request: pb::GetPaymentRequest) -> Reply<pb::GetPaymentResponse> {
        let id = field("id", PaymentId::new(request.id))?;
        let payment = self.get_payment(Viewer::Staff, id).await?;
        let payment = Some(convert::payment(&payment));
        Ok(pb::GetPaymentResponse { payment })
    }
}
