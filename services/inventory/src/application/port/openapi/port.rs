// Generated from api/inventory/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 5333efe827491e42-1a7a7022544c632d
//! The inbound port of Bookstore Inventory API: one typed request and response per operation, and the
//! `InventoryApi` trait the service implements.
//!
//! Warehouses and the stock of each book in each warehouse. This is a back-office API: every operation needs the `manage` role. Reservations for orders are made by the order saga over gRPC; through REST the reserved quantity is read-only.
//!
//! Errors are RFC 9457 problem details (`application/problem+json`): 400 for malformed input, 422 for input that breaks a rule (with one `errors` entry per field), 401 without a valid bearer token, 403 without the needed role, 409 for conflicts. Lists take `limit`, `offset`, `sort` and `order` and answer `{total, items}`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::ApiError;

/// Parameters of `list_warehouses` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListWarehousesParams {
    /// The largest number of items to return.
    pub limit: i32,
    /// How many matching items to skip before the first one returned.
    pub offset: i32,
    /// The field warehouses are sorted by.
    pub sort: model::WarehouseSort,
    /// The sort direction.
    pub order: model::SortOrder,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for ListWarehousesParams {
    fn default() -> Self {
        Self {
            limit: 10,
            offset: 0,
            sort: model::WarehouseSort::CreatedAt,
            order: model::SortOrder::Desc,
        }
    }
}

