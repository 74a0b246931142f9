// Generated from api/inventory/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: b019e461c3b32c4f-3c30554d49694484
//! A typed async client for Bookstore Inventory API (reqwest), speaking in the same DTOs (`model`) and
//! response enums (`port`) as the server side.

// An operation that declares only `default` decodes every status the same way.
#![allow(clippy::match_single_binding)]

use super::model;
use super::port::*;

use openapi_runtime::client::ClientError;

/// The path prefix every operation lives under (from the spec's first server URL).
const BASE_PATH: &str = "";

/// A client for one server of Bookstore Inventory API.
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

    /// List warehouses
    ///
    /// Lists warehouses.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_warehouses(
        &self,
        params: &ListWarehousesParams,
    ) -> Result<ListWarehousesResponse, ClientError> {
        let url = format!("{}/api/v1/warehouses", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "limit", &params.limit)?;
        openapi_runtime::client::push_param(&mut query, "offset", &params.offset)?;
        openapi_runtime::client::push_param(&mut query, "sort", &params.sort)?;
        openapi_runtime::client::push_param(&mut query, "order", &params.order)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(ListWarehousesResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ListWarehousesResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ListWarehousesResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ListWarehousesResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ListWarehousesResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ListWarehousesResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ListWarehousesResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Create a warehouse
    ///
    /// Adds a warehouse. A name already in use is a 409.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn create_warehouse(
        &self,
        body: &model::WarehouseCreate,
    ) -> Result<CreateWarehouseResponse, ClientError> {
        let url = format!("{}/api/v1/warehouses", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            201 => Ok(CreateWarehouseResponse::Created {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                location: openapi_runtime::client::required_header(&headers, "location")?,
            }),
            400 => Ok(CreateWarehouseResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(CreateWarehouseResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(CreateWarehouseResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(CreateWarehouseResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(CreateWarehouseResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(CreateWarehouseResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(CreateWarehouseResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(CreateWarehouseResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a warehouse
    ///
    /// Returns a warehouse.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_warehouse(
        &self,
        params: &GetWarehouseParams,
    ) -> Result<GetWarehouseResponse, ClientError> {
        let url = format!(
            "{}/api/v1/warehouses/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetWarehouseResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetWarehouseResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetWarehouseResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetWarehouseResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetWarehouseResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetWarehouseResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetWarehouseResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetWarehouseResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Replace a warehouse
    ///
    /// Replaces a warehouse's name, address and capacity. `version` must match the stored one, the name must stay unique and the capacity must still hold the stored copies (409 otherwise).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn replace_warehouse(
        &self,
        params: &ReplaceWarehouseParams,
        body: &model::WarehouseReplace,
    ) -> Result<ReplaceWarehouseResponse, ClientError> {
        let url = format!(
            "{}/api/v1/warehouses/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let mut request = self.http.request(reqwest::Method::PUT, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(ReplaceWarehouseResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ReplaceWarehouseResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ReplaceWarehouseResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ReplaceWarehouseResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(ReplaceWarehouseResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(ReplaceWarehouseResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(ReplaceWarehouseResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ReplaceWarehouseResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ReplaceWarehouseResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ReplaceWarehouseResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Delete a warehouse
    ///
    /// Deletes a warehouse that holds no stock rows (409 otherwise).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn delete_warehouse(
        &self,
        params: &DeleteWarehouseParams,
    ) -> Result<DeleteWarehouseResponse, ClientError> {
        let url = format!(
            "{}/api/v1/warehouses/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::DELETE, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(DeleteWarehouseResponse::NoContent),
            400 => Ok(DeleteWarehouseResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(DeleteWarehouseResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(DeleteWarehouseResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(DeleteWarehouseResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(DeleteWarehouseResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(DeleteWarehouseResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(DeleteWarehouseResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(DeleteWarehouseResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// List stock rows
    ///
    /// Lists stock rows matching every given filter.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_stocks(
        &self,
        params: &ListStocksParams,
    ) -> Result<ListStocksResponse, ClientError> {
        let url = format!("{}/api/v1/stocks", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "book_id", &params.book_id)?;
        openapi_runtime::client::push_param(&mut query, "warehouse_id", &params.warehouse_id)?;
        openapi_runtime::client::push_param(&mut query, "limit", &params.limit)?;
        openapi_runtime::client::push_param(&mut query, "offset", &params.offset)?;
        openapi_runtime::client::push_param(&mut query, "sort", &params.sort)?;
        openapi_runtime::client::push_param(&mut query, "order", &params.order)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(ListStocksResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ListStocksResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ListStocksResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ListStocksResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ListStocksResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ListStocksResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ListStocksResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Create a stock row
    ///
    /// Records the copies of a book held in a warehouse. A second row for the same book and warehouse, or more copies than the warehouse's free capacity, is a 409.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn create_stock(
        &self,
        body: &model::StockCreate,
    ) -> Result<CreateStockResponse, ClientError> {
        let url = format!("{}/api/v1/stocks", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            201 => Ok(CreateStockResponse::Created {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                location: openapi_runtime::client::required_header(&headers, "location")?,
            }),
            400 => Ok(CreateStockResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(CreateStockResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(CreateStockResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(CreateStockResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(CreateStockResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(CreateStockResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(CreateStockResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(CreateStockResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a stock row
    ///
    /// Returns a stock row.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_stock(
        &self,
        params: &GetStockParams,
    ) -> Result<GetStockResponse, ClientError> {
        let url = format!(
            "{}/api/v1/stocks/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetStockResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            400 => Ok(GetStockResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetStockResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetStockResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetStockResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetStockResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetStockResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetStockResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Replace a stock row
    ///
    /// Sets the copies on hand. `version` must match the stored one; the quantity must cover the reserved copies and fit the warehouse's capacity (409 otherwise).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn replace_stock(
        &self,
        params: &ReplaceStockParams,
        body: &model::StockReplace,
    ) -> Result<ReplaceStockResponse, ClientError> {
        let url = format!(
            "{}/api/v1/stocks/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let mut request = self.http.request(reqwest::Method::PUT, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(ReplaceStockResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ReplaceStockResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ReplaceStockResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ReplaceStockResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(ReplaceStockResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(ReplaceStockResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(ReplaceStockResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ReplaceStockResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ReplaceStockResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ReplaceStockResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Delete a stock row
    ///
    /// Deletes a stock row with no reserved copies (409 otherwise).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn delete_stock(
        &self,
        params: &DeleteStockParams,
    ) -> Result<DeleteStockResponse, ClientError> {
        let url = format!(
            "{}/api/v1/stocks/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::DELETE, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(DeleteStockResponse::NoContent),
            400 => Ok(DeleteStockResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(DeleteStockResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(DeleteStockResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(DeleteStockResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(DeleteStockResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(DeleteStockResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(DeleteStockResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(DeleteStockResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}
