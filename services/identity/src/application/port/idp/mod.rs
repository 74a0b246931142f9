// Generated from api/idp/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 7b652f8386156b4f-ed72abac6d36467a
//! Keycloak (identity's subset) (`idp`), an API this service calls: DTOs (`model`), the outbound port
//! trait (`port`) and the HTTP client implementing it (`client`).

pub mod client;
pub mod model;
pub mod port;
