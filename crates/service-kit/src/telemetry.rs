//! Logs and traces.
//!
//! Human-readable logs by default, JSON lines with `LOG_FORMAT=json`, the filter from `RUST_LOG`
//! (default `info`). Spans always carry W3C trace ids, so trace context flows REST → gRPC
//! client → gRPC server even when nothing is exported. When `OTEL_EXPORTER_OTLP_ENDPOINT` is set,
//! `tracing-opentelemetry` records every span and exports it over OTLP/gRPC; when it is not,
//! [`TraceIds`] gives spans their ids and records nothing else, which costs a fraction of
//! building OpenTelemetry spans only to drop them. [`context_of`], [`set_parent_from_headers`]
//! and [`inject_current_context`] work with either.

use std::io::IsTerminal;

use opentelemetry::propagation::{Extractor, Injector};
use opentelemetry::trace::{
    SpanContext, TraceContextExt as _, TraceFlags, TraceState, TracerProvider as _,
};
use opentelemetry_otlp::WithExportConfig;
use opentelemetry_sdk::propagation::TraceContextPropagator;
use opentelemetry_sdk::trace::{IdGenerator, RandomIdGenerator, SdkTracerProvider};
use tracing::span::{Attributes, Id};
use tracing_opentelemetry::OpenTelemetrySpanExt;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer, Registry};

use crate::config::LogFormat;

