//! Wiring: the use cases over the SQL store, served as REST (the generated router) and gRPC.

use std::sync::Arc;

use openapi_runtime::Authenticator;
use service_kit::db::Database;
use service_kit::{Context, Routes, Runtime, Service};

use crate::application::port::openapi::OPENAPI_JSON;
use crate::application::port::openapi::router::router;
use crate::application::port::pb::FILE_DESCRIPTOR_SET;
use crate::application::usecase::Inventory;
use crate::infrastructure::adapter::db::{MIGRATIONS, SqlInventory};
use crate::infrastructure::adapter::protosvc::StockGrpc;

/// The runtime configured for this service: its migrations, its OpenAPI document and its gRPC
/// descriptors. `main.rs` runs it with [`build`]; the startup test does the same in-process.
pub fn runtime() -> Runtime {
    Runtime::new(Service::Inventory)
        .migrations(MIGRATIONS)
        .openapi_json(OPENAPI_JSON)
        .grpc_reflection(
            FILE_DESCRIPTOR_SET,
            &["bookstore.inventory.v1.StockService"],
        )
}

/// The REST router and gRPC services over `database`, authenticating REST calls with
/// `authenticator`. gRPC is internal (the saga and catalog call it) and carries no token.
pub fn routes(database: Database, authenticator: Arc<dyn Authenticator>) -> Routes {
    let inventory = Arc::new(Inventory::new(SqlInventory::new(database)));
    Routes {
        http: router(Arc::clone(&inventory), authenticator),
        grpc: tonic::service::Routes::new(StockGrpc::new(inventory).into_server()),
    }
}

/// What the runtime calls once the database is open and migrated.
///
/// # Errors
/// None today; the signature is the runtime's.
pub async fn build(ctx: Context) -> anyhow::Result<Routes> {
    Ok(routes(ctx.database.clone(), Arc::clone(&ctx.authenticator)))
}
