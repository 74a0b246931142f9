//! Hostile input: every case is a 4xx problem, never a 500, and nothing is written.

use reqwest::Method;
use serde_json::json;

use crate::common::{STAFF, backends, spawn_app};

/// One hostile request: method, path, content type, body, bearer token.
type Case<'a> = (
    Method,
    &'a str,
    Option<&'a str>,
    Option<String>,
    Option<&'a str>,
);

#[tokio::test]
async fn hostile_requests_are_refused_with_4xx_and_write_nothing() {
    for db in backends().await {
        let app = spawn_app(&db).await;
        let huge = "x".repeat(200 * 1024);
        let staff = app.token(STAFF);
        let cases: Vec<Case> = vec![
            (Method::POST, "/api/v1/warehouses", Some("application/json"), Some("{not json".into()), Some(&staff)),
            (Method::POST, "/api/v1/warehouses", Some("application/json"), Some(json!({"name": 5, "address": "a", "capacity": 1}).to_string()), Some(&staff)),
            (Method::POST, "/api/v1/warehouses", Some("application/json"), Some(json!({"name": "n", "address": "a", "capacity": 0}).to_string()), Some(&staff)),
            (Method::POST, "/api/v1/warehouses", Some("application/json"), Some(json!({"name": "n", "address": "a", "capacity": 100_000_001}).to_string()), Some(&staff)),
            (Method::POST, "/api/v1/warehouses", Some("application/json"), Some(json!({"name": "n", "address": "a", "capacity": 1e40}).to_string()), Some(&staff)),
            (Method::POST, "/api/v1/warehouses", Some("application/json"), Some(json!({"name": "   ", "address": "a", "capacity": 1}).to_string()), Some(&staff)),
            (Method::POST, "/api/v1/warehouses", Some("application/json"), Some(json!({"name": "n\u{0}", "address": "a", "capacity": 1}).to_string()), Some(&staff)),
            (Method::POST, "/api/v1/warehouses", Some("application/json"), Some(json!({"name": huge, "address": "a", "capacity": 1}).to_string()), Some(&staff)),
            (Method::POST, "/api/v1/warehouses", Some("text/plain"), Some(json!({"name": "n", "address": "a", "capacity": 1}).to_string()), Some(&staff)),
            (Method::POST, "/api/v1/warehouses", Some("application/json"), Some("[]".into()), Some(&staff)),
            (Method::POST, "/api/v1/warehouses", Some("application/json"), None, Some(&staff)),
            (Method::POST, "/api/v1/warehouses", Some("application/json"), Some(json!({"name": "n", "address": "a", "capacity": 1}).to_string()), Some("' OR 1=1 --")),
            (Method::POST, "/api/v1/warehouses", Some("application/json"), Some(json!({"name": "n", "address": "a", "capacity": 1}).to_string()), Some("eyJhbGciOiJub25lIn0.e30.")),
            (Method::POST, "/api/v1/stocks", Some("application/json"), Some(json!({"book_id": 1, "warehouse_id": 1, "quantity": -1}).to_string()), Some(&staff)),
            (Method::POST, "/api/v1/stocks", Some("application/json"), Some(json!({"book_id": 0, "warehouse_id": 1, "quantity": 1}).to_string()), Some(&staff)),
            (Method::POST, "/api/v1/stocks", Some("application/json"), Some(json!({"book_id": "1; DROP TABLE stock", "warehouse_id": 1, "quantity": 1}).to_string()), Some(&staff)),
            (Method::POST, "/api/v1/stocks", Some("application/json"), Some(json!({"book_id": 9_223_372_036_854_775_808u64, "warehouse_id": 1, "quantity": 1}).to_string()), Some(&staff)),
            (Method::POST, "/api/v1/stocks", Some("application/json"), Some(json!({"book_id": 1, "warehouse_id": 1, "quantity": 5, "reserved_quantity": 5}).to_string()), Some(&staff)),
            (Method::PUT, "/api/v1/stocks/1", Some("application/json"), Some(json!({"quantity": 1}).to_string()), Some(&staff)),
            (Method::PUT, "/api/v1/stocks/1", Some("application/json"), Some(json!({"quantity": 1, "version": -1}).to_string()), Some(&staff)),
            (Method::PUT, "/api/v1/warehouses/1", Some("application/json"), Some(json!({"name": "x", "address": "a", "capacity": 1, "version": 0}).to_string()), Some(&staff)),
            (Method::GET, "/api/v1/stocks/abc", None, None, Some(&staff)),
            (Method::GET, "/api/v1/stocks/0", None, None, Some(&staff)),
            (Method::GET, "/api/v1/stocks/-1", None, None, Some(&staff)),
            (Method::GET, "/api/v1/stocks/99999999999999999999999", None, None, Some(&staff)),
            (Method::GET, "/api/v1/stocks?limit=1000", None, None, Some(&staff)),
            (Method::GET, "/api/v1/stocks?limit=0", None, None, Some(&staff)),
            (Method::GET, "/api/v1/stocks?offset=-1", None, None, Some(&staff)),
            (Method::GET, "/api/v1/stocks?sort=quantity;DROP%20TABLE%20stock", None, None, Some(&staff)),
            (Method::GET, "/api/v1/stocks?order=sideways", None, None, Some(&staff)),
            (Method::GET, "/api/v1/stocks?book_id=1%27%20OR%20%271%27=%271", None, None, Some(&staff)),
            (Method::GET, "/api/v1/warehouses?sort=password", None, None, Some(&staff)),
            (Method::DELETE, "/api/v1/warehouses/1", None, None, Some(&staff)),
            (Method::DELETE, "/api/v1/warehouses/1", None, None, None),
            (Method::PATCH, "/api/v1/warehouses/1", Some("application/json"), Some("{}".into()), Some(&staff)),
        ];
        for (method, path, content_type, body, token) in cases {
            let mut request = app.http.request(method.clone(), app.url(path));
            if let Some(ct) = content_type {
                request = request.header(reqwest::header::CONTENT_TYPE, ct);
            }
            if let Some(body) = body.clone() {
                request = request.body(body);
            }
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            let response = request.send().await.unwrap();
            let status = response.status();
            let text = response.text().await.unwrap_or_default();
            assert!(
                status.is_client_error(),
                "{}: {method} {path} {:?} answered {status}: {text}",
                db.label,
                body.map(|b| b.chars().take(80).collect::<String>())
            );
        }
        // A name full of SQL metacharacters is just a name: stored and read back verbatim.
        let name = "Robert'); DROP TABLE warehouse;--";
        let created = app
            .http
            .post(app.url("/api/v1/warehouses"))
            .bearer_auth(app.token(STAFF))
            .json(&json!({"name": name, "address": "\" OR \"\"=\"", "capacity": 1}))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), 201, "{}", db.label);
        let body: serde_json::Value = created.json().await.unwrap();
        assert_eq!(body["name"], name);

        // Nothing else was written: the seed plus that one warehouse, the seed's six rows.
        let warehouses: serde_json::Value = app
            .http
            .get(app.url("/api/v1/warehouses"))
            .bearer_auth(app.token(STAFF))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(warehouses["total"], 2, "{}", db.label);
        let stocks: serde_json::Value = app
            .http
            .get(app.url("/api/v1/stocks"))
            .bearer_auth(app.token(STAFF))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(stocks["total"], 6, "{}", db.label);
        let seed: serde_json::Value = app
            .http
            .get(app.url("/api/v1/warehouses/1"))
            .bearer_auth(app.token(STAFF))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(
            (seed["name"].as_str(), seed["version"].as_i64()),
            (Some("Seoul Central"), Some(0))
        );
    }
}

