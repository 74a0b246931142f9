// Generated from api/catalog/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: eb715d3c408ef339-ae2e368deebac0e6
//! The inbound port of Bookstore Catalog API: one typed request and response per operation, and the
//! `CatalogApi` trait the service implements.
//!
//! The bookstore's catalog: books, their authors and publishers, and the fixed list of categories. Reads are public; every write needs the `manage` role. Book reads and book lists also report the stock held for each book across all warehouses.
//!
//! Errors are RFC 9457 problem details (`application/problem+json`): 400 for malformed input, 422 for input that breaks a rule (with one `errors` entry per field), 409 for duplicates and stale versions. Lists take `limit`, `offset`, `sort` and `order` and answer `{total, items}`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::ApiError;

/// Parameters of `list_books` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListBooksParams {
    /// Only books whose title contains this text, ignoring case.
    pub title: Option<String>,
    /// Only books in this category.
    pub category_id: Option<i64>,
    /// Only books from this publisher.
    pub publisher_id: Option<i64>,
    /// Only books credited to this author.
    pub author_id: Option<i64>,
    /// The largest number of items to return.
    pub limit: i32,
    /// How many matching items to skip before the first one returned.
    pub offset: i32,
    /// The field books are sorted by.
    pub sort: model::BookSort,
    /// The sort direction.
    pub order: model::SortOrder,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for ListBooksParams {
    fn default() -> Self {
        Self {
            title: None,
            category_id: None,
            publisher_id: None,
            author_id: None,
            limit: 10,
            offset: 0,
            sort: model::BookSort::CreatedAt,
            order: model::SortOrder::Desc,
        }
    }
}

