//! The HTTP server's layers and operational routes, over real sockets.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use service_kit::config::AccessLog;
use service_kit::http::HttpOptions;
use service_kit::http::docs::{DOCS_CSS, DOCS_JS};
use service_kit::readiness::ReadinessCheck;

use crate::common::TestHttp;

async fn boom() -> &'static str {
    panic!("handler bug")
}

fn api() -> Router {
    Router::new()
        .route("/boom", get(boom))
        .route("/books/{id}", get(|| async { "a book" }))
        .route("/echo", post(|body: String| async move { body }))
        .route(
            "/page",
            get(|| async {
                (
                    http::StatusCode::NOT_FOUND,
                    axum::response::Html("<p>no such page</p>"),
                )
            }),
        )
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_millis(1500)).await;
                "finally"
            }),
        )
}

fn options() -> HttpOptions {
    HttpOptions {
        request_timeout: Duration::from_secs(5),
        body_limit_bytes: 64,
        access_log: AccessLog::Errors,
        openapi_json: Some(Arc::from(
            r#"{"openapi":"3.1.0","info":{"title":"t","version":"1"}}"#,
        )),
    }
}

fn content_type(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned()
}

async fn problem(response: reqwest::Response) -> (u16, String, serde_json::Value) {
    let status = response.status().as_u16();
    let content_type = content_type(&response);
    let body = response.json().await.expect("a JSON body");
    (status, content_type, body)
}

#[tokio::test]
async fn a_panicking_handler_answers_500_problem_json_and_the_server_keeps_serving() {
    let app = TestHttp::spawn(api(), options(), Duration::ZERO).await;
    let response = app
        .client
        .get(app.url("/boom"))
        .send()
        .await
        .expect("an answer, not a dropped connection");
    let (status, content_type, body) = problem(response).await;
    assert_eq!(status, 500);
    assert_eq!(content_type, "application/problem+json");
    assert_eq!(body["status"], 500);
    assert!(
        !body.to_string().contains("handler bug"),
        "the panic message must not reach the client: {body}"
    );
    let after = app
        .client
        .get(app.url("/books/1"))
        .send()
        .await
        .expect("still serving");
    assert_eq!(after.status(), 200);
}

#[tokio::test]
async fn the_request_id_is_echoed_or_generated() {
    let app = TestHttp::spawn(api(), options(), Duration::ZERO).await;
    let given = app
        .client
        .get(app.url("/books/1"))
        .header("x-request-id", "req-42")
        .send()
        .await
        .unwrap();
    assert_eq!(given.headers()["x-request-id"], "req-42");
    let generated = app.client.get(app.url("/books/1")).send().await.unwrap();
    let id = generated.headers()["x-request-id"].to_str().unwrap();
    assert!(
        uuid::Uuid::parse_str(id).is_ok(),
        "a generated id is a UUID, got {id}"
    );
}

#[tokio::test]
async fn a_body_over_the_limit_is_413_problem_json() {
    let app = TestHttp::spawn(api(), options(), Duration::ZERO).await;
    let small = app
        .client
        .post(app.url("/echo"))
        .body("short")
        .send()
        .await
        .unwrap();
    assert_eq!(small.status(), 200);
    let response = app
        .client
        .post(app.url("/echo"))
        .body("x".repeat(1000))
        .send()
        .await
        .unwrap();
    let (status, content_type, body) = problem(response).await;
    assert_eq!(status, 413);
    assert_eq!(content_type, "application/problem+json");
    assert_eq!(body["title"], "Payload Too Large");

    // Without a Content-Length the limit is enforced while the chunked body is read.
    let raw = chunked_post(app.addr, "/echo", &["0123456789"; 20]).await;
    assert!(raw.starts_with("HTTP/1.1 413"), "{raw}");
    assert!(
        raw.contains("content-type: application/problem+json"),
        "{raw}"
    );
}

