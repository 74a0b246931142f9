//! The gRPC server every service runs next to its HTTP server.

use std::time::Duration;

use tokio::net::TcpListener;
use tonic::service::Routes;
use tonic::transport::server::TcpIncoming;
use tonic_health::ServingStatus;
use tonic_health::server::HealthReporter;
use tower_http::trace::{MakeSpan, TraceLayer};

use crate::shutdown::Shutdown;
use crate::telemetry;

#[derive(Debug, Clone)]
pub struct GrpcOptions {
    /// Upper bound for one call (the client's `grpc-timeout` may shorten it).
    pub request_timeout: Duration,
    /// The service's encoded `FileDescriptorSet` for server reflection; `None` turns it off.
    pub file_descriptor_set: Option<&'static [u8]>,
    /// Fully-qualified names of the services in the routes (`bookstore.catalog.v1.CatalogService`),
    /// reported individually by the health service in addition to the overall `""`.
    pub service_names: Vec<&'static str>,
}

impl Default for GrpcOptions {
    fn default() -> Self {
        Self {
            request_timeout: Duration::from_secs(30),
            file_descriptor_set: None,
            service_names: Vec::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum GrpcServeError {
    #[error("cannot build the reflection service from the file descriptor set")]
    Reflection(#[source] tonic_reflection::server::Error),
    #[error("the gRPC server failed")]
    Transport(#[source] tonic::transport::Error),
}

/// One span per call, named after the RPC path, joined to the caller's trace via `traceparent`.
#[derive(Debug, Clone, Copy, Default)]
struct GrpcSpan;

impl<B> MakeSpan<B> for GrpcSpan {
    fn make_span(&mut self, request: &http::Request<B>) -> tracing::Span {
        let span = tracing::info_span!("grpc_request", rpc.method = %request.uri().path());
        telemetry::set_parent_from_headers(&span, request.headers());
        span
    }
}

/// Serve `routes` plus `grpc.health.v1` and reflection on `listener` until the shutdown's
/// stopping phase; in-flight calls finish. Health reports `NOT_SERVING` from the start of the
/// shutdown, mirroring `/readyz`.
///
/// # Errors
/// The descriptor set is invalid, or the transport fails.
pub async fn serve(
    listener: TcpListener,
    routes: Routes,
    options: GrpcOptions,
    shutdown: Shutdown,
) -> Result<(), GrpcServeError> {
    let (reporter, health) = tonic_health::server::health_reporter();
    set_status(&reporter, &options.service_names, ServingStatus::Serving).await;
    let mut routes = routes.add_service(health);
    if let Some(descriptors) = options.file_descriptor_set {
        let v1 = tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(descriptors)
            .build_v1()
            .map_err(GrpcServeError::Reflection)?;
        // grpcurl and older tools still ask the v1alpha service.
        let v1alpha = tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(descriptors)
            .build_v1alpha()
            .map_err(GrpcServeError::Reflection)?;
        routes = routes.add_service(v1).add_service(v1alpha);
    }
    {
        let shutdown = shutdown.clone();
        let names = options.service_names.clone();
        tokio::spawn(async move {
            shutdown.draining().await;
            set_status(&reporter, &names, ServingStatus::NotServing).await;
        });
    }
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(%addr, "gRPC server listening");
    }
    tonic::transport::Server::builder()
        .timeout(options.request_timeout)
        .layer(TraceLayer::new_for_grpc().make_span_with(GrpcSpan))
        .add_routes(routes)
        .serve_with_incoming_shutdown(
            TcpIncoming::from(listener).with_nodelay(Some(true)),
            shutdown.stopping(),
        )
        .await
        .map_err(GrpcServeError::Transport)
}

async fn set_status(reporter: &HealthReporter, names: &[&'static str], status: ServingStatus) {
    reporter.set_service_status("", status).await;
    for name in names {
        reporter.set_service_status(*name, status).await;
    }
}
