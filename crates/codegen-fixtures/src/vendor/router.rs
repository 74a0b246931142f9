// Generated from generator/tests/fixtures/codegen/vendor.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 22cfd721fe432fa4-f4fbcff41273a7c1
//! The axum adapter of Vendor: routes, extraction and validation (RFC 9457 problem+json
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

/// The routes of Vendor with the default [`RouterConfig`].
pub fn router<S: VendorApi>(
    service: Arc<S>,
    authenticator: Arc<dyn Authenticator>,
) -> axum::Router {
    router_with_config(service, authenticator, RouterConfig::default())
}

/// The routes of Vendor; unknown paths answer 404 and known paths with another method 405
/// (with `Allow`), both as problem+json.
pub fn router_with_config<S: VendorApi>(
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
            "/realms/{realm}/token",
            axum::routing::post(request_token::<S>),
        )
        .route("/realms/{realm}/logout", axum::routing::post(logout::<S>))
        .route("/users", axum::routing::post(create_user::<S>))
        .route("/users/{id}/name", axum::routing::get(get_user_name::<S>))
        .route("/echo", axum::routing::post(echo::<S>))
        .route("/notes", axum::routing::post(add_note::<S>))
        .route("/tags", axum::routing::put(put_tags::<S>))
        .fallback(openapi_runtime::server::not_found)
        .layer(axum::middleware::map_response(
            openapi_runtime::server::problem_for_bare_errors,
        ))
        .with_state(state)
}

#[derive(serde::Deserialize)]
struct RequestTokenPath {
    realm: String,
}

const ERRORS_REQUEST_TOKEN: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "request_token",
    statuses: &[400],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("realm", "realm")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn request_token<S: VendorApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let path: Option<RequestTokenPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<model::TokenForm> = match openapi_runtime::server::form_body(
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
    let params = RequestTokenParams { realm: path.realm };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = RequestTokenRequest { params, body };
    match state.service.request_token(request).await {
        Ok(response) => request_token_response(response),
        Err(error) => error.into_operation_response(&ERRORS_REQUEST_TOKEN),
    }
}

fn request_token_response(response: RequestTokenResponse) -> Response {
    match response {
        RequestTokenResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        RequestTokenResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/json",
            &body,
        ),
    }
}

#[derive(serde::Deserialize)]
struct LogoutPath {
    realm: String,
}

const ERRORS_LOGOUT: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "logout",
    statuses: &[400],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("realm", "realm")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn logout<S: VendorApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let mut errors = Vec::new();
    let path: Option<LogoutPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<Option<model::LogoutForm>> = match openapi_runtime::server::optional_form_body(
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
    let params = LogoutParams { realm: path.realm };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = LogoutRequest { params, body };
    match state.service.logout(request).await {
        Ok(response) => logout_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LOGOUT),
    }
}

fn logout_response(response: LogoutResponse) -> Response {
    match response {
        LogoutResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
        LogoutResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/json",
            &body,
        ),
    }
}

const SECURITY_CREATE_USER: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "bearer",
        roles: &[],
    }]];

const ERRORS_CREATE_USER: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "create_user",
    statuses: &[401, 409],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn create_user<S: VendorApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_CREATE_USER,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let body: Option<model::User> = match openapi_runtime::server::json_body(
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
    let request = CreateUserRequest { body, principal };
    match state.service.create_user(request).await {
        Ok(response) => create_user_response(response),
        Err(error) => error.into_operation_response(&ERRORS_CREATE_USER),
    }
}

fn create_user_response(response: CreateUserResponse) -> Response {
    match response {
        CreateUserResponse::Created { location } => {
            let mut response = openapi_runtime::server::empty_response(http::StatusCode::CREATED);
            openapi_runtime::server::set_header(&mut response, "location", &location);
            response
        }
        CreateUserResponse::Unauthorized(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNAUTHORIZED,
            "application/json",
            &body,
        ),
        CreateUserResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/json",
            &body,
        ),
    }
}

#[derive(serde::Deserialize)]
struct GetUserNamePath {
    id: String,
}

const ERRORS_GET_USER_NAME: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_user_name",
    statuses: &[404],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn get_user_name<S: VendorApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["text/plain"]) {
        return openapi_runtime::server::not_acceptable(&["text/plain"]);
    }
    let mut errors = Vec::new();
    let path: Option<GetUserNamePath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetUserNameParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = GetUserNameRequest { params };
    match state.service.get_user_name(request).await {
        Ok(response) => get_user_name_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_USER_NAME),
    }
}

fn get_user_name_response(response: GetUserNameResponse) -> Response {
    match response {
        GetUserNameResponse::Ok(body) => {
            openapi_runtime::server::text_response(http::StatusCode::OK, "text/plain", body)
        }
        GetUserNameResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/json",
            &body,
        ),
    }
}

const ERRORS_ECHO: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "echo",
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

async fn echo<S: VendorApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["text/plain"]) {
        return openapi_runtime::server::not_acceptable(&["text/plain"]);
    }
    let mut errors = Vec::new();
    let body: Option<String> = match openapi_runtime::server::text_body(
        &parts.headers,
        "text/plain",
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
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = EchoRequest { body };
    match state.service.echo(request).await {
        Ok(response) => echo_response(response),
        Err(error) => error.into_operation_response(&ERRORS_ECHO),
    }
}

fn echo_response(response: EchoResponse) -> Response {
    match response {
        EchoResponse::Ok(body) => {
            openapi_runtime::server::text_response(http::StatusCode::OK, "text/plain", body)
        }
    }
}

const ERRORS_ADD_NOTE: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "add_note",
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

async fn add_note<S: VendorApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["text/plain"]) {
        return openapi_runtime::server::not_acceptable(&["text/plain"]);
    }
    let mut errors = Vec::new();
    let body: Option<String> = match openapi_runtime::server::json_body(
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
    {
        let mut violations = openapi_runtime::Violations::default();
        add_note_body_validate(&body, "/body", &mut violations);
        errors.extend(violations.errors);
    }
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = AddNoteRequest { body };
    match state.service.add_note(request).await {
        Ok(response) => add_note_response(response),
        Err(error) => error.into_operation_response(&ERRORS_ADD_NOTE),
    }
}

fn add_note_response(response: AddNoteResponse) -> Response {
    match response {
        AddNoteResponse::Ok(body) => {
            openapi_runtime::server::text_response(http::StatusCode::OK, "text/plain", body)
        }
    }
}

const ERRORS_PUT_TAGS: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "put_tags",
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

async fn put_tags<S: VendorApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let mut errors = Vec::new();
    let body: Option<Vec<String>> = match openapi_runtime::server::json_body(
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
    {
        let mut violations = openapi_runtime::Violations::default();
        put_tags_body_validate(&body, "/body", &mut violations);
        errors.extend(violations.errors);
    }
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = PutTagsRequest { body };
    match state.service.put_tags(request).await {
        Ok(response) => put_tags_response(response),
        Err(error) => error.into_operation_response(&ERRORS_PUT_TAGS),
    }
}

fn put_tags_response(response: PutTagsResponse) -> Response {
    match response {
        PutTagsResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
    }
}