#[derive(Debug, thiserror::Error)]
pub enum TelemetryError {
    #[error("cannot build the OTLP exporter for {endpoint}")]
    Exporter {
        endpoint: String,
        #[source]
        source: opentelemetry_otlp::ExporterBuildError,
    },
    #[error("a global tracing subscriber is already installed")]
    AlreadyInstalled(#[source] tracing_subscriber::util::TryInitError),
}

/// Flushes and stops the trace pipeline when dropped; keep it alive for the life of the process.
#[must_use = "dropping the guard stops trace export"]
pub struct TelemetryGuard {
    provider: SdkTracerProvider,
}

impl Drop for TelemetryGuard {
    fn drop(&mut self) {
        if let Err(err) = self.provider.shutdown() {
            eprintln!("flushing traces at exit failed: {err}");
        }
    }
}

/// Install the global subscriber and the W3C trace-context propagator.
///
/// # Errors
/// The OTLP exporter cannot be built, or a subscriber is already installed.
pub fn init(
    service_name: &'static str,
    format: LogFormat,
    otlp_endpoint: Option<&str>,
) -> Result<TelemetryGuard, TelemetryError> {
    opentelemetry::global::set_text_map_propagator(TraceContextPropagator::new());
    let provider = tracer_provider(service_name, otlp_endpoint)?;
    let trace_layer = if otlp_endpoint.is_some() {
        tracing_opentelemetry::layer()
            .with_tracer(provider.tracer(service_name))
            .boxed()
    } else {
        TraceIds.boxed()
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // Colours only on a terminal: in a file or a collector the escape codes are noise, and
    // writing them costs time on every line and every span.
    let ansi = std::io::stdout().is_terminal();
    let fmt_layer = match format {
        LogFormat::Human => tracing_subscriber::fmt::layer().with_ansi(ansi).boxed(),
        LogFormat::Json => tracing_subscriber::fmt::layer()
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .boxed(),
    };
    subscriber(fmt_layer, filter, trace_layer)
        .try_init()
        .map_err(TelemetryError::AlreadyInstalled)?;
    Ok(TelemetryGuard { provider })
}

/// The subscriber [`init`] installs: `log` writes what `filter` (`RUST_LOG`) lets through,
/// while `trace` sees every INFO-or-above span whatever the filter says. The log level is about
/// what people read; trace context must not depend on it, or `RUST_LOG=warn` would drop the
/// request spans and with them the `traceparent` passed on to downstream calls.
pub fn subscriber(
    log: Box<dyn Layer<Registry> + Send + Sync>,
    filter: EnvFilter,
    trace: Box<dyn Layer<Registry> + Send + Sync>,
) -> impl tracing::Subscriber + Send + Sync {
    let trace_filter = tracing_subscriber::filter::LevelFilter::INFO;
    tracing_subscriber::registry().with(vec![
        log.with_filter(filter).boxed(),
        trace.with_filter(trace_filter).boxed(),
    ])
}

/// A provider that always assigns trace ids and exports only when an endpoint is given.
///
/// # Errors
/// The exporter cannot be built.
pub fn tracer_provider(
    service_name: &'static str,
    otlp_endpoint: Option<&str>,
) -> Result<SdkTracerProvider, TelemetryError> {
    let resource = opentelemetry_sdk::Resource::builder()
        .with_service_name(service_name)
        .build();
    let mut builder = SdkTracerProvider::builder().with_resource(resource);
    if let Some(endpoint) = otlp_endpoint {
        let exporter = opentelemetry_otlp::SpanExporter::builder()
            .with_tonic()
            .with_endpoint(endpoint)
            .build()
            .map_err(|source| TelemetryError::Exporter {
                endpoint: endpoint.to_owned(),
                source,
            })?;
        builder = builder.with_batch_exporter(exporter);
    }
    Ok(builder.build())
}

/// An error and each of its causes on one line, for log fields (defined once, beside
/// the problem+json error that logs it too).
pub use openapi_runtime::error::error_chain;

/// For tests that start a whole service in-process: installs (once per process) a global
/// subscriber writing through the test harness, so the logs are shown only for failing tests,
/// plus the W3C propagator. The runtime then finds a subscriber installed and keeps it, instead
/// of installing its own that writes to stdout.
pub fn init_for_tests() {
    static INIT: std::sync::Once = std::sync::Once::new();
    INIT.call_once(|| {
        opentelemetry::global::set_text_map_propagator(TraceContextPropagator::new());
        // Another global subscriber may be installed already; then that one stays.
        let _ = tracing_subscriber::registry()
            .with(
                tracing_subscriber::fmt::layer()
                    .with_test_writer()
                    .with_filter(EnvFilter::new("info")),
            )
            .with(TraceIds.with_filter(tracing_subscriber::filter::LevelFilter::INFO))
            .try_init();
    });
}

/// Writes `traceparent`/`tracestate` into outgoing HTTP (and so gRPC) headers.
pub struct HeaderInjector<'a>(pub &'a mut http::HeaderMap);

impl Injector for HeaderInjector<'_> {
    fn set(&mut self, key: &str, value: String) {
        if let (Ok(name), Ok(value)) = (
            http::HeaderName::from_bytes(key.as_bytes()),
            http::HeaderValue::from_str(&value),
        ) {
            self.0.insert(name, value);
        }
    }
}

/// Reads `traceparent`/`tracestate` from incoming headers.
pub struct HeaderExtractor<'a>(pub &'a http::HeaderMap);

impl Extractor for HeaderExtractor<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(|v| v.to_str().ok())
    }

    fn keys(&self) -> Vec<&str> {
        self.0.keys().map(http::HeaderName::as_str).collect()
    }
}

/// The trace context of `span` (empty when it has none, e.g. when it is filtered out), for
/// injecting into outgoing calls.
pub fn context_of(span: &tracing::Span) -> opentelemetry::Context {
    match with_trace_ids(span, |ids| ids.clone()) {
        Some(ids) => opentelemetry::Context::new().with_remote_span_context(ids),
        None => span.context(),
    }
}

/// Inject the current span's trace context into `headers`.
pub fn inject_current_context(headers: &mut http::HeaderMap) {
    let context = context_of(&tracing::Span::current());
    opentelemetry::global::get_text_map_propagator(|propagator| {
        propagator.inject_context(&context, &mut HeaderInjector(headers));
    });
}

