// Generated from api/payment/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 0720a89cd3b1c1ce-47a28da50f5d1b95
//! The inbound port of Bookstore Payment API: one typed request and response per operation, and the
//! `PaymentApi` trait the service implements.
//!
//! Card payments made by the order saga, one per order, and their refunds. Customers read their own payments (role `view`); staff (`manage`) read all. Payments are created and refunded only by the saga, never through this API.
//!
//! Errors are RFC 9457 problem details (`application/problem+json`): 400 for malformed input, 422 for input that breaks a rule (with one `errors` entry per field), 401 without a valid bearer token, 403 without the needed role, 503 (with `Retry-After`) while the database is busy. Lists take `limit`, `offset`, `sort` and `order` and answer `{total, items}`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::ApiError;

/// Parameters of `list_payments` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPaymentsParams {
    /// Only the payment of this order.
    pub order_id: Option<i64>,
    /// Only this customer's payments. Staff only: a customer passing another id gets a 403.
    pub user_id: Option<uuid::Uuid>,
    /// Only payments in this status.
    pub status: Option<model::PaymentStatus>,
    /// The largest number of items to return.
    pub limit: i32,
    /// How many matching items to skip before the first one returned.
    pub offset: i32,
    /// The field payments are sorted by.
    pub sort: model::PaymentSort,
    /// The sort direction.
    pub order: model::SortOrder,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for ListPaymentsParams {
    fn default() -> Self {
        Self {
            order_id: None,
            user_id: None,
            status: None,
            limit: 10,
            offset: 0,
            sort: model::PaymentSort::CreatedAt,
            order: model::SortOrder::Desc,
        }
    }
}

impl openapi_runtime::Validate for ListPaymentsParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.order_id {
            let ptr = format!("{pointer}/query/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.limit;
            let ptr = format!("{pointer}/query/limit");
            violations.check_minimum(&ptr, *value, 1, false);
            violations.check_maximum(&ptr, *value, 100, false);
        }
        {
            let value = &self.offset;
            let ptr = format!("{pointer}/query/offset");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// The request of `list_payments`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPaymentsRequest {
    pub params: ListPaymentsParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `list_payments` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPaymentsResponse {
    /// 200: One page of payments.
    Ok(model::PaymentPage),
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
    /// 401: No bearer token was sent, or it is invalid or expired (or, when signing in, the credentials are wrong).
    Unauthorized {
        body: openapi_runtime::Problem,
        www_authenticate: String,
    },
    /// 403: The caller is authenticated but lacks the role this operation needs, or acts on data that is not theirs.
    Forbidden(openapi_runtime::Problem),
    /// 422: The request is well-formed but not valid; `errors` points at each invalid field or parameter.
    UnprocessableEntity(openapi_runtime::Problem),
    /// 500: The service failed unexpectedly; nothing a client does can cause this. The details are logged, not returned.
    InternalServerError(openapi_runtime::Problem),
    /// 503: The service is too busy to complete the request right now (its database stayed locked by other writes, or a dependency it needs did not answer). Nothing was changed; send the same request again after the number of seconds in `Retry-After`.
    ServiceUnavailable {
        body: openapi_runtime::Problem,
        retry_after: Option<i64>,
    },
}

impl ListPaymentsResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Parameters of `get_payment` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPaymentParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for GetPaymentParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `get_payment`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPaymentRequest {
    pub params: GetPaymentParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `get_payment` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPaymentResponse {
    /// 200: The payment.
    Ok(model::Payment),
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
    /// 401: No bearer token was sent, or it is invalid or expired (or, when signing in, the credentials are wrong).
    Unauthorized {
        body: openapi_runtime::Problem,
        www_authenticate: String,
    },
    /// 403: The caller is authenticated but lacks the role this operation needs, or acts on data that is not theirs.
    Forbidden(openapi_runtime::Problem),
    /// 404: No resource with this id exists (or it is not visible to the caller).
    NotFound(openapi_runtime::Problem),
    /// 422: The request is well-formed but not valid; `errors` points at each invalid field or parameter.
    UnprocessableEntity(openapi_runtime::Problem),
    /// 500: The service failed unexpectedly; nothing a client does can cause this. The details are logged, not returned.
    InternalServerError(openapi_runtime::Problem),
    /// 503: The service is too busy to complete the request right now (its database stayed locked by other writes, or a dependency it needs did not answer). Nothing was changed; send the same request again after the number of seconds in `Retry-After`.
    ServiceUnavailable {
        body: openapi_runtime::Problem,
        retry_after: Option<i64>,
    },
}

impl GetPaymentResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// The path `get_payment` reads, for a `Location` header.
pub fn get_payment_location(id: i64) -> String {
    format!(
        "/api/v1/payments/{}",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Bookstore Payment API: implemented by the service's use cases, called by the generated router.
pub trait PaymentApi: Send + Sync + 'static {
    /// List payments
    ///
    /// Lists the caller's payments (those whose `user_id` is the token's subject); staff (`manage`) see everyone's and may filter by `user_id`. A customer passing a `user_id` other than their own gets a 403.
    fn list_payments(
        &self,
        request: ListPaymentsRequest,
    ) -> impl Future<Output = Result<ListPaymentsResponse, ApiError>> + Send;
    /// Get a payment
    ///
    /// Returns a payment. A customer sees only their own; another customer's payment is a 404.
    fn get_payment(
        &self,
        request: GetPaymentRequest,
    ) -> impl Future<Output = Result<GetPaymentResponse, ApiError>> + Send;
}
