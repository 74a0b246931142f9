//! Client channels to other services.

use std::time::Duration;

use opentelemetry::propagation::Injector;
use tonic::metadata::{MetadataKey, MetadataMap, MetadataValue};
use tonic::service::interceptor::InterceptedService;
use tonic::transport::{Channel, Endpoint};

#[derive(Debug, Clone, Copy)]
pub struct ChannelOptions {
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
}

impl Default for ChannelOptions {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(3),
            request_timeout: Duration::from_secs(10),
        }
    }
}

/// A channel whose calls carry the caller's W3C trace context. Generated clients take it as
/// their transport: `CatalogServiceClient::new(channel)`.
pub type TracedChannel = InterceptedService<
    Channel,
    fn(tonic::Request<()>) -> Result<tonic::Request<()>, tonic::Status>,
>;

#[derive(Debug, thiserror::Error)]
#[error("invalid gRPC endpoint {uri}")]
pub struct ChannelError {
    uri: String,
    #[source]
    source: tonic::transport::Error,
}

/// A lazily connecting channel to `uri` (`http://127.0.0.1:9081`): nothing is dialled until the
/// first call, and a broken connection is re-established on a later call, so services can start
/// in any order.
///
/// # Errors
/// `uri` is not a valid endpoint.
pub fn channel(uri: &str, options: ChannelOptions) -> Result<TracedChannel, ChannelError> {
    let endpoint = Endpoint::from_shared(uri.to_owned())
        .map_err(|source| ChannelError {
            uri: uri.to_owned(),
            source,
        })?
        .connect_timeout(options.connect_timeout)
        .timeout(options.request_timeout)
        .tcp_nodelay(true);
    Ok(InterceptedService::new(
        endpoint.connect_lazy(),
        inject_trace_context,
    ))
}

/// Interceptor writing the current span's trace context (`traceparent`) into the call's metadata.
///
/// # Errors
/// Never; the signature is tonic's interceptor shape.
pub fn inject_trace_context(
    mut request: tonic::Request<()>,
) -> Result<tonic::Request<()>, tonic::Status> {
    let context = crate::telemetry::context_of(&tracing::Span::current());
    opentelemetry::global::get_text_map_propagator(|propagator| {
        propagator.inject_context(&context, &mut MetadataInjector(request.metadata_mut()));
    });
    Ok(request)
}

struct MetadataInjector<'a>(&'a mut MetadataMap);

impl Injector for MetadataInjector<'_> {
    fn set(&mut self, key: &str, value: String) {
        if let (Ok(key), Ok(value)) = (
            MetadataKey::from_bytes(key.as_bytes()),
            MetadataValue::try_from(value),
        ) {
            self.0.insert(key, value);
        }
    }
}
