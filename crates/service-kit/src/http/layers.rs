//! The middleware every request passes through, outermost first:
//! sensitive-header marking → request id → trace span and access log → request-id echo →
//! metrics → problem+json for bare errors → timeout → panic catching → body size limit.

use std::any::Any;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::extract::{MatchedPath, Request};
use axum::response::{IntoResponse, Response};
use futures::future::BoxFuture;
use http::HeaderName;
use openapi_runtime::Problem;
use opentelemetry_sdk::trace::{IdGenerator, RandomIdGenerator};
use tower_http::classify::ServerErrorsFailureClass;
use tower_http::request_id::{MakeRequestId, RequestId};
use tower_http::trace::{MakeSpan, OnFailure, OnResponse};

use crate::config::AccessLog;
use crate::telemetry;

/// Requests carry (or are given) an id under this header, echoed on the response.
pub const REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// Largest error body read when turning a plain-text error into problem+json.
const MAX_ERROR_TEXT: usize = 4096;

/// One span per request with method, matched route and request id; a W3C `traceparent` on the
/// request makes it a child of the caller's trace.
#[derive(Debug, Clone, Copy, Default)]
pub struct HttpSpan;

impl<B> MakeSpan<B> for HttpSpan {
    fn make_span(&mut self, request: &http::Request<B>) -> tracing::Span {
        let route = request
            .extensions()
            .get::<MatchedPath>()
            .map_or("unmatched", MatchedPath::as_str);
        let request_id = request
            .headers()
            .get(&REQUEST_ID_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let span = tracing::info_span!(
            "http_request",
            http.method = %request.method(),
            http.route = route,
            request_id = request_id,
        );
        telemetry::set_parent_from_headers(&span, request.headers());
        span
    }
}

/// A new request id: a random (version 4) UUID. The bits come from OpenTelemetry's id generator,
/// a per-thread PRNG seeded from the OS, because `Uuid::new_v4` asks the OS for every id (a
/// system call per request); the text is written into a stack buffer rather than formatted.
#[derive(Debug, Clone, Copy, Default)]
pub struct MakeRequestUuid;

impl MakeRequestId for MakeRequestUuid {
    fn make_request_id<B>(&mut self, _: &http::Request<B>) -> Option<RequestId> {
        let bits = RandomIdGenerator::default().new_trace_id().to_bytes();
        let uuid = uuid::Builder::from_random_bytes(bits).into_uuid();
        let mut text = [0; uuid::fmt::Hyphenated::LENGTH];
        let text = uuid.hyphenated().encode_lower(&mut text);
        http::HeaderValue::from_str(text).ok().map(RequestId::new)
    }
}

/// Marks a response whose error status is the endpoint working as designed — a readiness probe
/// answering "not ready" while a dependency is down or during the shutdown drain — so the
/// access log treats it as any answered request instead of an ERROR on every probe.
#[derive(Debug, Clone, Copy)]
pub struct ExpectedStatus;

/// The access log: one line per answered request, as [`AccessLog`] selects, written inside the
/// request's span (so it carries method, route and request id). Requests the policy skips cost
/// a status comparison; nothing is formatted for them.
#[derive(Debug, Clone, Copy)]
pub struct AccessLogLine(pub AccessLog);

impl<B> OnResponse<B> for AccessLogLine {
    fn on_response(self, response: &http::Response<B>, latency: Duration, _: &tracing::Span) {
        let status = response.status();
        let latency_ms = latency.as_secs_f64() * 1000.0;
        let expected = response.extensions().get::<ExpectedStatus>().is_some();
        match self.0 {
            AccessLog::Off => {}
            _ if expected => {
                if self.0 == AccessLog::All {
                    tracing::info!(status = status.as_u16(), latency_ms, "request answered");
                }
            }
            // A 5xx is the service failing (a panic and a timeout end up here as 500 and 503):
            // someone should look at it.
            _ if status.is_server_error() => {
                tracing::error!(status = status.as_u16(), latency_ms, "request failed");
            }
            // A 4xx is the service working as specified and the client at fault. It is logged,
            // to answer "why did my call fail", but at INFO: an ERROR or WARN would page
            // operators for every bad token or mistyped id a client sends, and RUST_LOG=warn
            // should silence them.
            _ if status.is_client_error() => {
                tracing::info!(status = status.as_u16(), latency_ms, "request refused");
            }
            AccessLog::All => {
                tracing::info!(status = status.as_u16(), latency_ms, "request answered");
            }
            AccessLog::Errors => {}
        }
    }
}

impl OnFailure<ServerErrorsFailureClass> for AccessLogLine {
    fn on_failure(
        &mut self,
        failure: ServerErrorsFailureClass,
        latency: Duration,
        _: &tracing::Span,
    ) {
        match failure {
            // `on_response` has logged the status already.
            ServerErrorsFailureClass::StatusCode(_) => {}
            // The response body failed after the head was sent: the only trace of it is here.
            ServerErrorsFailureClass::Error(error) => {
                if self.0 != AccessLog::Off {
                    let latency_ms = latency.as_secs_f64() * 1000.0;
                    tracing::error!(%error, latency_ms, "response body failed");
                }
            }
        }
    }
}

/// A panic in a handler becomes a generic 500 problem; the panic message goes to the log only.
pub fn panic_response(payload: Box<dyn Any + Send + 'static>) -> Response {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "non-string panic payload".to_owned());
    tracing::error!(panic = %message, "request handler panicked");
    Problem::internal().into_response()
}

/// Errors produced below the generated router (body limit, timeout, unknown route, wrong
/// method, extractor rejections) come as empty or plain-text bodies; clients of this API expect
/// `application/problem+json` for every error, so they are rewritten here. JSON errors pass, and
/// so do HTML ones: a page written for a browser (the orchestrator's executions pages) answers
/// its own 404 or 400 as a page.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProblemForBareErrorsLayer;

impl<S> tower::Layer<S> for ProblemForBareErrorsLayer {
    type Service = ProblemForBareErrors<S>;

