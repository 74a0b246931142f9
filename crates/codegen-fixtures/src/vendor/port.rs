// Generated from generator/tests/fixtures/codegen/vendor.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 9fc07aa986a7e6b3-7de2ba432fc8bbe0
//! The inbound port of Vendor: one typed request and response per operation, and the
//! `VendorApi` trait the service implements.
//!
//! A vendor-shaped API (Keycloak, Conductor): form-encoded requests, a create answered with `Location` and no body, errors in the vendor's own JSON body rather than problem details, text responses, and bearer-secured calls next to public ones.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::ApiError;

/// Parameters of `request_token` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestTokenParams {
    pub realm: String,
}

impl openapi_runtime::Validate for RequestTokenParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `request_token`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestTokenRequest {
    pub params: RequestTokenParams,
    pub body: model::TokenForm,
}

/// Every response `request_token` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum RequestTokenResponse {
    /// 200: tokens
    Ok(model::Token),
    /// 400: refused
    BadRequest(model::OAuthError),
}

impl RequestTokenResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
        }
    }
}

/// Parameters of `logout` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct LogoutParams {
    pub realm: String,
}

impl openapi_runtime::Validate for LogoutParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `logout`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct LogoutRequest {
    pub params: LogoutParams,
    pub body: Option<model::LogoutForm>,
}

/// Every response `logout` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum LogoutResponse {
    /// 204: done
    NoContent,
    /// 400: refused
    BadRequest(model::OAuthError),
}

impl LogoutResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
        }
    }
}

/// The request of `create_user`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateUserRequest {
    pub body: model::User,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `create_user` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserResponse {
    /// 201: created, no body
    Created { location: String },
    /// 401: no or bad token
    Unauthorized(model::OAuthError),
    /// 409: duplicate
    Conflict(model::VendorError),
}

impl CreateUserResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Created { .. } => http::StatusCode::CREATED,
            Self::Unauthorized(_) => http::StatusCode::UNAUTHORIZED,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
        }
    }
}

/// Parameters of `get_user_name` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserNameParams {
    pub id: String,
}

impl openapi_runtime::Validate for GetUserNameParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `get_user_name`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserNameRequest {
    pub params: GetUserNameParams,
}

/// Every response `get_user_name` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserNameResponse {
    /// 200: the name, as text
    Ok(String),
    /// 404: missing
    NotFound(model::VendorError),
}

impl GetUserNameResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// The path `get_user_name` reads, for a `Location` header.
pub fn get_user_name_location(id: &str) -> String {
    format!("/users/{}/name", openapi_runtime::text::path_segment(&id))
}

/// The request of `echo`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoRequest {
    pub body: String,
}

/// Every response `echo` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum EchoResponse {
    /// 200: the text, upper-cased
    Ok(String),
}

impl EchoResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
        }
    }
}

/// The request of `add_note`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct AddNoteRequest {
    pub body: String,
}

/// Every response `add_note` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum AddNoteResponse {
    /// 200: stored, the note's length as text
    Ok(String),
}

impl AddNoteResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
        }
    }
}

/// Checks the spec's constraints on the body of `add_note`.
pub fn add_note_body_validate(
    value: &str,
    pointer: &str,
    violations: &mut openapi_runtime::Violations,
) {
    violations.check_length(pointer, value, Some(1), None);
}

/// The request of `put_tags`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct PutTagsRequest {
    pub body: Vec<String>,
}

/// Every response `put_tags` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum PutTagsResponse {
    /// 204: replaced
    NoContent,
}

impl PutTagsResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
        }
    }
}

/// Checks the spec's constraints on the body of `put_tags`.
pub fn put_tags_body_validate(
    value: &[String],
    pointer: &str,
    violations: &mut openapi_runtime::Violations,
) {
    violations.check_items(pointer, value, Some(1), Some(3), false);
    for (index, item0) in value.iter().enumerate() {
        let ptr0 = format!("{}/{index}", pointer);
        violations.check_length(&ptr0, item0, Some(1), None);
    }
}

/// Vendor: implemented by the service's use cases, called by the generated router.
pub trait VendorApi: Send + Sync + 'static {
    fn request_token(
        &self,
        request: RequestTokenRequest,
    ) -> impl Future<Output = Result<RequestTokenResponse, ApiError>> + Send;
    fn logout(
        &self,
        request: LogoutRequest,
    ) -> impl Future<Output = Result<LogoutResponse, ApiError>> + Send;
    fn create_user(
        &self,
        request: CreateUserRequest,
    ) -> impl Future<Output = Result<CreateUserResponse, ApiError>> + Send;
    fn get_user_name(
        &self,
        request: GetUserNameRequest,
    ) -> impl Future<Output = Result<GetUserNameResponse, ApiError>> + Send;
    fn echo(
        &self,
        request: EchoRequest,
    ) -> impl Future<Output = Result<EchoResponse, ApiError>> + Send;
    fn add_note(
        &self,
        request: AddNoteRequest,
    ) -> impl Future<Output = Result<AddNoteResponse, ApiError>> + Send;
    fn put_tags(
        &self,
        request: PutTagsRequest,
    ) -> impl Future<Output = Result<PutTagsResponse, ApiError>> + Send;
}
