//! The generated axum router, driven in-process with `tower::ServiceExt::oneshot`.

use std::sync::Arc;

use axum::body::Body;
use http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

use codegen_fixtures::shop::model::ItemSort;
use codegen_fixtures::shop::model::ListItemsOrder;
use codegen_fixtures::shop::router::router_with_config;
use openapi_runtime::server::RouterConfig;

use crate::common::{Tokens, shop};

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    bytes: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes).unwrap_or(Value::Null)
    }

    /// The `pointer`s of a problem's `errors`.
    fn pointers(&self) -> Vec<String> {
        self.json()["errors"]
            .as_array()
            .map(|e| {
                e.iter()
                    .map(|e| e["pointer"].as_str().unwrap().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn is_problem(&self) -> bool {
        self.headers[header::CONTENT_TYPE] == "application/problem+json"
            && self.json()["status"] == self.status.as_u16()
    }
}

async fn send(router: &axum::Router, request: Request<Body>) -> Reply {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    Reply {
        status,
        headers,
        bytes,
    }
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

fn post_json(uri: &str, token: Option<&str>, body: &str) -> Request<Body> {
    let mut builder = Request::post(uri).header(header::CONTENT_TYPE, "application/json");
    if let Some(token) = token {
        builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    builder.body(Body::from(body.to_owned())).unwrap()
}

const ITEM: &str = r#"{"title": "Clean Code", "price": "47.99", "tags": ["agile"]}"#;

#[tokio::test]
async fn query_defaults_are_applied_when_absent() {
    let (shop, router) = shop();
    let reply = send(&router, get("/api/v1/items")).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json(), json!({"total": 0, "items": []}));
    let params = shop.last_list.lock().unwrap().clone().unwrap();
    assert_eq!((params.limit, params.offset), (10, 0));
    assert_eq!(
        (params.sort, params.order),
        (ItemSort::Id, ListItemsOrder::Desc)
    );
    assert_eq!(params.tag, None);
}

#[tokio::test]
async fn repeated_query_keys_fill_arrays_and_numbers_parse() {
    let (shop, router) = shop();
    let reply = send(
        &router,
        get("/api/v1/items?tag=a&tag=b&limit=5&sort=title&order=asc"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    let params = shop.last_list.lock().unwrap().clone().unwrap();
    assert_eq!(params.tag, Some(vec!["a".to_owned(), "b".to_owned()]));
    assert_eq!(
        (params.limit, params.sort, params.order),
        (5, ItemSort::Title, ListItemsOrder::Asc)
    );
}

#[tokio::test]
async fn a_malformed_number_is_a_422_pointing_at_the_parameter() {
    let (_, router) = shop();
    let reply = send(&router, get("/api/v1/items?limit=ten")).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.is_problem());
    assert_eq!(reply.pointers(), ["/query/limit"]);
    let detail = reply.json()["errors"][0]["detail"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(detail.starts_with("must be a number"), "{detail}");
}

#[tokio::test]
async fn every_out_of_range_parameter_is_reported() {
    let (_, router) = shop();
    let reply = send(
        &router,
        get("/api/v1/items?limit=0&offset=-1&tag=&title="
            .to_owned()
            .as_str()),
    )
    .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        reply.pointers(),
        ["/query/limit", "/query/offset", "/query/tag/0"]
    );
}

#[tokio::test]
async fn an_unknown_enum_value_is_rejected_with_the_allowed_values() {
    let (_, router) = shop();
    let reply = send(&router, get("/api/v1/items?sort=price")).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.pointers(), ["/query/sort"]);
    let detail = reply.json()["errors"][0]["detail"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        detail.contains("price") && detail.contains("created_at"),
        "{detail}"
    );
}

#[tokio::test]
async fn security_from_the_spec_is_enforced() {
    let (_, router) = shop();
    let missing = send(&router, post_json("/api/v1/items", None, ITEM)).await;
    assert_eq!(missing.status, StatusCode::UNAUTHORIZED);
    assert_eq!(missing.headers[header::WWW_AUTHENTICATE], "Bearer");
    assert!(missing.is_problem());
    let forged = send(&router, post_json("/api/v1/items", Some("forged"), ITEM)).await;
    assert_eq!(forged.status, StatusCode::UNAUTHORIZED);
    let customer = send(&router, post_json("/api/v1/items", Some("customer"), ITEM)).await;
    assert_eq!(customer.status, StatusCode::FORBIDDEN);
    assert!(customer.is_problem());
    assert!(
        customer.json()["detail"]
            .as_str()
            .unwrap()
            .contains("manage")
    );
}

#[tokio::test]
async fn a_create_answers_201_with_location_and_applies_body_defaults() {
    let (shop, router) = shop();
    let reply = send(&router, post_json("/api/v1/items", Some("staff"), ITEM)).await;
    assert_eq!(reply.status, StatusCode::CREATED);
    assert_eq!(reply.headers[header::LOCATION], "/api/v1/items/1");
    assert_eq!(reply.headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(reply.json()["price"], "47.99");
    assert_eq!(shop.items.lock().unwrap()[0].title, "Clean Code");
    let conflict = send(&router, post_json("/api/v1/items", Some("staff"), ITEM)).await;
    assert_eq!(conflict.status, StatusCode::CONFLICT);
    assert!(conflict.is_problem());
}

#[tokio::test]
async fn a_non_json_body_is_415() {
    let (_, router) = shop();
    let request = Request::post("/api/v1/items")
        .header(header::AUTHORIZATION, "Bearer staff")
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from(ITEM))
        .unwrap();
    let reply = send(&router, request).await;
    assert_eq!(reply.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(reply.is_problem());
}

#[tokio::test]
async fn malformed_json_is_400_with_its_location() {
    let (_, router) = shop();
    let reply = send(
        &router,
        post_json("/api/v1/items", Some("staff"), r#"{"title": "x",}"#),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.is_problem());
    assert!(
        reply.json()["detail"]
            .as_str()
            .unwrap()
            .contains("line 1 column")
    );
}

#[tokio::test]
async fn body_fields_are_reported_with_pointers() {
    let (_, router) = shop();
    let missing = send(
        &router,
        post_json("/api/v1/items", Some("staff"), r#"{"title": "x"}"#),
    )
    .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(missing.pointers(), ["/body/price"]);
    let unknown = send(
        &router,
        post_json(
            "/api/v1/items",
            Some("staff"),
            r#"{"title": "x", "price": "1", "colour": "red"}"#,
        ),
    )
    .await;
    assert_eq!(unknown.pointers(), ["/body/colour"]);
    let wrong_type = send(
        &router,
        post_json(
            "/api/v1/items",
            Some("staff"),
            r#"{"title": "x", "price": "1", "quantity": "many"}"#,
        ),
    )
    .await;
    assert_eq!(wrong_type.pointers(), ["/body/quantity"]);
    let body = r#"{"title": "", "price": "1.00", "tags": ["a", "a", ""], "quantity": -1}"#;
    let invalid = send(&router, post_json("/api/v1/items", Some("staff"), body)).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        invalid.pointers(),
        [
            "/body/title",
            "/body/tags/1",
            "/body/tags/2",
            "/body/quantity"
        ]
    );
}

#[tokio::test]
async fn an_empty_required_body_is_reported() {
    let (_, router) = shop();
    let reply = send(&router, post_json("/api/v1/items", Some("staff"), "")).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.pointers(), ["/body"]);
}

#[tokio::test]
async fn bodies_over_the_limit_are_413() {
    let router = router_with_config(
        Arc::new(crate::common::Shop::default()),
        Arc::new(Tokens),
        RouterConfig { body_limit: 64 },
    );
    let big = format!(r#"{{"title": "{}", "price": "1"}}"#, "x".repeat(100));
    let reply = send(&router, post_json("/api/v1/items", Some("staff"), &big)).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(reply.is_problem());
}

#[tokio::test]
async fn unknown_paths_are_404_and_wrong_methods_405_with_allow() {
    let (_, router) = shop();
    let missing = send(&router, get("/api/v1/nothing")).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.is_problem());
    let request = Request::put("/api/v1/items").body(Body::empty()).unwrap();
    let wrong = send(&router, request).await;
    assert_eq!(wrong.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(wrong.is_problem());
    let allow = wrong.headers[header::ALLOW].to_str().unwrap().to_owned();
    assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
}

#[tokio::test]
async fn unexpected_errors_are_a_generic_500() {
    let (_, router) = shop();
    let reply = send(
        &router,
        post_json(
            "/api/v1/items",
            Some("staff"),
            r#"{"title": "boom", "price": "1"}"#,
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(reply.is_problem());
    assert!(!String::from_utf8_lossy(&reply.bytes).contains("secret"));
}

#[tokio::test]
async fn optional_security_passes_the_principal_when_a_token_is_sent() {
    let (_, router) = shop();
    send(&router, post_json("/api/v1/items", Some("staff"), ITEM)).await;
    let anonymous = send(&router, get("/api/v1/items/1")).await;
    assert_eq!(anonymous.status, StatusCode::OK);
    assert!(anonymous.headers.get(header::ETAG).is_none());
    let request = Request::get("/api/v1/items/1")
        .header(header::AUTHORIZATION, "Bearer customer")
        .body(Body::empty())
        .unwrap();
    let known = send(&router, request).await;
    assert_eq!(known.headers[header::ETAG], "\"seen-by-customer\"");
    let request = Request::get("/api/v1/items/1")
        .header(header::AUTHORIZATION, "Bearer forged")
        .body(Body::empty())
        .unwrap();
    assert_eq!(
        send(&router, request).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn path_parameters_are_parsed_and_validated() {
    let (_, router) = shop();
    let word = send(&router, get("/api/v1/items/abc")).await;
    assert_eq!(word.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(word.pointers(), ["/path/id"]);
    let zero = send(&router, get("/api/v1/items/0")).await;
    assert_eq!(zero.pointers(), ["/path/id"]);
    let absent = send(&router, get("/api/v1/items/7")).await;
    assert_eq!(absent.status, StatusCode::NOT_FOUND);
    assert!(absent.is_problem());
}

#[tokio::test]
async fn a_merge_patch_distinguishes_null_from_absent() {
    let (shop, router) = shop();
    send(
        &router,
        post_json(
            "/api/v1/items",
            Some("staff"),
            r#"{"title": "a", "price": "1", "description": "old"}"#,
        ),
    )
    .await;
    let patch = |body: &str| {
        Request::patch("/api/v1/items/1")
            .header(header::AUTHORIZATION, "Bearer staff")
            .header(header::CONTENT_TYPE, "application/merge-patch+json")
            .body(Body::from(body.to_owned()))
            .unwrap()
    };
    let untouched = send(&router, patch(r#"{"title": "b"}"#)).await;
    assert_eq!(untouched.json()["description"], "old");
    let cleared = send(&router, patch(r#"{"description": null}"#)).await;
    assert_eq!(cleared.status, StatusCode::OK);
    assert_eq!(cleared.json()["description"], Value::Null);
    assert_eq!(
        shop.items.lock().unwrap()[0].description,
        openapi_runtime::Tristate::Null
    );
}

#[tokio::test]
async fn raw_bodies_keep_their_media_type() {
    let (_, router) = shop();
    let put = |content_type: &str| {
        Request::put("/api/v1/items/3/image")
            .header(header::AUTHORIZATION, "Bearer staff")
            .header(header::CONTENT_TYPE, content_type)
            .body(Body::from(vec![0x89, b'P', b'N', b'G']))
            .unwrap()
    };
    assert_eq!(
        send(&router, put("text/plain")).await.status,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    assert_eq!(
        send(&router, put("application/octet-stream")).await.status,
        StatusCode::NO_CONTENT
    );
    let image = send(&router, get("/api/v1/items/3/image")).await;
    assert_eq!(image.status, StatusCode::OK);
    assert_eq!(image.headers[header::CONTENT_TYPE], "image/png");
    assert_eq!(image.bytes, [0x89, b'P', b'N', b'G']);
}

#[tokio::test]
async fn undeclared_statuses_go_through_the_default_response() {
    let (_, router) = shop();
    let request = Request::delete("/api/v1/items/9")
        .header(header::AUTHORIZATION, "Bearer staff")
        .body(Body::empty())
        .unwrap();
    let reply = send(&router, request).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(reply.is_problem());
}

#[tokio::test]
async fn an_accept_header_that_admits_no_produced_type_is_406() {
    let (_, router) = shop();
    let request = |accept: &str| {
        Request::get("/api/v1/items")
            .header(header::ACCEPT, accept)
            .body(Body::empty())
            .unwrap()
    };
    let refused = send(&router, request("text/html")).await;
    assert_eq!(refused.status, StatusCode::NOT_ACCEPTABLE);
    assert!(refused.is_problem());
    assert_eq!(
        send(&router, request("text/html, application/*"))
            .await
            .status,
        StatusCode::OK
    );
}
