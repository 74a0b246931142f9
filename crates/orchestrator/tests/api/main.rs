//! Black-box tests of the orchestrator: the official SDK, the HTTP contract, the stores, and a
//! crash under load.

mod common;
mod crash;
mod load;
mod metadata;
mod sdk;
mod spec;
mod store;
mod tasks;
mod workflow;
