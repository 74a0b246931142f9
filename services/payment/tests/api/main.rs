//! Payment's tests that need a database or a server: one binary, a module per concern.

// Helpers outside `#[test]` functions are test code too: a failed set-up panics.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod grpc;
mod hostile;
mod repository;
mod rest;
mod saga;
mod schema;
mod startup;
mod workers;
