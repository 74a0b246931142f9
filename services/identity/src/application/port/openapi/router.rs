// Generated from api/identity/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: ec2472c7b6b91dc6-e1fdabcd6a6fd677
//! The axum adapter of Bookstore Identity API: routes, extraction and validation (RFC 9457 problem+json
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

/// The routes of Bookstore Identity API with the default [`RouterConfig`].
pub fn router<S: IdentityApi>(
    service: Arc<S>,
    authenticator: Arc<dyn Authenticator>,
) -> axum::Router {
    router_with_config(service, authenticator, RouterConfig::default())
}

/// The routes of Bookstore Identity API; unknown paths answer 404 and known paths with another method 405
/// (with `Allow`), both as problem+json.
pub fn router_with_config<S: IdentityApi>(
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
        .route("/api/v1/users/signup", axum::routing::post(sign_up::<S>))
        .route("/api/v1/users/signin", axum::routing::post(sign_in::<S>))
        .route(
            "/api/v1/users/tokens/exchange",
            axum::routing::post(exchange_token::<S>),
        )
        .route("/api/v1/users/signout", axum::routing::post(sign_out::<S>))
        .route(
            "/api/v1/users/me",
            axum::routing::get(get_current_user::<S>),
        )
        .fallback(openapi_runtime::server::not_found)
        .layer(axum::middleware::map_response(
            openapi_runtime::server::problem_for_bare_errors,
        ))
        .with_state(state)
}

