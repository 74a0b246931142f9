//! `inventory`: parse the command line and hand the service to the shared runtime.

use inventory::application::port::pb::FILE_DESCRIPTOR_SET;
use inventory::infrastructure::adapter::db::MIGRATIONS;
use service_kit::{Runtime, Service};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    Runtime::new(Service::Inventory)
        .migrations(MIGRATIONS)
        .openapi_json(inventory::OPENAPI_JSON)
        .grpc_reflection(
            FILE_DESCRIPTOR_SET,
            &["bookstore.inventory.v1.StockService"],
        )
        .run(inventory::app::build)
        .await
}
