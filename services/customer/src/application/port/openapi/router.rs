// Generated from api/customer/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 59243265106105ec-e1651e9f0afa2599
//! The axum adapter of Bookstore Customer API: routes, extraction and validation (RFC 9457 problem+json
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

/// The routes of Bookstore Customer API with the default [`RouterConfig`].
pub fn router<S: CustomerApi>(
    service: Arc<S>,
    authenticator: Arc<dyn Authenticator>,
) -> axum::Router {
    router_with_config(service, authenticator, RouterConfig::default())
}

/// The routes of Bookstore Customer API; unknown paths answer 404 and known paths with another method 405
/// (with `Allow`), both as problem+json.
pub fn router_with_config<S: CustomerApi>(
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
        .route("/api/v1/customers", axum::routing::get(list_customers::<S>))
        .route(
            "/api/v1/customers/{id}",
            axum::routing::get(get_customer::<S>)
                .put(replace_customer::<S>)
                .delete(delete_customer::<S>),
        )
        .route(
            "/api/v1/customers/{id}/wishlist",
            axum::routing::get(get_wishlist::<S>).put(replace_wishlist::<S>),
        )
        .route(
            "/api/v1/customers/{id}/wishlist/items",
            axum::routing::post(add_wishlist_item::<S>),
        )
        .route(
            "/api/v1/customers/{id}/wishlist/items/{book_id}",
            axum::routing::delete(remove_wishlist_item::<S>),
        )
        .route(
            "/api/v1/customers/{id}/point",
            axum::routing::get(get_point::<S>),
        )
        .route(
            "/api/v1/customers/{id}/point/transactions",
            axum::routing::get(list_point_transactions::<S>).post(create_point_transaction::<S>),
        )
        .route(
            "/api/v1/customers/{id}/point/transactions/{transaction_id}",
            axum::routing::get(get_point_transaction::<S>),
        )
        .route(
            "/api/v1/customers/{id}/orders",
            axum::routing::get(list_customer_orders::<S>),
        )
        .route(
            "/api/v1/customers/{id}/orders/{order_id}",
            axum::routing::get(get_customer_order::<S>),
        )
        .route(
            "/api/v1/customers/{id}/payments",
            axum::routing::get(list_customer_payments::<S>),
        )
        .route(
            "/api/v1/customers/{id}/payments/{payment_id}",
            axum::routing::get(get_customer_payment::<S>),
        )
        .fallback(openapi_runtime::server::not_found)
        .layer(axum::middleware::map_response(
            openapi_runtime::server::problem_for_bare_errors,
        ))
        .with_state(state)
}

const SECURITY_LIST_CUSTOMERS: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct ListCustomersQuery {
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    phone: Option<String>,
    #[serde(default = "default_list_customers_limit")]
    limit: i32,
    #[serde(default = "default_list_customers_offset")]
    offset: i32,
    #[serde(default = "default_list_customers_sort")]
    sort: model::CustomerSort,
    #[serde(default = "default_list_customers_order")]
    order: model::SortOrder,
}

fn default_list_customers_limit() -> i32 {
    10
}

fn default_list_customers_offset() -> i32 {
    0
}

fn default_list_customers_sort() -> model::CustomerSort {
    model::CustomerSort::CreatedAt
}

fn default_list_customers_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_LIST_CUSTOMERS: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "list_customers",
    statuses: &[400, 401, 403, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[
            ("email", "email"),
            ("name", "name"),
            ("phone", "phone"),
            ("limit", "limit"),
            ("offset", "offset"),
            ("sort", "sort"),
            ("order", "order"),
        ],
        header: &[],
        cookie: &[],
    },
};

async fn list_customers<S: CustomerApi>(
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
        SECURITY_LIST_CUSTOMERS,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let query: Option<ListCustomersQuery> =
        openapi_runtime::server::query_params(&parts, &mut errors);
    let Some(query) = query else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListCustomersParams {
        email: query.email,
        name: query.name,
        phone: query.phone,
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
    let request = ListCustomersRequest { params, principal };
    match state.service.list_customers(request).await {
        Ok(response) => list_customers_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_CUSTOMERS),
    }
}

fn list_customers_response(response: ListCustomersResponse) -> Response {
    match response {
        ListCustomersResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListCustomersResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ListCustomersResponse::Unauthorized {
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
        ListCustomersResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ListCustomersResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        ListCustomersResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        ListCustomersResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_GET_CUSTOMER: openapi_runtime::auth::Security = &[
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }],
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["profile"],
    }],
];

