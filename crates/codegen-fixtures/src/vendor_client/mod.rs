// Generated from generator/tests/fixtures/codegen/vendor.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: d505d4b0252a4ffc-6545ecc4c8c1fac9
//! Vendor (`vendor`), an API this service calls: DTOs (`model`), the outbound port
//! trait (`port`) and the HTTP client implementing it (`client`).

pub mod client;
pub mod model;
pub mod port;
