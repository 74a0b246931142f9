//! Inbound and outbound ports. `openapi` and `pb` are generated: do not edit them by hand.
//! `provider` is the hand-written outbound port to the identity provider (the built-in issuer
//! or Keycloak).

pub mod openapi;
pub mod pb;
pub mod provider;
