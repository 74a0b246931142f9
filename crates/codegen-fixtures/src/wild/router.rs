// Generated from generator/tests/fixtures/codegen/wild.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 2b235fe000714fce-5fc93ed494859dfb
//! The axum adapter of Wild Pets: routes, extraction and validation (RFC 9457 problem+json
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
pub const BASE_PATH: &str = "/v2";

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

/// The routes of Wild Pets with the default [`RouterConfig`].
pub fn router<S: WildApi>(service: Arc<S>, authenticator: Arc<dyn Authenticator>) -> axum::Router {
    router_with_config(service, authenticator, RouterConfig::default())
}

/// The routes of Wild Pets; unknown paths answer 404 and known paths with another method 405
/// (with `Allow`), both as problem+json.
pub fn router_with_config<S: WildApi>(
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
            "/v2/pets",
            axum::routing::get(get_pets::<S>).post(post_pets::<S>),
        )
        .route("/v2/pets/{id}", axum::routing::get(get_pets_id::<S>))
        .route(
            "/v2/pets/{id}/owner-info",
            axum::routing::put(put_pets_id_owner_info::<S>),
        )
        .fallback(openapi_runtime::server::not_found)
        .layer(axum::middleware::map_response(
            openapi_runtime::server::problem_for_bare_errors,
        ))
        .with_state(state)
}

#[derive(serde::Deserialize)]
struct GetPetsQuery {
    #[serde(default)]
    status: Option<model::GetPetsStatus>,
    #[serde(default)]
    limit: Option<i64>,
}

const ERRORS_GET_PETS: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_pets",
    statuses: &[],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[("status", "status"), ("limit", "limit")],
        header: &[],
        cookie: &[],
    },
};

async fn get_pets<S: WildApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let query: Option<GetPetsQuery> = openapi_runtime::server::query_params(&parts, &mut errors);
    let Some(query) = query else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetPetsParams {
        status: query.status,
        limit: query.limit,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = GetPetsRequest { params };
    match state.service.get_pets(request).await {
        Ok(response) => get_pets_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_PETS),
    }
}

fn get_pets_response(response: GetPetsResponse) -> Response {
    match response {
        GetPetsResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
    }
}

const ERRORS_POST_PETS: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "post_pets",
    statuses: &[],
    ranges: &[],
    default: true,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn post_pets<S: WildApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let mut errors = Vec::new();
    let body: Option<Option<model::PostPetsBody>> =
        match openapi_runtime::server::optional_json_body(
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
    let request = PostPetsRequest { body };
    match state.service.post_pets(request).await {
        Ok(response) => post_pets_response(response),
        Err(error) => error.into_operation_response(&ERRORS_POST_PETS),
    }
}

fn post_pets_response(response: PostPetsResponse) -> Response {
    match response {
        PostPetsResponse::Default { status, body } => {
            openapi_runtime::server::json_response(status, "application/json", &body)
        }
    }
}

#[derive(serde::Deserialize)]
struct GetPetsIdPath {
    id: String,
}

#[derive(serde::Deserialize)]
struct GetPetsIdQuery {
    #[serde(rename = "id", default)]
    id2: Option<String>,
}

#[derive(serde::Deserialize)]
struct GetPetsIdHeaders {
    #[serde(rename = "x-trace", default)]
    x_trace: Option<String>,
}

const ERRORS_GET_PETS_ID: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_pets_id",
    statuses: &[404],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[("id2", "id")],
        header: &[("x_trace", "x-trace")],
        cookie: &[],
    },
};

async fn get_pets_id<S: WildApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let path: Option<GetPetsIdPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let query: Option<GetPetsIdQuery> = openapi_runtime::server::query_params(&parts, &mut errors);
    let header: Option<GetPetsIdHeaders> =
        openapi_runtime::server::header_params(&parts, &["x-trace"], &mut errors);
    let (Some(path), Some(query), Some(header)) = (path, query, header) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetPetsIdParams {
        id: path.id,
        id2: query.id2,
        x_trace: header.x_trace,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = GetPetsIdRequest { params };
    match state.service.get_pets_id(request).await {
        Ok(response) => get_pets_id_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_PETS_ID),
    }
}

fn get_pets_id_response(response: GetPetsIdResponse) -> Response {
    match response {
        GetPetsIdResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetPetsIdResponse::NotFound => {
            openapi_runtime::server::empty_response(http::StatusCode::NOT_FOUND)
        }
    }
}

#[derive(serde::Deserialize)]
struct PutPetsIdOwnerInfoPath {
    id: String,
}

const ERRORS_PUT_PETS_ID_OWNER_INFO: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "put_pets_id_owner_info",
        statuses: &[],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[("id", "id")],
            query: &[],
            header: &[],
            cookie: &[],
        },
    };

async fn put_pets_id_owner_info<S: WildApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let mut errors = Vec::new();
    let path: Option<PutPetsIdOwnerInfoPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<model::PutPetsIdOwnerInfoBody> = match openapi_runtime::server::json_body(
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
    let params = PutPetsIdOwnerInfoParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = PutPetsIdOwnerInfoRequest { params, body };
    match state.service.put_pets_id_owner_info(request).await {
        Ok(response) => put_pets_id_owner_info_response(response),
        Err(error) => error.into_operation_response(&ERRORS_PUT_PETS_ID_OWNER_INFO),
    }
}

fn put_pets_id_owner_info_response(response: PutPetsIdOwnerInfoResponse) -> Response {
    match response {
        PutPetsIdOwnerInfoResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
    }
}
