// Generated from api/customer/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 4c5f7d5391d11450-5d2dbf81661304fd
//! The inbound port of Bookstore Customer API: one typed request and response per operation, and the
//! `CustomerApi` trait the service implements.
//!
//! Everything about one customer in one place: their profile (kept by the identity service), wishlist, loyalty points, and read-only views of their orders and payments (from the order and payment services). Customers act on their own id only (roles `profile` for the profile and wishlist, `view` to read points, orders and payments); staff (`manage`) on anyone's. Another customer's id answers 404, exactly as an unknown id does, so ids cannot be probed.
//!
//! Errors are RFC 9457 problem details (`application/problem+json`): 400 for malformed input, 422 for input that breaks a rule (with one `errors` entry per field), 401 without a valid bearer token, 403 without the needed role, 409 for conflicts, 503 with `Retry-After` when a service this one relies on (identity, catalog, order, payment) or its database cannot answer in time; `/readyz` names the one that is not reachable. Lists take `limit`, `offset`, `sort` and `order` and answer `{total, items}`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::ApiError;

static PATTERN_1: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^[0-9+ -]+$");
static PATTERN_2: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^[!-~]+$");

/// Parameters of `list_customers` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListCustomersParams {
    /// Only customers whose e-mail address contains this text, ignoring case.
    pub email: Option<String>,
    /// Only customers whose first or last name contains this text, ignoring case.
    pub name: Option<String>,
    /// Only customers whose phone number contains these digits.
    pub phone: Option<String>,
    /// The largest number of items to return.
    pub limit: i32,
    /// How many matching items to skip before the first one returned.
    pub offset: i32,
    /// The field customers are sorted by (`name` is the last name, then the first name).
    pub sort: model::CustomerSort,
    /// The sort direction.
    pub order: model::SortOrder,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for ListCustomersParams {
    fn default() -> Self {
        Self {
            email: None,
            name: None,
            phone: None,
            limit: 10,
            offset: 0,
            sort: model::CustomerSort::CreatedAt,
            order: model::SortOrder::Desc,
        }
    }
}