    fn layer(&self, inner: S) -> Self::Service {
        ProblemForBareErrors { inner }
    }
}

/// The service [`ProblemForBareErrorsLayer`] wraps around the rest of the stack.
#[derive(Debug, Clone)]
pub struct ProblemForBareErrors<S> {
    inner: S,
}

impl<S, B> tower::Service<Request> for ProblemForBareErrors<S>
where
    S: tower::Service<Request, Response = http::Response<B>> + Send + 'static,
    S::Future: Send + 'static,
    B: axum::body::HttpBody<Data = bytes::Bytes> + Send + 'static,
    B::Error: Into<axum::BoxError>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Response, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let response = self.inner.call(request);
        Box::pin(async move {
            let response = response.await?.map(axum::body::Body::new);
            Ok(if is_bare_error(&response) {
                rewrite_as_problem(response).await
            } else {
                response
            })
        })
    }
}

/// An error status without a JSON or HTML body.
fn is_bare_error(response: &Response) -> bool {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return false;
    }
    let is_written_for_its_reader = response
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|content_type| {
            content_type.contains("json") || content_type.starts_with("text/html")
        });
    !is_written_for_its_reader
}

async fn rewrite_as_problem(response: Response) -> Response {
    let status = response.status();
    let (parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, MAX_ERROR_TEXT)
        .await
        .ok()
        .and_then(|bytes| String::from_utf8(bytes.to_vec()).ok())
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    let mut problem = Problem::new(status);
    // A server error's text may describe internals; only client errors keep theirs.
    if let Some(text) = text.filter(|_| status.is_client_error()) {
        problem = problem.with_detail(text);
    }
    let mut rewritten = problem.into_response();
    for (name, value) in &parts.headers {
        if name != http::header::CONTENT_TYPE && name != http::header::CONTENT_LENGTH {
            rewritten
                .headers_mut()
                .entry(name)
                .or_insert_with(|| value.clone());
        }
    }
    rewritten
}
