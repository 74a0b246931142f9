//! Black-box tests of identity: the real runtime on port 0 with a fresh database (SQLite, and
//! MariaDB/MySQL where the kit's `backends()` says so), spoken to over HTTP and gRPC.

// A test that cannot set up or read what it checks fails right there.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod grpc;
mod hostile;
mod oidc;
mod sessions;
