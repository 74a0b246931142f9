//! Adapters: storage (sqlx), the catalog and payment gRPC clients and the orchestrator client.
//! The gRPC server is generated (`application::port::pb::server`) over the port the use cases
//! implement.

pub mod adapter;
