// Generated from api/order/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: e1d2caa34352ce12-9a44fdfb2a574941
//! A typed async client for Bookstore Order API (reqwest), speaking in the same DTOs (`model`) and
//! response enums (`port`) as the server side.

// An operation that declares only `default` decodes every status the same way.
#![allow(clippy::match_single_binding)]

use super::model;
use super::port::*;

use openapi_runtime::client::ClientError;

/// The path prefix every operation lives under (from the spec's first server URL).
const BASE_PATH: &str = "";

/// A client for one server of Bookstore Order API.
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

    /// List orders
    ///
    /// Lists the caller's orders; staff (`manage`) see everyone's and may filter by `user_id`. A customer passing another customer's `user_id` gets a 403.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_orders(
        &self,
        params: &ListOrdersParams,
    ) -> Result<ListOrdersResponse, ClientError> {
        let url = format!("{}/api/v1/orders", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "user_id", &params.user_id)?;
        openapi_runtime::client::push_param(&mut query, "status", &params.status)?;
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
            200 => Ok(ListOrdersResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ListOrdersResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ListOrdersResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ListOrdersResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ListOrdersResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ListOrdersResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ListOrdersResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Place an order
    ///
    /// Places an order for the caller (the token's `sub`). Prices come from the catalog, never from the client; unknown books are a 422. The order is stored `pending` and the order saga starts: it charges the card, marks the order `paid`, reserves the stock and ends `confirmed`, or compensates and ends `cancelled` with a `failure_reason`. Follow `Location` to watch it. With an `Idempotency-Key` already used, the order first created is returned and no second saga starts.
    ///
    /// 422 (one `errors` entry per problem): a book listed twice (`/body/items/<i>/book_id`), a book the catalog does not know (`/body/items/<i>/book_id`, each one named), a card number the payment service refuses (`/body/payment/card_number`; nothing is written), an `Idempotency-Key` already used with a different body (pointing at the `Idempotency-Key` header), a total above 99999999.99 (`/body/items`). 403 also when the token's subject is not a customer id (a UUID). 503 with `Retry-After` when the catalog, the payment service or the database cannot answer now; nothing is written then. When the saga cannot be started at once the order is still accepted and its saga is started shortly after by the service.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn create_order(
        &self,
        params: &CreateOrderParams,
        body: &model::OrderCreate,
    ) -> Result<CreateOrderResponse, ClientError> {
        let url = format!("{}/api/v1/orders", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request =
            openapi_runtime::client::header(request, "idempotency-key", &params.idempotency_key)?;
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            202 => Ok(CreateOrderResponse::Accepted {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                location: openapi_runtime::client::required_header(&headers, "location")?,
            }),
            400 => Ok(CreateOrderResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(CreateOrderResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(CreateOrderResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(CreateOrderResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(CreateOrderResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(CreateOrderResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(CreateOrderResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get an order
    ///
    /// Returns an order with its lines, total, status and saga progress. A customer sees only their own; another customer's order is a 404.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_order(
        &self,
        params: &GetOrderParams,
    ) -> Result<GetOrderResponse, ClientError> {
        let url = format!(
            "{}/api/v1/orders/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetOrderResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            400 => Ok(GetOrderResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetOrderResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetOrderResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetOrderResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetOrderResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetOrderResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetOrderResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Cancel an order
    ///
    /// Cancels a `pending` or `paid` order: its saga compensates (refunds the payment, releases any reserved stock) and the order ends `cancelled` with the failure reason "cancelled by the customer". Any other status is a 409, and so is an order whose saga has already ended. The owner or staff (`manage`) may cancel; another customer's order is a 404. 503 with `Retry-After` when the orchestrator or the database cannot answer now.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn cancel_order(
        &self,
        params: &CancelOrderParams,
    ) -> Result<CancelOrderResponse, ClientError> {
        let url = format!(
            "{}/api/v1/orders/{}/cancel",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::POST, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            202 => Ok(CancelOrderResponse::Accepted(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(CancelOrderResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(CancelOrderResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(CancelOrderResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(CancelOrderResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(CancelOrderResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(CancelOrderResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(CancelOrderResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(CancelOrderResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}
