//! The catalog service binary: configuration, migrations and serving come from the runtime;
//! the catalog supplies its routes.

use catalog::application::port::{openapi, pb};
use service_kit::{Runtime, Service};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    Runtime::new(Service::Catalog)
        .migrations(catalog::app::MIGRATIONS)
        .openapi_json(openapi::OPENAPI_JSON)
        .grpc_reflection(pb::FILE_DESCRIPTOR_SET, pb::SERVICE_NAMES)
        .settings_help(catalog::app::settings_help().map_err(anyhow::Error::msg)?)
        .run(catalog::app::build)
        .await
}
