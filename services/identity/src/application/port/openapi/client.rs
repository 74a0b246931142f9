// Generated from api/identity/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 292fcebbfd191b0b-bd8ce999b697848c
//! A typed async client for Bookstore Identity API (reqwest), speaking in the same DTOs (`model`) and
//! response enums (`port`) as the server side.

// An operation that declares only `default` decodes every status the same way.
#![allow(clippy::match_single_binding)]

use super::model;
use super::port::*;

use openapi_runtime::client::ClientError;

/// The path prefix every operation lives under (from the spec's first server URL).
const BASE_PATH: &str = "";

/// A client for one server of Bookstore Identity API.
#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
    auth: openapi_runtime::client::Auth,
}

impl Client {
    /// A client for the server at `base_url` (scheme, host and port, e.g. `http://127.0.0.1:8080`);
    /// the spec's base path is appended to it.
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::with_http_client(base_url, reqwest::Client::new())
    }

    /// Like [`Client::new`], sharing a configured `reqwest::Client` (timeouts, pools, TLS).
    pub fn with_http_client(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        let base_url: String = base_url.into();
        Self {
            base_url: format!("{}{BASE_PATH}", base_url.trim_end_matches('/')),
            http,
            auth: openapi_runtime::client::Auth::none(),
        }
    }

    /// Send `Authorization: Bearer <token>` with every request of a secured operation.
    pub fn with_bearer_token(mut self, token: impl Into<String>) -> Self {
        self.auth = openapi_runtime::client::Auth::token(token);
        self
    }

    /// Take the bearer token of each secured request from `provider`; after a 401 the provider
    /// is asked for a fresh token and the request is sent once more.
    pub fn with_token_provider(
        mut self,
        provider: std::sync::Arc<dyn openapi_runtime::client::TokenProvider>,
    ) -> Self {
        self.auth = openapi_runtime::client::Auth::provider(provider);
        self
    }

    /// Sign up
    ///
    /// Creates a customer account in the identity provider with the roles `profile`, `order` and `view`. The password must be at least 8 characters long. An e-mail address already registered is a 409. `Location` is the new customer's profile, `/api/v1/customers/{id}`.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn sign_up(
        &self,
        body: &model::SignUpRequest,
    ) -> Result<SignUpResponse, ClientError> {
        let url = format!("{}/api/v1/users/signup", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            201 => Ok(SignUpResponse::Created {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                location: openapi_runtime::client::required_header(&headers, "location")?,
            }),
            400 => Ok(SignUpResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(SignUpResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(SignUpResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(SignUpResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(SignUpResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(SignUpResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Sign in
    ///
    /// Exchanges an e-mail address and password for an access token; the refresh token is set as an HttpOnly cookie. Wrong credentials are a 401 with the same message whether or not the e-mail address is known.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn sign_in(
        &self,
        body: &model::SignInRequest,
    ) -> Result<SignInResponse, ClientError> {
        let url = format!("{}/api/v1/users/signin", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(SignInResponse::Ok {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                set_cookie: openapi_runtime::client::required_header(&headers, "set-cookie")?,
            }),
            400 => Ok(SignInResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(SignInResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            415 => Ok(SignInResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(SignInResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            429 => Ok(SignInResponse::TooManyRequests {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::required_header(&headers, "retry-after")?,
            }),
            500 => Ok(SignInResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(SignInResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Refresh the tokens
    ///
    /// Exchanges a refresh token, from the `refresh_token` cookie or from the body, for a new access token and a new refresh token (set as the cookie again). A missing, expired or revoked refresh token is a 401.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn exchange_token(
        &self,
        params: &ExchangeTokenParams,
        body: Option<&model::RefreshTokenRequest>,
    ) -> Result<ExchangeTokenResponse, ClientError> {
        let url = format!("{}/api/v1/users/tokens/exchange", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        let mut cookies: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut cookies, "refresh_token", &params.refresh_token)?;
        request = openapi_runtime::client::cookies(request, &cookies);
        if let Some(body) = body {
            request = openapi_runtime::client::json_body(request, "application/json", body)?;
        }
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(ExchangeTokenResponse::Ok {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                set_cookie: openapi_runtime::client::required_header(&headers, "set-cookie")?,
            }),
            400 => Ok(ExchangeTokenResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ExchangeTokenResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            415 => Ok(ExchangeTokenResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ExchangeTokenResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ExchangeTokenResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ExchangeTokenResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Sign out
    ///
    /// Revokes the session of a refresh token, from the `refresh_token` cookie or from the body, and expires the cookie. Signing out of a session that has already ended succeeds too; sending no refresh token at all is a 400.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn sign_out(
        &self,
        params: &SignOutParams,
        body: Option<&model::RefreshTokenRequest>,
    ) -> Result<SignOutResponse, ClientError> {
        let url = format!("{}/api/v1/users/signout", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        let mut cookies: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut cookies, "refresh_token", &params.refresh_token)?;
        request = openapi_runtime::client::cookies(request, &cookies);
        if let Some(body) = body {
            request = openapi_runtime::client::json_body(request, "application/json", body)?;
        }
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(SignOutResponse::NoContent {
                set_cookie: openapi_runtime::client::required_header(&headers, "set-cookie")?,
            }),
            400 => Ok(SignOutResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(SignOutResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(SignOutResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(SignOutResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(SignOutResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get the signed-in user
    ///
    /// Returns the caller's own account, identified by the token's `sub`.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_current_user(&self) -> Result<GetCurrentUserResponse, ClientError> {
        let url = format!("{}/api/v1/users/me", self.base_url);
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetCurrentUserResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetCurrentUserResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetCurrentUserResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetCurrentUserResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetCurrentUserResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetCurrentUserResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}
