// Generated from api/catalog/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 1229fd8d09d1f1b9-afdc4604b8dd0384
//! Bookstore Catalog API (`catalog`): DTOs (`model`), the port trait (`port`), the axum adapter
//! (`router`) and a typed client (`client`), all generated from the spec in `openapi.json`.

#[cfg(feature = "client")]
pub mod client;
pub mod model;
pub mod port;
pub mod router;

/// The bundled OpenAPI document these modules were generated from, for `/openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");