#[derive(serde::Deserialize)]
struct GetCustomerPath {
    id: uuid::Uuid,
}

const ERRORS_GET_CUSTOMER: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_customer",
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

async fn get_customer<S: CustomerApi>(
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
        SECURITY_GET_CUSTOMER,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<GetCustomerPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetCustomerParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = GetCustomerRequest { params, principal };
    match state.service.get_customer(request).await {
        Ok(response) => get_customer_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_CUSTOMER),
    }
}

fn get_customer_response(response: GetCustomerResponse) -> Response {
    match response {
        GetCustomerResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetCustomerResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetCustomerResponse::Unauthorized {
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
        GetCustomerResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        GetCustomerResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetCustomerResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        GetCustomerResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        GetCustomerResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_REPLACE_CUSTOMER: openapi_runtime::auth::Security = &[
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }],
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["profile"],
    }],
];

#[derive(serde::Deserialize)]
struct ReplaceCustomerPath {
    id: uuid::Uuid,
}

const ERRORS_REPLACE_CUSTOMER: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "replace_customer",
        statuses: &[400, 401, 403, 404, 415, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id")],
            query: &[],
            header: &[],
            cookie: &[],
        },
    };

async fn replace_customer<S: CustomerApi>(
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
        SECURITY_REPLACE_CUSTOMER,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<ReplaceCustomerPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<model::CustomerReplace> = match openapi_runtime::server::json_body(
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
    let params = ReplaceCustomerParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = ReplaceCustomerRequest {
        params,
        body,
        principal,
    };
    match state.service.replace_customer(request).await {
        Ok(response) => replace_customer_response(response),
        Err(error) => error.into_operation_response(&ERRORS_REPLACE_CUSTOMER),
    }
}

fn replace_customer_response(response: ReplaceCustomerResponse) -> Response {
    match response {
        ReplaceCustomerResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ReplaceCustomerResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ReplaceCustomerResponse::Unauthorized {
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
        ReplaceCustomerResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ReplaceCustomerResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        ReplaceCustomerResponse::UnsupportedMediaType(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "application/problem+json",
                &body,
            )
        }
        ReplaceCustomerResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        ReplaceCustomerResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        ReplaceCustomerResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_DELETE_CUSTOMER: openapi_runtime::auth::Security = &[
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }],
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["profile"],
    }],
];

#[derive(serde::Deserialize)]
struct DeleteCustomerPath {
    id: uuid::Uuid,
}

const ERRORS_DELETE_CUSTOMER: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "delete_customer",
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

async fn delete_customer<S: CustomerApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_DELETE_CUSTOMER,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<DeleteCustomerPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = DeleteCustomerParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = DeleteCustomerRequest { params, principal };
    match state.service.delete_customer(request).await {
        Ok(response) => delete_customer_response(response),
        Err(error) => error.into_operation_response(&ERRORS_DELETE_CUSTOMER),
    }
}

fn delete_customer_response(response: DeleteCustomerResponse) -> Response {
    match response {
        DeleteCustomerResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
        DeleteCustomerResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        DeleteCustomerResponse::Unauthorized {
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
        DeleteCustomerResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        DeleteCustomerResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        DeleteCustomerResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        DeleteCustomerResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        DeleteCustomerResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_GET_WISHLIST: openapi_runtime::auth::Security = &[
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }],
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["profile"],
    }],
];

#[derive(serde::Deserialize)]
struct GetWishlistPath {
    id: uuid::Uuid,
}

#[derive(serde::Deserialize)]
struct GetWishlistQuery {
    #[serde(default = "default_get_wishlist_limit")]
    limit: i32,
    #[serde(default = "default_get_wishlist_offset")]
    offset: i32,
    #[serde(default = "default_get_wishlist_sort")]
    sort: model::WishlistSort,
    #[serde(default = "default_get_wishlist_order")]
    order: model::SortOrder,
}

fn default_get_wishlist_limit() -> i32 {
    10
}

fn default_get_wishlist_offset() -> i32 {
    0
}

fn default_get_wishlist_sort() -> model::WishlistSort {
    model::WishlistSort::CreatedAt
}

