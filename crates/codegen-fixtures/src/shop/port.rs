// Generated from generator/tests/fixtures/codegen/shop.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 4868663ba93d66e1-4d9ccff8becae17e
//! The inbound port of Shop API: one typed request and response per operation, and the
//! `ShopApi` trait the service implements.
//!
//! A small shop: the typical CRUD surface with pagination, a create that answers 201 with
//! `Location`, role-based security and problem+json errors.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::ApiError;

/// Parameters of `list_items` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItemsParams {
    pub limit: i32,
    pub offset: i64,
    pub sort: model::ItemSort,
    pub order: model::ListItemsOrder,
    /// Only items carrying every one of these tags.
    pub tag: Option<Vec<String>>,
    pub title: Option<String>,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for ListItemsParams {
    fn default() -> Self {
        Self {
            limit: 10,
            offset: 0,
            sort: model::ItemSort::Id,
            order: model::ListItemsOrder::Desc,
            tag: None,
            title: None,
        }
    }
}

impl openapi_runtime::Validate for ListItemsParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.limit;
            let ptr = format!("{pointer}/query/limit");
            violations.check_minimum(&ptr, *value, 1, false);
            violations.check_maximum(&ptr, *value, 100, false);
        }
        {
            let value = &self.offset;
            let ptr = format!("{pointer}/query/offset");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        if let Some(value) = &self.tag {
            let ptr = format!("{pointer}/query/tag");
            violations.check_items(&ptr, value, None, Some(5), false);
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                violations.check_length(&ptr0, item0, Some(1), None);
            }
        }
        if let Some(value) = &self.title {
            let ptr = format!("{pointer}/query/title");
            violations.check_length(&ptr, value, None, Some(50));
        }
    }
}

/// The request of `list_items`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItemsRequest {
    pub params: ListItemsParams,
}

/// Every response `list_items` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListItemsResponse {
    /// 200: A page of items.
    Ok(model::ItemPage),
    /// 422: The request is not valid.
    UnprocessableEntity(openapi_runtime::Problem),
}

impl ListItemsResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
        }
    }
}

/// Parameters of `create_item` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateItemParams {
    pub idempotency_key: Option<uuid::Uuid>,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for CreateItemParams {
    fn default() -> Self {
        Self {
            idempotency_key: None,
        }
    }
}

impl openapi_runtime::Validate for CreateItemParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `create_item`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateItemRequest {
    pub params: CreateItemParams,
    pub body: model::CreateItem,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `create_item` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateItemResponse {
    /// 201: Created.
    Created { body: model::Item, location: String },
    /// 401: A problem.
    Unauthorized(openapi_runtime::Problem),
    /// 403: A problem.
    Forbidden(openapi_runtime::Problem),
    /// 409: A problem.
    Conflict(openapi_runtime::Problem),
    /// 422: The request is not valid.
    UnprocessableEntity(openapi_runtime::Problem),
}

impl CreateItemResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Created { .. } => http::StatusCode::CREATED,
            Self::Unauthorized(_) => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::UnprocessableEntity(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
        }
    }
}

/// Parameters of `get_item` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetItemParams {
    pub id: i64,
    pub session: Option<String>,
}

impl openapi_runtime::Validate for GetItemParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `get_item`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetItemRequest {
    pub params: GetItemParams,
    /// The authenticated caller.
    pub principal: Option<openapi_runtime::Principal>,
}

/// Every response `get_item` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetItemResponse {
    /// 200: The item.
    Ok {
        body: model::Item,
        etag: Option<String>,
    },
    /// 404: A problem.
    NotFound(openapi_runtime::Problem),
}

impl GetItemResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok { .. } => http::StatusCode::OK,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// The path `get_item` reads, for a `Location` header.
pub fn get_item_location(id: i64) -> String {
    format!("/api/v1/items/{}", openapi_runtime::text::path_segment(&id))
}

/// Parameters of `delete_item` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteItemParams {
    pub id: i64,
}

impl openapi_runtime::Validate for DeleteItemParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `delete_item`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteItemRequest {
    pub params: DeleteItemParams,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `delete_item` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteItemResponse {
    /// 204: Deleted.
    NoContent,
    /// 404: A problem.
    NotFound(openapi_runtime::Problem),
    /// Any other status: A problem.
    Default {
        status: http::StatusCode,
        body: openapi_runtime::Problem,
    },
}

impl DeleteItemResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Default { status, .. } => *status,
        }
    }
}

/// Parameters of `update_item` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateItemParams {
    pub id: i64,
}

impl openapi_runtime::Validate for UpdateItemParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/path/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The request of `update_item`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateItemRequest {
    pub params: UpdateItemParams,
    pub body: model::ItemPatch,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `update_item` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateItemResponse {
    /// 200: Updated.
    Ok(model::Item),
    /// 4XX: A problem.
    ClientError {
        status: http::StatusCode,
        body: openapi_runtime::Problem,
    },
}

impl UpdateItemResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::ClientError { status, .. } => *status,
        }
    }
}

/// Parameters of `get_item_image` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetItemImageParams {
    pub id: i64,
}

impl openapi_runtime::Validate for GetItemImageParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `get_item_image`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct GetItemImageRequest {
    pub params: GetItemImageParams,
}

/// Every response `get_item_image` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetItemImageResponse {
    /// 200: The image.
    Ok(Vec<u8>),
    /// 404: A problem.
    NotFound(openapi_runtime::Problem),
}

impl GetItemImageResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// The path `get_item_image` reads, for a `Location` header.
pub fn get_item_image_location(id: i64) -> String {
    format!(
        "/api/v1/items/{}/image",
        openapi_runtime::text::path_segment(&id)
    )
}

/// Parameters of `put_item_image` (path, query, header and cookie), decoded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct PutItemImageParams {
    pub id: i64,
}

impl openapi_runtime::Validate for PutItemImageParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The request of `put_item_image`, as the router hands it to the service.
#[derive(Debug, Clone, PartialEq)]
pub struct PutItemImageRequest {
    pub params: PutItemImageParams,
    pub body: Vec<u8>,
    /// The authenticated caller.
    pub principal: openapi_runtime::Principal,
}

/// Every response `put_item_image` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum PutItemImageResponse {
    /// 204: Stored.
    NoContent,
}

impl PutItemImageResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
        }
    }
}

/// Shop API: implemented by the service's use cases, called by the generated router.
pub trait ShopApi: Send + Sync + 'static {
    /// List items
    fn list_items(
        &self,
        request: ListItemsRequest,
    ) -> impl Future<Output = Result<ListItemsResponse, ApiError>> + Send;
    /// Create an item
    fn create_item(
        &self,
        request: CreateItemRequest,
    ) -> impl Future<Output = Result<CreateItemResponse, ApiError>> + Send;
    fn get_item(
        &self,
        request: GetItemRequest,
    ) -> impl Future<Output = Result<GetItemResponse, ApiError>> + Send;
    fn delete_item(
        &self,
        request: DeleteItemRequest,
    ) -> impl Future<Output = Result<DeleteItemResponse, ApiError>> + Send;
    fn update_item(
        &self,
        request: UpdateItemRequest,
    ) -> impl Future<Output = Result<UpdateItemResponse, ApiError>> + Send;
    fn get_item_image(
        &self,
        request: GetItemImageRequest,
    ) -> impl Future<Output = Result<GetItemImageResponse, ApiError>> + Send;
    fn put_item_image(
        &self,
        request: PutItemImageRequest,
    ) -> impl Future<Output = Result<PutItemImageResponse, ApiError>> + Send;
}
