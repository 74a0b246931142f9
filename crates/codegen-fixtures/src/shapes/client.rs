// Generated from generator/tests/fixtures/codegen/shapes.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 3b5402d48e601d94-bf627de0ba6ab6cf
//! A typed async client for Shapes API (reqwest), speaking in the same DTOs (`model`) and
//! response enums (`port`) as the server side.

// An operation that declares only `default` decodes every status the same way.
#![allow(clippy::match_single_binding)]

use super::model;
use super::port::*;

use openapi_runtime::client::ClientError;

/// The path prefix every operation lives under (from the spec's first server URL).
const BASE_PATH: &str = "";

/// A client for one server of Shapes API.
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
    pub async fn create_pet(&self, body: &model::Pet) -> Result<CreatePetResponse, ClientError> {
        let url = format!("{}/pets", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(CreatePetResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn echo_shape(&self, body: &model::Shape) -> Result<EchoShapeResponse, ClientError> {
        let url = format!("{}/shapes", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(EchoShapeResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn echo_record(
        &self,
        body: Option<&model::Record>,
    ) -> Result<EchoRecordResponse, ClientError> {
        let url = format!("{}/records", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        if let Some(body) = body {
            request = openapi_runtime::client::json_body(request, "application/json", body)?;
        }
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(EchoRecordResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            204 => Ok(EchoRecordResponse::NoContent),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn patch_profile(
        &self,
        params: &PatchProfileParams,
        body: &model::ProfilePatch,
    ) -> Result<PatchProfileResponse, ClientError> {
        let url = format!(
            "{}/profiles/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let mut request = self.http.request(reqwest::Method::PATCH, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(PatchProfileResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}
