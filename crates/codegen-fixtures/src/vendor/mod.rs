// Generated from generator/tests/fixtures/codegen/vendor.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: d6c5a0ac6caf956b-115f4cbc3ff47096
//! Vendor (`vendor`): DTOs (`model`), the port trait (`port`), the axum adapter
//! (`router`) and a typed client (`client`), all generated from the spec in `openapi.json`.

#[cfg(feature = "client")]
pub mod client;
pub mod model;
pub mod port;
pub mod router;

/// The bundled OpenAPI document these modules were generated from, for `/openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");
