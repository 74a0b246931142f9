//! Start-up wiring: customer's settings, its gRPC clients of identity, catalog, order and
//! payment (each one a `/readyz` check), and its HTTP routes. `main.rs` hands [`build`] to the
//! runtime; tests call [`routes`] with their own downstream endpoints.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use serde::{Deserialize, Serialize};
use service_kit::config::{SettingHelp, describe_settings};
use service_kit::{Context, Migrations, Routes};

use crate::application::port::openapi::router::router;
use crate::application::usecase::Customers;
use crate::infrastructure::adapter::db::{self, SqlCustomers};
use crate::infrastructure::adapter::protostub::{Endpoints, GrpcDownstreams};

/// Both dialects' migrations.
pub const MIGRATIONS: Migrations = db::MIGRATIONS;

/// The use cases over the SQL store and the gRPC downstreams.
pub type AppCustomers = Customers<SqlCustomers, GrpcDownstreams>;

/// The customer service's own settings: file keys as named, environment variables
/// `CUSTOMER_<KEY>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomerSettings {
    /// Identity's gRPC endpoint: profiles (asked with the caller's token).
    pub identity_grpc_url: String,
    /// Catalog's gRPC endpoint: book titles.
    pub catalog_grpc_url: String,
    /// Order's gRPC endpoint: the customer's orders.
    pub order_grpc_url: String,
    /// Payment's gRPC endpoint: the customer's payments.
    pub payment_grpc_url: String,
    /// How long a call to any of them may take before the request answers 503.
    pub call_timeout_ms: u64,
}

impl Default for CustomerSettings {
    fn default() -> Self {
        Self {
            identity_grpc_url: "http://127.0.0.1:9083".to_owned(),
            catalog_grpc_url: "http://127.0.0.1:9081".to_owned(),
            order_grpc_url: "http://127.0.0.1:9085".to_owned(),
            payment_grpc_url: "http://127.0.0.1:9086".to_owned(),
            call_timeout_ms: 2000,
        }
    }
}

/// The customer service's settings as `--help` lists them.
///
/// # Errors
/// A field of [`CustomerSettings`] without a description here, or the reverse.
pub fn settings_help() -> Result<Vec<SettingHelp>, String> {
    describe_settings::<CustomerSettings>(&[
        (
            "identity_grpc_url",
            "identity's gRPC endpoint: profiles, asked with the caller's token",
        ),
        ("catalog_grpc_url", "catalog's gRPC endpoint: book titles"),
        (
            "order_grpc_url",
            "order's gRPC endpoint: the customer's orders",
        ),
        (
            "payment_grpc_url",
            "payment's gRPC endpoint: the customer's payments",
        ),
        (
            "call_timeout_ms",
            "how long a call to identity, catalog, order or payment may take before a 503",
        ),
    ])
}

/// The routes `main.rs` serves.
///
/// # Errors
/// Invalid settings or URLs.
pub async fn build(ctx: Context) -> anyhow::Result<Routes> {
    let settings: CustomerSettings = ctx
        .settings()
        .context("reading the customer service's settings")?;
    let downstream = GrpcDownstreams::connect_lazy(
        &Endpoints {
            identity: &settings.identity_grpc_url,
            catalog: &settings.catalog_grpc_url,
            order: &settings.order_grpc_url,
            payment: &settings.payment_grpc_url,
        },
        Duration::from_millis(settings.call_timeout_ms),
    )
    .context("setting up the downstream clients (*_grpc_url)")?;
    for check in downstream.health_checks() {
        ctx.readiness.add_check(check);
    }
    Ok(routes(&ctx, downstream))
}

/// The routes over the runtime's database and the given downstreams. The router captures each
/// request's bearer token so identity calls act as the caller.
pub fn routes(ctx: &Context, downstream: GrpcDownstreams) -> Routes {
    let customers = Arc::new(Customers::new(
        SqlCustomers::new(ctx.database.clone()),
        downstream,
    ));
    let http = router(customers, Arc::clone(&ctx.authenticator)).layer(axum::middleware::from_fn(
        service_kit::grpc::forward::capture_bearer,
    ));
    Routes {
        http,
        grpc: tonic::service::Routes::default(),
    }
}

#[cfg(test)]
mod tests {
    use service_kit::Service;
    use service_kit::config::command_with_settings;

    use super::*;

    #[test]
    fn help_lists_every_customer_setting_with_its_variable_and_default() {
        let settings = settings_help().expect("every setting described");
        let help = command_with_settings(Service::Customer, &settings)
            .render_long_help()
            .to_string();
        for (variable, default) in [
            ("CUSTOMER_IDENTITY_GRPC_URL", "http://127.0.0.1:9083"),
            ("CUSTOMER_CATALOG_GRPC_URL", "http://127.0.0.1:9081"),
            ("CUSTOMER_ORDER_GRPC_URL", "http://127.0.0.1:9085"),
            ("CUSTOMER_PAYMENT_GRPC_URL", "http://127.0.0.1:9086"),
            ("CUSTOMER_CALL_TIMEOUT_MS", "2000"),
        ] {
            assert!(
                help.contains(&format!("[env: {variable}] [default: {default}]")),
                "{variable} missing from:\n{help}"
            );
        }
    }
}
