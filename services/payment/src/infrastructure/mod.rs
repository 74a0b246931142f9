//! Adapters: storage and the simulated card gateway. The gRPC server is generated
//! (`application::port::pb::server`) over the port the use cases implement.

pub mod adapter;
