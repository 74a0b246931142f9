// Generated from api/payment/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 64cff2660a7e21f0-f0c5ca8d7d5e12fb
//! Bookstore Payment API (`payment`): DTOs (`model`), the port trait (`port`), the axum adapter
//! (`router`) and a typed client (`client`), all generated from the spec in `openapi.json`.

#[cfg(feature = "client")]
pub mod client;
pub mod model;
pub mod port;
pub mod router;

/// The bundled OpenAPI document these modules were generated from, for `/openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");
