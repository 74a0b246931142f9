// Generated from generator/tests/fixtures/codegen/wild.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 436b274442b677b7-99033ebb86024216
//! The inbound port of Wild Pets: one typed request and response per operation, and the
//! `WildApi` trait the service implements.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::ApiError;

/// Parameters of `get_pets` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPetsParams {
    pub status: Option<model::GetPetsStatus>,
    pub limit: Option<i64>,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for GetPetsParams {
    fn default() -> Self {
        Self {
            status: None,
            limit: None,
        }
    }
}

impl openapi_runtime::Validate for GetPetsParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `get_pets`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPetsRequest {
    pub params: GetPetsParams,
}

/// Every response `get_pets` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetsResponse {
    /// 200: pets
    Ok(Vec<model::Pet>),
}

impl GetPetsResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
        }
    }
}

/// The request of `post_pets`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct PostPetsRequest {
    pub body: Option<model::PostPetsBody>,
}

/// Every response `post_pets` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum PostPetsResponse {
    /// Any other status: whatever happened
    Default {
        status: http::StatusCode,
        body: model::PostPetsDefaultBody,
    },
}

impl PostPetsResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Default { status, .. } => *status,
        }
    }
}

/// Parameters of `get_pets_id` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPetsIdParams {
    pub id: String,
    pub id2: Option<String>,
    pub x_trace: Option<String>,
}

impl openapi_runtime::Validate for GetPetsIdParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `get_pets_id`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPetsIdRequest {
    pub params: GetPetsIdParams,
}

/// Every response `get_pets_id` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetsIdResponse {
    /// 200: the pet
    Ok(model::Pet2),
    /// 404: missing
    NotFound,
}

impl GetPetsIdResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::NotFound => http::StatusCode::NOT_FOUND,
        }
    }
}

/// The path `get_pets_id` reads, for a `Location` header.
pub fn get_pets_id_location(id: &str) -> String {
    format!("/v2/pets/{}", openapi_runtime::text::path_segment(&id))
}

/// Parameters of `put_pets_id_owner_info` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct PutPetsIdOwnerInfoParams {
    pub id: String,
}

impl openapi_runtime::Validate for PutPetsIdOwnerInfoParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `put_pets_id_owner_info`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct PutPetsIdOwnerInfoRequest {
    pub params: PutPetsIdOwnerInfoParams,
    pub body: model::PutPetsIdOwnerInfoBody,
}

/// Every response `put_pets_id_owner_info` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum PutPetsIdOwnerInfoResponse {
    /// 204: done
    NoContent,
}

impl PutPetsIdOwnerInfoResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
        }
    }
}

/// Wild Pets: implemented by the service's use cases, called by the generated router.
pub trait WildApi: Send + Sync + 'static {
    fn get_pets(
        &self,
        request: GetPetsRequest,
    ) -> impl Future<Output = Result<GetPetsResponse, ApiError>> + Send;
    fn post_pets(
        &self,
        request: PostPetsRequest,
    ) -> impl Future<Output = Result<PostPetsResponse, ApiError>> + Send;
    fn get_pets_id(
        &self,
        request: GetPetsIdRequest,
    ) -> impl Future<Output = Result<GetPetsIdResponse, ApiError>> + Send;
    fn put_pets_id_owner_info(
        &self,
        request: PutPetsIdOwnerInfoRequest,
    ) -> impl Future<Output = Result<PutPetsIdOwnerInfoResponse, ApiError>> + Send;
}
