//! The gRPC server adapter.
