// Generated from api/order/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 8a7e1f880e4d8fb2-b119e09b44ad2a63
//! The inbound port of Bookstore Order API: one typed request and response per operation, and the
//! `OrderApi` trait the service implements.
//!
//! Orders and their lines. Placing an order starts the order saga (payment, then stock reservation), which runs asynchronously: the order is answered `202 Accepted` and its status and `steps_done` show the saga's progress. Customers place (role `order`) and read (role `view`) their own orders; staff (`manage`) read and cancel any.
//!
//! Errors are RFC 9457 problem details (`application/problem+json`): 400 for malformed input, 422 for input that breaks a rule (with one `errors` entry per field), 401 without a valid bearer token, 403 without the needed role, 409 for conflicts. Lists take `limit`, `offset`, `sort` and `order` and answer `{total, items}`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::ApiError;

static PATTERN_1: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^[!-~]+$");

/// Parameters of `list_orders` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOrdersParams {
    /// Only this customer's orders. Staff only: a customer passing another id gets a 403.
    pub user_id: Option<uuid::Uuid>,
    /// Only orders in this status.
    pub status: Option<model::OrderStatus>,
    /// The largest number of items to return.
    pub limit: i32,
    /// How many matching items to skip before the first one returned.
    pub offset: i32,
    /// The field orders are sorted by.
    pub sort: model::OrderSort,
    /// The sort direction.
    pub order: model::SortOrder,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for ListOrdersParams {
    fn default() -> Self {
        Self {
            user_id: None,
            status: None,
            limit: 10,
            offset: 0,
            sort: model::OrderSort::CreatedAt,
            order: model::SortOrder::Desc,
        }
    }
}

impl openapi_runtime::Validate for ListOrdersParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
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

/// The request of `list_orders`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOrdersRequest {
    pub params: ListOrdersParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `list_orders` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrdersResponse {
    /// 200: One page of orders.
    Ok(model::OrderPage),
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

impl ListOrdersResponse {
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

/// Parameters of `create_order` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrderParams {
    /// A key the client picks for this order, such as a UUID. Sending the same key again returns the order it first created instead of placing a second one (and starts no second saga), also when both requests race; sending it with a different body (other books, quantities, payment type or card) is a 422. Keys are scoped to the caller: another customer's identical key is a different order.
    pub idempotency_key: Option<String>,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for CreateOrderParams {
    fn default() -> Self {
        Self {
            idempotency_key: None,
        }
    }
}

impl openapi_runtime::Validate for CreateOrderParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.idempotency_key {
            let ptr = format!("{pointer}/header/idempotency-key");
            violations.check_length(&ptr, value, Some(1), Some(255));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
    }
}

/// The request of `create_order`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrderRequest {
    pub params: CreateOrderParams,
    pub body: model::OrderCreate,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `create_order` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrderResponse {
    /// 202: The order was accepted and its saga started.
    Accepted {
        body: model::Order,
        location: String,
    },
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
    /// 401: No bearer token was sent, or it is invalid or expired (or, when signing in, the credentials are wrong).
    Unauthorized {
        body: openapi_runtime::Problem,
        www_authenticate: String,
    },
    /// 403: The caller is authenticated but lacks the role this operation needs, or acts on data that is not theirs.
    Forbidden(openapi_runtime::Problem),
    /// 415: The body is not sent as `application/json`.
    UnsupportedMediaType(openapi_runtime::Problem),
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

impl CreateOrderResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Accepted { .. } => http::StatusCode::ACCEPTED,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::UnsupportedMediaType(_) => http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Parameters of `get_order` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrderParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for GetOrderParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `get_order`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrderRequest {
    pub params: GetOrderParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `get_order` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrderResponse {
    /// 200: The order.
    Ok(model::Order),
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

impl GetOrderResponse {
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

/// The path `get_order` reads, for a `Location` header.
pub fn get_order_location(id: i64) -> String {
    format!(
        "/api/v1/orders/{}",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Parameters of `cancel_order` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct CancelOrderParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for CancelOrderParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `cancel_order`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct CancelOrderRequest {
    pub params: CancelOrderParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `cancel_order` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelOrderResponse {
    /// 202: The cancellation was accepted; the order as it stands now.
    Accepted(model::Order),
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
    /// 409: The request conflicts with the resource's current state: a duplicate, a stale version or an illegal transition.
    Conflict(openapi_runtime::Problem),
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

impl CancelOrderResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Accepted(_) => http::StatusCode::ACCEPTED,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Bookstore Order API: implemented by the service's use cases, called by the generated router.
pub trait OrderApi: Send + Sync + 'static {
    /// List orders
    ///
    /// Lists the caller's orders; staff (`manage`) see everyone's and may filter by `user_id`. A customer passing another customer's `user_id` gets a 403.
    fn list_orders(
        &self,
        request: ListOrdersRequest,
    ) -> impl Future<Output = Result<ListOrdersResponse, ApiError>> + Send;
    /// Place an order
    ///
    /// Places an order for the caller (the token's `sub`). Prices come from the catalog, never from the client; unknown books are a 422. The order is stored `pending` and the order saga starts: it charges the card, marks the order `paid`, reserves the stock and ends `confirmed`, or compensates and ends `cancelled` with a `failure_reason`. Follow `Location` to watch it. With an `Idempotency-Key` already used, the order first created is returned and no second saga starts.
    ///
    /// 422 (one `errors` entry per problem): a book listed twice (`/body/items/<i>/book_id`), a book the catalog does not know (`/body/items/<i>/book_id`, each one named), a card number the payment service refuses (`/body/payment/card_number`; nothing is written), an `Idempotency-Key` already used with a different body (pointing at the `Idempotency-Key` header), a total above 99999999.99 (`/body/items`). 403 also when the token's subject is not a customer id (a UUID). 503 with `Retry-After` when the catalog, the payment service or the database cannot answer now; nothing is written then. When the saga cannot be started at once the order is still accepted and its saga is started shortly after by the service.
    fn create_order(
        &self,
        request: CreateOrderRequest,
    ) -> impl Future<Output = Result<CreateOrderResponse, ApiError>> + Send;
    /// Get an order
    ///
    /// Returns an order with its lines, total, status and saga progress. A customer sees only their own; another customer's order is a 404.
    fn get_order(
        &self,
        request: GetOrderRequest,
    ) -> impl Future<Output = Result<GetOrderResponse, ApiError>> + Send;
    /// Cancel an order
    ///
    /// Cancels a `pending` or `paid` order: its saga compensates (refunds the payment, releases any reserved stock) and the order ends `cancelled` with the failure reason "cancelled by the customer". Any other status is a 409, and so is an order whose saga has already ended. The owner or staff (`manage`) may cancel; another customer's order is a 404. 503 with `Retry-After` when the orchestrator or the database cannot answer now.
    fn cancel_order(
        &self,
        request: CancelOrderRequest,
    ) -> impl Future<Output = Result<CancelOrderResponse, ApiError>> + Send;
}
