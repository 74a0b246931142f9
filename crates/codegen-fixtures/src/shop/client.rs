// Generated from generator/tests/fixtures/codegen/shop.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: d6b11ebfd1aa3f58-e9295f5e725af9c9
//! A typed async client for Shop API (reqwest), speaking in the same DTOs (`model`) and
//! response enums (`port`) as the server side.

// An operation that declares only `default` decodes every status the same way.
#![allow(clippy::match_single_binding)]

use super::model;
use super::port::*;

use openapi_runtime::client::ClientError;

/// The path prefix every operation lives under (from the spec's first server URL).
const BASE_PATH: &str = "/api/v1";

/// A client for one server of Shop API.
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

    /// List items
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_items(
        &self,
        params: &ListItemsParams,
    ) -> Result<ListItemsResponse, ClientError> {
        let url = format!("{}/items", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "limit", &params.limit)?;
        openapi_runtime::client::push_param(&mut query, "offset", &params.offset)?;
        openapi_runtime::client::push_param(&mut query, "sort", &params.sort)?;
        openapi_runtime::client::push_param(&mut query, "order", &params.order)?;
        openapi_runtime::client::push_param(&mut query, "tag", &params.tag)?;
        openapi_runtime::client::push_param(&mut query, "title", &params.title)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(ListItemsResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            422 => Ok(ListItemsResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Create an item
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn create_item(
        &self,
        params: &CreateItemParams,
        body: &model::CreateItem,
    ) -> Result<CreateItemResponse, ClientError> {
        let url = format!("{}/items", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request =
            openapi_runtime::client::header(request, "idempotency-key", &params.idempotency_key)?;
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            201 => Ok(CreateItemResponse::Created {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                location: openapi_runtime::client::required_header(&headers, "location")?,
            }),
            401 => Ok(CreateItemResponse::Unauthorized(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            403 => Ok(CreateItemResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(CreateItemResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(CreateItemResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_item(&self, params: &GetItemParams) -> Result<GetItemResponse, ClientError> {
        let url = format!(
            "{}/items/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut cookies: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut cookies, "session", &params.session)?;
        request = openapi_runtime::client::cookies(request, &cookies);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetItemResponse::Ok {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                etag: openapi_runtime::client::optional_header(&headers, "etag")?,
            }),
            404 => Ok(GetItemResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn delete_item(
        &self,
        params: &DeleteItemParams,
    ) -> Result<DeleteItemResponse, ClientError> {
        let url = format!(
            "{}/items/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::DELETE, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(DeleteItemResponse::NoContent),
            404 => Ok(DeleteItemResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Ok(DeleteItemResponse::Default {
                status,
                body: openapi_runtime::client::decode_json(status, &bytes)?,
            }),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn update_item(
        &self,
        params: &UpdateItemParams,
        body: &model::ItemPatch,
    ) -> Result<UpdateItemResponse, ClientError> {
        let url = format!(
            "{}/items/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let mut request = self.http.request(reqwest::Method::PATCH, url);
        request =
            openapi_runtime::client::json_body(request, "application/merge-patch+json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(UpdateItemResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400..=499 => Ok(UpdateItemResponse::ClientError {
                status,
                body: openapi_runtime::client::decode_json(status, &bytes)?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_item_image(
        &self,
        params: &GetItemImageParams,
    ) -> Result<GetItemImageResponse, ClientError> {
        let url = format!(
            "{}/items/{}/image",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetItemImageResponse::Ok(bytes.to_vec())),
            404 => Ok(GetItemImageResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn put_item_image(
        &self,
        params: &PutItemImageParams,
        body: &[u8],
    ) -> Result<PutItemImageResponse, ClientError> {
        let url = format!(
            "{}/items/{}/image",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let mut request = self.http.request(reqwest::Method::PUT, url);
        request = openapi_runtime::client::bytes_body(request, "application/octet-stream", body);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(PutItemImageResponse::NoContent),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}