fn default_get_wishlist_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_GET_WISHLIST: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_wishlist",
    statuses: &[400, 401, 403, 404, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
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

async fn get_wishlist<S: CustomerApi>(
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
        SECURITY_GET_WISHLIST,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<GetWishlistPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let query: Option<GetWishlistQuery> =
        openapi_runtime::server::query_params(&parts, &mut errors);
    let (Some(path), Some(query)) = (path, query) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetWishlistParams {
        id: path.id,
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
    let request = GetWishlistRequest { params, principal };
    match state.service.get_wishlist(request).await {
        Ok(response) => get_wishlist_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_WISHLIST),
    }
}

fn get_wishlist_response(response: GetWishlistResponse) -> Response {
    match response {
        GetWishlistResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetWishlistResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetWishlistResponse::Unauthorized {
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
        GetWishlistResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        GetWishlistResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetWishlistResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        GetWishlistResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        GetWishlistResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_REPLACE_WISHLIST: openapi_runtime::auth::Security = &[
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }],
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["profile"],
    }],
];

#[derive(serde::Deserialize)]
struct ReplaceWishlistPath {
    id: uuid::Uuid,
}

const ERRORS_REPLACE_WISHLIST: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "replace_wishlist",
        statuses: &[400, 401, 403, 404, 415, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id")],
            query: &[],
            header: &[],
            cookie: &[],
        },
    };

async fn replace_wishlist<S: CustomerApi>(
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
        SECURITY_REPLACE_WISHLIST,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<ReplaceWishlistPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<model::WishlistReplace> = match openapi_runtime::server::json_body(
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
    let params = ReplaceWishlistParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = ReplaceWishlistRequest {
        params,
        body,
        principal,
    };
    match state.service.replace_wishlist(request).await {
        Ok(response) => replace_wishlist_response(response),
        Err(error) => error.into_operation_response(&ERRORS_REPLACE_WISHLIST),
    }
}

fn replace_wishlist_response(response: ReplaceWishlistResponse) -> Response {
    match response {
        ReplaceWishlistResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ReplaceWishlistResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ReplaceWishlistResponse::Unauthorized {
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
        ReplaceWishlistResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ReplaceWishlistResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        ReplaceWishlistResponse::UnsupportedMediaType(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "application/problem+json",
                &body,
            )
        }
        ReplaceWishlistResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        ReplaceWishlistResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        ReplaceWishlistResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_ADD_WISHLIST_ITEM: openapi_runtime::auth::Security = &[
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }],
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["profile"],
    }],
];

#[derive(serde::Deserialize)]
struct AddWishlistItemPath {
    id: uuid::Uuid,
}

const ERRORS_ADD_WISHLIST_ITEM: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "add_wishlist_item",
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

async fn add_wishlist_item<S: CustomerApi>(
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
        SECURITY_ADD_WISHLIST_ITEM,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<AddWishlistItemPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<model::WishlistItemCreate> = match openapi_runtime::server::json_body(
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
    let params = AddWishlistItemParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = AddWishlistItemRequest {
        params,
        body,
        principal,
    };
    match state.service.add_wishlist_item(request).await {
        Ok(response) => add_wishlist_item_response(response),
        Err(error) => error.into_operation_response(&ERRORS_ADD_WISHLIST_ITEM),
    }
}

fn add_wishlist_item_response(response: AddWishlistItemResponse) -> Response {
    match response {
        AddWishlistItemResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        AddWishlistItemResponse::Created { body, location } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::CREATED,
                "application/json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "location", &location);
            response
        }
        AddWishlistItemResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        AddWishlistItemResponse::Unauthorized {
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
        AddWishlistItemResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        AddWishlistItemResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        AddWishlistItemResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        AddWishlistItemResponse::UnsupportedMediaType(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "application/problem+json",
                &body,
            )
        }
        AddWishlistItemResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        AddWishlistItemResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        AddWishlistItemResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_REMOVE_WISHLIST_ITEM: openapi_runtime::auth::Security = &[
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }],
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["profile"],
    }],
];

#[derive(serde::Deserialize)]
struct RemoveWishlistItemPath {
    id: uuid::Uuid,
    book_id: i64,
}

const ERRORS_REMOVE_WISHLIST_ITEM: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "remove_wishlist_item",
        statuses: &[400, 401, 403, 404, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id"), ("book_id", "book_id")],
            query: &[],
            header: &[],
            cookie: &[],
        },
    };

async fn remove_wishlist_item<S: CustomerApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_REMOVE_WISHLIST_ITEM,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<RemoveWishlistItemPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = RemoveWishlistItemParams {
        id: path.id,
        book_id: path.book_id,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = RemoveWishlistItemRequest { params, principal };
    match state.service.remove_wishlist_item(request).await {
        Ok(response) => remove_wishlist_item_response(response),
        Err(error) => error.into_operation_response(&ERRORS_REMOVE_WISHLIST_ITEM),
    }
}

