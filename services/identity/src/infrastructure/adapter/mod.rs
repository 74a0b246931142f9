//! `builtin`: the embedded OpenID Connect issuer behind the identity-provider port, with its
//! storage, keys and Keycloak-shaped HTTP endpoints. `keycloak`: the same port over a Keycloak realm,
//! through the generated Keycloak client. The gRPC `UserService` is generated
//! (`application::port::pb::server`) over the port the use cases implement (`usecase::grpc`).

pub mod builtin;
pub mod keycloak;