/// A hand-written chunked POST: reqwest always sends a length for in-memory bodies.
async fn chunked_post(addr: std::net::SocketAddr, path: &str, chunks: &[&str]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut request = format!(
        "POST {path} HTTP/1.1\r\nhost: test\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n"
    );
    for chunk in chunks {
        request.push_str(&format!("{:x}\r\n{chunk}\r\n", chunk.len()));
    }
    request.push_str("0\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    response
        .to_ascii_lowercase()
        .replacen("http/1.1", "HTTP/1.1", 1)
}

#[tokio::test]
async fn unknown_routes_and_wrong_methods_are_problem_json() {
    let app = TestHttp::spawn(api(), options(), Duration::ZERO).await;
    let (status, content_type, _) =
        problem(app.client.get(app.url("/nope")).send().await.unwrap()).await;
    assert_eq!(
        (status, content_type.as_str()),
        (404, "application/problem+json")
    );
    let wrong = app.client.delete(app.url("/books/1")).send().await.unwrap();
    assert!(
        wrong.headers().contains_key("allow"),
        "405 keeps its Allow header"
    );
    let (status, content_type, _) = problem(wrong).await;
    assert_eq!(
        (status, content_type.as_str()),
        (405, "application/problem+json")
    );
}

#[tokio::test]
async fn a_request_over_the_timeout_is_503_problem_json() {
    let options = HttpOptions {
        request_timeout: Duration::from_millis(200),
        ..options()
    };
    let app = TestHttp::spawn(api(), options, Duration::ZERO).await;
    let (status, content_type, _) =
        problem(app.client.get(app.url("/slow")).send().await.unwrap()).await;
    assert_eq!(
        (status, content_type.as_str()),
        (503, "application/problem+json")
    );
}

#[tokio::test]
async fn metrics_count_requests_by_route_template_and_status() {
    let api = Router::new().route("/metric-books/{id}", get(|| async { "a book" }));
    let app = TestHttp::spawn(api, options(), Duration::ZERO).await;
    for id in ["1", "2", "3"] {
        assert_eq!(
            app.client
                .get(app.url(&format!("/metric-books/{id}")))
                .send()
                .await
                .unwrap()
                .status(),
            200
        );
    }
    let text = app
        .client
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let count = text
        .lines()
        .find(|line| {
            line.starts_with("http_requests_total{")
                && line.contains(r#"route="/metric-books/{id}""#)
                && line.contains(r#"status="200""#)
        })
        .unwrap_or_else(|| panic!("no counter for the route template in:\n{text}"));
    assert!(
        count.ends_with(" 3"),
        "three requests counted under one template: {count}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("http_request_duration_seconds_bucket{")
                && l.contains(r#"route="/metric-books/{id}""#)),
        "latency is a histogram with buckets:\n{text}"
    );
}

#[tokio::test]
async fn the_spec_and_its_docs_page_are_served() {
    let app = TestHttp::spawn(api(), options(), Duration::ZERO).await;
    let spec = app
        .client
        .get(app.url("/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(spec.headers()["content-type"], "application/json");
    assert_eq!(
        spec.json::<serde_json::Value>().await.unwrap()["openapi"],
        "3.1.0"
    );
}

#[tokio::test]
async fn the_docs_page_and_its_assets_are_served_by_the_service_with_no_external_url() {
    let app = TestHttp::spawn(api(), options(), Duration::ZERO).await;
    let get = |path: &'static str| {
        let request = app.client.get(app.url(path));
        async move {
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 200, "{path}");
            let content_type = response.headers()["content-type"]
                .to_str()
                .unwrap()
                .to_owned();
            (content_type, response.text().await.unwrap())
        }
    };

    let (content_type, page) = get("/docs").await;
    assert_eq!(content_type, "text/html; charset=utf-8");
    assert!(
        page.contains("<title>t</title>"),
        "the spec's title: {page}"
    );
    assert!(page.contains(r#"url: "/openapi.json""#), "{page}");
    for asset in [DOCS_CSS, DOCS_JS] {
        assert!(page.contains(&format!(r#""{asset}""#)), "{asset} in {page}");
    }
    assert!(
        !page.contains("http://") && !page.contains("https://") && !page.contains("//cdn"),
        "every URL on the page is the service's own: {page}"
    );

    let (content_type, css) = get(DOCS_CSS).await;
    assert_eq!(content_type, "text/css");
    assert!(css.contains(".swagger-ui"), "Swagger UI's stylesheet");
    let (content_type, js) = get(DOCS_JS).await;
    assert_eq!(content_type, "text/javascript");
    assert!(js.contains("SwaggerUIBundle"), "Swagger UI's bundle");
}

#[tokio::test]
async fn a_service_without_a_spec_serves_no_docs_page() {
    let options = HttpOptions {
        openapi_json: None,
        ..options()
    };
    let app = TestHttp::spawn(api(), options, Duration::ZERO).await;
    for path in ["/openapi.json", "/docs", DOCS_JS] {
        let status = app.client.get(app.url(path)).send().await.unwrap().status();
        assert_eq!(status, 404, "{path}");
    }
}

struct Failing;

impl ReadinessCheck for Failing {
    fn name(&self) -> &str {
        "payment-grpc"
    }
    fn check(&self) -> futures::future::BoxFuture<'_, Result<(), String>> {
        Box::pin(async { Err("connection refused".to_owned()) })
    }
}

#[tokio::test]
async fn readiness_reports_a_failing_dependency_while_liveness_stays_ok() {
    let app = TestHttp::spawn(api(), options(), Duration::ZERO).await;
    assert_eq!(
        app.client
            .get(app.url("/readyz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    app.readiness.add_check(Failing);
    let ready = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), 503);
    let body: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(body["checks"][0]["name"], "payment-grpc");
    assert_eq!(body["checks"][0]["error"], "connection refused");
    assert_eq!(
        app.client
            .get(app.url("/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

#[tokio::test]
async fn readiness_fails_once_shutdown_starts_while_an_in_flight_request_completes() {
    // `/slow` here says when it has begun, so shutdown starts with the request surely in flight.
    let (started_tx, started_rx) = tokio::sync::mpsc::unbounded_channel::<()>();
    let api = api().route(
        "/slow-started",
        get(move || async move {
            let _ = started_tx.send(());
            tokio::time::sleep(Duration::from_millis(1500)).await;
            "finally"
        }),
    );
    let mut started = started_rx;
    let app = TestHttp::spawn(api, options(), Duration::from_millis(600)).await;
    let healthz = app.url("/healthz");
    assert_eq!(
        app.client
            .get(app.url("/readyz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let in_flight = tokio::spawn({
        let (client, url) = (app.client.clone(), app.url("/slow-started"));
        async move { client.get(url).send().await?.text().await }
    });
    started.recv().await.expect("the slow request has begun");
    app.shutdown.trigger();
    // Draining: still accepting, but not ready.
    let ready = reqwest::Client::new()
        .get(app.url("/readyz"))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status(), 503);
    assert_eq!(
        ready.json::<serde_json::Value>().await.unwrap()["shutting_down"],
        true
    );
    assert_eq!(
        in_flight
            .await
            .unwrap()
            .expect("the in-flight request completes"),
        "finally"
    );
    tokio::time::timeout(Duration::from_secs(5), app.server)
        .await
        .expect("the server stops after draining")
        .unwrap()
        .expect("a clean stop");
    assert!(
        reqwest::Client::new().get(healthz).send().await.is_err(),
        "no longer accepting"
    );
}

/// Records every span's name and fields and every event's fields, as text.
#[derive(Clone, Default)]
struct Capture(Arc<std::sync::Mutex<Vec<String>>>);

struct Fields<'a>(&'a mut String);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={:?}", field.name(), value));
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Capture {
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        _: &tracing::span::Id,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        let mut line = format!("span {}", attrs.metadata().name());
        attrs.record(&mut Fields(&mut line));
        self.0.lock().unwrap().push(line);
    }

    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        let mut line = format!("event {}", event.metadata().level());
        event.record(&mut Fields(&mut line));
        self.0.lock().unwrap().push(line);
    }
}

#[tokio::test]
async fn each_request_gets_a_span_with_method_route_and_request_id_and_no_token_is_logged() {
    use tracing_subscriber::layer::SubscriberExt;
    let capture = Capture::default();
    // The current-thread test runtime polls the server on this thread, so a thread-local
    // subscriber sees the server's spans.
    let _guard = tracing::subscriber::set_default(
        tracing_subscriber::registry()
            .with(tracing_subscriber::filter::LevelFilter::DEBUG)
            .with(capture.clone()),
    );
    let app = TestHttp::spawn(api(), options(), Duration::ZERO).await;
    let response = app
        .client
        .get(app.url("/books/7"))
        .header("x-request-id", "req-span")
        .header("authorization", "Bearer eyJsecret.token.value")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let _ = app
        .client
        .get(app.url("/boom"))
        .header("authorization", "Bearer eyJsecret.token.value")
        .send()
        .await;
    let lines = capture.0.lock().unwrap().clone();
    let span = lines
        .iter()
        .find(|l| l.starts_with("span http_request") && l.contains("req-span"))
        .unwrap_or_else(|| panic!("no request span in {lines:#?}"));
    assert!(span.contains("http.method=GET"), "{span}");
    assert!(span.contains(r#"http.route="/books/{id}""#), "{span}");
    assert!(span.contains(r#"request_id="req-span""#), "{span}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("event ERROR") && l.contains("handler bug")),
        "the panic is logged: {lines:#?}"
    );
    assert!(
        !lines.iter().any(|l| l.contains("eyJsecret")),
        "a token reached the logs: {lines:#?}"
    );
}

/// Formatted log output, as a service writes it, kept in memory.
#[derive(Clone, Default)]
struct LogBuffer(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogBuffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for LogBuffer {
    type Writer = Self;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// The log lines written while a server with `access_log` answers a 200 (`req-ok`), a 404
/// (`req-missing`), a 500 from a panicking handler (`req-boom`) and a readiness probe's 503
/// (`req-not-ready`).
async fn log_lines_with(access_log: AccessLog) -> Vec<String> {
    use tracing_subscriber::layer::SubscriberExt;
    let log = LogBuffer::default();
    // The current-thread test runtime polls the server on this thread, so a thread-local
    // subscriber sees everything it logs.
    let _guard = tracing::subscriber::set_default(
        tracing_subscriber::registry()
            .with(tracing_subscriber::filter::LevelFilter::INFO)
            .with(
                tracing_subscriber::fmt::layer()
                    .with_ansi(false)
                    .with_writer(log.clone()),
            ),
    );
    let options = HttpOptions {
        access_log,
        ..options()
    };
    let app = TestHttp::spawn(api(), options, Duration::ZERO).await;
    for (path, id, status) in [
        ("/books/7", "req-ok", 200),
        ("/nope", "req-missing", 404),
        ("/boom", "req-boom", 500),
    ] {
        let response = app
            .client
            .get(app.url(path))
            .header("x-request-id", id)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), status, "{path}");
    }
    app.readiness.add_check(Failing);
    let not_ready = app
        .client
        .get(app.url("/readyz"))
        .header("x-request-id", "req-not-ready")
        .send()
        .await
        .unwrap();
    assert_eq!(not_ready.status(), 503);
    let text = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    text.lines().map(str::to_owned).collect()
}

/// The access-log line of the request with `id`, if one was written.
fn access_line<'a>(lines: &'a [String], id: &str) -> Option<&'a String> {
    lines
        .iter()
        .find(|l| l.contains(&format!(r#"request_id="{id}""#)) && l.contains(" status="))
}

#[tokio::test]
async fn access_log_all_writes_a_line_for_every_request() {
    let lines = log_lines_with(AccessLog::All).await;
    let ok = access_line(&lines, "req-ok").unwrap_or_else(|| panic!("no 200 line in {lines:#?}"));
    assert!(ok.contains(" INFO ") && ok.contains("status=200"), "{ok}");
    assert!(
        ok.contains(r#"http.route="/books/{id}""#) && ok.contains("http.method=GET"),
        "the line carries the request's span: {ok}"
    );
    let missing = access_line(&lines, "req-missing").expect("a 404 line");
    assert!(
        missing.contains(" INFO ") && missing.contains("status=404"),
        "{missing}"
    );
    let boom = access_line(&lines, "req-boom").expect("a 500 line");
    assert!(
        boom.contains(" ERROR ") && boom.contains("status=500"),
        "{boom}"
    );
    let not_ready = access_line(&lines, "req-not-ready").expect("a readiness line");
    assert!(
        not_ready.contains(" INFO ") && not_ready.contains("status=503"),
        "a probe answering 'not ready' is logged like any answer: {not_ready}"
    );
}

#[tokio::test]
async fn access_log_errors_skips_successful_requests() {
    let lines = log_lines_with(AccessLog::Errors).await;
    assert!(
        !lines.iter().any(|l| l.contains("req-ok")),
        "nothing logged for a 200: {lines:#?}"
    );
    let missing =
        access_line(&lines, "req-missing").unwrap_or_else(|| panic!("no 404 line in {lines:#?}"));
    assert!(
        missing.contains(" INFO ") && missing.contains("status=404"),
        "{missing}"
    );
    let boom = access_line(&lines, "req-boom").expect("a 500 line");
    assert!(
        boom.contains(" ERROR ") && boom.contains("status=500"),
        "{boom}"
    );
    assert!(
        access_line(&lines, "req-not-ready").is_none(),
        "a probe answering 'not ready' is no error to log: {lines:#?}"
    );
}

#[tokio::test]
async fn access_log_off_writes_no_access_lines() {
    let lines = log_lines_with(AccessLog::Off).await;
    assert!(
        !lines.iter().any(|l| l.contains(" status=")),
        "no access lines: {lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains(" ERROR ") && l.contains("handler bug")),
        "the panic itself is still logged: {lines:#?}"
    );
}

#[tokio::test]
async fn an_html_error_page_reaches_the_browser_as_written() {
    let app = TestHttp::spawn(api(), options(), Duration::ZERO).await;
    let response = app
        .client
        .get(app.url("/page"))
        .send()
        .await
        .expect("a response");
    assert_eq!(response.status().as_u16(), 404);
    let content_type = content_type(&response);
    assert!(content_type.starts_with("text/html"), "{content_type}");
    assert_eq!(
        response.text().await.expect("a body"),
        "<p>no such page</p>"
    );
}