const ERRORS_SIGN_UP: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "sign_up",
    statuses: &[400, 409, 415, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn sign_up<S: IdentityApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let body: Option<model::SignUpRequest> = match openapi_runtime::server::json_body(
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
    let request = SignUpRequest2 { body };
    match state.service.sign_up(request).await {
        Ok(response) => sign_up_response(response),
        Err(error) => error.into_operation_response(&ERRORS_SIGN_UP),
    }
}

fn sign_up_response(response: SignUpResponse) -> Response {
    match response {
        SignUpResponse::Created { body, location } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::CREATED,
                "application/json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "location", &location);
            response
        }
        SignUpResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        SignUpResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        SignUpResponse::UnsupportedMediaType(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "application/problem+json",
            &body,
        ),
        SignUpResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        SignUpResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        SignUpResponse::ServiceUnavailable { body, retry_after } => {
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

const ERRORS_SIGN_IN: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "sign_in",
    statuses: &[400, 401, 415, 422, 429, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn sign_in<S: IdentityApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let body: Option<model::SignInRequest> = match openapi_runtime::server::json_body(
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
    let request = SignInRequest2 { body };
    match state.service.sign_in(request).await {
        Ok(response) => sign_in_response(response),
        Err(error) => error.into_operation_response(&ERRORS_SIGN_IN),
    }
}

fn sign_in_response(response: SignInResponse) -> Response {
    match response {
        SignInResponse::Ok { body, set_cookie } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::OK,
                "application/json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "set-cookie", &set_cookie);
            response
        }
        SignInResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        SignInResponse::Unauthorized {
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
        SignInResponse::UnsupportedMediaType(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "application/problem+json",
            &body,
        ),
        SignInResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        SignInResponse::TooManyRequests { body, retry_after } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::TOO_MANY_REQUESTS,
                "application/problem+json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "retry-after", &retry_after);
            response
        }
        SignInResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        SignInResponse::ServiceUnavailable { body, retry_after } => {
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
struct ExchangeTokenCookies {
    #[serde(default)]
    refresh_token: Option<String>,
}

const ERRORS_EXCHANGE_TOKEN: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "exchange_token",
    statuses: &[400, 401, 415, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[],
        cookie: &[("refresh_token", "refresh_token")],
    },
};

async fn exchange_token<S: IdentityApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let cookie: Option<ExchangeTokenCookies> =
        openapi_runtime::server::cookie_params(&parts, &["refresh_token"], &mut errors);
    let body: Option<Option<model::RefreshTokenRequest>> =
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
    let (Some(cookie), Some(body)) = (cookie, body) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ExchangeTokenParams {
        refresh_token: cookie.refresh_token,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = ExchangeTokenRequest { params, body };
    match state.service.exchange_token(request).await {
        Ok(response) => exchange_token_response(response),
        Err(error) => error.into_operation_response(&ERRORS_EXCHANGE_TOKEN),
    }
}

fn exchange_token_response(response: ExchangeTokenResponse) -> Response {
    match response {
        ExchangeTokenResponse::Ok { body, set_cookie } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::OK,
                "application/json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "set-cookie", &set_cookie);
            response
        }
        ExchangeTokenResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        ExchangeTokenResponse::Unauthorized {
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
        ExchangeTokenResponse::UnsupportedMediaType(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "application/problem+json",
                &body,
            )
        }
        ExchangeTokenResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        ExchangeTokenResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        ExchangeTokenResponse::ServiceUnavailable { body, retry_after } => {
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
struct SignOutCookies {
    #[serde(default)]
    refresh_token: Option<String>,
}

const ERRORS_SIGN_OUT: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "sign_out",
    statuses: &[400, 415, 422, 500, 503],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[],
        cookie: &[("refresh_token", "refresh_token")],
    },
};

async fn sign_out<S: IdentityApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let mut errors = Vec::new();
    let cookie: Option<SignOutCookies> =
        openapi_runtime::server::cookie_params(&parts, &["refresh_token"], &mut errors);
    let body: Option<Option<model::RefreshTokenRequest>> =
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
    let (Some(cookie), Some(body)) = (cookie, body) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = SignOutParams {
        refresh_token: cookie.refresh_token,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = SignOutRequest { params, body };
    match state.service.sign_out(request).await {
        Ok(response) => sign_out_response(response),
        Err(error) => error.into_operation_response(&ERRORS_SIGN_OUT),
    }
}

fn sign_out_response(response: SignOutResponse) -> Response {
    match response {
        SignOutResponse::NoContent { set_cookie } => {
            let mut response =
                openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT);
            openapi_runtime::server::set_header(&mut response, "set-cookie", &set_cookie);
            response
        }
        SignOutResponse::BadRequest(body) => openapi_runtime::server::json_response(
            http::StatusCode::BAD_REQUEST,
            "application/problem+json",
            &body,
        ),
        SignOutResponse::UnsupportedMediaType(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "application/problem+json",
            &body,
        ),
        SignOutResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
        SignOutResponse::InternalServerError(body) => openapi_runtime::server::json_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json",
            &body,
        ),
        SignOutResponse::ServiceUnavailable { body, retry_after } => {
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

const SECURITY_GET_CURRENT_USER: openapi_runtime::auth::Security = &[
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }],
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["profile"],
    }],
];

const ERRORS_GET_CURRENT_USER: openapi_runtime::OperationErrors =
    openapi_runtime::OperationErrors {
        operation_id: "get_current_user",
        statuses: &[401, 403, 404, 500, 503],
        ranges: &[],
        default: false,
        locations: openapi_runtime::InputLocations {
            path: &[],
            query: &[],
            header: &[],
            cookie: &[],
        },
    };

async fn get_current_user<S: IdentityApi>(
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
        SECURITY_GET_CURRENT_USER,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = GetCurrentUserRequest { principal };
    match state.service.get_current_user(request).await {
        Ok(response) => get_current_user_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_CURRENT_USER),
    }
}

fn get_current_user_response(response: GetCurrentUserResponse) -> Response {
    match response {
        GetCurrentUserResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        GetCurrentUserResponse::Unauthorized {
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
        GetCurrentUserResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        GetCurrentUserResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        GetCurrentUserResponse::InternalServerError(body) => {
            openapi_runtime::server::json_response(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "application/problem+json",
                &body,
            )
        }
        GetCurrentUserResponse::ServiceUnavailable { body, retry_after } => {
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
