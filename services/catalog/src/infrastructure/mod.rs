//! Adapters: storage (`db`), the gRPC server (`protosvc`) and the gRPC client of inventory
//! (`protostub`).

pub mod adapter;
