//! Inbound and outbound ports. `openapi`, `pb` and `idp` (the Keycloak client and its outbound
//! port, from `api/idp`) are generated: do not edit them by hand.

pub mod idp;
pub mod openapi;
pub mod pb;
