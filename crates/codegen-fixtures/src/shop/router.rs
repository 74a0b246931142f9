// Generated from generator/tests/fixtures/codegen/shop.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 3bc7f62fa5adb824-3d4dd57932c5eda7
//! The axum adapter of Shop API: routes, extraction and validation (RFC 9457 problem+json
//! with one pointer per invalid field), the security of each operation, and the responses.

#![allow(clippy::large_enum_variant)]

use std::sync::Arc;

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use openapi_runtime::Authenticator;
use openapi_runtime::server::RouterConfig;

use super::model;
use super::port::*;

/// The path prefix every route is served under (from the spec's first server URL).
pub const BASE_PATH: &str = "/api/v1";

struct AppState<S> {
    service: Arc<S>,
    authenticator: Arc<dyn Authenticator>,
    config: RouterConfig,
}

impl<S> Clone for AppState<S> {
    fn clone(&self) -> Self {
        Self {
            service: Arc::clone(&self.service),
            authenticator: Arc::clone(&self.authenticator),
            config: self.config.clone(),
        }
    }
}

/// The routes of Shop API with the default [`RouterConfig`].
pub fn router<S: ShopApi>(service: Arc<S>, authenticator: Arc<dyn Authenticator>) -> axum::Router {
    router_with_config(service, authenticator, RouterConfig::default())
}

/// The routes of Shop API; unknown paths answer 404 and known paths with another method 405
/// (with `Allow`), both as problem+json.
pub fn router_with_config<S: ShopApi>(
    service: Arc<S>,
    authenticator: Arc<dyn Authenticator>,
    config: RouterConfig,
) -> axum::Router {
    let state = AppState {
        service,
        authenticator,
        config,
    };
    axum::Router::new()
        .route(
            "/api/v1/items",
            axum::routing::get(list_items::<S>).post(create_item::<S>),
        )
        .route(
            "/api/v1/items/{id}",
            axum::routing::get(get_item::<S>)
                .delete(delete_item::<S>)
                .patch(update_item::<S>),
        )
        .route(
            "/api/v1/items/{id}/image",
            axum::routing::get(get_item_image::<S>).put(put_item_image::<S>),
        )
        .fallback(openapi_runtime::server::not_found)
        .layer(axum::middleware::map_response(
            openapi_runtime::server::problem_for_bare_errors,
        ))
        .with_state(state)
}

#[derive(serde::Deserialize)]
struct ListItemsQuery {
    #[serde(default = "default_list_items_limit")]
    limit: i32,
    #[serde(default = "default_list_items_offset")]
    offset: i64,
    #[serde(default = "default_list_items_sort")]
    sort: model::ItemSort,
    #[serde(default = "default_list_items_order")]
    order: model::ListItemsOrder,
    #[serde(default)]
    tag: Option<Vec<String>>,
    #[serde(default)]
    title: Option<String>,
}

fn default_list_items_limit() -> i32 {
    10
}

fn default_list_items_offset() -> i64 {
    0
}

fn default_list_items_sort() -> model::ItemSort {
    model::ItemSort::Id
}

fn default_list_items_order() -> model::ListItemsOrder {
    model::ListItemsOrder::Desc
}

const ERRORS_LIST_ITEMS: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "list_items",
    statuses: &[422],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[
            ("limit", "limit"),
            ("offset", "offset"),
            ("sort", "sort"),
            ("order", "order"),
            ("tag", "tag"),
            ("title", "title"),
        ],
        header: &[],
        cookie: &[],
    },
};

async fn list_items<S: ShopApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let mut errors = Vec::new();
    let query: Option<ListItemsQuery> = openapi_runtime::server::query_params(&parts, &mut errors);
    let Some(query) = query else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = ListItemsParams {
        limit: query.limit,
        offset: query.offset,
        sort: query.sort,
        order: query.order,
        tag: query.tag,
        title: query.title,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = ListItemsRequest { params };
    match state.service.list_items(request).await {
        Ok(response) => list_items_response(response),
        Err(error) => error.into_operation_response(&ERRORS_LIST_ITEMS),
    }
}

fn list_items_response(response: ListItemsResponse) -> Response {
    match response {
        ListItemsResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        ListItemsResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
    }
}

const SECURITY_CREATE_ITEM: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct CreateItemHeaders {
    #[serde(rename = "idempotency-key", default)]
    idempotency_key: Option<uuid::Uuid>,
}

const ERRORS_CREATE_ITEM: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "create_item",
    statuses: &[401, 403, 409, 422],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[],
        query: &[],
        header: &[("idempotency_key", "idempotency-key")],
        cookie: &[],
    },
};

