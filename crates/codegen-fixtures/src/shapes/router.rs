// Generated from generator/tests/fixtures/codegen/shapes.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 29ff39fc85b23d32-09563d0d5e6a37dd
//! The axum adapter of Shapes API: routes, extraction and validation (RFC 9457 problem+json
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

/// The routes of Shapes API with the default [`RouterConfig`].
pub fn router<S: ShapesApi>(
    service: Arc<S>,
    authenticator: Arc<dyn Authenticator>,
) -> axum::Router {
    router_with_config(service, authenticator, RouterConfig::default())
}

/// The routes of Shapes API; unknown paths answer 404 and known paths with another method 405
/// (with `Allow`), both as problem+json.
pub fn router_with_config<S: ShapesApi>(
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
        .route("/pets", axum::routing::post(create_pet::<S>))
        .route("/shapes", axum::routing::post(echo_shape::<S>))
        .route("/records", axum::routing::post(echo_record::<S>))
        .route("/profiles/{id}", axum::routing::patch(patch_profile::<S>))
        .fallback(openapi_runtime::server::not_found)
        .layer(axum::middleware::map_response(
            openapi_runtime::server::problem_for_bare_errors,
        ))
        .with_state(state)
}

const ERRORS_CREATE_PET: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "create_pet",
    statuses: &[],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn create_pet<S: ShapesApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let body: Option<model::Pet> = match openapi_runtime::server::json_body(
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
    let request = CreatePetRequest { body };
    match state.service.create_pet(request).await {
        Ok(response) => create_pet_response(response),
        Err(error) => error.into_operation_response(&ERRORS_CREATE_PET),
    }
}

fn create_pet_response(response: CreatePetResponse) -> Response {
    match response {
        CreatePetResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
    }
}

const ERRORS_ECHO_SHAPE: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "echo_shape",
    statuses: &[],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn echo_shape<S: ShapesApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let body: Option<model::Shape> = match openapi_runtime::server::json_body(
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
    let request = EchoShapeRequest { body };
    match state.service.echo_shape(request).await {
        Ok(response) => echo_shape_response(response),
        Err(error) => error.into_operation_response(&ERRORS_ECHO_SHAPE),
    }
}

fn echo_shape_response(response: EchoShapeResponse) -> Response {
    match response {
        EchoShapeResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
    }
}

const ERRORS_ECHO_RECORD: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "echo_record",
    statuses: &[],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn echo_record<S: ShapesApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let body: Option<Option<model::Record>> = match openapi_runtime::server::optional_json_body(
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
    let request = EchoRecordRequest { body };
    match state.service.echo_record(request).await {
        Ok(response) => echo_record_response(response),
        Err(error) => error.into_operation_response(&ERRORS_ECHO_RECORD),
    }
}

fn echo_record_response(response: EchoRecordResponse) -> Response {
    match response {
        EchoRecordResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        EchoRecordResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
    }
}

#[derive(serde::Deserialize)]
struct PatchProfilePath {
    id: uuid::Uuid,
}

const ERRORS_PATCH_PROFILE: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "patch_profile",
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

async fn patch_profile<S: ShapesApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let path: Option<PatchProfilePath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<model::ProfilePatch> = match openapi_runtime::server::json_body(
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
    let params = PatchProfileParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = PatchProfileRequest { params, body };
    match state.service.patch_profile(request).await {
        Ok(response) => patch_profile_response(response),
        Err(error) => error.into_operation_response(&ERRORS_PATCH_PROFILE),
    }
}

fn patch_profile_response(response: PatchProfileResponse) -> Response {
    match response {
        PatchProfileResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
    }
}
