//! Ports (generated REST/gRPC contracts, the hand-written identity-provider port) and use cases.

pub mod port;
pub mod usecase;