async fn create_item<S: ShopApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_CREATE_ITEM,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let header: Option<CreateItemHeaders> =
        openapi_runtime::server::header_params(&parts, &["idempotency-key"], &mut errors);
    let body: Option<model::CreateItem> = match openapi_runtime::server::json_body(
        &parts.headers,
        body,
        state.config.body_limit,
        &mut errors,
    )
    .await
    {
        Ok(body) => body,
        Err(problem) => return problem.into_response(),
    };
    let (Some(header), Some(body)) = (header, body) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = CreateItemParams {
        idempotency_key: header.idempotency_key,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = CreateItemRequest {
        params,
        body,
        principal,
    };
    match state.service.create_item(request).await {
        Ok(response) => create_item_response(response),
        Err(error) => error.into_operation_response(&ERRORS_CREATE_ITEM),
    }
}

fn create_item_response(response: CreateItemResponse) -> Response {
    match response {
        CreateItemResponse::Created { body, location } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::CREATED,
                "application/json",
                &body,
            );
            openapi_runtime::server::set_header(&mut response, "location", &location);
            response
        }
        CreateItemResponse::Unauthorized(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNAUTHORIZED,
            "application/problem+json",
            &body,
        ),
        CreateItemResponse::Forbidden(body) => openapi_runtime::server::json_response(
            http::StatusCode::FORBIDDEN,
            "application/problem+json",
            &body,
        ),
        CreateItemResponse::Conflict(body) => openapi_runtime::server::json_response(
            http::StatusCode::CONFLICT,
            "application/problem+json",
            &body,
        ),
        CreateItemResponse::UnprocessableEntity(body) => openapi_runtime::server::json_response(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "application/problem+json",
            &body,
        ),
    }
}

const SECURITY_GET_ITEM: openapi_runtime::auth::Security = &[
    &[],
    &[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &[],
    }],
];

#[derive(serde::Deserialize)]
struct GetItemPath {
    id: i64,
}

#[derive(serde::Deserialize)]
struct GetItemCookies {
    #[serde(default)]
    session: Option<String>,
}

const ERRORS_GET_ITEM: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_item",
    statuses: &[404],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[("session", "session")],
    },
};

async fn get_item<S: ShopApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_GET_ITEM,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<GetItemPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let cookie: Option<GetItemCookies> =
        openapi_runtime::server::cookie_params(&parts, &["session"], &mut errors);
    let (Some(path), Some(cookie)) = (path, cookie) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetItemParams {
        id: path.id,
        session: cookie.session,
    };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = GetItemRequest { params, principal };
    match state.service.get_item(request).await {
        Ok(response) => get_item_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_ITEM),
    }
}

fn get_item_response(response: GetItemResponse) -> Response {
    match response {
        GetItemResponse::Ok { body, etag } => {
            let mut response = openapi_runtime::server::json_response(
                http::StatusCode::OK,
                "application/json",
                &body,
            );
            if let Some(value) = &etag {
                openapi_runtime::server::set_header(&mut response, "etag", value);
            }
            response
        }
        GetItemResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
    }
}

const SECURITY_DELETE_ITEM: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct DeleteItemPath {
    id: i64,
}

const ERRORS_DELETE_ITEM: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "delete_item",
    statuses: &[404],
    ranges: &[],
    default: true,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn delete_item<S: ShopApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_DELETE_ITEM,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<DeleteItemPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = DeleteItemParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = DeleteItemRequest { params, principal };
    match state.service.delete_item(request).await {
        Ok(response) => delete_item_response(response),
        Err(error) => error.into_operation_response(&ERRORS_DELETE_ITEM),
    }
}

fn delete_item_response(response: DeleteItemResponse) -> Response {
    match response {
        DeleteItemResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
        DeleteItemResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
        DeleteItemResponse::Default { status, body } => {
            openapi_runtime::server::json_response(status, "application/problem+json", &body)
        }
    }
}

const SECURITY_UPDATE_ITEM: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct UpdateItemPath {
    id: i64,
}

