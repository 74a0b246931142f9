//! The gRPC server adapter for `bookstore.payment.v1.PaymentService`: decode the message into
//! the use case's input (through the shared [`input`]), call the use case, encode the answer;
//! a failure is the kit's one mapping `Status::from(AppError)`, applied by `?`. The service is
//! internal (order and customer call it) and carries no token, like inventory's.

mod convert;

use std::sync::Arc;

use tonic::{Request, Response, Status};

use crate::application::port::gateway::CardGateway;
use crate::application::port::pb::bookstore::payment::v1 as pb;
use crate::application::port::pb::bookstore::payment::v1::payment_service_server::{
    PaymentService, PaymentServiceServer,
};
use crate::application::port::repo::UnitOfWork;
use crate::application::usecase::input::{self, RawFilter, field};
use crate::application::usecase::{Payments, Viewer};
use crate::domain::PaymentId;

/// Serves the payment RPCs over the use cases.
pub struct PaymentGrpc<U, G>(Arc<Payments<U, G>>);

impl<U: UnitOfWork, G: CardGateway> PaymentGrpc<U, G> {
    pub fn new(payments: Arc<Payments<U, G>>) -> Self {
        Self(payments)
    }

    /// The tonic service, ready to add to the server's routes.
    pub fn into_server(self) -> PaymentServiceServer<Self> {
        PaymentServiceServer::new(self)
    }
}

#[tonic::async_trait]
impl<U: UnitOfWork, G: CardGateway> PaymentService for PaymentGrpc<U, G> {
    async fn tokenize_card(
        &self,
        request: Request<pb::TokenizeCardRequest>,
    ) -> Result<Response<pb::TokenizeCardResponse>, Status> {
        let r = request.into_inner();
        let (number, customer) = input::card(&r.card_number, &r.user_id)?;
        let card = self.0.tokenize_card(&number, customer).await?;
        Ok(Response::new(pb::TokenizeCardResponse {
            card_token: card.token.as_str().to_owned(),
            card_brand: card.brand.as_str().to_owned(),
            card_last_four: card.last_four.as_str().to_owned(),
        }))
    }

    async fn list_payments(
        &self,
        request: Request<pb::ListPaymentsRequest>,
    ) -> Result<Response<pb::ListPaymentsResponse>, Status> {
        let r = request.into_inner();
        let raw = RawFilter {
            order_id: r.order_id,
            user_id: r.user_id.as_deref(),
            status: convert::status(r.status),
        };
        let page = (convert::limit(r.limit), r.offset.into());
        let query =
            input::payment_query(raw, page, convert::sort(r.sort), convert::order(r.order))?;
        // Internal callers (order, customer) filter by the user themselves: they see everything.
        let Ok(page) = self.0.list_payments(Viewer::Staff, query).await? else {
            return Err(Status::internal("staff may list every payment"));
        };
        let total = page.total_i64();
        let payments = page.items.iter().map(convert::payment).collect();
        Ok(Response::new(pb::ListPaymentsResponse { total, payments }))
    }

    async fn get_payment(
        &self,
        request: Request<pb::GetPaymentRequest>,
    ) -> Result<Response<pb::GetPaymentResponse>, Status> {
        let id = field("id", PaymentId::new(request.get_ref().id))?;
        let payment = self.0.get_payment(Viewer::Staff, id).await?;
        Ok(Response::new(pb::GetPaymentResponse {
            payment: Some(convert::payment(&payment)),
        }))
    }
}
