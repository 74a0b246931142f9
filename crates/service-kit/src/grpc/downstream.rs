//! Readiness of a required gRPC downstream, asked through its `grpc.health.v1` service.

use futures::future::BoxFuture;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;

use super::channel::TracedChannel;
use crate::readiness::ReadinessCheck;

/// Ready when the downstream reports `SERVING` for `service` (`""` for the server as a whole).
pub struct DownstreamHealth {
    name: String,
    service: String,
    channel: TracedChannel,
}

impl DownstreamHealth {
    pub fn new(
        name: impl Into<String>,
        service: impl Into<String>,
        channel: TracedChannel,
    ) -> Self {
        Self {
            name: name.into(),
            service: service.into(),
            channel,
        }
    }
}

impl ReadinessCheck for DownstreamHealth {
    fn name(&self) -> &str {
        &self.name
    }

    fn check(&self) -> BoxFuture<'_, Result<(), String>> {
        Box::pin(async move {
            let mut client = HealthClient::new(self.channel.clone());
            let response = client
                .check(HealthCheckRequest {
                    service: self.service.clone(),
                })
                .await
                .map_err(|status| format!("{:?}: {}", status.code(), status.message()))?;
            match ServingStatus::try_from(response.into_inner().status) {
                Ok(ServingStatus::Serving) => Ok(()),
                Ok(other) => Err(format!("reports {}", other.as_str_name())),
                Err(_) => Err("reports an unknown status".to_owned()),
            }
        })
    }
}