const ERRORS_UPDATE_ITEM: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "update_item",
    statuses: &[],
    ranges: &[4],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn update_item<S: ShopApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["application/json"]) {
        return openapi_runtime::server::not_acceptable(&["application/json"]);
    }
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_UPDATE_ITEM,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<UpdateItemPath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<model::ItemPatch> = match openapi_runtime::server::json_body(
        &parts.headers,
        body,
        state.config.body_limit,
        &mut errors,
    )
    .await
    {
        Ok(body) => body,
        Err(problem) => return problem.into_response(),
    };
    let (Some(path), Some(body)) = (path, body) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = UpdateItemParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    openapi_runtime::server::validate(&body, "/body", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = UpdateItemRequest {
        params,
        body,
        principal,
    };
    match state.service.update_item(request).await {
        Ok(response) => update_item_response(response),
        Err(error) => error.into_operation_response(&ERRORS_UPDATE_ITEM),
    }
}

fn update_item_response(response: UpdateItemResponse) -> Response {
    match response {
        UpdateItemResponse::Ok(body) => {
            openapi_runtime::server::json_response(http::StatusCode::OK, "application/json", &body)
        }
        UpdateItemResponse::ClientError { status, body } => {
            openapi_runtime::server::json_response(status, "application/problem+json", &body)
        }
    }
}

#[derive(serde::Deserialize)]
struct GetItemImagePath {
    id: i64,
}

const ERRORS_GET_ITEM_IMAGE: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "get_item_image",
    statuses: &[404],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn get_item_image<S: ShopApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    if !openapi_runtime::server::accepts(&parts.headers, &["image/png"]) {
        return openapi_runtime::server::not_acceptable(&["image/png"]);
    }
    let mut errors = Vec::new();
    let path: Option<GetItemImagePath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let Some(path) = path else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = GetItemImageParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let request = GetItemImageRequest { params };
    match state.service.get_item_image(request).await {
        Ok(response) => get_item_image_response(response),
        Err(error) => error.into_operation_response(&ERRORS_GET_ITEM_IMAGE),
    }
}

fn get_item_image_response(response: GetItemImageResponse) -> Response {
    match response {
        GetItemImageResponse::Ok(body) => {
            openapi_runtime::server::bytes_response(http::StatusCode::OK, "image/png", body)
        }
        GetItemImageResponse::NotFound(body) => openapi_runtime::server::json_response(
            http::StatusCode::NOT_FOUND,
            "application/problem+json",
            &body,
        ),
    }
}

const SECURITY_PUT_ITEM_IMAGE: openapi_runtime::auth::Security =
    &[&[openapi_runtime::auth::SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

#[derive(serde::Deserialize)]
struct PutItemImagePath {
    id: i64,
}

const ERRORS_PUT_ITEM_IMAGE: openapi_runtime::OperationErrors = openapi_runtime::OperationErrors {
    operation_id: "put_item_image",
    statuses: &[],
    ranges: &[],
    default: false,
    locations: openapi_runtime::InputLocations {
        path: &[("id", "id")],
        query: &[],
        header: &[],
        cookie: &[],
    },
};

async fn put_item_image<S: ShopApi>(
    State(state): State<AppState<S>>,
    request: axum::extract::Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let principal = match openapi_runtime::auth::authorize(
        &*state.authenticator,
        &parts.headers,
        SECURITY_PUT_ITEM_IMAGE,
    )
    .await
    {
        Ok(principal) => principal,
        Err(problem) => return problem.into_response(),
    };
    let mut errors = Vec::new();
    let path: Option<PutItemImagePath> =
        openapi_runtime::server::path_params(&mut parts, &mut errors).await;
    let body: Option<Vec<u8>> = match openapi_runtime::server::bytes_body(
        &parts.headers,
        "application/octet-stream",
        body,
        state.config.body_limit,
        &mut errors,
    )
    .await
    {
        Ok(body) => body,
        Err(problem) => return problem.into_response(),
    };
    let (Some(path), Some(body)) = (path, body) else {
        return openapi_runtime::Problem::validation(errors).into_response();
    };
    let params = PutItemImageParams { id: path.id };
    openapi_runtime::server::validate(&params, "", &mut errors);
    if !errors.is_empty() {
        return openapi_runtime::Problem::validation(errors).into_response();
    }
    let Some(principal) = principal else {
        return openapi_runtime::Problem::unauthorized("this operation requires a bearer token")
            .into_response();
    };
    let request = PutItemImageRequest {
        params,
        body,
        principal,
    };
    match state.service.put_item_image(request).await {
        Ok(response) => put_item_image_response(response),
        Err(error) => error.into_operation_response(&ERRORS_PUT_ITEM_IMAGE),
    }
}

fn put_item_image_response(response: PutItemImageResponse) -> Response {
    match response {
        PutItemImageResponse::NoContent => {
            openapi_runtime::server::empty_response(http::StatusCode::NO_CONTENT)
        }
    }
}
