// Generated from api/payment/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 6c4975aca47676ac-68948e5f600906ef
//! The axum adapter of Bookstore Payment API: routes, extraction and validation (RFC 9457 problem+json
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

/// The routes of Bookstore Payment API with the default [`RouterConfig`].
pub fn router<S: PaymentApi>(
    service: Arc<S>,
    authenticator: Arc<dyn Authenticator>,
) -> axum::Router {
    router_with_config(service, authenticator, RouterConfig::default())
}

/// The routes of Bookstore Payment API; unknown paths answer 404 and known paths with another method 405
/// (with `Allow`), both as problem+json.
pub fn router_with_config<S: PaymentApi>(
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
        .route("/api/v1/payments", axum::routing::get(list_payments::<S>))
        .route(
            "/api/v1/payments/{id}",
            axum::routing::get(get_payment::<S>),
        )
        .fallback(openapi_runtime::server::not_found)
        .layer(axum::middleware::map_response(
            openapi_runtime::server::problem_for_bare_errors,
        ))
        .with_state(state)
}

const SECURITY_LIST_PAYMENTS: openapi_runtime::auth::Security = &[
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
struct ListPaymentsQuery {
    #[serde(default)]
    order_id: Option<i64>,
    #[serde(default)]
    user_id: Option<uuid::Uuid>,
    #[serde(default)]
    status: Option<model::PaymentStatus>,
    #[serde(default = "default_list_payments_limit")]
    limit: i32,
    #[serde(default = "default_list_payments_offset")]
    offset: i32,
    #[serde(default = "default_list_payments_sort")]
    sort: model::PaymentSort,
    #[serde(default = "default_list_payments_order")]
    order: model::SortOrder,
}

fn default_list_payments_limit() -> i32 {
    10
}

fn default_list_payments_offset() -> i32 {
    0
}

fn default_list_payments_sort() -> model::PaymentSort {
    model::PaymentSort::CreatedAt
}

fn default_list_payments_order() -> model::SortOrder {
    model::SortOrder::Desc
}

const ERRORS_LIST_PAYMENTS: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "list_payments",
    statuses: &[400, 401, 403, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[
            ("order_id", "order_id"),
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

async fn list_payments<S: PaymentApi>(
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
        SECURITY_LIST_PAYMENTS,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let query: Option<ListPaymentsQuery> =
        openapi_runtime::server::query_params(&parts, &mut errors);
    let Some(query) = query else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListPaymentsParams {
        order_id: query.order_id,
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
    let request = ListPaymentsRequest { params, principal };
    match state.service.list_payments(request).await {
        Ok(response) => list_payments_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_PAYMENTS),
    }
}

fn list_payments_response(response: ListPaymentsResponse) -> Response {
    match response {
        ListPaymentsResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListPaymentsResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ListPaymentsResponse::Unauthorized {
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
        ListPaymentsResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        ListPaymentsResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        ListPaymentsResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        ListPaymentsResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_GET_PAYMENT: openapi_runtime::auth::Security = &[
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
struct GetPaymentPath {
    id: i64,
}

const ERRORS_GET_PAYMENT: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_payment",
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

async fn get_payment<S: PaymentApi>(
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
        SECURITY_GET_PAYMENT,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<GetPaymentPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetPaymentParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = GetPaymentRequest { params, principal };
    match state.service.get_payment(request).await {
        Ok(response) => get_payment_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_PAYMENT),
    }
}

fn get_payment_response(response: GetPaymentResponse) -> Response {
    match response {
        GetPaymentResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetPaymentResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        GetPaymentResponse::Unauthorized {
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
        GetPaymentResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        GetPaymentResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetPaymentResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        GetPaymentResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        GetPaymentResponse::ServiceUnavailable { body, retry_after } => {
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
