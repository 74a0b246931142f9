//! Adapters: storage (`adapter::db`) and the saga workers (`adapter::worker`). The gRPC server
//! is generated (`application::port::pb::server`) over the port the use cases implement.

pub mod adapter;
