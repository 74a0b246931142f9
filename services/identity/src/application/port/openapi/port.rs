// Generated from api/identity/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 1390da409e366960-cc4acbf1404a4a4b
//! The inbound port of Bookstore Identity API: one typed request and response per operation, and the
//! `IdentityApi` trait the service implements.
//!
//! Customer accounts and sessions: sign-up, sign-in, token refresh and sign-out, backed by Keycloak or by the built-in OpenID Connect issuer (which also serves discovery and JWKS under `/realms/bookstore`). Access tokens are short-lived bearer JWTs; refresh tokens travel in an HttpOnly cookie.
//!
//! Errors are RFC 9457 problem details (`application/problem+json`): 400 for malformed input, 422 for input that breaks a rule (with one `errors` entry per field), 401 without a valid bearer token, 403 without the needed role, 409 for conflicts. Lists take `limit`, `offset`, `sort` and `order` and answer `{total, items}`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::ApiError;

/// The request of `sign_up`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct SignUpRequest2 {
    pub body: model::SignUpRequest,
}

/// Every response `sign_up` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum SignUpResponse {
    /// 201: The account was created.
    Created { body: model::User, location: String },
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
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

impl SignUpResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Created { .. } => http::StatusCode::CREATED,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::UnsupportedMediaType(_) => http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// The request of `sign_in`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct SignInRequest2 {
    pub body: model::SignInRequest,
}

/// Every response `sign_in` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum SignInResponse {
    /// 200: Signed in.
    Ok {
        body: model::TokenResponse,
        set_cookie: String,
    },
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
    /// 401: No bearer token was sent, or it is invalid or expired (or, when signing in, the credentials are wrong).
    Unauthorized {
        body: openapi_runtime::Problem,
        www_authenticate: String,
    },
    /// 415: The body is not sent as `application/json`.
    UnsupportedMediaType(openapi_runtime::Problem),
    /// 422: The request is well-formed but not valid; `errors` points at each invalid field or parameter.
    UnprocessableEntity(openapi_runtime::Problem),
    /// 429: Too many consecutive failed sign-ins for this e-mail address: it is refused, whether or not the password is right, until the number of seconds in `Retry-After` have passed. The wait grows with each further failure; a successful sign-in resets it. Unknown addresses are answered the same way.
    TooManyRequests {
        body: openapi_runtime::Problem,
        retry_after: i64,
    },
    /// 500: The service failed unexpectedly; nothing a client does can cause this. The details are logged, not returned.
    InternalServerError(openapi_runtime::Problem),
    /// 503: The service is too busy to complete the request right now (its database stayed locked by other writes, or a dependency it needs did not answer). Nothing was changed; send the same request again after the number of seconds in `Retry-After`.
    ServiceUnavailable {
        body: openapi_runtime::Problem,
        retry_after: Option<i64>,
    },
}

impl SignInResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok { .. } => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::UnsupportedMediaType(_) => http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::TooManyRequests { .. } => http::StatusCode::TOO_MANY_REQUESTS,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Parameters of `exchange_token` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ExchangeTokenParams {
    /// The refresh token set by `signIn` or `exchangeToken`. A `refresh_token` in the body takes precedence.
    pub refresh_token: Option<String>,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for ExchangeTokenParams {
    fn default() -> Self {
        Self {
            refresh_token: None,
        }
    }
}

impl openapi_runtime::Validate for ExchangeTokenParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.refresh_token {
            let ptr = format!("{pointer}/cookie/refresh_token");
            violations.check_length(&ptr, value, Some(1), Some(8192));
        }
    }
}

/// The request of `exchange_token`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ExchangeTokenRequest {
    pub params: ExchangeTokenParams,
    pub body: Option<model::RefreshTokenRequest>,
}

/// Every response `exchange_token` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ExchangeTokenResponse {
    /// 200: New tokens.
    Ok {
        body: model::TokenResponse,
        set_cookie: String,
    },
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
    /// 401: No bearer token was sent, or it is invalid or expired (or, when signing in, the credentials are wrong).
    Unauthorized {
        body: openapi_runtime::Problem,
        www_authenticate: String,
    },
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

