//! The order service binary: configuration, migrations and serving come from the runtime; the
//! order service supplies its routes, its saga workers and its background tasks.

use order::application::port::{openapi, pb};
use service_kit::{Runtime, Service};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    Runtime::new(Service::Order)
        .migrations(order::app::MIGRATIONS)
        .openapi_json(openapi::OPENAPI_JSON)
        .grpc_reflection(pb::FILE_DESCRIPTOR_SET, pb::SERVICE_NAMES)
        .settings_help(order::app::settings_help().map_err(anyhow::Error::msg)?)
        .run(order::app::build)
        .await
}
