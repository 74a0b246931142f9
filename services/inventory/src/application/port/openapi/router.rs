// Generated from api/inventory/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: d62b181f9e0f269d-e1ca471815a2e934
//! The axum adapter of Bookstore Inventory API: routes, extraction and validation (RFC 9457 problem+json
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

/// The routes of Bookstore Inventory API with the default [`RouterConfig`].
pub fn router<S: InventoryApi>(
    service: Arc<S>,
    authenticator: Arc<dyn Authenticator>,
) -> axum::Router {
    router_with_config(service, authenticator, RouterConfig::default())
}

/// The routes of Bookstore Inventory API; unknown paths answer 404 and known paths with another method 405
/// (with `Allow`), both as problem+json.
pub fn router_with_config<S: InventoryApi>(
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
            "/api/v1/warehouses",
            axum::routing::get(list_warehouses::<S>).post(create_warehouse::<S>),
        )
        .route(
            "/api/v1/warehouses/{id}",
            axum::routing::get(get_warehouse::<S>)
                .put(replace_warehouse::<S>)
                .delete(delete_warehouse::<S>),
        )
        .route(
            "/api/v1/stocks",
            axum::routing::get(list_stocks::<S>).post(create_stock::<S>),
        )
        .route(
            "/api/v1/stocks/{id}",
            axum::routing::get(get_stock::<S>)
                .put(replace_stock::<S>)
                .delete(delete_stock::<S>),
        )
        .fallback(openapi_runtime::server::not_found)
        .layer(axum::middleware::map_response(
            openapi_runtime::server::problem_for_bare_errors,
        ))
        .with_state(state)
}

const SECURITY_LIST_WAREHOUSES: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct ListWarehousesQuery {
    #[serde(default = "default_list_warehouses_limit")]
    limit: i32,
    #[serde(default = "default_list_warehouses_offset")]
    offset: i32,
    #[serde(default = "default_list_warehouses_sort")]
    sort: model::WarehouseSort,
    #[serde(default = "default_list_warehouses_order")]
    order: model::SortOrder,
}

fn default_list_warehouses_limit() -> i32 {
    10
}

fn default_list_warehouses_offset() -> i32 {
    0
}

fn default_list_warehouses_sort() -> model::WarehouseSort {
    model::WarehouseSort::CreatedAt
}

fn default_list_warehouses_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_LIST_WAREHOUSES: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "list_warehouses",
    statuses: &[400, 401, 403, 422, 500, 503],
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

async fn list_warehouses<S: InventoryApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_LIST_WAREHOUSES,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let query: Option<ListWarehousesQuery> =
        openapi_runtime::server::query_params(&parts, &mut errors);
    let Some(query) = query else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListWarehousesParams {
        limit: query.limit,
        offset: query.offset,
        sort: query.sort,
        order: query.order,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = ListWarehousesRequest { params, principal };
    match state.service.list_warehouses(request).await {
        Ok(response) => list_warehouses_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_WAREHOUSES),
    }
}

