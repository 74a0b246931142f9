//! Black-box tests of the order service: REST, gRPC, the saga workers through `run_<task>`, the
//! repository on SQLite and MariaDB, and the definitions registered with a real embedded
//! orchestrator.

mod common;
mod grpc;
mod orchestrator;
mod orders;
mod workers;
