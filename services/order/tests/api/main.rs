//! Black-box tests of the order service: REST, gRPC, the saga workers through `run_<task>` on
//! SQLite and MariaDB, and the whole saga on a real embedded orchestrator.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod grpc;
mod orchestrator;
mod orders;
mod workers;
