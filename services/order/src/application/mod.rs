//! Ports (generated REST/gRPC/saga contracts, hand-written outbound ports) and use cases.

pub mod port;
pub mod usecase;
