// Generated from generator/tests/fixtures/codegen/shapes.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 6624ff97772f770c-89ee689598bce627
//! The inbound port of Shapes API: one typed request and response per operation, and the
//! `ShapesApi` trait the service implements.
//!
//! Every schema feature the generator maps, echoed back by one operation each.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::ApiError;

/// The request of `create_pet`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePetRequest {
    pub body: model::Pet,
}

/// Every response `create_pet` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePetResponse {
    /// 200: The pet as stored.
    Ok(model::Pet),
}

impl CreatePetResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
        }
    }
}

/// The request of `echo_shape`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoShapeRequest {
    pub body: model::Shape,
}

/// Every response `echo_shape` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum EchoShapeResponse {
    /// 200: Echo.
    Ok(model::Shape),
}

impl EchoShapeResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
        }
    }
}

/// The request of `echo_record`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoRecordRequest {
    pub body: Option<model::Record>,
}

/// Every response `echo_record` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum EchoRecordResponse {
    /// 200: Echo.
    Ok(model::Record),
    /// 204: No body was sent.
    NoContent,
}

impl EchoRecordResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::NoContent => http::StatusCode::NO_CONTENT,
        }
    }
}

/// Parameters of `patch_profile` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchProfileParams {
    pub id: uuid::Uuid,
}

impl openapi_runtime::Validate for PatchProfileParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `patch_profile`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchProfileRequest {
    pub params: PatchProfileParams,
    pub body: model::ProfilePatch,
}

/// Every response `patch_profile` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum PatchProfileResponse {
    /// 200: Echo.
    Ok(model::ProfilePatch),
}

impl PatchProfileResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
        }
    }
}

/// Shapes API: implemented by the service's use cases, called by the generated router.
pub trait ShapesApi: Send + Sync + 'static {
    fn create_pet(
        &self,
        request: CreatePetRequest,
    ) -> impl Future<Output = Result<CreatePetResponse, ApiError>> + Send;
    fn echo_shape(
        &self,
        request: EchoShapeRequest,
    ) -> impl Future<Output = Result<EchoShapeResponse, ApiError>> + Send;
    fn echo_record(
        &self,
        request: EchoRecordRequest,
    ) -> impl Future<Output = Result<EchoRecordResponse, ApiError>> + Send;
    fn patch_profile(
        &self,
        request: PatchProfileRequest,
    ) -> impl Future<Output = Result<PatchProfileResponse, ApiError>> + Send;
}
