//! OTLP export: spans reach a collector listening on a local port.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use opentelemetry::trace::{Span as _, Tracer as _, TracerProvider as _};
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_server::{
    TraceService, TraceServiceServer,
};
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use tokio::net::TcpListener;

#[derive(Clone, Default)]
struct Collector {
    spans: Arc<Mutex<Vec<(String, String)>>>,
    /// Told after every export, so the test waits for one instead of polling.
    exported: Arc<tokio::sync::Notify>,
}

#[tonic::async_trait]
impl TraceService for Collector {
    async fn export(
        &self,
        request: tonic::Request<ExportTraceServiceRequest>,
    ) -> Result<tonic::Response<ExportTraceServiceResponse>, tonic::Status> {
        for resource in request.into_inner().resource_spans {
            let service = resource
                .resource
                .iter()
                .flat_map(|r| r.attributes.iter())
                .find(|kv| kv.key == "service.name")
                .and_then(|kv| kv.value.as_ref())
                .map(|v| format!("{:?}", v.value))
                .unwrap_or_default();
            for scope in resource.scope_spans {
                for span in scope.spans {
                    self.spans
                        .lock()
                        .unwrap()
                        .push((service.clone(), span.name));
                }
            }
        }
        self.exported.notify_one();
        Ok(tonic::Response::new(ExportTraceServiceResponse {
            partial_success: None,
        }))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spans_are_exported_over_otlp_when_an_endpoint_is_configured() {
    let collector = Collector::default();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let endpoint = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(TraceServiceServer::new(collector.clone()))
            .serve_with_incoming(tonic::transport::server::TcpIncoming::from(listener)),
    );

    let provider = service_kit::telemetry::tracer_provider("catalog", Some(&endpoint)).unwrap();
    let mut span = provider.tracer("kit-tests").start("GET /books/{id}");
    span.end();
    // The batch processor exports from its own thread; flushing waits for the export.
    let flushed = tokio::task::spawn_blocking(move || {
        let result = provider.force_flush();
        let _ = provider.shutdown();
        result
    })
    .await
    .unwrap();
    assert!(flushed.is_ok(), "{flushed:?}");

    // The flush returned after the export was answered; the collector told us when it was
    // received. The bound only turns a missing export into a failure instead of a hang.
    loop {
        let spans = collector.spans.lock().unwrap().clone();
        if let Some((service, _)) = spans.iter().find(|(_, name)| name == "GET /books/{id}") {
            assert!(
                service.contains("catalog"),
                "the resource names the service: {service}"
            );
            break;
        }
        tokio::time::timeout(Duration::from_secs(5), collector.exported.notified())
            .await
            .unwrap_or_else(|_| panic!("no span exported: {spans:?}"));
    }
}

#[test]
fn a_quiet_log_level_keeps_request_spans_for_trace_context() {
    use tracing_subscriber::Layer as _;
    const TRACE_ID: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
    // Installs the W3C propagator (and the tests' global subscriber, which this one overrides).
    crate::common::init_tracing();
    let log = tracing_subscriber::fmt::layer()
        .with_writer(std::io::sink)
        .boxed();
    let subscriber = service_kit::telemetry::subscriber(
        log,
        tracing_subscriber::EnvFilter::new("warn"),
        service_kit::telemetry::TraceIds.boxed(),
    );
    let _guard = tracing::subscriber::set_default(subscriber);
    let mut headers = http::HeaderMap::new();
    headers.insert(
        "traceparent",
        format!("00-{TRACE_ID}-00f067aa0ba902b7-01")
            .parse()
            .unwrap(),
    );
    let span = tracing::info_span!("http_request");
    service_kit::telemetry::set_parent_from_headers(&span, &headers);
    let context = service_kit::telemetry::context_of(&span);
    use opentelemetry::trace::TraceContextExt as _;
    assert_eq!(
        context.span().span_context().trace_id().to_string(),
        TRACE_ID,
        "with RUST_LOG=warn an INFO request span still joins the caller's trace"
    );
}

#[test]
fn without_an_endpoint_spans_still_get_ids_for_propagation() {
    let provider = service_kit::telemetry::tracer_provider("catalog", None).unwrap();
    let span = provider.tracer("kit-tests").start("local");
    assert!(opentelemetry::trace::Span::span_context(&span).is_valid());
}