/// A filter given with an empty value is present, so it is validated: never read as "no filter",
/// which would answer with every row.
#[tokio::test]
async fn an_empty_filter_value_is_a_422_naming_the_parameter() {
    let db = crate::common::sqlite_memory().await;
    let app = spawn_app(&db).await;
    let cases = [
        ("/api/v1/stocks?book_id=", "/query/book_id"),
        ("/api/v1/stocks?warehouse_id=", "/query/warehouse_id"),
        (
            "/api/v1/stocks?book_id=1&warehouse_id=",
            "/query/warehouse_id",
        ),
        ("/api/v1/stocks?limit=", "/query/limit"),
        ("/api/v1/warehouses?offset=", "/query/offset"),
    ];
    for (path, pointer) in cases {
        let response = app
            .http
            .get(app.url(path))
            .bearer_auth(app.token(STAFF))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422, "{path}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json",
            "{path}"
        );
        let problem: serde_json::Value = response.json().await.unwrap();
        assert_eq!(
            problem["errors"][0]["pointer"], pointer,
            "{path}: {problem}"
        );
    }
}

/// The spec's patterns for warehouse texts: something besides white space, and no control
/// character anywhere (a trailing line break included, though trimming would drop it).
#[tokio::test]
async fn warehouse_texts_follow_the_patterns_the_spec_states() {
    let db = crate::common::sqlite_memory().await;
    let app = spawn_app(&db).await;
    let cases = [
        (
            json!({"name": "\u{3000}\u{a0}", "address": "a", "capacity": 1}),
            "/body/name",
        ),
        (
            json!({"name": "Seoul\n", "address": "a", "capacity": 1}),
            "/body/name",
        ),
        (
            json!({"name": "Seoul", "address": "1\tRoad", "capacity": 1}),
            "/body/address",
        ),
        (
            json!({"name": "Seoul", "address": "Road\u{85}", "capacity": 1}),
            "/body/address",
        ),
    ];
    for (body, pointer) in cases {
        let response = app
            .http
            .post(app.url("/api/v1/warehouses"))
            .bearer_auth(app.token(STAFF))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422, "{body}");
        let problem: serde_json::Value = response.json().await.unwrap();
        assert_eq!(
            problem["errors"][0]["pointer"], pointer,
            "{body}: {problem}"
        );
    }
    // Inner spaces, non-ASCII letters and surrounding spaces are fine; the spaces are trimmed.
    let response = app
        .http
        .post(app.url("/api/v1/warehouses"))
        .bearer_auth(app.token(STAFF))
        .json(&json!({"name": "  Zürich Süd ", "address": "Bahnhofstrasse 1", "capacity": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let created: serde_json::Value = response.json().await.unwrap();
    assert_eq!(created["name"], "Zürich Süd");
}
