//! Ports (generated REST/gRPC/saga contracts, hand-written repository and gateway traits) and
//! use cases.

pub mod port;
pub mod usecase;