impl openapi_runtime::Validate for ListBooksParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.title {
            let ptr = format!("{pointer}/query/title");
            violations.check_length(&ptr, value, Some(1), Some(200));
        }
        if let Some(value) = &self.category_id {
            let ptr = format!("{pointer}/query/category_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        if let Some(value) = &self.publisher_id {
            let ptr = format!("{pointer}/query/publisher_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        if let Some(value) = &self.author_id {
            let ptr = format!("{pointer}/query/author_id");
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

/// The request of `list_books`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListBooksRequest {
    pub params: ListBooksParams,
}

/// Every response `list_books` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListBooksResponse {
    /// 200: One page of books.
    Ok(model::BookPage),
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
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

impl ListBooksResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// The request of `create_book`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBookRequest {
    pub body: model::BookCreate,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `create_book` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBookResponse {
    /// 201: The book was created.
    Created { body: model::Book, location: String },
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

impl CreateBookResponse {
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

/// Parameters of `get_book` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetBookParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for GetBookParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `get_book`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetBookRequest {
    pub params: GetBookParams,
}

/// Every response `get_book` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetBookResponse {
    /// 200: The book.
    Ok(model::Book),
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
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

impl GetBookResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// The path `get_book` reads, for a `Location` header.
pub fn get_book_location(id: i64) -> String {
    format!("/api/v1/books/{}", openapi_runtime::text::path_segment(&id))
}

/// Parameters of `replace_book` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceBookParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for ReplaceBookParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `replace_book`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceBookRequest {
    pub params: ReplaceBookParams,
    pub body: model::BookReplace,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `replace_book` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplaceBookResponse {
    /// 200: The book as stored.
    Ok(model::Book),
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

impl ReplaceBookResponse {
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

/// Parameters of `delete_book` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteBookParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for DeleteBookParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `delete_book`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteBookRequest {
    pub params: DeleteBookParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `delete_book` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteBookResponse {
    /// 204: The book was deleted.
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

impl DeleteBookResponse {
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

/// Parameters of `list_authors` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListAuthorsParams {
    /// Only authors whose name contains this text, ignoring case.
    pub name: Option<String>,
    /// Only authors credited on this book.
    pub book_id: Option<i64>,
    /// The largest number of items to return.
    pub limit: i32,
    /// How many matching items to skip before the first one returned.
    pub offset: i32,
    /// The field authors are sorted by.
    pub sort: model::AuthorSort,
    /// The sort direction.
    pub order: model::SortOrder,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for ListAuthorsParams {
    fn default() -> Self {
        Self {
            name: None,
            book_id: None,
            limit: 10,
            offset: 0,
            sort: model::AuthorSort::CreatedAt,
            order: model::SortOrder::Desc,
        }
    }
}

impl openapi_runtime::Validate for ListAuthorsParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.name {
            let ptr = format!("{pointer}/query/name");
            violations.check_length(&ptr, value, Some(1), Some(200));
        }
        if let Some(value) = &self.book_id {
            let ptr = format!("{pointer}/query/book_id");
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

/// The request of `list_authors`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListAuthorsRequest {
    pub params: ListAuthorsParams,
}

/// Every response `list_authors` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListAuthorsResponse {
    /// 200: One page of authors.
    Ok(model::AuthorPage),
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
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

impl ListAuthorsResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// The request of `create_author`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAuthorRequest {
    pub body: model::AuthorCreate,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `create_author` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAuthorResponse {
    /// 201: The author was created.
    Created {
        body: model::Author,
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

impl CreateAuthorResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Created { .. } => http::StatusCode::CREATED,
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

/// Parameters of `get_author` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAuthorParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for GetAuthorParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `get_author`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAuthorRequest {
    pub params: GetAuthorParams,
}

/// Every response `get_author` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAuthorResponse {
    /// 200: The author.
    Ok(model::Author),
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
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

impl GetAuthorResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// The path `get_author` reads, for a `Location` header.
pub fn get_author_location(id: i64) -> String {
    format!(
        "/api/v1/authors/{}",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Parameters of `replace_author` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceAuthorParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for ReplaceAuthorParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `replace_author`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceAuthorRequest {
    pub params: ReplaceAuthorParams,
    pub body: model::AuthorReplace,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `replace_author` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplaceAuthorResponse {
    /// 200: The author as stored.
    Ok(model::Author),
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

impl ReplaceAuthorResponse {
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

/// Parameters of `delete_author` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAuthorParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for DeleteAuthorParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `delete_author`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAuthorRequest {
    pub params: DeleteAuthorParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `delete_author` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAuthorResponse {
    /// 204: The author was deleted.
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

impl DeleteAuthorResponse {
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

/// Parameters of `list_publishers` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPublishersParams {
    /// Only publishers whose name contains this text, ignoring case.
    pub name: Option<String>,
    /// The largest number of items to return.
    pub limit: i32,
    /// How many matching items to skip before the first one returned.
    pub offset: i32,
    /// The field publishers are sorted by.
    pub sort: model::PublisherSort,
    /// The sort direction.
    pub order: model::SortOrder,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for ListPublishersParams {
    fn default() -> Self {
        Self {
            name: None,
            limit: 10,
            offset: 0,
            sort: model::PublisherSort::CreatedAt,
            order: model::SortOrder::Desc,
        }
    }
}

impl openapi_runtime::Validate for ListPublishersParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.name {
            let ptr = format!("{pointer}/query/name");
            violations.check_length(&ptr, value, Some(1), Some(200));
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

/// The request of `list_publishers`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPublishersRequest {
    pub params: ListPublishersParams,
}

/// Every response `list_publishers` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPublishersResponse {
    /// 200: One page of publishers.
    Ok(model::PublisherPage),
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
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

impl ListPublishersResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// The request of `create_publisher`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePublisherRequest {
    pub body: model::PublisherCreate,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `create_publisher` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePublisherResponse {
    /// 201: The publisher was created.
    Created {
        body: model::Publisher,
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

impl CreatePublisherResponse {
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

/// Parameters of `get_publisher` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPublisherParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for GetPublisherParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `get_publisher`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPublisherRequest {
    pub params: GetPublisherParams,
}

/// Every response `get_publisher` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPublisherResponse {
    /// 200: The publisher.
    Ok(model::Publisher),
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
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

impl GetPublisherResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// The path `get_publisher` reads, for a `Location` header.
pub fn get_publisher_location(id: i64) -> String {
    format!(
        "/api/v1/publishers/{}",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Parameters of `replace_publisher` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplacePublisherParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for ReplacePublisherParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `replace_publisher`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplacePublisherRequest {
    pub params: ReplacePublisherParams,
    pub body: model::PublisherReplace,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `replace_publisher` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplacePublisherResponse {
    /// 200: The publisher as stored.
    Ok(model::Publisher),
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

impl ReplacePublisherResponse {
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

/// Parameters of `delete_publisher` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePublisherParams {
    /// The resource's id.
    pub id: i64,
}

impl openapi_runtime::Validate for DeletePublisherParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `delete_publisher`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePublisherRequest {
    pub params: DeletePublisherParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `delete_publisher` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeletePublisherResponse {
    /// 204: The publisher was deleted.
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

impl DeletePublisherResponse {
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

/// Parameters of `list_categories` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListCategoriesParams {
    /// The largest number of items to return.
    pub limit: i32,
    /// How many matching items to skip before the first one returned.
    pub offset: i32,
    /// The field categories are sorted by.
    pub sort: model::CategorySort,
    /// The sort direction.
    pub order: model::SortOrder,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for ListCategoriesParams {
    fn default() -> Self {
        Self {
            limit: 10,
            offset: 0,
            sort: model::CategorySort::Id,
            order: model::SortOrder::Desc,
        }
    }
}

impl openapi_runtime::Validate for ListCategoriesParams {
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

/// The request of `list_categories`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListCategoriesRequest {
    pub params: ListCategoriesParams,
}

/// Every response `list_categories` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListCategoriesResponse {
    /// 200: One page of categories.
    Ok(model::CategoryPage),
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
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

impl ListCategoriesResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Bookstore Catalog API: implemented by the service's use cases, called by the generated router.
pub trait CatalogApi: Send + Sync + 'static {
    /// List books
    ///
    /// Lists books matching every given filter, each with its stock (asked of the inventory service once for the whole page). When the inventory service cannot be reached the page is still served, without `stock` on its books.
    fn list_books(
        &self,
        request: ListBooksRequest,
    ) -> impl Future<Output = Result<ListBooksResponse, ApiError>> + Send;
    /// Create a book
    ///
    /// Adds a book with its category, publisher and authors (all of which must exist, otherwise 422 points at the offending field). The ISBN check digit is verified and the price must be greater than zero. An ISBN already in the catalog is a 409.
    fn create_book(
        &self,
        request: CreateBookRequest,
    ) -> impl Future<Output = Result<CreateBookResponse, ApiError>> + Send;
    /// Get a book
    ///
    /// Returns a book with its category, publisher, authors and the stock summed over all warehouses. When the inventory service cannot be reached the book is served without `stock`.
    fn get_book(
        &self,
        request: GetBookRequest,
    ) -> impl Future<Output = Result<GetBookResponse, ApiError>> + Send;
    /// Replace a book
    ///
    /// Replaces every field of a book, including its authors. `version` must match the stored one (409 otherwise); the same rules as for creation apply.
    fn replace_book(
        &self,
        request: ReplaceBookRequest,
    ) -> impl Future<Output = Result<ReplaceBookResponse, ApiError>> + Send;
    /// Delete a book
    ///
    /// Deletes a book and its author credits.
    fn delete_book(
        &self,
        request: DeleteBookRequest,
    ) -> impl Future<Output = Result<DeleteBookResponse, ApiError>> + Send;
    /// List authors
    ///
    /// Lists authors matching every given filter.
    fn list_authors(
        &self,
        request: ListAuthorsRequest,
    ) -> impl Future<Output = Result<ListAuthorsResponse, ApiError>> + Send;
    /// Create a author
    ///
    /// Adds an author.
    fn create_author(
        &self,
        request: CreateAuthorRequest,
    ) -> impl Future<Output = Result<CreateAuthorResponse, ApiError>> + Send;
    /// Get a author
    ///
    /// Returns an author.
    fn get_author(
        &self,
        request: GetAuthorRequest,
    ) -> impl Future<Output = Result<GetAuthorResponse, ApiError>> + Send;
    /// Replace a author
    ///
    /// Renames an author. `version` must match the stored one (409 otherwise).
    fn replace_author(
        &self,
        request: ReplaceAuthorRequest,
    ) -> impl Future<Output = Result<ReplaceAuthorResponse, ApiError>> + Send;
    /// Delete a author
    ///
    /// Deletes an author who is not credited on any book (409 otherwise).
    fn delete_author(
        &self,
        request: DeleteAuthorRequest,
    ) -> impl Future<Output = Result<DeleteAuthorResponse, ApiError>> + Send;
    /// List publishers
    ///
    /// Lists publishers matching every given filter.
    fn list_publishers(
        &self,
        request: ListPublishersRequest,
    ) -> impl Future<Output = Result<ListPublishersResponse, ApiError>> + Send;
    /// Create a publisher
    ///
    /// Adds a publisher. A name already in use is a 409.
    fn create_publisher(
        &self,
        request: CreatePublisherRequest,
    ) -> impl Future<Output = Result<CreatePublisherResponse, ApiError>> + Send;
    /// Get a publisher
    ///
    /// Returns a publisher.
    fn get_publisher(
        &self,
        request: GetPublisherRequest,
    ) -> impl Future<Output = Result<GetPublisherResponse, ApiError>> + Send;
    /// Replace a publisher
    ///
    /// Replaces a publisher's name and address. `version` must match the stored one (409 otherwise).
    fn replace_publisher(
        &self,
        request: ReplacePublisherRequest,
    ) -> impl Future<Output = Result<ReplacePublisherResponse, ApiError>> + Send;
    /// Delete a publisher
    ///
    /// Deletes a publisher that publishes no book (409 otherwise).
    fn delete_publisher(
        &self,
        request: DeletePublisherRequest,
    ) -> impl Future<Output = Result<DeletePublisherResponse, ApiError>> + Send;
    /// List categories
    ///
    /// Lists the fixed set of book categories.
    fn list_categories(
        &self,
        request: ListCategoriesRequest,
    ) -> impl Future<Output = Result<ListCategoriesResponse, ApiError>> + Send;
}
