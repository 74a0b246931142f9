// Generated from generator/tests/fixtures/codegen/vendor.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 8c298f0086b1c339-6759b8b6b389db5c
//! A typed async client for Vendor (reqwest), speaking in the DTOs (`model`) and response
//! enums (`port`) of the outbound port `VendorApi`, which it implements.

// An operation that declares only `default` decodes every status the same way.
#![allow(clippy::match_single_binding)]

use super::model;
use super::port::*;

use openapi_runtime::client::ClientError;

/// The path prefix every operation lives under (from the spec's first server URL).
const BASE_PATH: &str = "";

/// A client for one server of Vendor.
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

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn request_token(
        &self,
        params: &RequestTokenParams,
        body: &model::TokenForm,
    ) -> Result<RequestTokenResponse, ClientError> {
        let url = format!(
            "{}/realms/{}/token",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        request =
            openapi_runtime::client::form_body(request, "application/x-www-form-urlencoded", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(RequestTokenResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(RequestTokenResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn logout(
        &self,
        params: &LogoutParams,
        body: Option<&model::LogoutForm>,
    ) -> Result<LogoutResponse, ClientError> {
        let url = format!(
            "{}/realms/{}/logout",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        if let Some(body) = body {
            request = openapi_runtime::client::form_body(
                request,
                "application/x-www-form-urlencoded",
                body,
            )?;
        }
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(LogoutResponse::NoContent),
            400 => Ok(LogoutResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn create_user(&self, body: &model::User) -> Result<CreateUserResponse, ClientError> {
        let url = format!("{}/users", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            201 => Ok(CreateUserResponse::Created {
                location: openapi_runtime::client::required_header(&headers, "location")?,
            }),
            401 => Ok(CreateUserResponse::Unauthorized(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(CreateUserResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_user_name(
        &self,
        params: &GetUserNameParams,
    ) -> Result<GetUserNameResponse, ClientError> {
        let url = format!(
            "{}/users/{}/name",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetUserNameResponse::Ok(
                openapi_runtime::client::decode_text(status, &bytes)?,
            )),
            404 => Ok(GetUserNameResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn echo(&self, body: &str) -> Result<EchoResponse, ClientError> {
        let url = format!("{}/echo", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::text_body(request, "text/plain", body);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(EchoResponse::Ok(openapi_runtime::client::decode_text(
                status, &bytes,
            )?)),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn add_note(&self, body: &str) -> Result<AddNoteResponse, ClientError> {
        let url = format!("{}/notes", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(AddNoteResponse::Ok(openapi_runtime::client::decode_text(
                status, &bytes,
            )?)),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn put_tags(&self, body: &[String]) -> Result<PutTagsResponse, ClientError> {
        let url = format!("{}/tags", self.base_url);
        let mut request = self.http.request(reqwest::Method::PUT, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(PutTagsResponse::NoContent),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}

impl VendorApi for Client {
    fn request_token(
        &self,
        params: &RequestTokenParams,
        body: &model::TokenForm,
    ) -> impl Future<Output = Result<RequestTokenResponse, ClientError>> + Send {
        Client::request_token(self, params, body)
    }
    fn logout(
        &self,
        params: &LogoutParams,
        body: Option<&model::LogoutForm>,
    ) -> impl Future<Output = Result<LogoutResponse, ClientError>> + Send {
        Client::logout(self, params, body)
    }
    fn create_user(
        &self,
        body: &model::User,
    ) -> impl Future<Output = Result<CreateUserResponse, ClientError>> + Send {
        Client::create_user(self, body)
    }
    fn get_user_name(
        &self,
        params: &GetUserNameParams,
    ) -> impl Future<Output = Result<GetUserNameResponse, ClientError>> + Send {
        Client::get_user_name(self, params)
    }
    fn echo(&self, body: &str) -> impl Future<Output = Result<EchoResponse, ClientError>> + Send {
        Client::echo(self, body)
    }
    fn add_note(
        &self,
        body: &str,
    ) -> impl Future<Output = Result<AddNoteResponse, ClientError>> + Send {
        Client::add_note(self, body)
    }
    fn put_tags(
        &self,
        body: &[String],
    ) -> impl Future<Output = Result<PutTagsResponse, ClientError>> + Send {
        Client::put_tags(self, body)
    }
}
