//! Operational routes: liveness, readiness, metrics, the OpenAPI document and its docs page
//! (`docs`).

use std::sync::Arc;

use axum::Router;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use metrics_exporter_prometheus::PrometheusHandle;

use crate::readiness::Readiness;

pub const HEALTHZ: &str = "/healthz";
pub const READYZ: &str = "/readyz";
pub const METRICS: &str = "/metrics";
pub const OPENAPI_JSON: &str = "/openapi.json";
pub const DOCS: &str = "/docs";

/// `/healthz`'s answer, a constant: liveness is probed often and says nothing but "running".
const HEALTHY: ([(http::HeaderName, &str); 1], &str) = (
    [(http::header::CONTENT_TYPE, "application/json")],
    r#"{"status":"ok"}"#,
);

/// The routes; `/openapi.json` and `/docs` only when the service passes its spec.
pub fn routes(
    readiness: Readiness,
    metrics: PrometheusHandle,
    openapi_json: Option<Arc<str>>,
) -> Router {
    let mut router = Router::new()
        .route(HEALTHZ, get(|| async { HEALTHY }))
        .route(READYZ, get(move || ready(readiness.clone())))
        .route(
            METRICS,
            get(move || super::metrics::render(metrics.clone())),
        );
    if let Some(spec) = openapi_json {
        let title = super::docs::spec_title(&spec);
        // Copied once here; each request then shares the bytes instead of copying the spec.
        let spec = bytes::Bytes::from(spec.as_bytes().to_vec());
        router = router
            .route(
                OPENAPI_JSON,
                get(move || {
                    let spec = spec.clone();
                    async move { ([(http::header::CONTENT_TYPE, "application/json")], spec) }
                }),
            )
            .merge(super::docs::routes(&title));
    }
    router
}

/// 200 when ready, 503 (with the failing checks) when not or when shutdown has started.
async fn ready(readiness: Readiness) -> Response {
    let report = readiness.report().await;
    let status = if report.ready {
        http::StatusCode::OK
    } else {
        http::StatusCode::SERVICE_UNAVAILABLE
    };
    let mut response = (status, axum::Json(report)).into_response();
    // "Not ready" is this endpoint's job, not a failure of the request.
    response
        .extensions_mut()
        .insert(super::layers::ExpectedStatus);
    response
}
