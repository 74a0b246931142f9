// Generated from generator/tests/fixtures/codegen/wild.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 781db330dd8da8fb-58d21f303e2a9f22
//! A typed async client for Wild Pets (reqwest), speaking in the same DTOs (`model`) and
//! response enums (`port`) as the server side.

// An operation that declares only `default` decodes every status the same way.
#![allow(clippy::match_single_binding)]

use super::model;
use super::port::*;

use openapi_runtime::client::ClientError;

/// The path prefix every operation lives under (from the spec's first server URL).
const BASE_PATH: &str = "/v2";

/// A client for one server of Wild Pets.
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
    pub async fn get_pets(&self, params: &GetPetsParams) -> Result<GetPetsResponse, ClientError> {
        let url = format!("{}/pets", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "status", &params.status)?;
        openapi_runtime::client::push_param(&mut query, "limit", &params.limit)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetPetsResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn post_pets(
        &self,
        body: Option<&model::PostPetsBody>,
    ) -> Result<PostPetsResponse, ClientError> {
        let url = format!("{}/pets", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        if let Some(body) = body {
            request = openapi_runtime::client::json_body(request, "application/json", body)?;
        }
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            _ => Ok(PostPetsResponse::Default {
                status,
                body: openapi_runtime::client::decode_json(status, &bytes)?,
            }),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_pets_id(
        &self,
        params: &GetPetsIdParams,
    ) -> Result<GetPetsIdResponse, ClientError> {
        let url = format!(
            "{}/pets/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "id", &params.id2)?;
        request = request.query(&query);
        request = openapi_runtime::client::header(request, "x-trace", &params.x_trace)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetPetsIdResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            404 => Ok(GetPetsIdResponse::NotFound),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn put_pets_id_owner_info(
        &self,
        params: &PutPetsIdOwnerInfoParams,
        body: &model::PutPetsIdOwnerInfoBody,
    ) -> Result<PutPetsIdOwnerInfoResponse, ClientError> {
        let url = format!(
            "{}/pets/{}/owner-info",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let mut request = self.http.request(reqwest::Method::PUT, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(PutPetsIdOwnerInfoResponse::NoContent),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}
