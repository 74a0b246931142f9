//! Inbound and outbound ports. `openapi`, `pb` and `idp` (the Keycloak client and its outbound
//! port, from `api/idp`) are generated: do not edit them by hand. `provider` is the hand-written
//! outbound port to the identity provider (the built-in issuer or Keycloak).

pub mod idp;
pub mod openapi;
pub mod pb;
pub mod provider;