fn remove_wishlist_item_response(response: RemoveWishlistItemResponse) -> Response {
    match response {
        RemoveWishlistItemResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
        RemoveWishlistItemResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        RemoveWishlistItemResponse::Unauthorized {
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
        RemoveWishlistItemResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        RemoveWishlistItemResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        RemoveWishlistItemResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        RemoveWishlistItemResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        RemoveWishlistItemResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_GET_POINT: openapi_runtime::auth::Security = &[
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
struct GetPointPath {
    id: uuid::Uuid,
}

const ERRORS_GET_POINT: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_point",
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

async fn get_point<S: CustomerApi>(
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
        SECURITY_GET_POINT,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<GetPointPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetPointParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = GetPointRequest { params, principal };
    match state.service.get_point(request).await {
        Ok(response) => get_point_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_POINT),
    }
}

fn get_point_response(response: GetPointResponse) -> Response {
    match response {
        GetPointResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetPointResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetPointResponse::Unauthorized {
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
        GetPointResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        GetPointResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetPointResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        GetPointResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        GetPointResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_LIST_POINT_TRANSACTIONS: openapi_runtime::auth::Security = &[
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
struct ListPointTransactionsPath {
    id: uuid::Uuid,
}

#[derive(serde::Deserialize)]
struct ListPointTransactionsQuery {
    #[serde(default = "default_list_point_transactions_limit")]
    limit: i32,
    #[serde(default = "default_list_point_transactions_offset")]
    offset: i32,
    #[serde(default = "default_list_point_transactions_sort")]
    sort: model::PointTransactionSort,
    #[serde(default = "default_list_point_transactions_order")]
    order: model::SortOrder,
}

fn default_list_point_transactions_limit() -> i32 {
    10
}

fn default_list_point_transactions_offset() -> i32 {
    0
}

fn default_list_point_transactions_sort() -> model::PointTransactionSort {
    model::PointTransactionSort::CreatedAt
}

fn default_list_point_transactions_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_LIST_POINT_TRANSACTIONS: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "list_point_transactions",
        statuses: &[400, 401, 403, 404, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id")],
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

async fn list_point_transactions<S: CustomerApi>(
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
        SECURITY_LIST_POINT_TRANSACTIONS,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<ListPointTransactionsPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let query: Option<ListPointTransactionsQuery> =
        openapi_runtime::server::query_params(&parts, &mut errors);
    let (Some(path), Some(query)) = (path, query) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListPointTransactionsParams {
        id: path.id,
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
    let request = ListPointTransactionsRequest { params, principal };
    match state.service.list_point_transactions(request).await {
        Ok(response) => list_point_transactions_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_POINT_TRANSACTIONS),
    }
}

fn list_point_transactions_response(response: ListPointTransactionsResponse) -> Response {
    match response {
        ListPointTransactionsResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListPointTransactionsResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ListPointTransactionsResponse::Unauthorized {
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
        ListPointTransactionsResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ListPointTransactionsResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        ListPointTransactionsResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        ListPointTransactionsResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        ListPointTransactionsResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_CREATE_POINT_TRANSACTION: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct CreatePointTransactionPath {
    id: uuid::Uuid,
}

#[derive(serde::Deserialize)]
struct CreatePointTransactionHeaders {
    #[serde(rename = "idempotency-key", default)]
    idempotency_key: Option<String>,
}

const ERRORS_CREATE_POINT_TRANSACTION: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "create_point_transaction",
        statuses: &[400, 401, 403, 404, 409, 415, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id")],
            query: &[],
            header: &[("idempotency_key", "idempotency-key")],
            cookie: &[],
        },
    };

async fn create_point_transaction<S: CustomerApi>(
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
        SECURITY_CREATE_POINT_TRANSACTION,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<CreatePointTransactionPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let header: Option<CreatePointTransactionHeaders> =
        openapi_runtime::server::header_params(&parts, &["idempotency-key"], &mut errors);
    let body: Option<model::PointTransactionCreate> = match openapi_runtime::server::json_body(
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
    let (Some(path), Some(header), Some(body)) = (path, header, body) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = CreatePointTransactionParams {
        id: path.id,
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
    let request = CreatePointTransactionRequest {
        params,
        body,
        principal,
    };
    match state.service.create_point_transaction(request).await {
        Ok(response) => create_point_transaction_response(response),
        Err(error) => error.into_operation_response(&ERRORS_CREATE_POINT_TRANSACTION),
    }
}

fn create_point_transaction_response(response: CreatePointTransactionResponse) -> Response {
    match response {
        CreatePointTransactionResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        CreatePointTransactionResponse::Created { body, location } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::CREATED,
                "application/json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "location", &location);
            response
        }
        CreatePointTransactionResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        CreatePointTransactionResponse::Unauthorized {
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
        CreatePointTransactionResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        CreatePointTransactionResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        CreatePointTransactionResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        CreatePointTransactionResponse::UnsupportedMediaType(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "application/problem+json",
                &body,
            )
        }
        CreatePointTransactionResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        CreatePointTransactionResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        CreatePointTransactionResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_GET_POINT_TRANSACTION: openapi_runtime::auth::Security = &[
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
struct GetPointTransactionPath {
    id: uuid::Uuid,
    transaction_id: i64,
}

const ERRORS_GET_POINT_TRANSACTION: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "get_point_transaction",
        statuses: &[400, 401, 403, 404, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id"), ("transaction_id", "transaction_id")],
            query: &[],
            header: &[],
            cookie: &[],
        },
    };

async fn get_point_transaction<S: CustomerApi>(
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
        SECURITY_GET_POINT_TRANSACTION,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<GetPointTransactionPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetPointTransactionParams {
        id: path.id,
        transaction_id: path.transaction_id,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = GetPointTransactionRequest { params, principal };
    match state.service.get_point_transaction(request).await {
        Ok(response) => get_point_transaction_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_POINT_TRANSACTION),
    }
}

fn get_point_transaction_response(response: GetPointTransactionResponse) -> Response {
    match response {
        GetPointTransactionResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetPointTransactionResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetPointTransactionResponse::Unauthorized {
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
        GetPointTransactionResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        GetPointTransactionResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetPointTransactionResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        GetPointTransactionResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        GetPointTransactionResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_LIST_CUSTOMER_ORDERS: openapi_runtime::auth::Security = &[
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
struct ListCustomerOrdersPath {
    id: uuid::Uuid,
}

#[derive(serde::Deserialize)]
struct ListCustomerOrdersQuery {
    #[serde(default)]
    status: Option<model::OrderStatus>,
    #[serde(default = "default_list_customer_orders_limit")]
    limit: i32,
    #[serde(default = "default_list_customer_orders_offset")]
    offset: i32,
    #[serde(default = "default_list_customer_orders_sort")]
    sort: model::OrderSort,
    #[serde(default = "default_list_customer_orders_order")]
    order: model::SortOrder,
}

fn default_list_customer_orders_limit() -> i32 {
    10
}

fn default_list_customer_orders_offset() -> i32 {
    0
}

fn default_list_customer_orders_sort() -> model::OrderSort {
    model::OrderSort::CreatedAt
}

fn default_list_customer_orders_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_LIST_CUSTOMER_ORDERS: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "list_customer_orders",
        statuses: &[400, 401, 403, 404, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id")],
            query: &[
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

async fn list_customer_orders<S: CustomerApi>(
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
        SECURITY_LIST_CUSTOMER_ORDERS,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<ListCustomerOrdersPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let query: Option<ListCustomerOrdersQuery> =
        openapi_runtime::server::query_params(&parts, &mut errors);
    let (Some(path), Some(query)) = (path, query) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListCustomerOrdersParams {
        id: path.id,
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
    let request = ListCustomerOrdersRequest { params, principal };
    match state.service.list_customer_orders(request).await {
        Ok(response) => list_customer_orders_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_CUSTOMER_ORDERS),
    }
}

fn list_customer_orders_response(response: ListCustomerOrdersResponse) -> Response {
    match response {
        ListCustomerOrdersResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListCustomerOrdersResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ListCustomerOrdersResponse::Unauthorized {
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
        ListCustomerOrdersResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ListCustomerOrdersResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        ListCustomerOrdersResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        ListCustomerOrdersResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        ListCustomerOrdersResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_GET_CUSTOMER_ORDER: openapi_runtime::auth::Security = &[
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
struct GetCustomerOrderPath {
    id: uuid::Uuid,
    order_id: i64,
}

const ERRORS_GET_CUSTOMER_ORDER: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "get_customer_order",
        statuses: &[400, 401, 403, 404, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id"), ("order_id", "order_id")],
            query: &[],
            header: &[],
            cookie: &[],
        },
    };

async fn get_customer_order<S: CustomerApi>(
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
        SECURITY_GET_CUSTOMER_ORDER,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<GetCustomerOrderPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetCustomerOrderParams {
        id: path.id,
        order_id: path.order_id,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = GetCustomerOrderRequest { params, principal };
    match state.service.get_customer_order(request).await {
        Ok(response) => get_customer_order_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_CUSTOMER_ORDER),
    }
}

fn get_customer_order_response(response: GetCustomerOrderResponse) -> Response {
    match response {
        GetCustomerOrderResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetCustomerOrderResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetCustomerOrderResponse::Unauthorized {
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
        GetCustomerOrderResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        GetCustomerOrderResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetCustomerOrderResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        GetCustomerOrderResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        GetCustomerOrderResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_LIST_CUSTOMER_PAYMENTS: openapi_runtime::auth::Security = &[
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
struct ListCustomerPaymentsPath {
    id: uuid::Uuid,
}

#[derive(serde::Deserialize)]
struct ListCustomerPaymentsQuery {
    #[serde(default)]
    order_id: Option<i64>,
    #[serde(default = "default_list_customer_payments_limit")]
    limit: i32,
    #[serde(default = "default_list_customer_payments_offset")]
    offset: i32,
    #[serde(default = "default_list_customer_payments_sort")]
    sort: model::PaymentSort,
    #[serde(default = "default_list_customer_payments_order")]
    order: model::SortOrder,
}

fn default_list_customer_payments_limit() -> i32 {
    10
}

fn default_list_customer_payments_offset() -> i32 {
    0
}

fn default_list_customer_payments_sort() -> model::PaymentSort {
    model::PaymentSort::CreatedAt
}

fn default_list_customer_payments_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_LIST_CUSTOMER_PAYMENTS: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "list_customer_payments",
        statuses: &[400, 401, 403, 404, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id")],
            query: &[
                ("order_id", "order_id"),
                ("limit", "limit"),
                ("offset", "offset"),
                ("sort", "sort"),
                ("order", "order"),
            ],
            header: &[],
            cookie: &[],
        },
    };

async fn list_customer_payments<S: CustomerApi>(
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
        SECURITY_LIST_CUSTOMER_PAYMENTS,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<ListCustomerPaymentsPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let query: Option<ListCustomerPaymentsQuery> =
        openapi_runtime::server::query_params(&parts, &mut errors);
    let (Some(path), Some(query)) = (path, query) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListCustomerPaymentsParams {
        id: path.id,
        order_id: query.order_id,
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
    let request = ListCustomerPaymentsRequest { params, principal };
    match state.service.list_customer_payments(request).await {
        Ok(response) => list_customer_payments_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_CUSTOMER_PAYMENTS),
    }
}

fn list_customer_payments_response(response: ListCustomerPaymentsResponse) -> Response {
    match response {
        ListCustomerPaymentsResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListCustomerPaymentsResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ListCustomerPaymentsResponse::Unauthorized {
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
        ListCustomerPaymentsResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ListCustomerPaymentsResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        ListCustomerPaymentsResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        ListCustomerPaymentsResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        ListCustomerPaymentsResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_GET_CUSTOMER_PAYMENT: openapi_runtime::auth::Security = &[
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
struct GetCustomerPaymentPath {
    id: uuid::Uuid,
    payment_id: i64,
}

const ERRORS_GET_CUSTOMER_PAYMENT: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "get_customer_payment",
        statuses: &[400, 401, 403, 404, 422, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id"), ("payment_id", "payment_id")],
            query: &[],
            header: &[],
            cookie: &[],
        },
    };

async fn get_customer_payment<S: CustomerApi>(
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
        SECURITY_GET_CUSTOMER_PAYMENT,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<GetCustomerPaymentPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetCustomerPaymentParams {
        id: path.id,
        payment_id: path.payment_id,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = GetCustomerPaymentRequest { params, principal };
    match state.service.get_customer_payment(request).await {
        Ok(response) => get_customer_payment_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_CUSTOMER_PAYMENT),
    }
}

fn get_customer_payment_response(response: GetCustomerPaymentResponse) -> Response {
    match response {
        GetCustomerPaymentResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetCustomerPaymentResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetCustomerPaymentResponse::Unauthorized {
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
        GetCustomerPaymentResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        GetCustomerPaymentResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetCustomerPaymentResponse::UnprocessableEntity(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                "application/problem+json",
                &body,
            )
        }
        GetCustomerPaymentResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        GetCustomerPaymentResponse::ServiceUnavailable { body, retry_after } => {
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
