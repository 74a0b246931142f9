//! The orchestrator's rules, free of HTTP and SQL: definitions and their validation, the
//! expression language, executions, and the decider that moves a workflow forward.

pub mod decider;
pub mod definition;
pub mod error;
pub mod execution;
pub mod expression;
