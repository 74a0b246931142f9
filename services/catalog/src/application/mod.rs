//! Ports (generated REST/gRPC contracts, hand-written repository traits) and use cases.

pub mod port;
pub mod usecase;