impl openapi_runtime::Validate for ListCustomersParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.email {
            let ptr = format!("{pointer}/query/email");
            violations.check_length(&ptr, value, Some(1), Some(254));
        }
        if let Some(value) = &self.name {
            let ptr = format!("{pointer}/query/name");
            violations.check_length(&ptr, value, Some(1), Some(200));
        }
        if let Some(value) = &self.phone {
            let ptr = format!("{pointer}/query/phone");
            violations.check_length(&ptr, value, Some(1), Some(20));
            violations.check_pattern(&ptr, value, &PATTERN_1);
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

/// The request of `list_customers`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListCustomersRequest {
    pub params: ListCustomersParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `list_customers` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListCustomersResponse {
    /// 200: One page of customers.
    Ok(model::CustomerPage),
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

impl ListCustomersResponse {
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

/// Parameters of `get_customer` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCustomerParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
}

impl openapi_runtime::Validate for GetCustomerParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `get_customer`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCustomerRequest {
    pub params: GetCustomerParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `get_customer` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCustomerResponse {
    /// 200: The customer.
    Ok(model::Customer),
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

impl GetCustomerResponse {
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

/// The path `get_customer` reads, for a `Location` header.
pub fn get_customer_location(id: uuid::Uuid) -> String {
    format!(
        "/api/v1/customers/{}",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Parameters of `replace_customer` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceCustomerParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
}

impl openapi_runtime::Validate for ReplaceCustomerParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `replace_customer`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceCustomerRequest {
    pub params: ReplaceCustomerParams,
    pub body: model::CustomerReplace,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `replace_customer` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplaceCustomerResponse {
    /// 200: The customer as stored.
    Ok(model::Customer),
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

impl ReplaceCustomerResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::UnsupportedMediaType(_) => http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Parameters of `delete_customer` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCustomerParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
}

impl openapi_runtime::Validate for DeleteCustomerParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `delete_customer`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCustomerRequest {
    pub params: DeleteCustomerParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `delete_customer` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteCustomerResponse {
    /// 204: The customer was deleted.
    NoContent,
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

impl DeleteCustomerResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
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

/// Parameters of `get_wishlist` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetWishlistParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
    /// The largest number of items to return.
    pub limit: i32,
    /// How many matching items to skip before the first one returned.
    pub offset: i32,
    /// The field wishlist items are sorted by.
    pub sort: model::WishlistSort,
    /// The sort direction.
    pub order: model::SortOrder,
}

impl openapi_runtime::Validate for GetWishlistParams {
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

/// The request of `get_wishlist`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetWishlistRequest {
    pub params: GetWishlistParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `get_wishlist` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetWishlistResponse {
    /// 200: One page of the wishlist.
    Ok(model::Wishlist),
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

impl GetWishlistResponse {
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

/// The path `get_wishlist` reads, for a `Location` header.
pub fn get_wishlist_location(id: uuid::Uuid) -> String {
    format!(
        "/api/v1/customers/{}/wishlist",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Parameters of `replace_wishlist` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceWishlistParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
}

impl openapi_runtime::Validate for ReplaceWishlistParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `replace_wishlist`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceWishlistRequest {
    pub params: ReplaceWishlistParams,
    pub body: model::WishlistReplace,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `replace_wishlist` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplaceWishlistResponse {
    /// 200: The whole wishlist as stored (every book, most recently added first).
    Ok(model::Wishlist),
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

impl ReplaceWishlistResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::UnsupportedMediaType(_) => http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Parameters of `add_wishlist_item` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct AddWishlistItemParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
}

impl openapi_runtime::Validate for AddWishlistItemParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `add_wishlist_item`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct AddWishlistItemRequest {
    pub params: AddWishlistItemParams,
    pub body: model::WishlistItemCreate,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `add_wishlist_item` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum AddWishlistItemResponse {
    /// 200: The book was already on the wishlist; nothing changed.
    Ok(model::WishlistItem),
    /// 201: The book was added.
    Created {
        body: model::WishlistItem,
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
    /// 404: No resource with this id exists (or it is not visible to the caller).
    NotFound(openapi_runtime::Problem),
    /// 409: The request conflicts with the resource's current state: a duplicate, a stale version or an illegal transition.
    Conflict(openapi_runtime::Problem),
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

impl AddWishlistItemResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::Created { .. } => http::StatusCode::CREATED,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::UnsupportedMediaType(_) => http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Parameters of `remove_wishlist_item` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveWishlistItemParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
    /// The catalog book.
    pub book_id: i64,
}

impl openapi_runtime::Validate for RemoveWishlistItemParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.book_id;
            let ptr = format!("{pointer}/path/book_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `remove_wishlist_item`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveWishlistItemRequest {
    pub params: RemoveWishlistItemParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `remove_wishlist_item` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum RemoveWishlistItemResponse {
    /// 204: The book was removed.
    NoContent,
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

impl RemoveWishlistItemResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
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

/// Parameters of `get_point` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPointParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
}

impl openapi_runtime::Validate for GetPointParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `get_point`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPointRequest {
    pub params: GetPointParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `get_point` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPointResponse {
    /// 200: The balance.
    Ok(model::Point),
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

impl GetPointResponse {
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

/// The path `get_point` reads, for a `Location` header.
pub fn get_point_location(id: uuid::Uuid) -> String {
    format!(
        "/api/v1/customers/{}/point",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Parameters of `list_point_transactions` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPointTransactionsParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
    /// The largest number of items to return.
    pub limit: i32,
    /// How many matching items to skip before the first one returned.
    pub offset: i32,
    /// The field point transactions are sorted by.
    pub sort: model::PointTransactionSort,
    /// The sort direction.
    pub order: model::SortOrder,
}

impl openapi_runtime::Validate for ListPointTransactionsParams {
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

/// The request of `list_point_transactions`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPointTransactionsRequest {
    pub params: ListPointTransactionsParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `list_point_transactions` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPointTransactionsResponse {
    /// 200: One page of transactions.
    Ok(model::PointTransactionPage),
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

impl ListPointTransactionsResponse {
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

/// The path `list_point_transactions` reads, for a `Location` header.
pub fn list_point_transactions_location(id: uuid::Uuid) -> String {
    format!(
        "/api/v1/customers/{}/point/transactions",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Parameters of `create_point_transaction` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePointTransactionParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
    /// A key the client picks for this change, such as a UUID. Sending the same key again for the same customer returns the transaction it first recorded (200) instead of recording a second one, also when both requests race; sending it with a different `delta` or `reason` is a 422 pointing at this header. Keys are scoped to the customer.
    pub idempotency_key: Option<String>,
}

impl openapi_runtime::Validate for CreatePointTransactionParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.idempotency_key {
            let ptr = format!("{pointer}/header/idempotency-key");
            violations.check_length(&ptr, value, Some(1), Some(255));
            violations.check_pattern(&ptr, value, &PATTERN_2);
        }
    }
}

/// The request of `create_point_transaction`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePointTransactionRequest {
    pub params: CreatePointTransactionParams,
    pub body: model::PointTransactionCreate,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `create_point_transaction` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePointTransactionResponse {
    /// 200: The transaction recorded earlier with the same `Idempotency-Key`.
    Ok(model::PointTransaction),
    /// 201: The transaction was recorded.
    Created {
        body: model::PointTransaction,
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
    /// 404: No resource with this id exists (or it is not visible to the caller).
    NotFound(openapi_runtime::Problem),
    /// 409: The request conflicts with the resource's current state: a duplicate, a stale version or an illegal transition.
    Conflict(openapi_runtime::Problem),
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

impl CreatePointTransactionResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::Created { .. } => http::StatusCode::CREATED,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::UnsupportedMediaType(_) => http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Parameters of `get_point_transaction` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPointTransactionParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
    /// The point transaction.
    pub transaction_id: i64,
}

impl openapi_runtime::Validate for GetPointTransactionParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.transaction_id;
            let ptr = format!("{pointer}/path/transaction_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `get_point_transaction`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPointTransactionRequest {
    pub params: GetPointTransactionParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `get_point_transaction` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPointTransactionResponse {
    /// 200: The transaction.
    Ok(model::PointTransaction),
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

impl GetPointTransactionResponse {
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

/// The path `get_point_transaction` reads, for a `Location` header.
pub fn get_point_transaction_location(id: uuid::Uuid, transaction_id: i64) -> String {
    format!(
        "/api/v1/customers/{}/point/transactions/{}",
        openapi_runtime::text::path_segment(&id),
        openapi_runtime::text::path_segment(&transaction_id)
    )
}

/// Parameters of `list_customer_orders` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListCustomerOrdersParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
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

impl openapi_runtime::Validate for ListCustomerOrdersParams {
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

/// The request of `list_customer_orders`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListCustomerOrdersRequest {
    pub params: ListCustomerOrdersParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `list_customer_orders` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListCustomerOrdersResponse {
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

impl ListCustomerOrdersResponse {
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

/// The path `list_customer_orders` reads, for a `Location` header.
pub fn list_customer_orders_location(id: uuid::Uuid) -> String {
    format!(
        "/api/v1/customers/{}/orders",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Parameters of `get_customer_order` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCustomerOrderParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
    /// The order.
    pub order_id: i64,
}

impl openapi_runtime::Validate for GetCustomerOrderParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/path/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `get_customer_order`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCustomerOrderRequest {
    pub params: GetCustomerOrderParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `get_customer_order` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCustomerOrderResponse {
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

impl GetCustomerOrderResponse {
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

/// The path `get_customer_order` reads, for a `Location` header.
pub fn get_customer_order_location(id: uuid::Uuid, order_id: i64) -> String {
    format!(
        "/api/v1/customers/{}/orders/{}",
        openapi_runtime::text::path_segment(&id),
        openapi_runtime::text::path_segment(&order_id)
    )
}

/// Parameters of `list_customer_payments` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListCustomerPaymentsParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
    /// Only the payment of this order.
    pub order_id: Option<i64>,
    /// The largest number of items to return.
    pub limit: i32,
    /// How many matching items to skip before the first one returned.
    pub offset: i32,
    /// The field payments are sorted by.
    pub sort: model::PaymentSort,
    /// The sort direction.
    pub order: model::SortOrder,
}

impl openapi_runtime::Validate for ListCustomerPaymentsParams {
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

/// The request of `list_customer_payments`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListCustomerPaymentsRequest {
    pub params: ListCustomerPaymentsParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `list_customer_payments` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListCustomerPaymentsResponse {
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

impl ListCustomerPaymentsResponse {
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

/// The path `list_customer_payments` reads, for a `Location` header.
pub fn list_customer_payments_location(id: uuid::Uuid) -> String {
    format!(
        "/api/v1/customers/{}/payments",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Parameters of `get_customer_payment` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCustomerPaymentParams {
    /// The customer's user id.
    pub id: uuid::Uuid,
    /// The payment.
    pub payment_id: i64,
}

impl openapi_runtime::Validate for GetCustomerPaymentParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.payment_id;
            let ptr = format!("{pointer}/path/payment_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `get_customer_payment`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCustomerPaymentRequest {
    pub params: GetCustomerPaymentParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `get_customer_payment` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCustomerPaymentResponse {
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

impl GetCustomerPaymentResponse {
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

/// The path `get_customer_payment` reads, for a `Location` header.
pub fn get_customer_payment_location(id: uuid::Uuid, payment_id: i64) -> String {
    format!(
        "/api/v1/customers/{}/payments/{}",
        openapi_runtime::text::path_segment(&id),
        openapi_runtime::text::path_segment(&payment_id)
    )
}

/// Bookstore Customer API: implemented by the service's use cases, called by the generated router.
pub trait CustomerApi: Send + Sync + 'static {
    /// List customers
    ///
    /// Lists customer profiles matching every given filter, as identity keeps them. Staff only. 503 when identity cannot answer.
    fn list_customers(
        &self,
        request: ListCustomersRequest,
    ) -> impl Future<Output = Result<ListCustomersResponse, ApiError>> + Send;
    /// Get a customer
    ///
    /// Returns a customer profile, as identity keeps it (503 when identity cannot answer). A customer may act only on their own id; another customer's id is a 404, as an unknown one is. Staff (`manage`) act on any.
    fn get_customer(
        &self,
        request: GetCustomerRequest,
    ) -> impl Future<Output = Result<GetCustomerResponse, ApiError>> + Send;
    /// Replace a customer profile
    ///
    /// Replaces a customer's names and phone number at identity (503 when identity cannot answer). A customer may act only on their own id; another customer's id is a 404, as an unknown one is. Staff (`manage`) act on any.
    fn replace_customer(
        &self,
        request: ReplaceCustomerRequest,
    ) -> impl Future<Output = Result<ReplaceCustomerResponse, ApiError>> + Send;
    /// Delete a customer
    ///
    /// Deletes a customer account (at identity) with its wishlist, points and point transactions. The wishlist and points go first, in one database transaction; then identity deletes the account. If identity cannot answer, the answer is a 503 and sending the same request again finishes the job (an account identity no longer has counts as deleted then). A customer may act only on their own id; another customer's id is a 404, as an unknown one is. Staff (`manage`) act on any.
    fn delete_customer(
        &self,
        request: DeleteCustomerRequest,
    ) -> impl Future<Output = Result<DeleteCustomerResponse, ApiError>> + Send;
    /// Get a wishlist
    ///
    /// Returns one page of a customer's wishlist, each book with its title from the catalog (asked once per page, for all the page's books together). A book the catalog no longer has is listed with `available: false` and no title. 503 when the catalog cannot answer. A customer may act only on their own id; another customer's id is a 404, as an unknown one is. Staff (`manage`) act on any.
    fn get_wishlist(
        &self,
        request: GetWishlistRequest,
    ) -> impl Future<Output = Result<GetWishlistResponse, ApiError>> + Send;
    /// Replace a wishlist
    ///
    /// Replaces the whole set of books on a customer's wishlist (at most 200, no duplicates). Every book must exist in the catalog: a 422 names each unknown one at `/body/book_ids/<index>`, and nothing changes. 503 when the catalog cannot answer. A customer may act only on their own id; another customer's id is a 404, as an unknown one is. Staff (`manage`) act on any.
    fn replace_wishlist(
        &self,
        request: ReplaceWishlistRequest,
    ) -> impl Future<Output = Result<ReplaceWishlistResponse, ApiError>> + Send;
    /// Add a book to a wishlist
    ///
    /// Adds one book to a customer's wishlist. The wishlist is a set: adding a book already on it is not an error and answers 200 with the item as it was. An unknown book is a 422 at `/body/book_id`; a wishlist already holding 200 books is a 409 that says so. 503 when the catalog cannot answer. A customer may act only on their own id (403 otherwise); staff (`manage`) on any.
    fn add_wishlist_item(
        &self,
        request: AddWishlistItemRequest,
    ) -> impl Future<Output = Result<AddWishlistItemResponse, ApiError>> + Send;
    /// Remove a book from a wishlist
    ///
    /// Removes one book from a customer's wishlist; a book not on it is a 404. A customer may act only on their own id; another customer's id is a 404, as an unknown one is. Staff (`manage`) act on any.
    fn remove_wishlist_item(
        &self,
        request: RemoveWishlistItemRequest,
    ) -> impl Future<Output = Result<RemoveWishlistItemResponse, ApiError>> + Send;
    /// Get a point balance
    ///
    /// Returns a customer's point balance, 0 before the first transaction. A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    fn get_point(
        &self,
        request: GetPointRequest,
    ) -> impl Future<Output = Result<GetPointResponse, ApiError>> + Send;
    /// List point transactions
    ///
    /// Lists the changes to a customer's point balance. A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    fn list_point_transactions(
        &self,
        request: ListPointTransactionsRequest,
    ) -> impl Future<Output = Result<ListPointTransactionsResponse, ApiError>> + Send;
    /// Change a point balance
    ///
    /// Adds or takes points, with the reason; the change is recorded as a transaction (who made it, when, the balance after it) and the balance changes with it in the same database transaction. Staff only. A zero `delta` is a 422 at `/body/delta`; a change that would take the balance below zero is a 409 and changes nothing, however many changes race. With an `Idempotency-Key` already used for this customer, the transaction first recorded is returned (200) and nothing changes; the same key with another `delta` or `reason` is a 422.
    fn create_point_transaction(
        &self,
        request: CreatePointTransactionRequest,
    ) -> impl Future<Output = Result<CreatePointTransactionResponse, ApiError>> + Send;
    /// Get a point transaction
    ///
    /// Returns one change to a customer's point balance. A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    fn get_point_transaction(
        &self,
        request: GetPointTransactionRequest,
    ) -> impl Future<Output = Result<GetPointTransactionResponse, ApiError>> + Send;
    /// List a customer's orders
    ///
    /// Lists a customer's orders, as the order service reports them (503 when it cannot answer). A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    fn list_customer_orders(
        &self,
        request: ListCustomerOrdersRequest,
    ) -> impl Future<Output = Result<ListCustomerOrdersResponse, ApiError>> + Send;
    /// Get a customer's order
    ///
    /// Returns one of a customer's orders with its saga progress; an order of someone else is a 404 (503 when the order service cannot answer). A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    fn get_customer_order(
        &self,
        request: GetCustomerOrderRequest,
    ) -> impl Future<Output = Result<GetCustomerOrderResponse, ApiError>> + Send;
    /// List a customer's payments
    ///
    /// Lists a customer's payments, as the payment service reports them (503 when it cannot answer). A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    fn list_customer_payments(
        &self,
        request: ListCustomerPaymentsRequest,
    ) -> impl Future<Output = Result<ListCustomerPaymentsResponse, ApiError>> + Send;
    /// Get a customer's payment
    ///
    /// Returns one of a customer's payments; a payment of someone else is a 404 (503 when the payment service cannot answer). A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    fn get_customer_payment(
        &self,
        request: GetCustomerPaymentRequest,
    ) -> impl Future<Output = Result<GetCustomerPaymentResponse, ApiError>> + Send;
}
