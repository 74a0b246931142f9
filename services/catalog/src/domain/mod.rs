//! The catalog's domain: value types that check themselves at construction, the aggregates built
//! from them, and the rules that decide whether a change is allowed. Nothing here knows about
//! HTTP, gRPC or SQL.

pub mod aggregate;
pub mod handler;
