// Generated from api/catalog/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 749d0092f6553cd1-0807ce032d3eae1a
//! A typed async client for Bookstore Catalog API (reqwest), speaking in the same DTOs (`model`) and
//! response enums (`port`) as the server side.

// An operation that declares only `default` decodes every status the same way.
#![allow(clippy::match_single_binding)]

use super::model;
use super::port::*;

use openapi_runtime::client::ClientError;

/// The path prefix every operation lives under (from the spec's first server URL).
const BASE_PATH: &str = "";

/// A client for one server of Bookstore Catalog API.
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

    /// List books
    ///
    /// Lists books matching every given filter, each with its stock (asked of the inventory service once for the whole page). When the inventory service cannot be reached the page is still served, without `stock` on its books.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_books(
        &self,
        params: &ListBooksParams,
    ) -> Result<ListBooksResponse, ClientError> {
        let url = format!("{}/api/v1/books", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "title", &params.title)?;
        openapi_runtime::client::push_param(&mut query, "category_id", &params.category_id)?;
        openapi_runtime::client::push_param(&mut query, "publisher_id", &params.publisher_id)?;
        openapi_runtime::client::push_param(&mut query, "author_id", &params.author_id)?;
        openapi_runtime::client::push_param(&mut query, "limit", &params.limit)?;
        openapi_runtime::client::push_param(&mut query, "offset", &params.offset)?;
        openapi_runtime::client::push_param(&mut query, "sort", &params.sort)?;
        openapi_runtime::client::push_param(&mut query, "order", &params.order)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(ListBooksResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            400 => Ok(ListBooksResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ListBooksResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ListBooksResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ListBooksResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Create a book
    ///
    /// Adds a book with its category, publisher and authors (all of which must exist, otherwise 422 points at the offending field). The ISBN check digit is verified and the price must be greater than zero. An ISBN already in the catalog is a 409.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn create_book(
        &self,
        body: &model::BookCreate,
    ) -> Result<CreateBookResponse, ClientError> {
        let url = format!("{}/api/v1/books", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            201 => Ok(CreateBookResponse::Created {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                location: openapi_runtime::client::required_header(&headers, "location")?,
            }),
            400 => Ok(CreateBookResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(CreateBookResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(CreateBookResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(CreateBookResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(CreateBookResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(CreateBookResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(CreateBookResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(CreateBookResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a book
    ///
    /// Returns a book with its category, publisher, authors and the stock summed over all warehouses. When the inventory service cannot be reached the book is served without `stock`.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_book(&self, params: &GetBookParams) -> Result<GetBookResponse, ClientError> {
        let url = format!(
            "{}/api/v1/books/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetBookResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            400 => Ok(GetBookResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetBookResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetBookResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetBookResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetBookResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Replace a book
    ///
    /// Replaces every field of a book, including its authors. `version` must match the stored one (409 otherwise); the same rules as for creation apply.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn replace_book(
        &self,
        params: &ReplaceBookParams,
        body: &model::BookReplace,
    ) -> Result<ReplaceBookResponse, ClientError> {
        let url = format!(
            "{}/api/v1/books/{}",
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
            200 => Ok(ReplaceBookResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ReplaceBookResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ReplaceBookResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ReplaceBookResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(ReplaceBookResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(ReplaceBookResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(ReplaceBookResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ReplaceBookResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ReplaceBookResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ReplaceBookResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Delete a book
    ///
    /// Deletes a book and its author credits.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn delete_book(
        &self,
        params: &DeleteBookParams,
    ) -> Result<DeleteBookResponse, ClientError> {
        let url = format!(
            "{}/api/v1/books/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::DELETE, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(DeleteBookResponse::NoContent),
            400 => Ok(DeleteBookResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(DeleteBookResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(DeleteBookResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(DeleteBookResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(DeleteBookResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(DeleteBookResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(DeleteBookResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// List authors
    ///
    /// Lists authors matching every given filter.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_authors(
        &self,
        params: &ListAuthorsParams,
    ) -> Result<ListAuthorsResponse, ClientError> {
        let url = format!("{}/api/v1/authors", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "name", &params.name)?;
        openapi_runtime::client::push_param(&mut query, "book_id", &params.book_id)?;
        openapi_runtime::client::push_param(&mut query, "limit", &params.limit)?;
        openapi_runtime::client::push_param(&mut query, "offset", &params.offset)?;
        openapi_runtime::client::push_param(&mut query, "sort", &params.sort)?;
        openapi_runtime::client::push_param(&mut query, "order", &params.order)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(ListAuthorsResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ListAuthorsResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ListAuthorsResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ListAuthorsResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ListAuthorsResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Create a author
    ///
    /// Adds an author.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn create_author(
        &self,
        body: &model::AuthorCreate,
    ) -> Result<CreateAuthorResponse, ClientError> {
        let url = format!("{}/api/v1/authors", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            201 => Ok(CreateAuthorResponse::Created {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                location: openapi_runtime::client::required_header(&headers, "location")?,
            }),
            400 => Ok(CreateAuthorResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(CreateAuthorResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(CreateAuthorResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(CreateAuthorResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(CreateAuthorResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(CreateAuthorResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(CreateAuthorResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a author
    ///
    /// Returns an author.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_author(
        &self,
        params: &GetAuthorParams,
    ) -> Result<GetAuthorResponse, ClientError> {
        let url = format!(
            "{}/api/v1/authors/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetAuthorResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            400 => Ok(GetAuthorResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetAuthorResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetAuthorResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetAuthorResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetAuthorResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Replace a author
    ///
    /// Renames an author. `version` must match the stored one (409 otherwise).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn replace_author(
        &self,
        params: &ReplaceAuthorParams,
        body: &model::AuthorReplace,
    ) -> Result<ReplaceAuthorResponse, ClientError> {
        let url = format!(
            "{}/api/v1/authors/{}",
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
            200 => Ok(ReplaceAuthorResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ReplaceAuthorResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ReplaceAuthorResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ReplaceAuthorResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(ReplaceAuthorResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(ReplaceAuthorResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(ReplaceAuthorResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ReplaceAuthorResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ReplaceAuthorResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ReplaceAuthorResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Delete a author
    ///
    /// Deletes an author who is not credited on any book (409 otherwise).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn delete_author(
        &self,
        params: &DeleteAuthorParams,
    ) -> Result<DeleteAuthorResponse, ClientError> {
        let url = format!(
            "{}/api/v1/authors/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::DELETE, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(DeleteAuthorResponse::NoContent),
            400 => Ok(DeleteAuthorResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(DeleteAuthorResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(DeleteAuthorResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(DeleteAuthorResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(DeleteAuthorResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(DeleteAuthorResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(DeleteAuthorResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(DeleteAuthorResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// List publishers
    ///
    /// Lists publishers matching every given filter.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_publishers(
        &self,
        params: &ListPublishersParams,
    ) -> Result<ListPublishersResponse, ClientError> {
        let url = format!("{}/api/v1/publishers", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "name", &params.name)?;
        openapi_runtime::client::push_param(&mut query, "limit", &params.limit)?;
        openapi_runtime::client::push_param(&mut query, "offset", &params.offset)?;
        openapi_runtime::client::push_param(&mut query, "sort", &params.sort)?;
        openapi_runtime::client::push_param(&mut query, "order", &params.order)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(ListPublishersResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ListPublishersResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ListPublishersResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ListPublishersResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ListPublishersResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Create a publisher
    ///
    /// Adds a publisher. A name already in use is a 409.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn create_publisher(
        &self,
        body: &model::PublisherCreate,
    ) -> Result<CreatePublisherResponse, ClientError> {
        let url = format!("{}/api/v1/publishers", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            201 => Ok(CreatePublisherResponse::Created {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                location: openapi_runtime::client::required_header(&headers, "location")?,
            }),
            400 => Ok(CreatePublisherResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(CreatePublisherResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(CreatePublisherResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(CreatePublisherResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(CreatePublisherResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(CreatePublisherResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(CreatePublisherResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(CreatePublisherResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a publisher
    ///
    /// Returns a publisher.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_publisher(
        &self,
        params: &GetPublisherParams,
    ) -> Result<GetPublisherResponse, ClientError> {
        let url = format!(
            "{}/api/v1/publishers/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetPublisherResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetPublisherResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetPublisherResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(GetPublisherResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetPublisherResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(GetPublisherResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Replace a publisher
    ///
    /// Replaces a publisher's name and address. `version` must match the stored one (409 otherwise).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn replace_publisher(
        &self,
        params: &ReplacePublisherParams,
        body: &model::PublisherReplace,
    ) -> Result<ReplacePublisherResponse, ClientError> {
        let url = format!(
            "{}/api/v1/publishers/{}",
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
            200 => Ok(ReplacePublisherResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ReplacePublisherResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ReplacePublisherResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ReplacePublisherResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(ReplacePublisherResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(ReplacePublisherResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            415 => Ok(ReplacePublisherResponse::UnsupportedMediaType(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ReplacePublisherResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ReplacePublisherResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ReplacePublisherResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Delete a publisher
    ///
    /// Deletes a publisher that publishes no book (409 otherwise).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn delete_publisher(
        &self,
        params: &DeletePublisherParams,
    ) -> Result<DeletePublisherResponse, ClientError> {
        let url = format!(
            "{}/api/v1/publishers/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.id)?
        );
        let request = self.http.request(reqwest::Method::DELETE, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(DeletePublisherResponse::NoContent),
            400 => Ok(DeletePublisherResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(DeletePublisherResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::required_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(DeletePublisherResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(DeletePublisherResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(DeletePublisherResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(DeletePublisherResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(DeletePublisherResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(DeletePublisherResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// List categories
    ///
    /// Lists the fixed set of book categories.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn list_categories(
        &self,
        params: &ListCategoriesParams,
    ) -> Result<ListCategoriesResponse, ClientError> {
        let url = format!("{}/api/v1/categories", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "limit", &params.limit)?;
        openapi_runtime::client::push_param(&mut query, "offset", &params.offset)?;
        openapi_runtime::client::push_param(&mut query, "sort", &params.sort)?;
        openapi_runtime::client::push_param(&mut query, "order", &params.order)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(ListCategoriesResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(ListCategoriesResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            422 => Ok(ListCategoriesResponse::UnprocessableEntity(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ListCategoriesResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(ListCategoriesResponse::ServiceUnavailable {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                retry_after: openapi_runtime::client::optional_header(&headers, "retry-after")?,
            }),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}
