// Generated from api/customer/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: c920db43e7d3684a-c33688760886ae03
//! Bookstore Customer API (`customer`): DTOs (`model`), the port trait (`port`), the axum adapter
//! (`router`) and a typed client (`client`), all generated from the spec in `openapi.json`.

#[cfg(feature = "client")]
pub mod client;
pub mod model;
pub mod port;
pub mod router;

/// The bundled OpenAPI document these modules were generated from, for `/openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");
