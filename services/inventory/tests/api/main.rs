//! The inventory's tests that need a database or a server: one binary, a module per concern.

mod busy;
mod common;
mod concurrency;
mod grpc_stock;
mod hostile;
mod repository;
mod schema;
mod startup;
mod stocks;
mod warehouses;
