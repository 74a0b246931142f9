//! Black-box tests: the real catalog server (runtime, generated router, use cases, SQLite or
//! MariaDB) on ephemeral ports, driven through the generated client, raw HTTP and gRPC.

// Helpers outside `#[test]` functions are test code too: a failed set-up panics.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod auth;
mod authors;
mod books;
mod categories;
mod contention;
mod grpc;
mod hostile;
mod publishers;
mod read_cache;
mod stock;
