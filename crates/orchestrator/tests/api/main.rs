//! Black-box tests of the orchestrator: the official SDK, the HTTP contract, the stores, and a
//! crash under load.

// Helpers outside `#[test]` functions are test code too: a failed set-up panics.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod crash;
mod executions;
mod load;
mod metadata;
mod saga;
mod sdk;
mod spec;
mod store;
mod tasks;
mod worker;
mod workflow;
