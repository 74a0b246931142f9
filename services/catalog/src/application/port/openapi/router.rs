// Generated from api/catalog/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: a27814aa2eed6627-bc5cabdee0cbb334
//! The axum adapter of Bookstore Catalog API: routes, extraction and validation (RFC 9457 problem+json
//! with one pointer per invalid field), the security of each operation, and the responses.

#![allow(clippy::large_enum_variant)]

use std::sync::Arc;

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use openapi_runtime::Authenticator;
use openapi_runtime::server::RouterConfig;

use super::model;
use super::port::*;

/// The path prefix every route is served under (from the spec's first server URL).
pub const BASE_PATH: &str = "";

struct AppState<S> {
    service: Arc<S>,
    authenticator: Arc<dyn Authenticator>,
    config: RouterConfig,
}

impl<S> Clone for AppState<S> {
    fn clone(&self) -> Self {
        Self {
            service: Arc::clone(&self.service),
            authenticator: Arc::clone(&self.authenticator),
            config: self.config.clone(),
        }
    }
}

/// The routes of Bookstore Catalog API with the default [`RouterConfig`].
pub fn router<S: CatalogApi>(
    service: Arc<S>,
    authenticator: Arc<dyn Authenticator>,
) -> axum::Router {
    router_with_config(service, authenticator, RouterConfig::default())
}

/// The routes of Bookstore Catalog API; unknown paths answer 404 and known paths with another method 405
/// (with `Allow`), both as problem+json.
pub fn router_with_config<S: CatalogApi>(
    service: Arc<S>,
    authenticator: Arc<dyn Authenticator>,
    config: RouterConfig,
) -> axum::Router {
    let state = AppState {
        service,
        authenticator,
        config,
    };
    axum::Router::new()
        .route(
            "/api/v1/books",
            axum::routing::get(list_books::<S>).post(create_book::<S>),
        )
        .route(
            "/api/v1/books/{id}",
            axum::routing::get(get_book::<S>)
                .put(replace_book::<S>)
                .delete(delete_book::<S>),
        )
        .route(
            "/api/v1/authors",
            axum::routing::get(list_authors::<S>).post(create_author::<S>),
        )
        .route(
            "/api/v1/authors/{id}",
            axum::routing::get(get_author::<S>)
                .put(replace_author::<S>)
                .delete(delete_author::<S>),
        )
        .route(
            "/api/v1/publishers",
            axum::routing::get(list_publishers::<S>).post(create_publisher::<S>),
        )
        .route(
            "/api/v1/publishers/{id}",
            axum::routing::get(get_publisher::<S>)
                .put(replace_publisher::<S>)
                .delete(delete_publisher::<S>),
        )
        .route(
            "/api/v1/categories",
            axum::routing::get(list_categories::<S>),
        )
        .fallback(openapi_runtime::server::not_found)
        .layer(axum::middleware::map_response(
            openapi_runtime::server::problem_for_bare_errors,
        ))
        .with_state(state)
}

#[derive(serde::Deserialize)]
struct ListBooksQuery {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    category_id: Option<i64>,
    #[serde(default)]
    publisher_id: Option<i64>,
    #[serde(default)]
    author_id: Option<i64>,
    #[serde(default = "default_list_books_limit")]
    limit: i32,
    #[serde(default = "default_list_books_offset")]
    offset: i32,
    #[serde(default = "default_list_books_sort")]
    sort: model::BookSort,
    #[serde(default = "default_list_books_order")]
    order: model::SortOrder,
}

fn default_list_books_limit() -> i32 {
    10
}

fn default_list_books_offset() -> i32 {
    0
}

fn default_list_books_sort() -> model::BookSort {
    model::BookSort::CreatedAt
}

fn default_list_books_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_LIST_BOOKS: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "list_books",
    statuses: &[400, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[
            ("title", "title"),
            ("category_id", "category_id"),
            ("publisher_id", "publisher_id"),
            ("author_id", "author_id"),
            ("limit", "limit"),
            ("offset", "offset"),
            ("sort", "sort"),
            ("order", "order"),
        ],
        header: &[],
        cookie: &[],
    },
};

