// Generated from api/identity/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 09b8e8d91d5ead4c-7015199f6c000d35
//! Bookstore Identity API (`identity`): DTOs (`model`), the port trait (`port`), the axum adapter
//! (`router`) and a typed client (`client`), all generated from the spec in `openapi.json`.

#[cfg(feature = "client")]
pub mod client;
pub mod model;
pub mod port;
pub mod router;

/// The bundled OpenAPI document these modules were generated from, for `/openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");
