//! The runtime shared by every bookstore service.
//!
//! A service's `main.rs` hands its generated axum router, its gRPC routes, its bundled OpenAPI
//! document and its migrations to [`Runtime`], which does the rest: configuration (defaults <
//! file < environment < flags), telemetry, the database pool and migrations, the HTTP server with
//! its operational routes, the gRPC server with health and reflection, JWT authentication, and a
//! graceful shutdown in which readiness fails first.
//!
//! Each concern lives in its own module so services (and their tests) can also use the pieces
//! one by one: [`config`], [`coalesce`], [`http`], [`grpc`], [`auth`], [`db`], [`telemetry`], [`shutdown`]; [`worker`] runs the saga's task workers.
//! Their black-box tests start them with `testing` (feature `testing`, for `[dev-dependencies]`).

pub mod auth;
pub mod coalesce;
pub mod config;
pub mod db;
pub mod grpc;
pub mod http;
pub mod readiness;
mod run;
pub mod shutdown;
pub mod telemetry;
#[cfg(feature = "testing")]
pub mod testing;
pub mod worker;

pub use auth::{JwksAuthenticator, JwksConfig};
pub use config::{ConfigError, RuntimeConfig, Secret, Service};
pub use db::{Database, Migrations};
pub use readiness::{Readiness, ReadinessCheck};
pub use run::{Context, Routes, Runtime};
pub use shutdown::{Shutdown, shutdown_signal};
