//! `builtin`: the embedded OpenID Connect issuer behind the identity-provider port, with its
//! storage, keys and Keycloak-shaped HTTP endpoints. `keycloak`: the same port over a Keycloak realm,
//! through the generated Keycloak client. `protosvc`: the gRPC `UserService`.

pub mod builtin;
pub mod keycloak;
pub mod protosvc;
