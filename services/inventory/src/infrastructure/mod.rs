//! Adapters: storage (`adapter::db`) and the gRPC server (`adapter::protosvc`).

pub mod adapter;
