// Generated from generator/tests/fixtures/codegen/wild.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: a4e7db0b7687db23-a6a5783e652e7554
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
    bearer_token: Option<String>,
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
            bearer_token: None,
        }
    }

    /// Send `Authorization: Bearer <token>` with every request.
    pub fn with_bearer_token(mut self, token: impl Into<String>) -> Self {
        self.bearer_token = Some(token.into());
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
        if let Some(token) = &self.bearer_token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await?;
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
        if let Some(token) = &self.bearer_token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await?;
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
        if let Some(token) = &self.bearer_token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await?;
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
        if let Some(token) = &self.bearer_token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(PutPetsIdOwnerInfoResponse::NoContent),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}