async fn list_books<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let query: Option<ListBooksQuery> = openapi_runtime::server::query_params(&parts, &mut errors);
    let Some(query) = query else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListBooksParams {
        title: query.title,
        category_id: query.category_id,
        publisher_id: query.publisher_id,
        author_id: query.author_id,
        limit: query.limit,
        offset: query.offset,
        sort: query.sort,
        order: query.order,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = ListBooksRequest { params };
    match state.service.list_books(request).await {
        Ok(response) => list_books_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_BOOKS),
    }
}

fn list_books_response(response: ListBooksResponse) -> Response {
    match response {
        ListBooksResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListBooksResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ListBooksResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        ListBooksResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        ListBooksResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

const SECURITY_CREATE_BOOK: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

const ERRORS_CREATE_BOOK: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "create_book",
    statuses: &[400, 401, 403, 409, 415, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn create_book<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_CREATE_BOOK,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let body: Option<model::BookCreate> = match openapi_runtime::server::json_body(
        &parts.headers,
        body,
        state.config.body_limit,
        &mut errors,
    )
    .await
    {
        Ok(body) => body,
        Err(problem) => return problem.into_response(),
    };
    let Some(body) = body else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = CreateBookRequest { body, principal };
    match state.service.create_book(request).await {
        Ok(response) => create_book_response(response),
        Err(error) => error.into_operation_response(&ERRORS_CREATE_BOOK),
    }
}

fn create_book_response(response: CreateBookResponse) -> Response {
    match response {
        CreateBookResponse::Created { body, location } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::CREATED,
                "application/json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "location", &location);
            response
        }
        CreateBookResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        CreateBookResponse::Unauthorized {
            body,
            www_authenticate,
        } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::UNAUTHORIZED,
                "application/problem+json",
                &body,
            );
            openapi_runtime::server::set_header(
                &mut response,
                "www-authenticate",
                &www_authenticate,
            );
            response
        }
        CreateBookResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        CreateBookResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        CreateBookResponse::UnsupportedMediaType(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "application/problem+json",
            &body,
        ),
        CreateBookResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        CreateBookResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        CreateBookResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

#[derive(serde::Deserialize)]
struct GetBookPath {
    id: i64,
}

const ERRORS_GET_BOOK: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_book",
    statuses: &[400, 404, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn get_book<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let path: Option<GetBookPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetBookParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = GetBookRequest { params };
    match state.service.get_book(request).await {
        Ok(response) => get_book_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_BOOK),
    }
}

