//! Adapters: storage, the simulated card gateway, and the gRPC server.

pub mod adapter;