impl ExchangeTokenResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok { .. } => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::UnsupportedMediaType(_) => http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Parameters of `sign_out` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct SignOutParams {
    /// The refresh token set by `signIn` or `exchangeToken`. A `refresh_token` in the body takes precedence.
    pub refresh_token: Option<String>,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for SignOutParams {
    fn default() -> Self {
        Self {
            refresh_token: None,
        }
    }
}

impl openapi_runtime::Validate for SignOutParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.refresh_token {
            let ptr = format!("{pointer}/cookie/refresh_token");
            violations.check_length(&ptr, value, Some(1), Some(8192));
        }
    }
}

/// The request of `sign_out`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct SignOutRequest {
    pub params: SignOutParams,
    pub body: Option<model::RefreshTokenRequest>,
}

/// Every response `sign_out` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum SignOutResponse {
    /// 204: Signed out.
    NoContent { set_cookie: String },
    /// 400: The request is malformed: unparsable JSON, or a parameter or field of the wrong type.
    BadRequest(openapi_runtime::Problem),
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

impl SignOutResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent { .. } => http::StatusCode::NO_CONTENT,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::UnsupportedMediaType(_) => http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// The request of `get_current_user`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCurrentUserRequest {
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `get_current_user` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCurrentUserResponse {
    /// 200: The caller's account.
    Ok(model::User),
    /// 401: No bearer token was sent, or it is invalid or expired (or, when signing in, the credentials are wrong).
    Unauthorized {
        body: openapi_runtime::Problem,
        www_authenticate: String,
    },
    /// 403: The caller is authenticated but lacks the role this operation needs, or acts on data that is not theirs.
    Forbidden(openapi_runtime::Problem),
    /// 404: No resource with this id exists (or it is not visible to the caller).
    NotFound(openapi_runtime::Problem),
    /// 500: The service failed unexpectedly; nothing a client does can cause this. The details are logged, not returned.
    InternalServerError(openapi_runtime::Problem),
    /// 503: The service is too busy to complete the request right now (its database stayed locked by other writes, or a dependency it needs did not answer). Nothing was changed; send the same request again after the number of seconds in `Retry-After`.
    ServiceUnavailable {
        body: openapi_runtime::Problem,
        retry_after: Option<i64>,
    },
}

impl GetCurrentUserResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable { .. } => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Bookstore Identity API: implemented by the service's use cases, called by the generated router.
pub trait IdentityApi: Send + Sync + 'static {
    /// Sign up
    ///
    /// Creates a customer account in the identity provider with the roles `profile`, `order` and `view`. The password must be at least 8 characters long. An e-mail address already registered is a 409. `Location` is the new customer's profile, `/api/v1/customers/{id}`.
    fn sign_up(
        &self,
        request: SignUpRequest2,
    ) -> impl Future<Output = Result<SignUpResponse, ApiError>> + Send;
    /// Sign in
    ///
    /// Exchanges an e-mail address and password for an access token; the refresh token is set as an HttpOnly cookie. Wrong credentials are a 401 with the same message whether or not the e-mail address is known.
    fn sign_in(
        &self,
        request: SignInRequest2,
    ) -> impl Future<Output = Result<SignInResponse, ApiError>> + Send;
    /// Refresh the tokens
    ///
    /// Exchanges a refresh token, from the `refresh_token` cookie or from the body, for a new access token and a new refresh token (set as the cookie again). A missing, expired or revoked refresh token is a 401.
    fn exchange_token(
        &self,
        request: ExchangeTokenRequest,
    ) -> impl Future<Output = Result<ExchangeTokenResponse, ApiError>> + Send;
    /// Sign out
    ///
    /// Revokes the session of a refresh token, from the `refresh_token` cookie or from the body, and expires the cookie. Signing out of a session that has already ended succeeds too; sending no refresh token at all is a 400.
    fn sign_out(
        &self,
        request: SignOutRequest,
    ) -> impl Future<Output = Result<SignOutResponse, ApiError>> + Send;
    /// Get the signed-in user
    ///
    /// Returns the caller's own account, identified by the token's `sub`.
    fn get_current_user(
        &self,
        request: GetCurrentUserRequest,
    ) -> impl Future<Output = Result<GetCurrentUserResponse, ApiError>> + Send;
}