fn get_book_response(response: GetBookResponse) -> Response {
    match response {
        GetBookResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetBookResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetBookResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetBookResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        GetBookResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        GetBookResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

const SECURITY_REPLACE_BOOK: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct ReplaceBookPath {
    id: i64,
}

const ERRORS_REPLACE_BOOK: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "replace_book",
    statuses: &[400, 401, 403, 404, 409, 415, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn replace_book<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_REPLACE_BOOK,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<ReplaceBookPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<model::BookReplace> = match openapi_runtime::server::json_body(
        &parts.headers,
        body,
        state.config.body_limit,
        &mut errors,
    )
    .await
    {
        Ok(body) => body,
        Err(problem) => return problem.into_response(),
    };
    let (Some(path), Some(body)) = (path, body) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ReplaceBookParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = ReplaceBookRequest {
        params,
        body,
        principal,
    };
    match state.service.replace_book(request).await {
        Ok(response) => replace_book_response(response),
        Err(error) => error.into_operation_response(&ERRORS_REPLACE_BOOK),
    }
}

fn replace_book_response(response: ReplaceBookResponse) -> Response {
    match response {
        ReplaceBookResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ReplaceBookResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ReplaceBookResponse::Unauthorized {
            body,
            www_authenticate,
        } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::UNAUTHORIZED,
                "application/problem+json",
                &body,
            );
            openapi_runtime::server::set_header(
                &mut response,
                "www-authenticate",
                &www_authenticate,
            );
            response
        }
        ReplaceBookResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ReplaceBookResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        ReplaceBookResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        ReplaceBookResponse::UnsupportedMediaType(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "application/problem+json",
            &body,
        ),
        ReplaceBookResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        ReplaceBookResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        ReplaceBookResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

const SECURITY_DELETE_BOOK: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct DeleteBookPath {
    id: i64,
}

const ERRORS_DELETE_BOOK: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "delete_book",
    statuses: &[400, 401, 403, 404, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn delete_book<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_DELETE_BOOK,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<DeleteBookPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = DeleteBookParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = DeleteBookRequest { params, principal };
    match state.service.delete_book(request).await {
        Ok(response) => delete_book_response(response),
        Err(error) => error.into_operation_response(&ERRORS_DELETE_BOOK),
    }
}

fn delete_book_response(response: DeleteBookResponse) -> Response {
    match response {
        DeleteBookResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
        DeleteBookResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        DeleteBookResponse::Unauthorized {
            body,
            www_authenticate,
        } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::UNAUTHORIZED,
                "application/problem+json",
                &body,
            );
            openapi_runtime::server::set_header(
                &mut response,
                "www-authenticate",
                &www_authenticate,
            );
            response
        }
        DeleteBookResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        DeleteBookResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        DeleteBookResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        DeleteBookResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        DeleteBookResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

#[derive(serde::Deserialize)]
struct ListAuthorsQuery {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    book_id: Option<i64>,
    #[serde(default = "default_list_authors_limit")]
    limit: i32,
    #[serde(default = "default_list_authors_offset")]
    offset: i32,
    #[serde(default = "default_list_authors_sort")]
    sort: model::AuthorSort,
    #[serde(default = "default_list_authors_order")]
    order: model::SortOrder,
}

fn default_list_authors_limit() -> i32 {
    10
}

fn default_list_authors_offset() -> i32 {
    0
}

fn default_list_authors_sort() -> model::AuthorSort {
    model::AuthorSort::CreatedAt
}

fn default_list_authors_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_LIST_AUTHORS: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "list_authors",
    statuses: &[400, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[
            ("name", "name"),
            ("book_id", "book_id"),
            ("limit", "limit"),
            ("offset", "offset"),
            ("sort", "sort"),
            ("order", "order"),
        ],
        header: &[],
        cookie: &[],
    },
};

async fn list_authors<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let query: Option<ListAuthorsQuery> =
        openapi_runtime::server::query_params(&parts, &mut errors);
    let Some(query) = query else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListAuthorsParams {
        name: query.name,
        book_id: query.book_id,
        limit: query.limit,
        offset: query.offset,
        sort: query.sort,
        order: query.order,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = ListAuthorsRequest { params };
    match state.service.list_authors(request).await {
        Ok(response) => list_authors_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_AUTHORS),
    }
}

fn list_authors_response(response: ListAuthorsResponse) -> Response {
    match response {
        ListAuthorsResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListAuthorsResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ListAuthorsResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        ListAuthorsResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        ListAuthorsResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

const SECURITY_CREATE_AUTHOR: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

const ERRORS_CREATE_AUTHOR: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "create_author",
    statuses: &[400, 401, 403, 415, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn create_author<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_CREATE_AUTHOR,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let body: Option<model::AuthorCreate> = match openapi_runtime::server::json_body(
        &parts.headers,
        body,
        state.config.body_limit,
        &mut errors,
    )
    .await
    {
        Ok(body) => body,
        Err(problem) => return problem.into_response(),
    };
    let Some(body) = body else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = CreateAuthorRequest { body, principal };
    match state.service.create_author(request).await {
        Ok(response) => create_author_response(response),
        Err(error) => error.into_operation_response(&ERRORS_CREATE_AUTHOR),
    }
}

fn create_author_response(response: CreateAuthorResponse) -> Response {
    match response {
        CreateAuthorResponse::Created { body, location } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::CREATED,
                "application/json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "location", &location);
            response
        }
        CreateAuthorResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        CreateAuthorResponse::Unauthorized {
            body,
            www_authenticate,
        } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::UNAUTHORIZED,
                "application/problem+json",
                &body,
            );
            openapi_runtime::server::set_header(
                &mut response,
                "www-authenticate",
                &www_authenticate,
            );
            response
        }
        CreateAuthorResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        CreateAuthorResponse::UnsupportedMediaType(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "application/problem+json",
            &body,
        ),
        CreateAuthorResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        CreateAuthorResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        CreateAuthorResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

#[derive(serde::Deserialize)]
struct GetAuthorPath {
    id: i64,
}

const ERRORS_GET_AUTHOR: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_author",
    statuses: &[400, 404, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn get_author<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let path: Option<GetAuthorPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetAuthorParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = GetAuthorRequest { params };
    match state.service.get_author(request).await {
        Ok(response) => get_author_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_AUTHOR),
    }
}

