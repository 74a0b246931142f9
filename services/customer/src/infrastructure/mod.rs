//! Adapters: SQL storage and the gRPC clients of the downstream services.

pub mod adapter;
