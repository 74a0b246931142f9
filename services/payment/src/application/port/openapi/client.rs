// Generated from api/payment/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 730c5b68f36f5e46-dad40f41b1bb2c91
//! A typed async client for Bookstore Payment API (reqwest), speaking in the same DTOs (`model`) and
//! response enums (`port`) as the server side.

// An operation that declares only `default` decodes every status the same way.
#![allow(clippy::match_single_binding)]

use super::port::*;

use openapi_runtime::client::ClientError;

/// The path prefix every operation lives under (from the spec's first server URL).
const BASE_PATH: &str = "";

/// A client for one server of Bookstore Payment API.
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

    /// List payments
    ///
    /// Lists the caller's payments (those whose `user_id` is the token's subject); staff (`manage`) see everyone's and may filter by `user_id`. A customer passing a `user_id` other than their own gets a 403.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_payments(
        &self,
        params: &ListPaymentsParams,
    ) -> Result<ListPaymentsResponse, ClientError> {
        let url = format!("{}/api/v1/payments", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "order_id", &params.order_id)?;
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
            200 => Ok(ListPaymentsResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ListPaymentsResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ListPaymentsResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ListPaymentsResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ListPaymentsResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ListPaymentsResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ListPaymentsResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a payment
    ///
    /// Returns a payment. A customer sees only their own; another customer's payment is a 404.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_payment(
        &self,
        params: &GetPaymentParams,
    ) -> Result<GetPaymentResponse, ClientError> {
        let url = format!(
            "{}/api/v1/payments/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetPaymentResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetPaymentResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetPaymentResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetPaymentResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetPaymentResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetPaymentResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetPaymentResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetPaymentResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}