fn get_author_response(response: GetAuthorResponse) -> Response {
    match response {
        GetAuthorResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetAuthorResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetAuthorResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetAuthorResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        GetAuthorResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        GetAuthorResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

const SECURITY_REPLACE_AUTHOR: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct ReplaceAuthorPath {
    id: i64,
}

const ERRORS_REPLACE_AUTHOR: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "replace_author",
    statuses: &[400, 401, 403, 404, 409, 415, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn replace_author<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_REPLACE_AUTHOR,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<ReplaceAuthorPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<model::AuthorReplace> = match openapi_runtime::server::json_body(
        &parts.headers,
        body,
        state.config.body_limit,
        &mut errors,
    )
    .await
    {
        Ok(body) => body,
        Err(problem) => return problem.into_response(),
    };
    let (Some(path), Some(body)) = (path, body) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ReplaceAuthorParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = ReplaceAuthorRequest {
        params,
        body,
        principal,
    };
    match state.service.replace_author(request).await {
        Ok(response) => replace_author_response(response),
        Err(error) => error.into_operation_response(&ERRORS_REPLACE_AUTHOR),
    }
}

fn replace_author_response(response: ReplaceAuthorResponse) -> Response {
    match response {
        ReplaceAuthorResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ReplaceAuthorResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ReplaceAuthorResponse::Unauthorized {
            body,
            www_authenticate,
        } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::UNAUTHORIZED,
                "application/problem+json",
                &body,
            );
            openapi_runtime::server::set_header(
                &mut response,
                "www-authenticate",
                &www_authenticate,
            );
            response
        }
        ReplaceAuthorResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ReplaceAuthorResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        ReplaceAuthorResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        ReplaceAuthorResponse::UnsupportedMediaType(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "application/problem+json",
                &body,
            )
        }
        ReplaceAuthorResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        ReplaceAuthorResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        ReplaceAuthorResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

const SECURITY_DELETE_AUTHOR: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct DeleteAuthorPath {
    id: i64,
}

const ERRORS_DELETE_AUTHOR: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "delete_author",
    statuses: &[400, 401, 403, 404, 409, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn delete_author<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_DELETE_AUTHOR,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<DeleteAuthorPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = DeleteAuthorParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = DeleteAuthorRequest { params, principal };
    match state.service.delete_author(request).await {
        Ok(response) => delete_author_response(response),
        Err(error) => error.into_operation_response(&ERRORS_DELETE_AUTHOR),
    }
}

fn delete_author_response(response: DeleteAuthorResponse) -> Response {
    match response {
        DeleteAuthorResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
        DeleteAuthorResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        DeleteAuthorResponse::Unauthorized {
            body,
            www_authenticate,
        } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::UNAUTHORIZED,
                "application/problem+json",
                &body,
            );
            openapi_runtime::server::set_header(
                &mut response,
                "www-authenticate",
                &www_authenticate,
            );
            response
        }
        DeleteAuthorResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        DeleteAuthorResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        DeleteAuthorResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        DeleteAuthorResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        DeleteAuthorResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        DeleteAuthorResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

#[derive(serde::Deserialize)]
struct ListPublishersQuery {
    #[serde(default)]
    name: Option<String>,
    #[serde(default = "default_list_publishers_limit")]
    limit: i32,
    #[serde(default = "default_list_publishers_offset")]
    offset: i32,
    #[serde(default = "default_list_publishers_sort")]
    sort: model::PublisherSort,
    #[serde(default = "default_list_publishers_order")]
    order: model::SortOrder,
}

fn default_list_publishers_limit() -> i32 {
    10
}

fn default_list_publishers_offset() -> i32 {
    0
}

fn default_list_publishers_sort() -> model::PublisherSort {
    model::PublisherSort::CreatedAt
}

fn default_list_publishers_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_LIST_PUBLISHERS: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "list_publishers",
    statuses: &[400, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[
            ("name", "name"),
            ("limit", "limit"),
            ("offset", "offset"),
            ("sort", "sort"),
            ("order", "order"),
        ],
        header: &[],
        cookie: &[],
    },
};