impl openapi_runtime::Validate for ListWarehousesParams {
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

/// The request of `list_warehouses`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListWarehousesRequest {
    pub params: ListWarehousesParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `list_warehouses` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListWarehousesResponse {
    /// 200: One page of warehouses.
    Ok(model::WarehousePage),
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

impl ListWarehousesResponse {
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

/// The request of `create_warehouse`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateWarehouseRequest {
    pub body: model::WarehouseCreate,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `create_warehouse` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateWarehouseResponse {
    /// 201: The warehouse was created.
    Created {
        body: model::Warehouse,
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

impl CreateWarehouseResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Created { .. } => http::StatusCode::CREATED,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::UnsupportedMediaType(_) => http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Parameters of `get_warehouse` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetWarehouseParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for GetWarehouseParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `get_warehouse`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetWarehouseRequest {
    pub params: GetWarehouseParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `get_warehouse` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetWarehouseResponse {
    /// 200: The warehouse.
    Ok(model::Warehouse),
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

impl GetWarehouseResponse {
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

/// The path `get_warehouse` reads, for a `Location` header.
pub fn get_warehouse_location(id: i64) -> String {
    format!(
        "/api/v1/warehouses/{}",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Parameters of `replace_warehouse` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceWarehouseParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for ReplaceWarehouseParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `replace_warehouse`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceWarehouseRequest {
    pub params: ReplaceWarehouseParams,
    pub body: model::WarehouseReplace,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `replace_warehouse` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplaceWarehouseResponse {
    /// 200: The warehouse as stored.
    Ok(model::Warehouse),
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

impl ReplaceWarehouseResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
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

/// Parameters of `delete_warehouse` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteWarehouseParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for DeleteWarehouseParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `delete_warehouse`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteWarehouseRequest {
    pub params: DeleteWarehouseParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `delete_warehouse` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteWarehouseResponse {
    /// 204: The warehouse was deleted.
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

impl DeleteWarehouseResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
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

/// Parameters of `list_stocks` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListStocksParams {
    /// Only stock rows of this book.
    pub book_id: Option<i64>,
    /// Only stock rows in this warehouse.
    pub warehouse_id: Option<i64>,
    /// The largest number of items to return.
    pub limit: i32,
    /// How many matching items to skip before the first one returned.
    pub offset: i32,
    /// The field stock rows are sorted by.
    pub sort: model::StockSort,
    /// The sort direction.
    pub order: model::SortOrder,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for ListStocksParams {
    fn default() -> Self {
        Self {
            book_id: None,
            warehouse_id: None,
            limit: 10,
            offset: 0,
            sort: model::StockSort::CreatedAt,
            order: model::SortOrder::Desc,
        }
    }
}

impl openapi_runtime::Validate for ListStocksParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.book_id {
            let ptr = format!("{pointer}/query/book_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        if let Some(value) = &self.warehouse_id {
            let ptr = format!("{pointer}/query/warehouse_id");
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

/// The request of `list_stocks`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListStocksRequest {
    pub params: ListStocksParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `list_stocks` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListStocksResponse {
    /// 200: One page of stock rows.
    Ok(model::StockPage),
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

impl ListStocksResponse {
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

/// The request of `create_stock`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateStockRequest {
    pub body: model::StockCreate,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `create_stock` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateStockResponse {
    /// 201: The stock row was created.
    Created {
        body: model::Stock,
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

impl CreateStockResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Created { .. } => http::StatusCode::CREATED,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::UnsupportedMediaType(_) => http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Parameters of `get_stock` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetStockParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for GetStockParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `get_stock`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetStockRequest {
    pub params: GetStockParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `get_stock` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetStockResponse {
    /// 200: The stock row.
    Ok(model::Stock),
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

impl GetStockResponse {
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

/// The path `get_stock` reads, for a `Location` header.
pub fn get_stock_location(id: i64) -> String {
    format!(
        "/api/v1/stocks/{}",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Parameters of `replace_stock` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceStockParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for ReplaceStockParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `replace_stock`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceStockRequest {
    pub params: ReplaceStockParams,
    pub body: model::StockReplace,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `replace_stock` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplaceStockResponse {
    /// 200: The stock row as stored.
    Ok(model::Stock),
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

impl ReplaceStockResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
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

/// Parameters of `delete_stock` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteStockParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for DeleteStockParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `delete_stock`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteStockRequest {
    pub params: DeleteStockParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `delete_stock` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteStockResponse {
    /// 204: The stock row was deleted.
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

impl DeleteStockResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
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

/// Bookstore Inventory API: implemented by the service's use cases, called by the generated router.
pub trait InventoryApi: Send + Sync + 'static {
    /// List warehouses
    ///
    /// Lists warehouses.
    fn list_warehouses(
        &self,
        request: ListWarehousesRequest,
    ) -> impl Future<Output = Result<ListWarehousesResponse, ApiError>> + Send;
    /// Create a warehouse
    ///
    /// Adds a warehouse. A name already in use is a 409.
    fn create_warehouse(
        &self,
        request: CreateWarehouseRequest,
    ) -> impl Future<Output = Result<CreateWarehouseResponse, ApiError>> + Send;
    /// Get a warehouse
    ///
    /// Returns a warehouse.
    fn get_warehouse(
        &self,
        request: GetWarehouseRequest,
    ) -> impl Future<Output = Result<GetWarehouseResponse, ApiError>> + Send;
    /// Replace a warehouse
    ///
    /// Replaces a warehouse's name, address and capacity. `version` must match the stored one, the name must stay unique and the capacity must still hold the stored copies (409 otherwise).
    fn replace_warehouse(
        &self,
        request: ReplaceWarehouseRequest,
    ) -> impl Future<Output = Result<ReplaceWarehouseResponse, ApiError>> + Send;
    /// Delete a warehouse
    ///
    /// Deletes a warehouse that holds no stock rows (409 otherwise).
    fn delete_warehouse(
        &self,
        request: DeleteWarehouseRequest,
    ) -> impl Future<Output = Result<DeleteWarehouseResponse, ApiError>> + Send;
    /// List stock rows
    ///
    /// Lists stock rows matching every given filter.
    fn list_stocks(
        &self,
        request: ListStocksRequest,
    ) -> impl Future<Output = Result<ListStocksResponse, ApiError>> + Send;
    /// Create a stock row
    ///
    /// Records the copies of a book held in a warehouse. A second row for the same book and warehouse, or more copies than the warehouse's free capacity, is a 409.
    fn create_stock(
        &self,
        request: CreateStockRequest,
    ) -> impl Future<Output = Result<CreateStockResponse, ApiError>> + Send;
    /// Get a stock row
    ///
    /// Returns a stock row.
    fn get_stock(
        &self,
        request: GetStockRequest,
    ) -> impl Future<Output = Result<GetStockResponse, ApiError>> + Send;
    /// Replace a stock row
    ///
    /// Sets the copies on hand. `version` must match the stored one; the quantity must cover the reserved copies and fit the warehouse's capacity (409 otherwise).
    fn replace_stock(
        &self,
        request: ReplaceStockRequest,
    ) -> impl Future<Output = Result<ReplaceStockResponse, ApiError>> + Send;
    /// Delete a stock row
    ///
    /// Deletes a stock row with no reserved copies (409 otherwise).
    fn delete_stock(
        &self,
        request: DeleteStockRequest,
    ) -> impl Future<Output = Result<DeleteStockResponse, ApiError>> + Send;
}
