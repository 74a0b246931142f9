//! gRPC clients of identity, catalog, order and payment behind the downstream ports. Every call
//! is bounded by the call timeout; a downstream that is down, refuses connections or answers too
//! late is [`DownstreamError::Unavailable`] (a 503 with `Retry-After` at the REST edge).

mod calls;

use std::time::Duration;

use service_kit::grpc::channel::ChannelError;
use service_kit::grpc::{ChannelOptions, DownstreamHealth, TracedChannel, channel};
use tonic::Request;

use crate::application::port::downstream::{
    Books, Directory, DownstreamError, Orders, Payments, Titles,
};
use crate::application::port::pb::bookstore::catalog::v1::GetBooksRequest;
use crate::application::port::pb::bookstore::catalog::v1::book_service_client::BookServiceClient;
use crate::application::port::pb::bookstore::identity::v1 as identity;
use crate::application::port::pb::bookstore::identity::v1::user_service_client::UserServiceClient;
use crate::application::port::pb::bookstore::order::v1 as order;
use crate::application::port::pb::bookstore::order::v1::order_service_client::OrderServiceClient;
use crate::application::port::pb::bookstore::payment::v1 as payment;
use crate::application::port::pb::bookstore::payment::v1::payment_service_client::PaymentServiceClient;
use crate::domain::{BookId, CustomerId};
use calls::{bounded, missing_field};

/// The most ids catalog's `GetBooks` takes in one call.
const CATALOG_BATCH: usize = 100;

/// The endpoints of the four downstreams.
#[derive(Debug, Clone)]
pub struct Endpoints<'a> {
    pub identity: &'a str,
    pub catalog: &'a str,
    pub order: &'a str,
    pub payment: &'a str,
}

/// The four clients over lazily connected channels.
#[derive(Clone)]
pub struct GrpcDownstreams {
    identity: UserServiceClient<TracedChannel>,
    catalog: BookServiceClient<TracedChannel>,
    order: OrderServiceClient<TracedChannel>,
    payment: PaymentServiceClient<TracedChannel>,
    channels: [(&'static str, TracedChannel); 4],
    timeout: Duration,
}

impl GrpcDownstreams {
    /// # Errors
    /// An endpoint that is not a valid URI.
    pub fn connect_lazy(
        endpoints: &Endpoints<'_>,
        timeout: Duration,
    ) -> Result<Self, ChannelError> {
        let options = ChannelOptions {
            connect_timeout: timeout,
            request_timeout: timeout,
        };
        let identity = channel(endpoints.identity, options)?;
        let catalog = channel(endpoints.catalog, options)?;
        let order = channel(endpoints.order, options)?;
        let payment = channel(endpoints.payment, options)?;
        Ok(Self {
            identity: UserServiceClient::new(identity.clone()),
            catalog: BookServiceClient::new(catalog.clone()),
            order: OrderServiceClient::new(order.clone()),
            payment: PaymentServiceClient::new(payment.clone()),
            channels: [
                ("identity", identity),
                ("catalog", catalog),
                ("order", order),
                ("payment", payment),
            ],
            timeout,
        })
    }

    /// One readiness check per downstream, named after it, asking its gRPC health service.
    pub fn health_checks(&self) -> Vec<DownstreamHealth> {
        self.channels
            .iter()
            .map(|(name, channel)| DownstreamHealth::new(*name, "", channel.clone()))
            .collect()
    }

    /// A request to identity carrying the caller's token: identity authorizes the caller itself.
    fn as_caller<T>(message: T) -> Request<T> {
        let mut request = Request::new(message);
        service_kit::grpc::forward::forward_bearer(request.metadata_mut());
        request
    }
}

impl Directory for GrpcDownstreams {
    async fn list_users(
        &self,
        request: identity::ListUsersRequest,
    ) -> Result<identity::ListUsersResponse, DownstreamError> {
        let mut client = self.identity.clone();
        let call = client.list_users(Self::as_caller(request));
        bounded("identity", self.timeout, call).await
    }

    async fn get_user(&self, id: CustomerId) -> Result<identity::User, DownstreamError> {
        let mut client = self.identity.clone();
        let request = identity::GetUserRequest { id: id.to_string() };
        let call = client.get_user(Self::as_caller(request));
        let response = bounded("identity", self.timeout, call).await?;
        response
            .user
            .ok_or_else(|| missing_field("identity", "user"))
    }

    async fn update_user(
        &self,
        request: identity::UpdateUserRequest,
    ) -> Result<identity::User, DownstreamError> {
        let mut client = self.identity.clone();
        let call = client.update_user(Self::as_caller(request));
        let response = bounded("identity", self.timeout, call).await?;
        response
            .user
            .ok_or_else(|| missing_field("identity", "user"))
    }

    async fn delete_user(&self, id: CustomerId) -> Result<(), DownstreamError> {
        let mut client = self.identity.clone();
        let request = identity::DeleteUserRequest { id: id.to_string() };
        let call = client.delete_user(Self::as_caller(request));
        bounded("identity", self.timeout, call).await.map(|_| ())
    }
}

impl Books for GrpcDownstreams {
    async fn titles(&self, ids: &[BookId]) -> Result<Titles, DownstreamError> {
        let mut titles = Titles::default();
        for batch in ids.chunks(CATALOG_BATCH) {
            let mut client = self.catalog.clone();
            let request = GetBooksRequest {
                ids: batch.iter().map(|id| id.get()).collect(),
            };
            let response = bounded("catalog", self.timeout, client.get_books(request)).await?;
            for book in response.books {
                if let Ok(id) = BookId::new(book.id) {
                    titles.found.insert(id, book.title);
                }
            }
            titles.missing.extend(
                response
                    .missing_ids
                    .into_iter()
                    .filter_map(|id| BookId::new(id).ok()),
            );
        }
        Ok(titles)
    }
}

impl Orders for GrpcDownstreams {
    async fn list_orders(
        &self,
        request: order::ListOrdersRequest,
    ) -> Result<order::ListOrdersResponse, DownstreamError> {
        let mut client = self.order.clone();
        bounded("order", self.timeout, client.list_orders(request)).await
    }

    async fn get_order(&self, id: i64) -> Result<order::Order, DownstreamError> {
        let mut client = self.order.clone();
        let call = client.get_order(order::GetOrderRequest { id });
        let response = bounded("order", self.timeout, call).await?;
        response
            .order
            .ok_or_else(|| missing_field("order", "order"))
    }
}

impl Payments for GrpcDownstreams {
    async fn list_payments(
        &self,
        request: payment::ListPaymentsRequest,
    ) -> Result<payment::ListPaymentsResponse, DownstreamError> {
        let mut client = self.payment.clone();
        bounded("payment", self.timeout, client.list_payments(request)).await
    }

    async fn get_payment(&self, id: i64) -> Result<payment::Payment, DownstreamError> {
        let mut client = self.payment.clone();
        let call = client.get_payment(payment::GetPaymentRequest { id });
        let response = bounded("payment", self.timeout, call).await?;
        response
            .payment
            .ok_or_else(|| missing_field("payment", "payment"))
    }
}
