// Generated from api/order/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: d0f3397d874983b6-6dc4788c53985b53
//! The axum adapter of Bookstore Order API: routes, extraction and validation (RFC 9457 problem+json
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

/// The routes of Bookstore Order API with the default [`RouterConfig`].
pub fn router<S: OrderApi>(service: Arc<S>, authenticator: Arc<dyn Authenticator>) -> axum::Router {
    router_with_config(service, authenticator, RouterConfig::default())
}

/// The routes of Bookstore Order API; unknown paths answer 404 and known paths with another method 405
/// (with `Allow`), both as problem+json.
pub fn router_with_config<S: OrderApi>(
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
            "/api/v1/orders",
            axum::routing::get(list_orders::<S>).post(create_order::<S>),
        )
        .route("/api/v1/orders/{id}", axum::routing::get(get_order::<S>))
        .route(
            "/api/v1/orders/{id}/cancel",
            axum::routing::post(cancel_order::<S>),
        )
        .fallback(openapi_runtime::server::not_found)
        .layer(axum::middleware::map_response(
            openapi_runtime::server::problem_for_bare_errors,
        ))
        .with_state(state)
}

const SECURITY_LIST_ORDERS: openapi_runtime::auth::Security = &[
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }],
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["view"],
    }],
];

#[derive(serde::Deserialize)]
struct ListOrdersQuery {
    #[serde(default)]
    user_id: Option<uuid::Uuid>,
    #[serde(default)]
    status: Option<model::OrderStatus>,
    #[serde(default = "default_list_orders_limit")]
    limit: i32,
    #[serde(default = "default_list_orders_offset")]
    offset: i32,
    #[serde(default = "default_list_orders_sort")]
    sort: model::OrderSort,
    #[serde(default = "default_list_orders_order")]
    order: model::SortOrder,
}

fn default_list_orders_limit() -> i32 {
    10
}

fn default_list_orders_offset() -> i32 {
    0
}

fn default_list_orders_sort() -> model::OrderSort {
    model::OrderSort::CreatedAt
}

fn default_list_orders_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_LIST_ORDERS: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "list_orders",
    statuses: &[400, 401, 403, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[
            ("user_id", "user_id"),
            ("status", "status"),
            ("limit", "limit"),
            ("offset", "offset"),
            ("sort", "sort"),
            ("order", "order"),
        ],
        header: &[],
        cookie: &[],
    },
};

async fn list_orders<S: OrderApi>(
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
        SECURITY_LIST_ORDERS,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let query: Option<ListOrdersQuery> = openapi_runtime::server::query_params(&parts, &mut errors);
    let Some(query) = query else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListOrdersParams {
        user_id: query.user_id,
        status: query.status,
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
    let request = ListOrdersRequest { params, principal };
    match state.service.list_orders(request).await {
        Ok(response) => list_orders_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_ORDERS),
    }
}

fn list_orders_response(response: ListOrdersResponse) -> Response {
    match response {
        ListOrdersResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListOrdersResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ListOrdersResponse::Unauthorized {
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
        ListOrdersResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ListOrdersResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        ListOrdersResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        ListOrdersResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_CREATE_ORDER: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["order"],
    }]];

#[derive(serde::Deserialize)]
struct CreateOrderHeaders {
    #[serde(rename = "idempotency-key", default)]
    idempotency_key: Option<String>,
}

const ERRORS_CREATE_ORDER: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "create_order",
    statuses: &[400, 401, 403, 415, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[("idempotency_key", "idempotency-key")],
        cookie: &[],
    },
};

async fn create_order<S: OrderApi>(
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
        SECURITY_CREATE_ORDER,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let header: Option<CreateOrderHeaders> =
        openapi_runtime::server::header_params(&parts, &["idempotency-key"], &mut errors);
    let body: Option<model::OrderCreate> = match openapi_runtime::server::json_body(
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
    let (Some(header), Some(body)) = (header, body) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = CreateOrderParams {
        idempotency_key: header.idempotency_key,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = CreateOrderRequest {
        params,
        body,
        principal,
    };
    match state.service.create_order(request).await {
        Ok(response) => create_order_response(response),
        Err(error) => error.into_operation_response(&ERRORS_CREATE_ORDER),
    }
}

fn create_order_response(response: CreateOrderResponse) -> Response {
    match response {
        CreateOrderResponse::Accepted { body, location } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::ACCEPTED,
                "application/json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "location", &location);
            response
        }
        CreateOrderResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        CreateOrderResponse::Unauthorized {
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
        CreateOrderResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        CreateOrderResponse::UnsupportedMediaType(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "application/problem+json",
            &body,
        ),
        CreateOrderResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        CreateOrderResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        CreateOrderResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_GET_ORDER: openapi_runtime::auth::Security = &[
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }],
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["view"],
    }],
];

#[derive(serde::Deserialize)]
struct GetOrderPath {
    id: i64,
}

const ERRORS_GET_ORDER: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_order",
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

async fn get_order<S: OrderApi>(
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
        SECURITY_GET_ORDER,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<GetOrderPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetOrderParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = GetOrderRequest { params, principal };
    match state.service.get_order(request).await {
        Ok(response) => get_order_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_ORDER),
    }
}

fn get_order_response(response: GetOrderResponse) -> Response {
    match response {
        GetOrderResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetOrderResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetOrderResponse::Unauthorized {
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
        GetOrderResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        GetOrderResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetOrderResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        GetOrderResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        GetOrderResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_CANCEL_ORDER: openapi_runtime::auth::Security = &[
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }],
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["order"],
    }],
];

#[derive(serde::Deserialize)]
struct CancelOrderPath {
    id: i64,
}

const ERRORS_CANCEL_ORDER: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "cancel_order",
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

async fn cancel_order<S: OrderApi>(
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
        SECURITY_CANCEL_ORDER,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<CancelOrderPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = CancelOrderParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = CancelOrderRequest { params, principal };
    match state.service.cancel_order(request).await {
        Ok(response) => cancel_order_response(response),
        Err(error) => error.into_operation_response(&ERRORS_CANCEL_ORDER),
    }
}

fn cancel_order_response(response: CancelOrderResponse) -> Response {
    match response {
        CancelOrderResponse::Accepted(body) => openapi_runtime::server::json_response(
            http::StatusCode::ACCEPTED,
            "application/json",
            &body,
        ),
        CancelOrderResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        CancelOrderResponse::Unauthorized {
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
        CancelOrderResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        CancelOrderResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        CancelOrderResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        CancelOrderResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        CancelOrderResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        CancelOrderResponse::ServiceUnavailable { body, retry_after } => {
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