fn list_warehouses_response(response: ListWarehousesResponse) -> Response {
    match response {
        ListWarehousesResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListWarehousesResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ListWarehousesResponse::Unauthorized {
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
        ListWarehousesResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ListWarehousesResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        ListWarehousesResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        ListWarehousesResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_CREATE_WAREHOUSE: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

const ERRORS_CREATE_WAREHOUSE: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "create_warehouse",
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

async fn create_warehouse<S: InventoryApi>(
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
        SECURITY_CREATE_WAREHOUSE,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let body: Option<model::WarehouseCreate> = match openapi_runtime::server::json_body(
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
    let request = CreateWarehouseRequest { body, principal };
    match state.service.create_warehouse(request).await {
        Ok(response) => create_warehouse_response(response),
        Err(error) => error.into_operation_response(&ERRORS_CREATE_WAREHOUSE),
    }
}

fn create_warehouse_response(response: CreateWarehouseResponse) -> Response {
    match response {
        CreateWarehouseResponse::Created { body, location } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::CREATED,
                "application/json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "location", &location);
            response
        }
        CreateWarehouseResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        CreateWarehouseResponse::Unauthorized {
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
        CreateWarehouseResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        CreateWarehouseResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        CreateWarehouseResponse::UnsupportedMediaType(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "application/problem+json",
                &body,
            )
        }
        CreateWarehouseResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        CreateWarehouseResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        CreateWarehouseResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_GET_WAREHOUSE: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct GetWarehousePath {
    id: i64,
}

const ERRORS_GET_WAREHOUSE: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_warehouse",
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

async fn get_warehouse<S: InventoryApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_GET_WAREHOUSE,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<GetWarehousePath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetWarehouseParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = GetWarehouseRequest { params, principal };
    match state.service.get_warehouse(request).await {
        Ok(response) => get_warehouse_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_WAREHOUSE),
    }
}

fn get_warehouse_response(response: GetWarehouseResponse) -> Response {
    match response {
        GetWarehouseResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetWarehouseResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetWarehouseResponse::Unauthorized {
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
        GetWarehouseResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        GetWarehouseResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetWarehouseResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        GetWarehouseResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        GetWarehouseResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_REPLACE_WAREHOUSE: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct ReplaceWarehousePath {
    id: i64,
}

const ERRORS_REPLACE_WAREHOUSE: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "replace_warehouse",
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

async fn replace_warehouse<S: InventoryApi>(
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
        SECURITY_REPLACE_WAREHOUSE,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<ReplaceWarehousePath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<model::WarehouseReplace> = match openapi_runtime::server::json_body(
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
    let params = ReplaceWarehouseParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = ReplaceWarehouseRequest {
        params,
        body,
        principal,
    };
    match state.service.replace_warehouse(request).await {
        Ok(response) => replace_warehouse_response(response),
        Err(error) => error.into_operation_response(&ERRORS_REPLACE_WAREHOUSE),
    }
}

fn replace_warehouse_response(response: ReplaceWarehouseResponse) -> Response {
    match response {
        ReplaceWarehouseResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ReplaceWarehouseResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ReplaceWarehouseResponse::Unauthorized {
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
        ReplaceWarehouseResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ReplaceWarehouseResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        ReplaceWarehouseResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        ReplaceWarehouseResponse::UnsupportedMediaType(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "application/problem+json",
                &body,
            )
        }
        ReplaceWarehouseResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        ReplaceWarehouseResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        ReplaceWarehouseResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_DELETE_WAREHOUSE: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct DeleteWarehousePath {
    id: i64,
}

const ERRORS_DELETE_WAREHOUSE: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "delete_warehouse",
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

async fn delete_warehouse<S: InventoryApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_DELETE_WAREHOUSE,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<DeleteWarehousePath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = DeleteWarehouseParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = DeleteWarehouseRequest { params, principal };
    match state.service.delete_warehouse(request).await {
        Ok(response) => delete_warehouse_response(response),
        Err(error) => error.into_operation_response(&ERRORS_DELETE_WAREHOUSE),
    }
}

fn delete_warehouse_response(response: DeleteWarehouseResponse) -> Response {
    match response {
        DeleteWarehouseResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
        DeleteWarehouseResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        DeleteWarehouseResponse::Unauthorized {
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
        DeleteWarehouseResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        DeleteWarehouseResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        DeleteWarehouseResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        DeleteWarehouseResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        DeleteWarehouseResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        DeleteWarehouseResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_LIST_STOCKS: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct ListStocksQuery {
    #[serde(default)]
    book_id: Option<i64>,
    #[serde(default)]
    warehouse_id: Option<i64>,
    #[serde(default = "default_list_stocks_limit")]
    limit: i32,
    #[serde(default = "default_list_stocks_offset")]
    offset: i32,
    #[serde(default = "default_list_stocks_sort")]
    sort: model::StockSort,
    #[serde(default = "default_list_stocks_order")]
    order: model::SortOrder,
}

fn default_list_stocks_limit() -> i32 {
    10
}

fn default_list_stocks_offset() -> i32 {
    0
}

fn default_list_stocks_sort() -> model::StockSort {
    model::StockSort::CreatedAt
}

fn default_list_stocks_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_LIST_STOCKS: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "list_stocks",
    statuses: &[400, 401, 403, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[
            ("book_id", "book_id"),
            ("warehouse_id", "warehouse_id"),
            ("limit", "limit"),
            ("offset", "offset"),
            ("sort", "sort"),
            ("order", "order"),
        ],
        header: &[],
        cookie: &[],
    },
};

async fn list_stocks<S: InventoryApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_LIST_STOCKS,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let query: Option<ListStocksQuery> = openapi_runtime::server::query_params(&parts, &mut errors);
    let Some(query) = query else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListStocksParams {
        book_id: query.book_id,
        warehouse_id: query.warehouse_id,
        limit: query.limit,
        offset: query.offset,
        sort: query.sort,
        order: query.order,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = ListStocksRequest { params, principal };
    match state.service.list_stocks(request).await {
        Ok(response) => list_stocks_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_STOCKS),
    }
}

fn list_stocks_response(response: ListStocksResponse) -> Response {
    match response {
        ListStocksResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListStocksResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ListStocksResponse::Unauthorized {
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
        ListStocksResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ListStocksResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        ListStocksResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        ListStocksResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_CREATE_STOCK: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

const ERRORS_CREATE_STOCK: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "create_stock",
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

async fn create_stock<S: InventoryApi>(
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
        SECURITY_CREATE_STOCK,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let body: Option<model::StockCreate> = match openapi_runtime::server::json_body(
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
    let request = CreateStockRequest { body, principal };
    match state.service.create_stock(request).await {
        Ok(response) => create_stock_response(response),
        Err(error) => error.into_operation_response(&ERRORS_CREATE_STOCK),
    }
}

fn create_stock_response(response: CreateStockResponse) -> Response {
    match response {
        CreateStockResponse::Created { body, location } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::CREATED,
                "application/json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "location", &location);
            response
        }
        CreateStockResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        CreateStockResponse::Unauthorized {
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
        CreateStockResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        CreateStockResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        CreateStockResponse::UnsupportedMediaType(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "application/problem+json",
            &body,
        ),
        CreateStockResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        CreateStockResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        CreateStockResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_GET_STOCK: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct GetStockPath {
    id: i64,
}

const ERRORS_GET_STOCK: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_stock",
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

async fn get_stock<S: InventoryApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_GET_STOCK,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<GetStockPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetStockParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = GetStockRequest { params, principal };
    match state.service.get_stock(request).await {
        Ok(response) => get_stock_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_STOCK),
    }
}

fn get_stock_response(response: GetStockResponse) -> Response {
    match response {
        GetStockResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetStockResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetStockResponse::Unauthorized {
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
        GetStockResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        GetStockResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetStockResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        GetStockResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        GetStockResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_REPLACE_STOCK: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct ReplaceStockPath {
    id: i64,
}

const ERRORS_REPLACE_STOCK: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "replace_stock",
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

async fn replace_stock<S: InventoryApi>(
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
        SECURITY_REPLACE_STOCK,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<ReplaceStockPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<model::StockReplace> = match openapi_runtime::server::json_body(
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
    let params = ReplaceStockParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = ReplaceStockRequest {
        params,
        body,
        principal,
    };
    match state.service.replace_stock(request).await {
        Ok(response) => replace_stock_response(response),
        Err(error) => error.into_operation_response(&ERRORS_REPLACE_STOCK),
    }
}

fn replace_stock_response(response: ReplaceStockResponse) -> Response {
    match response {
        ReplaceStockResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ReplaceStockResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ReplaceStockResponse::Unauthorized {
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
        ReplaceStockResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ReplaceStockResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        ReplaceStockResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        ReplaceStockResponse::UnsupportedMediaType(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "application/problem+json",
            &body,
        ),
        ReplaceStockResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        ReplaceStockResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        ReplaceStockResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_DELETE_STOCK: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct DeleteStockPath {
    id: i64,
}

const ERRORS_DELETE_STOCK: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "delete_stock",
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

async fn delete_stock<S: InventoryApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_DELETE_STOCK,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<DeleteStockPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = DeleteStockParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = DeleteStockRequest { params, principal };
    match state.service.delete_stock(request).await {
        Ok(response) => delete_stock_response(response),
        Err(error) => error.into_operation_response(&ERRORS_DELETE_STOCK),
    }
}

fn delete_stock_response(response: DeleteStockResponse) -> Response {
    match response {
        DeleteStockResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
        DeleteStockResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        DeleteStockResponse::Unauthorized {
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
        DeleteStockResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        DeleteStockResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        DeleteStockResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        DeleteStockResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        DeleteStockResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        DeleteStockResponse::ServiceUnavailable { body, retry_after } => {
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
