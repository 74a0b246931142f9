//! Ports (generated REST/gRPC contracts, hand-written storage and downstream traits) and use
//! cases.

pub mod port;
pub mod usecase;