async fn list_publishers<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let query: Option<ListPublishersQuery> =
        openapi_runtime::server::query_params(&parts, &mut errors);
    let Some(query) = query else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListPublishersParams {
        name: query.name,
        limit: query.limit,
        offset: query.offset,
        sort: query.sort,
        order: query.order,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = ListPublishersRequest { params };
    match state.service.list_publishers(request).await {
        Ok(response) => list_publishers_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_PUBLISHERS),
    }
}

fn list_publishers_response(response: ListPublishersResponse) -> Response {
    match response {
        ListPublishersResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListPublishersResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ListPublishersResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        ListPublishersResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        ListPublishersResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

const SECURITY_CREATE_PUBLISHER: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

const ERRORS_CREATE_PUBLISHER: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "create_publisher",
        statuses: &[400, 401, 403, 409, 415, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[],
            query: &[],
            header: &[],
            cookie: &[],
        },
    };

async fn create_publisher<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_CREATE_PUBLISHER,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let body: Option<model::PublisherCreate> = match openapi_runtime::server::json_body(
        &parts.headers,
        body,
        state.config.body_limit,
        &mut errors,
    )
    .await
    {
        Ok(body) => body,
        Err(problem) => return problem.into_response(),
    };
    let Some(body) = body else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = CreatePublisherRequest { body, principal };
    match state.service.create_publisher(request).await {
        Ok(response) => create_publisher_response(response),
        Err(error) => error.into_operation_response(&ERRORS_CREATE_PUBLISHER),
    }
}

fn create_publisher_response(response: CreatePublisherResponse) -> Response {
    match response {
        CreatePublisherResponse::Created { body, location } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::CREATED,
                "application/json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "location", &location);
            response
        }
        CreatePublisherResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        CreatePublisherResponse::Unauthorized {
            body,
            www_authenticate,
        } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::UNAUTHORIZED,
                "application/problem+json",
                &body,
            );
            openapi_runtime::server::set_header(
                &mut response,
                "www-authenticate",
                &www_authenticate,
            );
            response
        }
        CreatePublisherResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        CreatePublisherResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        CreatePublisherResponse::UnsupportedMediaType(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "application/problem+json",
                &body,
            )
        }
        CreatePublisherResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        CreatePublisherResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        CreatePublisherResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

#[derive(serde::Deserialize)]
struct GetPublisherPath {
    id: i64,
}

const ERRORS_GET_PUBLISHER: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_publisher",
    statuses: &[400, 404, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn get_publisher<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let path: Option<GetPublisherPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetPublisherParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = GetPublisherRequest { params };
    match state.service.get_publisher(request).await {
        Ok(response) => get_publisher_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_PUBLISHER),
    }
}

fn get_publisher_response(response: GetPublisherResponse) -> Response {
    match response {
        GetPublisherResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetPublisherResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetPublisherResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetPublisherResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        GetPublisherResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        GetPublisherResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

const SECURITY_REPLACE_PUBLISHER: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct ReplacePublisherPath {
    id: i64,
}

const ERRORS_REPLACE_PUBLISHER: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "replace_publisher",
        statuses: &[400, 401, 403, 404, 409, 415, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id")],
            query: &[],
            header: &[],
            cookie: &[],
        },
    };

async fn replace_publisher<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_REPLACE_PUBLISHER,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<ReplacePublisherPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<model::PublisherReplace> = match openapi_runtime::server::json_body(
        &parts.headers,
        body,
        state.config.body_limit,
        &mut errors,
    )
    .await
    {
        Ok(body) => body,
        Err(problem) => return problem.into_response(),
    };
    let (Some(path), Some(body)) = (path, body) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ReplacePublisherParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = ReplacePublisherRequest {
        params,
        body,
        principal,
    };
    match state.service.replace_publisher(request).await {
        Ok(response) => replace_publisher_response(response),
        Err(error) => error.into_operation_response(&ERRORS_REPLACE_PUBLISHER),
    }
}

