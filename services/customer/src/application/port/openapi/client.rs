// Generated from api/customer/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: c23edf3efd210b8f-7a581f54004fa1e6
//! A typed async client for Bookstore Customer API (reqwest), speaking in the same DTOs (`model`) and
//! response enums (`port`) as the server side.

// An operation that declares only `default` decodes every status the same way.
#![allow(clippy::match_single_binding)]

use super::model;
use super::port::*;

use openapi_runtime::client::ClientError;

/// The path prefix every operation lives under (from the spec's first server URL).
const BASE_PATH: &str = "";

/// A client for one server of Bookstore Customer API.
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

    /// List customers
    ///
    /// Lists customer profiles matching every given filter, as identity keeps them. Staff only. 503 when identity cannot answer.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_customers(
        &self,
        params: &ListCustomersParams,
    ) -> Result<ListCustomersResponse, ClientError> {
        let url = format!("{}/api/v1/customers", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "email", &params.email)?;
        openapi_runtime::client::push_param(&mut query, "name", &params.name)?;
        openapi_runtime::client::push_param(&mut query, "phone", &params.phone)?;
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
            200 => Ok(ListCustomersResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ListCustomersResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ListCustomersResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ListCustomersResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ListCustomersResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ListCustomersResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ListCustomersResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a customer
    ///
    /// Returns a customer profile, as identity keeps it (503 when identity cannot answer). A customer may act only on their own id; another customer's id is a 404, as an unknown one is. Staff (`manage`) act on any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_customer(
        &self,
        params: &GetCustomerParams,
    ) -> Result<GetCustomerResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetCustomerResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetCustomerResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetCustomerResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetCustomerResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetCustomerResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetCustomerResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetCustomerResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetCustomerResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Replace a customer profile
    ///
    /// Replaces a customer's names and phone number at identity (503 when identity cannot answer). A customer may act only on their own id; another customer's id is a 404, as an unknown one is. Staff (`manage`) act on any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn replace_customer(
        &self,
        params: &ReplaceCustomerParams,
        body: &model::CustomerReplace,
    ) -> Result<ReplaceCustomerResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}",
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
            200 => Ok(ReplaceCustomerResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ReplaceCustomerResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ReplaceCustomerResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ReplaceCustomerResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(ReplaceCustomerResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(ReplaceCustomerResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ReplaceCustomerResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ReplaceCustomerResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ReplaceCustomerResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Delete a customer
    ///
    /// Deletes a customer account (at identity) with its wishlist, points and point transactions. The wishlist and points go first, in one database transaction; then identity deletes the account. If identity cannot answer, the answer is a 503 and sending the same request again finishes the job (an account identity no longer has counts as deleted then). A customer may act only on their own id; another customer's id is a 404, as an unknown one is. Staff (`manage`) act on any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn delete_customer(
        &self,
        params: &DeleteCustomerParams,
    ) -> Result<DeleteCustomerResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::DELETE, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(DeleteCustomerResponse::NoContent),
            400 => Ok(DeleteCustomerResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(DeleteCustomerResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(DeleteCustomerResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(DeleteCustomerResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(DeleteCustomerResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(DeleteCustomerResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(DeleteCustomerResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a wishlist
    ///
    /// Returns one page of a customer's wishlist, each book with its title from the catalog (asked once per page, for all the page's books together). A book the catalog no longer has is listed with `available: false` and no title. 503 when the catalog cannot answer. A customer may act only on their own id; another customer's id is a 404, as an unknown one is. Staff (`manage`) act on any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_wishlist(
        &self,
        params: &GetWishlistParams,
    ) -> Result<GetWishlistResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}/wishlist",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
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
            200 => Ok(GetWishlistResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetWishlistResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetWishlistResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetWishlistResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetWishlistResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetWishlistResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetWishlistResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetWishlistResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Replace a wishlist
    ///
    /// Replaces the whole set of books on a customer's wishlist (at most 200, no duplicates). Every book must exist in the catalog: a 422 names each unknown one at `/body/book_ids/<index>`, and nothing changes. 503 when the catalog cannot answer. A customer may act only on their own id; another customer's id is a 404, as an unknown one is. Staff (`manage`) act on any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn replace_wishlist(
        &self,
        params: &ReplaceWishlistParams,
        body: &model::WishlistReplace,
    ) -> Result<ReplaceWishlistResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}/wishlist",
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
            200 => Ok(ReplaceWishlistResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ReplaceWishlistResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ReplaceWishlistResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ReplaceWishlistResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(ReplaceWishlistResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(ReplaceWishlistResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ReplaceWishlistResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ReplaceWishlistResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ReplaceWishlistResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Add a book to a wishlist
    ///
    /// Adds one book to a customer's wishlist. The wishlist is a set: adding a book already on it is not an error and answers 200 with the item as it was. An unknown book is a 422 at `/body/book_id`; a wishlist already holding 200 books is a 409 that says so. 503 when the catalog cannot answer. A customer may act only on their own id (403 otherwise); staff (`manage`) on any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn add_wishlist_item(
        &self,
        params: &AddWishlistItemParams,
        body: &model::WishlistItemCreate,
    ) -> Result<AddWishlistItemResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}/wishlist/items",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(AddWishlistItemResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            201 => Ok(AddWishlistItemResponse::Created {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                location: openapi_runtime::client::required_header(&headers, "location")?,
            }),
            400 => Ok(AddWishlistItemResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(AddWishlistItemResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(AddWishlistItemResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(AddWishlistItemResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(AddWishlistItemResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(AddWishlistItemResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(AddWishlistItemResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(AddWishlistItemResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(AddWishlistItemResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Remove a book from a wishlist
    ///
    /// Removes one book from a customer's wishlist; a book not on it is a 404. A customer may act only on their own id; another customer's id is a 404, as an unknown one is. Staff (`manage`) act on any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn remove_wishlist_item(
        &self,
        params: &RemoveWishlistItemParams,
    ) -> Result<RemoveWishlistItemResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}/wishlist/items/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?,
            openapi_runtime::client::path_segment(&params.book_id)?
        );
        let request = self.http.request(reqwest::Method::DELETE, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(RemoveWishlistItemResponse::NoContent),
            400 => Ok(RemoveWishlistItemResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(RemoveWishlistItemResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(RemoveWishlistItemResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(RemoveWishlistItemResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(RemoveWishlistItemResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(RemoveWishlistItemResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(RemoveWishlistItemResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a point balance
    ///
    /// Returns a customer's point balance, 0 before the first transaction. A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_point(
        &self,
        params: &GetPointParams,
    ) -> Result<GetPointResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}/point",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetPointResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            400 => Ok(GetPointResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetPointResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetPointResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetPointResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetPointResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetPointResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetPointResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// List point transactions
    ///
    /// Lists the changes to a customer's point balance. A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_point_transactions(
        &self,
        params: &ListPointTransactionsParams,
    ) -> Result<ListPointTransactionsResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}/point/transactions",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
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
            200 => Ok(ListPointTransactionsResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ListPointTransactionsResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ListPointTransactionsResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ListPointTransactionsResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(ListPointTransactionsResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ListPointTransactionsResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ListPointTransactionsResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ListPointTransactionsResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Change a point balance
    ///
    /// Adds or takes points, with the reason; the change is recorded as a transaction (who made it, when, the balance after it) and the balance changes with it in the same database transaction. Staff only. A zero `delta` is a 422 at `/body/delta`; a change that would take the balance below zero is a 409 and changes nothing, however many changes race. With an `Idempotency-Key` already used for this customer, the transaction first recorded is returned (200) and nothing changes; the same key with another `delta` or `reason` is a 422.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn create_point_transaction(
        &self,
        params: &CreatePointTransactionParams,
        body: &model::PointTransactionCreate,
    ) -> Result<CreatePointTransactionResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}/point/transactions",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        request =
            openapi_runtime::client::header(request, "idempotency-key", &params.idempotency_key)?;
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(CreatePointTransactionResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            201 => Ok(CreatePointTransactionResponse::Created {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                location: openapi_runtime::client::required_header(&headers, "location")?,
            }),
            400 => Ok(CreatePointTransactionResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(CreatePointTransactionResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(CreatePointTransactionResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(CreatePointTransactionResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(CreatePointTransactionResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(CreatePointTransactionResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(CreatePointTransactionResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(CreatePointTransactionResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(CreatePointTransactionResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a point transaction
    ///
    /// Returns one change to a customer's point balance. A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_point_transaction(
        &self,
        params: &GetPointTransactionParams,
    ) -> Result<GetPointTransactionResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}/point/transactions/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?,
            openapi_runtime::client::path_segment(&params.transaction_id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetPointTransactionResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetPointTransactionResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetPointTransactionResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetPointTransactionResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetPointTransactionResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetPointTransactionResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetPointTransactionResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetPointTransactionResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// List a customer's orders
    ///
    /// Lists a customer's orders, as the order service reports them (503 when it cannot answer). A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_customer_orders(
        &self,
        params: &ListCustomerOrdersParams,
    ) -> Result<ListCustomerOrdersResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}/orders",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
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
            200 => Ok(ListCustomerOrdersResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ListCustomerOrdersResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ListCustomerOrdersResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ListCustomerOrdersResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(ListCustomerOrdersResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ListCustomerOrdersResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ListCustomerOrdersResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ListCustomerOrdersResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a customer's order
    ///
    /// Returns one of a customer's orders with its saga progress; an order of someone else is a 404 (503 when the order service cannot answer). A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_customer_order(
        &self,
        params: &GetCustomerOrderParams,
    ) -> Result<GetCustomerOrderResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}/orders/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?,
            openapi_runtime::client::path_segment(&params.order_id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetCustomerOrderResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetCustomerOrderResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetCustomerOrderResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetCustomerOrderResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetCustomerOrderResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetCustomerOrderResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetCustomerOrderResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetCustomerOrderResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// List a customer's payments
    ///
    /// Lists a customer's payments, as the payment service reports them (503 when it cannot answer). A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_customer_payments(
        &self,
        params: &ListCustomerPaymentsParams,
    ) -> Result<ListCustomerPaymentsResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}/payments",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "order_id", &params.order_id)?;
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
            200 => Ok(ListCustomerPaymentsResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ListCustomerPaymentsResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ListCustomerPaymentsResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ListCustomerPaymentsResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(ListCustomerPaymentsResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ListCustomerPaymentsResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ListCustomerPaymentsResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ListCustomerPaymentsResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a customer's payment
    ///
    /// Returns one of a customer's payments; a payment of someone else is a 404 (503 when the payment service cannot answer). A customer may read only their own; another customer's id is a 404, as an unknown one is. Staff (`manage`) read any.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_customer_payment(
        &self,
        params: &GetCustomerPaymentParams,
    ) -> Result<GetCustomerPaymentResponse, ClientError> {
        let url = format!(
            "{}/api/v1/customers/{}/payments/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?,
            openapi_runtime::client::path_segment(&params.payment_id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetCustomerPaymentResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetCustomerPaymentResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetCustomerPaymentResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetCustomerPaymentResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetCustomerPaymentResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetCustomerPaymentResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetCustomerPaymentResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetCustomerPaymentResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}
