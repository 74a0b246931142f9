//! Black-box tests of the service runtime: real sockets on port 0, a real SQLite file, a real
//! MariaDB database, a real JWKS endpoint.

// Helpers outside `#[test]` functions are test code too: a failed set-up panics.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod auth;
mod common;
mod config;
mod db;
mod db_sessions;
mod grpc;
mod http;
mod process;
mod run;
mod telemetry;