/// Make `span` a child of the trace context carried in `headers`, if any. Call it before the
/// span is entered or gets children: they take their trace from it when they are created.
pub fn set_parent_from_headers(span: &tracing::Span, headers: &http::HeaderMap) {
    let parent = opentelemetry::global::get_text_map_propagator(|propagator| {
        propagator.extract(&HeaderExtractor(headers))
    });
    let remote = parent.span().span_context().clone();
    if !remote.is_valid() {
        return;
    }
    let adopted = with_trace_ids(span, |ids| {
        *ids = SpanContext::new(
            remote.trace_id(),
            ids.span_id(),
            remote.trace_flags(),
            false,
            remote.trace_state().clone(),
        );
    });
    if adopted.is_none() {
        // Without `TraceIds` ids, spans are `tracing-opentelemetry`'s; this fails only when the
        // span is disabled (filtered out), and then there is nothing to link.
        let _ = span.set_parent(parent);
    }
}

/// Gives each span a W3C span context (trace id, span id, flags, trace state) and records
/// nothing else: the trace-id half of `tracing-opentelemetry`, for processes that export no
/// spans. A span continues its parent's trace (the explicit parent, else the current span) with
/// a new span id; a root span starts a new, sampled trace (what the SDK's default parent-based,
/// always-on sampler decides); [`set_parent_from_headers`] moves a span into a remote trace.
#[derive(Debug, Clone, Copy, Default)]
pub struct TraceIds;

/// What [`TraceIds`] stores in each span's extensions.
struct SpanIds(SpanContext);

impl<S> Layer<S> for TraceIds
where
    S: tracing::Subscriber + for<'span> LookupSpan<'span>,
{
    fn on_new_span(
        &self,
        attrs: &Attributes<'_>,
        id: &Id,
        ctx: tracing_subscriber::layer::Context<'_, S>,
    ) {
        let parent = if let Some(parent) = attrs.parent() {
            ctx.span(parent)
        } else if attrs.is_contextual() {
            ctx.lookup_current()
        } else {
            None
        };
        let parent = parent.and_then(|parent| {
            parent
                .extensions()
                .get::<SpanIds>()
                .map(|ids| ids.0.clone())
        });
        let ids = RandomIdGenerator::default();
        let context = match parent {
            Some(parent) => SpanContext::new(
                parent.trace_id(),
                ids.new_span_id(),
                parent.trace_flags(),
                false,
                parent.trace_state().clone(),
            ),
            None => SpanContext::new(
                ids.new_trace_id(),
                ids.new_span_id(),
                TraceFlags::SAMPLED,
                false,
                TraceState::default(),
            ),
        };
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(SpanIds(context));
        }
    }
}

/// Runs `f` on the ids [`TraceIds`] gave `span`; `None` when the span has none (the layer is
/// not installed, or the span is disabled).
fn with_trace_ids<T>(span: &tracing::Span, f: impl FnOnce(&mut SpanContext) -> T) -> Option<T> {
    span.with_subscriber(|(id, dispatch)| {
        let registry = dispatch.downcast_ref::<Registry>()?;
        let span = registry.span(id)?;
        let mut extensions = span.extensions_mut();
        extensions.get_mut::<SpanIds>().map(|ids| f(&mut ids.0))
    })
    .flatten()
}

#[cfg(test)]
mod error_chain_tests {
    use super::error_chain;

    #[derive(Debug, thiserror::Error)]
    #[error("reading the book failed")]
    struct Outer(#[source] std::io::Error);

    #[derive(Debug, thiserror::Error)]
    #[error("query failed: {0}")]
    struct Repeating(#[source] std::io::Error);

    #[test]
    fn a_cause_already_in_its_parents_message_is_not_repeated() {
        let err = Outer(std::io::Error::other("x"));
        let repeating = Repeating(std::io::Error::other("lock wait timeout"));
        assert_eq!(error_chain(&repeating), "query failed: lock wait timeout");
        assert_eq!(error_chain(&err), "reading the book failed: x");
    }

    #[test]
    fn every_cause_is_named_outermost_first() {
        let err = Outer(std::io::Error::other("connection reset"));
        assert_eq!(
            error_chain(&err),
            "reading the book failed: connection reset"
        );
    }
}
