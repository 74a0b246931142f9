//! Adapters: storage (`db`) and the gRPC client of inventory (`protostub`). The gRPC server is
//! generated (`application::port::pb::server`) over the port the use cases implement.

pub mod adapter;
