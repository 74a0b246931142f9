//! Behaviour of the generated code: DTO serde and validation, the router (in-process with
//! `oneshot`), and the client against the router over a real socket.

// Test code throughout: helpers outside `#[test]` functions may panic on failure too (clippy.toml's
// allow-unwrap/expect-in-tests covers only `#[test]` functions and `#[cfg(test)]` modules).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod client;
mod common;
mod dto;
mod router;
mod vendor;
mod wild;
