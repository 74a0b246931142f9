//! Outbound ports to the services customer is a façade over: identity (the profile), catalog
//! (book titles), order and payment (the customer's history).
//!
//! They speak the downstreams' own protobuf messages: customer keeps no model of users, orders
//! or payments of its own, it passes them through, so a second set of types would only be
//! copied field by field. The adapters own the transport (timeouts, the caller's token,
//! status codes); the use cases own who may see what.

use std::collections::HashMap;
use std::future::Future;

use crate::application::port::pb::bookstore::identity::v1 as identity;
use crate::application::port::pb::bookstore::order::v1 as order;
use crate::application::port::pb::bookstore::payment::v1 as payment;
use crate::domain::{BookId, CustomerId};

/// One invalid field as the downstream named it (`user.first_name`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub field: String,
    pub description: String,
}

/// A downstream call failed.
#[derive(Debug, thiserror::Error)]
pub enum DownstreamError {
    #[error("{service} has no such record")]
    NotFound { service: &'static str },
    #[error("{service} refused the values")]
    Invalid {
        service: &'static str,
        violations: Vec<Violation>,
        message: String,
    },
    #[error("{service} refused the change: {message}")]
    Conflict {
        service: &'static str,
        message: String,
    },
    /// Down, unreachable, overloaded or too slow: the same call may succeed shortly.
    #[error("{service} cannot answer right now")]
    Unavailable {
        service: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// The caller's own token, forwarded, was refused (UNAUTHENTICATED): e.g. its session was
    /// signed out after the token was issued, which only its issuer knows.
    #[error("{service} refused the caller's credentials: {message}")]
    Unauthenticated {
        service: &'static str,
        message: String,
    },
    /// The caller may not do this (PERMISSION_DENIED), by the downstream's own rules.
    #[error("{service} refused the caller: {message}")]
    Forbidden {
        service: &'static str,
        message: String,
    },
    /// Anything else (an internal error of the peer): not the client's doing.
    #[error("{service} failed the call")]
    Failed {
        service: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// Identity's users, asked with the caller's own token (identity decides again who may).
pub trait Directory: Send + Sync + 'static {
    fn list_users(
        &self,
        request: identity::ListUsersRequest,
    ) -> impl Future<Output = Result<identity::ListUsersResponse, DownstreamError>> + Send;

    fn get_user(
        &self,
        id: CustomerId,
    ) -> impl Future<Output = Result<identity::User, DownstreamError>> + Send;

    fn update_user(
        &self,
        request: identity::UpdateUserRequest,
    ) -> impl Future<Output = Result<identity::User, DownstreamError>> + Send;

    fn delete_user(
        &self,
        id: CustomerId,
    ) -> impl Future<Output = Result<(), DownstreamError>> + Send;
}

/// The titles the catalog has for some books, and the ids it does not know.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Titles {
    pub found: HashMap<BookId, String>,
    pub missing: Vec<BookId>,
}

/// Catalog's books.
pub trait Books: Send + Sync + 'static {
    /// Titles of `ids` (distinct), in one batch call per 100 ids.
    fn titles(
        &self,
        ids: &[BookId],
    ) -> impl Future<Output = Result<Titles, DownstreamError>> + Send;
}

/// Order's orders (internal: order trusts the caller, so the use case scopes every request).
pub trait Orders: Send + Sync + 'static {
    fn list_orders(
        &self,
        request: order::ListOrdersRequest,
    ) -> impl Future<Output = Result<order::ListOrdersResponse, DownstreamError>> + Send;

    fn get_order(
        &self,
        id: i64,
    ) -> impl Future<Output = Result<order::Order, DownstreamError>> + Send;
}

/// Payment's payments (internal, scoped by the use case like orders).
pub trait Payments: Send + Sync + 'static {
    fn list_payments(
        &self,
        request: payment::ListPaymentsRequest,
    ) -> impl Future<Output = Result<payment::ListPaymentsResponse, DownstreamError>> + Send;

    fn get_payment(
        &self,
        id: i64,
    ) -> impl Future<Output = Result<payment::Payment, DownstreamError>> + Send;
}

/// Every downstream customer needs, as one value.
pub trait Downstreams: Directory + Books + Orders + Payments {}

impl<T: Directory + Books + Orders + Payments> Downstreams for T {}
