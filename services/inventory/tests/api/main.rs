//! The inventory's tests that need a database or a server: one binary, a module per concern.

mod common;
mod grpc_stock;
mod repository;
mod schema;