fn replace_publisher_response(response: ReplacePublisherResponse) -> Response {
    match response {
        ReplacePublisherResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ReplacePublisherResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ReplacePublisherResponse::Unauthorized {
            body,
            www_authenticate,
        } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::UNAUTHORIZED,
                "application/problem+json",
                &body,
            );
            openapi_runtime::server::set_header(
                &mut response,
                "www-authenticate",
                &www_authenticate,
            );
            response
        }
        ReplacePublisherResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ReplacePublisherResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        ReplacePublisherResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        ReplacePublisherResponse::UnsupportedMediaType(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "application/problem+json",
                &body,
            )
        }
        ReplacePublisherResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        ReplacePublisherResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        ReplacePublisherResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

const SECURITY_DELETE_PUBLISHER: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct DeletePublisherPath {
    id: i64,
}

const ERRORS_DELETE_PUBLISHER: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "delete_publisher",
        statuses: &[400, 401, 403, 404, 409, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id")],
            query: &[],
            header: &[],
            cookie: &[],
        },
    };

async fn delete_publisher<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_DELETE_PUBLISHER,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<DeletePublisherPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = DeletePublisherParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = DeletePublisherRequest { params, principal };
    match state.service.delete_publisher(request).await {
        Ok(response) => delete_publisher_response(response),
        Err(error) => error.into_operation_response(&ERRORS_DELETE_PUBLISHER),
    }
}

fn delete_publisher_response(response: DeletePublisherResponse) -> Response {
    match response {
        DeletePublisherResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
        DeletePublisherResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        DeletePublisherResponse::Unauthorized {
            body,
            www_authenticate,
        } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::UNAUTHORIZED,
                "application/problem+json",
                &body,
            );
            openapi_runtime::server::set_header(
                &mut response,
                "www-authenticate",
                &www_authenticate,
            );
            response
        }
        DeletePublisherResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        DeletePublisherResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        DeletePublisherResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        DeletePublisherResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        DeletePublisherResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        DeletePublisherResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}

#[derive(serde::Deserialize)]
struct ListCategoriesQuery {
    #[serde(default = "default_list_categories_limit")]
    limit: i32,
    #[serde(default = "default_list_categories_offset")]
    offset: i32,
    #[serde(default = "default_list_categories_sort")]
    sort: model::CategorySort,
    #[serde(default = "default_list_categories_order")]
    order: model::SortOrder,
}

fn default_list_categories_limit() -> i32 {
    10
}

fn default_list_categories_offset() -> i32 {
    0
}

fn default_list_categories_sort() -> model::CategorySort {
    model::CategorySort::Id
}

fn default_list_categories_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_LIST_CATEGORIES: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "list_categories",
    statuses: &[400, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[
            ("limit", "limit"),
            ("offset", "offset"),
            ("sort", "sort"),
            ("order", "order"),
        ],
        header: &[],
        cookie: &[],
    },
};

async fn list_categories<S: CatalogApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let query: Option<ListCategoriesQuery> =
        openapi_runtime::server::query_params(&parts, &mut errors);
    let Some(query) = query else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListCategoriesParams {
        limit: query.limit,
        offset: query.offset,
        sort: query.sort,
        order: query.order,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = ListCategoriesRequest { params };
    match state.service.list_categories(request).await {
        Ok(response) => list_categories_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_CATEGORIES),
    }
}

fn list_categories_response(response: ListCategoriesResponse) -> Response {
    match response {
        ListCategoriesResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListCategoriesResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ListCategoriesResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        ListCategoriesResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        ListCategoriesResponse::ServiceUnavailable { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "application/problem+json",
                &body,
            );
            if let Some(value) = &retry_after {
                openapi_runtime::server::set_header(&mut response, "retry-after", value);
            }
            response
        }
    }
}
