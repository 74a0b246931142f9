// Generated from api/conductor/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: caa130062f02caeb-978ffeb2ce312cf6
//! Conductor API (embedded orchestrator subset) (`conductor`), an API this service calls: DTOs (`model`), the outbound port
//! trait (`port`) and the HTTP client implementing it (`client`).

pub mod client;
pub mod model;
pub mod port;
