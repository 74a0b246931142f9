//! Adapters: storage (sqlx), the catalog and payment gRPC clients, the orchestrator client and
//! the gRPC server.

pub mod adapter;
