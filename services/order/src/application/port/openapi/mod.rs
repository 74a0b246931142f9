// Generated from api/order/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 81f4dc815091d8a2-1bf5a4ab1e28d431
//! Bookstore Order API (`order`): DTOs (`model`), the port trait (`port`), the axum adapter
//! (`router`) and a typed client (`client`), all generated from the spec in `openapi.json`.

#[cfg(feature = "client")]
pub mod client;
pub mod model;
pub mod port;
pub mod router;

/// The bundled OpenAPI document these modules were generated from, for `/openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");
