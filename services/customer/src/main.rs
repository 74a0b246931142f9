//! The customer service binary: configuration, migrations and serving come from the runtime;
//! customer supplies its routes over its store and its four downstreams.

use customer::application::port::openapi;
use service_kit::{Runtime, Service};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    Runtime::new(Service::Customer)
        .migrations(customer::app::MIGRATIONS)
        .openapi_json(openapi::OPENAPI_JSON)
        .settings_help(customer::app::settings_help().map_err(anyhow::Error::msg)?)
        .run(customer::app::build)
        .await
}
