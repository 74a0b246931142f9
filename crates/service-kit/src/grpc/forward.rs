//! Passing the caller's bearer token on to a downstream that authorizes callers itself.
//!
//! A façade that acts *as the caller* (customer asking identity for the caller's own profile)
//! must not act with more rights than the caller has, so it forwards the caller's token rather
//! than a service credential. Generated routers hand use cases a `Principal`, never the token,
//! so [`capture_bearer`] (an axum middleware on the service's router) keeps the request's
//! `Authorization` header for the duration of that request, and [`forward_bearer`] copies it into
//! an outgoing gRPC call's metadata. The token never leaves the request it came with and is
//! never logged.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use tonic::metadata::{AsciiMetadataValue, MetadataMap};

tokio::task_local! {
    static CALLER_AUTHORIZATION: Option<AsciiMetadataValue>;
}

/// axum middleware: run the rest of the request with its `Authorization` header at hand for
/// [`forward_bearer`]. Add it with `router.layer(axum::middleware::from_fn(capture_bearer))`.
pub async fn capture_bearer(request: Request, next: Next) -> Response {
    let authorization = request
        .headers()
        .get(http::header::AUTHORIZATION)
        .and_then(|value| AsciiMetadataValue::try_from(value.as_bytes()).ok());
    CALLER_AUTHORIZATION
        .scope(authorization, next.run(request))
        .await
}

/// Run `future` as if it served a request that carried `authorization` (tests, and work a
/// service does for a caller outside the request's own task).
pub async fn with_bearer<F: std::future::Future>(
    authorization: Option<&str>,
    future: F,
) -> F::Output {
    let value = authorization.and_then(|a| AsciiMetadataValue::try_from(a).ok());
    CALLER_AUTHORIZATION.scope(value, future).await
}

/// Copy the current request's `Authorization` into `metadata`. Returns whether there was one:
/// outside a captured request (or for a request without a token) nothing is added, and the
/// downstream answers `UNAUTHENTICATED` as it would to any anonymous call.
pub fn forward_bearer(metadata: &mut MetadataMap) -> bool {
    CALLER_AUTHORIZATION
        .try_with(|value| value.clone())
        .ok()
        .flatten()
        .map(|value| metadata.insert("authorization", value))
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_captured_token_is_forwarded_only_inside_its_request() {
        let mut metadata = MetadataMap::new();
        assert!(!forward_bearer(&mut metadata), "nothing outside a request");
        assert!(metadata.get("authorization").is_none());

        let forwarded = with_bearer(Some("Bearer abc"), async {
            let mut metadata = MetadataMap::new();
            forward_bearer(&mut metadata);
            metadata.get("authorization").cloned()
        })
        .await;
        assert_eq!(
            forwarded.as_ref().map(|v| v.to_str().ok()),
            Some(Some("Bearer abc"))
        );

        let anonymous = with_bearer(None, async {
            let mut metadata = MetadataMap::new();
            forward_bearer(&mut metadata)
        })
        .await;
        assert!(!anonymous);
    }

    #[tokio::test]
    async fn the_middleware_captures_the_authorization_header() {
        use axum::routing::get;
        use tower::ServiceExt as _;

        let app = axum::Router::new()
            .route(
                "/",
                get(|| async {
                    let mut metadata = MetadataMap::new();
                    forward_bearer(&mut metadata);
                    metadata
                        .get("authorization")
                        .and_then(|v| v.to_str().ok().map(str::to_owned))
                        .unwrap_or_default()
                }),
            )
            .layer(axum::middleware::from_fn(capture_bearer));
        let request = http::Request::builder()
            .uri("/")
            .header("authorization", "Bearer t0k3n")
            .body(axum::body::Body::empty())
            .expect("a request");
        let response = app.oneshot(request).await.expect("a response");
        let body = http_body_util::BodyExt::collect(response.into_body())
            .await
            .expect("a body")
            .to_bytes();
        assert_eq!(&body[..], b"Bearer t0k3n");
    }
}
