// Generated from generator/tests/fixtures/codegen/vendor.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 88329f3d5ef8822c-2f49970f48df633b
//! The outbound port of Vendor: typed parameters and one typed response per operation,
//! and the `VendorApi` trait the service calls, implemented over HTTP by
//! `super::client::Client` (tests substitute their own).
//!
//! A vendor-shaped API (Keycloak, Conductor): form-encoded requests, a create answered with `Location` and no body, errors in the vendor's own JSON body rather than problem details, text responses, and bearer-secured calls next to public ones.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::client::ClientError;

/// Parameters of `request_token` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct RequestTokenParams {
    pub realm: String,
}

impl openapi_runtime::Validate for RequestTokenParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
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

/// Parameters of `logout` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct LogoutParams {
    pub realm: String,
}

impl openapi_runtime::Validate for LogoutParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
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

/// Parameters of `get_user_name` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserNameParams {
    pub id: String,
}

impl openapi_runtime::Validate for GetUserNameParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
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

/// Vendor, as the service calls it: implemented over HTTP by `super::client::Client`.
pub trait VendorApi: Send + Sync {
    fn request_token(
        &self,
        params: &RequestTokenParams,
        body: &model::TokenForm,
    ) -> impl Future<Output = Result<RequestTokenResponse, ClientError>> + Send;
    fn logout(
        &self,
        params: &LogoutParams,
        body: Option<&model::LogoutForm>,
    ) -> impl Future<Output = Result<LogoutResponse, ClientError>> + Send;
    fn create_user(
        &self,
        body: &model::User,
    ) -> impl Future<Output = Result<CreateUserResponse, ClientError>> + Send;
    fn get_user_name(
        &self,
        params: &GetUserNameParams,
    ) -> impl Future<Output = Result<GetUserNameResponse, ClientError>> + Send;
    fn echo(&self, body: &str) -> impl Future<Output = Result<EchoResponse, ClientError>> + Send;
    fn add_note(
        &self,
        body: &str,
    ) -> impl Future<Output = Result<AddNoteResponse, ClientError>> + Send;
    fn put_tags(
        &self,
        body: &[String],
    ) -> impl Future<Output = Result<PutTagsResponse, ClientError>> + Send;
}
