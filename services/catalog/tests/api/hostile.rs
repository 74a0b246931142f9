//! Hostile input: every request is refused with a 4xx problem (never a 500), and nothing is
//! written.

use reqwest::Method;
use serde_json::json;

use crate::common::{TestApp, spawn_app};

/// A request body and the content type it is sent with.
type Body = Option<(&'static str, Vec<u8>)>;

/// Send and return the status, checking that a refusal is problem+json.
async fn send(app: &TestApp, method: Method, path: &str, body: Body) -> u16 {
    let token = app.issuer.token(&["manage"]);
    let mut request = app.http.request(method, app.url(path)).bearer_auth(token);
    if let Some((content_type, bytes)) = body {
        request = request.header("content-type", content_type).body(bytes);
    }
    let response = request.send().await.expect("send");
    let status = response.status().as_u16();
    if status >= 400 {
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert_eq!(content_type, "application/problem+json", "{path}: {status}");
        let problem: serde_json::Value = response.json().await.expect("problem body");
        assert_eq!(problem["status"], status, "{problem}");
    }
    status
}

fn json_body(value: serde_json::Value) -> Body {
    Some(("application/json", value.to_string().into_bytes()))
}

fn valid_book() -> serde_json::Value {
    json!({
        "title": "Domain-Driven Design", "isbn": "9780321125217", "price": "61.50",
        "category_id": 19, "publisher_id": 4, "author_ids": [5]
    })
}

fn with(field: &str, value: serde_json::Value) -> serde_json::Value {
    let mut body = valid_book();
    body[field] = value;
    body
}

fn assert_client_error(status: u16, what: &str) {
    assert!(
        (400..500).contains(&status),
        "{what}: expected a 4xx, got {status}"
    );
}

#[tokio::test]
async fn malformed_and_mistyped_bodies_are_refused() {
    let app = spawn_app().await;
    let raw = |text: &str| -> Body { Some(("application/json", text.as_bytes().to_vec())) };
    let cases: Vec<(&str, Body)> = vec![
        ("truncated JSON", raw(r#"{"title": "x""#)),
        ("not JSON", raw("title=x")),
        ("empty body", raw("")),
        ("an array", raw("[]")),
        ("null", raw("null")),
        (
            "a string price number-ish",
            json_body(with("price", json!("12.345"))),
        ),
        ("price as garbage", json_body(with("price", json!("cheap")))),
        (
            "price too large",
            json_body(with("price", json!("1000000000.00"))),
        ),
        ("negative price", json_body(with("price", json!("-1.00")))),
        ("title as a number", json_body(with("title", json!(42)))),
        (
            "ids as strings",
            json_body(with("category_id", json!("19"))),
        ),
        (
            "author_ids as an object",
            json_body(with("author_ids", json!({"0": 5}))),
        ),
        ("no authors", json_body(with("author_ids", json!([])))),
        (
            "repeated authors",
            json_body(with("author_ids", json!([5, 5]))),
        ),
        (
            "negative author id",
            json_body(with("author_ids", json!([-5]))),
        ),
        ("huge id", json_body(with("publisher_id", json!(1e300)))),
        (
            "id beyond i64",
            raw(&valid_book().to_string().replace(
                "\"publisher_id\":4",
                "\"publisher_id\":99999999999999999999",
            )),
        ),
        (
            "isbn with letters",
            json_body(with("isbn", json!("97801323508AB"))),
        ),
        (
            "isbn SQL",
            json_body(with("isbn", json!("'; DROP TABLE book; --"))),
        ),
        (
            "title too long",
            json_body(with("title", json!("x".repeat(256)))),
        ),
        (
            "missing title",
            json_body({
                let mut body = valid_book();
                body.as_object_mut().map(|o| o.remove("title"));
                body
            }),
        ),
        (
            "wrong content type",
            Some(("text/plain", valid_book().to_string().into_bytes())),
        ),
        (
            "no content type",
            Some(("", valid_book().to_string().into_bytes())),
        ),
    ];
    for (what, body) in cases {
        let status = send(&app, Method::POST, "/api/v1/books", body).await;
        assert_client_error(status, what);
    }
    assert_eq!(app.book_total().await, 6);
}

#[tokio::test]
async fn a_huge_body_is_413() {
    let app = spawn_app().await;
    // The head alone, declaring 3 MiB: the answer must come before any of the body is read.
    // (Sending the body too races the early answer: the server closes the connection after its
    // 413, and a client still writing sees a broken pipe instead of the response.)
    let status = declared_body_status(&app, "/api/v1/books", 3 * 1024 * 1024).await;
    assert!(status.starts_with("HTTP/1.1 413"), "{status}");
    // Under the body limit but far over the schema's 20 authors.
    let many = with("author_ids", json!((1..50_000).collect::<Vec<i64>>()));
    assert_client_error(
        send(&app, Method::POST, "/api/v1/books", json_body(many)).await,
        "many authors",
    );
    assert_eq!(app.book_total().await, 6);
}

/// The status line the catalog answers to a request head declaring `length` bytes of JSON body,
/// none of which is sent.
async fn declared_body_status(app: &TestApp, path: &str, length: usize) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = app.base_url.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&address)
        .await
        .expect("connect");
    let token = app.issuer.token(&["manage"]);
    let head = format!(
        "POST {path} HTTP/1.1\r\nhost: {address}\r\nauthorization: Bearer {token}\r\n\
         content-type: application/json\r\ncontent-length: {length}\r\n\r\n"
    );
    stream
        .write_all(head.as_bytes())
        .await
        .expect("send the head");
    let mut answer = Vec::new();
    let mut buffer = [0_u8; 4096];
    while !answer.windows(2).any(|w| w == b"\r\n") {
        let n = stream.read(&mut buffer).await.expect("read the answer");
        assert!(n > 0, "the connection closed without an answer");
        answer.extend_from_slice(&buffer[..n]);
    }
    let text = String::from_utf8_lossy(&answer);
    text.lines().next().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn hostile_replace_bodies_change_nothing() {
    let app = spawn_app().await;
    let mut stale = valid_book();
    stale["version"] = json!(-1);
    assert_client_error(
        send(&app, Method::PUT, "/api/v1/books/1", json_body(stale)).await,
        "negative version",
    );
    let mut no_version = valid_book();
    no_version["isbn"] = json!("9780132350884");
    assert_client_error(
        send(&app, Method::PUT, "/api/v1/books/1", json_body(no_version)).await,
        "no version",
    );
    let book: serde_json::Value = app
        .http
        .get(app.url("/api/v1/books/1"))
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    assert_eq!(
        (book["version"].as_i64(), book["title"].as_str()),
        (Some(0), Some("Clean Code"))
    );
}

#[tokio::test]
async fn sql_metacharacters_in_filters_match_nothing_and_break_nothing() {
    let app = spawn_app().await;
    for title in [
        "%' OR 1=1 --",
        "' OR '1'='1",
        "\"; DROP TABLE book; --",
        "%",
        "_",
        "\\",
        "Clean%' --",
    ] {
        let response = app
            .http
            .get(app.url("/api/v1/books"))
            .query(&[("title", title)])
            .send()
            .await
            .expect("list");
        assert_eq!(response.status(), 200, "{title}");
        let page: serde_json::Value = response.json().await.expect("json");
        assert_eq!(page["total"], 0, "{title}");
        let response = app
            .http
            .get(app.url("/api/v1/authors"))
            .query(&[("name", title)])
            .send()
            .await
            .expect("list");
        assert_eq!(response.status(), 200, "{title}");
    }
    assert_eq!(app.book_total().await, 6);
}

#[tokio::test]
async fn absurd_parameters_are_refused() {
    let app = spawn_app().await;
    let long = format!("/api/v1/books?title={}", "x".repeat(201));
    let paths = [
        "/api/v1/books?limit=0",
        "/api/v1/books?limit=101",
        "/api/v1/books?limit=1000000",
        "/api/v1/books?limit=-1",
        "/api/v1/books?limit=99999999999999999999",
        "/api/v1/books?limit=abc",
        "/api/v1/books?offset=-1",
        "/api/v1/books?offset=1e9",
        "/api/v1/books?sort=rating",
        "/api/v1/books?sort=title;DROP",
        "/api/v1/books?order=sideways",
        "/api/v1/books?category_id=abc",
        "/api/v1/books?author_id=0",
        "/api/v1/books?publisher_id=-3",
        "/api/v1/books?title=",
        long.as_str(),
        "/api/v1/authors?book_id=x",
        "/api/v1/publishers?sort=address",
        "/api/v1/categories?limit=500",
        "/api/v1/books/abc",
        "/api/v1/books/0",
        "/api/v1/books/-1",
        "/api/v1/books/99999999999999999999",
        "/api/v1/books/1.5",
    ];
    for path in paths {
        assert_client_error(send(&app, Method::GET, path, None).await, path);
    }
    assert_client_error(
        send(&app, Method::DELETE, "/api/v1/books/abc", None).await,
        "delete abc",
    );
    assert_eq!(app.book_total().await, 6);
}

#[tokio::test]
async fn unknown_routes_and_methods_are_problems() {
    let app = spawn_app().await;
    assert_eq!(send(&app, Method::GET, "/api/v1/nothing", None).await, 404);
    assert_eq!(
        send(&app, Method::PATCH, "/api/v1/books/1", json_body(json!({}))).await,
        405
    );
    assert_eq!(
        send(&app, Method::DELETE, "/api/v1/categories", None).await,
        405
    );
}

/// A filter given with an empty value is present, so it is validated: never read as "no filter",
/// which would answer with every row.
#[tokio::test]
async fn an_empty_filter_value_is_a_422_naming_the_parameter() {
    let app = spawn_app().await;
    let cases = [
        ("/api/v1/books?category_id=", "/query/category_id"),
        ("/api/v1/books?publisher_id=", "/query/publisher_id"),
        ("/api/v1/books?author_id=", "/query/author_id"),
        ("/api/v1/books?title=", "/query/title"),
        ("/api/v1/books?limit=", "/query/limit"),
        ("/api/v1/authors?book_id=", "/query/book_id"),
        ("/api/v1/authors?name=", "/query/name"),
        ("/api/v1/publishers?name=", "/query/name"),
    ];
    for (path, pointer) in cases {
        let response = app
            .http
            .get(app.url(path))
            .bearer_auth(app.issuer.token(&["manage"]))
            .send()
            .await
            .expect("send");
        assert_eq!(response.status(), 422, "{path}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json",
            "{path}"
        );
        let problem: serde_json::Value = response.json().await.expect("problem body");
        assert_eq!(
            problem["errors"][0]["pointer"], pointer,
            "{path}: {problem}"
        );
    }
}

/// `description` may be left out, but the schema does not allow `null`: a null is refused at
/// its field, not read as "no description" (schemathesis found it accepted).
#[tokio::test]
async fn a_null_where_the_schema_allows_none_is_refused() {
    let app = spawn_app().await;
    let mut book = valid_book();
    book["description"] = serde_json::Value::Null;
    let response = app
        .http
        .post(app.url("/api/v1/books"))
        .bearer_auth(app.issuer.token(&["manage"]))
        .json(&book)
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), 422);
    let problem: serde_json::Value = response.json().await.expect("problem");
    assert_eq!(
        problem["errors"][0]["pointer"], "/body/description",
        "{problem}"
    );
    assert_eq!(app.book_total().await, 6);
}
