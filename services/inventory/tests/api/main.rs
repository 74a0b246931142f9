//! The inventory's tests that need a database or a server: one binary, a module per concern.

// Helpers outside `#[test]` functions are test code too: a failed set-up panics.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod busy;
mod common;
mod concurrency;
mod grpc_stock;
mod hostile;
mod repository;
mod saga_workers;
mod schema;
mod startup;
mod stocks;
mod warehouses;
