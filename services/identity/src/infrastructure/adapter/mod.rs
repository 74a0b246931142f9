//! `builtin`: the embedded OpenID Connect issuer behind the identity-provider port, with its
//! storage, keys and Keycloak-shaped HTTP endpoints. `protosvc`: the gRPC `UserService`.

pub mod builtin;
pub mod protosvc;
