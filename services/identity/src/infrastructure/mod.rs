//! Adapters: the built-in identity provider (with its storage and OpenID Connect endpoints) and
//! the gRPC server.

pub mod adapter;
