//! The testing kit (feature `testing`, for services' `[dev-dependencies]`): what a service's
//! black-box tests need to run it as production does.
//!
//! - [`spawn_service`] starts a service through the same [`Runtime`](crate::Runtime) and
//!   `build` its `main.rs` uses, on port 0 with a fresh database, its tokens checked against
//!   a [`TestIssuer`]; the [`TestService`] handle shuts it down gracefully, and waits, when
//!   dropped or on [`TestService::shutdown`].
//! - [`TestIssuer`] is a local OpenID issuer: a JWKS on a loopback port and Keycloak-shaped
//!   RS256 tokens.
//! - [`backends`] lists the databases a test runs on: SQLite always, MariaDB/MySQL when it
//!   answers, and a loud failure under CI when it does not. [`TestDatabase`] is a fresh, migrated
//!   one for tests that speak to storage directly; [`table_columns`] what its migrations made.
//!
//! Tests wait for events, never for time: the runtime reports its bound addresses once the
//! service is built (no polling of `/readyz`), and shutdown is awaited. Where a test must let
//! time pass (a cache TTL, a refresh interval), it pauses Tokio's clock and advances it.

// Test set-up that cannot go on (no key, no loopback port) panics with what was missing, the
// way a test's own `expect` would: there is no caller that could handle it.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod issuer;
mod ports;
mod schema;
mod service;

pub use issuer::TestIssuer;
pub use ports::{free_addr, free_port};
pub use schema::table_columns;
pub use service::{Backend, TestDatabase, TestService, backends, spawn_service};
